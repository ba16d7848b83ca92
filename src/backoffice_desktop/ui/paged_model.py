"""A lazy table model over pages of keys read from SQL (Anki's browser model, paged).

A search reads the first page of keys in SQL, filtered and sorted there; scrolling
fetches further pages (``canFetchMore``/``fetchMore``), and the visible rows are loaded
in small batches and cached. The first screen costs one page of keys and one batch of
rows whatever the size of the table. Subclasses give the two queries and the columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QAbstractItemView
from sqlalchemy.orm import Session

PAGE = 500
BATCH = 100
Index = QModelIndex | QPersistentModelIndex
FetchKeys = Callable[[Session, Any, int, int], list[Any]]
LoadRows = Callable[[Session, Sequence[Any]], dict[Any, Any]]


class PagedModel(QAbstractTableModel):
    def __init__(
        self,
        read: Callable[[], AbstractContextManager[Session]],
        fetch_keys: FetchKeys,
        load_rows: LoadRows,
        initial_filter: Any,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._fetch_keys = fetch_keys
        self._load_rows = load_rows
        self._keys: list[Any] = []
        self._rows: dict[Any, Any] = {}
        self._more = False
        self.filter = initial_filter

    def search(self, filt: Any) -> None:
        """Show what ``filt`` selects, from its first page."""
        self.filter = filt
        with self._read() as session:
            keys = self._fetch_keys(session, filt, 0, PAGE)
        self.beginResetModel()
        self._keys, self._rows, self._more = keys, {}, len(keys) == PAGE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 (Qt API)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        with self._read() as session:
            more = self._fetch_keys(session, self.filter, len(self._keys), PAGE)
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._keys), len(self._keys) + len(more) - 1)
            self._keys.extend(more)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._keys)

    def key_at(self, row: int) -> Any:
        return self._keys[row] if 0 <= row < len(self._keys) else None

    def row_at(self, row: int) -> Any:
        """The row's data, loading it (and its neighbours) on first use."""
        key = self.key_at(row)
        if key is None:
            return None
        if key not in self._rows:
            start = (row // BATCH) * BATCH
            wanted = [k for k in self._keys[start : start + BATCH] if k not in self._rows]
            with self._read() as session:
                self._rows |= self._load_rows(session, wanted)
        return self._rows.get(key)

    def select_key(self, key: Any, view: QAbstractItemView) -> None:
        if key in self._keys:
            view.selectRow(self._keys.index(key))

    def invalidate(self) -> None:
        """Drop the cached rows so the next paint reloads them (after an operation)."""
        self._rows.clear()
        if self._keys:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._keys) - 1, self.columnCount() - 1))
