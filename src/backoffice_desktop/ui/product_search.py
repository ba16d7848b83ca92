"""Finding one product by SKU, barcode or name: a search box over a short result table,
used by the dialogs that ask "which product?"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem

from ..services import catalog
from ..services.catalog import ProductFilter
from .context import AppContext

# Matches shown; the user types more to narrow them.
LIMIT = 50


class ProductSearch:
    """``edit`` and ``table`` go into the caller's layout; the first match is selected."""

    def __init__(self, ctx: AppContext, hint: str) -> None:
        self.ctx = ctx
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(hint)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("ProductSearch", "SKU"), QCoreApplication.translate("ProductSearch", "Name"),
        ])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.edit.textChanged.connect(self.reload)

    def reload(self) -> None:
        text = self.edit.text().strip()
        rows: list[catalog.ProductRow] = []
        if text:
            with self.ctx.read() as session:
                ids = catalog.search_product_ids(session, ProductFilter(text=text), limit=LIMIT)
                found = catalog.load_product_rows(session, ids)
                rows = [found[i] for i in ids if i in found]
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate((row.sku, row.name)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)

    def product_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None
