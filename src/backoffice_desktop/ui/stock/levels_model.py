"""Stock levels as a lazy table model over pages of (product, bin) keys (see
:class:`..paged_model.PagedModel`)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from ...services.stock_queries import StockFilter, StockSort, load_stock_rows, stock_level_ids
from ..catalog.product_model import unit_title
from ..formatting import format_money, format_quantity
from ..paged_model import Index, PagedModel


COLUMNS: tuple[tuple[str, StockSort | None], ...] = (
    (QT_TRANSLATE_NOOP("StockLevelsModel", "SKU"), StockSort.SKU),
    (QT_TRANSLATE_NOOP("StockLevelsModel", "Name"), StockSort.NAME),
    (QT_TRANSLATE_NOOP("StockLevelsModel", "Bin"), StockSort.LOCATION),
    (QT_TRANSLATE_NOOP("StockLevelsModel", "On hand"), StockSort.ON_HAND),
    (QT_TRANSLATE_NOOP("StockLevelsModel", "Reserved"), None),
    (QT_TRANSLATE_NOOP("StockLevelsModel", "Available"), None),
    (QT_TRANSLATE_NOOP("StockLevelsModel", "Average cost"), None),
    (QT_TRANSLATE_NOOP("StockLevelsModel", "Value"), StockSort.VALUE),
)
NUMERIC = {3, 4, 5, 6, 7}
CENTS = Decimal("0.01")


class StockLevelsModel(PagedModel):
    def __init__(self, read: Callable[[], AbstractContextManager[Session]], parent: Any = None) -> None:
        super().__init__(
            read,
            lambda session, filt, offset, limit: stock_level_ids(session, filt, offset=offset, limit=limit),
            load_stock_rows,
            StockFilter(),
            parent,
        )

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("StockLevelsModel", COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if col in NUMERIC else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col in (3, 5) and (row.on_hand < 0 if col == 3 else row.available < 0):
                return QColor("#b00020")
            if col == 3 and row.below_reorder:
                return QColor("#b26a00")
            return None
        unit = unit_title(row.unit)
        values = (
            row.sku,
            row.name,
            row.location_code or QCoreApplication.translate("StockLevelsModel", "all bins"),
            f"{format_quantity(row.on_hand)} {unit}",
            format_quantity(row.reserved) if row.reserved else "",
            format_quantity(row.available),
            format_money(row.average_cost.quantize(CENTS)),
            format_money(row.value),
        )
        return values[col]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self.filter.sort, self.filter.descending):
            self.search(StockFilter(**{**self.filter.__dict__, "sort": key, "descending": descending}))
