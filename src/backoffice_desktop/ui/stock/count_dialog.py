"""Counting stock: scan or type what is on the shelves, see the variances, post them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...services import stock_documents, stock_queries
from ...services.barcodes import parse_quantity_prefix
from ..context import AppContext
from ..formatting import format_money, format_quantity
from ..messages import error_text
from ..operations import Changes

GOOD = "background: #1b7f3b; color: white; padding: 6px 12px; border-radius: 4px;"
BAD = "background: #c5221f; color: white; padding: 6px 12px; border-radius: 4px;"


class CountDialog(QDialog):
    def __init__(self, ctx: AppContext, document_id: int, location_id: int | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document_id = document_id
        self.version = 0
        self.showing_variance = False
        self.bin = QComboBox()
        with ctx.read() as session:
            for choice in stock_queries.list_bins(session):
                self.bin.addItem(choice.code, choice.id)
        if location_id is not None and self.bin.findData(location_id) >= 0:
            self.bin.setCurrentIndex(self.bin.findData(location_id))
        self.scan = QLineEdit()
        self.scan.setObjectName("count_scan")
        self.scan.setPlaceholderText(self.tr("Scan each item (12* before a scan adds 12)"))
        big = QFont()
        big.setPointSize(14)
        self.scan.setFont(big)
        self.scan.returnPressed.connect(self._scanned)
        self.banner = QLabel()
        self.banner.setObjectName("count_banner")
        self.banner.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("count_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _i: self.type_count())
        self.totals = QLabel()
        self.type_button = QPushButton(self.tr("Counted quantity…"))
        self.type_button.clicked.connect(self.type_count)
        self.variance_button = QPushButton(self.tr("Variance report"))
        self.variance_button.setCheckable(True)
        self.variance_button.toggled.connect(self._toggle_variance)
        self.uncounted_zero = QCheckBox(self.tr("Uncounted lines are zero"))
        self.post_button = QPushButton(self.tr("Post the count"))
        self.post_button.setObjectName("count_post")
        self.post_button.clicked.connect(self.post)
        self.close_button = QPushButton(self.tr("Close (keep the draft)"))
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Bin:")))
        top.addWidget(self.bin)
        top.addWidget(self.scan, 1)
        bottom = QHBoxLayout()
        for widget in (self.type_button, self.variance_button, self.totals):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        for widget in (self.uncounted_zero, self.close_button, self.post_button):
            bottom.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(980, 620)
        self.reload()

    # --- showing ---------------------------------------------------------------------
    def reload(self) -> None:
        if self.showing_variance:
            self._show_variance()
            return
        with self.ctx.read() as session:
            sheet = stock_documents.count_sheet(session, self.document_id)
        self.version = sheet.version
        self.setWindowTitle(self.tr("Stock count{0}").format(" " + self.tr("(blind)") if sheet.blind else ""))
        self.table.setColumnCount(5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("Bin"), self.tr("Expected"), self.tr("Counted")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setRowCount(len(sheet.rows))
        for r, row in enumerate(sheet.rows):
            expected = "—" if row.expected is None else format_quantity(row.expected)
            counted = "" if row.counted is None else format_quantity(row.counted)
            for c, value in enumerate((row.sku, row.name, row.location_code, expected, counted)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (row.product_id, row.location_id))
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.totals.setText(self.tr("Counted {0} of {1} lines").format(sheet.counted_lines, sheet.total_lines))
        self.scan.setFocus()

    def _toggle_variance(self, on: bool) -> None:
        self.showing_variance = on
        self.reload()

    def _show_variance(self) -> None:
        with self.ctx.read() as session:
            report = stock_documents.count_variance(session, self.document_id)
        self.table.setColumnCount(7)
        self.table.setHorizontalHeaderLabels([
            self.tr("SKU"), self.tr("Name"), self.tr("Bin"), self.tr("Expected"), self.tr("Counted"),
            self.tr("Difference"), self.tr("Value"),
        ])
        self.table.setRowCount(len(report.lines))
        for r, line in enumerate(report.lines):
            values = (
                line.sku, line.name, line.location_code, format_quantity(line.expected),
                "" if line.counted is None else format_quantity(line.counted),
                "" if line.difference is None else format_quantity(line.difference),
                "" if line.value is None else format_money(line.value),
            )
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c >= 5 and line.difference:
                    item.setForeground(Qt.GlobalColor.darkRed if line.difference < 0 else Qt.GlobalColor.darkGreen)
                self.table.setItem(r, c, item)
        self.totals.setText(self.tr("Surplus {0}, shortage {1}, net {2}; not counted: {3}").format(
            format_money(report.surplus_value), format_money(report.shortage_value), format_money(report.net_value),
            report.uncounted))

    # --- counting --------------------------------------------------------------------
    def _scanned(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if text:
            self.count_scan(text)

    def count_scan(self, text: str) -> None:
        location = self.bin.currentData()
        try:
            quantity, code = parse_quantity_prefix(text)
            entry = self.ctx.write_now(
                lambda s, a: stock_documents.count_by_scan(s, a, self.document_id, location, code,
                                                           quantity or Decimal(1)),
                Changes(documents=True),
            )
        except BackofficeError as exc:
            QApplication.beep()
            self.banner.setText(error_text(exc))
            self.banner.setStyleSheet(BAD)
            return
        self.banner.setText(self.tr("✓ {0} {1}: counted {2}").format(
            entry.sku, entry.name, format_quantity(entry.counted or Decimal(0))))
        self.banner.setStyleSheet(GOOD)
        self.reload()

    def type_count(self) -> None:
        items = self.table.selectedItems()
        if not items or self.showing_variance:
            return
        product_id, location_id = items[0].data(Qt.ItemDataRole.UserRole)
        text, ok = QInputDialog.getText(self, self.tr("Counted quantity"), items[1].text())
        if ok:
            self.set_count(product_id, location_id, text)

    def set_count(self, product_id: int, location_id: int, text: str) -> None:
        try:
            counted = stock_documents.parse_quantity(text)
            self.ctx.write_now(
                lambda s, a: stock_documents.record_count(s, a, self.document_id, product_id, location_id, counted),
                Changes(documents=True),
            )
        except BackofficeError as exc:
            self.banner.setText(error_text(exc))
            self.banner.setStyleSheet(BAD)
            return
        self.reload()

    def post(self) -> None:
        zero = self.uncounted_zero.isChecked()
        version = self.version
        try:
            number = self.ctx.write_now(
                lambda s, a: stock_documents.post_count(s, a, self.document_id, version, zero),
                Changes(documents=True, stock=True),
            )
        except BackofficeError as exc:
            self.banner.setText(error_text(exc))
            self.banner.setStyleSheet(BAD)
            return
        self.banner.setText(self.tr("Stock count {0} posted.").format(number))
        self.banner.setStyleSheet(GOOD)
        self.accept()
