"""The ledger per product and month (``report_stock_months``) kept by the ledger's writer:
against the moves summed separately here, against a rebuild from the ledger, and the
stock reports that read it against values computed from the moves themselves."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from backoffice_desktop.exports.report_data import Period, ReportParams
from backoffice_desktop.models import (
    Location,
    LocationKind,
    Product,
    Receipt,
    ReportStockMonth,
    Role,
    StockDocument,
    StockMove,
    Supplier,
    utcnow,
)
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.reports import run_report, stock_summary, summary
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves

MSK = ZoneInfo("Europe/Moscow")
MANAGER = Actor(user_id=0, username="manager", full_name="Manager", roles=frozenset({Role.MANAGER}))
CENT = Decimal("0.01")


def _month_before(day: date) -> date:
    return (day.replace(day=1) - timedelta(days=1)).replace(day=1)


@pytest.fixture
def ledger(store):
    """Postings through the ledger's writer this month (receipts, a sale, a write-off, a
    transfer, a return to the supplier, a reversed receipt), and moves dated in the
    month before and two months before, added to their months by the same code."""
    now = utcnow()
    earlier = datetime.combine(_month_before(now.date()), datetime.min.time(), timezone.utc) + timedelta(days=9, hours=13)
    much_earlier = datetime.combine(_month_before(earlier.date()), datetime.min.time(), timezone.utc) + timedelta(days=20)
    with store.session() as s:
        summary.rebuild(s)  # an empty store: the reports' tables marked built
        virtual = ensure_virtual_locations(s)
        supplier_loc, customer, scrap = (virtual[LocationKind.SUPPLIER], virtual[LocationKind.CUSTOMER],
                                         virtual[LocationKind.SCRAP])
        bin_a = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value)
        bin_b = Location(code="B-01", name="B-01", kind=LocationKind.BIN.value)
        first, second = Supplier(name="ООО Первый"), Supplier(name="ООО Второй")
        kettle = Product(sku="KT-01", name="Чайник", retail_price=Decimal("2490.00"))
        iron = Product(sku="IR-01", name="Утюг", retail_price=Decimal("3990.00"))
        s.add_all([bin_a, bin_b, first, second, kettle, iron])
        s.flush()

        def receipt(supplier: Supplier, number: str, reversal_of: int | None = None) -> int:
            doc = Receipt(number=number, state="posted", supplier_id=supplier.id, warehouse_id=bin_a.id,
                          posted_at=utcnow(), reversal_of_id=reversal_of)
            s.add(doc)
            s.flush()
            return doc.id

        # Back-dated: written as a bulk load would, then added by the writer's own function.
        old_receipt = receipt(first, "RC-OLD")
        back_dated = [
            StockMove(product_id=kettle.id, quantity=Decimal(10), from_location_id=supplier_loc, to_location_id=bin_a.id,
                      unit_cost=Decimal("100.0001"), document_type="receipt", document_id=old_receipt,
                      created_at=much_earlier),
            StockMove(product_id=kettle.id, quantity=Decimal(3), from_location_id=bin_a.id, to_location_id=customer,
                      unit_cost=Decimal("100.0001"), document_type="sale", created_at=earlier),
            StockMove(product_id=iron.id, quantity=Decimal("2.5"), from_location_id=supplier_loc,
                      to_location_id=bin_b.id, unit_cost=Decimal("333.3333"), document_type="receipt",
                      document_id=old_receipt, created_at=earlier),
        ]
        s.add_all(back_dated)
        s.flush()
        stock_summary.record_moves(s, back_dated)

        rc = receipt(second, "RC-1")
        post_moves(s, None, [MoveRequest(kettle.id, Decimal(5), supplier_loc, bin_a.id, Decimal("130")),
                             MoveRequest(iron.id, Decimal(4), supplier_loc, bin_a.id, Decimal("250.5"))], "receipt", rc)
        post_moves(s, None, [MoveRequest(kettle.id, Decimal(2), bin_a.id, bin_b.id, Decimal("112.5"))], "transfer")
        post_moves(s, None, [MoveRequest(kettle.id, Decimal(1), bin_b.id, customer, Decimal("112.5"))], "sale")
        post_moves(s, None, [MoveRequest(iron.id, Decimal("0.5"), bin_a.id, scrap, Decimal("333.3333"))], "write_off")
        back = StockDocument(number="SR-1", kind="supplier_return", state="posted", supplier_id=first.id)
        s.add(back)
        s.flush()
        post_moves(s, None, [MoveRequest(kettle.id, Decimal(2), bin_a.id, supplier_loc, Decimal("112.5"))],
                   "supplier_return", back.id)
        # A receipt posted by mistake and reversed: the reversal sends the goods back.
        wrong = receipt(second, "RC-2")
        post_moves(s, None, [MoveRequest(iron.id, Decimal(7), supplier_loc, bin_a.id, Decimal("99.99"))], "receipt",
                   wrong)
        undo = receipt(second, "RC-3", reversal_of=wrong)
        post_moves(s, None, [MoveRequest(iron.id, Decimal(7), bin_a.id, supplier_loc, Decimal("99.99"))], "receipt",
                   undo)
    return {"now": now, "earlier": earlier, "much_earlier": much_earlier, "kettle": kettle.id, "iron": iron.id,
            "first": first.id, "second": second.id}


def _from_the_ledger(store) -> dict[tuple[date, int, str, int], tuple[int, int]]:
    """The table's rows summed here from the moves, with nothing of the code under test."""
    with store.read_session() as s:
        kinds = dict(s.execute(select(Location.id, Location.kind)).all())
        receipts = dict(s.execute(select(Receipt.id, Receipt.supplier_id)).all())
        returns = dict(s.execute(select(StockDocument.id, StockDocument.supplier_id)).all())
        moves = s.scalars(select(StockMove)).all()
        storage = {LocationKind.BIN.value, LocationKind.QUARANTINE.value}
        found: dict[tuple[date, int, str, int], list[int]] = defaultdict(lambda: [0, 0])
        for m in moves:
            into, out = kinds[m.to_location_id] in storage, kinds[m.from_location_id] in storage
            if into == out:
                continue
            other = kinds[m.from_location_id if into else m.to_location_id]
            supplier = 0
            if other == LocationKind.SUPPLIER.value:
                table = receipts if m.document_type == "receipt" else returns
                supplier = table.get(m.document_id) or 0
            at = m.created_at.astimezone(timezone.utc)
            qty = int(m.quantity * 1000) * (1 if into else -1)
            row = found[(date(at.year, at.month, 1), m.product_id, other, supplier)]
            row[0] += qty
            row[1] += qty * int(m.unit_cost * 10000)
    return {k: (q, v) for k, (q, v) in found.items()}


def _table(store) -> dict[tuple[date, int, str, int], tuple[int, int]]:
    t = ReportStockMonth
    with store.read_session() as s:
        return {(month, pid, kind, sid): (qty, value) for month, pid, kind, sid, qty, value in s.execute(
            select(t.month, t.product_id, t.other_kind, t.supplier_id, t.qty, t.value))}


def test_the_writer_keeps_each_month_equal_to_the_ledger_and_to_a_rebuild(store, ledger):
    kept = _table(store)
    assert kept == _from_the_ledger(store)
    months = {month for month, *_rest in kept}
    assert {ledger["much_earlier"].date().replace(day=1), ledger["earlier"].date().replace(day=1)} < months
    # The reversed receipt nets to nothing under its supplier; the transfer is not there.
    this_month = ledger["now"].date().replace(day=1)
    assert kept[(this_month, ledger["iron"], "supplier", ledger["second"])] == (4000, 4000 * 2505000)
    assert not any(kind in ("bin", "quarantine") for _m, _p, kind, _s in kept)
    with store.session() as s:
        stock_summary.rebuild(s)
    assert _table(store) == kept


def _stock_at(store, moment: datetime) -> dict[int, tuple[Decimal, Decimal]]:
    """On hand and value per product just before ``moment``, straight from the moves."""
    with store.read_session() as s:
        kinds = dict(s.execute(select(Location.id, Location.kind)).all())
        found: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal(0), Decimal(0)])
        for m in s.scalars(select(StockMove)):
            if m.created_at >= moment:
                continue
            sign = (kinds[m.to_location_id] in ("bin", "quarantine")) - (kinds[m.from_location_id] in ("bin", "quarantine"))
            found[m.product_id][0] += sign * m.quantity
            found[m.product_id][1] += sign * m.quantity * m.unit_cost
    return {pid: (q, v.quantize(CENT, ROUND_HALF_UP)) for pid, (q, v) in found.items()}


def _run(store, name: str, period: Period, **options):
    with store.read_session() as s:
        return run_report(s, name, ReportParams(period, options=options), MANAGER)


def test_stock_valuation_on_days_inside_earlier_months_and_this_one(store, ledger):
    today = ledger["now"].astimezone(MSK).date()
    days = [ledger["much_earlier"].astimezone(MSK).date(), ledger["earlier"].astimezone(MSK).date() - timedelta(days=1),
            ledger["earlier"].astimezone(MSK).date(), today - timedelta(days=1), today]
    with store.read_session() as s:
        skus = dict(s.execute(select(Product.id, Product.sku)).all())
    for opening, closing in zip(days, days[1:], strict=False):
        result = _run(store, "stock_valuation", Period(opening + timedelta(days=1), closing), group_by="product", top=0)
        got = {row.values[0]: (row.values[3], row.values[4], row.values[5], row.values[7]) for row in result.rows}
        before = _stock_at(store, datetime.combine(opening + timedelta(days=1), datetime.min.time(), MSK))
        after = _stock_at(store, datetime.combine(closing + timedelta(days=1), datetime.min.time(), MSK))
        expected = {}
        for pid in set(before) | set(after):
            oq, ov = before.get(pid, (Decimal(0), Decimal(0)))
            cq, cv = after.get(pid, (Decimal(0), Decimal(0)))
            if (oq, ov, cq, cv) != (0, 0, 0, 0):
                expected[skus[pid]] = (oq, ov, cq, cv)
        assert got == expected, (opening, closing)


def test_purchases_across_whole_and_part_months(store, ledger):
    start = ledger["much_earlier"].astimezone(MSK).date()
    period = Period(start, ledger["now"].astimezone(MSK).date())
    result = _run(store, "purchases_vs_sales", period)
    keys = [c.key for c in result.columns]
    got = {row.values[0]: dict(zip(keys, row.values, strict=True)) for row in result.rows}
    # ООО Первый: 10 kettles at 100.0001 and 2.5 irons at 333.3333 earlier, 2 kettles back at 112.50 now.
    first = got["ООО Первый"]
    assert (first["bought_units"], first["bought_value"]) == (Decimal("10.5"), Decimal("1608.33"))
    # ООО Второй: 5 kettles at 130 and 4 irons at 250.50; the reversed receipt nets to nothing.
    second = got["ООО Второй"]
    assert (second["bought_units"], second["bought_value"]) == (Decimal(9), Decimal("1652.00"))
    # From the day after the first receipt: the irons, less the kettles sent back.
    later = _run(store, "purchases_vs_sales", Period(start + timedelta(days=1), period.end))
    rows = {row.values[0]: row.values for row in later.rows}
    assert rows["ООО Первый"][keys.index("bought_value")] == Decimal("608.33")
