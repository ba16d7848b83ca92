"""The purchase orders list (filters, overdue in red) beside the order being edited."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services import purchase_queries, purchasing
from ...services.permissions import Permission
from ...services.purchase_queries import OrderFilter, OrderGroup, OrderRow
from ..context import AppContext
from ..formatting import format_date, format_money
from ..messages import show_error
from ..operations import Changes
from ..paged_model import Index, PagedModel
from .list_panel import empty_label, list_column, record_table
from .order_editor import OrderEditor
from .product_picker import SupplierChoiceDialog

STATE_TITLES = {
    "draft": QT_TRANSLATE_NOOP("OrderStates", "draft"),
    "awaiting_approval": QT_TRANSLATE_NOOP("OrderStates", "awaiting approval"),
    "approved": QT_TRANSLATE_NOOP("OrderStates", "approved"),
    "sent": QT_TRANSLATE_NOOP("OrderStates", "sent"),
    "partially_received": QT_TRANSLATE_NOOP("OrderStates", "partially received"),
    "received": QT_TRANSLATE_NOOP("OrderStates", "received"),
    "closed": QT_TRANSLATE_NOOP("OrderStates", "closed"),
    "cancelled": QT_TRANSLATE_NOOP("OrderStates", "cancelled"),
}

GROUP_TITLES = (
    (OrderGroup.OPEN, QT_TRANSLATE_NOOP("OrdersPage", "Open orders")),
    (OrderGroup.DRAFTS, QT_TRANSLATE_NOOP("OrdersPage", "Drafts")),
    (OrderGroup.AWAITING_APPROVAL, QT_TRANSLATE_NOOP("OrdersPage", "Awaiting approval")),
    (OrderGroup.EXPECTED, QT_TRANSLATE_NOOP("OrdersPage", "Expected from suppliers")),
    (OrderGroup.OVERDUE, QT_TRANSLATE_NOOP("OrdersPage", "Overdue")),
    (OrderGroup.DONE, QT_TRANSLATE_NOOP("OrdersPage", "Received, closed, cancelled")),
    (OrderGroup.ALL, QT_TRANSLATE_NOOP("OrdersPage", "All orders")),
)

OVERDUE = QColor("#b00020")
MUTED = QColor("#888888")
DRAFT = QColor("#1a5fb4")


def state_title(state: str) -> str:
    return QCoreApplication.translate("OrderStates", STATE_TITLES.get(state, state))


class OrdersModel(PagedModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(
            ctx.read,
            lambda session, filt, offset, limit: purchase_queries.order_ids(session, filt, offset, limit),
            purchase_queries.load_order_rows,
            OrderFilter(),
            parent,
        )

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Number"), self.tr("Supplier"), self.tr("State"), self.tr("Expected"), self.tr("Amount"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: OrderRow | None = self.row_at(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.overdue and col in (2, 3):
                return OVERDUE
            if row.state in ("cancelled", "closed"):
                return MUTED
            return DRAFT if row.state == "draft" else None
        if role == Qt.ItemDataRole.ToolTipRole:
            made = self.tr("Made on {0}").format(format_date(row.created_at))
            if row.overdue:
                return made + "\n" + self.tr("Overdue: expected on {0}").format(format_date(row.expected_date))
            return made
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return row.number + (self.tr(" (rev. {0})").format(row.revision) if row.revision else "")
        if col == 1:
            return row.supplier
        if col == 2:
            text = state_title(row.state)
            if row.state == "partially_received":
                text += f" {row.received_percent} %"
            return text + (" ⚠" if row.overdue else "")
        if col == 3:
            return format_date(row.expected_date) if row.expected_date else "—"
        return format_money(row.total, row.currency)


class OrdersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = OrdersModel(ctx, self)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("orders_search")
        self.search_edit.setPlaceholderText(self.tr("Order number, supplier or SKU"))
        self.search_edit.setClearButtonEnabled(True)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("orders_group")
        for group, title in GROUP_TITLES:
            self.group_combo.addItem(QCoreApplication.translate("OrdersPage", title), group)
        self.supplier_combo = QComboBox()
        self.supplier_combo.setObjectName("orders_supplier")
        self.new_button = QPushButton(self.tr("New order…"))
        self.new_button.setObjectName("new_order")
        self.new_button.setVisible(ctx.actor.can(Permission.MANAGE_PURCHASING))
        self.count_label = QLabel()

        self.table = record_table(self.model, "orders_table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 112), (2, 124), (3, 70), (4, 100)):
            self.table.setColumnWidth(col, width)
        self.empty_label = empty_label("orders_empty")

        self.editor = OrderEditor(ctx)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.group_combo, 1)
        filters.addWidget(self.supplier_combo, 1)
        left = list_column(self.new_button, self.count_label, filters, self.table, self.empty_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setSizes([540, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search_edit.textChanged.connect(self.run_search)
        self.group_combo.currentIndexChanged.connect(self.run_search)
        self.supplier_combo.currentIndexChanged.connect(self.run_search)
        self.new_button.clicked.connect(self.new_order)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.editor.order_changed.connect(self._order_changed)
        self._load_suppliers()
        self.run_search()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _load_suppliers(self) -> None:
        current = self.supplier_combo.currentData()
        with self.ctx.read() as session:
            suppliers = purchase_queries.list_suppliers(session)
        self.supplier_combo.blockSignals(True)
        self.supplier_combo.clear()
        self.supplier_combo.addItem(self.tr("All suppliers"), None)
        for choice in suppliers:
            self.supplier_combo.addItem(choice.name, choice.id)
        self.supplier_combo.setCurrentIndex(max(self.supplier_combo.findData(current), 0))
        self.supplier_combo.blockSignals(False)

    def current_filter(self) -> OrderFilter:
        return OrderFilter(text=self.search_edit.text(), group=self.group_combo.currentData(),
                           supplier_id=self.supplier_combo.currentData())

    def run_search(self) -> None:
        selected = self.editor.order_id if self.editor.order_id is not None else self.selected_id()
        self.model.search(self.current_filter())
        with self.ctx.read() as session:
            total = purchase_queries.count_orders(session, self.model.filter)
        self.count_label.setText(self.tr("%n order(s)", "", total))
        has_rows = self.model.rowCount() > 0
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if not has_rows:
            filtered = self.search_edit.text().strip() or self.supplier_combo.currentData() is not None
            self.empty_label.setText(
                self.tr("No orders match this selection.") if filtered or self.group_combo.currentIndex() > 0
                else self.tr("No open orders. Start one with “New order…” or from the reorder suggestions.")
            )
        if selected is not None:
            self.model.select_key(selected, self.table)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.key_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        order_id = self.selected_id()
        if order_id is not None and order_id != self.editor.order_id:
            self.editor.show_order(order_id)

    def open_order(self, order_id: int) -> None:
        """Show ``order_id`` in the editor, selecting it in the list when it is listed
        (and nothing else, so that the next refresh doesn't bring back an older order)."""
        self.table.clearSelection()
        self.editor.show_order(order_id)
        self.model.select_key(order_id, self.table)

    def new_order(self) -> None:
        dialog = SupplierChoiceDialog(self.ctx, self)
        if not dialog.exec() or dialog.supplier_id() is None:
            return
        supplier_id = dialog.supplier_id()

        def create(session, actor) -> int:  # noqa: ANN001 - (Session, Actor)
            return purchasing.create_order(session, actor, supplier_id)

        self.ctx.write(create, Changes(purchasing=True), self._created, lambda exc: show_error(self, exc))

    def _created(self, order_id: int) -> None:
        self.group_combo.setCurrentIndex(self.group_combo.findData(OrderGroup.OPEN))
        self.run_search()
        self.open_order(order_id)

    def _order_changed(self) -> None:
        self.model.invalidate()

    def refresh(self, changes: Changes) -> None:
        if changes.purchasing or changes.stock:
            self._load_suppliers()
            self.run_search()
            self.editor.reload_if_changed()
