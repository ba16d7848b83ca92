"""SEO tab: the URL slug (made from the name), meta title and description with live
length counters against their limits, keywords, and a preview as a search result."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....services.product_cards import META_DESCRIPTION_MAX, META_KEYWORDS_MAX, META_TITLE_MAX, ProductCard
from .tab_base import CardTab

OVER_STYLE = "color: #b00020; font-weight: 600;"
OK_STYLE = "color: #555;"
PREVIEW_STYLE = "QFrame#card_seo_preview { background: white; border: 1px solid #ddd; border-radius: 6px; }"


class SeoTab(CardTab):
    #: "Make from name" asks the dialog for a free slug (it needs the store).
    slug_wanted = Signal()

    def __init__(self, can_edit: bool, site_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.site_name = site_name
        self.slug = QLineEdit()
        self.slug.setObjectName("card_slug")
        self.slug.setPlaceholderText(self.tr("made from the name when saved"))
        self.make_slug = QPushButton(self.tr("Make from name"))
        self.make_slug.setObjectName("card_make_slug")
        self.title = QLineEdit()
        self.title.setObjectName("card_meta_title")
        self.title_count = QLabel()
        self.title_count.setObjectName("card_meta_title_count")
        self.description = QPlainTextEdit()
        self.description.setObjectName("card_meta_description")
        self.description.setFixedHeight(70)
        self.description_count = QLabel()
        self.description_count.setObjectName("card_meta_description_count")
        self.keywords = QLineEdit()
        self.keywords.setObjectName("card_meta_keywords")
        self.keywords.setPlaceholderText(self.tr("comma separated"))
        self.keywords.setMaxLength(META_KEYWORDS_MAX)
        for widget in (self.slug, self.make_slug, self.title, self.description, self.keywords):
            widget.setEnabled(can_edit)

        slug_row = QHBoxLayout()
        slug_row.addWidget(self.slug, 1)
        slug_row.addWidget(self.make_slug)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.title_count)
        description_row = QHBoxLayout()
        description_row.addWidget(self.description, 1)
        description_row.addWidget(self.description_count, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("URL slug:"), slug_row)
        form.addRow(self.tr("Meta title:"), title_row)
        form.addRow(self.tr("Meta description:"), description_row)
        form.addRow(self.tr("Keywords:"), self.keywords)

        self.preview_title = QLabel()
        self.preview_title.setObjectName("card_preview_title")
        self.preview_title.setStyleSheet("color: #1a0dab; font-size: 17px;")
        self.preview_url = QLabel()
        self.preview_url.setObjectName("card_preview_url")
        self.preview_url.setStyleSheet("color: #006621;")
        self.preview_text = QLabel()
        self.preview_text.setObjectName("card_preview_text")
        self.preview_text.setWordWrap(True)
        self.preview_text.setStyleSheet("color: #4d5156;")
        preview = QFrame()
        preview.setObjectName("card_seo_preview")
        preview.setStyleSheet(PREVIEW_STYLE)
        preview.setMaximumWidth(640)
        for label in (self.preview_title, self.preview_url, self.preview_text):
            label.setTextFormat(Qt.TextFormat.PlainText)
        box = QVBoxLayout(preview)
        box.addWidget(self.preview_url)
        box.addWidget(self.preview_title)
        box.addWidget(self.preview_text)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("How the card may look in search results:")))
        layout.addWidget(preview)
        layout.addStretch(1)

        self.make_slug.clicked.connect(self.slug_wanted)
        self.slug.textEdited.connect(lambda text: self.emit_edit("slug", text))
        self.title.textEdited.connect(lambda text: self.emit_edit("meta_title", text))
        self.keywords.textEdited.connect(lambda text: self.emit_edit("meta_keywords", text))
        self.description.textChanged.connect(
            lambda: self.emit_edit("meta_description", self.description.toPlainText()))

    def fill(self, card: ProductCard) -> None:
        for edit, text in ((self.slug, card.slug), (self.title, card.meta_title), (self.keywords, card.meta_keywords)):
            if edit.text() != text:
                edit.setText(text)
        if self.description.toPlainText() != card.meta_description:
            self.description.setPlainText(card.meta_description)
        self.update_preview(card)

    def update_preview(self, card: ProductCard) -> None:
        """Counters and the search-result preview; also called while typing."""
        _count(self.title_count, len(card.meta_title.strip()), META_TITLE_MAX)
        _count(self.description_count, len(card.meta_description.strip()), META_DESCRIPTION_MAX)
        title = card.meta_title.strip() or card.name.strip() or self.tr("Product name")
        if len(title) > META_TITLE_MAX:
            title = title[: META_TITLE_MAX - 1] + "…"
        text = card.meta_description.strip() or card.short_description.strip()
        if len(text) > META_DESCRIPTION_MAX:
            text = text[: META_DESCRIPTION_MAX - 1] + "…"
        slug = card.slug.strip() or self.tr("(made when saved)")
        self.preview_title.setText(title)
        self.preview_url.setText(f"{self.site_name} › {slug}")
        self.preview_text.setText(text or self.tr("(no description: search engines pick text "
                                                               "from the page)"))


def _count(label: QLabel, length: int, limit: int) -> None:
    label.setText(f"{length} / {limit}")
    label.setStyleSheet(OVER_STYLE if length > limit else OK_STYLE)
