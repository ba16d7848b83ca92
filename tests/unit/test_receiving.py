"""Intake as a clerk sees it: receive a purchase order by scanner, post, correct.

Every test runs on SQLite and on a real PostgreSQL (the ``store`` fixture); each use
case runs in its own transaction, as the UI calls it.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from backoffice_desktop.db import Store, open_store
from backoffice_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from backoffice_desktop.models import (
    AuditEntry,
    Location,
    LocationKind,
    MarkingCode,
    OutboxItem,
    Product,
    ProductBarcode,
    PurchaseOrder,
    PurchaseOrderLine,
    Receipt,
    ReceiptScan,
    Role,
    StockLevel,
    StockMove,
    Supplier,
    utcnow,
)
from backoffice_desktop.services import receiving, users
from backoffice_desktop.services.barcodes import GS, gtin_check_digit
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.receiving import ScanOutcome
from backoffice_desktop.services.settings import set_setting
from backoffice_desktop.services.stock import MoveRequest, check_levels, ensure_virtual_locations, post_moves

from ..conftest import make_admin, new_pg_database

KETTLE_EAN = "4601234567893"
KETTLE_BOX = "1460123456789" + gtin_check_digit("1460123456789")  # a carton of 6 kettles (ITF-14)
MUG_EAN8 = "96385074"
SHOES_EAN = "460000000001" + gtin_check_digit("460000000001")
SPOON_UPC = "036000291452"  # a product the order doesn't have


def shoes_code(serial: str) -> str:
    """A GS1 DataMatrix marking code of one pair of shoes, as the scanner types it."""
    return f"]d201{SHOES_EAN.zfill(14)}21{serial}{GS}91EE06{GS}92{'x' * 44}"


@dataclass(frozen=True)
class World:
    clerk: Actor
    content_manager: Actor
    warehouse: int
    bin_a: int
    bin_b: int
    quarantine: int
    supplier_loc: int
    scrap: int
    supplier: int
    kettle: int
    mug: int
    shoes: int
    spoon: int
    order: int


def _actor(session, admin: Actor, username: str, role: Role) -> Actor:
    info = users.create_user(session, admin, username, "clerk-pass-1", {role}, username.title())
    return Actor(user_id=info.id, username=username, full_name=username.title(), roles=frozenset({role}))


def build_world(store: Store, admin: Actor) -> World:
    """A warehouse with two bins and quarantine, a supplier, four products (one marked)
    with unit and pack barcodes, and a sent order: 20 kettles, 10 mugs, 3 pairs of shoes."""
    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        wh = Location(code="WH1", name="Основной склад", kind=LocationKind.WAREHOUSE.value)
        s.add(wh)
        s.flush()
        bin_a = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value, parent_id=wh.id)
        bin_b = Location(code="B-01", name="B-01", kind=LocationKind.BIN.value, parent_id=wh.id)
        quarantine = Location(code="WH1-Q", name="Карантин", kind=LocationKind.QUARANTINE.value, parent_id=wh.id)
        supplier = Supplier(name="ООО «Ромашка»", tax_id="7701234567")
        s.add_all([bin_a, bin_b, quarantine, supplier])
        s.flush()
        kettle = Product(sku="KT-01", name="Чайник", retail_price=Decimal("2490.00"), default_bin_id=bin_a.id)
        mug = Product(sku="MG-01", name="Кружка", retail_price=Decimal("390.00"), default_bin_id=bin_b.id)
        shoes = Product(sku="SH-01", name="Кроссовки", retail_price=Decimal("5990.00"), is_marked=True)
        spoon = Product(sku="SP-01", name="Ложка", retail_price=Decimal("90.00"))
        s.add_all([kettle, mug, shoes, spoon])
        s.flush()
        s.add_all([
            ProductBarcode(product_id=kettle.id, barcode=KETTLE_EAN),
            ProductBarcode(product_id=kettle.id, barcode=KETTLE_BOX, kind="pack", pack_quantity=Decimal(6)),
            ProductBarcode(product_id=mug.id, barcode=MUG_EAN8),
            ProductBarcode(product_id=shoes.id, barcode=SHOES_EAN),
            ProductBarcode(product_id=spoon.id, barcode=SPOON_UPC),
        ])
        order = PurchaseOrder(number="PO-2026-000001", supplier_id=supplier.id, state="sent", sent_at=utcnow())
        order.lines = [
            PurchaseOrderLine(line_no=1, product_id=kettle.id, quantity=Decimal(20), unit_price=Decimal("100.00")),
            PurchaseOrderLine(line_no=2, product_id=mug.id, quantity=Decimal(10), unit_price=Decimal("50.00")),
            PurchaseOrderLine(line_no=3, product_id=shoes.id, quantity=Decimal(3), unit_price=Decimal("2000.00")),
        ]
        s.add(order)
        s.flush()
        return World(
            clerk=_actor(s, admin, "clerk", Role.CLERK),
            content_manager=_actor(s, admin, "content", Role.CONTENT_MANAGER),
            warehouse=wh.id, bin_a=bin_a.id, bin_b=bin_b.id, quarantine=quarantine.id,
            supplier_loc=virtual[LocationKind.SUPPLIER], scrap=virtual[LocationKind.SCRAP], supplier=supplier.id,
            kettle=kettle.id, mug=mug.id, shoes=shoes.id, spoon=spoon.id, order=order.id,
        )


@pytest.fixture
def world(store, admin) -> World:
    return build_world(store, admin)


# --- helpers: one transaction per click, as the UI does --------------------------------------

def start(store: Store, w: World) -> int:
    with store.session() as s:
        return receiving.start_receipt_from_order(s, w.clerk, w.order, w.warehouse)


def scan(store: Store, w: World, receipt_id: int, *codes: str) -> list[receiving.ScanResult]:
    results = []
    for code in codes:
        with store.session() as s:
            results.append(receiving.apply_scan(s, w.clerk, receipt_id, code))
    return results


def summary(store: Store, receipt_id: int) -> receiving.ReceiptSummary:
    with store.read_session() as s:
        return receiving.receipt_summary(s, receipt_id)


def line_of(store: Store, receipt_id: int, product_id: int) -> receiving.ReceiptLineView:
    return next(v for v in summary(store, receipt_id).lines if v.product_id == product_id)


def post(store: Store, w: World, receipt_id: int) -> str:
    version = summary(store, receipt_id).version
    with store.session() as s:
        return receiving.post_receipt(s, w.clerk, receipt_id, version)


def level(store: Store, product_id: int, location_id: int) -> Decimal:
    with store.read_session() as s:
        qty = s.scalar(select(StockLevel.quantity).where(StockLevel.product_id == product_id,
                                                         StockLevel.location_id == location_id))
        return Decimal(qty or 0)


def order_state(store: Store, w: World) -> tuple[str, dict[int, Decimal]]:
    with store.read_session() as s:
        order = s.get(PurchaseOrder, w.order)
        return order.state, {line.product_id: line.received_quantity for line in order.lines}


def average_cost(store: Store, product_id: int) -> Decimal:
    with store.read_session() as s:
        return s.scalar(select(Product.average_cost).where(Product.id == product_id))


def receive_shoes(store: Store, w: World, receipt_id: int, *serials: str) -> None:
    results = scan(store, w, receipt_id, *(shoes_code(sr) for sr in serials))
    assert [r.outcome for r in results] == [ScanOutcome.OK] * len(serials)


# --- receiving an order --------------------------------------------------------------------

def test_receipt_from_order_lists_the_outstanding_lines(store, world):
    w = world
    rid = start(store, w)
    view = summary(store, rid)
    assert view.state == "draft" and view.number == "" and view.purchase_order_number == "PO-2026-000001"
    rows = {v.sku: v for v in view.lines}
    assert list(rows) == ["KT-01", "MG-01", "SH-01"]
    assert rows["KT-01"].expected == Decimal(20) and rows["KT-01"].received == 0
    assert rows["KT-01"].unit_cost == Decimal("100.00") and rows["KT-01"].bin_code == "A-01"
    assert rows["MG-01"].bin_code == "B-01"
    assert rows["SH-01"].bin_code == "A-01"  # no default bin: the warehouse's first bin
    assert [p.code for p in view.problems] == ["empty"] and not view.can_post


def test_receive_an_order_by_scanner_and_post_it(store, world):
    w = world
    with store.session() as s:  # 10 kettles already on hand at 70.00
        post_moves(s, None, [MoveRequest(w.kettle, Decimal(10), w.supplier_loc, w.bin_a, Decimal(70))], "receipt")
        s.get(Product, w.kettle).average_cost = Decimal("70.0000")
    rid = start(store, w)
    results = scan(store, w, rid, "12*4601234567893", KETTLE_BOX, "10*" + MUG_EAN8)
    assert [r.outcome for r in results] == [ScanOutcome.OK] * 3
    assert [r.quantity_added for r in results] == [12, 6, 10]
    assert results[1].line_received == 18 and results[1].line_ordered == 20
    assert results[0].sku == "KT-01" and results[0].name == "Чайник"
    receive_shoes(store, w, rid, "SER0001", "SER0002")

    number = post(store, w, rid)
    assert number.startswith("RC-") and number.endswith("-000001")
    assert level(store, w.kettle, w.bin_a) == 28
    assert level(store, w.mug, w.bin_b) == 10
    assert level(store, w.shoes, w.bin_a) == 2
    # (10 × 70 + 18 × 100) / 28 = 89.28571… → four places
    assert average_cost(store, w.kettle) == Decimal("89.2857")
    assert average_cost(store, w.mug) == Decimal("50.0000")
    assert order_state(store, w) == ("partially_received", {w.kettle: 18, w.mug: 10, w.shoes: 2})
    with store.read_session() as s:
        assert check_levels(s) == []
        assert set(s.scalars(select(OutboxItem.product_id))) == {w.kettle, w.mug, w.shoes}
        moves = s.scalars(select(StockMove).where(StockMove.document_number == number)).all()
        assert {(m.product_id, m.quantity, m.from_location_id, m.to_location_id) for m in moves} == {
            (w.kettle, 18, w.supplier_loc, w.bin_a), (w.mug, 10, w.supplier_loc, w.bin_b),
            (w.shoes, 2, w.supplier_loc, w.bin_a),
        }
        actions = set(s.execute(select(AuditEntry.action, AuditEntry.field)
                                .where(AuditEntry.document_number == number)).all())
        assert {("post", "state"), ("update", "average_cost"), ("update", "state")} <= actions
        assert s.scalar(select(func.count(ReceiptScan.id)).where(ReceiptScan.receipt_id == rid)) == 5
    view = summary(store, rid)
    assert view.state == "posted" and view.number == number and view.problems == []

    # The rest arrives on a second truck: only what is still outstanding is expected.
    rid2 = start(store, w)
    rows = {v.sku: v for v in summary(store, rid2).lines}
    assert {k: v.expected for k, v in rows.items()} == {"KT-01": 2, "SH-01": 1}
    scan(store, w, rid2, "2*" + KETTLE_EAN)
    receive_shoes(store, w, rid2, "SER0003")
    post(store, w, rid2)
    assert order_state(store, w) == ("received", {w.kettle: 20, w.mug: 10, w.shoes: 3})
    assert level(store, w.kettle, w.bin_a) == 30


def test_short_delivery_leaves_the_rest_outstanding(store, world):
    w = world
    rid = start(store, w)
    scan(store, w, rid, "5*" + KETTLE_EAN)
    view = summary(store, rid)
    assert line_of(store, rid, w.kettle).short == 15
    assert view.can_post  # empty lines are fine: the rest is still outstanding
    post(store, w, rid)
    assert order_state(store, w) == ("partially_received", {w.kettle: 5, w.mug: 0, w.shoes: 0})
    with store.read_session() as s:
        open_orders = receiving.list_open_orders_for_intake(s, "ромаш")
        assert [(o.number, o.outstanding_quantity) for o in open_orders] == [("PO-2026-000001", Decimal(28))]
        assert receiving.list_open_orders_for_intake(s, "nothing like it") == []


# --- over-delivery --------------------------------------------------------------------------

def test_over_delivery_tolerance_holds_across_receipts_of_one_order(store, world):
    w = world  # 20 kettles ordered, 10 % tolerance: up to 22 without a reason
    rid = start(store, w)
    results = scan(store, w, rid, "20*" + KETTLE_EAN, KETTLE_EAN)
    assert results[-1].outcome is ScanOutcome.OVER_ORDERED and results[-1].over_by == 1
    assert summary(store, rid).can_post  # 21 is within the tolerance
    post(store, w, rid)

    rid2 = start(store, w)  # the kettle line is not outstanding any more
    assert w.kettle not in {v.product_id for v in summary(store, rid2).lines}
    results = scan(store, w, rid2, "2*" + KETTLE_EAN)
    assert results[0].outcome is ScanOutcome.OVER_ORDERED and results[0].over_by == 3
    line = line_of(store, rid2, w.kettle)
    assert line.over == 3 and line.over_tolerance and line.ordered == 20 and line.previously_received == 21
    assert [p.code for p in line.problems] == ["over_delivery_reason_required"]
    with pytest.raises(ValidationError, match="give a reason"), store.session() as s:
        receiving.post_receipt(s, w.clerk, rid2, summary(store, rid2).version)
    with store.session() as s:
        receiving.set_over_delivery_reason(s, w.clerk, line.line_id, "Поставщик прислал с запасом, оплачено")
    post(store, w, rid2)
    assert order_state(store, w)[1][w.kettle] == 23
    assert level(store, w.kettle, w.bin_a) == 23


def test_over_delivery_is_refused_by_setting(store, world, admin):
    w = world
    with store.session() as s:
        set_setting(s, admin, "intake.refuse_over_delivery", True)
    rid = start(store, w)
    scan(store, w, rid, "23*" + KETTLE_EAN)
    line = line_of(store, rid, w.kettle)
    with store.session() as s:
        receiving.set_over_delivery_reason(s, w.clerk, line.line_id, "Всё равно возьмём")
    with pytest.raises(ValidationError, match="refused by the settings"), store.session() as s:
        receiving.post_receipt(s, w.clerk, rid, summary(store, rid).version)
    with store.session() as s:
        receiving.set_line_quantity(s, w.clerk, line.line_id, Decimal(22))  # within the tolerance
    post(store, w, rid)
    assert order_state(store, w)[1][w.kettle] == 22


def test_a_product_not_on_the_order_is_an_extra_line_that_needs_a_reason(store, world):
    w = world
    rid = start(store, w)
    results = scan(store, w, rid, SPOON_UPC, "5*" + KETTLE_EAN)
    assert results[0].outcome is ScanOutcome.NOT_ON_ORDER and results[0].line_ordered is None
    spoon = line_of(store, rid, w.spoon)
    assert spoon.not_on_order and spoon.received == 1 and spoon.purchase_order_line_id is None
    assert [p.code for p in spoon.problems] == ["over_delivery_reason_required"]
    with store.session() as s:
        receiving.set_over_delivery_reason(s, w.clerk, spoon.line_id, "Пересорт, принято по согласованию")
        receiving.set_line_unit_cost(s, w.clerk, spoon.line_id, Decimal("30"))
    post(store, w, rid)
    assert level(store, w.spoon, w.bin_a) == 1  # no default bin: the first bin
    assert average_cost(store, w.spoon) == Decimal("30.0000")
    assert order_state(store, w)[1] == {w.kettle: 5, w.mug: 0, w.shoes: 0}  # the order is unchanged


# --- damage ----------------------------------------------------------------------------------

def test_damaged_units_go_to_quarantine_or_scrap(store, world):
    w = world
    rid = start(store, w)
    scan(store, w, rid, "10*" + MUG_EAN8, "4*" + KETTLE_EAN)
    mug, kettle = line_of(store, rid, w.mug), line_of(store, rid, w.kettle)
    with store.session() as s:
        with pytest.raises(ValidationError, match="reason"):
            receiving.set_line_damage(s, w.clerk, mug.line_id, Decimal(2), "  ")
        receiving.set_line_damage(s, w.clerk, mug.line_id, Decimal(2), "Разбита при перевозке", "quarantine")
        receiving.set_line_damage(s, w.clerk, kettle.line_id, Decimal(1), "Раздавлен", "scrap")
        with pytest.raises(ValidationError, match="Only 4"):
            receiving.set_line_damage(s, w.clerk, kettle.line_id, Decimal(5), "Раздавлен", "scrap")
    mug = line_of(store, rid, w.mug)
    assert (mug.good, mug.damaged, mug.received, mug.damage_location) == (8, 2, 10, "quarantine")
    assert line_of(store, rid, w.kettle).damage_location == "scrap"
    number = post(store, w, rid)
    assert level(store, w.mug, w.bin_b) == 8
    assert level(store, w.mug, w.quarantine) == 2
    assert level(store, w.kettle, w.bin_a) == 3
    assert order_state(store, w)[1] == {w.kettle: 4, w.mug: 10, w.shoes: 0}  # damaged units did arrive
    with store.read_session() as s:
        assert check_levels(s) == []
        scrapped = s.execute(select(StockMove.quantity, StockMove.reason).where(
            StockMove.document_number == number, StockMove.to_location_id == w.scrap)).one()
        assert scrapped == (1, "Раздавлен")
        report = receiving.discrepancy_report(s, rid)
    by_sku = {d.sku: d for d in report.lines}
    assert by_sku["MG-01"].damaged == 2 and by_sku["MG-01"].damage_value == Decimal("100.00")
    assert by_sku["KT-01"].shortage == 16 and by_sku["KT-01"].shortage_value == Decimal("1600.00")
    assert by_sku["SH-01"].shortage == 3
    assert report.total_damage_value == Decimal("200.00")  # 2 mugs × 50 + 1 kettle × 100


# --- marking codes ---------------------------------------------------------------------------

def test_marked_goods_need_a_code_per_unit_and_a_code_is_accepted_once(store, world):
    w = world
    rid = start(store, w)
    first = scan(store, w, rid, SHOES_EAN, shoes_code("A1"), shoes_code("A1"),
                 shoes_code("A2").replace("]d2", ""))
    assert [r.outcome for r in first[:3]] == [
        ScanOutcome.MARKING_CODE_REQUIRED, ScanOutcome.OK, ScanOutcome.DUPLICATE_MARKING_CODE,
    ]
    assert first[1].marking_code == f"01{SHOES_EAN.zfill(14)}21A1"
    assert first[3].outcome is ScanOutcome.OK  # the same kind of code without the symbology id
    shoes = line_of(store, rid, w.shoes)
    assert shoes.received == 2 and shoes.marking_codes == 2
    with pytest.raises(ValidationError, match="marked goods"), store.session() as s:
        receiving.set_line_quantity(s, w.clerk, shoes.line_id, Decimal(3))
    post(store, w, rid)
    with store.read_session() as s:
        codes = s.execute(select(MarkingCode.serial, MarkingCode.receipt_id).order_by(MarkingCode.serial)).all()
        assert codes == [("A1", rid), ("A2", rid)]
        outcomes = s.scalars(select(ReceiptScan.outcome).where(ReceiptScan.receipt_id == rid)
                             .order_by(ReceiptScan.id)).all()
        assert outcomes == ["marking_code_required", "ok", "duplicate_marking_code", "ok"]
    # The same unit scanned on a later receipt (a code is accepted once, ever).
    rid2 = start(store, w)
    assert scan(store, w, rid2, shoes_code("A2"))[0].outcome is ScanOutcome.DUPLICATE_MARKING_CODE


def test_a_quantity_before_a_marking_code_is_refused(store, world):
    w = world
    rid = start(store, w)
    with pytest.raises(ValidationError, match="one unit"), store.session() as s:
        receiving.apply_scan(s, w.clerk, rid, "3*" + shoes_code("B1"))
    with store.read_session() as s:
        assert s.scalar(select(func.count(MarkingCode.id))) == 0


def test_marking_codes_missing_block_posting(store, world):
    w = world
    rid = start(store, w)
    receive_shoes(store, w, rid, "C1", "C2")
    with store.session() as s:
        receiving.remove_marking_code(s, w.clerk, rid, shoes_code("C2"))
    assert line_of(store, rid, w.shoes).received == 1
    with store.session() as s:
        receiving.cancel_receipt(s, w.clerk, rid)
    rid2 = start(store, w)  # a cancelled draft frees its codes
    receive_shoes(store, w, rid2, "C1", "C2")


# --- unknown and invalid codes -------------------------------------------------------------

def test_unknown_barcode_then_link_it_then_scan_again(store, world):
    w = world
    rid = start(store, w)
    new_code = "460765432101" + gtin_check_digit("460765432101")
    result = scan(store, w, rid, new_code)[0]
    assert result.outcome is ScanOutcome.UNKNOWN_BARCODE and result.quantity_added == 0 and result.line_id is None
    with store.session() as s:
        assert receiving.link_barcode(s, w.clerk, w.mug, new_code) == new_code
        with pytest.raises(ValidationError, match="already belongs to MG-01"):
            receiving.link_barcode(s, w.clerk, w.kettle, new_code)
    result = scan(store, w, rid, new_code)[0]
    assert result.outcome is ScanOutcome.OK and result.product_id == w.mug
    with store.read_session() as s:
        assert "4607654321" in s.scalar(select(Product.search_text).where(Product.id == w.mug))


def test_wrong_check_digit_and_garbage_are_invalid_codes(store, world):
    w = world
    rid = start(store, w)
    results = scan(store, w, rid, "4601234567890", "Чайник №1")
    assert [r.outcome for r in results] == [ScanOutcome.INVALID_CODE] * 2
    assert "check digit" in results[0].reason
    assert summary(store, rid).total_received == 0
    with pytest.raises(ValidationError, match="not a quantity"), store.session() as s:
        receiving.apply_scan(s, w.clerk, rid, "два*" + KETTLE_EAN)


def test_receipt_without_an_order(store, world):
    w = world
    with store.session() as s:
        rid = receiving.start_receipt(s, w.clerk, w.supplier, w.warehouse)
        line_id = receiving.add_product(s, w.clerk, rid, w.kettle, Decimal(3))
        receiving.set_line_unit_cost(s, w.clerk, line_id, Decimal("120.50"))
        receiving.set_line_bin(s, w.clerk, line_id, w.bin_b)
        with pytest.raises(ValidationError, match="storage bin"):
            receiving.set_line_bin(s, w.clerk, line_id, w.quarantine)
        with pytest.raises(ValidationError, match="whole"):
            receiving.add_product(s, w.clerk, rid, w.kettle, Decimal("1.5"))
    result = scan(store, w, rid, KETTLE_EAN)[0]
    assert result.outcome is ScanOutcome.OK and result.line_received == 4 and result.line_ordered is None
    number = post(store, w, rid)
    assert level(store, w.kettle, w.bin_b) == 4
    assert average_cost(store, w.kettle) == Decimal("120.5000")
    with store.read_session() as s:
        printed = receiving.receipt_print_data(s, rid)
        rows = receiving.list_receipts(s, receiving.ReceiptFilter(text=number[-6:]))
    assert printed.number == number and printed.supplier_name == "ООО «Ромашка»"
    assert [(ln.sku, ln.quantity, ln.price, ln.amount) for ln in printed.lines] == [
        ("KT-01", 4, Decimal("120.50"), Decimal("482.00"))
    ]
    assert printed.total_amount == Decimal("482.00") and printed.received_by == "Clerk"
    assert [(r.number, r.total_quantity, r.total_value, r.lines) for r in rows] == [
        (number, 4, Decimal("482.00"), 1)
    ]


# --- posting refused -------------------------------------------------------------------------

def test_posting_twice_is_refused(store, world):
    w = world
    rid = start(store, w)
    stale = summary(store, rid).version
    scan(store, w, rid, "5*" + KETTLE_EAN)  # another workstation scans meanwhile
    with pytest.raises(ConflictError, match="changed on another workstation"), store.session() as s:
        receiving.post_receipt(s, w.clerk, rid, stale)
    current = summary(store, rid).version
    with store.session() as s:
        number = receiving.post_receipt(s, w.clerk, rid, current)
    with pytest.raises(ConflictError, match=f"{number} is already posted"), store.session() as s:
        receiving.post_receipt(s, w.clerk, rid, current)  # the second click
    with pytest.raises(ValidationError, match="is posted and can't be changed"), store.session() as s:
        receiving.apply_scan(s, w.clerk, rid, KETTLE_EAN)
    assert level(store, w.kettle, w.bin_a) == 5
    assert order_state(store, w)[1][w.kettle] == 5


def test_empty_receipt_is_refused_and_nothing_is_written(store, world):
    w = world
    rid = start(store, w)
    with pytest.raises(ValidationError, match="is empty"), store.session() as s:
        receiving.post_receipt(s, w.clerk, rid, summary(store, rid).version)
    with store.read_session() as s:
        assert s.scalar(select(func.count(StockMove.id))) == 0
        assert s.get(Receipt, rid).state == "draft"
        assert s.scalar(select(func.count(Receipt.id)).where(Receipt.number.like("RC-%"))) == 0


def test_cancelled_order_is_refused(store, world):
    w = world
    rid = start(store, w)
    scan(store, w, rid, KETTLE_EAN)
    with store.session() as s:
        s.get(PurchaseOrder, w.order).state = "cancelled"
    with pytest.raises(ValidationError, match="is cancelled"), store.session() as s:
        receiving.post_receipt(s, w.clerk, rid, summary(store, rid).version)
    assert [p.code for p in summary(store, rid).problems] == ["order_not_receivable"]
    with pytest.raises(ValidationError, match="PO-2026-000001 is cancelled"), store.session() as s:
        receiving.start_receipt_from_order(s, w.clerk, w.order, w.warehouse)
    with store.session() as s:
        s.get(PurchaseOrder, w.order).state = "draft"
    with pytest.raises(ValidationError, match="not approved and sent"), store.session() as s:
        receiving.start_receipt_from_order(s, w.clerk, w.order, w.warehouse)
    with store.read_session() as s:
        assert s.scalar(select(func.count(StockMove.id))) == 0


def test_clerk_without_receive_goods_is_refused(store, world):
    w = world
    cm = w.content_manager
    with pytest.raises(PermissionDenied, match="not allowed to receive goods"), store.session() as s:
        receiving.start_receipt_from_order(s, cm, w.order, w.warehouse)
    rid = start(store, w)
    for call in (
        lambda s: receiving.apply_scan(s, cm, rid, KETTLE_EAN),
        lambda s: receiving.post_receipt(s, cm, rid, 1),
        lambda s: receiving.link_barcode(s, cm, w.kettle, "4607654321019"),
    ):
        with pytest.raises(PermissionDenied), store.session() as s:
            call(s)


def test_unknown_ids_are_not_found(store, world):
    w = world
    with pytest.raises(NotFound), store.session() as s:
        receiving.start_receipt_from_order(s, w.clerk, 9999, w.warehouse)
    with pytest.raises(NotFound), store.session() as s:
        receiving.start_receipt_from_order(s, w.clerk, w.order, w.bin_a)  # a bin is not a warehouse
    with pytest.raises(NotFound), store.read_session() as s:
        receiving.receipt_summary(s, 9999)


# --- reversal ---------------------------------------------------------------------------------

def test_reversal_restores_stock_order_and_cost(store, world, admin):
    w = world
    with store.session() as s:
        post_moves(s, None, [MoveRequest(w.kettle, Decimal(10), w.supplier_loc, w.bin_a, Decimal(70))], "receipt")
        s.get(Product, w.kettle).average_cost = Decimal("70.0000")
    rid = start(store, w)
    scan(store, w, rid, "10*" + KETTLE_EAN, "4*" + MUG_EAN8)
    receive_shoes(store, w, rid, "R1")
    mug = line_of(store, rid, w.mug)
    with store.session() as s:
        receiving.set_line_damage(s, w.clerk, mug.line_id, Decimal(1), "Скол", "quarantine")
    number = post(store, w, rid)
    assert average_cost(store, w.kettle) == Decimal("85.0000")
    with pytest.raises(ValidationError, match="reason"), store.session() as s:
        receiving.reverse_receipt(s, w.clerk, rid, " ")
    with store.session() as s:
        reversal = receiving.reverse_receipt(s, w.clerk, rid, "Ошибочно оприходовано")
    assert reversal != number
    assert level(store, w.kettle, w.bin_a) == 10
    assert level(store, w.mug, w.bin_b) == 0 and level(store, w.mug, w.quarantine) == 0
    assert average_cost(store, w.kettle) == Decimal("70.0000")
    assert order_state(store, w) == ("sent", {w.kettle: 0, w.mug: 0, w.shoes: 0})
    with store.read_session() as s:
        assert check_levels(s) == []
        assert s.scalar(select(func.count(MarkingCode.id))) == 0
        reversed_moves = s.scalars(select(StockMove).where(StockMove.document_number == reversal)).all()
        assert len(reversed_moves) == 4 and all(m.reversal_of_id for m in reversed_moves)
        view = receiving.receipt_summary(s, rid)
        rows = {r.number: r for r in receiving.list_receipts(s)}
    assert view.reversed_by_number == reversal
    assert rows[number].is_reversed and rows[reversal].reversal_of_id == rid
    with pytest.raises(ValidationError, match="already reversed"), store.session() as s:
        receiving.reverse_receipt(s, w.clerk, rid, "ещё раз")
    rid2 = start(store, w)  # the goods can come again, codes included
    receive_shoes(store, w, rid2, "R1")


def test_reversal_is_refused_when_the_goods_are_gone(store, world, admin):
    w = world
    rid = start(store, w)
    scan(store, w, rid, "5*" + KETTLE_EAN)
    post(store, w, rid)
    with store.session() as s:  # three were sold meanwhile
        customer = ensure_virtual_locations(s)[LocationKind.CUSTOMER]
        post_moves(s, None, [MoveRequest(w.kettle, Decimal(3), w.bin_a, customer)], "sale")
    with pytest.raises(ValidationError, match="Not enough stock of KT-01 in A-01"), store.session() as s:
        receiving.reverse_receipt(s, w.clerk, rid, "Ошибка")
    assert order_state(store, w)[1][w.kettle] == 5
    with store.session() as s:
        set_setting(s, admin, "stock.allow_negative", True)
    with store.session() as s:
        receiving.reverse_receipt(s, w.clerk, rid, "Ошибка")
    assert level(store, w.kettle, w.bin_a) == -3
    with store.read_session() as s:
        assert check_levels(s) == []


# --- two clerks at once (PostgreSQL) ----------------------------------------------------------

def _post_in_process(url: str, actor: Actor, receipts: list[tuple[int, int]], barrier, results) -> None:
    store = open_store(url)
    try:
        barrier.wait(timeout=60)
        for receipt_id, version in receipts:
            with store.session() as s:
                results.put(("ok", receiving.post_receipt(s, actor, receipt_id, version)))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent
        results.put(("error", repr(exc)))
    finally:
        store.close()


@pytest.fixture
def pg_url(pg_server) -> str:
    return new_pg_database(pg_server)


def test_two_processes_posting_receipts_for_the_same_product(pg_url):
    store = open_store(pg_url)
    try:
        w = build_world(store, make_admin(store))
        plans: list[list[tuple[int, int]]] = []
        for quantity, cost in ((Decimal(10), Decimal(100)), (Decimal(30), Decimal(200))):
            batch = []
            for _ in range(3):
                with store.session() as s:
                    rid = receiving.start_receipt(s, w.clerk, w.supplier, w.warehouse)
                    line_id = receiving.add_product(s, w.clerk, rid, w.kettle, quantity)
                    version = receiving.set_line_unit_cost(s, w.clerk, line_id, cost)
                batch.append((rid, version))
            plans.append(batch)
        ctx = multiprocessing.get_context("spawn")
        barrier, results = ctx.Barrier(len(plans)), ctx.Queue()
        procs = [ctx.Process(target=_post_in_process, args=(pg_url, w.clerk, plan, barrier, results))
                 for plan in plans]
        for p in procs:
            p.start()
        outcomes = [results.get(timeout=120) for _ in range(6)]
        for p in procs:
            p.join(timeout=60)
        assert [o for o in outcomes if o[0] != "ok"] == []
        numbers = [o[1] for o in outcomes]
        assert len(set(numbers)) == 6
        with store.read_session() as s:
            assert level(store, w.kettle, w.bin_a) == 120
            assert check_levels(s) == []
            # 3 × 10 × 100 + 3 × 30 × 200 = 21 000 for 120 units: 175 whatever the order
            assert abs(average_cost(store, w.kettle) - Decimal(175)) < Decimal("0.001")
    finally:
        store.close()
