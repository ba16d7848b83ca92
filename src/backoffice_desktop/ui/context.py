"""What every workspace is handed: the store, the logged-in user, the operation runner."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from ..config import AppPaths, LocalSettings
from ..db import Store
from ..services.permissions import Actor
from .operations import Changes, Operations

T = TypeVar("T")


@dataclass
class AppContext:
    store: Store
    actor: Actor
    paths: AppPaths
    local: LocalSettings
    ops: Operations

    def read(self) -> AbstractContextManager[Session]:
        """A read-only session for quick queries on the UI thread (lists, forms)."""
        return self.store.read_session()

    def write(
        self,
        func: Callable[[Session, Actor], T],
        changes: Changes,
        on_success: Callable[[T], Any] | None = None,
        on_failure: Callable[[BaseException], Any] | None = None,
    ) -> None:
        """Run ``func(session, actor)`` in one transaction on the write worker."""
        store, actor = self.store, self.actor

        def job() -> T:
            with store.session() as session:
                return func(session, actor)

        self.ops.run(job, on_success, on_failure, changes=changes, write=True)

    def write_now(self, func: Callable[[Session, Actor], T], changes: Changes) -> T:
        """Run a short write (a scan: a few ms) on the UI thread, in one transaction.

        For actions that must finish before the next keystroke is handled; anything
        that can take longer goes through :meth:`write`. Raises what the service raises.
        """
        with self.store.session() as session:
            result = func(session, self.actor)
        self.ops.changed.emit(changes)
        return result
