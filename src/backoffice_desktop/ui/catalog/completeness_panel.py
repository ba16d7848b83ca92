"""A product's completeness for each sales channel: a bar per channel and what is
missing, for the product card (call :meth:`CompletenessPanel.refresh` after a save)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ...services import completeness
from ..context import AppContext
from .completeness_text import channel_title, completeness_colour, missing_text


class CompletenessPanel(QWidget):
    def __init__(self, ctx: AppContext, product_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product_id = product_id
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.body)
        layout.addStretch(1)
        self.scores: list[completeness.Completeness] = []
        self.refresh()

    def refresh(self) -> None:
        """Score the product again and show it."""
        with self.ctx.read() as session:
            self.scores = [completeness.product_completeness(session, self.product_id, channel)
                           for channel in completeness.channels(session)]
        while self.body.count():
            item = self.body.takeAt(0)
            if item is not None and item.widget() is not None:
                old = item.widget()
                old.setParent(None)  # gone from the panel now, not at the next event loop turn
                old.deleteLater()
        for score in self.scores:
            colour = completeness_colour(score).name()
            head = QWidget()
            head_layout = QHBoxLayout(head)
            head_layout.setContentsMargins(0, 8, 0, 0)
            title = QLabel(channel_title(score.channel))
            title.setStyleSheet("font-weight: 600;")
            percent = QLabel(self.tr("{0}%").format(score.percent))
            percent.setObjectName(f"completeness_percent_{score.channel}")
            percent.setStyleSheet(f"font-weight: 600; color: {colour};")
            head_layout.addWidget(title)
            head_layout.addStretch(1)
            head_layout.addWidget(percent)
            bar = QProgressBar()
            bar.setObjectName(f"completeness_{score.channel}")
            bar.setRange(0, 100)
            bar.setValue(score.percent)
            bar.setTextVisible(False)
            bar.setFixedHeight(8)
            bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            lines = ["• " + missing_text(m) for m in score.missing] or [self.tr("Nothing missing.")]
            if not score.publishable:
                lines.append(self.tr("Publishing here needs {0}%.").format(score.publish_threshold))
            details = QLabel("\n".join(lines))
            details.setObjectName(f"completeness_missing_{score.channel}")
            details.setTextFormat(Qt.TextFormat.PlainText)
            details.setWordWrap(True)
            details.setStyleSheet("color: #444;")
            for widget in (head, bar, details):
                self.body.addWidget(widget)
