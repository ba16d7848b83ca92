"""The product list as a lazy table model over pages of ids (Anki's browser model).

A search reads the first page of ids in SQL, filtered and sorted there; scrolling
fetches further pages (``canFetchMore``/``fetchMore``), and ``data()`` loads the
visible rows in small batches and caches them. At 100 000 products the first screen
costs one page of ids and one batch of rows; the total is counted separately, off
the UI thread, by the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from ...services.catalog import (
    ProductFilter,
    ProductRow,
    ProductSort,
    load_product_rows,
    search_product_ids,
)
from ..formatting import format_money, format_quantity

BATCH = 100
PAGE = 500
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProductTableModel", text)


COLUMNS: tuple[tuple[str, ProductSort | None], ...] = (
    (QT_TRANSLATE_NOOP("ProductTableModel", "SKU"), ProductSort.SKU),
    (QT_TRANSLATE_NOOP("ProductTableModel", "Name"), ProductSort.NAME),
    (QT_TRANSLATE_NOOP("ProductTableModel", "Barcode"), None),
    (QT_TRANSLATE_NOOP("ProductTableModel", "Category"), None),
    (QT_TRANSLATE_NOOP("ProductTableModel", "Brand"), None),
    (QT_TRANSLATE_NOOP("ProductTableModel", "Price"), ProductSort.PRICE),
    (QT_TRANSLATE_NOOP("ProductTableModel", "On hand"), None),
    (QT_TRANSLATE_NOOP("ProductTableModel", "Website"), None),
)
#: Units of measure as the list shows them (the store keeps the codes).
UNITS = {
    "pcs": QT_TRANSLATE_NOOP("ProductTableModel", "pcs"),
    "kg": QT_TRANSLATE_NOOP("ProductTableModel", "kg"),
    "m": QT_TRANSLATE_NOOP("ProductTableModel", "m"),
    "l": QT_TRANSLATE_NOOP("ProductTableModel", "l"),
    "pack": QT_TRANSLATE_NOOP("ProductTableModel", "pack"),
}
NUMERIC_COLUMNS = {5, 6}


def unit_title(code: str) -> str:
    """A unit code (pcs, kg, ...) as the interface shows it (шт, кг, ...)."""
    return QCoreApplication.translate("ProductTableModel", UNITS[code]) if code in UNITS else code


class ProductTableModel(QAbstractTableModel):
    def __init__(self, read: Callable[[], AbstractContextManager[Session]], parent: Any = None) -> None:
        super().__init__(parent)
        self._read = read
        self._ids: list[int] = []
        self._rows: dict[int, ProductRow] = {}
        self._more = False
        self.filter = ProductFilter()

    # --- querying ------------------------------------------------------------
    def search(self, filt: ProductFilter) -> None:
        self.filter = filt
        with self._read() as session:
            ids = search_product_ids(session, filt, limit=PAGE)
        self.beginResetModel()
        self._more = len(ids) == PAGE
        self._ids = ids
        self._rows = {}
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        with self._read() as session:
            more = search_product_ids(session, self.filter, offset=len(self._ids), limit=PAGE)
        self._more = len(more) == PAGE
        if not more:
            return
        start = len(self._ids)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._ids.extend(more)
        self.endInsertRows()

    def reload(self) -> None:
        """Re-run the current search (after an operation changed products)."""
        self.search(self.filter)

    def row_at(self, row: int) -> ProductRow | None:
        if not 0 <= row < len(self._ids):
            return None
        pid = self._ids[row]
        if pid not in self._rows:
            self._load_around(row)
        return self._rows.get(pid)

    def _load_around(self, row: int) -> None:
        start = (row // BATCH) * BATCH
        wanted = [pid for pid in self._ids[start : start + BATCH] if pid not in self._rows]
        with self._read() as session:
            self._rows |= load_product_rows(session, wanted)

    # --- Qt model API --------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][0])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole:
            if section in NUMERIC_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in NUMERIC_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == 6 and row.on_hand <= 0:
                return QColor("#b00020")
            if col == 7 and not row.is_published:
                return QColor("#777777")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.name if col == 1 else None
        values = (
            row.sku,
            row.name,
            row.barcode,
            row.category,
            row.brand,
            format_money(row.retail_price),
            f"{format_quantity(row.on_hand)} {unit_title(row.unit)}",
            QCoreApplication.translate("ProductTableModel", "published")
            if row.is_published
            else QCoreApplication.translate("ProductTableModel", "hidden"),
        )
        return values[col]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self.filter.sort and descending == self.filter.descending:
            return
        self.search(ProductFilter(**{**self.filter.__dict__, "sort": key, "descending": descending}))

    def product_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def invalidate(self, product_ids: set[int] | None = None) -> None:
        """Drop cached rows (all, or some) so the next paint reloads them."""
        if product_ids is None:
            self._rows.clear()
        else:
            for pid in product_ids:
                self._rows.pop(pid, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))
