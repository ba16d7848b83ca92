"""What the site shows differently from us, found by "Compare with the site"; the chosen
products are queued so the next push corrects the site."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...sync import engine
from ...sync.connector import Difference
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from ..settings.common import MessageLabel
from .rows import RowsModel, rows_table


class DifferencesDialog(QDialog):
    def __init__(self, ctx: AppContext, found: engine.ReconcileResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.setWindowTitle(self.tr("Differences with the site"))
        self.resize(900, 520)
        summary = QLabel(self.tr("{0} product(s) compared; the site shows {1} value(s) differently from us.")
                         .format(found.checked, len(found.differences)))
        summary.setObjectName("differences_summary")
        summary.setWordWrap(True)
        self.model = RowsModel(
            [self.tr("SKU"), self.tr("Value"), self.tr("On the site"), self.tr("Ours")],
            [lambda d: d.sku, self._field_title,
             lambda d: self.tr("(not on the site)") if d.site is None else self._value(d.site),
             lambda d: self._value(d.ours)],
        )
        self.model.set_rows(found.differences)
        self.view = rows_table(self.model, "differences_table")
        self.view.selectAll()
        self.message = MessageLabel()
        self.queue_button = QPushButton(self.tr("Queue selected for sending"))
        self.queue_button.setObjectName("differences_queue")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.queue_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.queue_button.clicked.connect(self.queue_selected)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.queue_button.setEnabled(self.view.selectionModel().hasSelection() and not self.busy))

    def _field_title(self, difference: Difference) -> str:
        titles = {
            "on the site": self.tr("on the site at all"), "stock_quantity": self.tr("stock"),
            "stock_status": self.tr("in stock or not"), "regular_price": self.tr("regular price"),
            "sale_price": self.tr("sale price"), "status": self.tr("published"),
        }
        return titles.get(difference.field, difference.field)

    def _value(self, text: str) -> str:
        """The site's words (stock status, publish status) in the interface language."""
        words = {
            "instock": self.tr("in stock"), "outofstock": self.tr("out of stock"),
            "onbackorder": self.tr("on backorder"), "publish": self.tr("published"),
            "draft": self.tr("not published"), "private": self.tr("not published"),
            "pending": self.tr("pending review"), "": self.tr("(empty)"),
        }
        return words.get(text, text)

    def queue_selected(self) -> None:
        rows = {i.row() for i in self.view.selectionModel().selectedRows()}
        ids = sorted({self.model.rows[r].product_id for r in rows})
        self.busy = True
        self.queue_button.setEnabled(False)
        self.ctx.write(lambda session, actor: engine.queue_for_push(session, actor, ids), Changes(stock=True),
                       self._queued, self._failed)

    def _queued(self, count: int) -> None:
        self.busy = False
        self.message.show_success(self.tr("{0} product(s) queued: the next push corrects the site.").format(count))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.queue_button.setEnabled(True)
        self.message.show_error(error_text(exc))
