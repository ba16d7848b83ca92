"""Description tab: the short description and the full one in a small rich text editor."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....services.product_cards import ProductCard, html_to_text
from .rich_text import document_to_html
from .tab_base import CardTab


class DescriptionTab(CardTab):
    def __init__(self, can_edit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.short = QPlainTextEdit()
        self.short.setObjectName("card_short_description")
        self.short.setFixedHeight(64)
        self.short.setPlaceholderText(self.tr("One or two sentences for lists and search results"))
        self.editor = QTextEdit()
        self.editor.setObjectName("card_description")
        self.editor.setAcceptRichText(True)
        self.editor.setPlaceholderText(self.tr("What the product is, what it is good for, what is in the box"))
        self.length = QLabel()
        self.length.setObjectName("card_description_length")
        self.length.setStyleSheet("color: #777;")

        bar = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for key, text, tip in (
            ("bold", self.tr("B"), self.tr("Bold")),
            ("italic", self.tr("I"), self.tr("Italic")),
            ("heading", self.tr("H"), self.tr("Heading")),
            ("bullets", self.tr("• List"), self.tr("Bulleted list")),
            ("numbers", self.tr("1. List"), self.tr("Numbered list")),
            ("plain", self.tr("Plain"), self.tr("Plain paragraph")),
        ):
            button = QToolButton()
            button.setObjectName(f"card_format_{key}")
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _c=False, key=key: self.apply_format(key))
            button.setEnabled(can_edit)
            bar.addWidget(button)
            self.buttons[key] = button
        self.buttons["bold"].setStyleSheet("font-weight: bold;")
        self.buttons["italic"].setStyleSheet("font-style: italic;")
        bar.addStretch(1)
        bar.addWidget(self.length)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Short description:")))
        layout.addWidget(self.short)
        layout.addWidget(QLabel(self.tr("Description (shown on the product page):")))
        layout.addLayout(bar)
        layout.addWidget(self.editor, 1)
        self.short.setReadOnly(not can_edit)
        self.editor.setReadOnly(not can_edit)

        self.short.textChanged.connect(lambda: self.emit_edit("short_description", self.short.toPlainText()))
        self.editor.textChanged.connect(self._description_changed)

    def fill(self, card: ProductCard) -> None:
        if self.short.toPlainText() != card.short_description:
            self.short.setPlainText(card.short_description)
        if document_to_html(self.editor.document()) != card.description_html:
            position = self.editor.textCursor().position()
            self.editor.setHtml(card.description_html)
            cursor = self.editor.textCursor()
            cursor.setPosition(min(position, max(self.editor.document().characterCount() - 1, 0)))
            self.editor.setTextCursor(cursor)
        self._show_length(card.description_html)

    def _show_length(self, description: str) -> None:
        self.length.setText(self.tr("%n character(s)", "", len(html_to_text(description))))

    def _description_changed(self) -> None:
        if self.filling:
            return
        description = document_to_html(self.editor.document())
        self._show_length(description)
        self.emit_edit("description_html", description)

    def apply_format(self, key: str) -> None:
        cursor = self.editor.textCursor()
        if key in ("bold", "italic"):
            fmt = QTextCharFormat()
            current = cursor.charFormat()
            if key == "bold":
                bold = current.fontWeight() >= QFont.Weight.Bold
                fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
            else:
                fmt.setFontItalic(not current.fontItalic())
            if not cursor.hasSelection():
                cursor.select(QTextCursor.SelectionType.WordUnderCursor)
            cursor.mergeCharFormat(fmt)
        elif key in ("bullets", "numbers"):
            style = QTextListFormat.Style.ListDisc if key == "bullets" else QTextListFormat.Style.ListDecimal
            cursor.createList(style)
        else:
            block = QTextBlockFormat()
            level = 2 if key == "heading" else 0
            block.setHeadingLevel(level)
            cursor.beginEditBlock()
            current_list = cursor.currentList()
            if current_list is not None:
                current_list.remove(cursor.block())
                block.setIndent(0)
            cursor.mergeBlockFormat(block)
            char = QTextCharFormat()
            char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
            char.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 1 if level else 0)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            cursor.mergeCharFormat(char)
            cursor.endEditBlock()
        self.editor.setFocus()
