"""History tab: who changed what on the card, old → new, and "Revert this change"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....services.product_cards import HistoryEntry
from ...formatting import format_datetime
from .fields import ValueNames, field_title

ENTRY_ROLE = Qt.ItemDataRole.UserRole


class HistoryTab(QWidget):
    revert_wanted = Signal(int)  # audit entry id

    def __init__(self, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.can_edit = can_edit
        self.entries: list[HistoryEntry] = []
        self.dirty = False
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("card_history")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Was"),
                                              self.tr("Became")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        for col, mode in ((0, QHeaderView.ResizeMode.ResizeToContents), (1, QHeaderView.ResizeMode.ResizeToContents),
                          (2, QHeaderView.ResizeMode.ResizeToContents), (3, QHeaderView.ResizeMode.Stretch),
                          (4, QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(col, mode)
        self.revert_button = QPushButton(self.tr("Revert this change"))
        self.revert_button.setObjectName("card_revert")
        self.revert_button.setEnabled(False)
        self.hint = QLabel()
        self.hint.setObjectName("card_history_hint")
        self.hint.setStyleSheet("color: #555;")
        bar = QHBoxLayout()
        bar.addWidget(self.revert_button)
        bar.addWidget(self.hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.table.itemSelectionChanged.connect(self._update_button)
        self.revert_button.clicked.connect(self._revert)

    def show_entries(self, entries: list[HistoryEntry], names: ValueNames) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            if entry.action == "create":
                what = (self.tr("Variant {0} created").format(entry.variant_sku) if entry.variant_sku
                        else self.tr("Product created"))
            else:
                what = field_title(entry.field, {**names.attribute_names, **_own_name(entry)})
                if entry.variant_sku:
                    what = self.tr("{0} of variant {1}").format(what, entry.variant_sku)
            key = entry.field if not entry.field.startswith("attr:") else "attr:0"
            old = names.show(key, entry.old) if entry.action == "update" else ""
            new = names.show(key, entry.new) if entry.action == "update" else entry.new or ""
            cells = (format_datetime(entry.at), entry.user, what, old, new)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (3, 4):
                    item.setToolTip(entry.old if col == 3 and entry.old else entry.new or "")
                item.setData(ENTRY_ROLE, entry.id)
                self.table.setItem(row, col, item)
        if not entries:
            self.hint.setText(self.tr("No changes recorded yet."))
        self._update_button()

    def set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self._update_button()

    def selected(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_button(self) -> None:
        entry = self.selected()
        allowed = self.can_edit and entry is not None and entry.revertible and not self.dirty
        self.revert_button.setEnabled(allowed)
        if self.dirty:
            self.hint.setText(self.tr("Save or undo your edits before reverting a past change."))
        elif entry is not None and not entry.revertible:
            self.hint.setText(self.tr("This change can't be reverted from the card."))
        elif self.entries:
            self.hint.setText(self.tr("Select a change to set that field back to what it was."))

    def _revert(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.revert_wanted.emit(entry.id)


def _own_name(entry: HistoryEntry) -> dict[int, str]:
    if entry.field.startswith("attr:") and entry.attribute_name:
        return {int(entry.field[5:]): entry.attribute_name}
    return {}
