"""The reports a manager can run, their options, and the one entry point that runs them.

The Reports window, the command line and the exports see only :data:`REPORTS` (what
each report is called, which options it takes with their defaults and which filters
apply) and :func:`run_report`, which returns an ``exports.report_data.ReportResult``. A
row's ``DrillDown`` is opened with :func:`drill_params`.

Filters: ``category_id`` (with its subcategories), ``brand_id``, ``supplier_id`` (the
product's current supplier, see :mod:`.data`); 0 means "none" (products without a
category, brand or supplier).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...exports.report_data import DrillDown, ReportParams, ReportResult, Text
from ...models import utcnow
from ..permissions import Actor, Permission, require
from . import abc_xyz, dashboard, purchases, sales, stock, summary
from .common import NO_BRAND, NO_CATEGORY, NO_SUPPLIER, Cancelled, Context, Progress, ReportCancelled


class Filter(enum.StrEnum):
    CATEGORY = "category"
    BRAND = "brand"
    SUPPLIER = "supplier"


ALL_FILTERS = frozenset(Filter)


@dataclass(frozen=True)
class Option:
    """One report option: its key in ``ReportParams.options``, title and default; a
    choice among ``choices``, or a number of the default's type within the bounds."""

    key: str
    title: Text
    default: Any
    choices: tuple[tuple[str, Text], ...] = ()
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    #: Set by drill-downs only; the options panel doesn't show it.
    hidden: bool = False

    def clean(self, value: Any) -> Any:
        if self.choices:
            if value not in {key for key, _title in self.choices}:
                raise ValidationError("'{value}' is not a valid choice for '{option}'.", value=value, option=self.key)
            return value
        if self.default is None or isinstance(self.default, str):
            return value
        try:
            number = Decimal(str(value))
        except InvalidOperation as exc:
            raise ValidationError("'{value}' is not a number ({option}).", value=value, option=self.key) from exc
        if not number.is_finite() or (self.minimum is not None and number < self.minimum) or (
                self.maximum is not None and number > self.maximum):
            raise ValidationError("{option} must be between {minimum} and {maximum}.", option=self.key,
                                  minimum=self.minimum, maximum=self.maximum)
        if isinstance(self.default, int):
            if number != number.to_integral_value():
                raise ValidationError("'{value}' is not a whole number ({option}).", value=value, option=self.key)
            return int(number)
        return number


@dataclass(frozen=True)
class ReportSpec:
    key: str
    title: Text
    description: Text
    options: tuple[Option, ...] = ()
    filters: frozenset[Filter] = ALL_FILTERS
    #: Opened by drilling down from another report (it needs options a row sets).
    drill_only: bool = False


CATEGORY_SCOPE = Option("category_scope", Text("Category scope", "Охват категории"), "tree",
                        (("tree", Text("with subcategories", "с подкатегориями")),
                         ("own", Text("own products only", "только собственные товары"))), hidden=True)
TOP = Option("top", Text("Rows shown, the rest in one row (0: all)", "Строк в отчёте, остальные одной строкой (0 — все)"),
             1000, minimum=Decimal(0), maximum=Decimal(10_000_000))
GROUP_BY = Option("group_by", Text("Rows", "Строки"), "category",
                  (("category", Text("by category", "по категориям")), ("product", Text("by product", "по товарам"))))
ABC_OPTIONS = (
    Option("abc_by", Text("ABC by", "ABC по"), "revenue",
           (("revenue", Text("revenue", "выручке")), ("margin", Text("gross margin", "валовой прибыли")))),
    Option("abc_a", Text("Class A, % of the total", "Класс A, % от итога"), Decimal(80), minimum=Decimal(1),
           maximum=Decimal(99)),
    Option("abc_b", Text("Class B, % of the total", "Класс B, % от итога"), Decimal(15), minimum=Decimal(0),
           maximum=Decimal(99)),
    Option("xyz_by", Text("XYZ by", "XYZ по"), "month",
           (("week", Text("weeks", "неделям")), ("month", Text("months", "месяцам")))),
    Option("xyz_x", Text("Class X: variation up to", "Класс X: вариация до"), Decimal("0.10"), minimum=Decimal(0),
           maximum=Decimal(100)),
    Option("xyz_y", Text("Class Y: variation up to", "Класс Y: вариация до"), Decimal("0.25"), minimum=Decimal(0),
           maximum=Decimal(100)),
    CATEGORY_SCOPE,
)

REPORTS: dict[str, ReportSpec] = {spec.key: spec for spec in (
    ReportSpec("dashboard", Text("Dashboard", "Сводка для директора"),
               Text("Revenue, margin, orders, average order, stock value and out-of-stock count with trends.",
                    "Выручка, прибыль, заказы, средний чек, запасы и отсутствующие товары с динамикой."),
               (CATEGORY_SCOPE,)),
    ReportSpec("sales_by_period", Text("Sales by period", "Продажи по периодам"),
               Text("Revenue, units, orders and average order by day, week or month, with last year and the "
                    "previous period.", "Выручка, количество, заказы и средний чек по дням, неделям или месяцам "
                    "в сравнении с прошлым годом и предыдущим периодом."),
               (Option("grouping", Text("Grouping", "Группировка"), "day",
                       (("day", Text("by day", "по дням")), ("week", Text("by week", "по неделям")),
                        ("month", Text("by month", "по месяцам")))), CATEGORY_SCOPE)),
    ReportSpec("sales_by_category", Text("Sales by category", "Продажи по категориям"),
               Text("Revenue, cost of goods and gross margin by category.",
                    "Выручка, себестоимость и валовая прибыль по категориям."), (CATEGORY_SCOPE,)),
    ReportSpec("sales_by_brand", Text("Sales by brand", "Продажи по брендам"),
               Text("Revenue, cost of goods and gross margin by brand.",
                    "Выручка, себестоимость и валовая прибыль по брендам."), (CATEGORY_SCOPE,)),
    ReportSpec("sales_by_product", Text("Sales by product", "Продажи по товарам"),
               Text("Revenue, cost of goods and gross margin by product.",
                    "Выручка, себестоимость и валовая прибыль по товарам."), (TOP, CATEGORY_SCOPE)),
    ReportSpec("abc_xyz", Text("ABC/XYZ analysis", "ABC/XYZ-анализ"),
               Text("The ABC × XYZ matrix: products and revenue in each cell.",
                    "Матрица ABC × XYZ: товары и выручка в каждой ячейке."), ABC_OPTIONS),
    ReportSpec("abc_xyz_products", Text("ABC/XYZ: products", "ABC/XYZ: товары"),
               Text("Each product's ABC and XYZ class.", "Классы ABC и XYZ каждого товара."),
               (*ABC_OPTIONS, TOP, Option("cell", Text("Cell", "Ячейка"), "",
                                          (("", Text("all", "все")), *((c, Text(c, c)) for c in abc_xyz.CELLS))))),
    ReportSpec("stock_valuation", Text("Stock valuation at cost", "Оценка запасов по себестоимости"),
               Text("Stock and its value at cost at the start and the end of the period, from the ledger.",
                    "Остатки и их стоимость по себестоимости на начало и конец периода по данным учёта."),
               (GROUP_BY, TOP, CATEGORY_SCOPE)),
    ReportSpec("stock_turnover", Text("Stock turnover", "Оборачиваемость запасов"),
               Text("Turnover and days of supply.", "Оборачиваемость и запас в днях."),
               (GROUP_BY, TOP, CATEGORY_SCOPE)),
    ReportSpec("dead_stock", Text("Dead stock", "Неликвидные запасы"),
               Text("Goods on hand that have not sold for a number of days.",
                    "Товары на складе, которые не продавались заданное число дней."),
               (Option("days", Text("No sales for, days", "Без продаж, дней"), 90, minimum=Decimal(1),
                       maximum=Decimal(3650)), TOP, CATEGORY_SCOPE)),
    ReportSpec("out_of_stock_sellers", Text("Out of stock, sold well", "Нет в наличии, хорошо продавались"),
               Text("Goods that sold in the period and are out of stock at its end.",
                    "Товары, которые продавались в периоде и закончились к его концу."),
               (Option("top", Text("Best sellers shown (0: all)", "Показать лучших (0 — все)"), 100,
                       minimum=Decimal(0), maximum=Decimal(100000)), CATEGORY_SCOPE)),
    ReportSpec("purchases_vs_sales", Text("Purchases vs sales by supplier", "Закупки и продажи по поставщикам"),
               Text("Goods bought from each supplier and how its goods sold.",
                    "Закупки у каждого поставщика и продажи его товаров."), (CATEGORY_SCOPE,)),
    ReportSpec("returns", Text("Returns by product and reason", "Возвраты по товарам и причинам"),
               Text("Returned goods, refunds and the share of sales returned.",
                    "Возвращённые товары, суммы возвратов и доля возвратов в продажах."), (TOP, CATEGORY_SCOPE)),
    ReportSpec("product_orders", Text("Orders of a product", "Заказы товара"),
               Text("The order lines behind a product's figures.", "Строки заказов, из которых сложились цифры товара."),
               (Option("product_id", Text("Product", "Товар"), 0, minimum=Decimal(0), maximum=Decimal(2**31 - 1),
                       hidden=True),),
               frozenset(), drill_only=True),
)}

_BUILDERS: dict[str, Callable[[Context], ReportResult]] = {
    **sales.BUILDERS, **abc_xyz.BUILDERS, **stock.BUILDERS, **purchases.BUILDERS, **dashboard.BUILDERS,
}


def _clean_options(spec: ReportSpec, given: dict[str, Any]) -> dict[str, Any]:
    known = {option.key: option for option in spec.options}
    for key in given:
        if key not in known:
            raise ValidationError("The report '{report}' has no option '{option}'.", report=spec.key, option=key)
    options = {key: option.clean(given[key]) if key in given else option.default for key, option in known.items()}
    if "abc_a" in options and options["abc_a"] + options["abc_b"] > 100:
        raise ValidationError("Classes A and B can't take more than 100 % together.")
    if "xyz_x" in options and options["xyz_x"] > options["xyz_y"]:
        raise ValidationError("The X boundary can't be above the Y boundary.")
    return options


def _filter_lines(ctx: Context) -> tuple[Text, ...]:
    params = ctx.params
    lines = []
    if params.category_id is not None:
        name: Any = NO_CATEGORY if params.category_id == 0 else ctx.category_path(params.category_id)
        if params.category_id and not name:
            raise ValidationError("The category no longer exists.")
        lines.append(_line("Category", "Категория", name))
    if params.brand_id is not None:
        brand: Any = NO_BRAND if params.brand_id == 0 else ctx.brands().get(params.brand_id)
        if brand is None:
            raise ValidationError("The brand no longer exists.")
        lines.append(_line("Brand", "Бренд", brand))
    if params.supplier_id is not None:
        supplier: Any = NO_SUPPLIER if params.supplier_id == 0 else ctx.suppliers().get(params.supplier_id)
        if supplier is None:
            raise ValidationError("The supplier no longer exists.")
        lines.append(_line("Supplier", "Поставщик", supplier))
    if ctx.options.get("category_scope") == "own":
        lines.append(Text("Only products directly in the category", "Только товары самой категории"))
    return tuple(lines)


def _line(en: str, ru: str, value: Any) -> Text:
    if isinstance(value, Text):
        return Text(f"{en}: {value.en}", f"{ru}: {value.ru}")
    return Text(f"{en}: {value}", f"{ru}: {value}")


def run_report(session: Session, name: str, params: ReportParams, actor: Actor, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> ReportResult:
    """Run one report; raises :class:`ReportCancelled` when ``cancelled()`` turns true
    (polled between its queries) and ``ValidationError`` for bad parameters."""
    require(actor, Permission.VIEW_REPORTS)
    spec = REPORTS.get(name)
    if spec is None:
        raise ValidationError("Unknown report '{report}'.", report=name)
    if params.period.start > params.period.end:
        raise ValidationError("The period starts on {start} after it ends on {end}.",
                              start=f"{params.period.start:%d.%m.%Y}", end=f"{params.period.end:%d.%m.%Y}")
    params = replace(
        params,
        category_id=params.category_id if Filter.CATEGORY in spec.filters else None,
        brand_id=params.brand_id if Filter.BRAND in spec.filters else None,
        supplier_id=params.supplier_id if Filter.SUPPLIER in spec.filters else None,
        options=_clean_options(spec, params.options),
    )
    zone = summary.require_current(session)
    if session.get_bind().dialect.name == "postgresql":
        # Grouping a year of rows per product fits in memory instead of spilling to disk;
        # compiling a query (JIT) takes longer than running it; parallel workers each
        # rebuild the same per-product hash table (measured: slower, see bench_reports).
        session.execute(text("SET LOCAL work_mem = '64MB'"))
        session.execute(text("SET LOCAL jit = off"))
        session.execute(text("SET LOCAL max_parallel_workers_per_gather = 0"))
    ctx = Context(session, name, params, zone, progress, cancelled)
    ctx.filter_lines = _filter_lines(ctx)
    if cancelled is not None and cancelled():
        raise ReportCancelled()
    built = _BUILDERS[name](ctx)
    ctx.finish()
    return replace(built, generated_at=utcnow(), generated_by=actor.display_name)


def drill_params(parent: ReportParams, drill: DrillDown) -> ReportParams:
    """The parameters of the report a row leads to: the parent's period and filters,
    overridden by the row's (``period``, ``category_id``, ``brand_id``, ``supplier_id``),
    and the row's ``options``."""
    given = drill.params
    return ReportParams(
        period=given.get("period", parent.period),
        category_id=given.get("category_id", parent.category_id),
        brand_id=given.get("brand_id", parent.brand_id),
        supplier_id=given.get("supplier_id", parent.supplier_id),
        options=dict(given.get("options", {})),
    )
