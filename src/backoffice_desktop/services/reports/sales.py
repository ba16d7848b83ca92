"""Sales reports: by period (with last year and the previous period side by side), by
product, category and brand, and the deepest drill-down, a product's order lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from ...errors import ValidationError
from ...exports.report_data import (
    Aggregate,
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    DrillDown,
    Period,
    ReportResult,
    Row,
    Series,
    Text,
)
from ...models import Product, SalesOrder, SalesOrderLine, SalesOrderStatus
from . import data
from .common import (
    BRAND,
    CATEGORY,
    COST,
    MARGIN,
    MARGIN_PERCENT,
    NO_BRAND,
    NO_CATEGORY,
    NOT_IN_CATALOG,
    PRODUCT,
    RETURNED,
    REVENUE,
    SHARE,
    SKU,
    UNITS,
    Context,
    average,
    change,
    money,
    percent,
    period_label,
    quantity,
    result,
    to_kopecks,
    to_thousandths,
    totals_row,
)
from .periods import Grouping, buckets, last_year, previous_shift
from .rollup import ORPHAN, roll_up

TOP_IN_CHART = 10


# --- by period --------------------------------------------------------------------------------

def _in_span(days: dict[date, data.DaySums], span: Period | None) -> data.DaySums:
    if span is None:
        return data.DaySums()
    orders = units = revenue = cost = 0
    day = span.start
    while day <= span.end:
        found = days.get(day)
        if found is not None:
            orders, units = orders + found.orders, units + found.units
            revenue, cost = revenue + found.revenue, cost + found.cost
        day += timedelta(days=1)
    return data.DaySums(orders, units, revenue, cost)


def _daily(ctx: Context, span: Period | None) -> dict[date, data.DaySums]:
    return {} if span is None else data.daily(ctx, span.start, span.end)


LAST_YEAR = Text("last year", "прошлый год")
PREVIOUS = Text("previous period", "предыдущий период")


def _measure_columns(key: str, title: Text, kind: ColumnKind, total: Aggregate) -> list[Column]:
    return [
        Column(key, title, kind, total, width=1.2),
        Column(f"{key}_ly", Text(f"{title.en}, {LAST_YEAR.en}", f"{title.ru}, {LAST_YEAR.ru}"), kind, total, width=1.2),
        Column(f"{key}_prev", Text(f"{title.en}, {PREVIOUS.en}", f"{title.ru}, {PREVIOUS.ru}"), kind, total, width=1.2),
    ]


def sales_by_period(ctx: Context) -> ReportResult:
    """Each day, ISO week or month of the period beside the same dates a year earlier and
    the same span of the period before (the months before, when whole months are shown
    by month; else as many days before). With a filter, orders are those holding at
    least one of the filtered goods."""
    period = ctx.params.period
    grouping = Grouping(ctx.options["grouping"])
    shift = previous_shift(period, grouping)
    spans = buckets(period, grouping)
    ctx.steps = 4
    current = _daily(ctx, period)
    ctx.step()
    ly_days = _daily(ctx, last_year(period))
    ctx.step()
    prev_days = _daily(ctx, shift.apply(period))
    ctx.step()
    if grouping == Grouping.DAY:
        columns = [Column("day", Text("Day", "День"), ColumnKind.DATE)]
    else:
        columns = [Column("start", Text("From", "С"), ColumnKind.DATE), Column("end", Text("To", "По"), ColumnKind.DATE)]
    revenue_cols = _measure_columns("revenue", REVENUE.title, ColumnKind.MONEY, Aggregate.SUM)
    columns += [
        revenue_cols[0], revenue_cols[1],
        Column("change_ly", Text("Change vs last year, %", "К прошлому году, %"), ColumnKind.PERCENT, Aggregate.GIVEN),
        revenue_cols[2],
        Column("change_prev", Text("Change vs previous, %", "К предыдущему периоду, %"), ColumnKind.PERCENT,
               Aggregate.GIVEN),
        *_measure_columns("orders", Text("Orders", "Заказы"), ColumnKind.INTEGER, Aggregate.SUM),
        *_measure_columns("aov", Text("Average order", "Средний чек"), ColumnKind.MONEY, Aggregate.GIVEN),
        *_measure_columns("units", UNITS.title, ColumnKind.QUANTITY, Aggregate.SUM),
    ]
    rows: list[Row] = []
    points: tuple[list[tuple[str, Any]], list[tuple[str, Any]], list[tuple[str, Any]]] = ([], [], [])
    revenue, orders = [0, 0, 0], [0, 0, 0]
    for span in spans:
        now = _in_span(current, span)
        ly = _in_span(ly_days, last_year(span))
        prev = _in_span(prev_days, shift.apply(span))
        head: list[Any] = [span.start] if grouping == Grouping.DAY else [span.start, span.end]
        rows.append(Row(
            (*head, money(now.revenue), money(ly.revenue), change(now.revenue, ly.revenue), money(prev.revenue),
             change(now.revenue, prev.revenue), now.orders, ly.orders, prev.orders,
             average(now.revenue, now.orders), average(ly.revenue, ly.orders), average(prev.revenue, prev.orders),
             quantity(now.units), quantity(ly.units), quantity(prev.units)),
            drill=DrillDown("sales_by_category", {"period": span}),
        ))
        label = period_label(span)
        for k, figures in enumerate((now, ly, prev)):
            points[k].append((label, money(figures.revenue)))
            revenue[k] += figures.revenue
            orders[k] += figures.orders
    given = {
        "change_ly": change(revenue[0], revenue[1]),
        "change_prev": change(revenue[0], revenue[2]),
        "aov": average(revenue[0], orders[0]),
        "aov_ly": average(revenue[1], orders[1]),
        "aov_prev": average(revenue[2], orders[2]),
    }
    chart = Chart(
        Text("Revenue", "Выручка"), ChartKind.LINE,
        (Series(Text("This period", "Этот период"), tuple(points[0])),
         Series(Text("Last year", "Прошлый год"), tuple(points[1])),
         Series(Text("Previous period", "Предыдущий период"), tuple(points[2]))),
    )
    ctx.step()
    grouping_words = {
        Grouping.DAY: Text("Grouping: by day", "Группировка: по дням"),
        Grouping.WEEK: Text("Grouping: by week", "Группировка: по неделям"),
        Grouping.MONTH: Text("Grouping: by month", "Группировка: по месяцам"),
    }
    return result(ctx, Text("Sales by period", "Продажи по периодам"), columns, rows,
                  totals=totals_row(columns, rows, given), charts=(chart,), extra_lines=(grouping_words[grouping],))


# --- by product, category, brand -------------------------------------------------------------

def _figures(sums: data.Net, total_revenue: int) -> tuple[Any, ...]:
    return (quantity(sums.units), money(sums.revenue), money(sums.cost), money(sums.margin),
            percent(sums.margin, sums.revenue), percent(sums.revenue, total_revenue), quantity(sums.returned_units))


FIGURE_COLUMNS = (UNITS, REVENUE, COST, MARGIN, MARGIN_PERCENT, SHARE, RETURNED)
NET_MEASURES = ("units", "revenue", "cost", "returned_units")


def _given(total: data.Net) -> dict[str, Any]:
    return {"margin_percent": percent(total.margin, total.revenue), "share": percent(total.revenue, total.revenue)}


def _top_chart(title: Text, labels_values: list[tuple[str, Any]], kind: ChartKind) -> Chart:
    return Chart(title, kind, (Series(REVENUE.title, tuple(labels_values)),))


def product_drill(product_id: int) -> DrillDown:
    return DrillDown("product_orders", {"options": {"product_id": product_id}})


def others_label(count: int) -> Text:
    return Text(f"Other products: {count}", f"Прочие товары: {count}")


def sales_by_product(ctx: Context) -> ReportResult:
    """Products by revenue; past the ``top`` first, the rest in one row."""
    ctx.steps = 3
    sums = data.per_product(ctx, ctx.params.period)
    ranked = data.top(ctx, sums, NET_MEASURES, (("revenue", True), ("product_id", False)), int(ctx.options["top"]))
    ctx.step()
    info = ranked.info
    total = data.Net(*ranked.totals)
    brands, categories = ctx.brands(), ctx.categories()
    rows, chart = [], []
    for pid, *values in ranked.rows:
        net = data.Net(*values)
        if pid in info:
            p = info[pid]
            category = categories[p.category_id][0] if p.category_id in categories else NO_CATEGORY
            head: tuple[Any, ...] = (p.sku, p.name, category, brands.get(p.brand_id, "") if p.brand_id else "")
            if len(chart) < TOP_IN_CHART:
                chart.append((p.name, money(net.revenue)))
        else:
            head = ("", NOT_IN_CATALOG, "", "")
        rows.append(Row((*head, *_figures(net, total.revenue)), drill=product_drill(pid)))
    if ranked.count > len(rows):
        shown = [sum(column) for column in zip(*(row[1:] for row in ranked.rows), strict=True)]
        rest = data.Net(*(t - s for t, s in zip(total, shown, strict=True)))
        rows.append(Row(("", others_label(ranked.count - len(rows)), "", "", *_figures(rest, total.revenue))))
    columns = (SKU, PRODUCT, CATEGORY, BRAND, *FIGURE_COLUMNS)
    chart_title = Text(f"Top {TOP_IN_CHART} products by revenue", f"Топ-{TOP_IN_CHART} товаров по выручке")
    ctx.step()
    return result(ctx, Text("Sales by product", "Продажи по товарам"), columns, rows,
                  totals=totals_row(columns, rows, _given(total)),
                  charts=(_top_chart(chart_title, chart, ChartKind.BAR),))


def _grouped_rows(ctx: Context, groups: list[tuple[Any, data.Net, DrillDown | None]], title: Text, first: Column,
                  chart_title: Text) -> ReportResult:
    groups.sort(key=lambda g: (-g[1].revenue, str(g[0])))
    total = sum((g[1] for g in groups), data.Net())
    rows = [Row((label, *_figures(sums, total.revenue)), drill=drill) for label, sums, drill in groups]
    columns = (first, *FIGURE_COLUMNS)
    # Chart labels are plain strings: the "(no category)"-like rows stay in the table only.
    points = [(label, money(sums.revenue)) for label, sums, _drill in groups
              if isinstance(label, str) and sums.revenue > 0][:TOP_IN_CHART]
    return result(ctx, title, columns, rows, totals=totals_row(columns, rows, _given(total)),
                  charts=(_top_chart(chart_title, points, ChartKind.PIE),))


def sales_by_category(ctx: Context) -> ReportResult:
    """One row per subcategory of the filter's category (see :mod:`.rollup`)."""
    ctx.steps = 2
    sums = data.grouped_sales(ctx, ctx.params.period, "category")
    ctx.step()
    groups: list[tuple[Any, data.Net, DrillDown | None]] = []
    for row, value in roll_up(ctx, sums, data.Net.__add__):
        if row.key == ORPHAN:
            drill = product_drill(0)
        else:
            drill = DrillDown("sales_by_category" if row.has_children else "sales_by_product", row.drill)
        groups.append((row.label, value, drill))
    ctx.step()
    return _grouped_rows(ctx, groups, Text("Sales by category", "Продажи по категориям"), CATEGORY,
                         Text("Revenue by category", "Выручка по категориям"))


def sales_by_brand(ctx: Context) -> ReportResult:
    ctx.steps = 2
    sums = data.grouped_sales(ctx, ctx.params.period, "brand")
    ctx.step()
    brands = ctx.brands()
    groups: list[tuple[Any, data.Net, DrillDown | None]] = []
    for key, value in sums.items():
        if key == ORPHAN:
            groups.append((NOT_IN_CATALOG, value, product_drill(0)))
        elif key is None:
            groups.append((NO_BRAND, value, DrillDown("sales_by_product", {"brand_id": 0})))
        else:
            groups.append((brands.get(key, str(key)), value, DrillDown("sales_by_product", {"brand_id": key})))
    ctx.step()
    return _grouped_rows(ctx, groups, Text("Sales by brand", "Продажи по брендам"), BRAND,
                         Text("Revenue by brand", "Выручка по брендам"))


# --- a product's orders -----------------------------------------------------------------------

STATUS_WORDS = {
    SalesOrderStatus.NEW.value: Text("new", "новый"),
    SalesOrderStatus.PROCESSING.value: Text("processing", "в обработке"),
    SalesOrderStatus.SHIPPED.value: Text("shipped", "отправлен"),
    SalesOrderStatus.COMPLETED.value: Text("completed", "выполнен"),
    SalesOrderStatus.CANCELLED.value: Text("cancelled", "отменён"),
    SalesOrderStatus.RETURNED.value: Text("returned", "возвращён"),
}


def product_label(ctx: Context, product_id: int) -> Text:
    if product_id == 0:
        return Text(f"Product: {NOT_IN_CATALOG.en}", f"Товар: {NOT_IN_CATALOG.ru}")
    found = ctx.session.execute(select(Product.sku, Product.name).where(Product.id == product_id)).one_or_none()
    if found is None:
        raise ValidationError("Product {product_id} no longer exists.", product_id=product_id)
    return Text(f"Product: {found[0]} — {found[1]}", f"Товар: {found[0]} — {found[1]}")


def product_orders(ctx: Context) -> ReportResult:
    """Every counted line of the product in the period: what its figures are made of."""
    product_id = int(ctx.options["product_id"])
    label = product_label(ctx, product_id)
    ctx.steps = 2
    f = data.F
    stmt = (
        select(f.c.day, SalesOrder.number, SalesOrder.status, SalesOrderLine.quantity, SalesOrderLine.unit_price,
               SalesOrderLine.discount, SalesOrderLine.line_total, f.c.units, f.c.revenue, f.c.cost, f.c.order_id)
        .join(SalesOrder, SalesOrder.id == f.c.order_id)
        .join(SalesOrderLine, SalesOrderLine.id == f.c.line_id)
        .where(f.c.product_id == product_id, f.c.day.between(ctx.params.period.start, ctx.params.period.end))
        .order_by(f.c.day, SalesOrder.number, f.c.line_id)
    )
    rows = []
    for day, number, status, qty, price, discount, line_total, units, revenue, cost, _order_id in ctx.session.execute(stmt):
        rows.append(Row((day, number, STATUS_WORDS.get(status, Text(status, status)),
                         quantity(to_thousandths(Decimal(qty))), money(to_kopecks(Decimal(price))),
                         money(to_kopecks(Decimal(discount))), money(to_kopecks(Decimal(line_total))),
                         quantity(units), money(revenue), money(cost), money(revenue - cost))))
    ctx.step()
    columns = (
        Column("day", Text("Date", "Дата"), ColumnKind.DATE),
        Column("order", Text("Order", "Заказ"), ColumnKind.TEXT),
        Column("status", Text("Status", "Статус"), ColumnKind.TEXT),
        Column("quantity", Text("Quantity", "Количество"), ColumnKind.QUANTITY),
        Column("price", Text("Price", "Цена"), ColumnKind.MONEY),
        Column("discount", Text("Discount", "Скидка"), ColumnKind.MONEY),
        Column("line_total", Text("Line total", "Сумма строки"), ColumnKind.MONEY),
        Column("net_units", Text("Net units", "Продано нетто"), ColumnKind.QUANTITY, Aggregate.SUM),
        Column("revenue", REVENUE.title, ColumnKind.MONEY, Aggregate.SUM),
        Column("cost", COST.title, ColumnKind.MONEY, Aggregate.SUM),
        Column("margin", MARGIN.title, ColumnKind.MONEY, Aggregate.SUM),
    )
    ctx.step()
    return result(ctx, Text("Orders of a product", "Заказы товара"), columns, rows,
                  totals=totals_row(columns, rows), extra_lines=(label,))


BUILDERS: dict[str, Callable[[Context], ReportResult]] = {
    "sales_by_period": sales_by_period,
    "sales_by_product": sales_by_product,
    "sales_by_category": sales_by_category,
    "sales_by_brand": sales_by_brand,
    "product_orders": product_orders,
}
