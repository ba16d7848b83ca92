"""Stock reports and the dashboard against an independent computation from the ledger:
valuation on past dates (moves up to the end of a Moscow day), turnover, dead stock,
out-of-stock sellers, purchases vs sales by supplier."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from sqlalchemy import select

from backoffice_desktop.models import (
    Location,
    LocationKind,
    Product,
    Receipt,
    StockDocument,
    StockMove,
)
from backoffice_desktop.exports.report_data import Period
from backoffice_desktop.services.reports import stock_summary
from backoffice_desktop.services.stock import ensure_virtual_locations

from .test_reports_sales import _supplier_of, column, pct, run, skus
from .test_reports_shop import MSK, Shop, by_product, in_period, oracle_facts, shop  # noqa: F401 - the fixture

PERIOD = Period(date(2026, 1, 15), date(2026, 3, 10))
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Move:
    product_id: int
    quantity: Decimal
    source: int
    target: int
    unit_cost: Decimal
    at: datetime
    document_type: str = "adjustment"
    document_id: int | None = None


@dataclass
class Ledger:
    shop: Shop
    moves: list[Move]
    storage: set[int]
    supplier_of_move: dict[int, int]  # index in moves → supplier
    hand_example: int  # a product with a worked moving-average example


@pytest.fixture(scope="module")
def ledger(shop: Shop) -> Ledger:
    """Receipts from suppliers at changing costs, sales and write-offs at the running
    average, transfers between storage places, returns to suppliers and moves on either
    side of midnight in Moscow."""
    rng = random.Random(21)
    moves: list[Move] = []
    supplier_of_move: dict[int, int] = {}
    with shop.store.session() as s:
        virtual = ensure_virtual_locations(s)
        quarantine = Location(code="Q-1", name="Карантин", kind=LocationKind.QUARANTINE.value)
        s.add(quarantine)
        s.flush()
        supplier_loc, customer, scrap = (virtual[LocationKind.SUPPLIER], virtual[LocationKind.CUSTOMER],
                                         virtual[LocationKind.SCRAP])
        suppliers = [shop.suppliers["ООО Первый"], shop.suppliers["ООО Второй"]]
        start = datetime(2025, 6, 1, tzinfo=timezone.utc)
        hand = shop.products[-1]
        for pid in shop.products:
            if pid == hand:
                continue
            on_hand, average = Decimal(0), Decimal(0)
            at = start + timedelta(hours=rng.randint(0, 500))
            for _ in range(rng.randint(0, 12)):
                at += timedelta(hours=rng.randint(5, 900))
                roll = rng.random()
                if roll < 0.4 or on_hand <= 0:
                    qty, cost = Decimal(rng.randint(1, 20)), Decimal(rng.randint(1000, 900000)) / 10000
                    supplier_id = rng.choice(suppliers)
                    if rng.random() < 0.15:  # a return to the supplier later in the ledger
                        doc = StockDocument(number=f"SR-{pid}-{len(moves)}", kind="supplier_return", state="posted",
                                            supplier_id=supplier_id)
                        s.add(doc)
                        s.flush()
                        supplier_of_move[len(moves)] = supplier_id
                        moves.append(Move(pid, min(qty, on_hand) or Decimal(1), shop.bin_id, supplier_loc, average,
                                          at, "supplier_return", doc.id))
                        continue
                    receipt = Receipt(number=f"RC-L-{pid}-{len(moves)}", state="posted", supplier_id=supplier_id,
                                      warehouse_id=shop.bin_id, posted_at=at)
                    s.add(receipt)
                    s.flush()
                    supplier_of_move[len(moves)] = supplier_id
                    moves.append(Move(pid, qty, supplier_loc, shop.bin_id, cost, at, "receipt", receipt.id))
                    average = ((average * on_hand + qty * cost) / (on_hand + qty)).quantize(Decimal("0.0001"))
                    on_hand += qty
                elif roll < 0.8:
                    qty = min(on_hand, Decimal(rng.randint(1, 6)))
                    moves.append(Move(pid, qty, shop.bin_id, rng.choice([customer, scrap]), average, at))
                    on_hand -= qty
                else:
                    qty = min(on_hand, Decimal(rng.randint(1, 3)))
                    moves.append(Move(pid, qty, shop.bin_id, quarantine.id, average, at))
                    moves.append(Move(pid, qty, quarantine.id, shop.bin_id, average, at + timedelta(hours=1)))
        # 10 at 100, 10 at 130 (average 115), 5 written off at 115: 1 725.00 left, either side of midnight.
        moves += [
            Move(hand, Decimal(10), supplier_loc, shop.bin_id, Decimal(100), datetime(2026, 1, 20, 9, tzinfo=timezone.utc)),
            Move(hand, Decimal(10), supplier_loc, shop.bin_id, Decimal(130),
                 datetime(2026, 2, 28, 20, 59, 59, tzinfo=timezone.utc)),
            Move(hand, Decimal(5), shop.bin_id, scrap, Decimal(115), datetime(2026, 2, 28, 21, 0, 0, tzinfo=timezone.utc)),
        ]
        s.add_all(StockMove(product_id=m.product_id, quantity=m.quantity, from_location_id=m.source,
                            to_location_id=m.target, unit_cost=m.unit_cost, created_at=m.at,
                            document_type=m.document_type, document_id=m.document_id) for m in moves)
        s.flush()
        stock_summary.rebuild(s)  # a bulk load, written past the ledger's writer
        storage = {shop.bin_id, quarantine.id}
    return Ledger(shop, moves, storage, supplier_of_move, hand)


def stock_on(ledger: Ledger, day: date) -> dict[int, tuple[Decimal, Decimal]]:
    """On hand and value per product at the end of a Moscow day, straight from the moves."""
    end = datetime(day.year, day.month, day.day, tzinfo=MSK) + timedelta(days=1)
    found: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for m in ledger.moves:
        if m.at >= end:
            continue
        sign = (m.target in ledger.storage) - (m.source in ledger.storage)
        found[m.product_id][0] += sign * m.quantity
        found[m.product_id][1] += sign * m.quantity * m.unit_cost
    return {pid: (q, v.quantize(CENT, ROUND_HALF_UP)) for pid, (q, v) in found.items()}


def test_the_moving_average_example_is_valued_at_its_book_value(ledger):
    shop = ledger.shop
    sku = skus(shop)[ledger.hand_example]
    for day, value in ((date(2026, 2, 27), Decimal("1000.00")), (date(2026, 2, 28), Decimal("2300.00")),
                       (date(2026, 3, 1), Decimal("1725.00"))):
        result = run(shop, "stock_valuation", Period(day, day), options={"group_by": "product", "top": 0})
        rows = {row.values[0]: row.values for row in result.rows}
        assert rows[sku][column(result, "closing_value")] == value, day
    result = run(shop, "stock_valuation", Period(date(2026, 3, 1), date(2026, 3, 1)),
                 options={"group_by": "product", "top": 0})
    row = next(r for r in result.rows if r.values[0] == sku)
    assert row.values[column(result, "unit_cost")] == Decimal("115.00")


@pytest.mark.parametrize("period", [PERIOD, Period(date(2025, 7, 1), date(2025, 12, 31))])
def test_stock_valuation_on_past_dates(ledger, period):
    shop = ledger.shop
    opening, closing = stock_on(ledger, period.start - timedelta(days=1)), stock_on(ledger, period.end)
    sku = skus(shop)
    result = run(shop, "stock_valuation", period, options={"group_by": "product", "top": 0})
    got = {row.values[0]: (row.values[3], row.values[4], row.values[5], row.values[7]) for row in result.rows}
    expected = {}
    for pid in set(opening) | set(closing):
        oq, ov = opening.get(pid, (Decimal(0), Decimal(0)))
        cq, cv = closing.get(pid, (Decimal(0), Decimal(0)))
        if (oq, ov, cq, cv) != (0, 0, 0, 0):
            expected[sku[pid]] = (oq, ov, cq, cv)
    assert got == expected
    by_category = run(shop, "stock_valuation", period)
    assert by_category.totals[column(by_category, "closing_value")] == sum(v for _q, v in closing.values())
    assert by_category.totals[column(by_category, "opening_value")] == sum(v for _q, v in opening.values())
    assert by_category.totals[column(by_category, "in_stock")] == sum(1 for q, _v in closing.values() if q > 0)


def test_stock_turnover_and_days_of_supply(ledger):
    shop = ledger.shop
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    cogs = {pid: cost for pid, (_u, _r, cost, _b) in by_product(facts).items() if pid}
    opening, closing = stock_on(ledger, PERIOD.start - timedelta(days=1)), stock_on(ledger, PERIOD.end)
    days = (PERIOD.end - PERIOD.start).days + 1
    result = run(shop, "stock_turnover", options={"group_by": "product", "top": 0})
    sku = skus(shop)
    keys = [c.key for c in result.columns]
    got = {row.values[0]: dict(zip(keys, row.values, strict=True)) for row in result.rows}
    for pid in set(cogs) | set(opening) | set(closing):
        c = cogs.get(pid, Decimal(0))
        ov, cv = opening.get(pid, (0, Decimal(0)))[1], closing.get(pid, (0, Decimal(0)))[1]
        row = got.get(sku[pid])
        if row is None:
            assert (c, ov, cv) == (0, 0, 0) or by_product(facts)[pid][0] == 0
            continue
        assert (row["cogs"], row["opening_value"], row["closing_value"]) == (c, ov, cv)
        average = (ov + cv) / 2
        assert row["turnover"] == ((c / average).quantize(CENT, ROUND_HALF_UP) if average > 0 else None)
        assert row["days_of_supply"] == ((cv * days / c).quantize(CENT, ROUND_HALF_UP) if c > 0 else None)
        assert row["turnover_days"] == ((days * average / c).quantize(CENT, ROUND_HALF_UP) if c > 0 else None)
    by_category = run(shop, "stock_turnover")
    total_cogs = sum(cogs.values())
    total_average = (sum(v for _q, v in opening.values()) + sum(v for _q, v in closing.values())) / 2
    assert by_category.totals[column(by_category, "cogs")] == total_cogs
    assert by_category.totals[column(by_category, "turnover")] == (total_cogs / total_average).quantize(CENT,
                                                                                                      ROUND_HALF_UP)


def test_dead_stock_is_on_hand_without_sales_in_the_window(ledger):
    shop = ledger.shop
    facts = oracle_facts(shop.store)
    closing = stock_on(ledger, PERIOD.end)
    window = 40
    first = PERIOD.end - timedelta(days=window - 1)
    sold_recently = {f.product_id for f in facts if first <= f.day <= PERIOD.end and f.sold_units > 0}
    last_sale: dict[int, date] = {}
    for f in facts:
        if f.sold_units > 0 and f.day <= PERIOD.end and f.day > last_sale.get(f.product_id, date.min):
            last_sale[f.product_id] = f.day
    sku = skus(shop)
    expected = {sku[pid]: (q, v, last_sale.get(pid), (PERIOD.end - last_sale[pid]).days if pid in last_sale else None)
                for pid, (q, v) in closing.items() if q > 0 and pid not in sold_recently}
    result = run(shop, "dead_stock", options={"days": window, "top": 0})
    got = {row.values[0]: row.values[3:] for row in result.rows}
    assert got == expected and expected
    values = [row.values[4] for row in result.rows]
    assert values == sorted(values, reverse=True)
    assert result.rows[0].drill.report == "product_orders"


def test_out_of_stock_sellers(ledger):
    shop = ledger.shop
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    closing = stock_on(ledger, PERIOD.end)
    sums = by_product(facts)
    sku = skus(shop)
    out = sorted(((pid, s) for pid, s in sums.items() if pid and s[0] > 0 and closing.get(pid, (0, 0))[0] <= 0),
                 key=lambda item: (-item[1][1], item[0]))
    result = run(shop, "out_of_stock_sellers", options={"top": 3})
    assert [row.values[0] for row in result.rows[:3]] == [sku[pid] for pid, _s in out[:3]]
    assert [row.values[4] for row in result.rows[:3]] == [s[1] for _pid, s in out[:3]]
    assert result.totals[4] == sum(s[1] for _pid, s in out)
    days = (PERIOD.end - PERIOD.start).days + 1
    assert result.rows[0].values[5] == (out[0][1][0] / days).quantize(CENT, ROUND_HALF_UP)


def test_purchases_vs_sales_by_supplier(ledger):
    shop = ledger.shop
    start = datetime(PERIOD.start.year, PERIOD.start.month, PERIOD.start.day, tzinfo=MSK)
    end = datetime(PERIOD.end.year, PERIOD.end.month, PERIOD.end.day, tzinfo=MSK) + timedelta(days=1)
    bought: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for index, supplier in ledger.supplier_of_move.items():
        m = ledger.moves[index]
        if start <= m.at < end:
            sign = 1 if m.target in ledger.storage else -1
            bought[supplier][0] += sign * m.quantity
            bought[supplier][1] += sign * m.quantity * m.unit_cost
    facts = in_period(oracle_facts(shop.store), PERIOD.start, PERIOD.end)
    supplier_of = _supplier_of(shop)
    sold: dict[Any, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
    for f in facts:
        key = supplier_of.get(f.product_id) if f.product_id else "orphan"
        sold[key][0] += f.units
        sold[key][1] += f.revenue
    result = run(shop, "purchases_vs_sales")
    names = {v: k for k, v in shop.suppliers.items()}
    for row in result.rows:
        if row.values[0] not in shop.suppliers:
            continue
        sid = shop.suppliers[row.values[0]]
        units, value = bought.get(sid, [Decimal(0), Decimal(0)])
        assert (row.values[1], row.values[2]) == (units, value.quantize(CENT, ROUND_HALF_UP)), names[sid]
        assert (row.values[3], row.values[4]) == tuple(sold.get(sid, [Decimal(0), Decimal(0)]))
        assert row.values[8] == pct(row.values[3], units)
    assert result.totals[4] == sum(f.revenue for f in facts)
    assert any(row.values[1] for row in result.rows)


def test_dashboard_figures_and_trends(ledger):
    shop = ledger.shop
    facts = oracle_facts(shop.store)
    period = Period(date(2026, 2, 1), date(2026, 2, 28))  # whole months: trends month by month
    result = run(shop, "dashboard", period)
    figures = {f.title.en: f for f in result.figures}

    def month(k: int) -> Period:
        index = 2026 * 12 + 1 - k  # February 2026 is k = 0
        year, month0 = divmod(index, 12)
        start = date(year, month0 + 1, 1)
        end = date(year + (month0 + 1) // 12, (month0 + 1) % 12 + 1, 1) - timedelta(days=1)
        return Period(start, end)

    def sales(span: Period) -> tuple[Decimal, Decimal, int]:
        mine = in_period(facts, span.start, span.end)
        return sum((f.revenue for f in mine), Decimal(0)), sum((f.cost for f in mine), Decimal(0)), len(
            {f.order_id for f in mine if f.counted})

    spans = [month(k) for k in range(7, -1, -1)]
    series = [sales(span) for span in spans]
    assert figures["Revenue"].value == series[-1][0]
    assert figures["Revenue"].trend == tuple(r for r, _c, _o in series)
    assert figures["Gross margin"].value == series[-1][0] - series[-1][1]
    assert figures["Orders"].value == series[-1][2]
    assert figures["Revenue"].change_percent == pct(series[-1][0] - series[-2][0], abs(series[-2][0]))
    assert figures["Average order"].value == (series[-1][0] / series[-1][2]).quantize(CENT, ROUND_HALF_UP)
    stock = [stock_on(ledger, span.end) for span in spans]
    assert figures["Stock value at cost"].trend == tuple(sum(v for _q, v in s.values()) for s in stock)
    with shop.store.read_session() as s:
        active = set(s.scalars(select(Product.id).where(Product.is_active.is_(True))))
    assert figures["Out of stock, products"].trend == tuple(
        len([pid for pid in active if s.get(pid, (Decimal(0), 0))[0] <= 0]) for s in stock)
    assert len(result.rows) == 28 and result.totals[column(result, "revenue")] == series[-1][0]
