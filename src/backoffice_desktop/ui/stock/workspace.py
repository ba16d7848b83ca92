"""Stock: levels by product and bin with filters, the ledger of the selected product,
and the documents that change stock (adjustments, write-offs, transfers, counts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import catalog, stock_queries
from ...services.stock_queries import StockFilter
from ..context import AppContext
from ..list_search import ListSearch, keep_sort_indicator
from ..operations import Changes
from .ledger_view import LedgerView
from .levels_model import COLUMNS, StockLevelsModel



class StockWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = StockLevelsModel(ctx.read, self)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("stock_search")
        self.search_edit.setPlaceholderText(self.tr("Search by SKU, barcode or name"))
        self.search_edit.setClearButtonEnabled(True)
        self.category_combo = QComboBox()
        self.category_combo.setMinimumWidth(200)
        self.bin_combo = QComboBox()
        self.bin_combo.setMinimumWidth(150)
        self.per_product = QCheckBox(self.tr("Totals per product"))
        self.zero = QCheckBox(self.tr("Zero"))
        self.negative = QCheckBox(self.tr("Negative"))
        self.below_reorder = QCheckBox(self.tr("Below reorder point"))
        self.count_label = QLabel()
        self.count_label.setObjectName("stock_count")

        self.table = QTableView()
        self.table.setObjectName("stock_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 110), (2, 90), (3, 90), (4, 80), (5, 85), (6, 110), (7, 110)):
            self.table.setColumnWidth(col, width)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("stock_empty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #555; font-size: 14px; padding: 24px;")
        self.table_stack = QStackedLayout()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty_label)
        holder = QWidget()
        holder.setLayout(self.table_stack)

        self.ledger = LedgerView(ctx)
        self.actions = self._build_actions()

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        filters.addWidget(self.category_combo, 1)
        filters.addWidget(self.bin_combo)
        filters.addWidget(self.per_product)
        filters.addWidget(self.zero)
        filters.addWidget(self.negative)
        filters.addWidget(self.below_reorder)
        filters.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(holder)
        splitter.addWidget(self.ledger)
        splitter.setSizes([520, 220])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(self.actions)
        layout.addWidget(splitter, 1)

        self.search = ListSearch(
            ctx, self.search_edit, self.count_label, self.run_search, lambda n: self.tr("%n row(s)", "", n)
        )
        for combo in (self.category_combo, self.bin_combo):
            combo.currentIndexChanged.connect(self.run_search)
        for box in (self.per_product, self.zero, self.negative, self.below_reorder):
            box.toggled.connect(self.run_search)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sort_indicator)
        self._load_choices()
        self.run_search()

    def _build_actions(self) -> QHBoxLayout:
        """Buttons for the stock documents; see :mod:`.documents`."""
        from .documents import DocumentActions

        self.document_actions = DocumentActions(self)
        return self.document_actions.layout_row

    def _load_choices(self) -> None:
        with self.ctx.read() as session:
            categories = catalog.list_categories(session)
            bins = stock_queries.list_bins(session)
        for combo, items, everything in (
            (self.category_combo, [(c.id, "    " * c.depth + c.name) for c in categories], self.tr("All categories")),
            (self.bin_combo, [(b.id, b.code) for b in bins], self.tr("All bins")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for item_id, title in items:
                combo.addItem(title, item_id)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def current_filter(self) -> StockFilter:
        return StockFilter(
            text=self.search_edit.text(),
            category_id=self.category_combo.currentData(),
            location_id=self.bin_combo.currentData(),
            zero=self.zero.isChecked(),
            negative=self.negative.isChecked(),
            below_reorder=self.below_reorder.isChecked(),
            per_product=self.per_product.isChecked(),
            sort=self.model.filter.sort,
            descending=self.model.filter.descending,
        )

    def run_search(self) -> None:
        self.model.search(self.current_filter())
        filt, read = self.model.filter, self.ctx.read

        def count() -> int:
            with read() as session:
                return stock_queries.count_stock_levels(session, filt)

        self.search.count(count)
        if self.model.rowCount():
            self.table_stack.setCurrentIndex(0)
        else:
            self.empty_label.setText(
                self.tr("Nothing in stock matches this selection.")
                if self.search_edit.text().strip() or self.bin_combo.currentData() or self.category_combo.currentData()
                or self.zero.isChecked() or self.negative.isChecked() or self.below_reorder.isChecked()
                else self.tr("No stock yet: goods arrive through Intake.")
            )
            self.table_stack.setCurrentIndex(1)
        self._selection_changed()

    def _keep_sort_indicator(self, _column: int, _order: Qt.SortOrder) -> None:
        keys = [key for _title, key in COLUMNS]
        current = keys.index(self.model.filter.sort)
        keep_sort_indicator(self.table.horizontalHeader(), [k is not None for k in keys], current,
                            self.model.filter.descending)

    def selected_row(self) -> stock_queries.StockRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        row = self.selected_row()
        self.document_actions.selection_changed(row)
        if row is None:
            self.ledger.show_product(None)
        else:
            where = f" — {row.location_code}" if row.location_code else ""
            self.ledger.show_product(row.product_id, f"{row.sku} {row.name}{where}", row.location_id)

    def refresh(self, changes: Changes) -> None:
        if changes.stock:
            # Moves can add or empty rows: query again, keeping the selected row if it's there.
            selected = self.selected_row()
            self.run_search()
            if selected is not None:
                self.model.select_key((selected.product_id, selected.location_id), self.table)
        elif changes.products:
            self.model.invalidate()
            self._selection_changed()
