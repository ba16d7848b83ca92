"""The forms of the Suppliers page: a supplier's card (contacts, money terms, returns,
lead time, notes; Save / Revert) and the dialog that edits one of its offers.

The card keeps what it loaded; saving hands that to the service, which refuses the save
when someone else changed the supplier meanwhile (suppliers have no version column).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...services import catalog, suppliers
from ...services.catalog import ProductFilter
from ...services.permissions import Permission
from ...services.suppliers import MAX_DAYS, MAX_LENGTHS, OfferData, OfferRow, SupplierData, SupplierDetail
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from ..settings.common import MessageLabel, align_form_labels

CURRENCIES = ("RUB", "USD", "EUR", "CNY", "KZT", "BYN")


def editable_number(value: Decimal, places: int | None = None) -> str:
    """A number for an edit box: the locale's decimal point, no digit grouping (a grouping
    comma would read back as a decimal point); ``places`` None drops trailing zeros."""
    text = f"{value:.{places}f}" if places is not None else format(value.normalize(), "f")
    if places is None and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", QLocale().decimalPoint())


class SupplierForm(QWidget):
    """Edits one supplier (or a new one); ``saved`` carries the supplier's id."""

    saved = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.actor.can(Permission.MANAGE_PURCHASING)
        self.supplier_id: int | None = None
        self.loaded = SupplierData()
        self.saving = False
        self._snapshot: tuple[Any, ...] = ()

        self.edits: dict[str, QLineEdit] = {}
        for name in ("name", "tax_id", "contact_person", "phone", "email", "address"):
            edit = QLineEdit()
            edit.setObjectName(f"supplier_{name}")
            edit.setMaxLength(MAX_LENGTHS[name])
            self.edits[name] = edit
        self.edits["name"].setPlaceholderText(self.tr("as on the supplier's documents"))
        self.edits["tax_id"].setPlaceholderText(self.tr("INN: 10 or 12 digits"))
        self.edits["tax_id"].setMaximumWidth(200)
        self.edits["email"].setPlaceholderText(self.tr("where purchase orders are sent"))
        self.currency = QComboBox()
        self.currency.setObjectName("supplier_currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.currency.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency))
        self.currency.setMaximumWidth(100)
        self.deferral = self._days_box("supplier_deferral")
        self.lead_time = self._days_box("supplier_lead_time")
        self.returns_unsold = QCheckBox(self.tr("Unsold goods"))
        self.returns_unsold.setObjectName("supplier_returns_unsold")
        self.returns_defective = QCheckBox(self.tr("Defective goods"))
        self.returns_defective.setObjectName("supplier_returns_defective")
        self.min_order = QLineEdit()
        self.min_order.setObjectName("supplier_min_order")
        self.min_order.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.min_order.setMaximumWidth(140)
        self.min_order.setPlaceholderText("0")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("supplier_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)

        contacts = QGroupBox(self.tr("Contacts"))
        contact_form = QFormLayout(contacts)
        contact_form.addRow(self.tr("Name:"), self.edits["name"])
        contact_form.addRow(self.tr("Tax ID:"), self.edits["tax_id"])
        contact_form.addRow(self.tr("Contact person:"), self.edits["contact_person"])
        contact_form.addRow(self.tr("Phone:"), self.edits["phone"])
        contact_form.addRow(self.tr("E-mail:"), self.edits["email"])
        contact_form.addRow(self.tr("Address:"), self.edits["address"])
        terms = QGroupBox(self.tr("Terms"))
        terms_form = QFormLayout(terms)
        terms_form.addRow(self.tr("Currency:"), self.currency)
        self.min_order_unit = QLabel()
        terms_form.addRow(self.tr("Payment deferral:"),
                          self._with_unit(self.deferral, QLabel(self.tr("days after delivery"))))
        terms_form.addRow(self.tr("Lead time:"),
                          self._with_unit(self.lead_time, QLabel(self.tr("days from order to delivery"))))
        terms_form.addRow(self.tr("Minimum order:"), self._with_unit(self.min_order, self.min_order_unit))
        returns = QHBoxLayout()
        returns.addWidget(self.returns_unsold)
        returns.addWidget(self.returns_defective)
        returns.addStretch(1)
        terms_form.addRow(self.tr("Takes back:"), returns)
        terms_form.addRow(self.tr("Notes:"), self.notes)
        align_form_labels(contact_form, terms_form)

        self.message = MessageLabel()
        self.message.setObjectName("supplier_message")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("supplier_save")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("supplier_revert")
        self.save_button.clicked.connect(lambda: self.save())
        self.revert_button.clicked.connect(self.revert)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        for button in (self.save_button, self.revert_button):
            button.setVisible(self.editable)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(contacts)
        layout.addWidget(terms)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for edit in self.edits.values():
            edit.textChanged.connect(self._update_state)
            edit.setReadOnly(not self.editable)
        self.min_order.textChanged.connect(self._update_state)
        self.min_order.setReadOnly(not self.editable)
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.notes.textChanged.connect(self._update_state)
        self.notes.setReadOnly(not self.editable)
        for box in (self.deferral, self.lead_time):
            box.valueChanged.connect(self._update_state)
            box.setReadOnly(not self.editable)
        for check in (self.returns_unsold, self.returns_defective):
            check.toggled.connect(self._update_state)
            check.setEnabled(self.editable)
        self.currency.setEnabled(self.editable)
        self.edits["name"].returnPressed.connect(lambda: self.save())
        self.show_data(None, SupplierData())

    def _days_box(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(0, MAX_DAYS)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMinimumWidth(80)
        return box

    @staticmethod
    def _with_unit(widget: QWidget, unit: QLabel) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(widget)
        unit.setStyleSheet("color: #5f6368;")
        row.addWidget(unit)
        row.addStretch(1)
        return row

    # --- values ---------------------------------------------------------------
    def _state(self) -> tuple[Any, ...]:
        """What the widgets hold, raw: compared with the loaded state to tell edits."""
        return (
            *(edit.text() for edit in self.edits.values()), self.currency.currentText().upper(),
            self.deferral.value(), self.lead_time.value(), self.returns_unsold.isChecked(),
            self.returns_defective.isChecked(), self.min_order.text(), self.notes.toPlainText(),
        )

    def values(self) -> SupplierData:
        """The card as typed; raises ValidationError when the minimum order isn't an amount."""
        return SupplierData(
            **{name: edit.text() for name, edit in self.edits.items()},
            currency=self.currency.currentText(), payment_deferral_days=self.deferral.value(),
            returns_unsold=self.returns_unsold.isChecked(), returns_defective=self.returns_defective.isChecked(),
            lead_time_days=self.lead_time.value(),
            min_order_amount=suppliers.parse_min_order_amount(self.min_order.text()),
            notes=self.notes.toPlainText(),
        )

    def show_data(self, supplier_id: int | None, data: SupplierData) -> None:
        self.supplier_id = supplier_id
        self.loaded = data
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
            edit.setCursorPosition(0)
        self.currency.setCurrentText(data.currency)
        self.min_order_unit.setText(data.currency)
        self.deferral.setValue(data.payment_deferral_days)
        self.lead_time.setValue(data.lead_time_days)
        self.returns_unsold.setChecked(data.returns_unsold)
        self.returns_defective.setChecked(data.returns_defective)
        self.min_order.setText(editable_number(data.min_order_amount, 2) if data.min_order_amount else "")
        self.notes.setPlainText(data.notes)
        self._snapshot = self._state()
        self.message.clear_message()
        self._update_state()

    def show_detail(self, detail: SupplierDetail) -> None:
        self.show_data(detail.id, detail.data)

    def new_supplier(self) -> None:
        self.show_data(None, SupplierData())
        self.edits["name"].setFocus()

    def is_dirty(self) -> bool:
        return self._state() != self._snapshot

    def _currency_changed(self, text: str) -> None:
        self.min_order_unit.setText(text.upper())
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(self.editable and not self.saving and (dirty or self.supplier_id is None))
        self.revert_button.setEnabled(self.editable and not self.saving and dirty)

    # --- saving ---------------------------------------------------------------
    def revert(self) -> None:
        if self.supplier_id is None:
            self.show_data(None, SupplierData())
            return
        try:
            with self.ctx.read() as session:
                self.show_detail(suppliers.supplier_detail(session, self.supplier_id))
        except BackofficeError as exc:
            self.message.show_error(error_text(exc))

    def save(self, then: Callable[[int], None] | None = None) -> None:
        """Save the card on the write worker; ``then(supplier_id)`` runs after a successful save."""
        if self.saving or not self.editable:
            return
        try:
            data = self.values()
        except BackofficeError as exc:
            self.message.show_error(error_text(exc))
            self.min_order.setFocus()
            return
        supplier_id, expected = self.supplier_id, self.loaded if self.supplier_id is not None else None
        self.saving = True
        self._update_state()
        self.message.clear_message()

        def done(saved_id: int) -> None:
            self.saving = False
            with self.ctx.read() as session:
                self.show_detail(suppliers.supplier_detail(session, saved_id))
            self.saved.emit(saved_id)
            self.message.show_success(self.tr("Supplier saved."))
            if then is not None:
                then(saved_id)

        self.ctx.write(
            lambda s, a: suppliers.save_supplier(s, a, supplier_id, data, expected),
            Changes(purchasing=True), done, self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.message.show_error(error_text(exc))
        self._update_state()


class OfferDialog(QDialog):
    """Edit one offer: price, pack size, minimum order quantity and which product it is."""

    def __init__(self, ctx: AppContext, offer: OfferRow, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.offer = offer
        self.product_id = offer.product_id
        self.setWindowTitle(self.tr("Offer {0}").format(offer.supplier_sku))
        name = QLabel(offer.supplier_name or "—")
        name.setWordWrap(True)
        self.price = QLineEdit(editable_number(offer.price, 2))
        self.price.setObjectName("offer_price")
        self.pack = QLineEdit(editable_number(offer.pack_size))
        self.pack.setObjectName("offer_pack")
        self.moq = QLineEdit(editable_number(offer.min_order_qty))
        self.moq.setObjectName("offer_moq")
        for edit in (self.price, self.pack, self.moq):
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(140)
        self.product = QLabel()
        self.product.setObjectName("offer_product")
        self.product.setWordWrap(True)
        self.unlink = QPushButton(self.tr("Remove the link"))
        self.unlink.clicked.connect(lambda: self._set_product(None, ""))
        self.search = QLineEdit()
        self.search.setObjectName("offer_product_search")
        self.search.setPlaceholderText(self.tr("Find our product by SKU, barcode or name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._find)
        self.results = QTableWidget(0, 2)
        self.results.setObjectName("offer_product_results")
        self.results.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Name")])
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setColumnWidth(0, 120)
        self.results.itemSelectionChanged.connect(self._picked)
        self.error = MessageLabel()
        self.error.setObjectName("offer_error")

        form = QFormLayout()
        form.addRow(self.tr("Supplier's name:"), name)
        form.addRow(self.tr("Price, {0}:").format(currency), self.price)
        form.addRow(self.tr("Pack size:"), self.pack)
        form.addRow(self.tr("Minimum order quantity:"), self.moq)
        product_row = QHBoxLayout()
        product_row.addWidget(self.product, 1)
        product_row.addWidget(self.unlink)
        form.addRow(self.tr("Our product:"), product_row)
        form.addRow(self.tr("Link to:"), self.search)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._set_product(offer.product_id, f"{offer.sku} — {offer.name}" if offer.product_id else "")
        self.resize(600, 460)

    def _set_product(self, product_id: int | None, title: str) -> None:
        self.product_id = product_id
        self.product.setText(title or self.tr("not linked"))
        self.unlink.setEnabled(product_id is not None)

    def _find(self, text: str) -> None:
        rows: list[catalog.ProductRow] = []
        if len(text.strip()) >= 2:
            with self.ctx.read() as session:
                ids = catalog.search_product_ids(session, ProductFilter(text=text), limit=30)
                found = catalog.load_product_rows(session, ids)
            rows = [found[i] for i in ids if i in found]
        self.results.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate((row.sku, row.name)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.results.setItem(r, c, item)

    def _picked(self) -> None:
        items = self.results.selectedItems()
        if items:
            row = items[0].row()
            self._set_product(items[0].data(Qt.ItemDataRole.UserRole),
                              f"{self.results.item(row, 0).text()} — {self.results.item(row, 1).text()}")

    def save(self) -> None:
        data = OfferData(self.price.text(), self.pack.text(), self.moq.text(), self.product_id)
        offer_id = self.offer.id
        self.save_button.setEnabled(False)
        self.error.clear_message()

        def failed(exc: BaseException) -> None:
            self.save_button.setEnabled(True)
            self.error.show_error(error_text(exc))

        self.ctx.write(lambda s, a: suppliers.set_offer(s, a, offer_id, data), Changes(purchasing=True),
                       lambda _none: self.accept(), failed)
