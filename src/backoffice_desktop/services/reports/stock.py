"""Stock reports: valuation at cost on past dates, turnover and days of supply, dead stock,
and goods that sold well but are out of stock. Stock comes from the ledger (see
:mod:`.data`): opening is the end of the day before the period, closing its last day.

Turnover = cost of goods sold in the period / average stock value ((opening + closing) / 2);
turnover in days = the period's days / turnover; days of supply = closing stock value /
the average cost of goods sold per day. All three are computed on values at cost, so a
category's figures are those of its goods taken together.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, case, func, literal, or_, select, union_all

from ...exports.report_data import Aggregate, Column, ColumnKind, DrillDown, Period, ReportResult, Row, Text
from . import data
from .common import (
    CATEGORY,
    CENT,
    COST,
    LAST_SALE,
    NO_CATEGORY,
    ON_HAND,
    PRODUCT,
    REVENUE,
    SKU,
    STOCK_VALUE,
    UNITS,
    Context,
    money,
    quantity,
    result,
    totals_row,
)
from .periods import days_in
from .rollup import roll_up
from .sales import others_label, product_drill

P = data.P


def _category_name(ctx: Context, category_id: int | None) -> Any:
    categories = ctx.categories()
    return categories[category_id][0] if category_id in categories else NO_CATEGORY


def _drill_same(ctx: Context, filters: dict[str, Any], by_category: bool) -> DrillDown:
    options = {**ctx.options, **filters.get("options", {}), "group_by": "category" if by_category else "product"}
    return DrillDown(ctx.name, {**{k: v for k, v in filters.items() if k != "options"}, "options": options})


def _by_category(ctx: Context, source: Any, columns: list[Any]) -> dict[int | None, tuple[int, ...]]:
    """Per-product ``columns`` of ``source`` (which has each product's ``category_id``)
    summed per category."""
    stmt = select(source.c.category_id, *[data.isum(c) for c in columns]).group_by(source.c.category_id)
    return {key: tuple(int(v) for v in values) for key, *values in data.fetch(ctx, stmt)}


def _add(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(x + y for x, y in zip(a, b, strict=True))


# --- valuation --------------------------------------------------------------------------------

OPENING_VALUE = Column("opening_value", Text("Opening value", "Стоимость на начало"), ColumnKind.MONEY, Aggregate.SUM,
                       width=1.3)
CLOSING_VALUE = Column("closing_value", Text("Closing value", "Стоимость на конец"), ColumnKind.MONEY, Aggregate.SUM,
                       width=1.3)


def stock_valuation(ctx: Context) -> ReportResult:
    """Stock on hand and its value at cost at the start and the end of the period."""
    period = ctx.params.period
    opening_day = period.start - timedelta(days=1)
    ctx.steps = 3
    levels = data.stock_levels(ctx, [opening_day, period.end], with_category=ctx.options["group_by"] != "product")
    moved = select(levels).where(or_(levels.c.qty_0 != 0, levels.c.value_0 != 0, levels.c.qty_1 != 0,
                                     levels.c.value_1 != 0)).subquery()
    change_value = Column("change", Text("Change", "Изменение"), ColumnKind.MONEY, Aggregate.SUM, width=1.3)
    rows = []
    if ctx.options["group_by"] == "product":
        ranked = data.top(ctx, moved, ("value_0", "value_1"), (("value_1", True), ("product_id", False)),
                          int(ctx.options["top"]))
        ctx.step()
        info = ranked.info
        shown_open = shown_close = 0
        for pid, oq, ov, cq, cv in ranked.rows:
            p = info[pid]
            unit_cost = (money(cv) / quantity(cq)).quantize(CENT, ROUND_HALF_UP) if cq > 0 else None
            rows.append(Row((p.sku, p.name, _category_name(ctx, p.category_id), quantity(oq), money(ov), quantity(cq),
                             unit_cost, money(cv), money(cv - ov)), drill=product_drill(pid)))
            shown_open, shown_close = shown_open + ov, shown_close + cv
        if ranked.count > len(rows):
            ov, cv = ranked.totals[0] - shown_open, ranked.totals[1] - shown_close
            rows.append(Row(("", others_label(ranked.count - len(rows)), "", None, money(ov), None, None, money(cv),
                             money(cv - ov))))
        columns: tuple[Column, ...] = (
            SKU, PRODUCT, CATEGORY,
            Column("opening_qty", Text("Opening qty", "Остаток на начало"), ColumnKind.QUANTITY),
            OPENING_VALUE,
            Column("closing_qty", Text("Closing qty", "Остаток на конец"), ColumnKind.QUANTITY),
            Column("unit_cost", Text("Average cost", "Средняя себестоимость"), ColumnKind.MONEY),
            CLOSING_VALUE, change_value,
        )
    else:
        in_stock = case((moved.c.qty_1 > 0, 1), else_=0)
        per_category = _by_category(ctx, moved, [moved.c.value_0, moved.c.value_1, in_stock])
        ctx.step()
        for row, (ov, cv, count) in sorted(roll_up(ctx, per_category, _add), key=lambda r: (-r[1][1], str(r[0].label))):
            rows.append(Row((row.label, count, money(ov), money(cv), money(cv - ov)),
                            drill=_drill_same(ctx, row.drill, row.has_children)))
        ctx.step()
        columns = (CATEGORY, Column("in_stock", Text("Products in stock", "Товаров в наличии"), ColumnKind.INTEGER,
                                    Aggregate.SUM), OPENING_VALUE, CLOSING_VALUE, change_value)
    extra = (Text(f"Opening: end of {opening_day:%d.%m.%Y}; closing: end of {period.end:%d.%m.%Y}",
                  f"Начало: конец дня {opening_day:%d.%m.%Y}; конец: конец дня {period.end:%d.%m.%Y}"),)
    ctx.step()
    return result(ctx, Text("Stock valuation at cost", "Оценка запасов по себестоимости"), columns, rows,
                  totals=totals_row(columns, rows), extra_lines=extra)


# --- turnover ---------------------------------------------------------------------------------

def turnover_figures(cogs: int, opening: int, closing: int, days: int) -> tuple[Decimal, Decimal | None, Decimal | None,
                                                                                Decimal | None]:
    """(average stock value, turnover, turnover in days, days of supply) from kopecks."""
    stock = opening + closing
    average_value = (Decimal(stock) / 200).quantize(CENT, ROUND_HALF_UP)
    turnover = (Decimal(cogs) * 2 / Decimal(stock)).quantize(CENT, ROUND_HALF_UP) if stock > 0 else None
    turnover_days = (Decimal(days) * stock / 2 / Decimal(cogs)).quantize(CENT, ROUND_HALF_UP) if cogs > 0 else None
    supply = (Decimal(closing) * days / Decimal(cogs)).quantize(CENT, ROUND_HALF_UP) if cogs > 0 else None
    return average_value, turnover, turnover_days, supply


TURNOVER_COLUMNS = (
    Column("average_stock", Text("Average stock value", "Средний запас"), ColumnKind.MONEY, Aggregate.GIVEN, width=1.3),
    Column("turnover", Text("Turnover, times", "Оборачиваемость, раз"), ColumnKind.RATIO, Aggregate.GIVEN),
    Column("turnover_days", Text("Turnover, days", "Оборачиваемость, дней"), ColumnKind.RATIO, Aggregate.GIVEN),
    Column("days_of_supply", Text("Days of supply", "Запас, дней"), ColumnKind.RATIO, Aggregate.GIVEN),
)


def stock_turnover(ctx: Context) -> ReportResult:
    period = ctx.params.period
    days = days_in(period)
    ctx.steps = 3
    sums = data.per_product(ctx, period)
    by_product = ctx.options["group_by"] == "product"
    levels = data.stock_levels(ctx, [period.start - timedelta(days=1), period.end], with_category=not by_product)
    zero = literal(0, BigInteger)
    both = union_all(
        select(sums.c.product_id, sums.c.units, sums.c.cost.label("cogs"), zero.label("opening"),
               zero.label("closing"), zero.label("qty")).where(sums.c.product_id != 0),
        select(levels.c.product_id, zero, zero, levels.c.value_0, levels.c.value_1, levels.c.qty_1),
    ).subquery()
    merged = select(both.c.product_id, *[data.isum(both.c[k]).label(k) for k in ("units", "cogs", "opening", "closing",
                                                                                 "qty")]
                    ).group_by(both.c.product_id).subquery()
    merged = select(merged).where(or_(merged.c.units != 0, merged.c.cogs != 0, merged.c.opening != 0,
                                      merged.c.closing != 0)).subquery()
    cogs_col = Column("cogs", COST.title, ColumnKind.MONEY, Aggregate.SUM, width=1.3)
    rows = []
    if by_product:
        ranked = data.top(ctx, merged, ("cogs", "opening", "closing"), (("cogs", True), ("product_id", False)),
                          int(ctx.options["top"]))
        ctx.step()
        info = ranked.info
        shown = (0, 0, 0)
        for pid, units, cogs, ov, cv, cq in ranked.rows:
            p = info[pid]
            rows.append(Row((p.sku, p.name, _category_name(ctx, p.category_id), quantity(units), money(cogs), money(ov),
                             money(cv), quantity(cq), *turnover_figures(cogs, ov, cv, days)), drill=product_drill(pid)))
            shown = _add(shown, (cogs, ov, cv))
        if ranked.count > len(rows):
            cogs, ov, cv = (t - s for t, s in zip(ranked.totals, shown, strict=True))
            rows.append(Row(("", others_label(ranked.count - len(rows)), "", None, money(cogs), money(ov), money(cv), None,
                             *turnover_figures(cogs, ov, cv, days))))
        totals = ranked.totals
        columns: tuple[Column, ...] = (SKU, PRODUCT, CATEGORY, UNITS, cogs_col, OPENING_VALUE, CLOSING_VALUE, ON_HAND,
                                       *TURNOVER_COLUMNS)
    else:
        # Sales and stock summed per category apart and added here: grouping the products'
        # union first costs more than both (a category shows when any of its products
        # has units, cost of goods or stock value).
        one, none = literal(1, BigInteger), literal(0, BigInteger)
        sold = data.per_product_in_category(ctx, period)
        sales = {key: (int(cogs), int(count)) for key, cogs, count in data.fetch(ctx, select(
            sold.c.category_id, data.isum(sold.c.cost),
            data.isum(case((or_(sold.c.units != 0, sold.c.cost != 0), one), else_=none)),
        ).group_by(sold.c.category_id))}
        stock = _by_category(ctx, levels, [levels.c.value_0, levels.c.value_1,
                                           case((or_(levels.c.value_0 != 0, levels.c.value_1 != 0), one), else_=none)])
        per_category = {}
        for key in sales.keys() | stock.keys():
            cogs, sold_products = sales.get(key, (0, 0))
            ov, cv, stocked_products = stock.get(key, (0, 0, 0))
            if sold_products or stocked_products:
                per_category[key] = (cogs, ov, cv)
        ctx.step()
        for row, (cogs, ov, cv) in sorted(roll_up(ctx, per_category, _add), key=lambda r: (-r[1][0], str(r[0].label))):
            rows.append(Row((row.label, money(cogs), money(ov), money(cv), *turnover_figures(cogs, ov, cv, days)),
                            drill=_drill_same(ctx, row.drill, row.has_children)))
        totals = tuple(sum(v[k] for v in per_category.values()) for k in range(3))
        columns = (CATEGORY, cogs_col, OPENING_VALUE, CLOSING_VALUE, *TURNOVER_COLUMNS)
    ctx.step()
    average_value, turnover, turnover_days, supply = turnover_figures(totals[0], totals[1], totals[2], days)
    return result(ctx, Text("Stock turnover", "Оборачиваемость запасов"), columns, rows,
                  totals=totals_row(columns, rows, {"average_stock": average_value, "turnover": turnover,
                                                     "turnover_days": turnover_days, "days_of_supply": supply}))


# --- dead stock and out-of-stock sellers -----------------------------------------------------

def dead_stock(ctx: Context) -> ReportResult:
    """Goods on hand at the end of the period that did not sell in the ``days`` before."""
    period = ctx.params.period
    window = int(ctx.options["days"])
    ctx.steps = 4
    closing = data.stock_levels(ctx, [period.end])
    recent = data.per_product(ctx, Period(period.end - timedelta(days=window - 1), period.end))
    idle = (
        select(closing.c.product_id, closing.c.qty_0.label("qty"), closing.c.value_0.label("value"))
        .outerjoin(recent, recent.c.product_id == closing.c.product_id)
        .where(closing.c.qty_0 > 0, func.coalesce(recent.c.units + recent.c.returned_units, 0) <= 0)
        .subquery()
    )
    ranked = data.top(ctx, idle, ("qty", "value"), (("value", True), ("product_id", False)), int(ctx.options["top"]))
    ctx.step()
    ids = [row[0] for row in ranked.rows]
    last = data.last_sales(ctx, period.end, ids)
    ctx.step()
    info = ranked.info
    rows = []
    shown = (0, 0)
    for pid, qty, value in ranked.rows:
        p = info[pid]
        last_day = last.get(pid)
        drill_period = Period(last_day, period.end) if last_day else period
        rows.append(Row((p.sku, p.name, _category_name(ctx, p.category_id), quantity(qty), money(value), last_day,
                         (period.end - last_day).days if last_day else None),
                        drill=DrillDown("product_orders", {"period": drill_period, "options": {"product_id": pid}}),
                        product_id=pid))
        shown = _add(shown, (qty, value))
    if ranked.count > len(rows):
        rows.append(Row(("", others_label(ranked.count - len(rows)), "", quantity(ranked.totals[0] - shown[0]),
                         money(ranked.totals[1] - shown[1]), None, None)))
    columns = (SKU, PRODUCT, CATEGORY, ON_HAND, STOCK_VALUE, LAST_SALE,
               Column("days_idle", Text("Days without sales", "Дней без продаж"), ColumnKind.INTEGER))
    ctx.step()
    return result(ctx, Text("Dead stock", "Неликвидные запасы"), columns, rows, totals=totals_row(columns, rows),
                  extra_lines=(Text(f"No sales in the {window} days up to {period.end:%d.%m.%Y}",
                                    f"Без продаж за {window} дн. по {period.end:%d.%m.%Y}"),))


def out_of_stock_sellers(ctx: Context) -> ReportResult:
    """Goods that sold in the period and have nothing on hand at its end, best sellers first."""
    period = ctx.params.period
    ctx.steps = 4
    sums = data.per_product(ctx, period)
    closing = data.stock_levels(ctx, [period.end])
    on_hand = func.coalesce(closing.c.qty_0, 0)
    out = (
        select(sums.c.product_id, sums.c.units, sums.c.revenue, on_hand.label("on_hand"))
        .outerjoin(closing, closing.c.product_id == sums.c.product_id)
        .where(sums.c.product_id != 0, sums.c.units > 0, on_hand <= 0)
        .subquery()
    )
    ranked = data.top(ctx, out, ("units", "revenue"), (("revenue", True), ("product_id", False)), int(ctx.options["top"]))
    ctx.step()
    ids = [row[0] for row in ranked.rows]
    last = data.last_sales(ctx, period.end, ids)
    ctx.step()
    info = ranked.info
    days = days_in(period)
    rows = []
    shown = (0, 0)
    for pid, units, revenue, qty in ranked.rows:
        p = info[pid]
        per_day = (quantity(units) / days).quantize(CENT, ROUND_HALF_UP)
        rows.append(Row((p.sku, p.name, _category_name(ctx, p.category_id), quantity(units), money(revenue), per_day,
                         last.get(pid), quantity(qty)), drill=product_drill(pid)))
        shown = _add(shown, (units, revenue))
    if ranked.count > len(rows):
        rows.append(Row(("", others_label(ranked.count - len(rows)), "", quantity(ranked.totals[0] - shown[0]),
                         money(ranked.totals[1] - shown[1]), None, None, None)))
    columns = (SKU, PRODUCT, CATEGORY, UNITS, REVENUE,
               Column("per_day", Text("Units per day", "В день"), ColumnKind.QUANTITY), LAST_SALE,
               Column("on_hand", ON_HAND.title, ColumnKind.QUANTITY))
    ctx.step()
    return result(ctx, Text("Out of stock, sold well", "Нет в наличии, хорошо продавались"), columns, rows,
                  totals=totals_row(columns, rows))


BUILDERS: dict[str, Callable[[Context], ReportResult]] = {
    "stock_valuation": stock_valuation,
    "stock_turnover": stock_turnover,
    "dead_stock": dead_stock,
    "out_of_stock_sellers": out_of_stock_sellers,
}
