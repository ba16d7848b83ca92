"""The purchase order's life as a purchaser and a manager see it, on SQLite and PostgreSQL:
drafts, VAT, approval, sending, revisions, receiving by Intake, closing; landed costs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.db import Store
from backoffice_desktop.errors import ConflictError, PermissionDenied, ValidationError
from backoffice_desktop.models import (
    ChargeAllocation,
    Product,
    PurchaseOrder,
    PurchaseOrderRevision,
    Role,
    StockMove,
    Supplier,
    SupplierOffer,
)
from backoffice_desktop.services import purchasing, receiving, users
from backoffice_desktop.services.landed_costs import ChargeInput, LineBasis, allocate
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.purchasing import LineRevision, NewLine, OrderDetails
from backoffice_desktop.services.settings import set_setting

from ..conftest import make_admin
from .purchasing_world import actor, warehouse_with_bin


@dataclass(frozen=True)
class World:
    admin: Actor
    purchaser: Actor
    manager: Actor
    clerk: Actor
    supplier: int
    warehouse: int
    kettle: int
    mug: int


@pytest.fixture
def world(store: Store) -> World:
    admin = make_admin(store)
    with store.session() as s:
        warehouse = warehouse_with_bin(s)
        supplier = Supplier(name="ООО «Ромашка»", payment_deferral_days=30, returns_unsold=True, lead_time_days=5)
        kettle = Product(sku="KT-01", name="Чайник", weight_kg=Decimal("1.5"))
        mug = Product(sku="MG-01", name="Кружка", vat_rate=Decimal("10"), weight_kg=Decimal("0.5"))
        s.add_all([supplier, kettle, mug])
        s.flush()
        s.add(SupplierOffer(supplier_id=supplier.id, product_id=kettle.id, supplier_sku="R-KT", price=Decimal("1000.00")))
        people = [actor(s, admin, name, role) for name, role in
                  (("buyer", Role.PURCHASER), ("boss", Role.MANAGER), ("sklad", Role.CLERK))]
        return World(admin, *people, supplier.id, warehouse, kettle.id, mug.id)


def _order(store: Store, w: World, *lines: NewLine) -> int:
    with store.session() as s:
        return purchasing.create_order(s, w.purchaser, w.supplier, lines)


def test_a_draft_takes_prices_and_supplier_skus_from_the_offer_and_vat_from_the_product(store, world):
    order_id = _order(store, world, NewLine(world.kettle, Decimal(3)), NewLine(world.mug, Decimal(10), Decimal("50")))
    with store.read_session() as s:
        order = s.get(PurchaseOrder, order_id)
        assert order.number.startswith("PO-") and order.state == "draft"
        assert "отсрочкой 30 дн." in order.terms and "нереализованного" in order.terms
        kettle, mug = order.lines
        assert (kettle.supplier_sku, kettle.unit_price, kettle.vat_rate) == ("R-KT", Decimal("1000.00"), Decimal("22"))
        assert (mug.supplier_sku, mug.unit_price, mug.vat_rate) == ("", Decimal("50.00"), Decimal("10"))
        totals = purchasing.totals_of(order)
    # Prices include VAT: 3000 at 22% holds 540.98; 500 at 10% holds 45.45.
    assert totals.gross == Decimal("3500.00")
    assert totals.vat == Decimal("540.98") + Decimal("45.45")
    assert totals.by_rate == ((Decimal("10"), Decimal("454.55"), Decimal("45.45")),
                              (Decimal("22"), Decimal("2459.02"), Decimal("540.98")))


def test_prices_without_vat_and_one_rate_for_the_whole_order(store, world):
    order_id = _order(store, world, NewLine(world.kettle, Decimal(3)), NewLine(world.mug, Decimal(10), Decimal("50")))
    with store.session() as s:
        purchasing.set_order_details(s, world.purchaser, order_id, OrderDetails(
            expected_date=date.today() + timedelta(days=5), notes="", terms="Оплата по факту",
            prices_include_vat=False, vat_rate=Decimal("20")))
    with store.read_session() as s:
        totals = purchasing.totals_of(s.get(PurchaseOrder, order_id))
    assert (totals.net, totals.vat, totals.gross) == (Decimal("3500.00"), Decimal("700.00"), Decimal("4200.00"))


def test_adding_a_product_again_adds_to_its_line(store, world):
    order_id = _order(store, world, NewLine(world.kettle, Decimal(3)))
    with store.session() as s:
        purchasing.add_line(s, world.purchaser, order_id, world.kettle, "2")
    with store.read_session() as s:
        (line,) = s.get(PurchaseOrder, order_id).lines
        assert line.quantity == 5


@pytest.mark.parametrize("quantity, message", [("0", "more than zero"), ("-1", "more than zero"),
                                               ("1,5", "whole units"), ("abc", "not a quantity")])
def test_bad_quantities_are_refused_and_nothing_changes(store, world, quantity, message):
    order_id = _order(store, world, NewLine(world.kettle, Decimal(3)))
    with store.session() as s:
        line_id = s.get(PurchaseOrder, order_id).lines[0].id
    with pytest.raises(ValidationError, match=message), store.session() as s:
        purchasing.set_line(s, world.purchaser, line_id, quantity=quantity)
    with pytest.raises(ValidationError, match="negative"), store.session() as s:
        purchasing.set_line(s, world.purchaser, line_id, unit_price="-5")
    with store.read_session() as s:
        assert s.get(PurchaseOrder, order_id).lines[0].quantity == 3


def test_a_small_order_is_sent_directly_and_is_then_read_only(store, world):
    order_id = _order(store, world, NewLine(world.kettle, Decimal(3)))
    with store.session() as s:
        purchasing.mark_sent(s, world.purchaser, order_id)
    with store.read_session() as s:
        order = s.get(PurchaseOrder, order_id)
        assert order.state == "sent" and order.sent_at is not None
    with pytest.raises(ValidationError, match="only drafts can be edited"), store.session() as s:
        purchasing.add_line(s, world.purchaser, order_id, world.mug, "1", "10")


def test_an_order_above_the_limit_needs_another_managers_approval(store, world):
    with store.session() as s:
        set_setting(s, world.admin, "purchasing.approval_amount", "2000.00")
    order_id = _order(store, world, NewLine(world.kettle, Decimal(3)))
    with pytest.raises(ValidationError, match="needs a manager's approval"), store.session() as s:
        purchasing.mark_sent(s, world.purchaser, order_id)
    with store.session() as s:
        purchasing.request_approval(s, world.purchaser, order_id)
    with pytest.raises(PermissionDenied), store.session() as s:
        purchasing.approve(s, world.purchaser, order_id)
    with store.session() as s:
        purchasing.reject(s, world.manager, order_id, "Слишком дорого")
        assert s.get(PurchaseOrder, order_id).state == "draft"
        purchasing.request_approval(s, world.purchaser, order_id)
        purchasing.approve(s, world.manager, order_id)
        purchasing.mark_sent(s, world.purchaser, order_id)
        order = s.get(PurchaseOrder, order_id)
        assert order.state == "sent" and order.approved_by_id == world.manager.user_id


def test_the_author_cannot_approve_their_own_order(store, world):
    with store.session() as s:
        set_setting(s, world.admin, "purchasing.approval_amount", "100.00")
        info = users.create_user(s, world.admin, "chief", "user-pass-1", {Role.PURCHASER, Role.MANAGER}, "Chief")
        chief = Actor(info.id, "chief", "Chief", frozenset({Role.PURCHASER, Role.MANAGER}))
        order_id = purchasing.create_order(s, chief, world.supplier, [NewLine(world.kettle, Decimal(1))])
        purchasing.request_approval(s, chief, order_id)
    with pytest.raises(ValidationError, match="another manager must approve"), store.session() as s:
        purchasing.approve(s, chief, order_id)


def test_an_empty_order_or_one_without_prices_is_not_sent(store, world):
    empty = _order(store, world)
    with pytest.raises(ValidationError, match="no lines"), store.session() as s:
        purchasing.mark_sent(s, world.purchaser, empty)
    unpriced = _order(store, world, NewLine(world.mug, Decimal(2)))
    with pytest.raises(ValidationError, match="without a price"), store.session() as s:
        purchasing.mark_sent(s, world.purchaser, unpriced)


def test_a_clerk_cannot_make_orders(store, world):
    with pytest.raises(PermissionDenied), store.session() as s:
        purchasing.create_order(s, world.clerk, world.supplier)


def _receive(store: Store, w: World, order_id: int, quantity: int) -> str:
    with store.session() as s:
        receipt_id = receiving.start_receipt_from_order(s, w.clerk, order_id, w.warehouse)
        summary = receiving.receipt_summary(s, receipt_id)
        for line in summary.lines:
            receiving.set_line_quantity(s, w.clerk, line.line_id, Decimal(quantity))
    with store.session() as s:
        summary = receiving.receipt_summary(s, receipt_id)
        return receiving.post_receipt(s, w.clerk, receipt_id, summary.version)


def test_revision_of_a_sent_order_is_recorded_and_cannot_undercut_what_arrived(store, world):
    order_id = _order(store, world, NewLine(world.kettle, Decimal(10)))
    with store.session() as s:
        purchasing.mark_sent(s, world.purchaser, order_id)
    _receive(store, world, order_id, 4)
    with store.read_session() as s:
        order = s.get(PurchaseOrder, order_id)
        assert order.state == "partially_received"
        line_id, version = order.lines[0].id, order.version
    with pytest.raises(ValidationError, match="already received"), store.session() as s:
        purchasing.revise(s, world.purchaser, order_id, [LineRevision(line_id, "3")], "меньше")
    with pytest.raises(ValidationError, match="why"), store.session() as s:
        purchasing.revise(s, world.purchaser, order_id, [LineRevision(line_id, "8")], " ")
    with store.session() as s:
        revision = purchasing.revise(
            s, world.purchaser, order_id,
            [LineRevision(line_id, "8", "950"), LineRevision(None, "5", "60", product_id=world.mug)],
            "Поставщик снизил цену", expected_version=version)
    assert revision == 1
    with store.read_session() as s:
        rec = s.scalars(select(PurchaseOrderRevision).where(PurchaseOrderRevision.order_id == order_id)).one()
        fields = {(c["field"], c["old"], c["new"]) for c in rec.changes}
        assert any(f == "quantity" and Decimal(o) == 10 and Decimal(n) == 8 for f, o, n in fields)
        assert any(f == "unit_price" and Decimal(n) == 950 for f, _o, n in fields)
        assert any(f == "added" for f, _o, _n in fields)
        assert rec.reason == "Поставщик снизил цену"
    with pytest.raises(ConflictError), store.session() as s:
        purchasing.revise(s, world.purchaser, order_id, [LineRevision(line_id, "9")], "x", expected_version=version)


def test_received_orders_close_and_cancelled_orders_refuse_receipts(store, world):
    order_id = _order(store, world, NewLine(world.kettle, Decimal(2)))
    with store.session() as s:
        purchasing.mark_sent(s, world.purchaser, order_id)
    with pytest.raises(ValidationError, match="only received or partly received"), store.session() as s:
        purchasing.close(s, world.purchaser, order_id)
    _receive(store, world, order_id, 1)
    with pytest.raises(ValidationError, match="close it instead"), store.session() as s:
        purchasing.cancel(s, world.purchaser, order_id)
    with store.session() as s:
        purchasing.close(s, world.purchaser, order_id)
        assert purchasing.on_order(s, [world.kettle]) == {}
    other = _order(store, world, NewLine(world.kettle, Decimal(2)))
    with store.session() as s:
        purchasing.mark_sent(s, world.purchaser, other)
        assert purchasing.on_order(s, [world.kettle]) == {world.kettle: Decimal(2)}
        purchasing.cancel(s, world.purchaser, other, "Нашли дешевле")
    with pytest.raises(ValidationError, match="cancelled"), store.session() as s:
        receiving.start_receipt_from_order(s, world.clerk, other, world.warehouse)


def test_overdue_means_expected_before_today_and_still_open():
    today = date(2026, 11, 27)
    assert purchasing.is_overdue("sent", date(2026, 11, 26), today)
    assert not purchasing.is_overdue("sent", today, today)
    assert not purchasing.is_overdue("received", date(2026, 11, 1), today)
    assert not purchasing.is_overdue("draft", date(2026, 11, 1), today)


# --- landed costs -------------------------------------------------------------------------

def test_charges_spread_by_value_quantity_and_weight():
    lines = [LineBasis(1, "A", Decimal(10), Decimal(100), Decimal("2")),
             LineBasis(2, "B", Decimal(30), Decimal(100), Decimal("1"))]
    assert allocate(lines, [(Decimal(400), ChargeAllocation.VALUE)]) == {1: Decimal("10.0000"), 2: Decimal("10.0000")}
    assert allocate(lines, [(Decimal(400), ChargeAllocation.QUANTITY)]) == {1: Decimal("10.0000"), 2: Decimal("10.0000")}
    # By weight: 20 kg and 30 kg of 50 → 160 and 240 → per unit 16 and 8.
    assert allocate(lines, [(Decimal(400), ChargeAllocation.WEIGHT)]) == {1: Decimal("16.0000"), 2: Decimal("8.0000")}
    with pytest.raises(ValidationError, match="no weight"):
        allocate([LineBasis(1, "A", Decimal(1), Decimal(1), None)], [(Decimal(5), ChargeAllocation.WEIGHT)])
    # Free goods: a value spread falls back to quantity instead of dropping the money.
    free = [LineBasis(1, "A", Decimal(4), Decimal(0), None)]
    assert allocate(free, [(Decimal(10), ChargeAllocation.VALUE)]) == {1: Decimal("2.5000")}


def test_landed_costs_feed_the_average_cost_when_the_receipt_posts(store, world):
    order_id = _order(store, world, NewLine(world.kettle, Decimal(10)), NewLine(world.mug, Decimal(10), Decimal("100")))
    with store.session() as s:
        purchasing.mark_sent(s, world.purchaser, order_id)
        receipt_id = receiving.start_receipt_from_order(s, world.clerk, order_id, world.warehouse)
        for line in receiving.receipt_summary(s, receipt_id).lines:
            receiving.set_line_quantity(s, world.clerk, line.line_id, Decimal(10))
    with pytest.raises(ValidationError, match="above zero"), store.session() as s:
        receiving.set_receipt_charges(s, world.purchaser, receipt_id, [ChargeInput("freight", "0")])
    with store.session() as s:
        receiving.set_receipt_charges(s, world.purchaser, receipt_id, [
            ChargeInput("freight", "1100", ChargeAllocation.VALUE, "Доставка ТК"),
            ChargeInput("customs", "200", ChargeAllocation.QUANTITY),
        ])
        summary = receiving.receipt_summary(s, receipt_id)
        assert summary.charges_total == Decimal("1300.00")
    with store.session() as s:
        receiving.post_receipt(s, world.clerk, receipt_id, summary.version)
    with store.read_session() as s:
        kettle, mug = s.get(Product, world.kettle), s.get(Product, world.mug)
        # Value 10 000 + 1 000 → freight 1000/100 per unit; duty 10 per unit to each.
        assert kettle.average_cost == Decimal("1110.0000")
        assert mug.average_cost == Decimal("120.0000")
        costs = set(s.scalars(select(StockMove.unit_cost).where(StockMove.document_type == "receipt")))
        assert costs == {Decimal("1110.0000"), Decimal("120.0000")}
