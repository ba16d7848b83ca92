"""ABC and XYZ analysis and their matrix.

**ABC** ranks the products that sold in the period by net revenue (or gross margin),
largest first, ties by product id. A product is in A while the share accumulated by
the products *before* it is under the A boundary (80 % by default), so the product that
crosses the boundary still belongs to A; then B up to A + B (95 %); the rest, and every
product whose revenue or margin is zero or negative, is C.

**XYZ** is the coefficient of variation of a product's net units over the whole ISO
weeks (or whole calendar months) inside the period, weeks without sales counting as
zero: the population standard deviation over the mean. X up to 0.10, Y up to 0.25 by
default, Z above, the coefficient rounded to hundredths first (what is shown decides);
a product whose units over those weeks sum to zero or less is Z. Lines without a
catalog product are not ranked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import ROUND_FLOOR, Decimal
from math import isqrt
from typing import Any, NamedTuple

from sqlalchemy import select

from ...errors import ValidationError
from ...exports.report_data import (
    Aggregate,
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    DrillDown,
    ReportResult,
    Row,
    Series,
    Text,
)
from . import data
from .common import (
    CATEGORY,
    MARGIN,
    NO_CATEGORY,
    PRODUCT,
    REVENUE,
    SKU,
    UNITS,
    Context,
    money,
    percent,
    quantity,
    result,
    totals_row,
)
from .periods import Grouping, segments, week_start
from .sales import others_label, product_drill


class Classified(NamedTuple):
    """A product's figures (stored units) and classes; ``cumulative`` is the ranked
    measure accumulated up to and including it."""

    product_id: int
    units: int
    revenue: int
    cost: int
    measure: int
    cumulative: int
    cell: str  # "AX" ... "CZ"
    #: The coefficient of variation in hundredths (None: no demand over the buckets).
    cv: int | None


def cv_hundredths(total: int, squares: int, buckets: int) -> int | None:
    """sqrt(n·Σx² − (Σx)²) / Σx (the population standard deviation over the mean) in
    hundredths, rounded half up, in integers: floor((⌊200·√spread⌋ + Σx) / (2·Σx))."""
    if total <= 0:
        return None
    spread = max(buckets * squares - total * total, 0)
    return (isqrt(40000 * spread) + total) // (2 * total)


def demand_buckets(ctx: Context, grouping: Grouping) -> tuple[Any, Any, int]:
    """First and last bucket start of the whole weeks or months in the period, and how many."""
    period = ctx.params.period
    if grouping == Grouping.MONTH:
        months = segments(period).months
        first, last = months[0] if months else (period.end, period.start)
        count = (last.year - first.year) * 12 + last.month - first.month + 1 if months else 0
        if count < 2:
            raise ValidationError("XYZ by month needs at least two whole months in the period.")
        return first, last, count
    first = period.start if period.start.weekday() == 0 else week_start(period.start) + timedelta(days=7)
    last = week_start(period.end + timedelta(days=1)) - timedelta(days=7)
    count = (last - first).days // 7 + 1 if last >= first else 0
    if count < 2:
        raise ValidationError("XYZ by week needs at least two whole weeks in the period.")
    return first, last, count


def _thousandths(part: int, whole: int) -> int:
    return (2000 * part + whole) // (2 * whole) if whole > 0 else 0


def classify(ctx: Context) -> tuple[list[Classified], int]:
    """Every product that sold in the period, in ABC order, with its classes; and the
    ranked total (the sum of the positive measures)."""
    options = ctx.options
    by_margin = options["abc_by"] == "margin"
    grouping = Grouping(options["xyz_by"])
    first, last, count = demand_buckets(ctx, grouping)
    ctx.steps = 3
    if grouping == Grouping.MONTH:  # the period's whole months: read with its sales, in one pass
        sums = data.per_product(ctx, ctx.params.period, monthly_demand=True)
        found = data.fetch(ctx, select(sums.c.product_id, sums.c.units, sums.c.revenue, sums.c.cost, sums.c.total,
                                       sums.c.squares).where(sums.c.product_id != 0))
    else:  # weeks: read apart and matched here (SQLite may join two derived tables row by row)
        weekly = {pid: (total, squares) for pid, total, squares in data.fetch(
            ctx, select(data.weekly_demand(ctx, first, last)))}
        sums = data.per_product(ctx, ctx.params.period)
        found = [(pid, units, revenue, cost, *weekly.get(pid, (None, None))) for pid, units, revenue, cost in data.fetch(
            ctx, select(sums.c.product_id, sums.c.units, sums.c.revenue, sums.c.cost).where(sums.c.product_id != 0))]
    # Sorted as (−measure, product id): largest first, ties by id.
    rows = [(cost - revenue if by_margin else -revenue, pid, units, revenue, cost, total, squares)
            for pid, units, revenue, cost, total, squares in found]
    ctx.step()
    rows.sort()
    ranked_total = -sum(row[0] for row in rows if row[0] < 0)
    a_limit = Decimal(options["abc_a"]) * ranked_total / 100
    b_limit = (Decimal(options["abc_a"]) + Decimal(options["abc_b"])) * ranked_total / 100
    # The coefficient is compared in whole hundredths: "up to 0.10" keeps 10 and below.
    x_cut = int((Decimal(options["xyz_x"]) * 100).to_integral_value(ROUND_FLOOR))
    y_cut = int((Decimal(options["xyz_y"]) * 100).to_integral_value(ROUND_FLOOR))
    classified: list[Classified] = []
    before = 0
    for negative, pid, units, revenue, cost, total, squares in rows:
        value = -negative
        abc = "C" if value <= 0 else "A" if before < a_limit else "B" if before < b_limit else "C"
        if value > 0:
            before += value
        cv = cv_hundredths(total, squares, count) if total else None
        xyz = "Z" if cv is None or cv > y_cut else "Y" if cv > x_cut else "X"
        classified.append(Classified(pid, units, revenue, cost, value, before, abc + xyz, cv))
    ctx.step()
    return classified, ranked_total


def _option_lines(ctx: Context) -> tuple[Text, ...]:
    options = ctx.options
    measure = Text("revenue", "выручке") if options["abc_by"] == "revenue" else Text("gross margin", "валовой прибыли")
    bucket = Text("weeks", "неделям") if options["xyz_by"] == "week" else Text("months", "месяцам")
    a, b = Decimal(options["abc_a"]), Decimal(options["abc_b"])
    c = 100 - a - b
    return (
        Text(f"ABC by {measure.en}: A {a} %, B {b} %, C {c} %", f"ABC по {measure.ru}: A {a} %, B {b} %, C {c} %"),
        Text(f"XYZ by {bucket.en}: X up to {options['xyz_x']}, Y up to {options['xyz_y']}",
             f"XYZ по {bucket.ru}: X до {options['xyz_x']}, Y до {options['xyz_y']}"),
    )


CELLS = [a + x for a in "ABC" for x in "XYZ"]


def abc_xyz(ctx: Context) -> ReportResult:
    """The ABC × XYZ matrix: products, revenue and margin in each of the nine cells."""
    found, _ranked = classify(ctx)
    counts = dict.fromkeys(CELLS, 0)
    revenue = dict.fromkeys(CELLS, 0)
    margin = dict.fromkeys(CELLS, 0)
    for item in found:
        counts[item.cell] += 1
        revenue[item.cell] += item.revenue
        margin[item.cell] += item.revenue - item.cost
    total = sum(revenue.values())
    carried = {k: ctx.options[k] for k in ("abc_by", "abc_a", "abc_b", "xyz_by", "xyz_x", "xyz_y", "category_scope")}
    rows = [
        Row((cell, cell[0], cell[1], counts[cell], money(revenue[cell]), percent(revenue[cell], total),
             money(margin[cell])), drill=DrillDown("abc_xyz_products", {"options": {**carried, "cell": cell}}))
        for cell in CELLS
    ]
    columns = (
        Column("cell", Text("Cell", "Ячейка"), ColumnKind.TEXT, width=0.7),
        Column("abc", Text("ABC", "ABC"), ColumnKind.TEXT, width=0.5),
        Column("xyz", Text("XYZ", "XYZ"), ColumnKind.TEXT, width=0.5),
        Column("products", Text("Products", "Товаров"), ColumnKind.INTEGER, Aggregate.SUM),
        REVENUE,
        Column("share", Text("Share of revenue, %", "Доля выручки, %"), ColumnKind.PERCENT, Aggregate.GIVEN),
        MARGIN,
    )
    chart = Chart(Text("Revenue by cell", "Выручка по ячейкам"), ChartKind.BAR,
                  (Series(REVENUE.title, tuple((cell, money(revenue[cell])) for cell in CELLS)),))
    return result(ctx, Text("ABC/XYZ analysis", "ABC/XYZ-анализ"), columns, rows,
                  totals=totals_row(columns, rows, {"share": percent(total, total)}), charts=(chart,),
                  extra_lines=_option_lines(ctx))


def abc_xyz_products(ctx: Context) -> ReportResult:
    """The products with their classes in ABC order (option ``cell``, e.g. "AX", keeps
    one cell); past the ``top`` first, the rest in one row."""
    found, ranked_total = classify(ctx)
    cell = ctx.options["cell"]
    chosen = [item for item in found if not cell or item.cell == cell]
    limit = int(ctx.options["top"]) or len(chosen)
    shown = chosen[:limit]
    info = data.products_info(ctx, [item.product_id for item in shown])
    categories = ctx.categories()
    rows = []
    for item in shown:
        p = info[item.product_id]
        category = categories[p.category_id][0] if p.category_id in categories else NO_CATEGORY
        share = _thousandths(item.measure if item.measure > 0 else 0, ranked_total)
        rows.append(Row(
            (p.sku, p.name, category, money(item.revenue), money(item.revenue - item.cost), Decimal(share).scaleb(-1),
             Decimal(_thousandths(item.cumulative, ranked_total)).scaleb(-1), item.cell[0], quantity(item.units),
             None if item.cv is None else Decimal(item.cv).scaleb(-2), item.cell[1], item.cell),
            drill=product_drill(item.product_id),
        ))
    if len(chosen) > len(shown):
        rest = chosen[limit:]
        revenue, cost = sum(i.revenue for i in rest), sum(i.cost for i in rest)
        rows.append(Row(("", others_label(len(rest)), "", money(revenue), money(revenue - cost), None, None, "",
                         quantity(sum(i.units for i in rest)), None, "", "")))
    by_margin = ctx.options["abc_by"] == "margin"
    share_title = Text("Share of margin, %", "Доля прибыли, %") if by_margin else Text("Share of revenue, %",
                                                                                        "Доля выручки, %")
    columns = (
        SKU, PRODUCT, CATEGORY, REVENUE, MARGIN,
        Column("share", share_title, ColumnKind.PERCENT),
        Column("cumulative", Text("Cumulative, %", "Нарастающим итогом, %"), ColumnKind.PERCENT),
        Column("abc", Text("ABC", "ABC"), ColumnKind.TEXT, width=0.5),
        UNITS,
        Column("cv", Text("Coefficient of variation", "Коэффициент вариации"), ColumnKind.RATIO),
        Column("xyz", Text("XYZ", "XYZ"), ColumnKind.TEXT, width=0.5),
        Column("cell", Text("Cell", "Ячейка"), ColumnKind.TEXT, width=0.6),
    )
    extra = _option_lines(ctx) + ((Text(f"Cell: {cell}", f"Ячейка: {cell}"),) if cell else ())
    ctx.step()
    return result(ctx, Text("ABC/XYZ: products", "ABC/XYZ: товары"), columns, rows,
                  totals=totals_row(columns, rows), extra_lines=extra)


BUILDERS: dict[str, Callable[[Context], ReportResult]] = {
    "abc_xyz": abc_xyz,
    "abc_xyz_products": abc_xyz_products,
}
