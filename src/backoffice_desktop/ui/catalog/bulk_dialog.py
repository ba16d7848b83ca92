"""Bulk edit of the product list: choose what to change, preview old → new, apply."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...services import catalog
from ...services.catalog import ProductFilter
from ...services.catalog_bulk import (
    BulkChange,
    BulkField,
    BulkPreview,
    BulkResult,
    BulkTarget,
    Problem,
    Rounding,
    apply_bulk,
    parse_price_change,
    preview_bulk,
)
from ...services.permissions import Permission
from ..context import AppContext
from ..formatting import format_money
from ..messages import error_text
from ..operations import Changes


class BulkEditDialog(QDialog):
    """The change is previewed (on a worker) before Apply is possible; any edit of the
    choices asks for a new preview, so what is applied is what was shown."""

    applied = Signal(object)  # BulkResult

    def __init__(self, ctx: AppContext, selected: list[int], filt: ProductFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected = selected
        self.filter = filt
        self.preview: BulkPreview | None = None
        self.setWindowTitle(self.tr("Bulk edit"))
        self.resize(860, 560)

        self.action_combo = QComboBox()
        self.action_combo.setObjectName("bulk_action")
        if ctx.actor.can(Permission.EDIT_PRODUCTS):
            self.action_combo.addItem(self.tr("Set category"), BulkField.CATEGORY)
            self.action_combo.addItem(self.tr("Set brand"), BulkField.BRAND)
            self.action_combo.addItem(self.tr("Set publish state"), BulkField.PUBLISHED)
        if ctx.actor.can(Permission.EDIT_PRICES):
            self.action_combo.addItem(self.tr("Change prices"), BulkField.PRICE)

        self.category_combo = QComboBox()
        self.category_combo.setObjectName("bulk_category")
        self.brand_combo = QComboBox()
        self.brand_combo.setObjectName("bulk_brand")
        with ctx.read() as session:
            self.category_combo.addItem(self.tr("No category"), None)
            for choice in catalog.list_categories(session):
                self.category_combo.addItem("    " * choice.depth + choice.name, choice.id)
            self.brand_combo.addItem(self.tr("No brand"), None)
            for bid, name in catalog.list_brands(session):
                self.brand_combo.addItem(name, bid)
        self.publish_combo = QComboBox()
        self.publish_combo.setObjectName("bulk_publish")
        self.publish_combo.addItem(self.tr("Published on the website"), True)
        self.publish_combo.addItem(self.tr("Hidden from the website"), False)
        price_box = QWidget()
        self.price_mode = QComboBox()
        self.price_mode.setObjectName("bulk_price_mode")
        self.price_mode.addItem(self.tr("by a percentage, %"), "percent")
        self.price_mode.addItem(self.tr("by an amount, ₽"), "amount")
        self.price_value = QLineEdit()
        self.price_value.setObjectName("bulk_price_value")
        self.price_value.setPlaceholderText(self.tr("e.g. 10 or -5"))
        self.rounding_combo = QComboBox()
        self.rounding_combo.setObjectName("bulk_rounding")
        for title, rounding in ((self.tr("to kopecks"), Rounding.KOPECKS),
                                (self.tr("to whole roubles"), Rounding.WHOLE),
                                (self.tr("to end in 9 (1 239)"), Rounding.END_9),
                                (self.tr("to end in 99 (1 299)"), Rounding.END_99)):
            self.rounding_combo.addItem(title, rounding)
        price_form = QHBoxLayout(price_box)
        price_form.setContentsMargins(0, 0, 0, 0)
        price_form.addWidget(self.price_mode)
        price_form.addWidget(self.price_value, 1)
        price_form.addWidget(QLabel(self.tr("rounded")))
        price_form.addWidget(self.rounding_combo)
        self.value_stack = QStackedWidget()
        self.pages = {BulkField.CATEGORY: self.category_combo, BulkField.BRAND: self.brand_combo,
                      BulkField.PUBLISHED: self.publish_combo, BulkField.PRICE: price_box}
        for widget in self.pages.values():
            self.value_stack.addWidget(widget)

        self.scope_selected = QRadioButton(self.tr("the %n selected product(s)", "", len(selected)))
        self.scope_selected.setObjectName("bulk_scope_selected")
        self.scope_all = QRadioButton(self.tr("every product the list shows (with its filters)"))
        self.scope_all.setObjectName("bulk_scope_all")
        scope = QButtonGroup(self)
        scope.addButton(self.scope_selected)
        scope.addButton(self.scope_all)
        (self.scope_selected if selected else self.scope_all).setChecked(True)
        self.scope_selected.setEnabled(bool(selected))
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.scope_selected)
        scope_box.addWidget(self.scope_all)

        form = QFormLayout()
        form.addRow(self.tr("Change:"), self.action_combo)
        form.addRow(self.tr("To:"), self.value_stack)
        form.addRow(self.tr("Apply to:"), scope_box)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("bulk_preview")
        self.preview_button.clicked.connect(self.run_preview)
        self.summary = QLabel(self.tr("Choose the change and press Preview: nothing is written before Apply."))
        self.summary.setObjectName("bulk_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("bulk_table")
        self.table.setHorizontalHeaderLabels([self.tr("SKU"), self.tr("Name"), self.tr("Now"), self.tr("New")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 100), (2, 140), (3, 250)):
            self.table.setColumnWidth(col, width)
        self.problems = QLabel()
        self.problems.setObjectName("bulk_problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        self.problems.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("bulk_apply")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.action_combo.currentIndexChanged.connect(self._action_changed)
        for combo in (self.category_combo, self.brand_combo, self.publish_combo, self.price_mode, self.rounding_combo):
            combo.currentIndexChanged.connect(self._stale)
        self.price_value.textChanged.connect(self._stale)
        self.scope_all.toggled.connect(self._stale)
        self._action_changed()

    # --- the choice ---------------------------------------------------------------------

    def _action_changed(self) -> None:
        field = self.action_combo.currentData()
        if field is not None:
            self.value_stack.setCurrentWidget(self.pages[field])
        self._stale()

    def _stale(self, *_args: object) -> None:
        self.preview = None
        self.apply_button.setEnabled(False)

    def target(self) -> BulkTarget:
        if self.scope_selected.isChecked():
            return BulkTarget(ids=tuple(self.selected))
        return BulkTarget(filter=self.filter)

    def change(self) -> BulkChange:
        field = BulkField(self.action_combo.currentData())
        if field is BulkField.CATEGORY:
            return BulkChange(field, self.category_combo.currentData())
        if field is BulkField.BRAND:
            return BulkChange(field, self.brand_combo.currentData())
        if field is BulkField.PUBLISHED:
            return BulkChange(field, bool(self.publish_combo.currentData()))
        return BulkChange(field, price=parse_price_change(self.price_value.text(), self.price_mode.currentData(),
                                                          Rounding(self.rounding_combo.currentData())))

    # --- preview and apply ------------------------------------------------------------

    def run_preview(self) -> None:
        try:
            target, change = self.target(), self.change()
        except BackofficeError as exc:
            self._show_error(exc)
            return
        read = self.ctx.read
        self.preview_button.setEnabled(False)
        self.summary.setText(self.tr("Working out the preview…"))

        def job() -> BulkPreview:
            with read() as session:
                return preview_bulk(session, target, change)

        self.ctx.ops.run(job, lambda p: self._show_preview(p, change), self._show_error, write=False)

    def _show_error(self, exc: BaseException) -> None:
        self.preview_button.setEnabled(True)
        self.summary.setText(error_text(exc))
        self.table.setRowCount(0)

    def _show_preview(self, preview: BulkPreview, change: BulkChange) -> None:
        self.preview_button.setEnabled(True)
        self.preview = preview
        price = change.field is BulkField.PRICE
        self.table.setRowCount(len(preview.lines))
        for row, line in enumerate(preview.lines):
            old = format_money(Decimal(line.old)) if price else self._value(change.field, line.old)
            new = format_money(Decimal(line.new)) if price else self._value(change.field, line.new)
            if line.clears_compare_at:
                new += " " + self.tr("(old price cleared)")
            for col, text in enumerate((line.sku, line.name, old, new)):
                item = QTableWidgetItem(text)
                if price and col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        text = self.tr("%n product(s) will change", "", preview.changing)
        text += " " + self.tr("of %n selected.", "", preview.selected)
        if len(preview.lines) < preview.changing:
            text += " " + self.tr("The first %n are listed.", "", len(preview.lines))
        if preview.changing == 0:
            text = (self.tr("No product can change; the reasons are below.") if preview.problem_count
                    else self.tr("Nothing to change: the selected products already have this value."))
        self.summary.setText(text)
        if preview.problem_count:
            reasons = {Problem.MISSING_ATTRIBUTES: self.tr("lacks required attributes of the category"),
                       Problem.NEGATIVE_PRICE: self.tr("the price would fall below zero")}
            lines = [f"{p.sku} {p.name[:60]}: {reasons[p.problem]}" for p in preview.problems[:5]]
            more = preview.problem_count - len(lines)
            self.problems.setText(self.tr("%n product(s) stay as they are:", "", preview.problem_count) + "\n"
                                  + "\n".join(lines) + (("\n" + self.tr("… and %n more", "", more)) if more > 0 else ""))
            self.problems.show()
        else:
            self.problems.hide()
        self.apply_button.setEnabled(preview.changing > 0)

    def _value(self, field: BulkField, text: str) -> str:
        if field is BulkField.PUBLISHED:
            return self.tr("published") if text == "True" else self.tr("hidden")
        return text

    def apply(self) -> None:
        if self.preview is None:
            return
        target, change = self.target(), self.change()
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Applying…"))
        self.ctx.write(lambda s, a: apply_bulk(s, a, target, change), Changes(products=True),
                       on_success=self._applied, on_failure=self._show_error)

    def _applied(self, result: BulkResult) -> None:
        self.applied.emit(result)
        self.accept()
