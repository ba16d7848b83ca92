"""Reorder suggestions: sales rate over the days in stock, position, rounding, the supplier
chosen, grouping, and a group turned into a draft purchase order.

Every store test runs on SQLite and on a real PostgreSQL (the ``store`` fixture). Sales
and stock moves are dated inside a 30-day window ending yesterday.
"""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from datetime import datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from backoffice_desktop.db import Store
from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.models import (
    Category,
    Location,
    LocationKind,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    Role,
    SalesOrder,
    SalesOrderLine,
    StockMove,
    Supplier,
    SupplierOffer,
    utcnow,
)
from backoffice_desktop.services import reorder, users
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.reorder import (
    RateBasis,
    ReorderParams,
    ReorderResult,
    Rounding,
    SuggestionLine,
    SupplierPick,
    Trigger,
)
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves

WINDOW = 30
TODAY = utcnow().date()
FIRST_DAY = TODAY - timedelta(days=WINDOW)
_numbers = itertools.count(1)


def day(index: int, hour: int = 12) -> datetime:
    """A moment on day ``index`` of the window (0 = its first day, WINDOW - 1 = yesterday)."""
    return datetime.combine(FIRST_DAY + timedelta(days=index), time(hour), timezone.utc)


@dataclass(frozen=True)
class World:
    purchaser: Actor
    clerk: Actor
    bin: int
    supplier_loc: int
    customer_loc: int
    supplier: int  # "Alpha": lead time 5 days
    other: int  # "Beta": lead time 10 days


def _actor(session, admin: Actor, username: str, role: Role) -> Actor:
    info = users.create_user(session, admin, username, "secret-pass-1", {role}, username.title())
    return Actor(user_id=info.id, username=username, full_name=username.title(), roles=frozenset({role}))


@pytest.fixture
def world(store: Store, admin: Actor) -> World:
    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        wh = Location(code="WH1", name="Склад", kind=LocationKind.WAREHOUSE.value)
        s.add(wh)
        s.flush()
        bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value, parent_id=wh.id)
        alpha = Supplier(name="Alpha", lead_time_days=5, min_order_amount=Decimal("1000.00"))
        beta = Supplier(name="Beta", lead_time_days=10)
        s.add_all([bin_, alpha, beta])
        s.flush()
        return World(
            purchaser=_actor(s, admin, "buyer", Role.PURCHASER), clerk=_actor(s, admin, "clerk", Role.CLERK),
            bin=bin_.id, supplier_loc=virtual[LocationKind.SUPPLIER], customer_loc=virtual[LocationKind.CUSTOMER],
            supplier=alpha.id, other=beta.id,
        )


# --- helpers: what happened in the window ---------------------------------------------------

def add_product(store: Store, sku: str, safety: str = "0", unit: str = "pcs", **fields) -> int:
    with store.session() as s:
        product = Product(sku=sku, name=f"Товар {sku}", unit=unit, safety_stock=Decimal(safety), **fields)
        s.add(product)
        s.flush()
        return product.id


def add_offer(store: Store, supplier_id: int, product_id: int, price: str, pack: str = "1", moq: str = "1",
              stock: str | None = None) -> None:
    with store.session() as s:
        s.add(SupplierOffer(
            supplier_id=supplier_id, product_id=product_id, supplier_sku=f"S-{next(_numbers)}", price=Decimal(price),
            pack_size=Decimal(pack), min_order_qty=Decimal(moq), stock_qty=None if stock is None else Decimal(stock),
        ))


def move(store: Store, w: World, product_id: int, quantity: str, at: datetime, into: bool = True) -> None:
    """Goods into the bin from a supplier (or out of it to a customer), dated ``at``."""
    src, dst = (w.supplier_loc, w.bin) if into else (w.bin, w.customer_loc)
    with store.session() as s:
        ids = post_moves(s, w.clerk, [MoveRequest(product_id, Decimal(quantity), src, dst)],
                         "receipt" if into else "sale")
        s.execute(update(StockMove).where(StockMove.id.in_(ids)).values(created_at=at))


def sell(store: Store, product_id: int, quantity: str, at: datetime, status: str = "completed") -> None:
    with store.session() as s:
        s.add(SalesOrder(number=f"W-{next(_numbers)}", status=status, ordered_at=at, lines=[
            SalesOrderLine(product_id=product_id, quantity=Decimal(quantity), unit_price=Decimal("100.00")),
        ]))


def purchase_order(store: Store, supplier_id: int, product_id: int, quantity: str, state: str,
                   received: str = "0") -> None:
    with store.session() as s:
        s.add(PurchaseOrder(number=f"PO-{next(_numbers)}", supplier_id=supplier_id, state=state, lines=[
            PurchaseOrderLine(line_no=1, product_id=product_id, quantity=Decimal(quantity),
                              received_quantity=Decimal(received), unit_price=Decimal("10.00")),
        ]))


def suggest(store: Store, **params) -> ReorderResult:
    with store.read_session() as s:
        return reorder.compute_suggestions(s, ReorderParams(**{"window_days": WINDOW, "as_of": TODAY, **params}))


def line_of(result: ReorderResult, product_id: int) -> SuggestionLine | None:
    return next((ln for g in result.groups for ln in g.lines if ln.product_id == product_id), None)


def the_line(result: ReorderResult, product_id: int) -> SuggestionLine:
    line = line_of(result, product_id)
    assert line is not None, f"product {product_id} is not suggested"
    return line


def sell_daily(store: Store, w: World, product_id: int, days: range, quantity: str = "1") -> None:
    """Sold and shipped ``quantity`` on each of ``days``."""
    for index in days:
        sell(store, product_id, quantity, day(index, 10))
        move(store, w, product_id, quantity, day(index, 10), into=False)


# --- the rate over the days in stock ----------------------------------------------------------

def test_a_stock_out_in_the_window_raises_the_rate_instead_of_hiding_demand(store, world):
    w = world
    steady = add_product(store, "STEADY")
    late = add_product(store, "LATE")
    sold_out = add_product(store, "SOLDOUT")
    for pid in (steady, late, sold_out):
        add_offer(store, w.supplier, pid, "10.00")
    move(store, w, steady, "40", day(-3))  # in stock all window
    sell_daily(store, w, steady, range(0, WINDOW, 2))  # 15 sold
    move(store, w, late, "20", day(10, 8))  # nothing on hand for the first 10 days
    sell_daily(store, w, late, range(10, 25))  # 15 sold, 5 left
    move(store, w, sold_out, "8", day(-1))
    sell_daily(store, w, sold_out, range(0, 8))  # the last unit went on day 7, nothing since

    result = suggest(store, only_needed=False)
    a, b, c = the_line(result, steady), the_line(result, late), the_line(result, sold_out)
    assert (a.sold_in_window, a.days_in_stock, a.daily_rate) == (15, 30, Decimal("0.5000"))
    assert a.reason.rate_basis is RateBasis.ALL_DAYS_IN_STOCK
    assert (b.sold_in_window, b.days_in_stock, b.daily_rate) == (15, 20, Decimal("0.7500"))
    assert b.reason.rate_basis is RateBasis.STOCK_OUT_DAYS_LEFT_OUT
    # Out of stock since day 8 (day 7 started with a unit): demand of 1 a day stays visible.
    assert (c.on_hand, c.days_in_stock, c.daily_rate) == (0, 8, Decimal("1.0000"))
    assert c.needed and c.reason.trigger is Trigger.BELOW_REORDER_POINT
    # Reorder point 1 × 5 days, target + 1 × 14 days of cover; nothing on hand or coming.
    assert (c.reorder_point, c.target_level, c.raw_need, c.quantity) == (5, 19, 19, 19)
    assert c.lead_time_days == 5 and c.supplier_id == w.supplier


def test_restocked_products_that_never_ran_out_count_every_day(store, world):
    w = world
    plenty = add_product(store, "PLENTY")  # more on hand now than came in: never read day by day
    tight = add_product(store, "TIGHT")  # less on hand now than came in: walked, but never at zero
    for pid in (plenty, tight):
        add_offer(store, w.supplier, pid, "10.00")
    move(store, w, plenty, "40", day(-2))
    move(store, w, plenty, "10", day(15))
    sell_daily(store, w, plenty, range(0, 20))
    move(store, w, tight, "5", day(-2))
    sell_daily(store, w, tight, range(0, 4))  # 1 left from day 4 to day 9
    move(store, w, tight, "20", day(10, 8))
    sell_daily(store, w, tight, range(10, 25))
    result = suggest(store, only_needed=False)
    assert (the_line(result, plenty).on_hand, the_line(result, plenty).days_in_stock) == (30, 30)
    assert (the_line(result, tight).on_hand, the_line(result, tight).days_in_stock) == (6, 30)


def test_sold_without_a_day_in_stock_spreads_over_the_whole_window(store, world):
    w = world
    dropship = add_product(store, "DROP")
    add_offer(store, w.supplier, dropship, "10.00")
    for index in (3, 9, 20):
        sell(store, dropship, "3", day(index))  # sold from the supplier's stock, never on hand
    line = the_line(suggest(store), dropship)
    assert (line.days_in_stock, line.daily_rate) == (0, Decimal("0.3000"))
    assert line.reason.rate_basis is RateBasis.NEVER_IN_STOCK


def test_stock_received_and_sold_out_on_the_same_day_counts_that_day(store, world):
    w = world
    flash = add_product(store, "FLASH")
    add_offer(store, w.supplier, flash, "10.00")
    move(store, w, flash, "6", day(12, 9))
    sell(store, flash, "6", day(12, 15))
    move(store, w, flash, "6", day(12, 15), into=False)
    line = the_line(suggest(store), flash)
    assert (line.days_in_stock, line.daily_rate) == (1, Decimal("6.0000"))


def test_cancelled_and_returned_orders_are_no_demand_and_returned_lines_subtract(store, world):
    w = world
    pid = add_product(store, "RET")
    add_offer(store, w.supplier, pid, "10.00")
    move(store, w, pid, "100", day(-2))
    sell(store, pid, "10", day(1))
    sell(store, pid, "4", day(2), status="shipped")
    sell(store, pid, "2", day(29), status="new")  # open: demand, and reserved
    sell(store, pid, "50", day(3), status="cancelled")
    sell(store, pid, "40", day(4), status="returned")
    sell(store, pid, "-3", day(5))  # a returned line
    sell(store, pid, "70", day(-1))  # before the window
    sell(store, pid, "70", datetime.combine(TODAY, time(1), timezone.utc))  # today: after the window
    line = the_line(suggest(store, only_needed=False), pid)
    assert line.sold_in_window == 13
    assert line.reserved == 2


# --- position, reorder point, quantity ---------------------------------------------------------

def test_reserved_on_order_and_drafts_count_in_the_position(store, world):
    w = world
    pid = add_product(store, "POS", safety="5")
    add_offer(store, w.supplier, pid, "10.00")
    move(store, w, pid, "12", day(-5))
    sell_daily(store, w, pid, range(0, WINDOW, 3), quantity="1")  # 10 sold, 2 left
    sell(store, pid, "4", day(29), status="processing")  # reserves 4 (and is demand: 14 in all)
    purchase_order(store, w.supplier, pid, "5", "sent", received="2")  # 3 still coming
    purchase_order(store, w.supplier, pid, "1", "draft")
    purchase_order(store, w.supplier, pid, "9", "cancelled")
    purchase_order(store, w.supplier, pid, "9", "received", received="9")
    line = the_line(suggest(store), pid)
    assert (line.on_hand, line.reserved, line.on_order, line.in_draft_orders) == (2, 4, 3, 1)
    assert line.position == 2 - 4 + 3 + 1
    assert line.daily_rate == Decimal("0.4667")  # 14 / 30
    assert line.reorder_point == Decimal("7.334")  # 0.4667 × 5 + 5
    assert line.target_level == Decimal("13.868")  # + 0.4667 × 14
    assert line.raw_need == Decimal("11.868") and line.quantity == 12
    assert line.reason.rounding == (Rounding.WHOLE_UNITS,)
    # A position above the reorder point needs nothing.
    purchase_order(store, w.supplier, pid, "6", "approved")
    assert line_of(suggest(store), pid) is None
    idle = the_line(suggest(store, only_needed=False), pid)
    assert idle.reason.trigger is Trigger.NOT_NEEDED and idle.quantity == 0 and not idle.needed


def test_customers_waiting_make_a_backorder_even_without_sales_in_the_window(store, world):
    w = world
    pid = add_product(store, "OWED")
    add_offer(store, w.supplier, pid, "10.00")
    sell(store, pid, "3", day(-10), status="processing")  # an old open order, nothing on hand
    line = the_line(suggest(store), pid)
    assert (line.daily_rate, line.position) == (0, -3)
    assert line.reason.trigger is Trigger.BACKORDER and line.quantity == 3


def test_quantity_rounds_up_to_the_minimum_order_and_the_pack(store, world):
    w = world
    small = add_product(store, "SMALL", safety="7")  # needs 7: MOQ 10, packs of 6 → 12
    big = add_product(store, "BIG", safety="13")  # needs 13: packs of 6 → 18
    cable = add_product(store, "CABLE", safety="2.35", unit="m")  # needs 2.35 m: 0.5 m pieces → 2.5
    add_offer(store, w.supplier, small, "10.00", pack="6", moq="10")
    add_offer(store, w.supplier, big, "10.00", pack="6", moq="6")
    add_offer(store, w.supplier, cable, "10.00", pack="0.5", moq="1")
    result = suggest(store)
    s, b, c = the_line(result, small), the_line(result, big), the_line(result, cable)
    assert (s.raw_need, s.quantity, s.reason.rounding) == (7, 12, (Rounding.MIN_ORDER_QTY, Rounding.PACK_SIZE))
    assert (b.raw_need, b.quantity, b.reason.rounding) == (13, 18, (Rounding.PACK_SIZE,))
    assert (c.raw_need, c.quantity, c.reason.rounding) == (Decimal("2.35"), Decimal("2.5"), (Rounding.PACK_SIZE,))
    assert s.reason.rate_basis is RateBasis.NO_SALES and s.reason.trigger is Trigger.BELOW_REORDER_POINT


def test_order_quantity_rules():
    q = reorder.order_quantity
    assert q(Decimal("4.2"), Decimal(1), Decimal(1), True) == (Decimal(5), (Rounding.WHOLE_UNITS,))
    assert q(Decimal(12), Decimal(1), Decimal(6), True) == (Decimal(12), ())
    assert q(Decimal("0.4"), Decimal(3), Decimal(2), True) == (Decimal(4), (Rounding.MIN_ORDER_QTY, Rounding.PACK_SIZE))
    assert q(Decimal("1.2345"), Decimal(0), Decimal(1), False)[0] == Decimal(2)
    assert q(Decimal("1.2345"), Decimal(0), Decimal("0.001"), False)[0] == Decimal("1.235")


def test_days_in_stock_walks_back_from_today():
    days = reorder.days_in_stock
    assert days(Decimal(5), [], 10) == 10 and days(Decimal(0), [], 10) == 0
    # 4 came in on day 6 (after 6 empty days) and 1 went the day after the window.
    assert days(Decimal(3), [(10, Decimal(-1), Decimal(0)), (6, Decimal(4), Decimal(4))], 10) == 4
    # In and out on day 2, empty otherwise.
    assert days(Decimal(0), [(2, Decimal(0), Decimal(3))], 10) == 1
    # Sold out on day 3: days 0-3 had stock.
    assert days(Decimal(0), [(3, Decimal(-2), Decimal(0))], 10) == 4


# --- the supplier --------------------------------------------------------------------------------

def test_the_cheapest_supplier_with_enough_stock_wins(store, world):
    w = world
    pid = add_product(store, "PICK", safety="10")
    add_offer(store, w.supplier, pid, "12.00", stock="100")  # Alpha: dearer
    add_offer(store, w.other, pid, "9.50")  # Beta: cheaper, stock unknown
    line = the_line(suggest(store), pid)
    assert (line.supplier_id, line.unit_price, line.reason.supplier) == (w.other, Decimal("9.50"),
                                                                         SupplierPick.CHEAPEST)
    assert (line.lead_time_days, line.supplier_stock, line.supplier_stock_short) == (10, None, False)
    assert (line.other_offers, line.cheapest_other_price, line.cheapest_other_supplier_id) == (
        1, Decimal("12.00"), w.supplier)
    assert line.amount == Decimal("95.00")


def test_a_cheaper_supplier_without_enough_stock_loses_and_short_stock_is_marked(store, world):
    w = world
    pid = add_product(store, "SHORT", safety="10")
    add_offer(store, w.supplier, pid, "12.00", stock="40")
    add_offer(store, w.other, pid, "9.50", stock="3")
    line = the_line(suggest(store), pid)
    assert (line.supplier_id, line.reason.supplier, line.supplier_stock) == (
        w.supplier, SupplierPick.CHEAPEST_WITH_STOCK, 40)
    assert line.cheapest_other_price == Decimal("9.50")
    with store.session() as s:  # now nobody has 10
        s.execute(update(SupplierOffer).where(SupplierOffer.supplier_id == w.supplier).values(stock_qty=Decimal(4)))
    line = the_line(suggest(store), pid)
    assert (line.supplier_id, line.reason.supplier, line.supplier_stock_short) == (
        w.supplier, SupplierPick.MOST_STOCK, True)


def test_at_the_same_price_the_shorter_lead_time_wins_and_archived_suppliers_are_ignored(store, world):
    w = world
    pid = add_product(store, "TIE", safety="3")
    add_offer(store, w.other, pid, "10.00")
    add_offer(store, w.supplier, pid, "10.00")
    assert the_line(suggest(store), pid).supplier_id == w.supplier  # 5 days against 10
    with store.session() as s:
        s.execute(update(Supplier).where(Supplier.id == w.supplier).values(is_active=False))
    line = the_line(suggest(store), pid)
    assert (line.supplier_id, line.other_offers, line.reason.supplier) == (w.other, 0, SupplierPick.ONLY_OFFER)


# --- what is planned, and how it is grouped --------------------------------------------------

def test_products_without_reorder_inactive_or_with_variants_are_left_out(store, world):
    w = world
    off = add_product(store, "OFF", safety="5", reorder_enabled=False)
    gone = add_product(store, "GONE", safety="5", is_active=False)
    model = add_product(store, "MODEL", safety="5")
    size = add_product(store, "MODEL-M", safety="5", parent_id=model)
    for pid in (off, gone, model, size):
        add_offer(store, w.supplier, pid, "10.00")
    result = suggest(store, only_needed=False)
    assert [line_of(result, pid) for pid in (off, gone, model)] == [None, None, None]
    assert the_line(result, size).quantity == 5
    assert result.products_considered == 1


def test_groups_per_supplier_with_totals_and_the_minimum_order(store, world):
    w = world
    a1 = add_product(store, "A1", safety="10")
    a2 = add_product(store, "A2", safety="4")
    b1 = add_product(store, "B1", safety="2")
    lonely = add_product(store, "LONELY", safety="1")
    add_offer(store, w.supplier, a1, "30.00")
    add_offer(store, w.supplier, a2, "12.50")
    add_offer(store, w.other, b1, "7.00")
    with store.session() as s:
        s.add(Supplier(name="Archived", is_active=False))
    result = suggest(store)
    assert [(g.supplier_id, g.supplier_name) for g in result.groups] == [(w.supplier, "Alpha"), (w.other, "Beta"),
                                                                        (None, "")]
    alpha, beta, nobody = result.groups
    assert [ln.product_id for ln in alpha.lines] == [a1, a2]
    assert (alpha.total_amount, alpha.min_order_amount, alpha.below_minimum) == (Decimal("350.00"), 1000, True)
    assert (alpha.currency, alpha.lead_time_days) == ("RUB", 5)
    assert (beta.total_amount, beta.below_minimum) == (Decimal("14.00"), False)
    line = nobody.lines[0]
    assert (line.product_id, line.unit_price, line.amount, line.reason.supplier) == (lonely, None, 0,
                                                                                     SupplierPick.NO_OFFER)
    assert line.lead_time_days == reorder.DEFAULT_LEAD_TIME_DAYS
    only_beta = suggest(store, supplier_id=w.other)
    assert [(g.supplier_id, [ln.product_id for ln in g.lines]) for g in only_beta.groups] == [(w.other, [b1])]


def test_a_category_filter_takes_its_subcategories(store, world):
    w = world
    with store.session() as s:
        tools = Category(name="Инструмент", path="/")
        s.add(tools)
        s.flush()
        tools.path = f"/{tools.id}/"
        drills = Category(name="Дрели", parent_id=tools.id)
        s.add(drills)
        s.flush()
        drills.path = f"/{tools.id}/{drills.id}/"
        tools_id, drills_id = tools.id, drills.id
    drill = add_product(store, "DRILL", safety="1", category_id=drills_id)
    other = add_product(store, "OTHER", safety="1")
    for pid in (drill, other):
        add_offer(store, w.supplier, pid, "10.00")
    result = suggest(store, category_id=tools_id)
    assert line_of(result, drill) is not None and line_of(result, other) is None


def test_bad_parameters_are_refused(store, world):
    with pytest.raises(ValidationError, match="at least one day"):
        suggest(store, window_days=0)
    with pytest.raises(ValidationError, match="can't be negative"):
        suggest(store, cover_days=-1)


def test_progress_is_reported_to_the_end(store, world):
    seen = []
    with store.read_session() as s:
        reorder.compute_suggestions(s, ReorderParams(), lambda step, steps, stage: seen.append((step, steps, stage)))
    assert seen[0] == (0, len(reorder.Stage), "products") and seen[-1][0] == seen[-1][1]


# --- read in chunks of products ------------------------------------------------------------------

def _mixed_products(store: Store, w: World) -> list[int]:
    """Products in different situations, spread over a few chunks of ids."""
    out = add_product(store, "OUT")
    add_offer(store, w.supplier, out, "10.00")
    move(store, w, out, "8", day(-1))
    sell_daily(store, w, out, range(0, 8))  # ran out on day 7
    owed = add_product(store, "OWED")
    add_offer(store, w.other, owed, "9.00", pack="6", stock="2")
    add_offer(store, w.supplier, owed, "11.00")
    sell(store, owed, "3", day(-10), status="processing")
    plenty = add_product(store, "PLENTY", safety="2")
    add_offer(store, w.supplier, plenty, "10.00")
    move(store, w, plenty, "50", day(-2))
    sell_daily(store, w, plenty, range(0, 10))
    drafted = add_product(store, "DRAFTED", safety="6", unit="m")
    purchase_order(store, w.supplier, drafted, "2.5", "draft")
    idle = add_product(store, "IDLE")
    add_offer(store, w.other, idle, "3.00")
    return [out, owed, plenty, drafted, idle]


def _every_field(result: ReorderResult) -> list[tuple]:
    return [(g.supplier_id, g.total_amount, g.below_minimum, [dataclasses.astuple(ln) for ln in g.lines])
            for g in result.groups]


def test_read_in_chunks_of_a_product_or_two_the_suggestions_are_the_same(store, world, monkeypatch):
    # PostgreSQL reads in chunks (SQLite always in one, so the same lines either way there).
    w = world
    _mixed_products(store, w)
    cases = [{}, {"only_needed": False}, {"supplier_id": w.other}, {"window_days": 7, "cover_days": 0}]
    at_once = [_every_field(suggest(store, **params)) for params in cases]
    assert sum(len(g[-1]) for g in at_once[1]) == 5
    for per_chunk in (1, 2):
        monkeypatch.setattr(reorder, "CHUNK_PRODUCTS", per_chunk)
        assert [_every_field(suggest(store, **params)) for params in cases] == at_once


def test_an_error_while_making_the_lines_reaches_the_caller(store, world, monkeypatch):
    w = world
    owed = _mixed_products(store, w)[1]
    make_line = reorder._suggest

    def failing(params, rows, ledger, memo):
        if rows[0][0] == owed:
            raise ValueError("no line for OWED")
        return make_line(params, rows, ledger, memo)

    monkeypatch.setattr(reorder, "CHUNK_PRODUCTS", 1)
    monkeypatch.setattr(reorder, "_suggest", failing)
    seen = []
    with store.read_session() as s, pytest.raises(ValueError, match="no line for OWED"):
        reorder.compute_suggestions(s, ReorderParams(window_days=WINDOW, as_of=TODAY),
                                    lambda step, steps, stage: seen.append(stage))
    assert seen[:2] == ["products", "ledger"]


# --- a group becomes a draft purchase order --------------------------------------------------

def test_a_group_becomes_a_draft_order_and_is_no_longer_suggested(store, world):
    w = world
    a1 = add_product(store, "A1", safety="10")
    a2 = add_product(store, "A2", safety="4")
    add_offer(store, w.supplier, a1, "30.00")
    add_offer(store, w.supplier, a2, "12.50")
    group = suggest(store).groups[0]
    picks = [(ln.product_id, ln.quantity) for ln in group.lines]
    picks[0] = (a1, Decimal(15))  # the purchaser raised one line
    with store.session() as s:
        order_id = reorder.create_order_from_group(s, w.purchaser, w.supplier, picks)
    with store.read_session() as s:
        order = s.get(PurchaseOrder, order_id)
        assert (order.state, order.supplier_id, order.author_id) == ("draft", w.supplier, w.purchaser.user_id)
        assert order.expected_date == utcnow().date() + timedelta(days=5)
        assert [(ln.product_id, ln.quantity, ln.unit_price) for ln in order.lines] == [
            (a1, 15, Decimal("30.00")), (a2, 4, Decimal("12.50")),
        ]
        assert all(ln.supplier_sku.startswith("S-") for ln in order.lines)
    assert suggest(store).groups == []  # the draft covers both


def test_only_purchasers_turn_suggestions_into_orders(store, world):
    w = world
    pid = add_product(store, "X", safety="1")
    add_offer(store, w.supplier, pid, "10.00")
    with store.session() as s, pytest.raises(PermissionDenied):
        reorder.create_order_from_group(s, w.clerk, w.supplier, [(pid, Decimal(1))])
    with store.session() as s, pytest.raises(ValidationError, match="at least one"):
        reorder.create_order_from_group(s, w.purchaser, w.supplier, [])
    with store.read_session() as s:
        assert s.scalars(select(PurchaseOrder.id)).all() == []
