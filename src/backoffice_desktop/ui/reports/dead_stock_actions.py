"""The dead stock report's actions on the selected goods: each opens a dialog that
previews exactly what will change (read through the service's ``plan_…``) and writes
only when confirmed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...services import dead_stock, supplier_returns
from ...services.permissions import Permission
from ..context import AppContext
from ..formatting import format_money, format_quantity
from ..messages import error_text

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
NOTE_STYLE = "color: #5f6368;"
WARNING_STYLE = "color: #b00020;"


def markdown_allowed(ctx: AppContext) -> bool:
    return ctx.actor.can(Permission.EDIT_PRICES)


def reordering_allowed(ctx: AppContext) -> bool:
    return ctx.actor.can(Permission.APPROVE_PURCHASES) or ctx.actor.can(Permission.MANAGE_PURCHASING)


def returns_allowed(ctx: AppContext) -> bool:
    return reordering_allowed(ctx) or ctx.actor.can(Permission.MANAGE_STOCK)


class PreviewDialog(QDialog):
    """A question, optional controls, the preview table and notes; OK writes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(760, 460)
        self.question = QLabel()
        self.question.setObjectName("action_question")
        self.question.setWordWrap(True)
        self.controls = QHBoxLayout()
        self.table = QTableWidget()
        self.table.setObjectName("action_preview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(True)
        self.notes = QLabel()
        self.notes.setObjectName("action_notes")
        self.notes.setWordWrap(True)
        self.notes.setStyleSheet(NOTE_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("action_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(self.controls)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(self.buttons)

    def describe(self, title: str, question: str, headers: list[str]) -> None:
        self.setWindowTitle(title)
        self.question.setText(question)
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)

    def set_rows(self, rows: list[tuple[Any, ...]], numeric: set[int]) -> None:
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if c in numeric:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def show_notes(self, lines: list[str], warning: bool = False) -> None:
        self.notes.setText("\n".join(lines))
        self.notes.setStyleSheet(WARNING_STYLE if warning else NOTE_STYLE)
        self.notes.setVisible(bool(lines))


class MarkdownDialog(PreviewDialog):
    """Percent and rounding, and each product's price now and after."""

    def __init__(self, ctx: AppContext, product_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe(self.tr("Mark down prices"), self.tr("Lower the retail price of the selected goods by:"),
                      [self.tr("SKU"), self.tr("Product"), self.tr("Price now"), self.tr("New price")])
        self.ctx = ctx
        self.product_ids = product_ids
        self.plan: list[dead_stock.MarkdownLine] = []
        self.percent = QDoubleSpinBox()
        self.percent.setObjectName("markdown_percent")
        self.percent.setRange(0.5, 95)
        self.percent.setDecimals(1)
        self.percent.setSingleStep(5)
        self.percent.setValue(20)
        self.percent.setSuffix(" %")
        self.rounding = QComboBox()
        self.rounding.setObjectName("markdown_rounding")
        titles = (self.tr("to the kopeck"), self.tr("to whole roubles"), self.tr("to tens of roubles"),
                  self.tr("to hundreds of roubles"))
        for step, title in zip(dead_stock.ROUNDING_STEPS, titles, strict=True):
            self.rounding.addItem(title, step)
        self.rounding.setCurrentIndex(1)
        rounding_label = QLabel(self.tr("rounded"))
        self.controls.addWidget(self.percent)
        self.controls.addWidget(rounding_label)
        self.controls.addWidget(self.rounding)
        self.controls.addStretch(1)
        self.percent.valueChanged.connect(self.preview)
        self.rounding.currentIndexChanged.connect(self.preview)
        self.preview()

    def preview(self) -> None:
        percent = Decimal(str(round(self.percent.value(), 1)))
        try:
            with self.ctx.read() as session:
                self.plan = dead_stock.plan_markdown(session, self.product_ids, percent, self.rounding.currentData())
        except BackofficeError as exc:
            self.plan = []
            self.set_rows([], set())
            self.show_notes([error_text(exc)], warning=True)
            self.ok_button.setEnabled(False)
            return
        self.set_rows([(ln.sku, ln.name, format_money(ln.old_price), format_money(ln.new_price)) for ln in self.plan],
                      {2, 3})
        changing = sum(1 for ln in self.plan if ln.changes)
        notes = [self.tr("%n price(s) will change; the shop gets the new prices with the next sync.", "", changing)]
        unchanged = len(self.plan) - changing
        if unchanged:
            notes.append(self.tr("%n product(s) keep their price (no price, or the rounding leaves it as it is).", "",
                                 unchanged))
        self.show_notes(notes)
        self.ok_button.setEnabled(changing > 0)


class StopReorderingDialog(PreviewDialog):
    def __init__(self, product_ids: list[int], rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe(self.tr("Stop reordering"),
                      self.tr("These goods will no longer appear in the reorder suggestions. Purchase orders "
                              "already sent are not changed."),
                      [self.tr("SKU"), self.tr("Product")])
        self.product_ids = product_ids
        self.set_rows(list(rows), set())
        self.show_notes([self.tr("%n product(s) selected.", "", len(rows))])


class SupplierReturnDialog(PreviewDialog):
    """The drafts to be written, one per supplier, and the goods that can't go back."""

    def __init__(self, ctx: AppContext, product_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.describe(self.tr("Return to the supplier"),
                      self.tr("A draft return will be made for each supplier with the goods now in the bins. "
                              "The warehouse checks the quantities and posts it when the goods leave."),
                      [self.tr("Supplier"), self.tr("Product"), self.tr("Bin"), self.tr("Quantity"),
                       self.tr("Value at cost")])
        self.product_ids = product_ids
        with ctx.read() as session:
            self.plan = supplier_returns.plan_unsold_returns(session, product_ids)
        rows = []
        for planned in self.plan.returns:
            for line in planned.lines:
                rows.append((planned.supplier_name, f"{line.sku} {line.name}", line.location_code,
                             format_quantity(line.quantity), format_money((line.quantity * line.unit_cost)
                                                                          .quantize(Decimal("0.01")))))
        self.set_rows(rows, {3, 4})
        notes = [self.tr("%n draft return(s) will be made.", "", len(self.plan.returns))]
        warning = False
        for planned in self.plan.returns:
            if not planned.takes_unsold:
                warning = True
                notes.append(self.tr("{0} does not take back unsold goods by its terms: agree on it first.")
                             .format(planned.supplier_name))
        if self.plan.no_supplier:
            notes.append(self.tr("No supplier delivered these, so they stay: {0}").format(", ".join(self.plan.no_supplier)))
        if self.plan.nothing_on_hand:
            notes.append(self.tr("Nothing in the bins to return: {0}").format(", ".join(self.plan.nothing_on_hand)))
        self.show_notes(notes, warning)
        self.ok_button.setEnabled(bool(self.plan.returns))
