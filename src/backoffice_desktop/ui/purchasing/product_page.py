"""The buyer's page for one product: find it, see its stock, what is coming, what sold,
who offers it and what we paid, and add it to a supplier's draft order."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...services import catalog, purchase_queries, purchasing
from ...services.buyer_view import OfferView, ProductPurchasing, product_purchasing, suggested_quantity
from ...services.catalog import ProductFilter
from ...services.permissions import Permission
from ...services.purchase_queries import SupplierChoice
from ...services.purchasing import NewLine
from ...services.stock_documents import parse_quantity
from ..context import AppContext
from ..formatting import format_date, format_money, format_quantity
from ..list_search import MIN_TYPED_CHARS
from ..messages import error_text, show_error
from ..operations import Changes
from .list_panel import compact_rows
from .orders_page import state_title
from .suggestion_model import rate_text

SEARCH_DELAY_MS = 200
RESULTS_LIMIT = 100
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CAPTION_STYLE = "color: #666;"
FIGURE_STYLE = "font-size: 18px; font-weight: 600;"
WARNING_STYLE = "color: #b00020;"
SECTION_STYLE = "font-weight: 600; margin-top: 6px;"


def _table(name: str, headers: list[str], numeric: set[int], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    compact_rows(table)
    table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    for col in numeric:
        table.horizontalHeaderItem(col).setTextAlignment(RIGHT)
    table.setProperty("numeric", sorted(numeric))
    return table


def _fill(table: QTableWidget, rows: list[tuple[str, ...]], keys: list[int] | None = None) -> None:
    numeric = set(table.property("numeric") or ())
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c in numeric:
                item.setTextAlignment(RIGHT)
            if keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)


class Section(QWidget):
    """A caption over a table, or over a muted sentence when the table would be empty."""

    def __init__(self, caption: str, table: QTableWidget, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(SECTION_STYLE)
        self.empty = QLabel(empty_text)
        self.empty.setObjectName(table.objectName() + "_empty")
        self.empty.setStyleSheet(CAPTION_STYLE)
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(table, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)

    def fill(self, rows: list[tuple[str, ...]], keys: list[int] | None = None) -> None:
        _fill(self.table, rows, keys)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)


class Figure(QWidget):
    """A caption over a large value, with an optional line of detail under it."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet(CAPTION_STYLE)
        self.value = QLabel()
        self.value.setObjectName(name)
        self.value.setStyleSheet(FIGURE_STYLE)
        self.detail = QLabel()
        self.detail.setStyleSheet(CAPTION_STYLE)
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.detail)

    def show_value(self, value: str, detail: str = "", warning: bool = False) -> None:
        self.value.setText(value)
        self.value.setStyleSheet(FIGURE_STYLE + (WARNING_STYLE if warning else ""))
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))


class AddToOrderDialog(QDialog):
    """Which supplier, which of its drafts (or a new one) and how many."""

    def __init__(self, ctx: AppContext, view: ProductPurchasing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.setWindowTitle(self.tr("Add {0} to an order").format(view.sku))
        self.offers = {offer.supplier_id: offer for offer in reversed(view.offers)}  # the cheapest per supplier
        with ctx.read() as session:
            others = [s for s in purchase_queries.list_suppliers(session) if s.id not in self.offers]
        self.suppliers: dict[int, SupplierChoice | OfferView] = {**self.offers, **{s.id: s for s in others}}
        self.supplier = QComboBox()
        self.supplier.setObjectName("add_supplier")
        for offer in view.offers:
            if self.supplier.findData(offer.supplier_id) < 0:
                self.supplier.addItem(f"{offer.supplier} — {format_money(offer.price, offer.currency)}",
                                      offer.supplier_id)
        if view.offers and others:
            self.supplier.insertSeparator(self.supplier.count())
        for choice in others:
            self.supplier.addItem(choice.name, choice.id)
        self.order = QComboBox()
        self.order.setObjectName("add_order")
        self.quantity = QLineEdit()
        self.quantity.setObjectName("add_quantity")
        self.hint = QLabel()
        self.hint.setObjectName("add_hint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(CAPTION_STYLE)
        self.error = QLabel()
        self.error.setStyleSheet(WARNING_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Supplier:"), self.supplier)
        form.addRow(self.tr("Order:"), self.order)
        form.addRow(self.tr("Quantity, {0}:").format(view.unit), self.quantity)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if self.supplier.count() == 0:
            note = QLabel(self.tr("There are no suppliers yet: add one on the Suppliers page first."))
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.supplier.currentIndexChanged.connect(self._supplier_changed)
        self._supplier_changed()
        self.resize(480, 220)

    def supplier_id(self) -> int | None:
        return self.supplier.currentData()

    def order_id(self) -> int | None:
        """The chosen draft; None for a new one."""
        return self.order.currentData()

    def lead_time_days(self) -> int:
        chosen = self.suppliers.get(self.supplier_id() or 0)
        return chosen.lead_time_days if chosen is not None else 0

    def _supplier_changed(self) -> None:
        supplier_id = self.supplier_id()
        self.order.clear()
        if supplier_id is None:
            return
        with self.ctx.read() as session:
            drafts = purchase_queries.draft_orders_of(session, supplier_id)
        for order_id, number in drafts:
            self.order.addItem(self.tr("Draft {0}").format(number), order_id)
        self.order.addItem(self.tr("A new draft order"), None)
        offer = self.offers.get(supplier_id)
        self.quantity.setText(format_quantity(suggested_quantity(self.view, offer)))
        if offer is None:
            self.hint.setText(self.tr("This supplier has no offer for the product: the line gets no price until "
                                      "you set one on the order."))
            return
        stock = format_quantity(offer.stock) if offer.stock is not None else self.tr("unknown")
        self.hint.setText(self.tr("Price {0}, packs of {1}, minimum order {2}, supplier stock {3}, "
                                  "lead time {4} days. Suggested: 30 days of sales and the safety stock, less what is "
                                  "in stock and coming, in whole packs.").format(
            format_money(offer.price, offer.currency), format_quantity(offer.pack_size),
            format_quantity(offer.min_order_qty), stock, offer.lead_time_days))

    def quantity_value(self) -> Decimal:
        return parse_quantity(self.quantity.text())

    def accept(self) -> None:
        if self.supplier_id() is None:
            self.error.setText(self.tr("Choose a supplier first."))
            return
        try:
            quantity = self.quantity_value()
        except BackofficeError as exc:
            self.error.setText(error_text(exc))
            return
        if quantity <= 0:
            self.error.setText(self.tr("Type a quantity above zero, e.g. 12."))
            return
        super().accept()


class ProductPage(QWidget):
    """Search on the left; the chosen product's purchasing figures on the right."""

    order_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product_id: int | None = None
        self.view: ProductPurchasing | None = None

        self.search = QLineEdit()
        self.search.setObjectName("buyer_search")
        self.search.setPlaceholderText(self.tr("SKU, barcode or name"))
        self.search.setClearButtonEnabled(True)
        self.results = _table("buyer_results", [self.tr("SKU"), self.tr("Name")], set(), 1)
        self.results.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.results.setColumnWidth(0, 90)
        self.results_note = QLabel()
        self.results_note.setObjectName("buyer_results_note")
        self.results_note.setWordWrap(True)
        self.results_note.setStyleSheet(CAPTION_STYLE)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DELAY_MS)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.results_note)

        self.title = QLabel()
        self.title.setObjectName("buyer_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("buyer_subtitle")
        self.subtitle.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to order…"))
        self.add_button.setObjectName("buyer_add")
        self.add_button.setVisible(ctx.actor.can(Permission.MANAGE_PURCHASING))
        self.figures = {
            "on_hand": Figure("buyer_on_hand", self.tr("On hand")),
            "reserved": Figure("buyer_reserved", self.tr("Reserved")),
            "available": Figure("buyer_available", self.tr("Available to sell")),
            "on_order": Figure("buyer_on_order", self.tr("On order")),
            "sold_30": Figure("buyer_sold_30", self.tr("Sold, 30 days")),
            "sold_90": Figure("buyer_sold_90", self.tr("Sold, 90 days")),
            "safety": Figure("buyer_safety", self.tr("Safety stock")),
            "lead_time": Figure("buyer_lead_time", self.tr("Lead time")),
        }
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for i, figure in enumerate(self.figures.values()):
            grid.addWidget(figure, i // 4, i % 4, Qt.AlignmentFlag.AlignTop)
        self.offers = Section(self.tr("Supplier offers"), _table("buyer_offers", [
            self.tr("Supplier"), self.tr("Supplier SKU"), self.tr("Price"), self.tr("Pack"), self.tr("Min. order"),
            self.tr("Supplier stock"), self.tr("Lead time, d"), self.tr("Updated"),
        ], {2, 3, 4, 5, 6}, 0), self.tr("No active supplier lists this product: import a price list on the "
                                       "Suppliers page, or add it to an order by hand."))
        self.purchases = Section(self.tr("Last purchase prices"), _table("buyer_purchases", [
            self.tr("Received"), self.tr("Supplier"), self.tr("Receipt"), self.tr("Price"), self.tr("Qty"),
        ], {3, 4}, 1), self.tr("Not received from any supplier yet."))
        self.orders = Section(self.tr("Open orders and drafts"), _table("buyer_orders", [
            self.tr("Order"), self.tr("Supplier"), self.tr("State"), self.tr("Expected"), self.tr("Outstanding"),
        ], {4}, 1), self.tr("Nothing on order."))
        self.orders.table.setToolTip(self.tr("Double-click an order to open it"))

        head = QHBoxLayout()
        head_text = QVBoxLayout()
        head_text.addWidget(self.title)
        head_text.addWidget(self.subtitle)
        head.addLayout(head_text, 1)
        head.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(head)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        body_layout.addWidget(rule)
        body_layout.addLayout(grid)
        body_layout.addWidget(self.offers, 2)
        lower = QHBoxLayout()
        lower.addWidget(self.purchases, 1)
        lower.addWidget(self.orders, 1)
        body_layout.addLayout(lower, 3)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.empty_state = QLabel(self.tr("Find a product on the left to see its stock, sales, supplier offers "
                                          "and the prices paid lately."))
        self.empty_state.setObjectName("buyer_empty_state")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setStyleSheet("color: #555; font-size: 14px; padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_state)
        self.stack.addWidget(scroll)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setSizes([320, 1040])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(self._text_changed)
        self.search.returnPressed.connect(self.run_search)
        self.debounce.timeout.connect(self.run_search)
        self.results.itemSelectionChanged.connect(self._result_chosen)
        self.orders.table.doubleClicked.connect(self._order_double_clicked)
        self.add_button.clicked.connect(self.add_to_order)

    # --- finding ---------------------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        """Search after a pause from the third character on (fewer match half the catalog); Enter searches any."""
        typed = len("".join(text.split()))
        if typed == 0 or typed >= MIN_TYPED_CHARS:
            self.debounce.start()
        else:
            self.debounce.stop()

    def run_search(self) -> None:
        self.debounce.stop()
        text = self.search.text().strip()
        rows: list[catalog.ProductRow] = []
        if text:
            with self.ctx.read() as session:
                ids = catalog.search_product_ids(session, ProductFilter(text=text), limit=RESULTS_LIMIT)
                found = catalog.load_product_rows(session, ids)
            rows = [found[i] for i in ids if i in found]
        self.results.blockSignals(True)
        _fill(self.results, [(row.sku, row.name) for row in rows], [row.id for row in rows])
        self.results.blockSignals(False)
        if not text:
            self.results_note.setText("")
        elif not rows:
            self.results_note.setText(self.tr("Nothing found for “{0}”.").format(text))
        else:
            self.results_note.setText(self.tr("%n product(s) found", "", len(rows)) if len(rows) < RESULTS_LIMIT
                                      else self.tr("The first {0} matches; type more to narrow.").format(RESULTS_LIMIT))
        if len(rows) == 1:
            self.results.selectRow(0)

    def _result_chosen(self) -> None:
        items = self.results.selectedItems()
        if items:
            self.show_product(items[0].data(Qt.ItemDataRole.UserRole))

    # --- showing ---------------------------------------------------------------------------

    def show_product(self, product_id: int) -> None:
        self.product_id = product_id
        self.reload()

    def reload(self) -> None:
        if self.product_id is None:
            return
        try:
            with self.ctx.read() as session:
                self.view = product_purchasing(session, self.product_id)
        except BackofficeError as exc:
            self.product_id, self.view = None, None
            self.stack.setCurrentWidget(self.empty_state)
            show_error(self, exc)
            return
        self._fill(self.view)
        self.stack.setCurrentIndex(1)

    def _fill(self, view: ProductPurchasing) -> None:
        q, unit = format_quantity, view.unit
        self.title.setText(f"{view.sku} — {view.name}")
        notes = [self.tr("Unit: {0}.").format(unit)]
        if not view.reorder_enabled:
            notes.append(self.tr("Left out of the reorder suggestions."))
        if view.below_safety_stock:
            notes.append(self.tr("Below the safety stock, counting what is coming."))
        self.subtitle.setText(" ".join(notes))
        self.subtitle.setStyleSheet(WARNING_STYLE if view.below_safety_stock else "")
        bins = ", ".join(f"{b.code}: {q(b.quantity)}" for b in view.bins)
        self.figures["on_hand"].show_value(q(view.on_hand), bins, warning=view.on_hand < 0)
        self.figures["reserved"].show_value(q(view.reserved))
        self.figures["available"].show_value(q(view.available))
        drafts = self.tr("+ {0} on drafts").format(q(view.in_drafts)) if view.in_drafts else ""
        self.figures["on_order"].show_value(q(view.on_order), drafts)
        self.figures["sold_30"].show_value(q(view.sold_30), self.tr("{0} a day").format(rate_text(view.sold_30 / 30)))
        self.figures["sold_90"].show_value(q(view.sold_90), self.tr("{0} a day").format(rate_text(view.sold_90 / 90)))
        self.figures["safety"].show_value(q(view.safety_stock), self.tr("reorder on") if view.reorder_enabled
                                          else self.tr("reorder off"), warning=view.below_safety_stock)
        lead = view.lead_times
        if lead is None:
            self.figures["lead_time"].show_value("—", self.tr("nobody offers it"))
        else:
            days = str(lead[0]) if lead[0] == lead[1] else f"{lead[0]}–{lead[1]}"
            self.figures["lead_time"].show_value(self.tr("{0} d").format(days))
        self.offers.fill([(o.supplier, o.supplier_sku, format_money(o.price, o.currency), q(o.pack_size),
                             q(o.min_order_qty), q(o.stock) if o.stock is not None else "—", str(o.lead_time_days),
                             format_date(o.updated_at)) for o in view.offers])
        self.purchases.fill([(format_date(p.posted_at), p.supplier, p.receipt_number,
                                format_money(p.unit_cost.quantize(Decimal("0.01")), p.currency), q(p.quantity))
                               for p in view.purchases])
        self.orders.fill([(o.number, o.supplier, state_title(o.state),
                             format_date(o.expected_date) if o.expected_date else "—", q(o.outstanding))
                            for o in view.orders], [o.order_id for o in view.orders])

    def _order_double_clicked(self, index: QModelIndex) -> None:
        item = self.orders.table.item(index.row(), 0)
        if item is not None:
            self.order_requested.emit(item.data(Qt.ItemDataRole.UserRole))

    # --- ordering --------------------------------------------------------------------------

    def add_to_order(self) -> None:
        view = self.view
        if view is None:
            return
        dialog = AddToOrderDialog(self.ctx, view, self)
        if not dialog.exec():
            return
        product_id, supplier_id, order_id = view.product_id, dialog.supplier_id(), dialog.order_id()
        quantity = dialog.quantity_value()
        expected = date.today() + timedelta(days=dialog.lead_time_days())
        assert supplier_id is not None

        def add(session, actor) -> tuple[int, str]:  # noqa: ANN001 - (Session, Actor)
            target = order_id
            if target is None:
                target = purchasing.create_order(session, actor, supplier_id, [NewLine(product_id, quantity)],
                                                 expected_date=expected)
            else:
                purchasing.add_line(session, actor, target, product_id, quantity)
            return target, purchase_queries.load_order_rows(session, [target])[target].number

        self.ctx.write(add, Changes(purchasing=True), lambda result: self._added(quantity, *result),
                       lambda exc: show_error(self, exc))

    def _added(self, quantity: Decimal, order_id: int, number: str) -> None:
        self.reload()
        view = self.view
        unit = view.unit if view is not None else ""
        answer = QMessageBox.question(self, self.tr("Added to the order"), self.tr(
            "{0} {1} added to order {2}. Open the order?").format(format_quantity(quantity), unit, number))
        if answer == QMessageBox.StandardButton.Yes:
            self.order_requested.emit(order_id)

    def refresh(self, changes: Changes) -> None:
        if self.view is not None and (changes.purchasing or changes.stock or changes.products):
            self.reload()
