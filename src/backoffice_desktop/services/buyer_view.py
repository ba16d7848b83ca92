"""The buyer's view of one product: stock, what is coming, what sold, who offers it at
what price, and what we paid lately.

Sales count the way the reorder suggestions count them (:mod:`.reorder`): orders placed
in whole UTC days ending the day before ``today`` that are new, processing, shipped or
completed; a returned line's negative quantity subtracts. So "sold in 90 days" here is
the figure a 90-day suggestion starts from. Each section is one set-based query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from sqlalchemy import case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import (
    ZERO,
    DocumentState,
    Location,
    LocationKind,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    Receipt,
    ReceiptLine,
    SalesOrder,
    SalesOrderLine,
    StockLevel,
    Supplier,
    SupplierOffer,
    utcnow,
)
from ..models.base import Quantity
from .purchasing import OPEN_STATES
from .reorder import DEMAND_STATUSES, DRAFT_STATES, order_quantity
from .stock import available_to_sell
from .stock_documents import WHOLE_UNITS
from .stock_queries import reserved_quantities

#: Posted receipts shown per supplier under "last purchase prices".
PURCHASES_PER_SUPPLIER = 3
SHORT_WINDOW_DAYS = 30
LONG_WINDOW_DAYS = 90
ONE = Decimal(1)
QTY_STEP = Decimal("0.001")


@dataclass(frozen=True)
class BinStock:
    code: str
    name: str
    quantity: Decimal


@dataclass(frozen=True)
class IncomingOrder:
    """An order (open, or a draft not yet with the supplier) that still brings the product."""

    order_id: int
    number: str
    state: str
    supplier: str
    expected_date: date | None
    ordered: Decimal
    received: Decimal

    @property
    def outstanding(self) -> Decimal:
        return max(self.ordered - self.received, ZERO)

    @property
    def is_draft(self) -> bool:
        return self.state in DRAFT_STATES


@dataclass(frozen=True)
class OfferView:
    offer_id: int
    supplier_id: int
    supplier: str
    currency: str
    lead_time_days: int
    supplier_sku: str
    price: Decimal
    pack_size: Decimal
    min_order_qty: Decimal
    stock: Decimal | None  # None: unknown
    updated_at: datetime


@dataclass(frozen=True)
class PurchasePrice:
    """One posted receipt line: what we paid a supplier per unit."""

    supplier_id: int
    supplier: str
    currency: str
    receipt_id: int
    receipt_number: str
    posted_at: datetime
    unit_cost: Decimal
    quantity: Decimal


@dataclass(frozen=True)
class ProductPurchasing:
    product_id: int
    sku: str
    name: str
    unit: str
    reorder_enabled: bool
    safety_stock: Decimal
    on_hand: Decimal
    bins: list[BinStock]
    reserved: Decimal
    available: Decimal
    #: Outstanding on approved, sent and partly received orders.
    on_order: Decimal
    #: Outstanding on drafts and orders awaiting approval.
    in_drafts: Decimal
    orders: list[IncomingOrder]
    sold_30: Decimal
    sold_90: Decimal
    #: The cheapest first, then the shortest lead time.
    offers: list[OfferView]
    #: Newest first, the last few per supplier.
    purchases: list[PurchasePrice]
    today: date

    @property
    def position(self) -> Decimal:
        """On hand − reserved + everything coming, as the reorder suggestions count it."""
        return self.on_hand - self.reserved + self.on_order + self.in_drafts

    @property
    def below_safety_stock(self) -> bool:
        return self.safety_stock > 0 and self.position <= self.safety_stock

    @property
    def lead_times(self) -> tuple[int, int] | None:
        """The shortest and the longest lead time of the offers; None without offers."""
        days = [o.lead_time_days for o in self.offers]
        return (min(days), max(days)) if days else None


def _bins(session: Session, product_id: int) -> list[BinStock]:
    rows = session.execute(
        select(Location.code, Location.name, StockLevel.quantity)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.product_id == product_id, Location.kind == LocationKind.BIN.value,
               StockLevel.quantity != 0)
        .order_by(Location.code)
    )
    return [BinStock(code, name, Decimal(qty)) for code, name, qty in rows]


def _orders(session: Session, product_id: int) -> list[IncomingOrder]:
    rows = session.execute(
        select(PurchaseOrder.id, PurchaseOrder.number, PurchaseOrder.state, Supplier.name,
               PurchaseOrder.expected_date, func.sum(PurchaseOrderLine.quantity),
               func.sum(PurchaseOrderLine.received_quantity))
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .where(PurchaseOrderLine.product_id == product_id,
               PurchaseOrder.state.in_(OPEN_STATES + DRAFT_STATES),
               PurchaseOrderLine.quantity > PurchaseOrderLine.received_quantity)
        .group_by(PurchaseOrder.id, PurchaseOrder.number, PurchaseOrder.state, Supplier.name,
                  PurchaseOrder.expected_date, PurchaseOrder.created_at)
        .order_by(PurchaseOrder.expected_date.is_(None), PurchaseOrder.expected_date, PurchaseOrder.created_at)
    )
    return [IncomingOrder(oid, number, state, supplier, expected, Decimal(ordered), Decimal(received))
            for oid, number, state, supplier, expected, ordered, received in rows]


def _sold(session: Session, product_id: int, today: date) -> tuple[Decimal, Decimal]:
    end = datetime.combine(today, time(), timezone.utc)
    long_start = end - timedelta(days=LONG_WINDOW_DAYS)
    short_start = end - timedelta(days=SHORT_WINDOW_DAYS)
    recent = case((SalesOrder.ordered_at >= short_start, SalesOrderLine.quantity), else_=literal(0))
    short, long = session.execute(
        select(type_coerce(func.sum(recent), Quantity), func.sum(SalesOrderLine.quantity))
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .where(SalesOrderLine.product_id == product_id, SalesOrder.ordered_at >= long_start,
               SalesOrder.ordered_at < end, SalesOrder.status.in_([s.value for s in DEMAND_STATUSES]))
    ).one()
    return Decimal(short or 0), Decimal(long or 0)


def _offers(session: Session, product_id: int) -> list[OfferView]:
    rows = session.execute(
        select(SupplierOffer.id, Supplier.id, Supplier.name, Supplier.currency, Supplier.lead_time_days,
               SupplierOffer.supplier_sku, SupplierOffer.price, SupplierOffer.pack_size, SupplierOffer.min_order_qty,
               SupplierOffer.stock_qty, SupplierOffer.updated_at)
        .join(Supplier, Supplier.id == SupplierOffer.supplier_id)
        .where(SupplierOffer.product_id == product_id, Supplier.is_active.is_(True))
        .order_by(SupplierOffer.price, Supplier.lead_time_days, Supplier.name, SupplierOffer.id)
    )
    return [OfferView(*row) for row in rows]


def _purchases(session: Session, product_id: int) -> list[PurchasePrice]:
    """The last few posted receipt lines per supplier that brought good units; reversals
    and reversed receipts don't count."""
    reversed_ids = select(Receipt.reversal_of_id).where(
        Receipt.reversal_of_id.is_not(None), Receipt.state == DocumentState.POSTED.value)
    rank = func.row_number().over(
        partition_by=Receipt.supplier_id, order_by=(Receipt.posted_at.desc(), ReceiptLine.id.desc()))
    ranked = (
        select(Receipt.supplier_id.label("supplier_id"), Receipt.id.label("receipt_id"),
               Receipt.number.label("number"), Receipt.posted_at.label("posted_at"),
               ReceiptLine.unit_cost.label("unit_cost"),
               ReceiptLine.quantity.label("quantity"), ReceiptLine.id.label("line_id"), rank.label("rank"))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(ReceiptLine.product_id == product_id, ReceiptLine.quantity > 0,
               Receipt.state == DocumentState.POSTED.value,
               Receipt.reversal_of_id.is_(None), Receipt.id.not_in(reversed_ids))
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.supplier_id, Supplier.name, Supplier.currency, ranked.c.receipt_id, ranked.c.number,
               ranked.c.posted_at, ranked.c.unit_cost, ranked.c.quantity)
        .join(Supplier, Supplier.id == ranked.c.supplier_id)
        .where(ranked.c.rank <= PURCHASES_PER_SUPPLIER)
        .order_by(ranked.c.posted_at.desc(), ranked.c.line_id.desc())
    )
    return [PurchasePrice(*row) for row in rows]


def product_purchasing(session: Session, product_id: int, today: date | None = None) -> ProductPurchasing:
    """Everything a buyer looks at before ordering ``product_id``; ``today`` is UTC."""
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    today = today or utcnow().date()
    bins = _bins(session, product_id)
    orders = _orders(session, product_id)
    sold_30, sold_90 = _sold(session, product_id, today)
    return ProductPurchasing(
        product_id=product.id, sku=product.sku, name=product.name, unit=product.unit,
        reorder_enabled=product.reorder_enabled, safety_stock=product.safety_stock,
        on_hand=sum((b.quantity for b in bins), ZERO), bins=bins,
        reserved=reserved_quantities(session, [product_id]).get(product_id, ZERO),
        available=available_to_sell(session, [product_id])[product_id],
        on_order=sum((o.outstanding for o in orders if not o.is_draft), ZERO),
        in_drafts=sum((o.outstanding for o in orders if o.is_draft), ZERO),
        orders=orders, sold_30=sold_30, sold_90=sold_90,
        offers=_offers(session, product_id), purchases=_purchases(session, product_id), today=today,
    )


def suggested_quantity(view: ProductPurchasing, offer: OfferView | None) -> Decimal:
    """How many to order by hand: enough for the next 30 days at the last 30 days' pace
    plus the safety stock, less what is on hand or coming; at least the offer's minimum,
    in whole packs. When nothing is needed: the smallest order the offer takes (one unit
    without an offer)."""
    need = max(view.sold_30 + view.safety_stock - view.position, ZERO)
    whole = view.unit in WHOLE_UNITS
    pack = offer.pack_size if offer is not None else (ONE if whole else QTY_STEP)
    minimum = offer.min_order_qty if offer is not None else ZERO
    if need == 0:
        need = max(minimum, offer.pack_size if offer is not None else ONE)
    quantity, _rounding = order_quantity(need, minimum, pack, whole)
    return quantity


__all__ = [
    "BinStock", "IncomingOrder", "OfferView", "ProductPurchasing", "PurchasePrice", "product_purchasing",
    "suggested_quantity",
]
