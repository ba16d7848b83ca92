"""One tab of an import report (price list, sales) as a table: rows already in memory,
with an optional checkbox to tick a row (link a suggestion, create a product)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ..paged_model import Index


class ReportModel(QAbstractTableModel):
    """One tab of the report: rows already in memory, an optional checkbox in column 0."""

    toggled = Signal()

    def __init__(self, headers: Sequence[str], rows: Sequence[tuple[str, ...]], keys: Sequence[str] = (),
                 checkable: bool = False, numeric: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = frozenset(numeric)
        self.rows = list(rows)
        self.keys = list(keys)
        self.checkable = checkable
        self.checked: set[str] = set()
        self.disabled: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0:
            if self.keys[index.row()] in self.disabled:
                return Qt.ItemFlag.ItemIsSelectable
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.rows[index.row()][index.column()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            checked = self.keys[index.row()] in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (self.checkable and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole):
            return False
        self.set_checked([self.keys[index.row()]], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def set_checked(self, keys: Sequence[str], checked: bool) -> None:
        for key in keys:
            if key in self.disabled:
                continue
            if checked:
                self.checked.add(key)
            else:
                self.checked.discard(key)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.toggled.emit()

    def set_disabled(self, keys: set[str]) -> None:
        self.disabled = keys
        self.checked -= keys
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))


def report_table(model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view
