"""One purchase order: its header, lines and totals, and the actions its state allows.

A draft is edited in place (quantities and prices in the table, the header by Save);
approval, sending, revision, cancelling and closing are buttons shown only when the
order's state and the user's roles allow them. Every action is one service call.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedLayout,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...errors import BackofficeError
from ...services import purchase_queries, purchasing
from ...services.permissions import Actor, Permission
from ...services.purchase_queries import OrderLineView, OrderView
from ...services.purchasing import OrderDetails
from ..context import AppContext
from ..formatting import format_date, format_datetime, format_decimal, format_money, format_quantity
from ..messages import show_error
from ..operations import Changes
from .order_actions import OrderDocuments, RevisionDialog
from .order_mail import OrderMailDialog
from .product_picker import ProductPickerDialog

VAT_CHOICES = (None, Decimal("0"), Decimal("10"), Decimal("20"), Decimal("22"))
EDITABLE_COLUMNS = {4: "quantity", 7: "unit_price"}
NUMERIC_COLUMNS = {4, 5, 6, 7, 8, 9}
OVERDUE_STYLE = "background: #fdecea; color: #b00020; padding: 6px; border-radius: 4px;"
CHANGED = Changes(purchasing=True)


class OrderEditor(QWidget):
    order_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.order_id: int | None = None
        self.view: OrderView | None = None
        self._filling = False

        self.title = QLabel()
        self.title.setObjectName("order_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("order_subtitle")
        self.subtitle.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setObjectName("order_banner")
        self.banner.setStyleSheet(OVERDUE_STYLE)
        self.banner.setWordWrap(True)

        self.expected_date = QDateEdit()
        self.expected_date.setObjectName("order_expected")
        self.expected_date.setCalendarPopup(True)
        self.no_date = QCheckBox(self.tr("not set"))
        self.includes_vat = QCheckBox(self.tr("Prices include VAT"))
        self.includes_vat.setObjectName("order_includes_vat")
        self.vat_combo = QComboBox()
        self.vat_combo.setObjectName("order_vat")
        for rate in VAT_CHOICES:
            self.vat_combo.addItem(self.tr("each product's rate") if rate is None else f"{rate} %", rate)
        self.terms = QPlainTextEdit()
        self.terms.setObjectName("order_terms")
        self.terms.setFixedHeight(48)
        self.notes = QLineEdit()
        self.notes.setObjectName("order_notes")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("order_save")
        date_row = QHBoxLayout()
        date_row.addWidget(self.expected_date)
        date_row.addWidget(self.no_date)
        date_row.addStretch(1)
        vat_row = QHBoxLayout()
        vat_row.addWidget(self.includes_vat)
        vat_row.addWidget(QLabel(self.tr("VAT rate:")))
        vat_row.addWidget(self.vat_combo)
        vat_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Expected delivery:"), date_row)
        form.addRow(self.tr("VAT:"), vat_row)
        form.addRow(self.tr("Terms:"), self.terms)
        form.addRow(self.tr("Notes:"), self.notes)

        self.table = QTableWidget(0, 10)
        self.table.setObjectName("order_lines")
        self.table.setHorizontalHeaderLabels([
            self.tr("№"), self.tr("SKU"), self.tr("Supplier SKU"), self.tr("Name"), self.tr("Qty"),
            self.tr("Received"), self.tr("Outstanding"), self.tr("Price"), self.tr("VAT %"), self.tr("Amount"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 28), (1, 90), (2, 82), (4, 50), (5, 62), (6, 82), (7, 80), (8, 44), (9, 96)):
            self.table.setColumnWidth(col, width)
        self.table.itemChanged.connect(self._cell_edited)

        self.add_button = QPushButton(self.tr("Add product…"))
        self.add_button.setObjectName("order_add_line")
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setObjectName("order_remove_line")
        self.totals = QLabel()
        self.totals.setObjectName("order_totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        line_row = QHBoxLayout()
        line_row.addWidget(self.add_button)
        line_row.addWidget(self.remove_button)
        line_row.addStretch(1)
        line_row.addWidget(self.totals)

        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, text in (
            ("request_approval", self.tr("Request approval")), ("approve", self.tr("Approve")),
            ("reject", self.tr("Send back")), ("send", self.tr("Mark as sent")),
            ("revise", self.tr("Revise…")), ("close", self.tr("Close order")), ("cancel", self.tr("Cancel order")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"order_{key}")
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.documents = OrderDocuments(ctx, self)
        self.history = QLabel()
        self.history.setObjectName("order_history")
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.subtitle)
        body_layout.addWidget(self.banner)
        body_layout.addLayout(form)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        body_layout.addLayout(save_row)
        body_layout.addWidget(self.table, 1)
        body_layout.addLayout(line_row)
        body_layout.addLayout(actions)
        body_layout.addLayout(self.documents.layout_row)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        body_layout.addWidget(rule)
        body_layout.addWidget(self.history)
        self.empty_state = QLabel(self.tr("Choose an order on the left, or start a new one."))
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setStyleSheet("color: #555; font-size: 14px;")
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(body)

        self.no_date.toggled.connect(lambda off: self.expected_date.setEnabled(not off))
        self.save_button.clicked.connect(self.save_details)
        self.add_button.clicked.connect(self.add_product)
        self.remove_button.clicked.connect(self.remove_line)
        self.buttons["request_approval"].clicked.connect(lambda: self._act(purchasing.request_approval))
        self.buttons["approve"].clicked.connect(lambda: self._act(purchasing.approve))
        self.buttons["send"].clicked.connect(self.mark_sent)
        self.buttons["reject"].clicked.connect(self.send_back)
        self.buttons["revise"].clicked.connect(self.revise)
        self.buttons["close"].clicked.connect(self.close_order)
        self.buttons["cancel"].clicked.connect(self.cancel_order)
        self.documents.mail_button.clicked.connect(self.send_by_mail)

    # --- showing -----------------------------------------------------------------------

    def show_order(self, order_id: int | None) -> None:
        self.order_id = order_id
        self.reload()

    def reload(self) -> None:
        if self.order_id is None:
            self.view = None
            self.stack.setCurrentIndex(0)
            return
        try:
            with self.ctx.read() as session:
                self.view = purchase_queries.order_view(session, self.order_id)
        except BackofficeError as exc:
            self.order_id, self.view = None, None
            self.stack.setCurrentIndex(0)
            show_error(self, exc)
            return
        self._fill(self.view)
        self.stack.setCurrentIndex(1)

    def reload_if_changed(self) -> None:
        """After another operation or workstation: reload unless the user is mid-edit."""
        if self.view is not None and not self._details_dirty():
            self.reload()

    def _fill(self, view: OrderView) -> None:
        from .orders_page import state_title

        self._filling = True
        draft = view.is_draft
        revision = self.tr(" (rev. {0})").format(view.revision) if view.revision else ""
        self.title.setText(self.tr("Order {0}{1} — {2}").format(view.number, revision, state_title(view.state)))
        who = self.tr("Supplier: {0}. Made by {1} on {2}.").format(view.supplier, view.author or "—",
                                                                   format_date(view.created_at))
        if view.approved_by:
            who += " " + self.tr("Approved by {0}.").format(view.approved_by)
        if view.sent_at:
            who += " " + self.tr("Sent {0}.").format(format_datetime(view.sent_at))
        self.subtitle.setText(who)
        self.banner.setVisible(view.overdue)
        if view.overdue:
            self.banner.setText(self.tr("Overdue: expected on {0}, {1} still outstanding.").format(
                format_date(view.expected_date), format_quantity(sum((ln.outstanding for ln in view.lines), Decimal(0)))))
        self.no_date.setChecked(view.expected_date is None)
        self.expected_date.setDate(QDate(view.expected_date) if view.expected_date else QDate.currentDate())
        self.includes_vat.setChecked(view.prices_include_vat)
        self.vat_combo.setCurrentIndex(max(self.vat_combo.findData(view.vat_rate), 0))
        self.terms.setPlainText(view.terms)
        self.notes.setText(view.notes)
        for widget in (self.expected_date, self.no_date, self.includes_vat, self.vat_combo, self.terms, self.notes):
            widget.setEnabled(draft)
        self.expected_date.setEnabled(draft and view.expected_date is not None)
        self.save_button.setVisible(draft)
        self.add_button.setVisible(draft)
        self.remove_button.setVisible(draft)
        self._fill_lines(view.lines, draft)
        totals = view.totals
        vat_word = self.tr("incl. VAT") if view.prices_include_vat else self.tr("VAT")
        self.totals.setText(self.tr("Net {0} · {1} {2} · <b>Total {3}</b>").format(
            format_money(totals.net, view.currency), vat_word, format_money(totals.vat, view.currency),
            format_money(totals.gross, view.currency)))
        self._show_actions(view)
        self.documents.set_order(view)
        self._fill_history(view)
        self._filling = False

    def _fill_lines(self, lines: list[OrderLineView], draft: bool) -> None:
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            values = (str(line.line_no), line.sku, line.supplier_sku, line.name, format_quantity(line.quantity),
                      format_quantity(line.received), format_quantity(line.outstanding),
                      format_decimal(line.unit_price), format_decimal(line.vat_rate, 0), format_decimal(line.gross))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if draft and c in EDITABLE_COLUMNS:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setToolTip(self.tr("Double-click to change"))
                item.setFlags(flags)
                if c in NUMERIC_COLUMNS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == 6 and line.outstanding > 0 and line.received > 0:
                    item.setForeground(QColor("#b36b00"))
                self.table.setItem(r, c, item)
            self.table.item(r, 3).setToolTip(line.name)

    def _show_actions(self, view: OrderView) -> None:
        actor = self.ctx.actor
        buy = actor.can(Permission.MANAGE_PURCHASING)
        approve = actor.can(Permission.APPROVE_PURCHASES)
        state = view.state
        with self.ctx.read() as session:
            limit = purchasing.approval_amount(session)
        over_limit = view.totals.gross > limit
        visible = {
            "request_approval": buy and state == "draft" and over_limit,
            "approve": approve and state == "awaiting_approval",
            "reject": approve and state == "awaiting_approval",
            "send": buy and (state == "approved" or (state == "draft" and not over_limit)),
            "revise": buy and state in purchasing.REVISABLE_STATES,
            "close": buy and state in purchasing.CLOSABLE_STATES,
            "cancel": buy and state in purchasing.CANCELLABLE_STATES,
        }
        for key, button in self.buttons.items():
            button.setVisible(visible[key])
        if state == "awaiting_approval" and view.author_id == actor.user_id:
            self.buttons["approve"].setEnabled(False)
            self.buttons["approve"].setToolTip(self.tr("Another manager must approve an order you made."))
        else:
            self.buttons["approve"].setEnabled(True)
            self.buttons["approve"].setToolTip("")
        if state == "draft" and over_limit:
            self.buttons["request_approval"].setToolTip(
                self.tr("Orders above {0} are approved by a manager before sending.").format(format_money(limit)))

    def _fill_history(self, view: OrderView) -> None:
        lines = []
        for rev in view.revisions:
            lines.append(self.tr("Revision {0}, {1}, {2}: {3}").format(
                rev.revision, format_datetime(rev.created_at), rev.user or "—", rev.reason))
        for receipt in view.receipts:
            lines.append(self.tr("Received by {0} on {1}").format(receipt.number, format_datetime(receipt.posted_at)))
        self.history.setText("\n".join(lines) if lines else self.tr("No revisions or receipts yet."))

    # --- editing a draft ---------------------------------------------------------------

    def _details(self) -> OrderDetails:
        qdate = self.expected_date.date()
        return OrderDetails(
            expected_date=None if self.no_date.isChecked() else date(qdate.year(), qdate.month(), qdate.day()),
            notes=self.notes.text(), terms=self.terms.toPlainText(),
            prices_include_vat=self.includes_vat.isChecked(), vat_rate=self.vat_combo.currentData(),
        )

    def _details_dirty(self) -> bool:
        view = self.view
        if view is None or not view.is_draft:
            return False
        details = self._details()
        return (details.expected_date, details.notes.strip(), details.terms.strip(), details.prices_include_vat,
                details.vat_rate) != (view.expected_date, view.notes, view.terms, view.prices_include_vat, view.vat_rate)

    def _run(self, func: Callable[[Session, Actor], Any], after: Callable[[Any], None] | None = None) -> None:
        def done(result: Any) -> None:
            self.reload()
            self.order_changed.emit()
            if after is not None:
                after(result)

        self.ctx.write(func, CHANGED, done, self._failed)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reload()

    def save_details(self) -> None:
        assert self.view is not None
        order_id, version, details = self.view.id, self.view.version, self._details()
        self._run(lambda s, a: purchasing.set_order_details(s, a, order_id, details, version))

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() not in EDITABLE_COLUMNS:
            return
        line_id, text = item.data(Qt.ItemDataRole.UserRole), item.text()
        if EDITABLE_COLUMNS[item.column()] == "quantity":
            self._run(lambda s, a: purchasing.set_line(s, a, line_id, quantity=text))
        else:
            self._run(lambda s, a: purchasing.set_line(s, a, line_id, unit_price=text))

    def add_product(self) -> None:
        assert self.view is not None
        dialog = ProductPickerDialog(self.ctx, self)
        if not dialog.exec():
            return
        order_id, product_id, quantity = self.view.id, dialog.product_id(), dialog.quantity.text()
        assert product_id is not None
        self._run(lambda s, a: purchasing.add_line(s, a, order_id, product_id, quantity))

    def selected_line_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def remove_line(self) -> None:
        line_id = self.selected_line_id()
        if line_id is None:
            return
        self._run(lambda s, a: purchasing.remove_line(s, a, line_id))

    # --- the order's life --------------------------------------------------------------

    def _act(self, service: Callable[[Session, Actor, int], Any]) -> None:
        assert self.view is not None
        order_id = self.view.id
        self._run(lambda s, a: service(s, a, order_id))

    def mark_sent(self) -> None:
        assert self.view is not None
        if self._details_dirty():
            self.save_details()
        order_id, number = self.view.id, self.view.number
        answer = QMessageBox.question(
            self, self.tr("Mark as sent"),
            self.tr("Mark order {0} as sent to the supplier? It can then change only by a revision.").format(number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda s, a: purchasing.mark_sent(s, a, order_id))

    def send_by_mail(self) -> None:
        assert self.view is not None
        if self._details_dirty():
            self.save_details()
        dialog = OrderMailDialog(self.ctx, self.view, self)
        if not dialog.exec():
            return
        if self.buttons["send"].isVisible():
            self.mark_sent()

    def _reason(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def send_back(self) -> None:
        assert self.view is not None
        reason = self._reason(self.tr("Send back"), self.tr("What should the author change?"))
        if reason is None:
            return
        order_id = self.view.id
        self._run(lambda s, a: purchasing.reject(s, a, order_id, reason))

    def cancel_order(self) -> None:
        assert self.view is not None
        reason = self._reason(self.tr("Cancel order"), self.tr("Why is order {0} cancelled?").format(self.view.number))
        if reason is None:
            return
        order_id = self.view.id
        self._run(lambda s, a: purchasing.cancel(s, a, order_id, reason))

    def close_order(self) -> None:
        assert self.view is not None
        outstanding = sum((ln.outstanding for ln in self.view.lines), Decimal(0))
        if outstanding > 0:
            answer = QMessageBox.question(
                self, self.tr("Close order"),
                self.tr("{0} units are still outstanding and will no longer be expected. Close the order?").format(
                    format_quantity(outstanding)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._act(purchasing.close)

    def revise(self) -> None:
        assert self.view is not None
        dialog = RevisionDialog(self.ctx, self.view, self)
        if not dialog.exec():
            return
        order_id, version = self.view.id, self.view.version
        changes, reason, expected = dialog.changes(), dialog.reason(), dialog.expected_date()
        self._run(lambda s, a: purchasing.revise(s, a, order_id, changes, reason, expected, version))
