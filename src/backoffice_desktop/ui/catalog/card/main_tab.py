"""Main tab: name, SKU, barcodes, unit, category, brand, prices, publishing, size and weight."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
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

from ....errors import BackofficeError
from ....services.barcodes import parse_quantity
from ....services.catalog import CategoryChoice, parse_money
from ....services.product_cards import CardBarcode, ProductCard
from ...formatting import format_decimal, format_money, format_quantity
from ...messages import error_text
from ..product_model import UNITS, unit_title
from .category_picker import CategoryPicker
from .tab_base import CardTab, set_cell

VAT_CHOICES = (None, Decimal("0"), Decimal("10"), Decimal("20"), Decimal("22"))
DIMENSIONS = ("length_mm", "width_mm", "height_mm")


def _money_text(value: Decimal | None) -> str:
    return "" if value is None else format_decimal(value)


class MainTab(CardTab):
    def __init__(self, can_edit: bool, can_price: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card: ProductCard | None = None
        self.name = QLineEdit()
        self.name.setObjectName("card_name")
        self.sku = QLineEdit()
        self.sku.setObjectName("card_sku")
        self.unit = QComboBox()
        self.unit.setObjectName("card_unit")
        for code in UNITS:
            self.unit.addItem(unit_title(code), code)
        self.category = CategoryPicker()
        self.brand = QComboBox()
        self.brand.setObjectName("card_brand")
        self.variant_of = QLabel()
        self.variant_of.setObjectName("card_variant_of")
        self.variant_of.setStyleSheet("color: #555;")

        self.barcodes = QTableWidget(0, 2)
        self.barcodes.setObjectName("card_barcodes")
        self.barcodes.setHorizontalHeaderLabels([self.tr("Barcode"), self.tr("Pack of")])
        self.barcodes.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.barcodes.setColumnWidth(1, 80)
        self.barcodes.verticalHeader().hide()
        self.barcodes.verticalHeader().setDefaultSectionSize(24)
        self.barcodes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.barcodes.setMinimumHeight(110)
        self.barcodes.setMaximumHeight(170)
        self.barcodes.setToolTip(self.tr("Leave “Pack of” empty for a unit's barcode."))
        self.add_barcode = QPushButton(self.tr("Add barcode"))
        self.add_barcode.setObjectName("card_add_barcode")
        self.remove_barcode = QPushButton(self.tr("Remove"))
        self.remove_barcode.setObjectName("card_remove_barcode")
        code_buttons = QHBoxLayout()
        code_buttons.addWidget(self.add_barcode)
        code_buttons.addWidget(self.remove_barcode)
        code_buttons.addStretch(1)
        codes = QVBoxLayout()
        codes.addWidget(self.barcodes)
        codes.addLayout(code_buttons)

        product = QGroupBox(self.tr("Product"))
        form = QFormLayout(product)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow("", self.variant_of)
        form.addRow(self.tr("SKU:"), self.sku)
        form.addRow(self.tr("Unit:"), self.unit)
        form.addRow(self.tr("Category:"), self.category)
        form.addRow(self.tr("Brand:"), self.brand)
        form.addRow(self.tr("Barcodes:"), codes)
        left = QVBoxLayout()
        left.addWidget(product)
        left.addStretch(1)

        self.retail = QLineEdit()
        self.retail.setObjectName("card_retail_price")
        self.compare_at = QLineEdit()
        self.compare_at.setObjectName("card_compare_at_price")
        self.compare_at.setPlaceholderText(self.tr("none"))
        self.cost = QLabel()
        self.cost.setObjectName("card_average_cost")
        self.on_hand = QLabel()
        self.on_hand.setObjectName("card_on_hand")
        self.vat = QComboBox()
        self.vat.setObjectName("card_vat")
        for rate in VAT_CHOICES:
            self.vat.addItem(self.tr("as in Settings") if rate is None else f"{rate} %", rate)
        self.published = QCheckBox(self.tr("Published on the website"))
        self.published.setObjectName("card_published")
        self.price_note = QLabel(self.tr("Prices are changed by managers."))
        self.price_note.setObjectName("card_price_note")
        self.price_note.setStyleSheet("color: #777;")
        self.price_note.setVisible(not can_price)
        prices = QGroupBox(self.tr("Prices and website"))
        price_form = QFormLayout(prices)
        price_form.addRow(self.tr("Retail price:"), self.retail)
        price_form.addRow(self.tr("Old price:"), self.compare_at)
        price_form.addRow("", self.price_note)
        price_form.addRow(self.tr("Average cost:"), self.cost)
        price_form.addRow(self.tr("On hand:"), self.on_hand)
        price_form.addRow(self.tr("VAT:"), self.vat)
        price_form.addRow("", self.published)

        self.weight = QLineEdit()
        self.weight.setObjectName("card_weight")
        self.dimensions = {key: QLineEdit() for key in DIMENSIONS}
        dims = QHBoxLayout()
        for i, key in enumerate(DIMENSIONS):
            self.dimensions[key].setObjectName(f"card_{key}")
            self.dimensions[key].setMaximumWidth(70)
            if i:
                dims.addWidget(QLabel("×"))
            dims.addWidget(self.dimensions[key])
        dims.addStretch(1)
        size = QGroupBox(self.tr("Size and weight"))
        size_form = QFormLayout(size)
        size_form.addRow(self.tr("Weight, kg:"), self.weight)
        size_form.addRow(self.tr("L × W × H, mm:"), dims)

        right = QVBoxLayout()
        right.addWidget(prices)
        right.addWidget(size)
        right.addStretch(1)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        for widget in (self.name, self.sku, self.unit, self.category, self.brand, self.barcodes, self.add_barcode,
                       self.remove_barcode, self.vat, self.published, self.weight, *self.dimensions.values()):
            widget.setEnabled(can_edit)
        self.retail.setEnabled(can_price)
        self.compare_at.setEnabled(can_price)

        self.name.textEdited.connect(lambda text: self.emit_edit("name", text))
        self.sku.textEdited.connect(lambda text: self.emit_edit("sku", text))
        self.unit.activated.connect(lambda _i: self.emit_edit("unit", self.unit.currentData()))
        self.brand.activated.connect(lambda _i: self.emit_edit("brand_id", self.brand.currentData()))
        self.vat.activated.connect(lambda _i: self.emit_edit("vat_rate", self.vat.currentData()))
        self.category.chosen.connect(lambda cid: self.emit_edit("category_id", cid))
        self.published.clicked.connect(lambda checked: self.emit_edit("is_published", checked))
        self.retail.editingFinished.connect(self._retail_done)
        self.compare_at.editingFinished.connect(self._compare_at_done)
        self.weight.editingFinished.connect(self._weight_done)
        for key, edit in self.dimensions.items():
            edit.editingFinished.connect(lambda key=key, edit=edit: self._dimension_done(key, edit))
        self.barcodes.itemChanged.connect(self._barcodes_changed)
        self.add_barcode.clicked.connect(self._add_barcode)
        self.remove_barcode.clicked.connect(self._remove_barcode)

    def set_choices(self, categories: list[CategoryChoice], brands: list[tuple[int, str]]) -> None:
        self.category.set_choices(categories)
        self.brand.clear()
        self.brand.addItem(self.tr("(no brand)"), None)
        for bid, name in brands:
            self.brand.addItem(name, bid)

    def fill(self, card: ProductCard) -> None:
        self.card = card
        for edit, text in ((self.name, card.name), (self.sku, card.sku)):
            if edit.text() != text:
                edit.setText(text)
        self.unit.setCurrentIndex(max(self.unit.findData(card.unit), 0))
        self.brand.setCurrentIndex(max(self.brand.findData(card.brand_id), 0))
        vat_index = self.vat.findData(card.vat_rate)
        if vat_index < 0:
            self.vat.addItem(f"{format_quantity(card.vat_rate)} %", card.vat_rate)
            vat_index = self.vat.count() - 1
        self.vat.setCurrentIndex(vat_index)
        self.category.set_category(card.category_id)
        self.published.setChecked(card.is_published)
        self.retail.setText(_money_text(card.retail_price))
        self.compare_at.setText(_money_text(card.compare_at_price))
        self.cost.setText(format_money(card.average_cost.quantize(Decimal("0.01"))))
        self.on_hand.setText(f"{format_quantity(card.on_hand)} {unit_title(card.unit)}")
        self.weight.setText("" if card.weight_kg is None else format_quantity(card.weight_kg))
        for key, edit in self.dimensions.items():
            value = getattr(card, key)
            edit.setText("" if value is None else str(value))
        self.variant_of.setVisible(card.parent_id is not None)
        self.name.setReadOnly(card.parent_id is not None)  # a variant's name is made from its parent's
        self.variant_of.setText(self.tr("A variant of “{0}”").format(card.parent_name))
        self._fill_barcodes(card.barcodes)

    def _fill_barcodes(self, codes: tuple[CardBarcode, ...]) -> None:
        self.barcodes.blockSignals(True)
        self.barcodes.setRowCount(len(codes))
        for row, code in enumerate(codes):
            set_cell(self.barcodes, row, 0, code.code)
            set_cell(self.barcodes, row, 1, format_quantity(code.pack_quantity) if code.kind == "pack" else "")
        self.barcodes.blockSignals(False)

    # --- edits --------------------------------------------------------------------------

    def _retail_done(self) -> None:
        if self.card is None or self.filling:
            return
        try:
            price = parse_money(self.retail.text())
        except BackofficeError as exc:
            self.problem.emit(error_text(exc))
            self.retail.setText(_money_text(self.card.retail_price))
            return
        if price != self.card.retail_price:
            self.emit_edit("retail_price", price)

    def _compare_at_done(self) -> None:
        if self.card is None or self.filling:
            return
        text = self.compare_at.text().strip()
        try:
            price = parse_money(text) if text else None
        except BackofficeError as exc:
            self.problem.emit(error_text(exc))
            self.compare_at.setText(_money_text(self.card.compare_at_price))
            return
        if price != self.card.compare_at_price:
            self.emit_edit("compare_at_price", price)

    def _weight_done(self) -> None:
        if self.card is None or self.filling:
            return
        text = self.weight.text().strip()
        try:
            weight = parse_quantity(text) if text else None
        except BackofficeError as exc:
            self.problem.emit(error_text(exc))
            self.weight.setText("" if self.card.weight_kg is None else format_quantity(self.card.weight_kg))
            return
        if weight != self.card.weight_kg:
            self.emit_edit("weight_kg", weight)

    def _dimension_done(self, key: str, edit: QLineEdit) -> None:
        if self.card is None or self.filling:
            return
        text = edit.text().strip()
        current = getattr(self.card, key)
        if text and not (text.isdigit() and text.isascii()):
            self.problem.emit(self.tr("“{0}” is not a size in millimetres; type a whole number such as 250.")
                              .format(text))
            edit.setText("" if current is None else str(current))
            return
        value = int(text) if text else None
        if value != current:
            self.emit_edit(key, value)

    def _collect_barcodes(self) -> tuple[CardBarcode, ...] | None:
        codes = []
        for row in range(self.barcodes.rowCount()):
            code_item, pack_item = self.barcodes.item(row, 0), self.barcodes.item(row, 1)
            code = code_item.text().strip() if code_item else ""
            pack = pack_item.text().strip() if pack_item else ""
            if not code:
                continue
            if not pack:
                codes.append(CardBarcode(code))
                continue
            try:
                quantity = parse_quantity(pack)
            except (BackofficeError, InvalidOperation) as exc:
                self.problem.emit(error_text(exc))
                return None
            codes.append(CardBarcode(code, "pack", quantity) if quantity != 1 else CardBarcode(code))
        return tuple(codes)

    def _barcodes_changed(self, _item: QTableWidgetItem) -> None:
        if self.card is None or self.filling:
            return
        codes = self._collect_barcodes()
        if codes is None:
            self._fill_barcodes(self.card.barcodes)
            return
        if codes != self.card.barcodes:
            self.emit_edit("barcodes", codes)

    def _add_barcode(self) -> None:
        row = self.barcodes.rowCount()
        self.barcodes.blockSignals(True)
        self.barcodes.insertRow(row)
        self.barcodes.setItem(row, 0, QTableWidgetItem(""))
        self.barcodes.setItem(row, 1, QTableWidgetItem(""))
        self.barcodes.blockSignals(False)
        self.barcodes.setCurrentCell(row, 0)
        self.barcodes.editItem(self.barcodes.item(row, 0))

    def _remove_barcode(self) -> None:
        if self.card is None:
            return
        row = self.barcodes.currentRow()
        if 0 <= row < self.barcodes.rowCount():
            self.barcodes.blockSignals(True)
            self.barcodes.removeRow(row)
            self.barcodes.blockSignals(False)
            codes = self._collect_barcodes()
            if codes is not None and codes != self.card.barcodes:
                self.emit_edit("barcodes", codes)
