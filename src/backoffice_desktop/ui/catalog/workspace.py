"""Catalog: find products by SKU, barcode or name; see a product's details and stock."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...services import catalog, completeness
from ...services.catalog import ProductFilter
from ...services.permissions import Permission
from ..context import AppContext
from ..formatting import format_money, format_quantity
from ..messages import show_error
from ..list_search import ListSearch, keep_sort_indicator
from ..operations import Changes
from .attribute_set_dialog import AttributeSetDialog
from .card import ProductCardWindow
from .completeness_text import channel_title
from .photos_panel import PhotosDialog
from .list_actions import ListActions
from .list_filters import ListFilters
from .product_model import COLUMNS, ProductTableModel



class ProductDetailsPanel(QGroupBox):
    def __init__(self, show_cost: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Product"))
        self.show_cost = show_cost
        self.name = QLabel()
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, title in (
            ("sku", self.tr("SKU:")),
            ("barcodes", self.tr("Barcodes:")),
            ("category", self.tr("Category:")),
            ("brand", self.tr("Brand:")),
            ("price", self.tr("Price:")),
            ("cost", self.tr("Average cost:")),
            ("website", self.tr("Website:")),
            ("stock", self.tr("Stock:")),
        ):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = label
            if key == "cost" and not show_cost:
                continue
            form.addRow(title, label)
        self.hint = QLabel(self.tr("Select a product to see its details."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setStyleSheet("color: #777;")
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.name)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(body)

    def show_details(self, details: catalog.ProductDetails | None) -> None:
        if details is None:
            self.stack.setCurrentIndex(0)
            return
        row = details.row
        self.name.setText(row.name)
        self.fields["sku"].setText(row.sku)
        codes = []
        for code, kind, qty in details.barcodes:
            codes.append(code if kind == "unit" else self.tr("{0} (pack of {1})").format(code, format_quantity(qty)))
        self.fields["barcodes"].setText("\n".join(codes) or "—")
        self.fields["category"].setText(row.category or "—")
        self.fields["brand"].setText(row.brand or "—")
        price = format_money(row.retail_price)
        if details.compare_at_price:
            price += "  " + self.tr("(was {0})").format(format_money(details.compare_at_price))
        self.fields["price"].setText(price)
        self.fields["cost"].setText(format_money(details.average_cost.quantize(Decimal("0.01"))))
        self.fields["website"].setText(self.tr("published") if row.is_published else self.tr("hidden"))
        lines = [f"{s.location_code}: {format_quantity(s.quantity)}" for s in details.stock]
        self.fields["stock"].setText("\n".join(lines) or self.tr("none"))
        self.stack.setCurrentIndex(1)


class CatalogWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ProductTableModel(ctx.read, self)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("catalog_search")
        self.search_edit.setPlaceholderText(self.tr("Search by SKU, barcode or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("catalog_category")
        self.category_combo.setMinimumWidth(220)
        self.attributes_button = QPushButton(self.tr("Attributes of this category…"))
        self.attributes_button.setObjectName("catalog_category_attributes")
        self.attributes_button.setToolTip(
            self.tr("The fields product cards of this category show on the Attributes tab"))
        self.attributes_button.setVisible(ctx.actor.can(Permission.EDIT_PRODUCTS))
        self.attributes_button.setEnabled(False)
        self.attributes_button.clicked.connect(self.open_attribute_set)
        #: The open attribute-set dialog, if any.
        self.attribute_dialog: AttributeSetDialog | None = None
        self.published_combo = QComboBox()
        self.published_combo.addItem(self.tr("All products"), None)
        self.published_combo.addItem(self.tr("Published"), True)
        self.published_combo.addItem(self.tr("Hidden"), False)
        self.completeness_combo = QComboBox()
        self.completeness_combo.setObjectName("catalog_completeness")
        self.completeness_combo.addItem(self.tr("Any completeness"), None)
        with ctx.read() as session:
            for channel in completeness.channels(session):
                self.completeness_combo.addItem(self.tr("Incomplete for {0}").format(channel_title(channel)), channel)
        self.more_filters = ListFilters()
        self.count_label = QLabel()
        self.count_label.setObjectName("catalog_count")

        self.table = QTableView()
        self.table.setObjectName("catalog_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 95), (2, 110), (3, 125), (4, 90), (5, 85), (6, 70), (7, 95), (8, 100)):
            self.table.setColumnWidth(col, width)
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("catalog_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 14px; padding: 24px;")
        self.table_stack = QStackedLayout()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)
        table_holder = QWidget()
        table_holder.setLayout(self.table_stack)

        self.details = ProductDetailsPanel(ctx.actor.can(Permission.EDIT_PRICES))
        self.price_button = QPushButton(self.tr("Change price…"))
        self.price_button.setObjectName("catalog_change_price")
        self.price_button.setVisible(ctx.actor.can(Permission.EDIT_PRICES))
        self.price_button.setEnabled(False)
        self.price_button.clicked.connect(self.change_price)
        self.open_button = QPushButton(self.tr("Open card"))
        self.open_button.setObjectName("catalog_open_card")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.new_button = QPushButton(self.tr("New product"))
        self.new_button.setObjectName("catalog_new_product")
        self.new_button.setVisible(ctx.actor.can(Permission.EDIT_PRODUCTS))
        self.new_button.clicked.connect(lambda: self.open_card(None))
        #: Open card windows by product id (None: a new product not saved yet).
        self.cards: dict[int | None, ProductCardWindow] = {}
        self.photos_button = QPushButton(self.tr("Photos…"))
        self.photos_button.setObjectName("catalog_photos")
        self.photos_button.setEnabled(False)
        self.photos_button.clicked.connect(self.open_photos)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        side_layout.addWidget(self.open_button)
        side_layout.addWidget(self.photos_button)
        side_layout.addWidget(self.price_button)

        splitter = QSplitter()
        splitter.addWidget(table_holder)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([1040, 240])

        # Search on the first row, the filters on the second: in one row the Russian
        # filter captions squeezed the search box down to a letter or two.
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.count_label)
        bar.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.attributes_button)
        filters.addWidget(self.published_combo)
        filters.addWidget(self.completeness_combo)
        filters.addWidget(self.more_filters)
        filters.addStretch(0)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        self.list_actions = ListActions(ctx, self.selected_product_ids, self.current_filter)
        layout.addWidget(self.list_actions)

        self.search = ListSearch(
            ctx, self.search_edit, self.count_label, self.run_search, lambda n: self.tr("%n product(s)", "", n)
        )
        self.category_combo.currentIndexChanged.connect(self.run_search)
        self.category_combo.currentIndexChanged.connect(
            lambda _i: self.attributes_button.setEnabled(self.category_combo.currentData() is not None))
        self.published_combo.currentIndexChanged.connect(self.run_search)
        self.completeness_combo.currentIndexChanged.connect(self.run_search)
        self.more_filters.changed.connect(self.run_search)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.open_selected())  # double-click or Enter

        self._load_categories()
        self.run_search()

    def _load_categories(self) -> None:
        with self.ctx.read() as session:
            choices = catalog.list_categories(session)
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for choice in choices:
            self.category_combo.addItem("    " * choice.depth + choice.name, choice.id)
        index = self.category_combo.findData(current)
        self.category_combo.setCurrentIndex(max(index, 0))
        self.category_combo.blockSignals(False)
        with self.ctx.read() as session:
            self.more_filters.load_brands(session)

    def current_filter(self) -> ProductFilter:
        return ProductFilter(
            text=self.search_edit.text(),
            category_id=self.category_combo.currentData(),
            published=self.published_combo.currentData(),
            incomplete_for=self.completeness_combo.currentData(),
            **self.more_filters.values(),
            sort=self.model.filter.sort,
            descending=self.model.filter.descending,
        )

    def run_search(self) -> None:
        self.model.search(self.current_filter())
        filt, read = self.model.filter, self.ctx.read

        def count() -> int:
            with read() as session:
                return catalog.count_products(session, filt)

        self.search.count(count)
        if self.model.rowCount():
            self.table_stack.setCurrentIndex(0)
        else:
            filt = self.model.filter
            if filt.text.strip():
                self.empty_label.setText(self.tr("No products match “{0}”.").format(filt.text.strip()))
            elif (filt.category_id is not None or filt.published is not None or filt.incomplete_for is not None
                  or self.more_filters.narrowed()):
                self.empty_label.setText(self.tr("No products in this selection."))
            else:
                self.empty_label.setText(
                    self.tr("The catalog is empty.\nProducts arrive with price lists and receipts; "
                            "to try the application, fill a store with 'backoffice demo'.")
                )
            self.table_stack.setCurrentIndex(1)
        self._selection_changed()

    def _keep_sort_indicator(self, _column: int, _order: Qt.SortOrder) -> None:
        keys = [key for _title, key in COLUMNS]
        current = keys.index(self.model.filter.sort)
        keep_sort_indicator(self.table.horizontalHeader(), [k is not None for k in keys], current,
                            self.model.filter.descending)

    def selected_product_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.product_id(rows[0].row()) if rows else None

    def selected_product_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [pid for pid in (self.model.product_id(row) for row in rows) if pid is not None]

    def _selection_changed(self, *_args: QItemSelection) -> None:
        pid = self.selected_product_id()
        self.price_button.setEnabled(pid is not None)
        self.open_button.setEnabled(pid is not None)
        self.photos_button.setEnabled(pid is not None)
        if pid is None:
            self.details.show_details(None)
            return
        try:
            with self.ctx.read() as session:
                self.details.show_details(catalog.product_details(session, pid))
        except BackofficeError as exc:
            self.details.show_details(None)
            show_error(self, exc)

    def open_selected(self) -> None:
        pid = self.selected_product_id()
        if pid is not None:
            self.open_card(pid)

    def open_card(self, product_id: int | None) -> ProductCardWindow | None:
        """Show the card of a product (or a new one, in the category the list shows); an
        open card is brought to the front."""
        window = self.cards.get(product_id)
        if window is None:
            try:
                window = ProductCardWindow(self.ctx, product_id, self, self.category_combo.currentData())
            except BackofficeError as exc:
                show_error(self, exc)
                return None
            self.cards[product_id] = window
            window.product_loaded.connect(lambda pid, w=window: self._card_saved(w, pid))
            window.destroyed.connect(lambda _obj=None, w=window: self._forget(w))
            window.show()
        else:
            window.showNormal()
            window.raise_()
        window.activateWindow()
        return window

    def _card_saved(self, window: ProductCardWindow, product_id: int) -> None:
        if self.cards.get(None) is window:
            del self.cards[None]  # a new product got its id: the list searches again to show it
            self.cards[product_id] = window
            self.run_search()

    def _forget(self, window: ProductCardWindow) -> None:
        for key, open_window in list(self.cards.items()):
            if open_window is window:
                del self.cards[key]

    def can_close(self) -> bool:
        """Asked before the main window closes: each open card asks about unsaved edits."""
        return all(window.close() for window in list(self.cards.values()))
    def open_photos(self) -> None:
        """The selected product's photos in a dialog (until the card editor shows them)."""
        pid = self.selected_product_id()
        if pid is None:
            return
        dialog = PhotosDialog(self.ctx, pid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exec()

    def open_attribute_set(self) -> None:
        """Edit the attribute set of the category the list is filtered by."""
        category_id = self.category_combo.currentData()
        if category_id is None:
            return
        dialog = AttributeSetDialog(self.ctx, category_id, self.category_combo.currentText().strip(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.attribute_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "attribute_dialog", None))
        dialog.open()

    def change_price(self) -> None:
        pid = self.selected_product_id()
        row = self.model.row_at(self.table.currentIndex().row()) if pid is not None else None
        if row is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Change price"),
            self.tr("New retail price of {0} ({1}):").format(row.sku, format_money(row.retail_price)),
            text=format(row.retail_price, "f"),
        )
        if ok:
            self.apply_price(row.id, row.version, text)

    def apply_price(self, product_id: int, version: int, text: str) -> None:
        try:
            price = catalog.parse_money(text)
        except BackofficeError as exc:
            show_error(self, exc)
            return
        self.ctx.write(
            lambda s, a: catalog.set_retail_price(s, a, product_id, price, version),
            Changes(products=True),
            on_failure=lambda exc: show_error(self, exc),
        )

    def refresh(self, changes: Changes) -> None:
        if changes.products or changes.stock:
            selected = self.selected_product_id()
            self.model.invalidate()
            if changes.products:
                self._load_categories()
                self.list_actions.refresh()
            if selected is not None:
                self._selection_changed()
