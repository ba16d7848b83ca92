"""The buyer's view of one product, on SQLite and PostgreSQL: stock, what is coming, what
sold, the offers, and the last prices paid per supplier."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest

from backoffice_desktop.db import Store
from backoffice_desktop.errors import NotFound
from backoffice_desktop.models import (
    Location,
    LocationKind,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    Role,
    SalesOrder,
    SalesOrderLine,
    Supplier,
    SupplierOffer,
    utcnow,
)
from backoffice_desktop.services import receiving, users
from backoffice_desktop.services.buyer_view import product_purchasing, suggested_quantity
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves

from ..conftest import make_admin

TODAY = utcnow().date()


@dataclass(frozen=True)
class World:
    clerk: Actor
    warehouse: int
    alpha: int
    beta: int
    kettle: int
    mug: int
    sent_order: int


def _at(days_ago: int, hour: int = 12) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days_ago), time(hour), timezone.utc)


def _sale(session, number: str, days_ago: int, status: str, *lines: tuple[int, str]) -> None:
    order = SalesOrder(number=number, status=status, ordered_at=_at(days_ago))
    order.lines = [SalesOrderLine(product_id=pid, quantity=Decimal(qty)) for pid, qty in lines]
    session.add(order)


@pytest.fixture
def world(store: Store) -> World:
    admin = make_admin(store)
    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        wh = Location(code="WH1", name="Основной склад", kind=LocationKind.WAREHOUSE.value)
        s.add(wh)
        s.flush()
        bin_a = Location(code="A-01", name="Стеллаж A", kind=LocationKind.BIN.value, parent_id=wh.id)
        bin_b = Location(code="B-01", name="Стеллаж B", kind=LocationKind.BIN.value, parent_id=wh.id)
        alpha = Supplier(name="ООО «Альфа»", lead_time_days=5)
        beta = Supplier(name="ООО «Бета»", lead_time_days=10, currency="EUR")
        gamma = Supplier(name="ООО «Гамма»", is_active=False)
        kettle = Product(sku="KT-01", name="Чайник", safety_stock=Decimal(2))
        mug = Product(sku="MG-01", name="Кружка")
        s.add_all([bin_a, bin_b, alpha, beta, gamma, kettle, mug])
        s.flush()
        s.add_all([
            SupplierOffer(supplier_id=alpha.id, product_id=kettle.id, supplier_sku="A-KT", price=Decimal("1000.00"),
                          pack_size=Decimal(6), min_order_qty=Decimal(12), stock_qty=Decimal(50)),
            SupplierOffer(supplier_id=beta.id, product_id=kettle.id, supplier_sku="B-KT", price=Decimal("950.00")),
            SupplierOffer(supplier_id=gamma.id, product_id=kettle.id, supplier_sku="G-KT", price=Decimal("10.00")),
            SupplierOffer(supplier_id=alpha.id, product_id=mug.id, supplier_sku="A-MG", price=Decimal("80.00")),
        ])
        post_moves(s, None, [MoveRequest(kettle.id, Decimal(7), virtual[LocationKind.SUPPLIER], bin_a.id),
                             MoveRequest(kettle.id, Decimal(3), virtual[LocationKind.SUPPLIER], bin_b.id),
                             MoveRequest(mug.id, Decimal(40), virtual[LocationKind.SUPPLIER], bin_a.id)], "receipt")
        _sale(s, "S-1", 5, "completed", (kettle.id, "4"), (mug.id, "9"))
        _sale(s, "S-2", 20, "shipped", (kettle.id, "3"))
        _sale(s, "S-3", 10, "completed", (kettle.id, "-1"))  # a return subtracts
        _sale(s, "S-4", 1, "new", (kettle.id, "2"))  # sold, and reserved
        _sale(s, "S-5", 40, "completed", (kettle.id, "10"))
        _sale(s, "S-6", 100, "completed", (kettle.id, "100"))  # before the 90 days
        _sale(s, "S-7", 3, "cancelled", (kettle.id, "50"))
        _sale(s, "S-8", 4, "returned", (kettle.id, "7"))
        _sale(s, "S-9", 0, "processing", (kettle.id, "1"))  # today: reserved, not yet in the window
        sent = PurchaseOrder(number="PO-T-1", supplier_id=alpha.id, state="sent", sent_at=utcnow(),
                             expected_date=TODAY + timedelta(days=3))
        sent.lines = [PurchaseOrderLine(line_no=1, product_id=kettle.id, quantity=Decimal(20),
                                        unit_price=Decimal("1000.00"))]
        draft = PurchaseOrder(number="PO-T-2", supplier_id=beta.id, state="draft")
        draft.lines = [PurchaseOrderLine(line_no=1, product_id=kettle.id, quantity=Decimal(6))]
        cancelled = PurchaseOrder(number="PO-T-3", supplier_id=beta.id, state="cancelled")
        cancelled.lines = [PurchaseOrderLine(line_no=1, product_id=kettle.id, quantity=Decimal(99))]
        s.add_all([sent, draft, cancelled])
        s.flush()
        info = users.create_user(s, admin, "sklad", "clerk-pass-1", {Role.CLERK}, "Склад")
        clerk = Actor(user_id=info.id, username="sklad", full_name="Склад", roles=frozenset({Role.CLERK}))
        return World(clerk, wh.id, alpha.id, beta.id, kettle.id, mug.id, sent.id)


def _receive(store: Store, w: World, supplier_id: int, cost: str, quantity: int = 1) -> int:
    with store.session() as s:
        receipt_id = receiving.start_receipt(s, w.clerk, supplier_id, w.warehouse)
        line_id = receiving.add_product(s, w.clerk, receipt_id, w.kettle, Decimal(quantity))
        receiving.set_line_unit_cost(s, w.clerk, line_id, Decimal(cost))
    with store.session() as s:
        receiving.post_receipt(s, w.clerk, receipt_id, receiving.receipt_summary(s, receipt_id).version)
    return receipt_id


def _receive_part_of_sent_order(store: Store, w: World, quantity: int) -> None:
    with store.session() as s:
        receipt_id = receiving.start_receipt_from_order(s, w.clerk, w.sent_order, w.warehouse)
        line_id = receiving.receipt_summary(s, receipt_id).lines[0].line_id
        receiving.set_line_quantity(s, w.clerk, line_id, Decimal(quantity))
    with store.session() as s:
        receiving.post_receipt(s, w.clerk, receipt_id, receiving.receipt_summary(s, receipt_id).version)


def test_stock_coming_and_sold(store, world):
    _receive_part_of_sent_order(store, world, 5)
    with store.read_session() as s:
        view = product_purchasing(s, world.kettle, today=TODAY)
    assert (view.sku, view.name, view.unit) == ("KT-01", "Чайник", "pcs")
    assert [(b.code, b.quantity) for b in view.bins] == [("A-01", 12), ("B-01", 3)]
    assert view.on_hand == 15 and view.reserved == 3 and view.available == 12
    assert [(o.number, o.state, o.outstanding) for o in view.orders] == [("PO-T-1", "partially_received", 15),
                                                                       ("PO-T-2", "draft", 6)]
    first = view.orders[0]
    assert (first.expected_date, first.supplier) == (TODAY + timedelta(days=3), "ООО «Альфа»")
    assert view.on_order == 15 and view.in_drafts == 6
    assert view.sold_30 == 8  # 4 + 3 − 1 + 2; cancelled, returned and today's orders don't count
    assert view.sold_90 == 18
    assert view.position == 15 - 3 + 15 + 6
    assert view.safety_stock == 2 and view.reorder_enabled and not view.below_safety_stock


def test_offers_of_active_suppliers_cheapest_first(store, world):
    with store.read_session() as s:
        view = product_purchasing(s, world.kettle, today=TODAY)
    assert [(o.supplier, o.supplier_sku, o.price, o.currency, o.lead_time_days) for o in view.offers] == [
        ("ООО «Бета»", "B-KT", Decimal("950.00"), "EUR", 10),
        ("ООО «Альфа»", "A-KT", Decimal("1000.00"), "RUB", 5),
    ]
    alpha = view.offers[1]
    assert (alpha.pack_size, alpha.min_order_qty, alpha.stock) == (6, 12, 50) and view.offers[0].stock is None
    assert view.lead_times == (5, 10)


def test_last_purchase_prices_per_supplier_newest_first_without_reversed_receipts(store, world):
    for cost in ("900", "910", "920", "930"):
        _receive(store, world, world.alpha, cost)
    _receive(store, world, world.beta, "800")
    wrong = _receive(store, world, world.beta, "1")
    with store.session() as s:
        receiving.reverse_receipt(s, world.clerk, wrong, "Не та цена")
    _receive_part_of_sent_order(store, world, 5)  # at the order's price, 1 000
    with store.read_session() as s:
        view = product_purchasing(s, world.kettle, today=TODAY)
    assert [(p.supplier, p.unit_cost, p.quantity) for p in view.purchases] == [
        ("ООО «Альфа»", Decimal("1000"), 5),
        ("ООО «Бета»", Decimal("800"), 1),
        ("ООО «Альфа»", Decimal("930"), 1),
        ("ООО «Альфа»", Decimal("920"), 1),
    ]
    assert all(p.receipt_number and p.posted_at.tzinfo is not None for p in view.purchases)
    assert view.purchases[1].currency == "EUR"


def test_a_product_nobody_offers_or_sold(store, world):
    with store.session() as s:
        lone = Product(sku="LN-01", name="Одинокий", unit="kg", safety_stock=Decimal("1.5"))
        s.add(lone)
        s.flush()
        lone_id = lone.id
    with store.read_session() as s:
        view = product_purchasing(s, lone_id, today=TODAY)
        with pytest.raises(NotFound):
            product_purchasing(s, 999_999)
    assert view.on_hand == 0 and view.bins == [] and view.orders == [] and view.offers == [] and view.purchases == []
    assert view.sold_30 == view.sold_90 == 0 and view.lead_times is None
    assert view.below_safety_stock
    assert suggested_quantity(view, None) == Decimal("1.5")  # the safety stock, in kg


def test_suggested_quantity_covers_a_month_in_whole_packs(store, world):
    with store.read_session() as s:
        mug = product_purchasing(s, world.mug, today=TODAY)
        kettle = product_purchasing(s, world.kettle, today=TODAY)
    alpha_mug = mug.offers[0]
    assert suggested_quantity(mug, alpha_mug) == 1  # 40 on hand cover 9 a month: the minimum
    # Kettles: 8 a month + safety 2 − (10 − 3 + 20 + 6) < 0 → nothing needed: one pack (and the minimum).
    alpha, beta = kettle.offers[1], kettle.offers[0]
    assert suggested_quantity(kettle, alpha) == 12 and suggested_quantity(kettle, beta) == 1
    with store.session() as s:
        _sale(s, "S-10", 2, "completed", (world.kettle, "40"))
    with store.read_session() as s:
        kettle = product_purchasing(s, world.kettle, today=TODAY)
    # 48 + 2 − 33 = 17 → packs of 6: 18; from Beta (no packs): 17.
    assert suggested_quantity(kettle, alpha) == 18 and suggested_quantity(kettle, beta) == 17


def test_sales_window_ends_the_day_before_today(store, world):
    later = TODAY + timedelta(days=1)
    with store.read_session() as s:
        view = product_purchasing(s, world.kettle, today=later)
    assert view.sold_30 == 9 and view.today == later  # today's processing order now counts
    assert isinstance(view.today, date)
