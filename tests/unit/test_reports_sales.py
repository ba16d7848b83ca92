"""Sales reports against the independent computation of ``test_reports_shop``: by period
(with last year and the previous period), by product, category, brand and supplier,
drill-downs, returns, the period's edges and products moved between categories."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from sqlalchemy import select

from backoffice_desktop.models import Product, Receipt, ReceiptLine, Supplier, SupplierOffer
from backoffice_desktop.services.reports import drill_params, run_report
from backoffice_desktop.exports.report_data import Period, ReportParams, ReportResult, Text

from .test_reports_shop import (
    CENT,
    Fact,
    Shop,
    by_product,
    in_period,
    oracle_facts,
    products_where,
    shop,  # noqa: F401 - the module's fixture
    subtree,
)

PERIOD = Period(date(2026, 1, 15), date(2026, 3, 10))  # part of January, February, part of March


def run(shop: Shop, name: str, period: Period = PERIOD, **kwargs: Any) -> ReportResult:
    with shop.store.read_session() as s:
        return run_report(s, name, ReportParams(period, **kwargs), shop.actor)


def pct(part: Decimal, whole: Decimal) -> Decimal | None:
    return None if not whole else (part * 100 / whole).quantize(Decimal("0.1"), ROUND_HALF_UP)


def column(result: ReportResult, key: str) -> int:
    return [c.key for c in result.columns].index(key)


def rows_by(result: ReportResult, key: str) -> dict[Any, tuple[Any, ...]]:
    index = column(result, key)
    return {row.values[index]: row.values for row in result.rows}


def skus(shop: Shop) -> dict[int, str]:
    with shop.store.read_session() as s:
        return dict(s.execute(select(Product.id, Product.sku)).all())


def expected_product_rows(shop: Shop, facts: list[Fact]) -> dict[str, tuple[Decimal, ...]]:
    sku = skus(shop)
    sums = by_product(facts)
    total = sum(v[1] for v in sums.values())
    return {
        sku.get(pid, ""): (units, revenue, cost, revenue - cost, pct(revenue - cost, revenue), pct(revenue, total), back)
        for pid, (units, revenue, cost, back) in sums.items()
    }


def product_rows(result: ReportResult) -> dict[str, tuple[Any, ...]]:
    first = column(result, "units")
    return {row.values[0]: tuple(row.values[first:first + 7]) for row in result.rows}


def test_sales_by_product_matches_the_order_lines(shop):
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    result = run(shop, "sales_by_product", options={"top": 0})
    assert product_rows(result) == expected_product_rows(shop, facts)
    revenues = [row.values[column(result, "revenue")] for row in result.rows]
    assert revenues == sorted(revenues, reverse=True)
    total_revenue = sum(f.revenue for f in facts)
    total_cost = sum(f.cost for f in facts)
    assert result.totals[column(result, "revenue")] == total_revenue
    assert result.totals[column(result, "cost")] == total_cost
    assert result.totals[column(result, "margin_percent")] == pct(total_revenue - total_cost, total_revenue)
    assert result.totals[column(result, "units")] == sum(f.units for f in facts)
    assert result.totals[0] == Text("Total", "Итого")
    assert result.rows[0].drill.report == "product_orders"


def test_past_the_top_rows_the_rest_is_one_row_and_totals_stay(shop):
    everything = run(shop, "sales_by_product", options={"top": 0})
    top = run(shop, "sales_by_product", options={"top": 5})
    assert len(top.rows) == 6 and top.rows[:5] == everything.rows[:5]
    assert top.rows[5].values[1] == Text(f"Other products: {len(everything.rows) - 5}",
                                         f"Прочие товары: {len(everything.rows) - 5}")
    assert top.totals == everything.totals
    revenue = column(top, "revenue")
    assert top.rows[5].values[revenue] == sum(r.values[revenue] for r in everything.rows[5:])


def _supplier_of(shop: Shop) -> dict[int, int | None]:
    """Written from the rule: the supplier of the latest posted receipt, else the
    cheapest active offer (ties by supplier id)."""
    with shop.store.read_session() as s:
        received: dict[int, tuple[Any, int, int]] = {}
        for pid, supplier, posted, rid in s.execute(
            select(ReceiptLine.product_id, Receipt.supplier_id, Receipt.posted_at, Receipt.id)
            .join(Receipt, Receipt.id == ReceiptLine.receipt_id).where(Receipt.state == "posted",
                                                                       Receipt.reversal_of_id.is_(None))
        ):
            if pid not in received or (posted, rid) > received[pid][:2]:
                received[pid] = (posted, rid, supplier)
        offers: dict[int, tuple[Decimal, int]] = {}
        for pid, supplier, price in s.execute(
            select(SupplierOffer.product_id, SupplierOffer.supplier_id, SupplierOffer.price)
            .join(Supplier, Supplier.id == SupplierOffer.supplier_id).where(Supplier.is_active.is_(True))
        ):
            if pid not in offers or (price, supplier) < offers[pid]:
                offers[pid] = (price, supplier)
        return {pid: received[pid][2] if pid in received else offers[pid][1] if pid in offers else None
                for pid in shop.products}


@pytest.mark.parametrize("criteria", ["electronics", "home_own", "no_category", "brand", "no_brand", "supplier",
                                      "no_supplier", "brand_and_category"])
def test_filters_keep_the_right_products(shop, criteria):
    cats, brands, suppliers = shop.categories, shop.brands, shop.suppliers
    supplier_of = _supplier_of(shop)
    kwargs: dict[str, Any]
    if criteria == "electronics":
        kwargs, wanted = {"category_id": cats["Электроника"]}, subtree(shop.store, cats["Электроника"])
    elif criteria == "home_own":
        kwargs = {"category_id": cats["Дом"], "options": {"category_scope": "own"}}
        wanted = products_where(shop.store, category_id=cats["Дом"])
    elif criteria == "no_category":
        kwargs, wanted = {"category_id": 0}, products_where(shop.store, category_id=None)
    elif criteria == "brand":
        kwargs, wanted = {"brand_id": brands["Beta"]}, products_where(shop.store, brand_id=brands["Beta"])
    elif criteria == "no_brand":
        kwargs, wanted = {"brand_id": 0}, products_where(shop.store, brand_id=None)
    elif criteria == "supplier":
        kwargs = {"supplier_id": suppliers["ООО Первый"]}
        wanted = {pid for pid, sid in supplier_of.items() if sid == suppliers["ООО Первый"]}
    elif criteria == "no_supplier":
        kwargs, wanted = {"supplier_id": 0}, {pid for pid, sid in supplier_of.items() if sid is None}
    else:
        kwargs = {"category_id": cats["Дом"], "brand_id": brands["Alfa"]}
        wanted = subtree(shop.store, cats["Дом"]) & products_where(shop.store, brand_id=brands["Alfa"])
    options = {**kwargs.pop("options", {}), "top": 0}
    result = run(shop, "sales_by_product", options=options, **kwargs)
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end, wanted)
    assert facts, "the filter should keep some sales"
    assert product_rows(result) == expected_product_rows(shop, facts)
    assert result.filter_lines


def test_sales_by_category_rolls_subcategories_up_and_drills_down_to_orders(shop):
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    cats = shop.categories

    def revenue(products: set[int]) -> Decimal:
        return sum((f.revenue for f in facts if f.product_id in products), Decimal(0))

    top = run(shop, "sales_by_category")
    rows = rows_by(top, "category")
    index = column(top, "revenue")
    assert rows["Электроника"][index] == revenue(subtree(shop.store, cats["Электроника"]))
    assert rows["Дом"][index] == revenue(subtree(shop.store, cats["Дом"]))
    assert rows[Text("(no category)", "(без категории)")][index] == revenue(products_where(shop.store, category_id=None))
    assert rows[Text("(not in the catalog)", "(нет в каталоге)")][index] == revenue({0})
    assert top.totals[index] == sum(f.revenue for f in facts)

    # Дом → Кухня (with Посуда) and Дом's own products; Кухня → Посуда and Кухня's own.
    home_row = next(r for r in top.rows if r.values[0] == "Дом")
    home = run(shop, home_row.drill.report, **_kwargs(drill_params(top.params, home_row.drill)))
    home_rows = rows_by(home, "category")
    assert home_rows["Кухня"][index] == revenue(subtree(shop.store, cats["Кухня"]))
    own = Text("Дом (own products)", "Дом (собственные товары)")
    assert home_rows[own][index] == revenue(products_where(shop.store, category_id=cats["Дом"]))
    assert home.totals[index] == rows["Дом"][index]

    kitchen_row = next(r for r in home.rows if r.values[0] == "Кухня")
    kitchen = run(shop, kitchen_row.drill.report, **_kwargs(drill_params(home.params, kitchen_row.drill)))
    dishes_row = next(r for r in kitchen.rows if r.values[0] == "Посуда")
    assert dishes_row.drill.report == "sales_by_product"  # a leaf opens its products
    dishes = run(shop, "sales_by_product", **_kwargs(drill_params(kitchen.params, dishes_row.drill)))
    assert dishes.totals[column(dishes, "revenue")] == dishes_row.values[index]
    product_row = dishes.rows[0]
    orders = run(shop, "product_orders", **_kwargs(drill_params(dishes.params, product_row.drill)))
    assert orders.totals[column(orders, "revenue")] == product_row.values[column(dishes, "revenue")]
    assert orders.totals[column(orders, "cost")] == product_row.values[column(dishes, "cost")]
    assert orders.totals[column(orders, "net_units")] == product_row.values[column(dishes, "units")]


def _kwargs(params: ReportParams) -> dict[str, Any]:
    return {"category_id": params.category_id, "brand_id": params.brand_id, "supplier_id": params.supplier_id,
            "options": params.options, "period": params.period}


def test_sales_by_brand_adds_up_to_the_shop(shop):
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    result = run(shop, "sales_by_brand")
    rows = rows_by(result, "brand")
    index = column(result, "revenue")
    for name, brand_id in shop.brands.items():
        wanted = products_where(shop.store, brand_id=brand_id)
        assert rows[name][index] == sum((f.revenue for f in facts if f.product_id in wanted), Decimal(0))
    assert result.totals[index] == sum(f.revenue for f in facts)
    assert result.totals[column(result, "share")] == Decimal("100.0")


def test_products_moved_between_categories_count_under_their_current_one(shop):
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    cats = shop.categories
    moved = next(pid for pid in subtree(shop.store, cats["Электроника"]) if any(f.product_id == pid for f in facts))
    moved_revenue = sum(f.revenue for f in facts if f.product_id == moved)
    before = rows_by(run(shop, "sales_by_category"), "category")
    with shop.store.session() as s:
        product = s.get(Product, moved)
        old = product.category_id
        product.category_id = cats["Посуда"]
    try:
        after = rows_by(run(shop, "sales_by_category"), "category")
    finally:
        with shop.store.session() as s:
            s.get(Product, moved).category_id = old
    revenue = 2  # the column after "category" and "units"
    assert after["Электроника"][revenue] == before["Электроника"][revenue] - moved_revenue
    assert after["Дом"][revenue] == before["Дом"][revenue] + moved_revenue


def _day_sums(facts: list[Fact]) -> dict[date, tuple[Decimal, Decimal, set[int]]]:
    days: dict[date, list[Any]] = defaultdict(lambda: [Decimal(0), Decimal(0), set()])
    for f in facts:
        days[f.day][0] += f.revenue
        days[f.day][1] += f.units
        if f.counted:
            days[f.day][2].add(f.order_id)
    return {d: tuple(v) for d, v in days.items()}  # type: ignore[misc]


def _span(days: dict[date, tuple], first: date, last: date) -> tuple[Decimal, Decimal, int]:
    revenue, units, orders = Decimal(0), Decimal(0), set()
    for day, (r, u, o) in days.items():
        if first <= day <= last:
            revenue, units, orders = revenue + r, units + u, orders | o
    return revenue, units, len(orders)


@pytest.mark.parametrize(("grouping", "period", "filtered"), [
    ("day", Period(date(2026, 2, 20), date(2026, 3, 5)), False),
    ("week", PERIOD, False),
    ("week", PERIOD, True),
    ("month", Period(date(2026, 1, 1), date(2026, 3, 31)), False),
    ("month", Period(date(2026, 1, 1), date(2026, 3, 31)), True),
])
def test_sales_by_period_with_last_year_and_the_previous_period(shop, grouping, period, filtered):
    wanted = subtree(shop.store, shop.categories["Электроника"]) if filtered else None
    days = _day_sums(in_period(oracle_facts(shop.store), date(2024, 1, 1), date(2027, 1, 1), wanted))
    kwargs = {"category_id": shop.categories["Электроника"]} if filtered else {}
    result = run(shop, "sales_by_period", period, options={"grouping": grouping}, **kwargs)
    length = (period.end - period.start).days + 1
    for row in result.rows:
        values = dict(zip([c.key for c in result.columns], row.values, strict=True))
        first = values.get("day") or values["start"]
        last = values.get("day") or values["end"]
        revenue, units, orders = _span(days, first, last)
        assert (values["revenue"], values["units"], values["orders"]) == (revenue, units, orders), (first, last)
        assert values["aov"] == ((revenue / orders).quantize(CENT, ROUND_HALF_UP) if orders else None)
        ly = _span(days, first.replace(year=first.year - 1), last.replace(year=last.year - 1))
        assert (values["revenue_ly"], values["units_ly"], values["orders_ly"]) == ly
        if grouping == "month":  # whole months: the months before, month by month
            months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
            start = date(first.year + (first.month - months - 1) // 12, (first.month - months - 1) % 12 + 1, 1)
            end = (date(start.year + start.month // 12, start.month % 12 + 1, 1) - timedelta(days=1))
            prev = _span(days, start, end)
        else:
            prev = _span(days, first - timedelta(days=length), last - timedelta(days=length))
        assert (values["revenue_prev"], values["units_prev"], values["orders_prev"]) == prev
        assert values["change_ly"] == (None if not ly[0] else ((revenue - ly[0]) * 100 / abs(ly[0])).quantize(
            Decimal("0.1"), ROUND_HALF_UP))
        assert row.drill.report == "sales_by_category" and row.drill.params["period"] == Period(first, last)
    total = _span(days, period.start, period.end)
    assert result.totals[column(result, "revenue")] == total[0]
    assert result.totals[column(result, "orders")] == total[2]
    assert len(result.charts[0].series) == 3


def test_an_order_a_second_before_midnight_belongs_to_the_day_before(shop):
    facts = oracle_facts(shop.store)
    result = run(shop, "sales_by_period", Period(date(2026, 2, 28), date(2026, 3, 1)), options={"grouping": "day"})
    days = _day_sums(facts)
    got = {row.values[0]: row.values[column(result, "orders")] for row in result.rows}
    assert got == {date(2026, 2, 28): len(days[date(2026, 2, 28)][2]), date(2026, 3, 1): len(days[date(2026, 3, 1)][2])}
    # The period that ends on the 14th leaves out the order placed at 00:00 on the 15th, Moscow time.
    edge = run(shop, "sales_by_product", Period(date(2026, 1, 1), date(2026, 1, 14)), options={"top": 0})
    assert product_rows(edge) == expected_product_rows(shop, in_period(facts, date(2026, 1, 1), date(2026, 1, 14)))


def test_returns_by_product_and_reason(shop):
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    sku = skus(shop)
    expected: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [Decimal(0), Decimal(0), set()])
    for f in facts:
        if f.returned_units:
            row = expected[(sku.get(f.product_id, ""), f.reason)]
            row[0] += f.returned_units
            row[1] += f.returned_revenue
            row[2].add(f.order_id)
    result = run(shop, "returns", options={"top": 0})
    no_reason = Text("(no reason given)", "(причина не указана)")
    got = {(row.values[0], "" if row.values[2] == no_reason else row.values[2]):
           [row.values[3], row.values[4], row.values[6]] for row in result.rows}
    assert got == {key: [u, r, len(o)] for key, (u, r, o) in expected.items()}
    sold = {sku.get(pid, ""): sum(f.sold_units for f in facts if f.product_id == pid) for pid in {f.product_id for f in facts}}
    for row in result.rows:
        assert row.values[7] == pct(row.values[3], sold[row.values[0]])
    assert result.totals[4] == sum(f.returned_revenue for f in facts)


def test_product_orders_lists_every_counted_line(shop):
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    pid = max(by_product(facts).items(), key=lambda item: item[1][1])[0]
    result = run(shop, "product_orders", options={"product_id": pid})
    mine = [f for f in facts if f.product_id == pid]
    assert len(result.rows) == len(mine)
    assert [row.values[0] for row in result.rows] == sorted(f.day for f in mine)
    assert result.totals[column(result, "revenue")] == sum(f.revenue for f in mine)
    assert result.totals[column(result, "margin")] == sum(f.revenue - f.cost for f in mine)
    orphans = run(shop, "product_orders", options={"product_id": 0})
    assert orphans.totals[column(orphans, "revenue")] == sum(f.revenue for f in facts if f.product_id == 0)
