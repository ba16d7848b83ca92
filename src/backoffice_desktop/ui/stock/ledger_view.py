"""A product's ledger: every move with its document, user, time and the running balance."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...services.stock_queries import LedgerEntry, count_ledger, display_number, product_ledger
from ..context import AppContext
from ..formatting import format_datetime, format_money, format_quantity

LIMIT = 200

DOCUMENT_TITLES = {
    "receipt": QT_TRANSLATE_NOOP("LedgerView", "Receipt"),
    "adjustment": QT_TRANSLATE_NOOP("LedgerView", "Adjustment"),
    "count": QT_TRANSLATE_NOOP("LedgerView", "Stock count"),
    "write_off": QT_TRANSLATE_NOOP("LedgerView", "Write-off"),
    "transfer": QT_TRANSLATE_NOOP("LedgerView", "Transfer"),
    "supplier_return": QT_TRANSLATE_NOOP("LedgerView", "Return to supplier"),
    "sale": QT_TRANSLATE_NOOP("LedgerView", "Sale"),
}


class LedgerView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = QLabel(self.tr("Select a row to see the product's moves."))
        self.title.setStyleSheet("font-weight: 600;")
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("ledger_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Document"), self.tr("From"), self.tr("To"), self.tr("Quantity"),
            self.tr("Balance"), self.tr("User"),
        ])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)

    def document_title(self, entry: LedgerEntry) -> str:
        kind = self.tr(DOCUMENT_TITLES.get(entry.document_type, entry.document_type))
        number = display_number(entry.document_number)
        text = f"{kind} {number}".strip()
        return f"{text} — {entry.reason}" if entry.reason else text

    def show_product(self, product_id: int | None, title: str = "", location_id: int | None = None) -> None:
        if product_id is None:
            self.title.setText(self.tr("Select a row to see the product's moves."))
            self.table.setRowCount(0)
            return
        with self.ctx.read() as session:
            entries = product_ledger(session, product_id, location_id, limit=LIMIT)
            total = count_ledger(session, product_id, location_id)
        shown = self.tr("Moves of {0}").format(title)
        if total > len(entries):
            shown += " " + self.tr("(latest {0} of {1})").format(len(entries), total)
        self.title.setText(shown)
        self.table.setRowCount(len(entries))
        for r, entry in enumerate(entries):
            values = (
                format_datetime(entry.created_at),
                self.document_title(entry),
                entry.from_code,
                entry.to_code,
                ("+" if entry.quantity > 0 else "") + format_quantity(entry.quantity),
                format_quantity(entry.balance),
                entry.user,
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in (4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 1 and entry.unit_cost:
                    item.setToolTip(self.tr("Unit cost {0}").format(format_money(entry.unit_cost)))
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
