"""Purchases vs sales by supplier, and returns by product and reason.

Purchases are read from the ledger: goods that came in from a supplier on a posted
receipt (at their landed unit cost), less goods sent back to it (reversed receipts and
returns to the supplier), on the local days of the period. Sales count under each
product's current supplier (see :mod:`.data`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select

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
    COST,
    MARGIN,
    MARGIN_PERCENT,
    NO_SUPPLIER,
    NOT_IN_CATALOG,
    PRODUCT,
    REVENUE,
    SKU,
    Context,
    money,
    percent,
    quantity,
    result,
    totals_row,
)
from .rollup import ORPHAN
from .sales import product_drill
from .zones import utc_bounds


def purchases_by_supplier(ctx: Context) -> dict[int | None, tuple[int, int]]:
    """Net (units in thousandths, value in kopecks) bought per supplier in the period."""
    start, end = utc_bounds(ctx.params.period.start, ctx.params.period.end, ctx.zone)
    rows = data.purchases(ctx, start, end)
    stmt = select(rows.c.supplier_id, data.isum(rows.c.qty), data.kopecks_sql(data.isum(rows.c.value))
                  ).group_by(rows.c.supplier_id)
    return {sid or None: (int(q), int(v)) for sid, q, v in data.fetch(ctx, stmt)}


def purchases_vs_sales(ctx: Context) -> ReportResult:
    ctx.steps = 3
    bought = purchases_by_supplier(ctx)
    ctx.step()
    sold = data.grouped_sales(ctx, ctx.params.period, "supplier", ("units", "revenue", "cost"))
    ctx.step()
    names = ctx.suppliers()
    rows = []
    keys = sorted(set(bought) | set(sold), key=lambda k: (-sold.get(k, data.Net()).revenue, str(k)))
    for key in keys:
        units_in, value_in = bought.get(key, (0, 0))
        s = sold.get(key, data.Net())
        if key == ORPHAN:
            label: Any = NOT_IN_CATALOG
            drill = product_drill(0)
        else:
            label = names.get(key, str(key)) if key is not None else NO_SUPPLIER
            drill = DrillDown("sales_by_product", {"supplier_id": key or 0})
        rows.append(Row((label, quantity(units_in), money(value_in), quantity(s.units), money(s.revenue), money(s.cost),
                         money(s.margin), percent(s.margin, s.revenue), percent(s.units, units_in)), drill=drill))
    columns = (
        Column("supplier", Text("Supplier", "Поставщик"), ColumnKind.TEXT, width=2.5),
        Column("bought_units", Text("Bought, units", "Закуплено, шт."), ColumnKind.QUANTITY, Aggregate.SUM),
        Column("bought_value", Text("Bought at cost", "Закуплено на сумму"), ColumnKind.MONEY, Aggregate.SUM, width=1.3),
        Column("sold_units", Text("Sold, units", "Продано, шт."), ColumnKind.QUANTITY, Aggregate.SUM),
        REVENUE, COST, MARGIN, MARGIN_PERCENT,
        Column("sell_through", Text("Sold of bought, %", "Продано от закупленного, %"), ColumnKind.PERCENT,
               Aggregate.GIVEN),
    )
    units_in = sum(v[0] for v in bought.values())
    units_out = sum(s.units for s in sold.values())
    revenue = sum(s.revenue for s in sold.values())
    margin = sum(s.margin for s in sold.values())
    chart = Chart(Text("Bought and sold at cost", "Закуплено и продано по себестоимости"), ChartKind.BAR, (
        Series(Text("Bought", "Закуплено"), tuple((names[k], money(bought.get(k, (0, 0))[1])) for k in keys
                                                  if k in names)),
        Series(Text("Cost of goods sold", "Себестоимость продаж"),
               tuple((names[k], money(sold.get(k, data.Net()).cost)) for k in keys if k in names)),
    ))
    ctx.step()
    return result(ctx, Text("Purchases vs sales by supplier", "Закупки и продажи по поставщикам"), columns, rows,
                  totals=totals_row(columns, rows, {"margin_percent": percent(margin, revenue),
                                                     "sell_through": percent(units_out, units_in)}),
                  charts=(chart,))


NO_REASON = Text("(no reason given)", "(причина не указана)")


def returns(ctx: Context) -> ReportResult:
    """Returned goods per product and reason, largest refunds first, with each product's
    share of its sold units that came back; past the ``top`` first, the rest in one row."""
    period = ctx.params.period
    f = data.F
    ctx.steps = 4
    grouped = data.restrict(
        select(f.c.product_id, f.c.return_reason.label("reason"), data.isum(f.c.returned_units).label("units"),
               data.isum(f.c.returned_revenue).label("refunds"), data.isum(f.c.returned_cost).label("cost"),
               func.count(func.distinct(f.c.order_id)).label("orders"))
        .where(f.c.day.between(period.start, period.end), f.c.returned_units != 0)
        .group_by(f.c.product_id, f.c.return_reason),
        f.c.product_id, data.product_filter(ctx),
    ).subquery()
    ranked = data.top(ctx, grouped, ("units", "refunds", "cost"),
                      (("refunds", True), ("product_id", False), ("reason", False)), int(ctx.options["top"]))
    ctx.step()
    if ctx.options["top"]:  # the products shown
        shown: Any = sorted({row[0] for row in ranked.rows})
    else:
        shown = select(data.restrict(select(f.c.product_id).where(
            f.c.day.between(period.start, period.end), f.c.returned_units != 0), f.c.product_id,
            data.product_filter(ctx)).cte("returned_products"))
    sums = data.per_product(ctx, period, shown)
    sold = {pid: units + back for pid, units, back in data.fetch(
        ctx, select(sums.c.product_id, sums.c.units, sums.c.returned_units))}
    ctx.step()
    info = ranked.info
    by_reason_stmt = data.restrict(
        select(f.c.return_reason, data.isum(f.c.returned_revenue))
        .where(f.c.day.between(period.start, period.end), f.c.returned_units != 0).group_by(f.c.return_reason),
        f.c.product_id, data.product_filter(ctx),
    )
    by_reason = sorted(((reason or "—", int(v)) for reason, v in data.fetch(ctx, by_reason_stmt)), key=lambda i: -i[1])
    ctx.step()
    rows = []
    shown = (0, 0, 0)
    for pid, reason, units, refunds, cost, orders in ranked.rows:
        p = info.get(pid)
        rows.append(Row((p.sku if p else "", p.name if p else NOT_IN_CATALOG, reason or NO_REASON, quantity(units),
                         money(refunds), money(cost), orders, percent(units, sold.get(pid, 0))),
                        drill=product_drill(pid)))
        shown = (shown[0] + units, shown[1] + refunds, shown[2] + cost)
    if ranked.count > len(rows):
        rest = [t - s for t, s in zip(ranked.totals, shown, strict=True)]
        rows.append(Row(("", Text(f"Other returns: {ranked.count - len(rows)}", f"Прочие возвраты: {ranked.count - len(rows)}"),
                         "", quantity(rest[0]), money(rest[1]), money(rest[2]), None, None)))
    columns = (
        SKU, PRODUCT,
        Column("reason", Text("Reason", "Причина"), ColumnKind.TEXT, width=2),
        Column("returned_units", Text("Returned, units", "Возвращено, шт."), ColumnKind.QUANTITY, Aggregate.SUM),
        Column("refunds", Text("Refunds", "Возвращено денег"), ColumnKind.MONEY, Aggregate.SUM, width=1.3),
        Column("returned_cost", Text("Cost of returned goods", "Себестоимость возвратов"), ColumnKind.MONEY,
               Aggregate.SUM, width=1.3),
        Column("orders", Text("Orders", "Заказы"), ColumnKind.INTEGER),
        Column("return_rate", Text("Returned of sold, %", "Возвращено от проданного, %"), ColumnKind.PERCENT),
    )
    chart = Chart(Text("Refunds by reason", "Возвраты по причинам"), ChartKind.PIE,
                  (Series(Text("Refunds", "Возвращено денег"), tuple((r, money(v)) for r, v in by_reason)),))
    ctx.step()
    return result(ctx, Text("Returns by product and reason", "Возвраты по товарам и причинам"), columns, rows,
                  totals=totals_row(columns, rows), charts=(chart,))


BUILDERS: dict[str, Callable[[Context], ReportResult]] = {
    "purchases_vs_sales": purchases_vs_sales,
    "returns": returns,
}
