"""Small choosers of the Purchasing workspace: a supplier for a new order, a product and
quantity to add to an order."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...services import purchase_queries
from ..context import AppContext
from ..product_search import ProductSearch

ERROR_STYLE = "color: #b00020;"


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SupplierChoiceDialog(QDialog):
    """Which supplier the new order goes to."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New purchase order"))
        self.combo = QComboBox()
        self.combo.setObjectName("supplier_choice")
        with ctx.read() as session:
            for choice in purchase_queries.list_suppliers(session):
                self.combo.addItem(choice.name, choice.id)
        form = QFormLayout()
        form.addRow(self.tr("Supplier:"), self.combo)
        layout = QVBoxLayout(self)
        if self.combo.count() == 0:
            note = QLabel(self.tr("There are no suppliers yet: add one on the Suppliers page first."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Create draft")))
        self.resize(420, 120)

    def supplier_id(self) -> int | None:
        return self.combo.currentData()


class ProductPickerDialog(QDialog):
    """Find a product by SKU, barcode or name and say how many to order."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Add a product to the order"))
        self.finder = ProductSearch(ctx, self.tr("Find the product by SKU, barcode or name"))
        self.search, self.table = self.finder.edit, self.finder.table
        self.search.setObjectName("picker_search")
        self.table.setObjectName("picker_table")
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("picker_quantity")
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Quantity:"), self.quantity)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("Add")))
        self.resize(640, 460)

    def product_id(self) -> int | None:
        return self.finder.product_id()

    def accept(self) -> None:
        if self.product_id() is None:
            self.error.setText(self.tr("Find and select a product first."))
            return
        try:
            Decimal(self.quantity.text().replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            self.error.setText(self.tr("Type the quantity as a number, e.g. 12."))
            return
        super().accept()
