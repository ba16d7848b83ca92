"""Suppliers: the list on the left; on the right the chosen supplier's card, how well it
delivers, and its offers (price-list rows) with the price-list import."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...services import suppliers
from ...services.permissions import Permission
from ...services.suppliers import OfferFilter, OfferRow, Performance, SupplierRow
from ..context import AppContext
from ..formatting import format_date, format_money, format_quantity
from ..list_search import ListSearch
from ..messages import error_text, show_error
from ..operations import Changes
from ..paged_model import Index, PagedModel
from ..settings.common import MessageLabel
from .list_panel import empty_label, list_column, record_table
from .pricelist_wizard import PriceListWizard
from .supplier_form import OfferDialog, SupplierForm

MUTED = QColor("#888888")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

#: Periods the performance is measured over: (days back, or None for all time; title).
PERIODS = (
    (90, QT_TRANSLATE_NOOP("SuppliersPage", "Last 3 months")),
    (365, QT_TRANSLATE_NOOP("SuppliersPage", "Last 12 months")),
    (None, QT_TRANSLATE_NOOP("SuppliersPage", "All time")),
)


def _percent(rate: Any) -> str:
    return f"{round(rate * 100)}\u00a0%"


class SuppliersModel(QAbstractTableModel):
    """The supplier list; suppliers are few, so it is read whole."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[SupplierRow] = []

    def set_rows(self, rows: list[SupplierRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Supplier"), self.tr("Offers"), self.tr("Open orders"), self.tr("Price list"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if row.is_active else MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if col in (1, 2) else None
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return "\n".join(v for v in (row.contact_person, row.phone, row.email) if v) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return row.name if row.is_active else self.tr("{0} (archived)").format(row.name)
        if col == 1:
            return str(row.offers) if row.offers else "—"
        if col == 2:
            return str(row.open_orders) if row.open_orders else "—"
        return format_date(row.last_pricelist_update) if row.last_pricelist_update else "—"

    def row_of(self, supplier_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == supplier_id), -1)


OFFER_COLUMNS = (
    QT_TRANSLATE_NOOP("OffersModel", "Supplier SKU"),
    QT_TRANSLATE_NOOP("OffersModel", "Supplier's name"),
    QT_TRANSLATE_NOOP("OffersModel", "Our product"),
    QT_TRANSLATE_NOOP("OffersModel", "Price"),
    QT_TRANSLATE_NOOP("OffersModel", "Pack"),
    QT_TRANSLATE_NOOP("OffersModel", "MOQ"),
    QT_TRANSLATE_NOOP("OffersModel", "Stock"),
    QT_TRANSLATE_NOOP("OffersModel", "Updated"),
)


class OffersModel(PagedModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(
            ctx.read,
            suppliers.offer_ids,
            suppliers.load_offer_rows,
            OfferFilter(),
            parent,
        )
        self.currency = "RUB"

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(OFFER_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OffersModel", OFFER_COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if 3 <= col <= 6 else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row: OfferRow | None = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return MUTED if col == 2 and row.product_id is None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.supplier_name if col == 1 else (f"{row.sku} — {row.name}" if col == 2 and row.sku else None)
        values = (
            row.supplier_sku,
            row.supplier_name,
            f"{row.sku} — {row.name}" if row.product_id else self.tr("not linked"),
            format_money(row.price, self.currency),
            format_quantity(row.pack_size),
            format_quantity(row.min_order_qty),
            format_quantity(row.stock_qty) if row.stock_qty is not None else "—",
            format_date(row.updated_at),
        )
        return values[col]


class PerformanceBox(QGroupBox):
    """On-time and fill rates of the supplier's orders over a chosen period."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.supplier_id: int | None = None
        self.setTitle(self.tr("Delivery performance"))
        self.period = QComboBox()
        self.period.setObjectName("performance_period")
        for days, title in PERIODS:
            self.period.addItem(QCoreApplication.translate("SuppliersPage", title), days)
        self.on_time = QLabel()
        self.on_time.setObjectName("performance_on_time")
        self.delay = QLabel()
        self.delay.setObjectName("performance_delay")
        self.fill = QLabel()
        self.fill.setObjectName("performance_fill")
        for label in (self.on_time, self.delay, self.fill):
            label.setWordWrap(True)
        note = QLabel(self.tr("Measured on sent orders: the first delivery against the expected date, "
                              "and what arrived against what was ordered."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5f6368;")
        form = QFormLayout(self)
        form.addRow(self.tr("Period:"), self.period)
        form.addRow(self.tr("On time:"), self.on_time)
        form.addRow(self.tr("Delays:"), self.delay)
        form.addRow(self.tr("Fill rate:"), self.fill)
        form.addRow(note)
        self.period.currentIndexChanged.connect(self.reload)

    def show_supplier(self, supplier_id: int | None) -> None:
        self.supplier_id = supplier_id
        self.reload()

    def reload(self) -> None:
        if self.supplier_id is None:
            for label in (self.on_time, self.delay, self.fill):
                label.setText("—")
            return
        days = self.period.currentData()
        since = date.today() - timedelta(days=days) if days else None
        try:
            with self.ctx.read() as session:
                perf = suppliers.supplier_performance(session, self.supplier_id, since)
        except BackofficeError as exc:
            show_error(self, exc)
            return
        self.show_performance(perf)

    def show_performance(self, perf: Performance) -> None:
        if perf.on_time_rate is None:
            self.on_time.setText(self.tr("No deliveries against an expected date yet."))
            self.delay.setText("—")
        else:
            self.on_time.setText(self.tr("{0} of {1} orders on time ({2})").format(
                perf.on_time, perf.measured, _percent(perf.on_time_rate)))
            self.delay.setText(
                self.tr("%n order(s) late, by {0} days on average", "", perf.late).format(
                    format_quantity(perf.average_delay_days))
                if perf.average_delay_days is not None else self.tr("none late"))
        if perf.fill_rate is None:
            self.fill.setText(self.tr("No received or closed orders yet."))
        else:
            self.fill.setText(self.tr("{0}: {1} of {2} units ordered arrived (%n order(s))", "",
                                      perf.filled_orders).format(
                _percent(perf.fill_rate), format_quantity(perf.received), format_quantity(perf.ordered)))


class SuppliersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editable = ctx.actor.can(Permission.MANAGE_PURCHASING)
        self.current_id: int | None = None
        self.current_active = True
        self.wizard: PriceListWizard | None = None
        self.model = SuppliersModel(self)

        # --- the list -------------------------------------------------------------
        self.new_button = QPushButton(self.tr("New supplier"))
        self.new_button.setObjectName("new_supplier")
        self.new_button.setVisible(self.editable)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("suppliers_search")
        self.search_edit.setPlaceholderText(self.tr("Name, tax ID, contact, e-mail"))
        self.search_edit.setClearButtonEnabled(True)
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.show_archived.setObjectName("suppliers_show_archived")
        self.count_label = QLabel()
        self.table = record_table(self.model, "suppliers_table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.list_empty = empty_label("suppliers_empty")
        self.list_stack = QStackedLayout()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.list_empty)
        self.status = MessageLabel()
        self.status.setObjectName("suppliers_status")
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.show_archived)
        left = list_column(self.new_button, self.count_label, filters, self.list_stack, self.status)

        # --- the chosen supplier --------------------------------------------------
        self.title = QLabel()
        self.title.setObjectName("supplier_title")
        self.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.title.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import price list…"))
        self.import_button.setObjectName("import_pricelist")
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setObjectName("archive_supplier")
        for button in (self.import_button, self.archive_button):
            button.setVisible(self.editable)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.import_button)
        heading.addWidget(self.archive_button)

        self.form = SupplierForm(ctx)
        self.form.setMaximumWidth(620)
        self.performance = PerformanceBox(ctx)
        self.performance.setMaximumWidth(360)
        details = QWidget()
        details_layout = QHBoxLayout(details)
        details_layout.addWidget(self.form, 3)
        perf_column = QVBoxLayout()
        perf_column.addWidget(self.performance)
        perf_column.addStretch(1)
        details_layout.addLayout(perf_column, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(details)

        self.offers_model = OffersModel(ctx, self)
        self.offers_search = QLineEdit()
        self.offers_search.setObjectName("offers_search")
        self.offers_search.setPlaceholderText(self.tr("Supplier SKU, name, barcode or our SKU"))
        self.offers_search.setClearButtonEnabled(True)
        self.offers_count = QLabel()
        self.offers_count.setObjectName("offers_count")
        self.offers_table = QTableView()
        self.offers_table.setObjectName("offers_table")
        self.offers_table.setModel(self.offers_model)
        self.offers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.offers_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.offers_table.setAlternatingRowColors(True)
        self.offers_table.setWordWrap(False)
        self.offers_table.verticalHeader().hide()
        self.offers_table.verticalHeader().setDefaultSectionSize(24)
        offers_header = self.offers_table.horizontalHeader()
        offers_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 110), (2, 200), (3, 100), (4, 50), (5, 50), (6, 60), (7, 80)):
            self.offers_table.setColumnWidth(col, width)
        self.offers_empty = empty_label("offers_empty")
        self.offers_empty_import = QPushButton(self.tr("Import price list…"))
        self.offers_empty_import.setObjectName("offers_empty_import")
        self.offers_empty_import.setVisible(self.editable)
        empty_box = QWidget()
        empty_layout = QVBoxLayout(empty_box)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.offers_empty)
        empty_layout.addWidget(self.offers_empty_import, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)
        self.offers_stack = QStackedLayout()
        self.offers_stack.addWidget(self.offers_table)
        self.offers_stack.addWidget(empty_box)
        offers = QWidget()
        offers_layout = QVBoxLayout(offers)
        offers_bar = QHBoxLayout()
        offers_bar.addWidget(self.offers_search, 1)
        offers_bar.addWidget(self.offers_count)
        offers_layout.addLayout(offers_bar)
        offers_layout.addLayout(self.offers_stack, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("supplier_tabs")
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(offers, self.tr("Offers"))
        supplier_panel = QWidget()
        panel_layout = QVBoxLayout(supplier_panel)
        panel_layout.setContentsMargins(8, 0, 0, 0)
        panel_layout.addLayout(heading)
        panel_layout.addWidget(self.tabs, 1)
        self.empty_state = empty_label("supplier_empty_state")
        right = QWidget()
        self.right_stack = QStackedLayout(right)
        self.right_stack.addWidget(self.empty_state)
        self.right_stack.addWidget(supplier_panel)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.offers_list_search = ListSearch(
            ctx, self.offers_search, self.offers_count, self.run_offer_search,
            lambda n: self.tr("%n offer(s)", "", n),
        )
        self.search_edit.textChanged.connect(self.reload_list)
        self.show_archived.toggled.connect(self.reload_list)
        self.new_button.clicked.connect(self.new_supplier)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.import_button.clicked.connect(self.choose_pricelist)
        self.offers_empty_import.clicked.connect(self.choose_pricelist)
        self.offers_table.doubleClicked.connect(self.edit_offer)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.form.saved.connect(self._saved)
        self.form.edits["name"].textChanged.connect(self._update_title)
        self.reload_list()
        if self.model.rows:
            self.select_supplier(self.model.rows[0].id)
        else:
            self.show_supplier(None)

    # --- the list -----------------------------------------------------------------
    def reload_list(self) -> None:
        try:
            with self.ctx.read() as session:
                rows = suppliers.supplier_list(session, self.search_edit.text(), self.show_archived.isChecked())
                archived_only = not rows and not self.show_archived.isChecked() and bool(
                    suppliers.supplier_list(session, self.search_edit.text(), include_archived=True))
        except BackofficeError as exc:
            self.status.show_error(error_text(exc))
            return
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n supplier(s)", "", len(rows)))
        if rows:
            self.list_stack.setCurrentIndex(0)
        elif archived_only:
            self.list_empty.setText(self.tr("Only archived suppliers are found; tick “Show archived” to see them."))
            self.list_stack.setCurrentIndex(1)
        elif self.search_edit.text().strip():
            self.list_empty.setText(self.tr("No suppliers match “{0}”.").format(self.search_edit.text().strip()))
            self.list_stack.setCurrentIndex(1)
        else:
            self.list_empty.setText(self.tr("No suppliers yet.") + (
                "\n" + self.tr("Add the first one with “New supplier”.") if self.editable else ""))
            self.list_stack.setCurrentIndex(1)
        self._mark_current()

    def _mark_current(self) -> None:
        """Select the shown supplier in the list without treating it as a new choice."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(self.current_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        selection.blockSignals(False)
        self.table.viewport().update()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()].id if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        target = self.selected_id()
        if target is None or target == self.current_id:
            return
        self.leave_then(lambda: self.show_supplier(target))

    def select_supplier(self, supplier_id: int) -> None:
        """Show ``supplier_id`` (listing it if it is hidden by the search)."""
        if self.model.row_of(supplier_id) < 0 and self.search_edit.text():
            self.search_edit.clear()
        self.show_supplier(supplier_id)

    def leave_then(self, go: Callable[[], None]) -> None:
        """Run ``go`` once the card's unsaved changes are saved or dropped; the user may stay."""
        if not self.form.is_dirty() or self.form.saving:
            go()
            return
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The card of {0} has unsaved changes. Save them?").format(
                self.form.loaded.name or self.tr("the new supplier")),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        self._mark_current()
        if answer == QMessageBox.StandardButton.Discard:
            go()
        elif answer == QMessageBox.StandardButton.Save:
            self.form.save(then=lambda _id: go())

    def can_close(self) -> bool:
        """Asked before the window closes: unsaved edits of the card are never dropped silently."""
        if not self.form.is_dirty():
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The supplier card has unsaved changes. Close anyway and lose them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- one supplier ---------------------------------------------------------------
    def show_supplier(self, supplier_id: int | None) -> None:
        if supplier_id != self.current_id:
            self.status.clear_message()
        if supplier_id is None:
            self.current_id = None
            self.empty_state.setText(
                self.tr("Choose a supplier on the left.") if self.model.rows
                else self.tr("Suppliers, their terms and price lists are kept here.")
                + ("\n" + self.tr("Start with “New supplier”.") if self.editable else ""))
            self.right_stack.setCurrentIndex(0)
            self._mark_current()
            return
        try:
            with self.ctx.read() as session:
                detail = suppliers.supplier_detail(session, supplier_id)
        except BackofficeError as exc:
            show_error(self, exc)
            self.show_supplier(None)
            return
        switching = detail.id != self.current_id
        self.current_id, self.current_active = detail.id, detail.is_active
        if switching or detail.data != self.form.loaded or self.form.supplier_id != detail.id:
            self.form.show_detail(detail)
        self.offers_model.currency = detail.data.currency
        self.archive_button.setText(self.tr("Archive") if detail.is_active else self.tr("Restore"))
        self.import_button.setEnabled(detail.is_active)
        self.offers_empty_import.setEnabled(detail.is_active)
        self.tabs.setTabEnabled(1, True)
        self.performance.setEnabled(True)
        self.performance.show_supplier(detail.id)
        if switching:
            self.offers_search.blockSignals(True)
            self.offers_search.clear()
            self.offers_search.blockSignals(False)
        self.run_offer_search()
        self._update_title()
        self.right_stack.setCurrentIndex(1)
        self._mark_current()

    def new_supplier(self) -> None:
        self.leave_then(self._start_new)

    def _start_new(self) -> None:
        self.current_id, self.current_active = None, True
        self.form.new_supplier()
        self.archive_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.tabs.setCurrentIndex(0)
        self.tabs.setTabEnabled(1, False)
        self.performance.show_supplier(None)
        self.performance.setEnabled(False)
        self._update_title()
        self.right_stack.setCurrentIndex(1)
        self._mark_current()
        self.form.edits["name"].setFocus()

    def _update_title(self) -> None:
        if self.current_id is None:
            self.title.setText(self.tr("New supplier"))
            return
        self.archive_button.setEnabled(True)
        name = self.form.loaded.name
        self.title.setText(name if self.current_active else self.tr("{0} (archived)").format(name))

    def _saved(self, supplier_id: int) -> None:
        self.reload_list()
        self.show_supplier(supplier_id)

    # --- offers -------------------------------------------------------------------
    def run_offer_search(self) -> None:
        if self.current_id is None:
            return
        filt = OfferFilter(self.current_id, self.offers_search.text().strip())
        self.offers_model.search(filt)
        read = self.ctx.read

        def count() -> int:
            with read() as session:
                return suppliers.count_offers(session, filt)

        self.offers_list_search.count(count)
        if self.offers_model.rowCount():
            self.offers_stack.setCurrentIndex(0)
        else:
            self.offers_empty.setText(
                self.tr("No offers match “{0}”.").format(filt.text) if filt.text
                else self.tr("No offers yet. Import the supplier's price list.")
            )
            self.offers_empty_import.setVisible(self.editable and not filt.text)
            self.offers_stack.setCurrentIndex(1)

    def edit_offer(self, index: QModelIndex) -> None:
        row = self.offers_model.row_at(index.row())
        if row is None or not self.editable:
            return
        OfferDialog(self.ctx, row, self.offers_model.currency, self).open()

    # --- actions --------------------------------------------------------------------
    def toggle_archived(self) -> None:
        supplier_id, name, active = self.current_id, self.form.loaded.name, self.current_active
        if supplier_id is None:
            return
        action = suppliers.archive_supplier if active else suppliers.restore_supplier

        def done(_result: None) -> None:
            if active and not self.show_archived.isChecked():
                self.reload_list()
                self.show_supplier(None)
            elif self.current_id == supplier_id:
                self.show_supplier(supplier_id)
            self.status.show_success(self.tr("{0} is archived.").format(name) if active
                                     else self.tr("{0} is restored.").format(name))

        self.ctx.write(lambda s, a: action(s, a, supplier_id), Changes(purchasing=True), done,
                       lambda exc: show_error(self, exc))

    def choose_pricelist(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a price list"), "", self.tr("Price lists (*.xlsx *.csv);;All files (*)"))
        if path:
            self.open_pricelist_wizard(Path(path))

    def open_pricelist_wizard(self, path: Path | None = None) -> PriceListWizard | None:
        """Open the import wizard for the shown supplier (with ``path`` already chosen)."""
        if self.current_id is None:
            return None
        if self.wizard is not None:
            self.wizard.deleteLater()  # one wizard at a time: the closed one goes now
        wizard = self.wizard = PriceListWizard(self.ctx, self.current_id, path, self)
        wizard.applied.connect(lambda _result: self.status.show_success(wizard.result_text()))
        wizard.open()
        return wizard

    def refresh(self, changes: Changes) -> None:
        if not (changes.purchasing or changes.products):
            return
        if changes.purchasing:
            self.reload_list()
            if self.current_id is not None and not self.form.is_dirty() and not self.form.saving:
                self.show_supplier(self.current_id if self.model.row_of(self.current_id) >= 0 else None)
                return
            self.performance.reload()
        self.offers_model.invalidate()
