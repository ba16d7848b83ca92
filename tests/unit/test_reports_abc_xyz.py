"""ABC/XYZ against an independent computation: ranking with fractions, the coefficient
of variation with the statistics module's population deviation over every bucket."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any

import pytest

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.models import Product, SalesOrder, SalesOrderLine
from backoffice_desktop.services.reports import summary
from backoffice_desktop.services.reports.abc_xyz import cv_hundredths
from backoffice_desktop.exports.report_data import Period, Text

from .test_reports_sales import run, skus
from .test_reports_shop import Shop, fresh_shop, in_period, oracle_facts, shop  # noqa: F401 - the modules' fixtures

YEAR = Period(date(2025, 4, 1), date(2026, 3, 31))  # twelve whole months
WEEKS = Period(date(2025, 12, 3), date(2026, 3, 12))  # whole weeks 8 Dec – 8 Mar, days either side


def _buckets(period: Period, by: str) -> list[tuple[date, date]]:
    found = []
    if by == "month":
        day = period.start
        while day <= period.end:
            nxt = date(day.year + day.month // 12, day.month % 12 + 1, 1)
            found.append((day, nxt - timedelta(days=1)))
            day = nxt
        return found
    day = period.start + timedelta(days=(7 - period.start.weekday()) % 7)
    while day + timedelta(days=6) <= period.end:
        found.append((day, day + timedelta(days=6)))
        day += timedelta(days=7)
    return found


def expected_classes(shop: Shop, period: Period, by: str, measure: str, a: int = 80, b: int = 15,
                     x: str = "0.10", y: str = "0.25") -> dict[str, tuple[str, str, Decimal | None]]:
    facts = [f for f in in_period(oracle_facts(shop.store), period.start, period.end) if f.product_id]
    sums: dict[int, Decimal] = defaultdict(Decimal)
    for f in facts:
        sums[f.product_id] += f.revenue if measure == "revenue" else f.revenue - f.cost
    ranked = sorted(sums.items(), key=lambda item: (-item[1], item[0]))
    total = sum(max(v, Decimal(0)) for _pid, v in ranked)
    abc: dict[int, str] = {}
    before = Fraction(0)
    for pid, value in ranked:
        share_before = before / Fraction(total)
        if value <= 0:
            abc[pid] = "C"
        elif share_before < Fraction(a, 100):
            abc[pid] = "A"
        elif share_before < Fraction(a + b, 100):
            abc[pid] = "B"
        else:
            abc[pid] = "C"
        before += Fraction(max(value, Decimal(0)))
    buckets = _buckets(period, by)
    demand: dict[int, list[Fraction]] = defaultdict(lambda: [Fraction(0)] * len(buckets))
    for f in facts:
        for k, (first, last) in enumerate(buckets):
            if first <= f.day <= last:
                demand[f.product_id][k] += Fraction(f.units)
    sku = skus(shop)
    found = {}
    for pid in sums:
        series = demand.get(pid, [Fraction(0)] * len(buckets))
        cv = None
        if sum(series) > 0:
            variance, mean = statistics.pvariance(series), statistics.mean(series)
            exact = _decimal(variance).sqrt() / _decimal(mean)
            cv = exact.quantize(Decimal("0.01"), ROUND_HALF_UP)
        xyz = "Z" if cv is None or cv > Decimal(y) else "Y" if cv > Decimal(x) else "X"
        found[sku[pid]] = (abc[pid], xyz, cv)
    return found


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def _product_classes(result) -> dict[str, tuple[str, str, Decimal | None]]:
    keys = [c.key for c in result.columns]
    return {row.values[0]: (row.values[keys.index("abc")], row.values[keys.index("xyz")], row.values[keys.index("cv")])
            for row in result.rows}


@pytest.mark.parametrize(("period", "by", "measure"), [
    (YEAR, "month", "revenue"), (YEAR, "month", "margin"), (WEEKS, "week", "revenue"),
])
def test_each_product_gets_the_classes_of_the_independent_computation(shop, period, by, measure):
    options = {"xyz_by": by, "abc_by": measure, "top": 0}
    result = run(shop, "abc_xyz_products", period, options=options)
    expected = expected_classes(shop, period, by, measure)
    assert _product_classes(result) == expected
    assert {a for a, _x, _cv in expected.values()} == {"A", "B", "C"}


def test_the_matrix_counts_and_sums_each_cell(shop):
    options: dict[str, Any] = {"abc_a": 70, "abc_b": 20, "xyz_x": "0.5", "xyz_y": "1.2"}
    expected = expected_classes(shop, YEAR, "month", "revenue", a=70, b=20, x="0.5", y="1.2")
    facts = [f for f in in_period(oracle_facts(shop.store), YEAR.start, YEAR.end) if f.product_id]
    sku = skus(shop)
    revenue: dict[str, Decimal] = defaultdict(Decimal)
    counts: dict[str, int] = defaultdict(int)
    for a, x, _cv in expected.values():
        counts[a + x] += 1
    for f in facts:
        a, x, _cv = expected[sku[f.product_id]]
        revenue[a + x] += f.revenue
    matrix = run(shop, "abc_xyz", YEAR, options=options)
    got = {row.values[0]: (row.values[3], row.values[4]) for row in matrix.rows}
    assert got == {cell: (counts[cell], revenue[cell]) for cell in (a + x for a in "ABC" for x in "XYZ")}
    assert matrix.totals[3] == len(expected)
    assert matrix.filter_lines[-2] == Text("ABC by revenue: A 70 %, B 20 %, C 10 %",
                                           "ABC по выручке: A 70 %, B 20 %, C 10 %")
    cell = next(row for row in matrix.rows if row.values[3])
    products = run(shop, cell.drill.report, YEAR, options=cell.drill.params["options"])
    assert len(products.rows) == cell.values[3]
    assert products.totals[3] == cell.values[4]


def test_xyz_needs_two_whole_buckets_and_abc_bounds_within_100(shop):
    with pytest.raises(ValidationError, match="two whole months"):
        run(shop, "abc_xyz", Period(date(2026, 1, 10), date(2026, 3, 5)))
    with pytest.raises(ValidationError, match="two whole weeks"):
        run(shop, "abc_xyz", Period(date(2026, 1, 7), date(2026, 1, 18)), options={"xyz_by": "week"})
    with pytest.raises(ValidationError, match="more than 100"):
        run(shop, "abc_xyz", YEAR, options={"abc_a": 90, "abc_b": 20})
    with pytest.raises(ValidationError, match="X boundary"):
        run(shop, "abc_xyz", YEAR, options={"xyz_x": "0.5", "xyz_y": "0.3"})


@pytest.mark.parametrize("series", [[0, 0, 5], [1, 1, 1, 1], [3, 5], [9, 11], [1, 2, 3, 4, 100], [2500, 0, 1250, 7]])
def test_coefficient_of_variation_in_integers(series):
    total, squares = sum(series), sum(v * v for v in series)
    mean = Decimal(total) / len(series)
    spread = Decimal(sum((Decimal(v) - mean) ** 2 for v in series)) / len(series)
    assert Decimal(cv_hundredths(total, squares, len(series))) / 100 == (spread.sqrt() / mean).quantize(
        Decimal("0.01"), ROUND_HALF_UP)
    assert cv_hundredths(0, 0, 3) is None



def test_a_big_seller_past_bigint_squares_gets_the_independent_classes(fresh_shop):
    """Hundreds of thousands of units a month: 40000·spread and (Σx·21)² pass 2⁶³, so
    PostgreSQL compares those rows in NUMERIC and the others in BIGINT; both must give
    the classes of the independent computation."""
    shop = fresh_shop
    big = shop.products[2]
    with shop.store.session() as s:
        sku = s.get(Product, big).sku
        added = []
        for number, (moment, units) in enumerate([(datetime(2026, 1, 10, 12), 150_000), (datetime(2026, 2, 11, 12), 90_000),
                                                  (datetime(2026, 3, 12, 12), 210_000)], start=1):
            order = SalesOrder(number=f"BIG-{number}", status="completed",
                               ordered_at=moment.replace(tzinfo=timezone.utc))
            order.lines.append(SalesOrderLine(product_id=big, sku=sku, name=sku, quantity=Decimal(units),
                                              unit_price=Decimal("0.10"), line_total=Decimal(units) / 10,
                                              unit_cost=Decimal("0.05")))
            s.add(order)
            s.flush()
            added.append(order.id)
        summary.refresh_orders(s, added)
    for options, bounds in (({}, ("0.10", "0.25")), ({"xyz_x": "1.5", "xyz_y": "2.5"}, ("1.5", "2.5"))):
        result = run(shop, "abc_xyz_products", YEAR, options={"xyz_by": "month", "top": 0, **options})
        expected = expected_classes(shop, YEAR, "month", "revenue", x=bounds[0], y=bounds[1])
        assert _product_classes(result) == expected
        assert expected[sku][2] is not None and expected[sku][2] > Decimal("1")
