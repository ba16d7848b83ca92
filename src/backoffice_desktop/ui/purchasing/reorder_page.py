"""Reorder suggestions: what to buy, how much and from whom, grouped per supplier.

The calculation (:func:`services.reorder.compute_suggestions`) runs on a worker; the
result is shown as a tree of supplier groups over its lines, where the buyer ticks
lines, changes quantities and turns a group into a draft purchase order. Why a line
reads as it does is put into words here from the service's figures and its
:class:`Reason`, so it is translated with the rest of the interface.
"""

from __future__ import annotations

import time
from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
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

from ...errors import BackofficeError
from ...services import catalog, purchase_queries, reorder
from ...services.permissions import Permission
from ...services.purchasing import money
from ...services.reorder import (
    RateBasis,
    ReorderParams,
    ReorderResult,
    Rounding,
    Stage,
    SuggestionLine,
    SupplierGroup,
    SupplierPick,
    Trigger,
)
from ...services.stock_documents import WHOLE_UNITS, parse_quantity
from ..context import AppContext
from ..formatting import format_date, format_decimal, format_money, format_quantity
from ..messages import error_text, show_error
from ..operations import Changes

Index = QModelIndex | QPersistentModelIndex

(COL_NAME, COL_SKU, COL_ON_HAND, COL_RESERVED, COL_ON_ORDER, COL_RATE, COL_REORDER_POINT, COL_QTY, COL_PRICE,
 COL_AMOUNT, COL_SUPPLIER_STOCK) = range(11)
NUMERIC = frozenset(range(COL_ON_HAND, COL_SUPPLIER_STOCK + 1))
WARNING = QColor("#b00020")
MUTED = QColor("#888888")
EMPTY_STYLE = "color: #555; font-size: 14px; padding: 24px;"
ERROR_STYLE = "color: #b00020; font-size: 14px; padding: 24px;"
NOTE_STYLE = "color: #b00020;"
#: Above this many lines the groups start collapsed: expanding 100 000 rows takes seconds.
EXPAND_LIMIT = 5000


def rate_text(rate: Decimal) -> str:
    """Units a day to two places, without trailing zeros (2, 0.5, 0.33)."""
    return format_quantity(rate.quantize(Decimal("0.01")))


class SuggestionModel(QAbstractItemModel):
    """Supplier groups (top level) over their suggestion lines, with the buyer's ticks and
    quantities kept beside the service's result (keyed by product: a product is in one group).

    A line's index carries its group's position in the result + 1 (0 marks a group row),
    which stays put when an ordered group's row is removed.
    """

    edit_refused = Signal(str)
    totals_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._result: list[SupplierGroup] = []
        self._shown: list[int] = []  # positions in _result of the groups still listed
        self.cover_days = 0
        self.included: dict[int, bool] = {}
        self.quantities: dict[int, Decimal] = {}
        #: Per supplier: (ticked lines, their total), so a large group's row paints quickly.
        self._ticked: dict[int | None, tuple[int, Decimal]] = {}

    # --- the data ------------------------------------------------------------------------

    def set_result(self, result: ReorderResult, cover_days: int) -> None:
        self.beginResetModel()
        self._result = list(result.groups)
        self._shown = list(range(len(self._result)))
        self.cover_days = cover_days
        self.included = {ln.product_id: ln.needed and g.supplier_id is not None and ln.quantity > 0
                         for g in self._result for ln in g.lines}
        self.quantities = {ln.product_id: ln.quantity for g in self._result for ln in g.lines}
        self._ticked.clear()
        self.endResetModel()

    @property
    def groups(self) -> list[SupplierGroup]:
        """The groups listed, in order."""
        return [self._result[k] for k in self._shown]

    def group_row(self, supplier_id: int | None) -> int | None:
        return next((r for r, k in enumerate(self._shown) if self._result[k].supplier_id == supplier_id), None)

    def clear(self) -> None:
        self.beginResetModel()
        self._result, self._shown = [], []
        self._ticked.clear()
        self.endResetModel()

    def remove_group(self, supplier_id: int) -> None:
        row = self.group_row(supplier_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._shown[row]
        self._ticked.pop(supplier_id, None)
        self.endRemoveRows()
        self.totals_changed.emit()

    def group_at(self, index: Index) -> SupplierGroup | None:
        """The group of a group row or of a line row."""
        if not index.isValid():
            return None
        return self._result[self._key(index)]

    def _key(self, index: Index) -> int:
        """The position in the result of the group of ``index`` (a group row or a line)."""
        return index.internalId() - 1 if index.internalId() else self._shown[index.row()]

    def line_at(self, index: Index) -> SuggestionLine | None:
        if not index.isValid() or not index.internalId():
            return None
        return self._result[index.internalId() - 1].lines[index.row()]

    def line_amount(self, line: SuggestionLine) -> Decimal:
        price = line.unit_price if line.unit_price is not None else Decimal(0)
        return money(self.quantities[line.product_id] * price)

    def picks(self, group: SupplierGroup) -> list[tuple[int, Decimal]]:
        """The ticked lines as ``(product_id, quantity)``, for the draft order."""
        return [(ln.product_id, self.quantities[ln.product_id]) for ln in group.lines if self.included[ln.product_id]]

    def _ticked_of(self, group: SupplierGroup) -> tuple[int, Decimal]:
        found = self._ticked.get(group.supplier_id)
        if found is None:
            ticked = [ln for ln in group.lines if self.included[ln.product_id]]
            found = self._ticked[group.supplier_id] = (len(ticked), sum(map(self.line_amount, ticked), Decimal(0)))
        return found

    def ticked_count(self, group: SupplierGroup) -> int:
        return self._ticked_of(group)[0]

    def ticked_total(self, group: SupplierGroup) -> Decimal:
        return self._ticked_of(group)[1]

    def below_minimum(self, group: SupplierGroup) -> bool:
        return group.supplier_id is not None and self.ticked_total(group) < group.min_order_amount

    # --- the tree --------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._shown[parent.row()] + 1 if parent.isValid() else 0)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or not index.internalId():
            return QModelIndex()
        return self.createIndex(self._shown.index(index.internalId() - 1), 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if not parent.isValid():
            return len(self._shown)
        if parent.internalId() or parent.column() != 0:
            return 0
        return len(self._result[self._shown[parent.row()]].lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 11

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Product"), self.tr("SKU"), self.tr("On hand"), self.tr("Reserved"), self.tr("On order"),
                    self.tr("Sold/day"), self.tr("Reorder point"), self.tr("Order qty"), self.tr("Price"),
                    self.tr("Amount"), self.tr("Supplier stock"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                COL_ON_ORDER: self.tr("Still to come on open orders; (+n) on drafts and orders awaiting approval"),
                COL_RATE: self.tr("Sold per day in stock over the sales window"),
                COL_REORDER_POINT: self.tr("Sold/day × lead time + safety stock: order when stock falls to this"),
                COL_QTY: self.tr("Double-click to change; tick the lines to order"),
            }.get(section)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        group = self.group_at(index)
        if group is None or group.supplier_id is None:
            return flags
        if index.column() == COL_NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.internalId() and index.column() == COL_QTY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.line_at(index)
        if line is None:
            return self._group_data(self._result[self._shown[index.row()]], index.column(), role)
        return self._line_data(line, index.column(), role)

    def _group_data(self, group: SupplierGroup, col: int, role: int) -> Any:
        offered = group.supplier_id is not None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.group_title(group) if col == COL_NAME else None
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_NAME and offered:
            ticked = self.ticked_count(group)
            if ticked == 0:
                return Qt.CheckState.Unchecked
            return Qt.CheckState.Checked if ticked == len(group.lines) else Qt.CheckState.PartiallyChecked
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and col == COL_NAME and (not offered or self.below_minimum(group)):
            return WARNING
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.group_note(group)
        return None

    def _line_data(self, line: SuggestionLine, col: int, role: int) -> Any:
        pid = line.product_id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._line_text(line, col, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_NAME and line.supplier_id is not None:
            return Qt.CheckState.Checked if self.included[pid] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.reason_lines(line))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == COL_SUPPLIER_STOCK and line.supplier_stock_short:
                return WARNING
            if line.supplier_id is not None and not self.included[pid]:
                return MUTED
        return None

    def _line_text(self, line: SuggestionLine, col: int, editing: bool) -> str | None:
        q = format_quantity
        if col == COL_NAME:
            return line.name
        if col == COL_SKU:
            return line.sku
        if col == COL_ON_HAND:
            return q(line.on_hand)
        if col == COL_RESERVED:
            return q(line.reserved)
        if col == COL_ON_ORDER:
            return q(line.on_order) + (f" (+{q(line.in_draft_orders)})" if line.in_draft_orders else "")
        if col == COL_RATE:
            return rate_text(line.daily_rate)
        if col == COL_REORDER_POINT:
            return q(line.reorder_point)
        if col == COL_QTY:
            quantity = self.quantities[line.product_id]
            return q(quantity) if editing or quantity else "—"
        if line.unit_price is None:
            return "—" if col in (COL_PRICE, COL_AMOUNT, COL_SUPPLIER_STOCK) else None
        if col == COL_PRICE:
            return format_decimal(line.unit_price)
        if col == COL_AMOUNT:
            return format_decimal(self.line_amount(line))
        return q(line.supplier_stock) if line.supplier_stock is not None else "—"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        changeable = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        if not index.isValid() or not self.flags(index) & changeable:
            return False
        line = self.line_at(index)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_NAME:
            checked = Qt.CheckState(value) != Qt.CheckState.Unchecked
            group = self.group_at(index)
            assert group is not None
            for ln in [line] if line is not None else group.lines:
                self.included[ln.product_id] = checked and self.quantities[ln.product_id] > 0
            self._changed(index)
            return True
        if role == Qt.ItemDataRole.EditRole and line is not None and index.column() == COL_QTY:
            quantity = self._parse(line, str(value))
            if quantity is None:
                return False
            self.quantities[line.product_id] = quantity
            self.included[line.product_id] = True
            self._changed(index)
            return True
        return False

    def _parse(self, line: SuggestionLine, text: str) -> Decimal | None:
        try:
            quantity = parse_quantity(text)
        except BackofficeError as exc:
            self.edit_refused.emit(error_text(exc))
            return None
        whole = line.unit in WHOLE_UNITS
        if quantity <= 0 or (whole and quantity != quantity.to_integral_value()):
            if whole:
                message = self.tr("{0}: type a quantity above zero, in whole units for {1}.").format(
                    line.sku, line.unit)
            else:
                message = self.tr("{0}: type a quantity above zero.").format(line.sku)
            self.edit_refused.emit(message)
            return None
        return quantity

    def _changed(self, index: Index) -> None:
        """Repaint the line(s) and the group row: ticks, amounts and the total move together."""
        key = self._key(index)
        self._ticked.pop(self._result[key].supplier_id, None)
        group_row = self._shown.index(key)
        group_index = self.index(group_row, 0)
        self.dataChanged.emit(group_index, self.index(group_row, self.columnCount() - 1))
        children = self.rowCount(group_index)
        if children:
            self.dataChanged.emit(self.index(0, 0, group_index), self.index(children - 1, self.columnCount() - 1,
                                                                            group_index))
        self.totals_changed.emit()

    # --- words -----------------------------------------------------------------------------

    def group_title(self, group: SupplierGroup) -> str:
        """The group row's text (it spans the row): supplier, lead time, ticked lines, total."""
        lines = len(group.lines)
        if group.supplier_id is None:
            return self.tr("Nobody offers these products · %n line(s)", "", lines)
        title = self.tr("{0} · lead time {1} d · {2} of {3} lines · {4}").format(
            group.supplier_name, group.lead_time_days, self.ticked_count(group), lines,
            format_money(self.ticked_total(group), group.currency))
        if self.below_minimum(group):
            title += " · ⚠ " + self.tr("below the minimum order of {0}").format(
                format_money(group.min_order_amount, group.currency))
        return title

    def group_note(self, group: SupplierGroup) -> str:
        if group.supplier_id is None:
            return self.tr("No active supplier has these products in its price list, so no order can be made "
                           "for them here. Add them to a supplier's price list on the Suppliers page; they are "
                           "planned with a new supplier's lead time of {0} days.").format(
                               reorder.DEFAULT_LEAD_TIME_DAYS)
        note = self.tr("Lead time {0} days. Ticked: {1}.").format(
            group.lead_time_days, format_money(self.ticked_total(group), group.currency))
        if group.min_order_amount:
            note += " " + self.tr("Minimum order: {0}.").format(format_money(group.min_order_amount, group.currency))
        if self.below_minimum(group):
            note += " " + self.tr("The ticked lines are below the supplier's minimum order.")
        return note

    def reason_lines(self, line: SuggestionLine) -> list[str]:
        """The suggestion in words, one step per line (the tooltip and the detail pane)."""
        q = format_quantity
        reason = line.reason
        rate = rate_text(line.daily_rate)
        if reason.rate_basis is RateBasis.NO_SALES:
            sold = self.tr("No sales in {0} days → 0/day").format(line.window_days)
        elif reason.rate_basis is RateBasis.ALL_DAYS_IN_STOCK:
            sold = self.tr("Sold {0} in {1} days → {2}/day").format(q(line.sold_in_window), line.window_days, rate)
        elif reason.rate_basis is RateBasis.STOCK_OUT_DAYS_LEFT_OUT:
            sold = self.tr("Sold {0} in {1} days in stock of {2} → {3}/day").format(
                q(line.sold_in_window), line.days_in_stock, line.window_days, rate)
        else:
            sold = self.tr("Sold {0} in {1} days, none of them in stock → {2}/day").format(
                q(line.sold_in_window), line.window_days, rate)
        steps = [sold, self.tr("Lead time {0} days × {1} + safety stock {2} → reorder point {3}").format(
            line.lead_time_days, rate, q(line.safety_stock), q(line.reorder_point))]
        position = self.tr("On hand {0} − reserved {1} + on order {2}").format(
            q(line.on_hand), q(line.reserved), q(line.on_order))
        if line.in_draft_orders:
            position += " " + self.tr("+ in drafts {0}").format(q(line.in_draft_orders))
        position += f" = {q(line.position)}"
        if reason.trigger is Trigger.BELOW_REORDER_POINT:
            position += f" ≤ {q(line.reorder_point)}"
        elif reason.trigger is Trigger.BACKORDER:
            position += " < 0: " + self.tr("customers are waiting for goods")
        elif line.daily_rate == 0 and line.safety_stock == 0:
            position += ": " + self.tr("no demand, nothing to order")
        else:
            position += f" > {q(line.reorder_point)}: " + self.tr("nothing to order yet")
        steps.append(position)
        if line.needed:
            need = self.tr("Target {0} + {1} days × {2} = {3} → need {4}").format(
                q(line.reorder_point), self.cover_days, rate, q(line.target_level), q(line.raw_need))
            for rounding in reason.rounding:
                if rounding is Rounding.MIN_ORDER_QTY:
                    need += " → " + self.tr("minimum order {0}").format(q(line.min_order_qty))
                elif rounding is Rounding.PACK_SIZE:
                    need += " → " + self.tr("in packs of {0}").format(q(line.pack_size))
                else:
                    need += " → " + self.tr("in whole units")
            steps.append(need + " → " + self.tr("order {0}").format(q(line.quantity)))
        steps.append(self._supplier_words(line))
        return steps

    def _supplier_words(self, line: SuggestionLine) -> str:
        pick = line.reason.supplier
        if pick is SupplierPick.NO_OFFER:
            return self.tr("No supplier offers it: planned with a new supplier's lead time of {0} days").format(
                line.lead_time_days)
        if pick is SupplierPick.ONLY_OFFER:
            return self.tr("The only supplier that offers it")
        if pick is SupplierPick.CHEAPEST:
            return self.tr("The cheapest of %n offer(s)", "", line.other_offers + 1)
        other = format_decimal(line.cheapest_other_price) if line.cheapest_other_price is not None else "—"
        if pick is SupplierPick.CHEAPEST_WITH_STOCK:
            return self.tr("The cheapest offer with enough stock; one at {0} has too little").format(other)
        stock = format_quantity(line.supplier_stock) if line.supplier_stock is not None else "0"
        return self.tr("No supplier has {0} in stock; this one has the most ({1})").format(
            format_quantity(line.quantity), stock)


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

