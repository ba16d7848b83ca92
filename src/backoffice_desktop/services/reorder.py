"""Reorder suggestions: what to buy, how much and from whom, for all products at once.

For each product that is active, has reorder enabled and is not the parent of variants
(its variants are ordered instead), over a window of ``window_days`` whole UTC days
ending the day before ``as_of``:

- **sold** = units on orders placed in the window that are new, processing, shipped or
  completed; cancelled and returned orders are no demand, and a returned line's negative
  quantity subtracts;
- **days in stock** = window days on which on hand in bins was above zero at some point,
  reconstructed from the ledger: on hand now minus the bin moves after a day gives that
  day's closing balance, minus the day's own moves its opening; the day counts when
  opening + the day's inflow > 0 (exact whenever stock doesn't go negative). A product
  whose on hand now exceeds all it received since the window began never ran out, so its
  moves are read only when that is not the case;
- **rate** = sold / days in stock, so a stock-out doesn't hide demand; a product that sold
  without a day in stock (sold from the supplier's stock) is spread over the whole window;
- **position** = on hand (bins) − reserved (open orders) + on order (outstanding on
  approved, sent and partly received orders) + in draft orders (draft or awaiting
  approval, so a group just turned into a draft isn't suggested again);
- **reorder point** = rate × lead time (the supplier's) + safety stock;
- **target** = reorder point + rate × ``cover_days``; **raw need** = target − position;
- **needed** when position ≤ reorder point and raw need > 0: so only with demand or a
  safety stock, or when the position is below zero (a backorder: customers wait);
- **quantity** = max(raw need, the offer's minimum order quantity) rounded up to a
  multiple of its pack size, in whole units for pcs and packs.

The supplier is chosen per product among active suppliers' offers: offers whose stock is
unknown or covers their quantity come first, then the lowest price (as quoted, no
currency conversion), then the shortest lead time. When no offer has enough stock, the
one with the most stock is taken and the line is marked short. Products without a usable
offer are planned with a new supplier's default lead time and land in a group of their own.

Everything is read by a few set-based queries over all products (the ledger a few
thousand products per query), never one per product; the day-by-day walk runs in Python
over the days that have moves only.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, String, and_, case, cast, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from ..errors import ValidationError
from ..models import (
    OPEN_STATUSES,
    ZERO,
    Category,
    Location,
    LocationKind,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderState,
    SalesOrder,
    SalesOrderLine,
    SalesOrderStatus,
    StockLevel,
    StockMove,
    Supplier,
    SupplierOffer,
    utcnow,
)
from .permissions import Actor, Permission, require
from .purchasing import OPEN_STATES, NewLine, create_order, money
from .stock_documents import WHOLE_UNITS

#: ``progress(step, steps, stage)``; ``stage`` is a :class:`Stage` value.
Progress = Callable[[int, int, str], None]

#: Orders whose lines are demand (the open ones also reserve stock).
DEMAND_STATUSES = (SalesOrderStatus.NEW, SalesOrderStatus.PROCESSING, SalesOrderStatus.SHIPPED,
                   SalesOrderStatus.COMPLETED)
#: Orders not yet with the supplier that still count as coming, so they aren't suggested twice.
DRAFT_STATES = (PurchaseOrderState.DRAFT.value, PurchaseOrderState.AWAITING_APPROVAL.value)
#: Lead time for products nobody offers: what a new supplier starts with.
DEFAULT_LEAD_TIME_DAYS: int = Supplier.__table__.c.lead_time_days.default.arg  # type: ignore[union-attr]

#: Products per ledger query (bound parameters stay under SQLite's limit of 32 766).
LEDGER_CHUNK = 5000
RATE_PLACES = Decimal("0.0001")
QTY_PLACES = Decimal("0.001")
ONE = Decimal(1)


class Stage(enum.StrEnum):
    """What :func:`compute_suggestions` is doing, for the progress label."""

    PRODUCTS = "products"  # with their stock, sales, reservations and purchase orders
    OFFERS = "offers"
    LEDGER = "ledger"  # days in stock
    SUGGESTIONS = "suggestions"


class Trigger(enum.StrEnum):
    BELOW_REORDER_POINT = "below_reorder_point"
    BACKORDER = "backorder"  # position below zero: reserved beyond on hand and on order
    NOT_NEEDED = "not_needed"


class RateBasis(enum.StrEnum):
    ALL_DAYS_IN_STOCK = "all_days_in_stock"
    STOCK_OUT_DAYS_LEFT_OUT = "stock_out_days_left_out"
    NEVER_IN_STOCK = "never_in_stock"  # sold without a day in stock: the whole window
    NO_SALES = "no_sales"


class Rounding(enum.StrEnum):
    MIN_ORDER_QTY = "min_order_qty"
    PACK_SIZE = "pack_size"
    WHOLE_UNITS = "whole_units"


class SupplierPick(enum.StrEnum):
    ONLY_OFFER = "only_offer"
    CHEAPEST = "cheapest"
    CHEAPEST_WITH_STOCK = "cheapest_with_stock"  # cheaper offers lacked stock
    MOST_STOCK = "most_stock"  # no offer has enough: the one with the most stock (short)
    NO_OFFER = "no_offer"


@dataclass(frozen=True, slots=True)
class Reason:
    """Why a line reads as it does, for the UI to put into words."""

    trigger: Trigger
    rate_basis: RateBasis
    rounding: tuple[Rounding, ...]
    supplier: SupplierPick


#: Reasons repeat (a few dozen combinations); one instance of each serves every line.
_reason = functools.cache(Reason)


@dataclass(frozen=True)
class ReorderParams:
    window_days: int = 90
    cover_days: int = 14
    #: The day the suggestion is for; None is today (UTC). The window ends the day before.
    as_of: date | None = None
    #: Plan with this supplier's offers only (products it doesn't offer are left out).
    supplier_id: int | None = None
    #: This category and its subcategories.
    category_id: int | None = None
    only_needed: bool = True


@dataclass(slots=True)
class SuggestionLine:
    """One product's suggestion with every figure it was computed from.

    Not frozen: a frozen dataclass sets each of these fields through ``object.__setattr__``,
    which at tens of thousands of lines costs more than all the arithmetic.
    """

    product_id: int
    sku: str
    name: str
    unit: str
    supplier_id: int | None
    supplier_sku: str
    sold_in_window: Decimal
    days_in_stock: int
    window_days: int
    daily_rate: Decimal
    lead_time_days: int
    safety_stock: Decimal
    on_hand: Decimal
    reserved: Decimal
    on_order: Decimal
    in_draft_orders: Decimal
    position: Decimal
    reorder_point: Decimal
    target_level: Decimal
    raw_need: Decimal  # negative: more than the target is on hand or coming
    min_order_qty: Decimal
    pack_size: Decimal
    quantity: Decimal
    unit_price: Decimal | None  # None without an offer
    amount: Decimal
    supplier_stock: Decimal | None  # None: unknown (or no offer)
    supplier_stock_short: bool
    other_offers: int
    cheapest_other_price: Decimal | None
    cheapest_other_supplier_id: int | None
    reason: Reason

    @property
    def needed(self) -> bool:
        return self.reason.trigger is not Trigger.NOT_NEEDED


@dataclass(frozen=True)
class SupplierGroup:
    """The lines to order from one supplier (``supplier_id`` None: products nobody offers)."""

    supplier_id: int | None
    supplier_name: str
    currency: str
    lead_time_days: int | None
    min_order_amount: Decimal
    lines: list[SuggestionLine]
    total_amount: Decimal
    below_minimum: bool


@dataclass(frozen=True)
class ReorderResult:
    as_of: date
    window_start: date  # the first day of the window; the last is the day before as_of
    products_considered: int
    groups: list[SupplierGroup]


class _Offer(NamedTuple):
    offer_id: int
    supplier_id: int
    supplier_sku: str
    price: Decimal
    pack_size: Decimal
    min_order_qty: Decimal
    stock: Decimal | None
    lead_time_days: int


class _Plan(NamedTuple):
    lead_time_days: int
    reorder_point: Decimal
    target: Decimal
    raw_need: Decimal
    trigger: Trigger
    quantity: Decimal
    rounding: tuple[Rounding, ...]


@dataclass(frozen=True, slots=True)
class _SupplierInfo:
    name: str
    currency: str
    lead_time_days: int
    min_order_amount: Decimal


# --- reading, set-based -----------------------------------------------------------------
#
# SQLAlchemy's rows and per-value Numeric conversion cost more than the queries themselves
# at 100 000 products, so rows are the driver's own (``_rows``) and numbers are made
# Decimal here: sums are read as text (SQLite prints a REAL with 15 significant digits:
# enough for the schema's numbers, and free of a float sum's binary noise), an offer's
# stored values as they are and only for the products that need them (``_offer``).

#: An offer as read: ``(id, supplier, supplier SKU, price, pack size, minimum order
#: quantity, stock or None, lead time, product)``.
_OfferRow = tuple[int, int, str, Any, Any, Any, Any, int, int]


def _text(expr: ColumnElement[Any]) -> ColumnElement[str]:
    return cast(expr, String)


def _rows(session: Session, stmt: Any) -> Sequence[Any]:
    """The driver's own tuples: the columns read here need no conversion, and skipping
    SQLAlchemy's rows saves a few hundred milliseconds at 100 000 products."""
    result = session.connection().execute(stmt)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


def _per_product(session: Session, stmt: Select[Any]) -> dict[int, Decimal]:
    return {pid: Decimal(qty) for pid, qty in _rows(session, stmt)}


def _on_hand(session: Session) -> dict[int, Decimal]:
    """On hand in bins (``stock_queries._bins_total`` for every product at once)."""
    return _per_product(session, (
        select(StockLevel.product_id, _text(func.sum(StockLevel.quantity)))
        .join(Location, Location.id == StockLevel.location_id)
        .where(Location.kind == LocationKind.BIN.value)
        .group_by(StockLevel.product_id)
    ))


def _sold(session: Session, start: datetime, end: datetime) -> dict[int, Decimal]:
    """Net units on demand orders placed in ``[start, end)``."""
    # The window picks the orders (a range of the ordered_at index); the status is wrapped
    # so that SQLite doesn't walk the status index over every completed order instead.
    status = func.coalesce(SalesOrder.status, "")
    return _per_product(session, (
        select(SalesOrderLine.product_id, _text(func.sum(SalesOrderLine.quantity)))
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .where(SalesOrder.ordered_at >= start, SalesOrder.ordered_at < end,
               status.in_([s.value for s in DEMAND_STATUSES]))
        .group_by(SalesOrderLine.product_id)
    ))


def _reserved(session: Session) -> dict[int, Decimal]:
    """Units on open orders (``stock_queries.reserved_quantities`` for every product)."""
    return _per_product(session, (
        select(SalesOrderLine.product_id, _text(func.sum(SalesOrderLine.quantity)))
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .where(SalesOrder.status.in_([s.value for s in OPEN_STATUSES]))
        .group_by(SalesOrderLine.product_id)
    ))


def _coming(session: Session, states: Sequence[str]) -> dict[int, Decimal]:
    """Outstanding units on purchase orders in ``states`` (``purchasing.on_order`` for every product)."""
    return _per_product(session, (
        select(PurchaseOrderLine.product_id,
               _text(func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received_quantity)))
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(PurchaseOrder.state.in_(states), PurchaseOrderLine.quantity > PurchaseOrderLine.received_quantity)
        .group_by(PurchaseOrderLine.product_id)
    ))


def _products(session: Session, category_id: int | None) -> Sequence[Any]:
    """``(id, sku, name, unit, safety stock)`` of the planned products."""
    variant = aliased(Product)
    parents = select(variant.parent_id).where(variant.parent_id.is_not(None))
    stmt = select(Product.id, Product.sku, Product.name, Product.unit, _text(Product.safety_stock)).where(
        Product.reorder_enabled.is_(True),
        # Wrapped so that SQLite scans the table instead of walking an is_active index
        # into random pages of it.
        func.coalesce(Product.is_active, False).is_(True),
        # A set built once, not a lookup per product as NOT EXISTS would be on SQLite.
        Product.id.not_in(parents),
    )
    if category_id is not None:
        path = select(Category.path).where(Category.id == category_id).scalar_subquery()
        stmt = stmt.where(Product.category_id.in_(select(Category.id).where(Category.path.like(path + "%"))))
    return _rows(session, stmt)


@dataclass(frozen=True)
class _Facts:
    """What the store says, per product id."""

    on_hand: dict[int, Decimal]
    sold: dict[int, Decimal]
    reserved: dict[int, Decimal]
    on_order: dict[int, Decimal]
    drafts: dict[int, Decimal]
    offers: dict[int, list[_OfferRow]]
    ledger: dict[int, list[tuple[int, Decimal, Decimal]]]


def _suppliers(session: Session) -> dict[int, _SupplierInfo]:
    rows = session.execute(
        select(Supplier.id, Supplier.name, Supplier.currency, Supplier.lead_time_days, Supplier.min_order_amount)
        .where(Supplier.is_active.is_(True))
    )
    return {sid: _SupplierInfo(name, currency, lead, minimum) for sid, name, currency, lead, minimum in rows}


def _stored_number(dialect: str, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A stored number in the form cheapest to read: text from PostgreSQL, whose Decimal
    loader costs more; the int or float itself from SQLite, where printing it costs more."""
    return _text(column) if dialect == "postgresql" else column


def _offers(session: Session) -> dict[int, list[_OfferRow]]:
    """Active suppliers' offers per product, as read (see ``_OfferRow``)."""
    number = functools.partial(_stored_number, session.get_bind().dialect.name)
    offers: dict[int, list[_OfferRow]] = {}
    for row in _rows(session, (
        select(SupplierOffer.id, SupplierOffer.supplier_id, SupplierOffer.supplier_sku, number(SupplierOffer.price),
               number(SupplierOffer.pack_size), number(SupplierOffer.min_order_qty), number(SupplierOffer.stock_qty),
               Supplier.lead_time_days, SupplierOffer.product_id)
        .join(Supplier, Supplier.id == SupplierOffer.supplier_id)
        .where(SupplierOffer.product_id.is_not(None), Supplier.is_active.is_(True))
    )):
        offers.setdefault(row[8], []).append(row)
    return offers


def _offer(row: _OfferRow) -> _Offer:
    """An offer with its numbers as Decimal (read as text, or as an int or the float whose
    ``str`` is the stored decimal)."""
    oid, sid, sku, price, pack, moq, stock, lead, _pid = row
    return _Offer(oid, sid, sku, Decimal(str(price)), Decimal(str(pack)), Decimal(str(moq)),
                  None if stock is None else Decimal(str(stock)), lead)


def _utc_day(session: Session, column: ColumnElement[datetime]) -> ColumnElement[Any]:
    """The UTC calendar day of a timestamp: a date on PostgreSQL, 'YYYY-MM-DD' on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)


def _bins() -> Select[tuple[int]]:
    return select(Location.id).where(Location.kind == LocationKind.BIN.value)


def _received(session: Session, start: datetime) -> dict[int, Decimal]:
    """Units that came into bins since ``start`` (receipts, back from quarantine...)."""
    # The moves are summed here: asked to group them, SQLite walks the whole ledger in
    # product order through its (product, time) index instead of reading the few receipts.
    bins = _bins()
    received: dict[int, Decimal] = {}
    for pid, quantity in _rows(session, (
        select(StockMove.product_id, _text(StockMove.quantity))
        .where(StockMove.created_at >= start, StockMove.to_location_id.in_(bins),
               StockMove.from_location_id.not_in(bins))
    )):
        received[pid] = received.get(pid, ZERO) + Decimal(quantity)
    return received


def _ledger_days(session: Session, product_ids: Sequence[int], start: datetime,
                 first_day: date) -> dict[int, list[tuple[int, Decimal, Decimal]]]:
    """Per product, ``(day index, net bin change, bin inflow)`` of each day since ``start``
    that has moves, latest first; day 0 is ``first_day``. Read a chunk of products at a
    time along the (product, time) index of the ledger."""
    bins = _bins()
    into = StockMove.to_location_id.in_(bins)
    out_of = StockMove.from_location_id.in_(bins)
    arriving = and_(into, ~out_of)
    leaving = and_(out_of, ~into)
    days: dict[int, list[tuple[int, Decimal, Decimal]]] = {}
    for offset in range(0, len(product_ids), LEDGER_CHUNK):
        inner = (
            select(
                StockMove.product_id.label("product_id"),
                _utc_day(session, StockMove.created_at).label("day"),
                case((arriving, StockMove.quantity), (leaving, -StockMove.quantity), else_=literal(0)).label("net"),
                case((arriving, StockMove.quantity), else_=literal(0)).label("inflow"),
            )
            .where(StockMove.product_id.in_(product_ids[offset:offset + LEDGER_CHUNK]),
                   StockMove.created_at >= start, or_(into, out_of))
            .subquery()
        )
        rows = _rows(session, (
            select(inner.c.product_id, inner.c.day, _text(func.sum(inner.c.net)), _text(func.sum(inner.c.inflow)))
            .group_by(inner.c.product_id, inner.c.day)
        ))
        for pid, day, net, inflow in rows:
            moved = day if isinstance(day, date) else date.fromisoformat(day)
            days.setdefault(pid, []).append(((moved - first_day).days, Decimal(net), Decimal(inflow)))
    for entries in days.values():
        entries.sort(reverse=True)
    return days


def _may_have_run_out(products: Sequence[Any], on_hand: dict[int, Decimal], received: dict[int, Decimal]) -> list[int]:
    """Products whose stock may have been at zero since the window began: on hand now
    minus all that came in since is not above zero. For the others the balance stayed
    above zero throughout (it never fell below now − received), so every day counts
    without reading their moves."""
    return [pid for pid, *_rest in products if on_hand.get(pid, ZERO) - received.get(pid, ZERO) <= ZERO]


# --- the arithmetic ---------------------------------------------------------------------

def days_in_stock(on_hand_now: Decimal, moves: Sequence[tuple[int, Decimal, Decimal]], window_days: int) -> int:
    """Days ``0 .. window_days-1`` on which on hand was above zero at some point.

    ``moves`` holds ``(day index, net change, inflow)`` latest first; days at or past
    ``window_days`` are after the window and only rewind the balance.
    """
    balance = on_hand_now  # at the end of the day before ``upper``
    upper = window_days
    count = 0
    for day, net, inflow in moves:
        if day >= window_days:
            balance -= net
            continue
        if balance > 0:
            count += upper - day - 1  # the quiet days between this one and the next with moves
        opening = balance - net
        if opening + inflow > 0:
            count += 1
        balance = opening
        upper = day
    if balance > 0:
        count += upper
    return count


def order_quantity(raw_need: Decimal, min_order_qty: Decimal, pack_size: Decimal,
                   whole_units: bool) -> tuple[Decimal, tuple[Rounding, ...]]:
    """``max(raw_need, min_order_qty)`` rounded up to a multiple of ``pack_size``."""
    rounding: list[Rounding] = []
    base = raw_need
    if min_order_qty > base:
        base = min_order_qty
        rounding.append(Rounding.MIN_ORDER_QTY)
    quantity = (base / pack_size).to_integral_value(ROUND_CEILING) * pack_size
    if whole_units:
        quantity = quantity.to_integral_value(ROUND_CEILING)
    quantity = quantity.quantize(QTY_PLACES, ROUND_CEILING)
    if quantity > base:
        rounding.append(Rounding.WHOLE_UNITS if whole_units and pack_size == ONE else Rounding.PACK_SIZE)
    return quantity, tuple(rounding)


def _plan(rate: Decimal, safety: Decimal, position: Decimal, cover_days: int, lead_time_days: int,
          min_order_qty: Decimal, pack_size: Decimal, whole_units: bool) -> _Plan:
    reorder_point = (rate * lead_time_days + safety).quantize(QTY_PLACES, ROUND_HALF_UP)
    target = (reorder_point + rate * cover_days).quantize(QTY_PLACES, ROUND_HALF_UP)
    raw_need = target - position
    if position > reorder_point or raw_need <= ZERO:
        return _Plan(lead_time_days, reorder_point, target, raw_need, Trigger.NOT_NEEDED, ZERO, ())
    trigger = Trigger.BACKORDER if position < ZERO else Trigger.BELOW_REORDER_POINT
    quantity, rounding = order_quantity(raw_need, min_order_qty, pack_size, whole_units)
    return _Plan(lead_time_days, reorder_point, target, raw_need, trigger, quantity, rounding)


def _pick(plans: list[tuple[_Offer, _Plan]]) -> tuple[_Offer, _Plan, SupplierPick]:
    """The offer to order from: enough (or unknown) stock, then price, then lead time."""
    if len(plans) == 1:
        offer, plan = plans[0]
        short = offer.stock is not None and offer.stock < plan.quantity
        return offer, plan, SupplierPick.MOST_STOCK if short else SupplierPick.ONLY_OFFER
    covered = [(o, p) for o, p in plans if o.stock is None or o.stock >= p.quantity]
    if not covered:
        offer, plan = min(plans, key=lambda op: (-(op[0].stock or ZERO), op[0].price, op[0].lead_time_days,
                                                 op[0].offer_id))
        return offer, plan, SupplierPick.MOST_STOCK
    offer, plan = min(covered, key=lambda op: (op[0].price, op[0].lead_time_days, op[0].offer_id))
    if all(offer.price <= o.price for o, _p in plans):
        return offer, plan, SupplierPick.CHEAPEST
    return offer, plan, SupplierPick.CHEAPEST_WITH_STOCK


# --- the suggestions --------------------------------------------------------------------

def _window(params: ReorderParams) -> tuple[date, date, datetime, datetime]:
    if params.window_days < 1:
        raise ValidationError("The sales window must be at least one day, not {days}.", days=params.window_days)
    if params.cover_days < 0:
        raise ValidationError("The days to cover can't be negative ({days}).", days=params.cover_days)
    as_of = params.as_of or utcnow().date()
    first_day = as_of - timedelta(days=params.window_days)
    start = datetime.combine(first_day, time(), timezone.utc)
    end = datetime.combine(as_of, time(), timezone.utc)
    return as_of, first_day, start, end


def _rate(sold: Decimal, in_stock: int, window_days: int) -> tuple[Decimal, RateBasis]:
    if sold <= ZERO:
        return ZERO, RateBasis.NO_SALES
    if in_stock == 0:
        return (sold / window_days).quantize(RATE_PLACES, ROUND_HALF_UP), RateBasis.NEVER_IN_STOCK
    basis = RateBasis.ALL_DAYS_IN_STOCK if in_stock >= window_days else RateBasis.STOCK_OUT_DAYS_LEFT_OUT
    return (sold / in_stock).quantize(RATE_PLACES, ROUND_HALF_UP), basis


def _suggest(params: ReorderParams, facts: _Facts, product: Sequence[Any]) -> SuggestionLine | None:
    """One product's line, or None when it is left out."""
    pid, sku, name, unit, safety = product
    rows = facts.offers.get(pid, ())
    if params.supplier_id is not None and not any(row[1] == params.supplier_id for row in rows):
        return None
    safety, on_hand, sold = Decimal(safety), facts.on_hand.get(pid, ZERO), facts.sold.get(pid, ZERO)
    reserved, on_order = facts.reserved.get(pid, ZERO), facts.on_order.get(pid, ZERO)
    drafts = facts.drafts.get(pid, ZERO)
    position = on_hand - reserved + on_order + drafts
    if params.only_needed and sold <= ZERO and safety <= ZERO and position >= ZERO:
        return None  # no demand and nothing owed: never needed
    window = params.window_days
    moves = facts.ledger.get(pid)
    in_stock = days_in_stock(on_hand, moves, window) if moves else (window if on_hand > ZERO else 0)
    rate, basis = _rate(sold, in_stock, window)
    if params.only_needed and position >= ZERO:
        longest = rows[0][7] if len(rows) == 1 else max((row[7] for row in rows), default=DEFAULT_LEAD_TIME_DAYS)
        if position > (rate * longest + safety).quantize(QTY_PLACES, ROUND_HALF_UP):
            return None  # above the reorder point whichever supplier it comes from
    whole = unit in WHOLE_UNITS
    offers = [_offer(row) for row in rows]
    candidates = offers if params.supplier_id is None else [o for o in offers if o.supplier_id == params.supplier_id]
    offer: _Offer | None
    if candidates:
        offer, plan, pick = _pick([
            (o, _plan(rate, safety, position, params.cover_days, o.lead_time_days, o.min_order_qty, o.pack_size,
                      whole))
            for o in candidates
        ])
    else:
        offer, pick = None, SupplierPick.NO_OFFER
        plan = _plan(rate, safety, position, params.cover_days, DEFAULT_LEAD_TIME_DAYS, ZERO, ONE, whole)
    if params.only_needed and plan.trigger is Trigger.NOT_NEEDED:
        return None
    others = [o for o in offers if o is not offer] if len(offers) > 1 or offer is None else []
    cheapest_other = min(others, key=lambda o: (o.price, o.lead_time_days, o.offer_id)) if others else None
    return SuggestionLine(
        product_id=pid, sku=sku, name=name, unit=unit,
        supplier_id=offer.supplier_id if offer else None, supplier_sku=offer.supplier_sku if offer else "",
        sold_in_window=sold, days_in_stock=in_stock, window_days=window, daily_rate=rate,
        lead_time_days=plan.lead_time_days, safety_stock=safety, on_hand=on_hand, reserved=reserved,
        on_order=on_order, in_draft_orders=drafts, position=position, reorder_point=plan.reorder_point,
        target_level=plan.target, raw_need=plan.raw_need,
        min_order_qty=offer.min_order_qty if offer else ZERO, pack_size=offer.pack_size if offer else ONE,
        quantity=plan.quantity, unit_price=offer.price if offer else None,
        amount=money(plan.quantity * offer.price) if offer else ZERO,
        supplier_stock=offer.stock if offer else None, supplier_stock_short=pick is SupplierPick.MOST_STOCK,
        other_offers=len(others), cheapest_other_price=cheapest_other.price if cheapest_other else None,
        cheapest_other_supplier_id=cheapest_other.supplier_id if cheapest_other else None,
        reason=_reason(plan.trigger, basis, plan.rounding, pick),
    )


def compute_suggestions(session: Session, params: ReorderParams, progress: Progress | None = None) -> ReorderResult:
    """Reorder suggestions for every product, grouped per supplier (see the module docstring)."""
    as_of, first_day, start, end = _window(params)
    stages = list(Stage)

    def report(stage: Stage) -> None:
        if progress is not None:
            progress(stages.index(stage), len(stages), stage.value)

    report(Stage.PRODUCTS)
    products = _products(session, params.category_id)
    on_hand, reserved, sold = _on_hand(session), _reserved(session), _sold(session, start, end)
    on_order, drafts = _coming(session, OPEN_STATES), _coming(session, DRAFT_STATES)
    report(Stage.OFFERS)
    suppliers = _suppliers(session)
    offers = _offers(session)
    report(Stage.LEDGER)
    maybe_out = _may_have_run_out(products, on_hand, _received(session, start))
    ledger = _ledger_days(session, maybe_out, start, first_day)
    report(Stage.SUGGESTIONS)
    facts = _Facts(on_hand, sold, reserved, on_order, drafts, offers, ledger)
    lines: dict[int | None, list[SuggestionLine]] = {}
    for product in products:
        line = _suggest(params, facts, product)
        if line is not None:
            lines.setdefault(line.supplier_id, []).append(line)
    groups = [_group(sid, suppliers.get(sid) if sid is not None else None, group_lines)
              for sid, group_lines in lines.items()]
    groups.sort(key=lambda g: (g.supplier_id is None, g.supplier_name.casefold(), g.supplier_id or 0))
    if progress is not None:
        progress(len(stages), len(stages), Stage.SUGGESTIONS.value)
    return ReorderResult(as_of=as_of, window_start=first_day, products_considered=len(products), groups=groups)


def _group(supplier_id: int | None, info: _SupplierInfo | None, lines: list[SuggestionLine]) -> SupplierGroup:
    lines.sort(key=lambda ln: (ln.name.casefold(), ln.product_id))
    total = sum((ln.amount for ln in lines), ZERO)
    if info is None:
        return SupplierGroup(None, "", "", None, ZERO, lines, total, False)
    return SupplierGroup(
        supplier_id=supplier_id, supplier_name=info.name, currency=info.currency,
        lead_time_days=info.lead_time_days, min_order_amount=info.min_order_amount, lines=lines,
        total_amount=total, below_minimum=total < info.min_order_amount,
    )


def create_order_from_group(session: Session, actor: Actor, supplier_id: int,
                            picks: Sequence[tuple[int, Decimal]]) -> int:
    """A draft purchase order from the ticked lines of a group, as the user left them:
    ``(product_id, quantity)`` pairs, priced from the supplier's offers, expected after
    the supplier's lead time. Returns the order id."""
    require(actor, Permission.MANAGE_PURCHASING)
    if not picks:
        raise ValidationError("Tick at least one suggestion to order.")
    supplier = session.get(Supplier, supplier_id)
    expected = utcnow().date() + timedelta(days=supplier.lead_time_days) if supplier is not None else None
    return create_order(session, actor, supplier_id, [NewLine(pid, qty) for pid, qty in picks],
                        expected_date=expected)


__all__ = [
    "DEMAND_STATUSES", "DRAFT_STATES", "Progress", "RateBasis", "Reason", "ReorderParams", "ReorderResult",
    "Rounding", "Stage", "SuggestionLine", "SupplierGroup", "SupplierPick", "Trigger", "compute_suggestions",
    "create_order_from_group", "days_in_stock", "order_quantity",
]
