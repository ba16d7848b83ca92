"""Reading purchase orders for the Purchasing workspace: the paged list and one order."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import (
    ZERO,
    DocumentState,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderRevision,
    Receipt,
    Supplier,
    User,
)
from .purchasing import OPEN_STATES, OrderTotals, State, is_overdue, line_amounts, order_totals


class OrderGroup(enum.StrEnum):
    ALL = "all"
    OPEN = "open"  # anything not yet received, closed or cancelled
    DRAFTS = "drafts"
    AWAITING_APPROVAL = "awaiting_approval"
    EXPECTED = "expected"  # with the supplier, goods still to come
    OVERDUE = "overdue"
    DONE = "done"  # received, closed, cancelled


_GROUP_STATES: dict[OrderGroup, tuple[str, ...]] = {
    OrderGroup.OPEN: (State.DRAFT.value, State.AWAITING_APPROVAL.value, *OPEN_STATES),
    OrderGroup.DRAFTS: (State.DRAFT.value,),
    OrderGroup.AWAITING_APPROVAL: (State.AWAITING_APPROVAL.value,),
    OrderGroup.EXPECTED: OPEN_STATES,
    OrderGroup.OVERDUE: OPEN_STATES,
    OrderGroup.DONE: (State.RECEIVED.value, State.CLOSED.value, State.CANCELLED.value),
}


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""
    group: OrderGroup = OrderGroup.OPEN
    supplier_id: int | None = None
    today: date | None = None


def _filtered(filt: OrderFilter) -> Select:
    stmt = select(PurchaseOrder.id).join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
    states = _GROUP_STATES.get(filt.group)
    if states:
        stmt = stmt.where(PurchaseOrder.state.in_(states))
    if filt.group == OrderGroup.OVERDUE:
        stmt = stmt.where(PurchaseOrder.expected_date < (filt.today or date.today()))
    if filt.supplier_id is not None:
        stmt = stmt.where(PurchaseOrder.supplier_id == filt.supplier_id)
    text = filt.text.strip().lower()
    if text:
        pattern = f"%{text}%"
        has_product = (
            select(PurchaseOrderLine.id)
            .join(Product, Product.id == PurchaseOrderLine.product_id)
            .where(PurchaseOrderLine.order_id == PurchaseOrder.id,
                   or_(func.lower(Product.sku).like(pattern), func.lower(PurchaseOrderLine.supplier_sku).like(pattern)))
            .exists()
        )
        stmt = stmt.where(or_(func.lower(PurchaseOrder.number).like(pattern),
                              func.lower(Supplier.name).like(pattern), has_product))
    return stmt


def order_ids(session: Session, filt: OrderFilter, offset: int = 0, limit: int | None = 500) -> list[int]:
    """Newest first."""
    stmt = _filtered(filt).order_by(PurchaseOrder.created_at.desc(), PurchaseOrder.id.desc())
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_orders(session: Session, filt: OrderFilter) -> int:
    return session.scalar(select(func.count()).select_from(_filtered(filt).subquery())) or 0


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    supplier: str
    state: str
    revision: int
    created_at: datetime
    expected_date: date | None
    overdue: bool
    lines: int
    total: Decimal
    currency: str
    ordered: Decimal
    received: Decimal

    @property
    def received_percent(self) -> int:
        return int(self.received * 100 / self.ordered) if self.ordered else 0


def load_order_rows(session: Session, ids: Sequence[int]) -> dict[int, OrderRow]:
    if not ids:
        return {}
    orders = session.execute(
        select(PurchaseOrder, Supplier.name).join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .where(PurchaseOrder.id.in_(ids))
    ).all()
    lines: dict[int, list[tuple[Decimal, Decimal, Decimal, Decimal]]] = defaultdict(list)
    for order_id, qty, price, rate, received in session.execute(
        select(PurchaseOrderLine.order_id, PurchaseOrderLine.quantity, PurchaseOrderLine.unit_price,
               PurchaseOrderLine.vat_rate, PurchaseOrderLine.received_quantity)
        .where(PurchaseOrderLine.order_id.in_(ids))
    ):
        lines[order_id].append((qty, price, rate, received))
    rows = {}
    for order, supplier in orders:
        own = lines[order.id]
        rate = order.vat_rate
        totals = order_totals([(q, p, rate if rate is not None else r) for q, p, r, _ in own], order.prices_include_vat)
        rows[order.id] = OrderRow(
            id=order.id, number=order.number, supplier=supplier, state=order.state, revision=order.revision,
            created_at=order.created_at, expected_date=order.expected_date,
            overdue=is_overdue(order.state, order.expected_date), lines=len(own), total=totals.gross,
            currency=order.currency, ordered=sum((q for q, *_ in own), ZERO),
            received=sum((min(rec, q) for q, _p, _r, rec in own), ZERO),
        )
    return rows


# --- one order -------------------------------------------------------------------------

@dataclass(frozen=True)
class OrderLineView:
    id: int
    line_no: int
    product_id: int
    sku: str
    supplier_sku: str
    name: str
    unit: str
    quantity: Decimal
    received: Decimal
    unit_price: Decimal
    vat_rate: Decimal
    net: Decimal
    vat: Decimal
    gross: Decimal

    @property
    def outstanding(self) -> Decimal:
        return max(self.quantity - self.received, ZERO)


@dataclass(frozen=True)
class RevisionView:
    revision: int
    user: str
    reason: str
    created_at: datetime
    changes: list[dict]


@dataclass(frozen=True)
class ReceiptRef:
    id: int
    number: str
    posted_at: datetime | None


@dataclass(frozen=True)
class OrderView:
    id: int
    number: str
    version: int
    state: str
    revision: int
    supplier_id: int
    supplier: str
    supplier_email: str
    currency: str
    created_at: datetime
    expected_date: date | None
    overdue: bool
    prices_include_vat: bool
    vat_rate: Decimal | None
    terms: str
    notes: str
    author_id: int | None
    author: str
    approved_by: str
    sent_at: datetime | None
    lines: list[OrderLineView]
    totals: OrderTotals
    revisions: list[RevisionView]
    receipts: list[ReceiptRef]

    @property
    def is_draft(self) -> bool:
        return self.state == State.DRAFT.value


def _user_names(session: Session, ids: set[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {uid: full or name for uid, name, full in
            session.execute(select(User.id, User.username, User.full_name).where(User.id.in_(wanted)))}


def order_view(session: Session, order_id: int) -> OrderView:
    order = session.get(PurchaseOrder, order_id, populate_existing=True)
    if order is None:
        raise NotFound("Purchase order #{order_id} does not exist.", order_id=order_id)
    supplier = session.get(Supplier, order.supplier_id)
    assert supplier is not None
    products = {p.id: p for p in session.scalars(
        select(Product).where(Product.id.in_([ln.product_id for ln in order.lines])))}
    lines = []
    for ln in order.lines:
        rate = order.vat_rate if order.vat_rate is not None else ln.vat_rate
        amounts = line_amounts(ln.quantity, ln.unit_price, rate, order.prices_include_vat)
        product = products[ln.product_id]
        lines.append(OrderLineView(
            id=ln.id, line_no=ln.line_no, product_id=ln.product_id, sku=product.sku, supplier_sku=ln.supplier_sku,
            name=product.name, unit=product.unit, quantity=ln.quantity, received=ln.received_quantity,
            unit_price=ln.unit_price, vat_rate=rate, net=amounts.net, vat=amounts.vat, gross=amounts.gross,
        ))
    revisions = list(session.scalars(select(PurchaseOrderRevision).where(PurchaseOrderRevision.order_id == order.id)
                                     .order_by(PurchaseOrderRevision.revision)))
    names = _user_names(session, {order.author_id, order.approved_by_id, *(r.user_id for r in revisions)})
    receipts = [ReceiptRef(rid, number, posted) for rid, number, posted in session.execute(
        select(Receipt.id, Receipt.number, Receipt.posted_at)
        .where(Receipt.purchase_order_id == order.id, Receipt.state == DocumentState.POSTED.value)
        .order_by(Receipt.posted_at))]
    return OrderView(
        id=order.id, number=order.number, version=order.version, state=order.state, revision=order.revision,
        supplier_id=supplier.id, supplier=supplier.name, supplier_email=supplier.email, currency=order.currency,
        created_at=order.created_at, expected_date=order.expected_date,
        overdue=is_overdue(order.state, order.expected_date), prices_include_vat=order.prices_include_vat,
        vat_rate=order.vat_rate, terms=order.terms, notes=order.notes, author_id=order.author_id,
        author=names.get(order.author_id or 0, ""), approved_by=names.get(order.approved_by_id or 0, ""),
        sent_at=order.sent_at, lines=lines,
        totals=order_totals([(ln.quantity, ln.unit_price, ln.vat_rate) for ln in lines], order.prices_include_vat),
        revisions=[RevisionView(r.revision, names.get(r.user_id or 0, ""), r.reason, r.created_at, list(r.changes))
                   for r in revisions],
        receipts=receipts,
    )


@dataclass(frozen=True)
class SupplierChoice:
    id: int
    name: str
    currency: str
    lead_time_days: int


def list_suppliers(session: Session, include_archived: bool = False) -> list[SupplierChoice]:
    stmt = select(Supplier).order_by(Supplier.name)
    if not include_archived:
        stmt = stmt.where(Supplier.is_active.is_(True))
    return [SupplierChoice(s.id, s.name, s.currency, s.lead_time_days) for s in session.scalars(stmt)]


def draft_orders_of(session: Session, supplier_id: int) -> list[tuple[int, str]]:
    """The supplier's drafts (id, number), newest first: where "add to order" can go."""
    return [(oid, number) for oid, number in session.execute(
        select(PurchaseOrder.id, PurchaseOrder.number)
        .where(PurchaseOrder.supplier_id == supplier_id, PurchaseOrder.state == State.DRAFT.value)
        .order_by(PurchaseOrder.created_at.desc()))]
