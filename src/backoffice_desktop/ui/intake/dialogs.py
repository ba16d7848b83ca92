"""Dialogs of the Intake workspace: choosing an order or supplier, damage, linking a barcode, labels."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...exports.documents import LabelItem
from ...models import ChargeAllocation
from ...services import directory, receiving
from ...services.landed_costs import ChargeInput, ChargeView
from ..context import AppContext
from ..product_search import ProductSearch
from ..formatting import format_decimal, format_money, format_quantity

ERROR_STYLE = "color: #b00020;"


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _warehouse_combo(ctx: AppContext) -> QComboBox:
    combo = QComboBox()
    with ctx.read() as session:
        for choice in directory.list_warehouses(session):
            combo.addItem(choice.title, choice.id)
    return combo


class OrderPickerDialog(QDialog):
    """Choose a sent purchase order to receive, and the warehouse it arrives at."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Receive a purchase order"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Order number or supplier"))
        self.search.textChanged.connect(self.reload)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Order"), self.tr("Supplier"), self.tr("Expected"), self.tr("Lines"), self.tr("Outstanding")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept)
        self.warehouse = _warehouse_combo(ctx)
        self.empty = QLabel(self.tr("No purchase orders are waiting for delivery."))
        self.empty.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(self.tr("Warehouse:"), self.warehouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Start receiving")))
        self.resize(760, 460)
        self.reload()

    def reload(self) -> None:
        with self.ctx.read() as session:
            rows = receiving.list_open_orders_for_intake(session, self.search.text())
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = [row.number, row.supplier_name, str(row.expected_date or ""), str(row.lines),
                      format_quantity(row.outstanding_quantity)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c >= 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        if rows:
            self.table.selectRow(0)
        self.empty.setVisible(not rows)

    def order_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None


class SupplierPickerDialog(QDialog):
    """A receipt without an order: which supplier, which warehouse."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receive without an order"))
        self.supplier = QComboBox()
        with ctx.read() as session:
            for choice in directory.list_suppliers(session):
                self.supplier.addItem(choice.title, choice.id)
        self.warehouse = _warehouse_combo(ctx)
        form = QFormLayout(self)
        form.addRow(self.tr("Supplier:"), self.supplier)
        form.addRow(self.tr("Warehouse:"), self.warehouse)
        form.addRow(_buttons(self, self.tr("Start receiving")))
        self.resize(460, 0)


class DamageDialog(QDialog):
    REASONS = (
        QT_TRANSLATE_NOOP("DamageDialog", "Broken packaging"),
        QT_TRANSLATE_NOOP("DamageDialog", "Broken item"),
        QT_TRANSLATE_NOOP("DamageDialog", "Wet"),
        QT_TRANSLATE_NOOP("DamageDialog", "Expired"),
        QT_TRANSLATE_NOOP("DamageDialog", "Wrong item"),
        QT_TRANSLATE_NOOP("DamageDialog", "Other"),
    )
    #: Side of the photo's thumbnail, in pixels.
    THUMB = 96

    def __init__(self, line: receiving.ReceiptLineView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Damaged units"))
        self.quantity = QLineEdit(format(line.damaged.normalize(), "f") if line.damaged else "")
        self.reason = QComboBox()
        self.reason.setEditable(True)
        for reason in self.REASONS:
            self.reason.addItem(self.tr(reason))
        if line.damage_reason:
            self.reason.setCurrentText(line.damage_reason)
        self.place = QComboBox()
        self.place.addItem(self.tr("Quarantine (kept apart, may go back to the supplier)"), "quarantine")
        self.place.addItem(self.tr("Scrap (written off)"), "scrap")
        if line.damage_location == "scrap":
            self.place.setCurrentIndex(1)
        # The photo: a new file chosen here, or the one already attached (kept unless removed).
        self.photo_path: str | None = None
        self.keep_photo = line.damage_photo_sha256 is not None
        self.photo_button = QPushButton(self.tr("Photo of the damage or delivery note…"))
        self.photo_button.setObjectName("damage_photo")
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.photo_name = QLabel()
        self.photo_name.setObjectName("damage_photo_name")
        self.photo_name.setWordWrap(True)
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("damage_photo_thumbnail")
        self.thumbnail.setFixedSize(QSize(self.THUMB, self.THUMB))
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setStyleSheet("border: 1px solid #ccc; color: #888;")
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        photo_text = QVBoxLayout()
        photo_text.addLayout(photo_buttons)
        photo_text.addWidget(self.photo_name)
        photo_text.addStretch(1)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.thumbnail)
        photo_row.addLayout(photo_text, 1)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{line.sku}</b> {line.name}"))
        form.addRow(self.tr("Damaged quantity:"), self.quantity)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Put into:"), self.place)
        form.addRow(self.tr("Photo:"), photo_row)
        form.addRow(_buttons(self, self.tr("Save")))
        self._show_photo()
        self.resize(560, 0)

    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the damage or delivery note"), "",
            self.tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff);;All files (*)"),
        )
        if path:
            self.set_photo(path)

    def set_photo(self, path: str | None) -> None:
        """Use the picture at ``path`` (checked and stored when the dialog is saved)."""
        self.photo_path = path
        self._show_photo()

    def remove_photo(self) -> None:
        self.photo_path = None
        self.keep_photo = False
        self._show_photo()

    def _show_photo(self) -> None:
        self.thumbnail.clear()
        if self.photo_path:
            self.photo_name.setText(Path(self.photo_path).name)
            # QImageReader scales while decoding and keeps Qt's allocation limit: a huge
            # file shows no thumbnail instead of freezing the dialog.
            reader = QImageReader(self.photo_path)
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid() and not size.isEmpty():
                reader.setScaledSize(size.scaled(self.THUMB, self.THUMB, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if image.isNull():
                self.thumbnail.setText(self.tr("no preview"))
            else:
                self.thumbnail.setPixmap(QPixmap.fromImage(image))
        elif self.keep_photo:
            self.photo_name.setText(self.tr("A photo is attached."))
            self.thumbnail.setText("📷")
        else:
            self.photo_name.setText(self.tr("No photo (optional)."))
        self.remove_photo_button.setEnabled(bool(self.photo_path) or self.keep_photo)


class LinkBarcodeDialog(QDialog):
    """An unknown barcode: attach it to one of our products (or set the item aside)."""

    def __init__(self, ctx: AppContext, barcode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Unknown barcode {0}").format(barcode))
        self.finder = ProductSearch(ctx, self.tr("Find the product by SKU or name"))
        self.search, self.table = self.finder.edit, self.finder.table
        self.unit = QRadioButton(self.tr("one unit"))
        self.pack = QRadioButton(self.tr("a pack"))
        self.unit.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.unit)
        group.addButton(self.pack)
        self.pack_quantity = QSpinBox()
        self.pack_quantity.setRange(2, 10000)
        self.pack_quantity.setValue(6)
        note = QLabel(self.tr("The barcode {0} will belong to the chosen product; the scan is then applied.").format(barcode))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("The barcode stands for:"), self.unit)
        form.addRow("", self.pack)
        form.addRow(self.tr("Units in the pack:"), self.pack_quantity)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(_buttons(self, self.tr("Link")))
        self.resize(640, 460)

    def product_id(self) -> int | None:
        return self.finder.product_id()

    def kind_and_quantity(self) -> tuple[str, Decimal]:
        if self.pack.isChecked():
            return "pack", Decimal(self.pack_quantity.value())
        return "unit", Decimal(1)


class LabelsDialog(QDialog):
    """How many labels of each product, and on what: a 58×40 label printer or A4 sheets."""

    def __init__(self, items: list[LabelItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print barcode labels"))
        self.items = items
        self.table = QTableWidget(len(items), 4)
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Price"), self.tr("Labels")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.spins: list[QSpinBox] = []
        for r, item in enumerate(items):
            for c, value in enumerate((item.sku, item.name, format_money(item.price))):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, cell)
            spin = QSpinBox()
            spin.setRange(0, 1000)
            spin.setValue(item.copies)
            self.spins.append(spin)
            self.table.setCellWidget(r, 3, spin)
        self.label_printer = QRadioButton(self.tr("Label printer, 58×40 mm, one label per page"))
        self.a4 = QRadioButton(self.tr("A4 sheets, 3×8 labels of 70×37 mm"))
        self.label_printer.setChecked(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.label_printer)
        layout.addWidget(self.a4)
        layout.addWidget(_buttons(self, self.tr("Make PDF")))
        self.resize(700, 420)

    def layout_code(self) -> str:
        return "a4" if self.a4.isChecked() else "label_58x40"

    def copies(self) -> dict[str, int]:
        return {item.sku: spin.value() for item, spin in zip(self.items, self.spins)}


CHARGE_KINDS = (
    ("freight", QT_TRANSLATE_NOOP("ChargesDialog", "Freight")),
    ("customs", QT_TRANSLATE_NOOP("ChargesDialog", "Customs duty")),
    ("insurance", QT_TRANSLATE_NOOP("ChargesDialog", "Insurance")),
    ("other", QT_TRANSLATE_NOOP("ChargesDialog", "Other")),
)
ALLOCATIONS = (
    (ChargeAllocation.VALUE, QT_TRANSLATE_NOOP("ChargesDialog", "by value")),
    (ChargeAllocation.QUANTITY, QT_TRANSLATE_NOOP("ChargesDialog", "by quantity")),
    (ChargeAllocation.WEIGHT, QT_TRANSLATE_NOOP("ChargesDialog", "by weight")),
)


class ChargesDialog(QDialog):
    """The delivery's landed costs (freight, customs duty, ...), spread into the unit
    costs when the receipt is posted."""

    def __init__(self, charges: list[ChargeView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delivery charges"))
        note = QLabel(self.tr("Charges are spread over the received units when the receipt is posted and raise "
                              "their cost (and the average cost)."))
        note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("charges_table")
        self.table.setHorizontalHeaderLabels([self.tr("Charge"), self.tr("Description"), self.tr("Amount"),
                                              self.tr("Spread")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(2, 100)
        self.table.setColumnWidth(3, 120)
        add = QPushButton(self.tr("Add charge"))
        add.setObjectName("charges_add")
        remove = QPushButton(self.tr("Remove"))
        add.clicked.connect(lambda: self.add_row())
        remove.clicked.connect(self._remove_selected)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(_buttons(self, self.tr("Save")))
        for charge in charges:
            self.add_row(charge.kind, charge.description, format_decimal(charge.amount), charge.allocation)
        self.resize(620, 320)

    def add_row(self, kind: str = "freight", description: str = "", amount: str = "",
                allocation: ChargeAllocation = ChargeAllocation.VALUE) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        kinds = QComboBox()
        for key, title in CHARGE_KINDS:
            kinds.addItem(self.tr(title), key)
        kinds.setCurrentIndex(max(kinds.findData(kind), 0))
        spread = QComboBox()
        for key, title in ALLOCATIONS:
            spread.addItem(self.tr(title), key)
        spread.setCurrentIndex(max(spread.findData(allocation), 0))
        self.table.setCellWidget(r, 0, kinds)
        self.table.setItem(r, 1, QTableWidgetItem(description))
        amount_item = QTableWidgetItem(amount)
        amount_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(r, 2, amount_item)
        self.table.setCellWidget(r, 3, spread)

    def _remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def charges(self) -> list[ChargeInput]:
        result = []
        for r in range(self.table.rowCount()):
            description = self.table.item(r, 1).text() if self.table.item(r, 1) else ""
            amount = self.table.item(r, 2).text() if self.table.item(r, 2) else ""
            result.append(ChargeInput(self.table.cellWidget(r, 0).currentData(), amount,
                                      self.table.cellWidget(r, 3).currentData(), description))
        return result
