"""The lines of the receipt being received, ordered vs received per line."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...services.receiving import ReceiptLineView
from ..catalog.product_model import unit_title
from ..formatting import format_money, format_quantity

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "SKU"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Name"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Unit"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Expected"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Received"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Damaged"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Difference"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Bin"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Cost"),
    QT_TRANSLATE_NOOP("ReceiptLinesModel", "Amount"),
)
NUMERIC = {3, 4, 5, 6, 8, 9}
CENTS = Decimal("0.01")
OK_COLOUR = QColor("#e6f4ea")
SHORT_COLOUR = QColor("#fff4e5")
PROBLEM_COLOUR = QColor("#fde7e9")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceiptLinesModel", text)


class ReceiptLinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[ReceiptLineView] = []
        self.highlight_line: int | None = None

    def set_lines(self, lines: list[ReceiptLineView], highlight_line: int | None = None) -> None:
        self.beginResetModel()
        self.lines = lines
        self.highlight_line = highlight_line
        self.endResetModel()

    def row_of_line(self, line_id: int | None) -> int | None:
        for row, line in enumerate(self.lines):
            if line.line_id == line_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if line.problems or line.not_on_order or (line.over > 0 and not line.over_tolerance):
                return QBrush(PROBLEM_COLOUR)
            if line.short > 0:
                return QBrush(SHORT_COLOUR)
            if line.expected is not None and line.received == line.expected:
                return QBrush(OK_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole and line.line_id == self.highlight_line:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = [p.text for p in line.problems]
            if line.not_on_order:
                notes.append(QCoreApplication.translate("ReceiptLinesModel", "Not on the purchase order"))
            if line.damage_reason:
                notes.append(QCoreApplication.translate("ReceiptLinesModel", "Damaged: {0}").format(line.damage_reason))
            if line.over_delivery_reason:
                notes.append(
                    QCoreApplication.translate("ReceiptLinesModel", "Over-delivery: {0}").format(line.over_delivery_reason)
                )
            return "\n".join(notes) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return line.sku
        if col == 1:
            return line.name + ("  ⚑" if line.is_marked else "")
        if col == 2:
            return unit_title(line.unit)
        if col == 3:
            return "—" if line.expected is None else format_quantity(line.expected)
        if col == 4:
            return format_quantity(line.received)
        if col == 5:
            return format_quantity(line.damaged) if line.damaged else ""
        if col == 6:
            if line.expected is None:
                return ""
            diff = line.received - line.expected
            return ("+" if diff > 0 else "") + format_quantity(diff) if diff else "✓"
        if col == 7:
            return line.bin_code
        if col == 8:
            return format_money(line.unit_cost.quantize(CENTS))
        if col == 9:
            return format_money(line.value)
        return None
