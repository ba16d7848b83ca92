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
from typing import Any

from sqlalchemy import BigInteger, Numeric, Subquery, and_, case, cast, func, select

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


#: The largest BIGINT: products of stored integers are compared in BIGINT up to it.
_BIGINT_MAX = 2**63 - 1


def _exact_less(ctx: Context, fast: Any, exact: Any, fits: Any) -> Any:
    """A comparison of products of integers that may pass 2⁶³ (squares of big sellers'
    units): ``fast`` in BIGINT, ``exact`` the same in NUMERIC. PostgreSQL takes ``fast``
    on the rows where ``fits`` says its products stay within a BIGINT and ``exact`` only
    on the others (NUMERIC on every row cost a quarter of a second over 80 000
    products); SQLite turns an overflowing integer into a REAL by itself."""
    if ctx.dialect != "postgresql":
        return fast
    return case((fits, fast), else_=exact)


def _within(column: Any, factor: int) -> Any:
    """``column · factor`` fits in a BIGINT."""
    bound = _BIGINT_MAX // max(factor, 1)
    return column.between(-bound, bound)


def classified(ctx: Context) -> tuple[Subquery, int]:
    """Every product that sold in the period with its classes, worked out in SQL in one
    pass (a window over the ABC order), and the number of demand buckets.

    Columns: ``product_id, units, revenue, cost, measure`` (what ABC ranks),
    ``cumulative`` (the positive measures up to and including the product, in ABC
    order), ``ranked_total``, ``total, squares`` (demand), ``abc``, ``xyz``, ``cell``.
    The class boundaries are the rules of the module's docstring in integers: "the
    share before the product is under a%" is ``100·before·den < num·total`` for
    a = num/den, and "the coefficient rounded to hundredths is at most c" (see
    :func:`cv_hundredths`) is ``40000·spread < (Σx·(2c + 1))²``, no square root needed."""
    options = ctx.options
    grouping = Grouping(options["xyz_by"])
    first, last, count = demand_buckets(ctx, grouping)
    ctx.steps = 2
    sums = data.per_product(ctx, ctx.params.period, demand=(grouping.value, first, last),
                            measures=("units", "revenue", "cost"))
    measure = sums.c.revenue - sums.c.cost if options["abc_by"] == "margin" else sums.c.revenue
    base = select(sums.c.product_id, sums.c.units, sums.c.revenue, sums.c.cost, measure.label("measure"),
                  sums.c.total, sums.c.squares).where(sums.c.product_id != 0).subquery()
    positive = case((base.c.measure > 0, base.c.measure), else_=0)
    windowed = select(
        base,
        cast(func.sum(positive).over(order_by=(base.c.measure.desc(), base.c.product_id), rows=(None, 0)),
             BigInteger).label("cumulative"),
        cast(func.sum(positive).over(), BigInteger).label("ranked_total"),
    ).subquery()
    w = windowed.c
    before = w.cumulative - case((w.measure > 0, w.measure), else_=0)

    def under(share: Decimal) -> Any:
        num, den = share.as_integer_ratio()
        return _exact_less(ctx, before * (100 * den) < w.ranked_total * num,
                           cast(before, Numeric) * (100 * den) < cast(w.ranked_total, Numeric) * num,
                           and_(_within(before, 100 * den), _within(w.ranked_total, num)))

    abc = case((w.measure <= 0, "C"), (under(Decimal(options["abc_a"])), "A"),
               (under(Decimal(options["abc_a"]) + Decimal(options["abc_b"])), "B"), else_="C")
    # The coefficient is compared in whole hundredths: "up to 0.10" keeps 10 and below.
    spread = case((count * w.squares > w.total * w.total, count * w.squares - w.total * w.total), else_=0)

    def at_most(bound: Any) -> Any:
        cut = int((Decimal(bound) * 100).to_integral_value(ROUND_FLOOR))
        k = 2 * cut + 1
        # (Σx·k)² stays within a BIGINT while Σx·k ≤ √(2⁶³ − 1).
        fits = and_(_within(spread, 40000), w.total.between(-(isqrt(_BIGINT_MAX) // k), isqrt(_BIGINT_MAX) // k))
        exact = cast(w.total, Numeric) * k
        return _exact_less(ctx, spread * 40000 < (w.total * k) * (w.total * k),
                           cast(spread, Numeric) * 40000 < exact * exact, fits)

    xyz = case((w.total <= 0, "Z"), (at_most(options["xyz_x"]), "X"), (at_most(options["xyz_y"]), "Y"), else_="Z")
    ctx.step()
    stmt = select(w.product_id, w.units, w.revenue, w.cost, w.measure, w.cumulative, w.ranked_total, w.total,
                  w.squares, abc.label("abc"), xyz.label("xyz")).subquery()
    return select(stmt, (stmt.c.abc + stmt.c.xyz).label("cell")).subquery(), count


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
    found, _count = classified(ctx)
    counts = dict.fromkeys(CELLS, 0)
    revenue = dict.fromkeys(CELLS, 0)
    margin = dict.fromkeys(CELLS, 0)
    stmt = select(found.c.cell, func.count(), data.isum(found.c.revenue), data.isum(found.c.revenue - found.c.cost)
                  ).group_by(found.c.cell)
    for cell, products, cell_revenue, cell_margin in data.fetch(ctx, stmt):
        counts[cell], revenue[cell], margin[cell] = int(products), int(cell_revenue), int(cell_margin)
    ctx.step()
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
    found, count = classified(ctx)
    cell = ctx.options["cell"]
    chosen = select(found).where(found.c.cell == cell).subquery() if cell else found
    ranked = data.top(ctx, chosen, ("units", "revenue", "cost"), (("measure", True), ("product_id", False)),
                      int(ctx.options["top"]))
    categories = ctx.categories()
    rows = []
    ranked_total = int(ranked.rows[0][6]) if ranked.rows else 0
    for pid, units, revenue, cost, measure, cumulative, _total, total, squares, _abc, _xyz, item_cell in ranked.rows:
        p = ranked.info[pid]
        category = categories[p.category_id][0] if p.category_id in categories else NO_CATEGORY
        share = _thousandths(measure if measure > 0 else 0, ranked_total)
        cv = cv_hundredths(total, squares, count) if total else None
        rows.append(Row(
            (p.sku, p.name, category, money(revenue), money(revenue - cost), Decimal(share).scaleb(-1),
             Decimal(_thousandths(int(cumulative), ranked_total)).scaleb(-1), item_cell[0], quantity(units),
             None if cv is None else Decimal(cv).scaleb(-2), item_cell[1], item_cell),
            drill=product_drill(pid),
        ))
    if ranked.count > len(rows):
        shown = [sum(int(row[k]) for row in ranked.rows) for k in (1, 2, 3)]
        units, revenue, cost = (t - s for t, s in zip(ranked.totals, shown, strict=True))
        rows.append(Row(("", others_label(ranked.count - len(rows)), "", money(revenue), money(revenue - cost), None,
                         None, "", quantity(units), None, "", "")))
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
