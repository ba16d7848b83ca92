"""What goes with an order: its PDF and XLSX for the supplier, and the revision dialog."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import purchase_printing
from ...services.purchase_queries import OrderView
from ...services.purchasing import LineRevision
from ..context import AppContext
from ..formatting import format_decimal, format_quantity
from ..messages import show_error
from ..pdf_output import open_document, print_path


class OrderDocuments:
    """The PDF / Excel buttons under an order; files open in the system viewer."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        self.ctx = ctx
        self.parent = parent
        self.view: OrderView | None = None
        self.pdf_button = QPushButton(parent.tr("Order as PDF"))
        self.pdf_button.setObjectName("order_pdf")
        self.xlsx_button = QPushButton(parent.tr("Order as Excel"))
        self.xlsx_button.setObjectName("order_xlsx")
        self.mail_button = QPushButton(parent.tr("Send by e-mail…"))
        self.mail_button.setObjectName("order_mail")
        self.layout_row = QHBoxLayout()
        self.layout_row.addWidget(self.pdf_button)
        self.layout_row.addWidget(self.xlsx_button)
        self.layout_row.addWidget(self.mail_button)
        self.layout_row.addStretch(1)
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export(".xlsx"))
        #: The last file written (tests and the e-mail dialog look here).
        self.last_path: Path | None = None

    def set_order(self, view: OrderView) -> None:
        self.view = view
        has_lines = bool(view.lines)
        self.pdf_button.setEnabled(has_lines)
        self.xlsx_button.setEnabled(has_lines)
        self.mail_button.setEnabled(has_lines and view.state not in ("awaiting_approval", "cancelled"))

    def export(self, suffix: str) -> None:
        if self.view is None:
            return
        order_id = self.view.id
        path = print_path(self.ctx.paths, purchase_printing.file_stem(self.view.number), suffix)
        writer = purchase_printing.write_order_pdf if suffix == ".pdf" else purchase_printing.write_order_xlsx
        read = self.ctx.read

        def job() -> Path:
            with read() as session:
                return writer(session, order_id, path)

        def done(written: Path) -> None:
            self.last_path = written
            open_document(written)

        self.ctx.ops.run(job, done, lambda exc: show_error(self.parent, exc), write=False)


class RevisionDialog(QDialog):
    """Change a sent order: new quantities and prices per line, a new date, and why."""

    def __init__(self, ctx: AppContext, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(self.tr("Revise order {0}").format(view.number))
        note = QLabel(self.tr("The supplier gets the revised order; every change is recorded with its reason. "
                              "A quantity can't go below what has already arrived."))
        note.setWordWrap(True)
        self.table = QTableWidget(len(view.lines), 5)
        self.table.setObjectName("revision_lines")
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Received"),
                                              self.tr("Qty"), self.tr("Price")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for r, line in enumerate(view.lines):
            for c, value in enumerate((line.sku, line.name, format_quantity(line.received),
                                       format_quantity(line.quantity), format_decimal(line.unit_price))):
                item = QTableWidgetItem(value)
                if c < 3:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if c >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.change_date = QCheckBox(self.tr("New expected date:"))
        self.date_edit = QDateEdit(QDate(view.expected_date) if view.expected_date else QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setEnabled(False)
        self.change_date.toggled.connect(self.date_edit.setEnabled)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("revision_reason")
        self.reason_edit.setPlaceholderText(self.tr("e.g. the supplier has only 8 in stock"))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        date_row = QHBoxLayout()
        date_row.addWidget(self.change_date)
        date_row.addWidget(self.date_edit)
        date_row.addStretch(1)
        form.addRow(date_row)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record revision"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 420)

    def changes(self) -> list[LineRevision]:
        result = []
        for r, line in enumerate(self.view.lines):
            quantity = self.table.item(r, 3).text()
            price = self.table.item(r, 4).text()
            same_qty = quantity == format_quantity(line.quantity)
            same_price = price == format_decimal(line.unit_price)
            if not (same_qty and same_price):
                result.append(LineRevision(line.id, line.quantity if same_qty else quantity,
                                           None if same_price else price))
        return result

    def expected_date(self) -> date | None:
        if not self.change_date.isChecked():
            return None
        q = self.date_edit.date()
        return date(q.year(), q.month(), q.day())

    def reason(self) -> str:
        return self.reason_edit.text()

    def accept(self) -> None:
        if not self.reason().strip():
            self.error.setText(self.tr("Say why the order changes."))
            return
        if not self.changes() and self.expected_date() is None:
            self.error.setText(self.tr("Change a quantity, a price or the date first."))
            return
        super().accept()
