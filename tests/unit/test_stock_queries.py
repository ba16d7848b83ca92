"""Stock levels list, a product's ledger, pickers: filters, figures and paging on both back ends."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import pytest

from backoffice_desktop.db import Store
from backoffice_desktop.models import (
    Category,
    Location,
    LocationKind,
    Product,
    ProductBarcode,
    Role,
    SalesOrder,
    SalesOrderLine,
    User,
    UserRole,
)
from backoffice_desktop.services.catalog import build_search_text
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.settings import set_setting
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves
from backoffice_desktop.services.stock_queries import (
    StockFilter,
    StockSort,
    count_ledger,
    count_stock_levels,
    list_bins,
    load_stock_rows,
    product_ledger,
    stock_level_ids,
)

KETTLE_BOX = "4600000000107"
CASE_EAN = "4600000000206"


@dataclass
class World:
    clerk: Actor
    content_manager: Actor
    warehouse: int
    a1: int
    a2: int
    b1: int
    quarantine: int
    supplier: int
    inventory: int
    scrap: int
    customer: int
    electronics: int
    phones: int
    kitchen: int
    phone: int
    case: int
    kettle: int
    cable: int
    mug: int
    old: int


def _user(session, username: str, role: Role) -> Actor:
    # Straight into the table: hashing a password per test would only cost time.
    user = User(username=username, full_name=username.title(), password_hash="-", roles=[UserRole(role=role.value)])
    session.add(user)
    session.flush()
    return Actor(user_id=user.id, username=username, full_name=username.title(), roles=frozenset({role}))


def _category(session, name: str, parent: Category | None = None) -> Category:
    cat = Category(name=name, parent_id=parent.id if parent else None)
    session.add(cat)
    session.flush()
    cat.path = (parent.path if parent else "/") + f"{cat.id}/"
    return cat


def _product(session, sku: str, name: str, category: Category | None, cost: str, safety: int = 0,
             active: bool = True) -> Product:
    product = Product(sku=sku, name=name, category_id=category.id if category else None,
                      average_cost=Decimal(cost), safety_stock=Decimal(safety), is_active=active,
                      search_text=build_search_text(sku, name, []))
    session.add(product)
    session.flush()
    return product


def build_stock_world(store: Store, admin: Actor) -> World:
    """A warehouse with three bins and quarantine, six products and their stock:

    Phone (PH-01): 6 in A-01, 6 in B-01, 1 in quarantine; 4 reserved by open orders.
    Case (CS-01): 7 received into A-02, all moved to B-01 (A-02 stays at zero).
    Kettle (KT-01): 2 in A-01, reorder point 2. Cable (CB-01): never stocked, reorder point 3.
    Mug (MG-01): −1 in B-01 (negative stock allowed). Old (OLD-01): inactive, 5 in A-01.
    """
    with store.session() as s:
        set_setting(s, admin, "stock.allow_negative", True)
        virtual = ensure_virtual_locations(s)
        wh = Location(code="WH1", name="Main", kind=LocationKind.WAREHOUSE.value)
        s.add(wh)
        s.flush()
        a1, a2, b1 = (Location(code=c, name=c, kind=LocationKind.BIN.value, parent_id=wh.id)
                      for c in ("A-01", "A-02", "B-01"))
        q = Location(code="WH1-Q", name="Quarantine", kind=LocationKind.QUARANTINE.value, parent_id=wh.id)
        s.add_all([a1, a2, b1, q])
        s.flush()
        electronics = _category(s, "Electronics")
        phones = _category(s, "Phones", electronics)
        kitchen = _category(s, "Kitchen")
        phone = _product(s, "PH-01", "Phone", phones, "100.0000", safety=5)
        case = _product(s, "CS-01", "Case", electronics, "10.5000")
        kettle = _product(s, "KT-01", "Kettle", kitchen, "1000.0000", safety=2)
        cable = _product(s, "CB-01", "Cable", electronics, "3.0000", safety=3)
        mug = _product(s, "MG-01", "Mug", kitchen, "50.0000", safety=1)
        old = _product(s, "OLD-01", "Old thing", None, "1.0000", active=False)
        s.add_all([
            ProductBarcode(product_id=kettle.id, barcode=KETTLE_BOX, kind="pack", pack_quantity=Decimal(2)),
            ProductBarcode(product_id=case.id, barcode=CASE_EAN),
        ])
        sup, cust = virtual[LocationKind.SUPPLIER], virtual[LocationKind.CUSTOMER]
        clerk = _user(s, "clerk", Role.CLERK)
        post_moves(s, clerk, [
            MoveRequest(phone.id, Decimal(10), sup, a1.id, Decimal(100)),
            MoveRequest(phone.id, Decimal(2), sup, b1.id, Decimal(100)),
            MoveRequest(phone.id, Decimal(1), sup, q.id, Decimal(100)),
            MoveRequest(case.id, Decimal(7), sup, a2.id, Decimal("10.5")),
            MoveRequest(kettle.id, Decimal(2), sup, a1.id, Decimal(1000)),
            MoveRequest(old.id, Decimal(5), sup, a1.id, Decimal(1)),
        ], "receipt", None, "RC-TEST-1")
        post_moves(s, clerk, [MoveRequest(phone.id, Decimal(4), a1.id, b1.id)], "transfer", None, "TR-TEST-1")
        post_moves(s, clerk, [MoveRequest(case.id, Decimal(7), a2.id, b1.id)], "transfer", None, "TR-TEST-2")
        post_moves(s, None, [MoveRequest(mug.id, Decimal(1), b1.id, cust)], "sale", None, "W-1")
        s.add_all([
            SalesOrder(number="W-2", status="new", lines=[SalesOrderLine(product_id=phone.id, quantity=Decimal(3))]),
            SalesOrder(number="W-3", status="processing",
                       lines=[SalesOrderLine(product_id=phone.id, quantity=Decimal(1))]),
            SalesOrder(number="W-4", status="completed",
                       lines=[SalesOrderLine(product_id=phone.id, quantity=Decimal(5))]),
        ])
        return World(
            clerk=clerk, content_manager=_user(s, "content", Role.CONTENT_MANAGER),
            warehouse=wh.id, a1=a1.id, a2=a2.id, b1=b1.id, quarantine=q.id,
            supplier=sup, inventory=virtual[LocationKind.INVENTORY], scrap=virtual[LocationKind.SCRAP], customer=cust,
            electronics=electronics.id, phones=phones.id, kitchen=kitchen.id,
            phone=phone.id, case=case.id, kettle=kettle.id, cable=cable.id, mug=mug.id, old=old.id,
        )


@pytest.fixture
def world(store, admin) -> World:
    return build_stock_world(store, admin)


def _keys(store: Store, **kw) -> list[tuple[int, int | None]]:
    with store.read_session() as s:
        filt = StockFilter(**kw)
        keys = stock_level_ids(s, filt, 0, None)
        assert count_stock_levels(s, filt) == len(keys)
        return keys


def test_levels_list_filters(store, world):
    w = world
    # Default: non-zero levels of active products, by name (Case, Kettle, Mug, Phone).
    assert _keys(store) == [
        (w.case, w.b1), (w.kettle, w.a1), (w.mug, w.b1), (w.phone, w.a1), (w.phone, w.b1), (w.phone, w.quarantine),
    ]
    assert set(_keys(store, include_inactive=True)) - set(_keys(store)) == {(w.old, w.a1)}
    assert {k[0] for k in _keys(store, category_id=w.electronics)} == {w.phone, w.case}  # with subcategories
    assert {k[0] for k in _keys(store, category_id=w.phones)} == {w.phone}
    assert _keys(store, location_id=w.a1) == [(w.kettle, w.a1), (w.phone, w.a1)]
    assert len(_keys(store, location_id=w.warehouse)) == 6
    assert _keys(store, zero=True) == [(w.case, w.a2)]
    assert _keys(store, negative=True) == [(w.mug, w.b1)]
    assert _keys(store, zero=True, negative=True) == [(w.case, w.a2), (w.mug, w.b1)]
    assert _keys(store, below_reorder=True) == [(w.kettle, w.a1), (w.mug, w.b1)]
    assert _keys(store, text="phon") == [(w.phone, w.a1), (w.phone, w.b1), (w.phone, w.quarantine)]
    assert _keys(store, text="ca") == [(w.case, w.b1)]  # too short for the index: a plain LIKE
    assert _keys(store, sort=StockSort.LOCATION)[:2] == [(w.kettle, w.a1), (w.phone, w.a1)]
    assert _keys(store, sort=StockSort.ON_HAND, descending=True)[:2] == [(w.case, w.b1), (w.phone, w.b1)]
    assert _keys(store, sort=StockSort.VALUE, descending=True)[0] == (w.kettle, w.a1)  # 2 000.00
    assert _keys(store, sort=StockSort.SKU)[0] == (w.case, w.b1)


def test_per_product_mode(store, world):
    w = world
    assert _keys(store, per_product=True) == [(w.case, None), (w.kettle, None), (w.mug, None), (w.phone, None)]
    # Never stocked products are out of stock, and below their reorder point.
    assert _keys(store, per_product=True, zero=True) == [(w.cable, None)]
    assert _keys(store, per_product=True, below_reorder=True) == [(w.cable, None), (w.kettle, None), (w.mug, None)]
    assert _keys(store, per_product=True, location_id=w.a1) == [(w.kettle, None), (w.phone, None)]
    with store.read_session() as s:
        row = load_stock_rows(s, [(w.phone, None)])[(w.phone, None)]
    assert (row.on_hand, row.quarantined, row.reserved, row.available) == (12, 1, 4, 8)
    assert row.value == Decimal("1200.00") and row.location_code == ""


def test_row_figures(store, world):
    w = world
    with store.read_session() as s:
        keys = stock_level_ids(s, StockFilter(), 0, 100)
        rows = load_stock_rows(s, keys)
    phone_a = rows[(w.phone, w.a1)]
    assert (phone_a.sku, phone_a.name, phone_a.unit, phone_a.category, phone_a.location_code) == (
        "PH-01", "Phone", "pcs", "Phones", "A-01")
    assert phone_a.on_hand == 6
    assert phone_a.reserved == 4  # new + processing orders; the completed one doesn't reserve
    assert phone_a.available == 8  # 12 in bins (quarantine isn't for sale) − 4
    assert phone_a.value == Decimal("600.00")
    assert not phone_a.below_reorder
    assert rows[(w.phone, w.quarantine)].location_kind == "quarantine"
    case_b = rows[(w.case, w.b1)]
    assert case_b.value == Decimal("73.50") and case_b.reserved == 0 and case_b.available == 7
    kettle = rows[(w.kettle, w.a1)]
    assert kettle.below_reorder and kettle.reorder_point == 2
    mug = rows[(w.mug, w.b1)]
    assert mug.on_hand == -1 and mug.value == Decimal("-50.00")


def test_paging_is_stable(store, world):
    with store.read_session() as s:
        for filt in (StockFilter(), StockFilter(sort=StockSort.ON_HAND), StockFilter(descending=True),
                     StockFilter(per_product=True, include_empty=True)):
            everything = stock_level_ids(s, filt, 0, None)
            paged = stock_level_ids(s, filt, 0, 2) + stock_level_ids(s, filt, 2, 2) + stock_level_ids(s, filt, 4, 50)
            assert paged == everything


def test_ledger_running_balance_across_pages(store, world):
    w = world
    with store.session() as s:
        # Three more moves: a sale, a return to the bin, a write-off from quarantine.
        post_moves(s, w.clerk, [MoveRequest(w.phone, Decimal(3), w.a1, w.customer)], "sale", None, "W-9")
        post_moves(s, w.clerk, [MoveRequest(w.phone, Decimal(1), w.customer, w.b1)], "return", None, "W-9R")
        post_moves(s, w.clerk, [MoveRequest(w.phone, Decimal(1), w.quarantine, w.scrap, reason="broken")],
                   "write_off", None, "WO-1")
    with store.read_session() as s:
        full = product_ledger(s, w.phone)
        assert count_ledger(s, w.phone) == len(full) == 7
        paged = product_ledger(s, w.phone, None, 0, 3) + product_ledger(s, w.phone, None, 3, 3) + \
            product_ledger(s, w.phone, None, 6, 3)
        assert paged == full
        # Newest first: write-off −1, return +1, sale −3, transfer inside the warehouse 0, receipts +1 +2 +10.
        assert [e.quantity for e in full] == [-1, 1, -3, 0, 1, 2, 10]
        assert [e.balance for e in full] == [10, 11, 10, 13, 13, 12, 10]
        first = full[0]
        assert (first.document_type, first.document_number, first.from_code, first.to_code, first.reason) == (
            "write_off", "WO-1", "WH1-Q", "VIRT-SCRAP", "broken")
        assert first.user == "Clerk"
        assert full[-1].unit_cost == Decimal(100)
        bin_a = product_ledger(s, w.phone, w.a1, 0, 1) + product_ledger(s, w.phone, w.a1, 1, 10)
        assert [(e.quantity, e.balance) for e in bin_a] == [(-3, 3), (-4, 6), (10, 10)]
        assert product_ledger(s, w.phone, w.warehouse)[0].balance == 10


def test_list_bins(store, world):
    with store.read_session() as s:
        bins = list_bins(s)
    assert [(b.code, b.kind, b.warehouse_code) for b in bins] == [
        ("A-01", "bin", "WH1"), ("A-02", "bin", "WH1"), ("B-01", "bin", "WH1"), ("WH1-Q", "quarantine", "WH1"),
    ]
