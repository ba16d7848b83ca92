"""Running service calls off the UI thread and telling every view what changed.

Every button is one operation (Anki's ``CollectionOp``): a function that takes a
fresh session, runs in a worker, and returns a result. When it finishes, the result
(or the error) comes back on the GUI thread, and :class:`Operations` emits
``changed`` with the :class:`Changes` the operation declared, so each workspace
refreshes only what its flags name.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    products: bool = False
    stock: bool = False
    users: bool = False
    settings: bool = False
    documents: bool = False
    #: Suppliers, their offers and purchase orders.
    purchasing: bool = False
    #: Website orders and the report tables made from them.
    sales: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{k: getattr(self, k) or getattr(other, k) for k in self.__dataclass_fields__})


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable, Generic[T]):
    def __init__(self, func: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self.func = func
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.func()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


class Operations(QObject):
    """The app-wide runner. Writes go through one serial pool; reads and exports another."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._other = QThreadPool(self)
        self._other.setMaxThreadCount(2)
        self._relays: set[_Relay] = set()

    def run(
        self,
        func: Callable[[], T],
        on_success: Callable[[T], Any] | None = None,
        on_failure: Callable[[BaseException], Any] | None = None,
        changes: Changes | None = None,
        write: bool = True,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def done(result: Any) -> None:
            self._relays.discard(relay)
            if on_success is not None:
                on_success(result)
            if changes is not None:
                self.changed.emit(changes)

        def fail(exc: BaseException) -> None:
            self._relays.discard(relay)
            if on_failure is not None:
                on_failure(exc)
            else:
                raise exc

        relay.finished.connect(done)
        relay.failed.connect(fail)
        (self._writes if write else self._other).start(_Job(func, relay))

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running operations (used on close and in tests)."""
        return self._writes.waitForDone(msecs) and self._other.waitForDone(msecs)
