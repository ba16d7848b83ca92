"""One receipt being received: the scan field, clear feedback, the lines, posting, printing."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...errors import BackofficeError, ValidationError
from ...services import intake_printing, receiving, supplier_returns
from ...services.directory import list_storage_bins
from ...services.landed_costs import ChargeInput
from ...services.permissions import Actor
from ...services.receiving import ReceiptSummary, ScanOutcome, ScanResult
from ..context import AppContext
from ..formatting import format_datetime, format_money, format_quantity
from ..messages import error_text, show_error
from ..operations import Changes
from ..pdf_output import open_document, print_path
from .dialogs import ChargesDialog, DamageDialog, LabelsDialog, LinkBarcodeDialog
from .lines_model import ReceiptLinesModel as _BaseLinesModel
from .scan_router import ScanRouter

# Banner colours a clerk can read from a metre away: background, text.
GOOD = ("#1b7f3b", "#ffffff")
WARN = ("#f29900", "#000000")
BAD = ("#c5221f", "#ffffff")
IDLE = ("#e8eaed", "#202124")
STATE_TITLES = {
    "posted": QT_TRANSLATE_NOOP("ReceiptEditor", "posted"),
    "cancelled": QT_TRANSLATE_NOOP("ReceiptEditor", "cancelled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReceiptEditor", text)


def parse_quantity(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ArithmeticError:
        raise ValidationError("'{text}' is not a quantity; type a number such as 12 or 1,5.", text=text) from None
    if not value.is_finite() or value < 0:
        raise ValidationError("'{text}' is not a quantity; type a number such as 12 or 1,5.", text=text)
    return value


class ReceiptLinesModel(_BaseLinesModel):
    """The lines, telling also which damaged units have a photo attached."""

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        value = super().data(index, role)
        if not index.isValid() or role not in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DisplayRole):
            return value
        line = self.lines[index.row()]
        if not line.damage_photo_sha256:
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            note = self.tr("A photo of the damage is attached.")
            return f"{value}\n{note}" if value else note
        if index.column() == 5 and value:
            return f"📷 {value}"
        return value


class ReceiptEditor(QWidget):
    """Shows one receipt; emits ``receipt_changed`` after every change (the list refreshes)."""

    receipt_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.receipt_id: int | None = None
        self.summary: ReceiptSummary | None = None
        self.last_unknown = ""
        self.return_status = supplier_returns.SupplierReturnStatus(Decimal(0), "", False)

        self.title = QLabel()
        self.title.setObjectName("receipt_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setStyleSheet("color: #555;")

        self.post_button = QPushButton(self.tr("Post receipt"))
        self.post_button.setObjectName("receipt_post")
        self.post_button.setStyleSheet("font-weight: 600;")
        self.post_button.clicked.connect(self.post)
        self.print_button = QToolButton()
        self.print_button.setText(self.tr("Print"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        self.print_receipt_action = menu.addAction(self.tr("Receipt (PDF)"), self.print_receipt)
        self.print_discrepancy_action = menu.addAction(self.tr("Discrepancy report (PDF)"), self.print_discrepancy)
        self.print_labels_action = menu.addAction(self.tr("Barcode labels…"), self.print_labels)
        self.print_button.setMenu(menu)
        self.details_button = QPushButton(self.tr("Delivery note…"))
        self.details_button.clicked.connect(self.edit_details)
        self.charges_button = QPushButton(self.tr("Charges…"))
        self.charges_button.setObjectName("receipt_charges")
        self.charges_button.setToolTip(self.tr("Freight, customs duty and other costs of this delivery"))
        self.charges_button.clicked.connect(self.edit_charges)
        self.reverse_button = QPushButton(self.tr("Reverse…"))
        self.reverse_button.clicked.connect(self.reverse)
        self.return_button = QPushButton(self.tr("Return damaged to supplier…"))
        self.return_button.setObjectName("receipt_return_damaged")
        self.return_button.setToolTip(self.tr("Post a return to the supplier of the damaged units in quarantine"))
        self.return_button.clicked.connect(self.return_damaged)
        self.cancel_button = QPushButton(self.tr("Cancel draft"))
        self.cancel_button.clicked.connect(self.cancel_draft)

        self.scan = QLineEdit()
        self.scan.setObjectName("scan_field")
        self.scan.setPlaceholderText(self.tr("Scan a barcode (type 12* before a scan to add 12)"))
        big = QFont()
        big.setPointSize(14)
        self.scan.setFont(big)
        self.scan.setMinimumHeight(40)
        self.scan.returnPressed.connect(self._scan_entered)
        self.banner = QLabel()
        self.banner.setObjectName("scan_banner")
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(54)
        self.banner.setFont(big)
        self.link_button = QPushButton(self.tr("Link this barcode to a product…"))
        self.link_button.setObjectName("link_barcode")
        self.link_button.clicked.connect(self.link_unknown_barcode)
        self.link_button.hide()

        self.model = ReceiptLinesModel(self)
        self.table = QTableView()
        self.table.setObjectName("receipt_lines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 100), (2, 55), (3, 85), (4, 75), (5, 55), (6, 100), (7, 70), (8, 105), (9, 100)):
            self.table.setColumnWidth(col, width)
        self.table.doubleClicked.connect(lambda _index: self.change_quantity())

        self.line_buttons: list[QPushButton] = []
        line_bar = QHBoxLayout()
        for title, slot in (
            (self.tr("Quantity…"), self.change_quantity),
            (self.tr("Damaged…"), self.mark_damage),
            (self.tr("Bin…"), self.change_bin),
            (self.tr("Over-delivery reason…"), self.over_reason),
            (self.tr("Remove line"), self.remove_line),
        ):
            button = QPushButton(title)
            button.clicked.connect(slot)
            self.line_buttons.append(button)
            line_bar.addWidget(button)
        line_bar.addStretch(1)
        self.totals = QLabel()
        self.totals.setObjectName("receipt_totals")
        line_bar.addWidget(self.totals)
        self.problems = QLabel()
        self.problems.setObjectName("receipt_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")

        actions = QHBoxLayout()
        for widget in (self.details_button, self.charges_button, self.print_button, self.reverse_button, self.return_button,
                       self.cancel_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.post_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(actions)
        layout.addWidget(self.scan)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.link_button)
        layout.addLayout(banner_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(line_bar)
        layout.addWidget(self.problems)

        self.router = ScanRouter(self, self.scan)
        self._show_banner(IDLE, "")

    # --- showing ---------------------------------------------------------------------
    def open_receipt(self, receipt_id: int | None) -> None:
        self.receipt_id = receipt_id
        self.last_unknown = ""
        self.return_status = supplier_returns.SupplierReturnStatus(Decimal(0), "", False)
        self.link_button.hide()
        self._show_banner(IDLE, "")
        self.reload()

    def reload(self, highlight_line: int | None = None) -> None:
        if self.receipt_id is None:
            self.summary = None
            self.model.set_lines([])
            self.setEnabled(False)
            return
        with self.ctx.read() as session:
            self.summary = receiving.receipt_summary(session, self.receipt_id)
            self.return_status = supplier_returns.supplier_return_status(session, self.receipt_id)
        summary = self.summary
        self.setEnabled(True)
        draft = summary.state == "draft"
        number = summary.number or self.tr("draft")
        state = "" if draft else "  ·  " + self.tr(STATE_TITLES.get(summary.state, summary.state))
        self.title.setText(self.tr("Receipt {0}").format(number) + state)
        parts = [summary.supplier_name, summary.warehouse_name]
        if summary.purchase_order_number:
            parts.append(self.tr("order {0}").format(summary.purchase_order_number))
        if summary.supplier_document:
            parts.append(self.tr("delivery note {0}").format(summary.supplier_document))
        if summary.reversal_of_number:
            parts.append(self.tr("reverses {0}").format(summary.reversal_of_number))
        if summary.reversed_by_number:
            parts.append(self.tr("reversed by {0}").format(summary.reversed_by_number))
        if summary.posted_at:
            parts.append(self.tr("posted {0}").format(format_datetime(summary.posted_at)))
        if self.return_status.returned_number:
            parts.append(self.tr("damaged units returned with {0}").format(self.return_status.returned_number))
        self.subtitle.setText("  ·  ".join(parts))
        self.model.set_lines(summary.lines, highlight_line)
        row = self.model.row_of_line(highlight_line)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        for widget in (self.scan, self.post_button, self.details_button, self.charges_button, self.cancel_button,
                       *self.line_buttons):
            widget.setEnabled(draft)
        self.reverse_button.setEnabled(summary.state == "posted" and not summary.reversed_by_number
                                       and summary.reversal_of_id is None)
        self.return_button.setEnabled(self.return_status.can_return)
        self.print_discrepancy_action.setEnabled(summary.purchase_order_id is not None)
        totals = self.tr("Received {0}, damaged {1}, amount {2}").format(
            format_quantity(summary.total_received), format_quantity(summary.total_damaged),
            format_money(summary.total_value))
        if summary.charges:
            totals += self.tr(", delivery charges {0}").format(format_money(summary.charges_total))
        self.totals.setText(totals)
        self.problems.setText("\n".join(error_text(BackofficeError(p.template, **p.params)) for p in summary.problems))
        if draft:
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_banner(self, colours: tuple[str, str], text: str) -> None:
        background, foreground = colours
        self.banner.setText(text)
        self.banner.setStyleSheet(
            f"background: {background}; color: {foreground}; padding: 6px 12px; border-radius: 4px;"
        )
        self.banner.setProperty("tone", {GOOD: "good", WARN: "warn", BAD: "bad"}.get(colours, "idle"))

    # --- scanning --------------------------------------------------------------------
    def _scan_entered(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if text:
            self.apply_scan(text)

    def apply_scan(self, text: str) -> ScanResult | None:
        if self.receipt_id is None:
            return None
        receipt_id = self.receipt_id
        try:
            result = self.ctx.write_now(
                lambda s, a: receiving.apply_scan(s, a, receipt_id, text), Changes(documents=True)
            )
        except BackofficeError as exc:
            QApplication.beep()
            self._show_banner(BAD, error_text(exc))
            return None
        self._show_result(result)
        self.reload(highlight_line=result.line_id)
        self.receipt_changed.emit()
        return result

    def _show_result(self, result: ScanResult) -> None:
        self.link_button.hide()
        what = f"{result.sku} {result.name}".strip()
        counted = ""
        if result.line_id is not None:
            counted = format_quantity(result.line_received)
            if result.line_ordered is not None:
                counted = self.tr("{0} of {1}").format(counted, format_quantity(result.line_ordered))
        outcome = result.outcome
        if outcome == ScanOutcome.OK:
            self._show_banner(GOOD, self.tr("✓ +{0}  {1}  —  {2}").format(
                format_quantity(result.quantity_added), what, counted))
            return
        QApplication.beep()
        if outcome == ScanOutcome.OVER_ORDERED:
            self._show_banner(WARN, self.tr("More than ordered: {0}  —  {1} (+{2})").format(
                what, counted, format_quantity(result.over_by)))
        elif outcome == ScanOutcome.NOT_ON_ORDER:
            self._show_banner(WARN, self.tr("Not on this order: {0} (added as an extra line)").format(what))
        elif outcome == ScanOutcome.UNKNOWN_BARCODE:
            self.last_unknown = result.raw
            self.link_button.show()
            self._show_banner(BAD, self.tr("Unknown barcode {0}: link it to a product, or set the item aside").format(
                result.code))
        elif outcome == ScanOutcome.DUPLICATE_MARKING_CODE:
            self._show_banner(BAD, self.tr("This marking code was already received: {0}").format(what))
        elif outcome == ScanOutcome.MARKING_CODE_REQUIRED:
            self._show_banner(BAD, self.tr("{0} is marked goods: scan each unit's DataMatrix code").format(what))
        else:
            reason = error_text(BackofficeError(result.reason)) if result.reason else ""
            self._show_banner(BAD, self.tr("Not a valid code: {0}. {1}").format(result.code, reason).strip())

    def link_unknown_barcode(self) -> None:
        if not self.last_unknown:
            return
        raw = self.last_unknown
        code = raw.split("*", 1)[-1]
        dialog = LinkBarcodeDialog(self.ctx, code, self)
        dialog.accepted.connect(lambda: self._link(dialog, raw, code))
        dialog.open()

    def _link(self, dialog: LinkBarcodeDialog, raw: str, code: str) -> None:
        product_id = dialog.product_id()
        if product_id is None:
            return
        kind, quantity = dialog.kind_and_quantity()
        if self._write(lambda s, a: receiving.link_barcode(s, a, product_id, code, kind, quantity)) is not None:
            self.last_unknown = ""
            self.apply_scan(raw)

    # --- line actions ----------------------------------------------------------------
    def selected_line(self) -> receiving.ReceiptLineView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.lines[rows[0].row()] if rows else None

    def _write(self, func: Callable[[Session, Actor], Any]) -> Any:
        """A short change to the draft, then reload; errors shown, nothing half-written."""
        try:
            result = self.ctx.write_now(func, Changes(documents=True))
        except BackofficeError as exc:
            show_error(self, exc)
            result = None
        line = self.selected_line()
        self.reload(highlight_line=line.line_id if line else None)
        self.receipt_changed.emit()
        return result

    def change_quantity(self) -> None:
        line = self.selected_line()
        if line is None or self.summary is None or self.summary.state != "draft":
            return
        text, ok = QInputDialog.getText(self, self.tr("Quantity received"), f"{line.sku} {line.name}",
                                        text=format(line.received.normalize(), "f"))
        if ok:
            self.set_quantity(line.line_id, text)

    def set_quantity(self, line_id: int, text: str) -> None:
        try:
            quantity = parse_quantity(text)
        except BackofficeError as exc:
            show_error(self, exc)
            return
        self._write(lambda s, a: receiving.set_line_quantity(s, a, line_id, quantity))

    def mark_damage(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        dialog = DamageDialog(line, self)
        dialog.accepted.connect(lambda: self.set_damage(
            line.line_id, dialog.quantity.text(), dialog.reason.currentText(), dialog.place.currentData(),
            dialog.photo_path, line.damage_photo_sha256 if dialog.keep_photo else None))
        dialog.open()

    def set_damage(self, line_id: int, quantity_text: str, reason: str, place: str,
                   photo_path: str | None = None, keep_photo_sha256: str | None = None) -> None:
        """Save the damage of a line; with ``photo_path``, the picture is checked, normalised
        and stored on the write worker (image work takes a moment), in the same transaction
        as the damage: a refused picture leaves the line as it was."""
        try:
            quantity = parse_quantity(quantity_text or "0")
        except BackofficeError as exc:
            show_error(self, exc)
            return
        if not photo_path:
            self._write(lambda s, a: receiving.set_line_damage(s, a, line_id, quantity, reason, place,
                                                               photo_sha256=keep_photo_sha256))
            return
        try:
            data = Path(photo_path).read_bytes()
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Photo of the damage"),
                                self.tr("The file {0} can't be read: {1}").format(photo_path, exc.strerror or exc))
            return

        def save(session: Session, actor: Actor) -> int:
            sha = receiving.store_damage_photo(session, actor, data)
            return receiving.set_line_damage(session, actor, line_id, quantity, reason, place, photo_sha256=sha)

        def done(_version: int) -> None:
            self.reload(highlight_line=line_id)
            self.receipt_changed.emit()

        def failed(exc: BaseException) -> None:
            show_error(self, exc)
            self.reload(highlight_line=line_id)

        self._show_banner(IDLE, self.tr("Saving the photo…"))
        self.ctx.write(save, Changes(documents=True), done, failed)

    def change_bin(self) -> None:
        line = self.selected_line()
        if line is None or self.summary is None:
            return
        with self.ctx.read() as session:
            bins = list_storage_bins(session, self.summary.warehouse_id)
        titles = [b.title for b in bins]
        current = next((i for i, b in enumerate(bins) if b.id == line.bin_id), 0)
        title, ok = QInputDialog.getItem(self, self.tr("Put away into"), f"{line.sku} {line.name}", titles,
                                         current, False)
        if ok and title in titles:
            bin_id = bins[titles.index(title)].id
            self._write(lambda s, a: receiving.set_line_bin(s, a, line.line_id, bin_id))

    def over_reason(self) -> None:
        line = self.selected_line()
        if line is None:
            return
        text, ok = QInputDialog.getText(self, self.tr("Why accept more than ordered?"), f"{line.sku} {line.name}",
                                        text=line.over_delivery_reason)
        if ok:
            self._write(lambda s, a: receiving.set_over_delivery_reason(s, a, line.line_id, text))

    def remove_line(self) -> None:
        line = self.selected_line()
        if line is not None:
            self._write(lambda s, a: receiving.remove_line(s, a, line.line_id))

    def edit_details(self) -> None:
        if self.summary is None:
            return
        receipt_id = self.summary.id
        text, ok = QInputDialog.getText(self, self.tr("Supplier's delivery note"),
                                        self.tr("Number and date of the delivery note:"),
                                        text=self.summary.supplier_document)
        if ok:
            self._write(lambda s, a: receiving.set_receipt_details(s, a, receipt_id, supplier_document=text))

    def edit_charges(self) -> None:
        if self.summary is None:
            return
        dialog = ChargesDialog(self.summary.charges, self)
        if dialog.exec():
            self.save_charges(dialog.charges())

    def save_charges(self, charges: list[ChargeInput]) -> None:
        assert self.summary is not None
        receipt_id = self.summary.id
        self._write(lambda s, a: receiving.set_receipt_charges(s, a, receipt_id, charges))

    def cancel_draft(self) -> None:
        if self.summary is None:
            return
        receipt_id = self.summary.id
        answer = QMessageBox.question(self, self.tr("Cancel draft"), self.tr("Cancel this draft receipt?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda s, a: receiving.cancel_receipt(s, a, receipt_id))

    # --- posting and reversing -------------------------------------------------------
    def post(self) -> None:
        if self.summary is None:
            return
        receipt_id, version = self.summary.id, self.summary.version
        self.post_button.setEnabled(False)
        self._show_banner(IDLE, self.tr("Posting…"))

        def done(number: str) -> None:
            self._show_banner(GOOD, self.tr("Receipt {0} posted: stock is in the bins.").format(number))
            self.reload()
            self.receipt_changed.emit()

        def failed(exc: BaseException) -> None:
            QApplication.beep()
            self._show_banner(BAD, error_text(exc))
            self.reload()

        self.ctx.write(lambda s, a: receiving.post_receipt(s, a, receipt_id, version),
                       Changes(documents=True, stock=True, products=True), done, failed)

    def reverse(self) -> None:
        if self.summary is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Reverse the receipt"),
                                          self.tr("Why is receipt {0} reversed?").format(self.summary.number))
        if ok:
            self.reverse_with(reason)

    def reverse_with(self, reason: str) -> None:
        assert self.summary is not None
        receipt_id = self.summary.id

        def done(number: str) -> None:
            self._show_banner(WARN, self.tr("Reversing receipt {0} posted.").format(number))
            self.reload()
            self.receipt_changed.emit()

        self.ctx.write(lambda s, a: receiving.reverse_receipt(s, a, receipt_id, reason),
                       Changes(documents=True, stock=True, products=True), done, lambda exc: show_error(self, exc))

    def return_damaged(self) -> None:
        if self.summary is None or not self.return_status.can_return:
            return
        answer = QMessageBox.question(
            self, self.tr("Return damaged to supplier"),
            self.tr("Post a return to {0} of the {1} damaged units of receipt {2} kept in quarantine?").format(
                self.summary.supplier_name, format_quantity(self.return_status.units), self.summary.number),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.return_damaged_now()

    def return_damaged_now(self) -> None:
        """Post the return on the write worker; the banner tells its number."""
        if self.summary is None:
            return
        receipt_id, units = self.summary.id, self.return_status.units
        self.return_button.setEnabled(False)

        def done(number: str) -> None:
            self._show_banner(GOOD, self.tr("Return {0} posted: {1} units back to the supplier").format(
                number, format_quantity(units)))
            self.reload()
            self.receipt_changed.emit()

        def failed(exc: BaseException) -> None:
            QApplication.beep()
            self._show_banner(BAD, error_text(exc))
            self.reload()

        self.ctx.write(lambda s, a: supplier_returns.return_damaged_to_supplier(s, a, receipt_id),
                       Changes(stock=True, documents=True), done, failed)

    # --- printing --------------------------------------------------------------------
    def _print(self, name: str, writer: Callable[[Session, Any], Any]) -> None:
        if self.summary is None:
            return
        path = print_path(self.ctx.paths, name)
        read = self.ctx.read

        def job() -> Any:
            with read() as session:
                return writer(session, path)

        self.ctx.ops.run(job, lambda p: open_document(p), lambda exc: show_error(self, exc), write=False)

    def print_receipt(self) -> None:
        assert self.summary is not None
        receipt_id = self.summary.id
        self._print(self.summary.number or f"draft-{receipt_id}",
                    lambda s, p: intake_printing.write_receipt(s, receipt_id, p))

    def print_discrepancy(self) -> None:
        assert self.summary is not None
        receipt_id = self.summary.id
        self._print(f"{self.summary.number or receipt_id}-discrepancy",
                    lambda s, p: intake_printing.write_discrepancy(s, receipt_id, p))

    def print_labels(self) -> None:
        if self.summary is None:
            return
        with self.ctx.read() as session:
            items = intake_printing.receipt_label_items(session, self.summary.id)
        if not items:
            QMessageBox.information(self, self.tr("Barcode labels"), self.tr("Nothing has been received to label yet."))
            return
        dialog = LabelsDialog(items, self)
        dialog.accepted.connect(lambda: self.write_labels(dialog.copies(), dialog.layout_code()))
        dialog.open()

    def write_labels(self, copies: dict[str, int], layout: str) -> None:
        assert self.summary is not None
        receipt_id = self.summary.id
        self._print(f"{self.summary.number or receipt_id}-labels",
                    lambda s, p: intake_printing.write_labels(
                        intake_printing.with_copies(intake_printing.receipt_label_items(s, receipt_id), copies),
                        p, layout))

    # --- visibility: the scanner reaches the scan field only while this is shown -----
    def showEvent(self, event: Any) -> None:  # noqa: N802
        QApplication.instance().installEventFilter(self.router)
        super().showEvent(event)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        QApplication.instance().removeEventFilter(self.router)
        super().hideEvent(event)

