"""The product list as a lazy table model over pages of ids (Anki's browser model).

See :class:`..paged_model.PagedModel`; the total is counted separately, off the UI
thread, by the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from ...services.catalog import (
    ProductFilter,
    ProductSort,
    load_product_rows,
    search_product_ids,
)
from ...services.completeness import WEBSITE
from ..formatting import format_money, format_quantity
from .completeness_text import completeness_colour, completeness_tooltip
from ..paged_model import Index, PagedModel


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
    (QT_TRANSLATE_NOOP("ProductTableModel", "Completeness"), None),
)
#: Units of measure as the list shows them (the store keeps the codes).
UNITS = {
    "pcs": QT_TRANSLATE_NOOP("ProductTableModel", "pcs"),
    "kg": QT_TRANSLATE_NOOP("ProductTableModel", "kg"),
    "m": QT_TRANSLATE_NOOP("ProductTableModel", "m"),
    "l": QT_TRANSLATE_NOOP("ProductTableModel", "l"),
    "pack": QT_TRANSLATE_NOOP("ProductTableModel", "pack"),
}
NUMERIC_COLUMNS = {5, 6, 8}
COMPLETENESS_COLUMN = 8


def unit_title(code: str) -> str:
    """A unit code (pcs, kg, ...) as the interface shows it (шт, кг, ...)."""
    return QCoreApplication.translate("ProductTableModel", UNITS[code]) if code in UNITS else code


class ProductTableModel(PagedModel):
    """The product list; the Completeness column scores the rows for the channel the
    "incomplete" filter names (the website when it names none)."""

    def __init__(self, read: Callable[[], AbstractContextManager[Session]], parent: Any = None) -> None:
        super().__init__(
            read,
            lambda session, filt, offset, limit: search_product_ids(session, filt, offset=offset, limit=limit),
            lambda session, ids: load_product_rows(session, ids, self.channel),
            ProductFilter(),
            parent,
        )

    @property
    def channel(self) -> str:
        return self.filter.incomplete_for or WEBSITE

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
        score = row.completeness
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COMPLETENESS_COLUMN and score is not None:
                return completeness_colour(score)
            if col == 6 and row.on_hand <= 0:
                return QColor("#b00020")
            if col == 7 and not row.is_published:
                return QColor("#777777")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COMPLETENESS_COLUMN and score is not None:
                return completeness_tooltip(score)
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
            QCoreApplication.translate("ProductTableModel", "{0}%").format(score.percent) if score is not None else "",
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
        key: int | None = self.key_at(row)
        return key
