"""Reorder suggestions as a tree for the Reorder page: supplier groups over their lines,
with a tick and an editable quantity per line, and why each line reads as it does put
into words from the service's figures and its :class:`Reason` (so that it is translated
with the rest of the interface)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from ...errors import BackofficeError
from ...services import reorder
from ...services.purchasing import money
from ...services.reorder import (
    RateBasis,
    ReorderResult,
    Rounding,
    SuggestionLine,
    SupplierGroup,
    SupplierPick,
    Trigger,
)
from ...services.stock_documents import WHOLE_UNITS, parse_quantity
from ..formatting import format_decimal, format_money, format_quantity
from ..messages import error_text

Index = QModelIndex | QPersistentModelIndex

(COL_NAME, COL_SKU, COL_ON_HAND, COL_RESERVED, COL_ON_ORDER, COL_RATE, COL_REORDER_POINT, COL_QTY, COL_PRICE,
 COL_AMOUNT, COL_SUPPLIER_STOCK) = range(11)
NUMERIC = frozenset(range(COL_ON_HAND, COL_SUPPLIER_STOCK + 1))
WARNING = QColor("#b00020")
MUTED = QColor("#888888")


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
