"""Purchasing: orders, reorder suggestions, suppliers and their price lists, and the
buyer's view of one product — one page each."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext
from ..operations import Changes
from .orders_page import OrdersPage


class PurchasingWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setObjectName("purchasing_tabs")
        self.tabs.setDocumentMode(True)
        self.orders = OrdersPage(ctx)
        self.tabs.addTab(self.orders, self.tr("Orders"))
        # Pages: add each with self.tabs.addTab(page, title) and list it in self.pages.
        self.pages: list[QWidget] = [self.orders]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def refresh(self, changes: Changes) -> None:
        for page in self.pages:
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh(changes)
