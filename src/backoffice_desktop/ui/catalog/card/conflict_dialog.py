"""When someone else saved the card first: what they changed, old → theirs → mine, and a
choice per field. Their changes to fields you didn't touch are kept unless you say so;
where you both changed a field, yours is proposed. Nothing is dropped without being shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....services.product_cards import FieldConflict
from .fields import ValueNames, field_title

THEIRS, MINE = "theirs", "mine"


class ConflictDialog(QDialog):
    def __init__(self, user_text: str, fields: list[FieldConflict], names: ValueNames,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_conflict")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.fields = fields
        self.choices: dict[str, QComboBox] = {}
        intro = QLabel(user_text + "\n" + self.tr(
            "Your other edits are kept. For each field below choose which value to save."))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(fields), 5)
        self.table.setObjectName("card_conflict_table")
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Was"), self.tr("Theirs"), self.tr("Mine"),
                                              self.tr("Keep")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for row, conflict in enumerate(fields):
            mine_text = names.show(conflict.key, conflict.mine)
            if conflict.mine == conflict.old:
                mine_text = self.tr("{0} (not changed by you)").format(mine_text)
            cells = (field_title(conflict.key, names.attribute_names), names.show(conflict.key, conflict.old),
                     names.show(conflict.key, conflict.theirs), mine_text)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            combo = QComboBox()
            combo.setObjectName(f"card_conflict_keep_{conflict.key}")
            combo.addItem(self.tr("theirs"), THEIRS)
            combo.addItem(self.tr("mine"), MINE)
            combo.setCurrentIndex(1 if conflict.both_changed else 0)
            combo.setEnabled(conflict.mine != conflict.theirs)
            self.table.setCellWidget(row, 4, combo)
            self.choices[conflict.key] = combo
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save with these values"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("card_conflict_save")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 160 + 28 * min(len(fields), 12))

    def take_mine(self) -> set[str]:
        """The fields both changed where the person keeps their own value, plus any field
        where they chose to overwrite the other person's change with their (unchanged) value."""
        return {key for key, combo in self.choices.items() if combo.currentData() == MINE}
