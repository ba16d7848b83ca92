"""What a report is asked for: the period (with the usual choices), the filters, and the
options its spec declares."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...services import catalog, purchase_queries
from ...services.reports.registry import Filter, Option, ReportSpec
from ...exports.report_data import Period, ReportParams
from ..context import AppContext

PERIODS = ("this_month", "last_month", "last_30_days", "this_quarter", "this_year", "last_12_months", "custom")


def relative_period(choice: str, today: date) -> Period | None:
    """The calendar period a choice means today (None for "custom")."""
    first = today.replace(day=1)
    if choice == "this_month":
        return Period(first, today)
    if choice == "last_month":
        end = first - timedelta(days=1)
        return Period(end.replace(day=1), end)
    if choice == "last_30_days":
        return Period(today - timedelta(days=29), today)
    if choice == "this_quarter":
        return Period(date(today.year, (today.month - 1) // 3 * 3 + 1, 1), today)
    if choice == "this_year":
        return Period(date(today.year, 1, 1), today)
    if choice == "last_12_months":
        start = date(today.year - 1, today.month, 1)
        return Period(start, today)
    return None


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(qdate: QDate) -> date:
    return date(qdate.year(), qdate.month(), qdate.day())


class ParamsPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = language
        self.spec: ReportSpec | None = None
        self.option_widgets: dict[str, QWidget] = {}
        self.period_choice = QComboBox()
        self.period_choice.setObjectName("report_period")
        titles = {"this_month": self.tr("This month"), "last_month": self.tr("Last month"),
                  "last_30_days": self.tr("Last 30 days"), "this_quarter": self.tr("This quarter"),
                  "this_year": self.tr("This year"), "last_12_months": self.tr("Last 12 months"),
                  "custom": self.tr("Dates…")}
        for key in PERIODS:
            self.period_choice.addItem(titles[key], key)
        self.start = QDateEdit()
        self.start.setObjectName("report_start")
        self.end = QDateEdit()
        self.end.setObjectName("report_end")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.category = QComboBox()
        self.category.setObjectName("report_category")
        self.brand = QComboBox()
        self.brand.setObjectName("report_brand")
        self.supplier = QComboBox()
        self.supplier.setObjectName("report_supplier")
        for combo in (self.category, self.brand, self.supplier):
            combo.setMinimumWidth(170)
            combo.setMaximumWidth(260)
        period_row = QHBoxLayout()
        period_row.addWidget(self.period_choice)
        period_row.addWidget(self.start)
        period_row.addWidget(QLabel("—"))
        period_row.addWidget(self.end)
        period_row.addStretch(1)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.category)
        filter_row.addWidget(self.brand)
        filter_row.addWidget(self.supplier)
        filter_row.addStretch(1)
        self.options_row = QHBoxLayout()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Period:"), period_row)
        form.addRow(self.tr("Filters:"), filter_row)
        self.options_label = QLabel(self.tr("Options:"))
        form.addRow(self.options_label, self.options_row)
        self._load_filters()
        self.period_choice.currentIndexChanged.connect(self._period_chosen)
        self.period_choice.setCurrentIndex(0)
        self._period_chosen()
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._dates_edited)

    def _load_filters(self) -> None:
        with self.ctx.read() as session:
            categories = catalog.list_categories(session)
            brands = catalog.list_brands(session)
            suppliers = purchase_queries.list_suppliers(session)
        self.category.addItem(self.tr("All categories"), None)
        for c in categories:
            self.category.addItem("    " * c.depth + c.name, c.id)
        self.brand.addItem(self.tr("All brands"), None)
        for bid, name in brands:
            self.brand.addItem(name, bid)
        self.supplier.addItem(self.tr("All suppliers"), None)
        for s in suppliers:
            self.supplier.addItem(s.name, s.id)

    def _period_chosen(self, *_args: Any) -> None:
        period = relative_period(self.period_choice.currentData(), date.today())
        if period is None:
            return
        for edit, day in ((self.start, period.start), (self.end, period.end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _dates_edited(self, *_args: Any) -> None:
        self.period_choice.blockSignals(True)
        self.period_choice.setCurrentIndex(self.period_choice.findData("custom"))
        self.period_choice.blockSignals(False)

    def set_spec(self, spec: ReportSpec) -> None:
        """Show the filters and options ``spec`` takes (hidden options stay hidden)."""
        self.spec = spec
        self.category.setVisible(Filter.CATEGORY in spec.filters)
        self.brand.setVisible(Filter.BRAND in spec.filters)
        self.supplier.setVisible(Filter.SUPPLIER in spec.filters)
        while self.options_row.count():
            item = self.options_row.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.option_widgets = {}
        for option in spec.options:
            if option.hidden:
                continue
            self.options_row.addWidget(QLabel(option.title(self.language)))
            self.options_row.addWidget(self._option_widget(option))
        self.options_row.addStretch(1)
        self.options_label.setVisible(bool(self.option_widgets))

    def _option_widget(self, option: Option) -> QWidget:
        widget: QWidget
        if option.choices:
            combo = QComboBox()
            for key, title in option.choices:
                combo.addItem(title(self.language), key)
            combo.setCurrentIndex(max(combo.findData(option.default), 0))
            widget = combo
        else:
            edit = QLineEdit(str(option.default))
            edit.setMaximumWidth(80)
            widget = edit
        widget.setObjectName(f"option_{option.key}")
        self.option_widgets[option.key] = widget
        return widget

    def options(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, widget in self.option_widgets.items():
            if isinstance(widget, QComboBox):
                values[key] = widget.currentData()
            else:
                assert isinstance(widget, QLineEdit)
                values[key] = widget.text().strip().replace(",", ".").replace(" ", "")
        return values

    def params(self) -> ReportParams:
        return ReportParams(
            period=Period(_pydate(self.start.date()), _pydate(self.end.date())),
            category_id=self.category.currentData() if self.category.isVisible() or self.spec is None else None,
            brand_id=self.brand.currentData() if self.brand.isVisible() or self.spec is None else None,
            supplier_id=self.supplier.currentData() if self.supplier.isVisible() or self.spec is None else None,
            options=self.options(),
        )

    # --- presets -----------------------------------------------------------------------

    def preset(self) -> dict[str, Any]:
        """What a preset keeps: relative periods stay relative ("this month" next month too)."""
        choice = self.period_choice.currentData()
        period: Any = choice
        if choice == "custom":
            params = self.params()
            period = [params.period.start.isoformat(), params.period.end.isoformat()]
        return {"period": period, "category_id": self.category.currentData(), "brand_id": self.brand.currentData(),
                "supplier_id": self.supplier.currentData(), "options": {k: str(v) for k, v in self.options().items()}}

    def apply_preset(self, preset: dict[str, Any]) -> None:
        period = preset.get("period")
        if isinstance(period, list) and len(period) == 2:
            self.start.setDate(_qdate(date.fromisoformat(period[0])))
            self.end.setDate(_qdate(date.fromisoformat(period[1])))
        elif period in PERIODS:
            self.period_choice.setCurrentIndex(self.period_choice.findData(period))
        for combo, key in ((self.category, "category_id"), (self.brand, "brand_id"), (self.supplier, "supplier_id")):
            combo.setCurrentIndex(max(combo.findData(preset.get(key)), 0))
        for key, value in preset.get("options", {}).items():
            widget = self.option_widgets.get(key)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value))
