"""A throwaway SQLite store for the command line's tests: made with an administrator
(admin / admin-pass-1) and what the test file adds, and read back after a command ran."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy.orm import Session

from backoffice_desktop.db import open_store
from backoffice_desktop.services import auth

T = TypeVar("T")


def make_store(tmp_path: Path, fill: Callable[[Session], None]) -> str:
    """A new store file with the administrator and ``fill``'s rows; returns its path."""
    path = str(tmp_path / "store.sqlite3")
    store = open_store(path)
    with store.session() as s:
        auth.create_first_admin(s, "admin", "admin-pass-1")
        fill(s)
    store.close()
    return path


def read_store(db: str, query: Callable[[Session], T]) -> T:
    """What ``query`` reads from the store file ``db`` (opened and closed around it)."""
    store = open_store(db)
    try:
        with store.read_session() as s:
            return query(s)
    finally:
        store.close()
