"""Attributes tab: a form built from the category's attribute set (text, number with unit,
choice list, yes/no); required ones are marked and needed to publish, and those only some
sales channels require name them (a marketplace asking for more than the website)."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....services.product_cards import AttributeField, ProductCard
from ....services.completeness import WEBSITE
from ..completeness_text import channel_title
from .tab_base import CardTab


class AttributesTab(CardTab):
    def __init__(self, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.can_edit = can_edit
        self.fields: list[AttributeField] = []
        self.editors: dict[int, QLineEdit | QComboBox] = {}
        self.hint = QLabel()
        self.hint.setObjectName("card_attributes_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)

    def set_fields(self, fields: list[AttributeField]) -> None:
        """Rebuild the form for a category's attribute set."""
        self.fields = fields
        self.editors.clear()
        while self.form.rowCount():
            self.form.removeRow(0)
        if not fields:
            self.hint.setText(self.tr("This category has no attributes. Choose the product's category on the "
                                      "Main tab; attribute sets are kept per category."))
            return
        hint = self.tr("Fields marked * are required to publish the product.")
        if any(c != WEBSITE for attr in fields for c in attr.required_for):
            hint += " " + self.tr("A channel named in brackets requires the field only there.")
        self.hint.setText(hint)
        for attr in fields:
            editor: QLineEdit | QComboBox
            if attr.kind in ("choice", "bool"):
                editor = QComboBox()
                editor.addItem("—", "")
                if attr.kind == "bool":
                    editor.addItem(self.tr("yes"), "true")
                    editor.addItem(self.tr("no"), "false")
                else:
                    for choice in attr.choices:
                        editor.addItem(choice, choice)
                editor.activated.connect(lambda _i, a=attr, e=editor: self.emit_edit(f"attr:{a.id}", e.currentData()))
            else:
                editor = QLineEdit()
                if attr.kind == "number":
                    editor.setPlaceholderText(self.tr("a number, e.g. 1,5"))
                editor.textEdited.connect(lambda text, a=attr: self.emit_edit(f"attr:{a.id}", text))
            editor.setObjectName(f"card_attr_{attr.id}")
            editor.setEnabled(self.can_edit)
            self.editors[attr.id] = editor
            title = attr.name + (" *" if attr.required else "")
            # The website's own requirement is the "*" (publishing is to the website).
            extra = [channel_title(c) for c in attr.required_for if c != WEBSITE]
            if extra:
                title += " (" + ", ".join(extra) + ")"
            title += ":"
            if attr.unit:
                row = QHBoxLayout()
                row.addWidget(editor, 1)
                row.addWidget(QLabel(attr.unit))
                self.form.addRow(title, row)
            else:
                self.form.addRow(title, editor)

    def fill(self, card: ProductCard) -> None:
        for attr in self.fields:
            editor = self.editors[attr.id]
            value = card.attribute(attr.id)
            if isinstance(editor, QComboBox):
                index = editor.findData(value)
                if index < 0:  # a value no longer among the choices: shown, kept until changed
                    editor.addItem(value, value)
                    index = editor.count() - 1
                editor.setCurrentIndex(index)
            else:
                shown = value.replace(".", QLocale().decimalPoint()) if attr.kind == "number" else value
                if editor.text() != shown and editor.text() != value:
                    editor.setText(shown)
