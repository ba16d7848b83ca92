"""A report's table on screen: typed columns formatted for the user's locale, numbers
right-aligned, group rows bold, the totals row pinned under the rows whatever the sort."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...exports.report_data import ColumnKind, DrillDown, ReportResult, Row, Text
from ..formatting import format_date, format_decimal, format_quantity
from ..i18n import current_language

Index = QModelIndex | QPersistentModelIndex
NUMERIC = {ColumnKind.INTEGER, ColumnKind.QUANTITY, ColumnKind.MONEY, ColumnKind.PERCENT, ColumnKind.RATIO}


def format_value(value: Any, kind: ColumnKind, language: str | None = None) -> str:
    """A report value as the screen shows it; a bilingual ``Text`` (a "Total" label, "no
    category") in ``language``, by default the interface's."""
    if value is None:
        return ""
    if isinstance(value, Text):
        return value(language or current_language())
    if kind == ColumnKind.MONEY:
        return format_decimal(Decimal(value), 2)
    if kind == ColumnKind.PERCENT:
        return format_decimal(Decimal(value), 1) + " %"
    if kind == ColumnKind.RATIO:
        return format_decimal(Decimal(value), 2)
    if kind == ColumnKind.QUANTITY:
        return format_quantity(Decimal(value))
    if kind == ColumnKind.INTEGER:
        return format_decimal(Decimal(value), 0)
    if kind == ColumnKind.DATE and isinstance(value, date):
        return format_date(value)
    return str(value)


def _sort_key(value: Any) -> tuple[int, Any]:
    """Empty values last, numbers as numbers, text case-insensitively."""
    if value is None:
        return (1, 0)
    if isinstance(value, Text):
        return (0, value.en.casefold())
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class ReportTableModel(QAbstractTableModel):
    """``language`` picks the report's own bilingual titles (ui.i18n.resolve_language)."""

    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.language = language
        self.result: ReportResult | None = None
        self.rows: list[Row] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_result(self, result: ReportResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self.rows = list(result.rows) if result else []
        self.endResetModel()

    @property
    def has_totals(self) -> bool:
        return self.result is not None and self.result.totals is not None and bool(self.rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return len(self.rows) + (1 if self.has_totals else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.result is None else len(self.result.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if self.result is None or orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.result.columns[section].title(self.language)
        return None

    def is_totals_row(self, row: int) -> bool:
        return self.has_totals and row == len(self.rows)

    def product_at(self, row: int) -> int | None:
        return self.rows[row].product_id if 0 <= row < len(self.rows) else None

    def drill_at(self, row: int) -> DrillDown | None:
        return self.rows[row].drill if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.result is None:
            return None
        column = self.result.columns[index.column()]
        totals = self.is_totals_row(index.row())
        if totals:
            assert self.result.totals is not None
            value = self.result.totals[index.column()]
            if index.column() == 0 and value is None and column.kind == ColumnKind.TEXT:
                value = self.tr("Total")
        else:
            value = self.rows[index.row()].values[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value, column.kind, self.language)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (totals or self.rows[index.row()].emphasis):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and not totals and self.rows[index.row()].drill is not None:
            return self.tr("Double-click for details")
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.result is None or not 0 <= column < len(self.result.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(key=lambda r: _sort_key(r.values[column]), reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()
