"""Intake: the receipts list on the left, the receipt being received on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...services import receiving
from ...services.receiving import ReceiptFilter, ReceiptListRow
from ..context import AppContext
from ..formatting import format_date, format_money
from ..messages import show_error
from ..operations import Changes
from .dialogs import OrderPickerDialog, SupplierPickerDialog
from .receipt_editor import ReceiptEditor

Index = QModelIndex | QPersistentModelIndex


class ReceiptListModel(QAbstractTableModel):
    COLUMN_COUNT = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[ReceiptListRow] = []

    def set_rows(self, rows: list[ReceiptListRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Number"), self.tr("Date"), self.tr("Supplier"), self.tr("Amount"))[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.state == "cancelled" or row.is_reversed:
                return QColor("#888888")
            return QColor("#1a5fb4") if row.state == "draft" else None
        if role == Qt.ItemDataRole.ToolTipRole and row.purchase_order_number:
            return self.tr("Order {0}").format(row.purchase_order_number)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            if row.state == "draft":
                return self.tr("draft")
            return row.number + (" ↩" if row.is_reversed else "")
        if col == 1:
            return format_date(row.posted_at or row.created_at)
        if col == 2:
            return row.supplier_name
        return format_money(row.total_value or 0)


class IntakeWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.from_order_button = QPushButton(self.tr("Receive a purchase order…"))
        self.from_order_button.setObjectName("intake_from_order")
        self.from_order_button.clicked.connect(self.start_from_order)
        self.without_order_button = QPushButton(self.tr("Without an order…"))
        self.without_order_button.clicked.connect(self.start_without_order)
        self.state_filter = QComboBox()
        self.state_filter.addItem(self.tr("Drafts"), "draft")
        self.state_filter.addItem(self.tr("Posted"), "posted")
        self.state_filter.addItem(self.tr("All receipts"), None)
        self.state_filter.currentIndexChanged.connect(self.reload_list)

        self.list_model = ReceiptListModel(self)
        self.list_view = QTableView()
        self.list_view.setObjectName("receipt_list")
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.verticalHeader().hide()
        self.list_view.setWordWrap(False)
        self.list_view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list_view.setColumnWidth(0, 85)
        self.list_view.setColumnWidth(1, 80)
        self.list_view.setColumnWidth(3, 80)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)

        self.editor = ReceiptEditor(ctx)
        self.editor.receipt_changed.connect(self._receipt_changed)
        self.empty = QLabel(self.tr(
            "Start receiving: choose “Receive a purchase order…” for a delivery against an order, or "
            "“Without an order…”. Then scan each item; the scanner works wherever the cursor is."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; font-size: 14px; padding: 32px;")
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(self.editor)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.from_order_button)
        buttons.addWidget(self.without_order_button)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.state_filter)
        left_layout.addWidget(self.list_view, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 940])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload_list()
        if self.list_model.rows:  # carry on with the latest draft
            self.list_view.selectRow(0)

    def reload_list(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.editor.receipt_id
        with self.ctx.read() as session:
            rows = receiving.list_receipts(session, ReceiptFilter(state=self.state_filter.currentData(), limit=200))
        self.list_model.set_rows(rows)
        for r, row in enumerate(rows):
            if row.id == current:
                self.list_view.selectionModel().blockSignals(True)
                self.list_view.selectRow(r)
                self.list_view.selectionModel().blockSignals(False)

    def _selected(self, *_args: Any) -> None:
        rows = self.list_view.selectionModel().selectedRows()
        if rows:
            self.open_receipt(self.list_model.rows[rows[0].row()].id)

    def open_receipt(self, receipt_id: int) -> None:
        self.editor.open_receipt(receipt_id)
        self.right.setCurrentWidget(self.editor)

    def _receipt_changed(self) -> None:
        self.reload_list()

    def start_from_order(self) -> None:
        dialog = OrderPickerDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self.start_receipt(dialog.order_id(), None, dialog.warehouse.currentData()))
        dialog.open()

    def start_without_order(self) -> None:
        dialog = SupplierPickerDialog(self.ctx, self)
        dialog.accepted.connect(
            lambda: self.start_receipt(None, dialog.supplier.currentData(), dialog.warehouse.currentData()))
        dialog.open()

    def start_receipt(self, order_id: int | None, supplier_id: int | None, warehouse_id: int | None) -> int | None:
        if warehouse_id is None or (order_id is None and supplier_id is None):
            return None
        try:
            if order_id is not None:
                receipt_id = self.ctx.write_now(
                    lambda s, a: receiving.start_receipt_from_order(s, a, order_id, warehouse_id), Changes(documents=True))
            else:
                assert supplier_id is not None
                receipt_id = self.ctx.write_now(
                    lambda s, a: receiving.start_receipt(s, a, supplier_id, warehouse_id), Changes(documents=True))
        except BackofficeError as exc:
            show_error(self, exc)
            return None
        self.state_filter.setCurrentIndex(0)
        self.reload_list(select_id=receipt_id)
        self.open_receipt(receipt_id)
        return receipt_id

    def refresh(self, changes: Changes) -> None:
        if changes.documents and self.isVisible():
            self.reload_list()
