"""What the store says per product for the reorder suggestions, read set-based.

One statement returns every planned product with its stock in bins, sales in the
window, reservations and purchase orders summed in SQL, and its active suppliers'
offers joined (one row per offer). The sales are summed from the units kept per product
and day (``ReorderSalesDay``, kept by triggers), not from the window's order lines. When
only the products that need ordering are wanted, a conservative test in the same
statement leaves out those that certainly don't (see :func:`_may_need`), so Python
builds numbers only for the rest and then decides exactly. The ledger is read day by
day only for the products whose stock may have run out in the window.

SQLAlchemy's rows and per-value Numeric conversion cost more than the queries
themselves at 100 000 products, so rows are the driver's own (``_rows``) and numbers are
made Decimal by the caller: sums are read as text (SQLite prints a REAL with 15
significant digits: enough for the schema's numbers, and free of a float sum's binary
noise), an offer's stored values as they are (:func:`stored_number`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, case, cast, func, literal, literal_column, or_, select, text
from sqlalchemy.orm import Session, aliased

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
    ReorderSalesDay,
    SalesOrder,
    SalesOrderLine,
    StockLevel,
    StockMove,
    Supplier,
    SupplierOffer,
)
from .purchasing import OPEN_STATES

#: Orders not yet with the supplier that still count as coming, so they aren't suggested twice.
DRAFT_STATES = (PurchaseOrderState.DRAFT.value, PurchaseOrderState.AWAITING_APPROVAL.value)
#: Lead time for products nobody offers: what a new supplier starts with.
DEFAULT_LEAD_TIME_DAYS: int = Supplier.__table__.c.lead_time_days.default.arg  # type: ignore[union-attr]

#: Products per ledger query (bound parameters stay under SQLite's limit of 32 766).
LEDGER_CHUNK = 5000
#: PostgreSQL's memory per hash for the product statement, for this transaction only: at
#: 100 000 products its hashes (the planned products, the window's sales per product) take
#: 8–12 MB each and spilled to disk in batches with the default of 4 MB.
PG_WORK_MEM = "32MB"

#: A product row as read: ``(id, sku, name, unit, safety stock, on hand, sold, reserved,
#: on order, in drafts)``, the quantities as text ('0' for none), then the offer:
#: ``(offer id, supplier, supplier SKU, price, pack size, minimum order quantity, stock or
#: None, lead time)``, all None when nobody offers the product. Indexes into it:
ID, SKU, NAME, UNIT, SAFETY, ON_HAND, SOLD, RESERVED, ON_ORDER, DRAFTS = range(10)
OFFER_ID, OFFER_SUPPLIER, OFFER_SKU, OFFER_PRICE, OFFER_PACK, OFFER_MOQ, OFFER_STOCK, OFFER_LEAD = range(10, 18)


@dataclass(frozen=True, slots=True)
class SupplierInfo:
    name: str
    currency: str
    lead_time_days: int
    min_order_amount: Decimal


@dataclass(frozen=True)
class Window:
    """The sales window: ``[start, end)`` in UTC, ``days`` long; day 0 is ``first_day``."""

    first_day: date
    start: datetime
    end: datetime
    days: int


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


def stored_number(dialect: str, column: ColumnElement[Any]) -> ColumnElement[Any]:
    """A stored number in the form cheapest to read: text from PostgreSQL, whose Decimal
    loader costs more; the int or float itself from SQLite, where printing it costs more."""
    return _text(column) if dialect == "postgresql" else column


def _bins() -> Select[tuple[int]]:
    return select(Location.id).where(Location.kind == LocationKind.BIN.value)


def _into_bins_since(start: datetime) -> list[ColumnElement[bool]]:
    """Moves into bins from elsewhere (receipts, back from quarantine...) since ``start``."""
    bins = _bins()
    return [StockMove.created_at >= start, StockMove.to_location_id.in_(bins), StockMove.from_location_id.not_in(bins)]


def _planned(category_id: int | None) -> list[ColumnElement[bool]]:
    """Active products with reorder enabled that aren't the parent of variants (their
    variants are ordered instead), in the category's tree when one is given."""
    variant = aliased(Product)
    conditions = [
        # Read from the covering index ``ix_products_reorder`` alone, never the wide table.
        Product.reorder_enabled.is_(True),
        Product.is_active.is_(True),
        # A set built once, not a lookup per product as NOT EXISTS would be on SQLite.
        Product.id.not_in(select(variant.parent_id).where(variant.parent_id.is_not(None))),
    ]
    if category_id is not None:
        path = select(Category.path).where(Category.id == category_id).scalar_subquery()
        conditions.append(Product.category_id.in_(select(Category.id).where(Category.path.like(path + "%"))))
    return conditions


def planned_ids(session: Session, category_id: int | None) -> tuple[int, range]:
    """How many products are planned, and the range of their ids (empty without any)."""
    count, first, last = session.execute(
        select(func.count(), func.min(Product.id), func.max(Product.id)).where(*_planned(category_id))).one()
    return count, range(first, last + 1) if count else range(0)


def _within(column: ColumnElement[int], ids: range | None) -> list[ColumnElement[bool]]:
    """``column`` in the id range ``ids`` (no condition for None: every id)."""
    return [] if ids is None else [column >= ids.start, column < ids.stop]


def _on_hand(ids: range | None) -> Any:
    """On hand in bins (``stock_queries._bins_total`` for every product at once)."""
    return (
        select(StockLevel.product_id.label("product_id"), func.sum(StockLevel.quantity).label("qty"))
        .join(Location, Location.id == StockLevel.location_id)
        .where(Location.kind == LocationKind.BIN.value, *_within(StockLevel.product_id, ids))
        .group_by(StockLevel.product_id)
        .subquery("on_hand")
    )


def _sold(window: Window, ids: range | None) -> Any:
    """Net units on demand orders placed in the window, from the units kept per product
    and UTC day (``ReorderSalesDay``): a range of its covering index, no order lines."""
    return (
        select(ReorderSalesDay.product_id.label("product_id"), func.sum(ReorderSalesDay.quantity).label("qty"))
        .where(ReorderSalesDay.day >= window.first_day, ReorderSalesDay.day < window.end.date(),
               *_within(ReorderSalesDay.product_id, ids))
        .group_by(ReorderSalesDay.product_id)
        .subquery("sold")
    )


def _reserved(ids: range | None) -> Any:
    """Units on open orders (``stock_queries.reserved_quantities`` for every product)."""
    return (
        select(SalesOrderLine.product_id.label("product_id"), func.sum(SalesOrderLine.quantity).label("qty"))
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .where(SalesOrder.status.in_([s.value for s in OPEN_STATUSES]), *_within(SalesOrderLine.product_id, ids))
        .group_by(SalesOrderLine.product_id)
        .subquery("reserved")
    )


def _coming(states: Sequence[str], name: str, ids: range | None) -> Any:
    """Outstanding units on purchase orders in ``states`` (``purchasing.on_order`` for every product)."""
    return (
        select(PurchaseOrderLine.product_id.label("product_id"),
               func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received_quantity).label("qty"))
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(PurchaseOrder.state.in_(states), PurchaseOrderLine.quantity > PurchaseOrderLine.received_quantity,
               *_within(PurchaseOrderLine.product_id, ids))
        .group_by(PurchaseOrderLine.product_id)
        .subquery(name)
    )


def _active_offers(*columns: Any) -> Select[Any]:
    """``columns`` of the offers of active suppliers that are linked to a product."""
    return (
        select(*columns)
        .join(Supplier, Supplier.id == SupplierOffer.supplier_id)
        .where(SupplierOffer.product_id.is_not(None), Supplier.is_active.is_(True))
    )


def _may_need(window: Window, safety: ColumnElement[Any], on_hand: ColumnElement[Any], sold: ColumnElement[Any],
              position: ColumnElement[Any], lead: ColumnElement[Any]) -> ColumnElement[bool]:
    """False only for products the exact test in Python leaves out as not needed: a
    position at or above zero and either no demand and no safety stock, or (for products
    that never ran out in the window, whose rate is sold / window) a position above the
    highest reorder point the longest lead time (``lead``: of any active supplier, or of a
    new one) gives.

    The bound adds a whole rate step per lead day and a whole quantity step to the
    unrounded reorder point, so rounding (half a step each) and a float sum's noise on
    SQLite can only let a product through to Python, never hold one back. It is
    multiplied out by the window's days, so that SQLite divides no integers."""
    days = literal(window.days)
    demand = case((sold > 0, sold), else_=literal(0))
    below_highest_point = (
        position * days
        <= demand * lead + literal_column("0.0001") * lead * days + (safety + literal_column("0.001")) * days
    )
    received = select(StockMove.product_id).where(*_into_bins_since(window.start))
    return or_(
        position < 0,
        and_(or_(sold > 0, safety > 0), or_(on_hand <= 0, Product.id.in_(received), below_highest_point)),
    )


def product_rows(session: Session, window: Window, *, category_id: int | None, supplier_id: int | None,
                 needed_with_lead: int | None, ids: range | None = None) -> dict[int, list[Any]]:
    """The planned products' rows (see ``ID`` and the other indexes) per product id, one
    row per active offer (or one without an offer); only the products ``supplier_id``
    offers when it is given; only those that may need ordering with a lead time of at most
    ``needed_with_lead`` days when that is given; only ids in ``ids`` when that is given
    (every sum is then taken over those products alone)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text(f"SET LOCAL work_mem = '{PG_WORK_MEM}'"))
    on_hand, sold, reserved = _on_hand(ids), _sold(window, ids), _reserved(ids)
    on_order, drafts = _coming(OPEN_STATES, "on_order", ids), _coming(DRAFT_STATES, "drafts", ids)
    # Offers are joined as rows of their covering index (``ix_supplier_offers_product_reorder``):
    # a subquery of them would be materialised and indexed again for the join.
    offer, offer_supplier = aliased(SupplierOffer), aliased(Supplier)
    active_suppliers = select(Supplier.id).where(Supplier.is_active.is_(True))
    stmt = (
        select(Product.id, Product.sku, Product.name, Product.unit, _text(Product.safety_stock),
               *(func.coalesce(_text(total.c.qty), "0") for total in (on_hand, sold, reserved, on_order, drafts)),
               offer.id, offer.supplier_id, offer.supplier_sku, stored_number(dialect, offer.price),
               stored_number(dialect, offer.pack_size), stored_number(dialect, offer.min_order_qty),
               stored_number(dialect, offer.stock_qty), offer_supplier.lead_time_days)
        .outerjoin(on_hand, on_hand.c.product_id == Product.id)
        .outerjoin(sold, sold.c.product_id == Product.id)
        .outerjoin(reserved, reserved.c.product_id == Product.id)
        .outerjoin(on_order, on_order.c.product_id == Product.id)
        .outerjoin(drafts, drafts.c.product_id == Product.id)
        .outerjoin(offer, and_(offer.product_id == Product.id, offer.supplier_id.in_(active_suppliers),
                               *_within(offer.product_id, ids)))
        .outerjoin(offer_supplier, offer_supplier.id == offer.supplier_id)
        .where(*_planned(category_id), *_within(Product.id, ids))
    )
    if supplier_id is not None:
        stmt = stmt.where(Product.id.in_(
            _active_offers(SupplierOffer.product_id).where(SupplierOffer.supplier_id == supplier_id)))
    if needed_with_lead is not None:
        def qty(column: ColumnElement[Any]) -> ColumnElement[Any]:
            return func.coalesce(column, 0)

        position = qty(on_hand.c.qty) - qty(reserved.c.qty) + qty(on_order.c.qty) + qty(drafts.c.qty)
        stmt = stmt.where(_may_need(window, Product.safety_stock, qty(on_hand.c.qty), qty(sold.c.qty), position,
                                    literal(needed_with_lead)))
    products: dict[int, list[Any]] = {}
    for row in _rows(session, stmt):
        rows = products.get(row[ID])
        if rows is None:
            products[row[ID]] = [row]
        else:
            rows.append(row)
    return products


def suppliers(session: Session) -> dict[int, SupplierInfo]:
    rows = session.execute(
        select(Supplier.id, Supplier.name, Supplier.currency, Supplier.lead_time_days, Supplier.min_order_amount)
        .where(Supplier.is_active.is_(True))
    )
    return {sid: SupplierInfo(name, currency, lead, minimum) for sid, name, currency, lead, minimum in rows}


def _utc_day(session: Session, column: ColumnElement[datetime]) -> ColumnElement[Any]:
    """The UTC calendar day of a timestamp: a date on PostgreSQL, 'YYYY-MM-DD' on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("UTC", column))
    return func.date(column)


def received(session: Session, start: datetime) -> dict[int, Decimal]:
    """Units that came into bins since ``start``."""
    # The moves are summed here: asked to group them, SQLite walks the whole ledger in
    # product order through its (product, time) index instead of reading the few receipts.
    totals: dict[int, Decimal] = {}
    for pid, quantity in _rows(session, select(StockMove.product_id, _text(StockMove.quantity))
                               .where(*_into_bins_since(start))):
        totals[pid] = totals.get(pid, ZERO) + Decimal(quantity)
    return totals


def may_have_run_out(products: dict[int, list[Any]], received_units: dict[int, Decimal]) -> list[int]:
    """Products whose stock may have been at zero since the window began: on hand now
    minus all that came in since is not above zero. For the others the balance stayed
    above zero throughout (it never fell below now − received), so every day counts
    without reading their moves."""
    return [pid for pid, rows in products.items() if Decimal(rows[0][ON_HAND]) - received_units.get(pid, ZERO) <= ZERO]


def ledger_days(session: Session, product_ids: Sequence[int],
                window: Window) -> dict[int, list[tuple[int, Decimal, Decimal]]]:
    """Per product, ``(day index, net bin change, bin inflow)`` of each day since the window
    began that has moves, latest first. Read a chunk of products at a time along the
    (product, time) index of the ledger."""
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
                   StockMove.created_at >= window.start, or_(into, out_of))
            .subquery()
        )
        rows = _rows(session, (
            select(inner.c.product_id, inner.c.day, _text(func.sum(inner.c.net)), _text(func.sum(inner.c.inflow)))
            .group_by(inner.c.product_id, inner.c.day)
        ))
        for pid, day, net, inflow in rows:
            moved = day if isinstance(day, date) else date.fromisoformat(day)
            days.setdefault(pid, []).append(((moved - window.first_day).days, Decimal(net), Decimal(inflow)))
    for entries in days.values():
        entries.sort(reverse=True)
    return days
