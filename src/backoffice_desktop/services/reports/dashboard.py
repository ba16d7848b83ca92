"""The director's dashboard: revenue, gross margin, orders, average order, stock value and
the number of products out of stock, each against the previous period and with its
trend over the last eight periods of the same length; below, the period day by day
(week by week over two months, month by month over half a year).

Out of stock = active products with nothing on hand at the end of the period.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from ...exports.report_data import (
    Aggregate,
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    DrillDown,
    Figure,
    Period,
    ReportResult,
    Row,
    Series,
    Text,
)
from ...models import Product
from . import data
from .common import (
    COST,
    MARGIN,
    MARGIN_PERCENT,
    REVENUE,
    Context,
    average,
    change,
    money,
    percent,
    period_label,
    result,
    totals_row,
)
from .periods import Grouping, buckets, days_in, previous_shift

TREND_PERIODS = 8


def _sum(days: dict[date, data.DaySums], span: Period) -> data.DaySums:
    """The days of the span added up."""
    found = [v for d, v in days.items() if span.start <= d <= span.end]
    return data.DaySums(sum(v.orders for v in found), sum(v.units for v in found), sum(v.revenue for v in found),
                        sum(v.cost for v in found))


def _grouping(period: Period) -> Grouping:
    days = days_in(period)
    return Grouping.DAY if days <= 62 else Grouping.WEEK if days <= 186 else Grouping.MONTH


def dashboard(ctx: Context) -> ReportResult:
    period = ctx.params.period
    shift = previous_shift(period)
    spans = [period]
    for _ in range(TREND_PERIODS - 1):
        spans.insert(0, shift.apply(spans[0]))
    ctx.steps = 3
    days = data.daily(ctx, spans[0].start, period.end)
    ctx.step()
    sales = [_sum(days, span) for span in spans]
    products = data.product_filter(ctx)
    active = select(Product.id).where(Product.is_active.is_(True))
    if products is not None:
        active = active.where(Product.id.in_(products))
    stock = data.stock_totals(ctx, [span.end for span in spans], active)
    active_count = ctx.session.scalar(select(func.count()).select_from(active.subquery())) or 0
    ctx.step()
    values = [value for value, _count in stock]
    out_of_stock = [active_count - count for _value, count in stock]

    def figure(title: Text, kind: ColumnKind, series: list[Any]) -> Figure:
        return Figure(title, series[-1], kind, change(series[-1], series[-2]),
                      tuple(Decimal(v) if v is not None else Decimal(0) for v in series))

    revenue = [money(s.revenue) for s in sales]
    margin = [money(s.revenue - s.cost) for s in sales]
    figures = (
        figure(REVENUE.title, ColumnKind.MONEY, revenue),
        figure(MARGIN.title, ColumnKind.MONEY, margin),
        figure(MARGIN_PERCENT.title, ColumnKind.PERCENT, [percent(s.revenue - s.cost, s.revenue) for s in sales]),
        figure(Text("Orders", "Заказы"), ColumnKind.INTEGER, [s.orders for s in sales]),
        figure(Text("Average order", "Средний чек"), ColumnKind.MONEY, [average(s.revenue, s.orders) for s in sales]),
        figure(Text("Stock value at cost", "Стоимость запаса"), ColumnKind.MONEY, [money(v) for v in values]),
        figure(Text("Out of stock, products", "Нет в наличии, товаров"), ColumnKind.INTEGER, out_of_stock),
    )
    grouping = _grouping(period)
    rows = []
    chart_revenue, chart_margin = [], []
    for span in buckets(period, grouping):
        s = _sum(days, span)
        head: tuple[Any, ...] = (span.start,) if grouping == Grouping.DAY else (span.start, span.end)
        rows.append(Row((*head, money(s.revenue), money(s.cost), money(s.revenue - s.cost),
                         percent(s.revenue - s.cost, s.revenue), s.orders, average(s.revenue, s.orders)),
                        drill=DrillDown("sales_by_category", {"period": span})))
        chart_revenue.append((period_label(span), money(s.revenue)))
        chart_margin.append((period_label(span), money(s.revenue - s.cost)))
    if grouping == Grouping.DAY:
        head_columns = [Column("day", Text("Day", "День"), ColumnKind.DATE)]
    else:
        head_columns = [Column("start", Text("From", "С"), ColumnKind.DATE), Column("end", Text("To", "По"),
                                                                                  ColumnKind.DATE)]
    columns = (*head_columns, REVENUE, COST, MARGIN, MARGIN_PERCENT,
               Column("orders", Text("Orders", "Заказы"), ColumnKind.INTEGER, Aggregate.SUM),
               Column("aov", Text("Average order", "Средний чек"), ColumnKind.MONEY, Aggregate.GIVEN))
    now = sales[-1]
    chart = Chart(Text("Revenue and gross margin", "Выручка и валовая прибыль"), ChartKind.LINE,
                  (Series(REVENUE.title, tuple(chart_revenue)), Series(MARGIN.title, tuple(chart_margin))))
    extra = (Text(f"Changes against {period_label(spans[-2])}", f"Изменения к периоду {period_label(spans[-2])}"),)
    ctx.step()
    return result(ctx, Text("Dashboard", "Сводка для директора"), columns, rows,
                  totals=totals_row(columns, rows, {"margin_percent": percent(now.revenue - now.cost, now.revenue),
                                                     "aov": average(now.revenue, now.orders)}),
                  charts=(chart,), figures=figures, extra_lines=extra)


BUILDERS: dict[str, Callable[[Context], ReportResult]] = {"dashboard": dashboard}
