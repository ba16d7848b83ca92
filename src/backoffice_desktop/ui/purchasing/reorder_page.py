"""Reorder suggestions: what to buy, how much and from whom, grouped per supplier.

The calculation (:func:`services.reorder.compute_suggestions`) runs on a worker; the
result is shown as a tree of supplier groups over its lines (``suggestion_model``),
where the buyer ticks lines, changes quantities and turns a group into a draft purchase
order.
"""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...services import catalog, purchase_queries, reorder
from ...services.permissions import Permission
from ...services.reorder import ReorderParams, ReorderResult, Stage, SuggestionLine, SupplierGroup
from ..context import AppContext
from ..formatting import format_date, format_decimal
from ..messages import error_text, show_error
from ..operations import Changes
from .list_panel import EMPTY_STYLE
from .suggestion_model import (
    COL_AMOUNT,
    COL_NAME,
    COL_ON_HAND,
    COL_ON_ORDER,
    COL_PRICE,
    COL_QTY,
    COL_RATE,
    COL_REORDER_POINT,
    COL_RESERVED,
    COL_SKU,
    COL_SUPPLIER_STOCK,
    SuggestionModel,
)

ERROR_STYLE = "color: #b00020; font-size: 14px; padding: 24px;"
NOTE_STYLE = "color: #b00020;"
#: Above this many lines the groups start collapsed: expanding 100 000 rows takes seconds.
EXPAND_LIMIT = 5000


class ReorderPage(QWidget):
    """Parameters, the Calculate button, the suggestions tree and the selected line's reasoning."""

    order_created = Signal(int)
    product_requested = Signal(int)
    progress = Signal(int, int, str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = SuggestionModel(self)
        self.result: ReorderResult | None = None
        self._generation = 0
        self._own_change = False

        self.window_spin = QSpinBox()
        self.window_spin.setObjectName("reorder_window")
        self.window_spin.setRange(1, 730)
        self.window_spin.setValue(ReorderParams.window_days)
        self.window_spin.setSuffix(self.tr(" d"))
        self.window_spin.setToolTip(self.tr("Sales over this many days set the pace; days out of stock are left out"))
        self.cover_spin = QSpinBox()
        self.cover_spin.setObjectName("reorder_cover")
        self.cover_spin.setRange(0, 365)
        self.cover_spin.setValue(ReorderParams.cover_days)
        self.cover_spin.setSuffix(self.tr(" d"))
        self.cover_spin.setToolTip(self.tr("Order enough for this many days of sales beyond the reorder point"))
        self.supplier_combo = QComboBox()
        self.supplier_combo.setObjectName("reorder_supplier")
        self.category_combo = QComboBox()
        self.category_combo.setObjectName("reorder_category")
        self.only_needed = QCheckBox(self.tr("Only what needs ordering"))
        self.only_needed.setObjectName("reorder_only_needed")
        self.only_needed.setChecked(True)
        self.calculate_button = QPushButton(self.tr("Calculate"))
        self.calculate_button.setObjectName("reorder_calculate")
        self.calculate_button.setDefault(True)
        self.busy = QProgressBar()
        self.busy.setObjectName("reorder_busy")
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("reorder_status")

        self.tree = QTreeView()
        self.tree.setObjectName("reorder_tree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col, width in ((COL_SKU, 84), (COL_ON_HAND, 70), (COL_RESERVED, 72), (COL_ON_ORDER, 80), (COL_RATE, 72),
                           (COL_REORDER_POINT, 96), (COL_QTY, 78), (COL_PRICE, 84), (COL_AMOUNT, 104),
                           (COL_SUPPLIER_STOCK, 100)):
            self.tree.setColumnWidth(col, max(width, header.sectionSizeHint(col)))  # longer titles in Russian
        self.empty = QLabel()
        self.empty.setObjectName("reorder_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)

        self.group_title = QLabel()
        self.group_title.setObjectName("reorder_group_title")
        self.group_title.setStyleSheet("font-weight: 600;")
        self.group_note = QLabel()
        self.group_note.setObjectName("reorder_group_note")
        self.group_note.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create draft order"))
        self.create_button.setObjectName("reorder_create")
        self.product_button = QPushButton(self.tr("Product page"))
        self.product_button.setObjectName("reorder_product")
        self.product_button.setToolTip(self.tr("Stock, sales, offers and last prices of this product "
                                               "(or double-click the line)"))
        self.reason = QLabel()
        self.reason.setObjectName("reorder_reason")
        self.reason.setWordWrap(True)
        self.reason.setTextFormat(Qt.TextFormat.PlainText)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        params = QHBoxLayout()
        for label, widget in ((self.tr("Sales window:"), self.window_spin), (self.tr("Cover:"), self.cover_spin),
                              (self.tr("Supplier:"), self.supplier_combo), (self.tr("Category:"), self.category_combo)):
            params.addWidget(QLabel(label))
            params.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)
        params.addWidget(self.only_needed)
        params.addWidget(self.calculate_button)
        status_row = QHBoxLayout()
        status_row.addWidget(self.busy)
        status_row.addWidget(self.status, 1)

        detail = QFrame()
        detail.setObjectName("reorder_detail")
        detail.setFrameShape(QFrame.Shape.StyledPanel)
        detail_layout = QVBoxLayout(detail)
        group_row = QHBoxLayout()
        group_text = QVBoxLayout()
        group_text.addWidget(self.group_title)
        group_text.addWidget(self.group_note)
        group_row.addLayout(group_text, 1)
        group_row.addWidget(self.product_button, 0, Qt.AlignmentFlag.AlignTop)
        group_row.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(group_row)
        detail_layout.addWidget(self.reason)
        detail_layout.addStretch(1)

        self.results = QSplitter(Qt.Orientation.Vertical)
        self.results.addWidget(self.tree)
        self.results.addWidget(detail)
        self.results.setStretchFactor(0, 1)
        self.results.setSizes([560, 170])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.addLayout(params)
        layout.addLayout(status_row)
        layout.addWidget(self.stack, 1)

        self.calculate_button.clicked.connect(self.calculate)
        self.progress.connect(self._progress)
        self.tree.selectionModel().currentRowChanged.connect(self._show_detail)
        self.tree.doubleClicked.connect(self._double_clicked)
        self.model.totals_changed.connect(self._show_detail)
        self.model.modelReset.connect(self._span_groups)
        self.model.edit_refused.connect(self._edit_refused)
        self.create_button.clicked.connect(self.create_order)
        self.product_button.clicked.connect(self._open_product)
        self._load_choices()
        self._set_empty(self.tr("Choose the sales window and the days to cover, then press Calculate."))
        self._show_detail()

    def _load_choices(self) -> None:
        supplier, category = self.supplier_combo.currentData(), self.category_combo.currentData()
        with self.ctx.read() as session:
            suppliers = purchase_queries.list_suppliers(session)
            categories = catalog.list_categories(session)
        self.supplier_combo.clear()
        self.supplier_combo.addItem(self.tr("All suppliers"), None)
        for choice in suppliers:
            self.supplier_combo.addItem(choice.name, choice.id)
        self.supplier_combo.setCurrentIndex(max(self.supplier_combo.findData(supplier), 0))
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for cat in categories:
            self.category_combo.addItem("    " * cat.depth + cat.name, cat.id)
        self.category_combo.setCurrentIndex(max(self.category_combo.findData(category), 0))

    def params(self) -> ReorderParams:
        return ReorderParams(window_days=self.window_spin.value(), cover_days=self.cover_spin.value(),
                             supplier_id=self.supplier_combo.currentData(),
                             category_id=self.category_combo.currentData(), only_needed=self.only_needed.isChecked())

    # --- calculating -----------------------------------------------------------------------

    def calculate(self) -> None:
        """Compute the suggestions on a worker; a result for older parameters is dropped."""
        params = self.params()
        self._generation += 1
        generation = self._generation
        read, report = self.ctx.read, self.progress.emit

        def job() -> tuple[ReorderResult, float]:
            started = time.perf_counter()
            with read() as session:
                result = reorder.compute_suggestions(session, params, report)
            return result, time.perf_counter() - started

        self.calculate_button.setEnabled(False)
        self.busy.setRange(0, 0)
        self.busy.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Calculating…"))
        self.ctx.ops.run(job, lambda out: self._calculated(generation, params, *out),
                         lambda exc: self._failed(generation, exc), write=False)

    def _progress(self, step: int, steps: int, stage: str) -> None:
        if self.busy.isHidden():  # a late report of a calculation already shown
            return
        self.busy.setRange(0, steps)
        self.busy.setValue(step)
        self.status.setText(self._stage_text(stage))

    def _stage_text(self, stage: str) -> str:
        return {
            Stage.PRODUCTS: self.tr("Reading stock, sales and orders…"),
            Stage.LEDGER: self.tr("Counting the days in stock…"),
            Stage.SUGGESTIONS: self.tr("Working out the quantities…"),
        }.get(stage, self.tr("Calculating…"))

    def _done(self, generation: int) -> bool:
        if generation != self._generation:
            return False
        self.busy.hide()
        self.calculate_button.setEnabled(True)
        return True

    def _calculated(self, generation: int, params: ReorderParams, result: ReorderResult, seconds: float) -> None:
        if not self._done(generation):
            return
        self.result = result
        self.model.set_result(result, params.cover_days)
        lines = sum(len(g.lines) for g in result.groups)
        self.status.setText(self.tr("%n product(s) considered in {0} s · sales from {1} to {2}", "",
                                    result.products_considered).format(
            format_decimal(Decimal(seconds), 1), format_date(result.window_start),
            format_date(result.as_of - timedelta(days=1))))
        if not lines:
            self._set_empty(self.tr("Nothing needs ordering: stock on hand and on order covers the expected sales.")
                            if params.only_needed else self.tr("No products match these filters."))
        else:
            self.stack.setCurrentWidget(self.results)
            first = self.model.index(0, 0)
            if lines <= EXPAND_LIMIT:
                self.tree.expandAll()
                first = self.model.index(0, 0, first) if self.model.rowCount(first) else first
            else:
                self.status.setText(self.status.text() + " · " + self.tr(
                    "%n line(s): open a supplier's group to see its lines", "", lines))
            self.tree.setCurrentIndex(first)
        self._show_detail()

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not self._done(generation):
            return
        self.status.setText(self.tr("The calculation failed."))
        self.status.setStyleSheet(NOTE_STYLE)
        self._set_empty(error_text(exc), error=True)
        self.model.clear()
        self._show_detail()

    def _set_empty(self, text: str, error: bool = False) -> None:
        self.empty.setText(text)
        self.empty.setStyleSheet(ERROR_STYLE if error else EMPTY_STYLE)
        self.stack.setCurrentWidget(self.empty)

    def _span_groups(self) -> None:
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    # --- the selection ---------------------------------------------------------------------

    def current_group(self) -> SupplierGroup | None:
        return self.model.group_at(self.tree.currentIndex())

    def current_line(self) -> SuggestionLine | None:
        return self.model.line_at(self.tree.currentIndex())

    def _show_detail(self, *_args: Any) -> None:
        group, line = self.current_group(), self.current_line()
        can_order = self.ctx.actor.can(Permission.MANAGE_PURCHASING)
        self.create_button.setVisible(can_order and group is not None and group.supplier_id is not None)
        self.create_button.setEnabled(group is not None and self.model.ticked_count(group) > 0)
        self.product_button.setVisible(line is not None)
        if group is None:
            self.group_title.setText(self.tr("Select a supplier group or a line to see why it is suggested."))
            self.group_note.clear()
            self.reason.clear()
            return
        self.group_title.setText(group.supplier_name or self.tr("Nobody offers these products"))
        self.group_note.setText(self.model.group_note(group))
        self.group_note.setStyleSheet(NOTE_STYLE if group.supplier_id is None or self.model.below_minimum(group)
                                      else "")
        if line is None:
            self.reason.setText(self.tr("Tick the lines to order and adjust their quantities; then create "
                                        "the draft order for this supplier.") if group.supplier_id is not None else "")
        else:
            self.reason.setText(f"{line.sku} — {line.name}\n" + "\n".join(self.model.reason_lines(line)))

    def _double_clicked(self, index: QModelIndex) -> None:
        line = self.model.line_at(index)
        if line is not None and not self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.product_requested.emit(line.product_id)

    def _open_product(self) -> None:
        line = self.current_line()
        if line is not None:
            self.product_requested.emit(line.product_id)

    def _edit_refused(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(NOTE_STYLE)

    # --- ordering --------------------------------------------------------------------------

    def create_order(self) -> None:
        """Turn the current group's ticked lines, as edited, into a draft purchase order."""
        group = self.current_group()
        if group is None or group.supplier_id is None:
            return
        supplier_id, picks = group.supplier_id, self.model.picks(group)

        def create(session, actor) -> int:  # noqa: ANN001 - (Session, Actor)
            return reorder.create_order_from_group(session, actor, supplier_id, picks)

        def created(order_id: int) -> None:
            self._own_change = True  # the refresh that follows is this order: the rest still holds
            self.model.remove_group(supplier_id)
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Draft order for {0} created with %n line(s).", "", len(picks)).format(
                group.supplier_name))
            if not self.model.rowCount():
                self._set_empty(self.tr("Every group has been ordered. Calculate again to check."))
            self._show_detail()
            self.order_created.emit(order_id)

        self.create_button.setEnabled(False)
        self.ctx.write(create, Changes(purchasing=True), created, self._create_failed)

    def _create_failed(self, exc: BaseException) -> None:
        self._show_detail()
        show_error(self, exc)

    def refresh(self, changes: Changes) -> None:
        if changes.purchasing:
            self._load_choices()
        if self._own_change:
            self._own_change = False
            return
        if self.result is not None and (changes.purchasing or changes.stock or changes.products):
            self.status.setText(self.tr("Stock or orders have changed since the calculation: "
                                        "press Calculate to bring it up to date."))
            self.status.setStyleSheet(NOTE_STYLE)

