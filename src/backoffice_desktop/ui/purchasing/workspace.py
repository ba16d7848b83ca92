"""Purchasing: orders, reorder suggestions, suppliers and their price lists, and the
buyer's view of one product — one page each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from ..operations import Changes
from .orders_page import OrdersPage
from .product_page import ProductPage
from .reorder_page import ReorderPage
from .suppliers_page import SuppliersPage


class PurchasingWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName("purchasing_tabs")
        self.tabs.setDocumentMode(True)
        self.orders = OrdersPage(ctx)
        self.tabs.addTab(self.orders, self.tr("Orders"))
        self.reorder = ReorderPage(ctx)
        self.tabs.addTab(self.reorder, self.tr("Reorder"))
        self.suppliers = SuppliersPage(ctx)
        self.tabs.addTab(self.suppliers, self.tr("Suppliers"))
        self.product = ProductPage(ctx)
        self.tabs.addTab(self.product, self.tr("Product"))
        self.reorder.order_created.connect(self.open_order)
        self.reorder.product_requested.connect(self.open_product)
        self.product.order_requested.connect(self.open_order)
        self.pages: list[QWidget] = [self.orders, self.reorder, self.suppliers, self.product]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def open_order(self, order_id: int) -> None:
        """Switch to the Orders page with ``order_id`` open (a draft just made elsewhere)."""
        self.tabs.setCurrentWidget(self.orders)
        self.orders.run_search()
        self.orders.open_order(order_id)

    def open_product(self, product_id: int) -> None:
        self.tabs.setCurrentWidget(self.product)
        self.product.show_product(product_id)

    def can_close(self) -> bool:
        """Asked before the main window closes: a page with unsaved edits asks first."""
        return all(getattr(page, "can_close", lambda: True)() for page in self.pages)

    def refresh(self, changes: Changes) -> None:
        for page in self.pages:
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh(changes)
