"""The purchase order's life: draft → (approval) → sent → partially received → received
→ closed, or cancelled.

Only drafts are edited freely. An order above the approval amount set in Settings waits
for a manager's approval before it can be sent, and the approver can't be its author. A
sent order changes only by an explicit revision, recorded with its reason and every
old → new value; quantities never drop below what Intake has already received.
Intake (``services.receiving``) moves orders between sent / partially received / received.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import ConflictError, NotFound, Phrase, ValidationError
from ..models import (
    ZERO,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderRevision,
    PurchaseOrderState,
    Supplier,
    SupplierOffer,
)
from . import audit, sequences
from .permissions import Actor, Permission, require
from .settings import get_setting
from .stock_documents import check_quantity

CENTS = Decimal("0.01")
State = PurchaseOrderState

#: States in which the order is still expected from the supplier.
OPEN_STATES = (State.APPROVED.value, State.SENT.value, State.PARTIALLY_RECEIVED.value)
#: States a revision may change (the order is with the supplier).
REVISABLE_STATES = (State.SENT.value, State.PARTIALLY_RECEIVED.value)
CANCELLABLE_STATES = (State.DRAFT.value, State.AWAITING_APPROVAL.value, State.APPROVED.value, State.SENT.value)
CLOSABLE_STATES = (State.PARTIALLY_RECEIVED.value, State.RECEIVED.value)

#: How messages name a state (translated at the UI edge).
STATE_PHRASES = {
    State.DRAFT.value: Phrase("a draft"),
    State.AWAITING_APPROVAL.value: Phrase("awaiting approval"),
    State.APPROVED.value: Phrase("approved"),
    State.SENT.value: Phrase("sent"),
    State.PARTIALLY_RECEIVED.value: Phrase("partially received"),
    State.RECEIVED.value: Phrase("received"),
    State.CLOSED.value: Phrase("closed"),
    State.CANCELLED.value: Phrase("cancelled"),
}


def state_phrase(state: str) -> Phrase | str:
    return STATE_PHRASES.get(state, state)


# --- money and VAT ---------------------------------------------------------------------

def money(value: Decimal) -> Decimal:
    return value.quantize(CENTS, rounding=ROUND_HALF_UP)


def parse_amount(value: Decimal | str | int | float, what: Phrase = Phrase("price")) -> Decimal:
    """An amount typed by a person (``1 234,50``) or given as a number; never negative."""
    if isinstance(value, Decimal):
        result = value
    else:
        text = str(value).replace("\u00a0", "").replace(" ", "").replace(",", ".").strip()
        try:
            result = Decimal(text)
        except InvalidOperation:
            raise ValidationError("'{text}' is not an amount; expected a number such as 1234,50.",
                                  text=str(value)) from None
    if not result.is_finite() or result >= Decimal("1e11"):
        raise ValidationError("'{text}' is not an amount; expected a number such as 1234,50.", text=str(value))
    if result < 0:
        raise ValidationError("The {what} can't be negative ({value}).", what=what, value=result)
    if result != result.quantize(CENTS):
        raise ValidationError("'{text}' has more than two decimal places.", text=str(value))
    return result


def parse_vat_rate(value: Decimal | str | int) -> Decimal:
    rate = parse_amount(value, Phrase("VAT rate")) if not isinstance(value, Decimal) else value
    if rate < 0 or rate > 100:
        raise ValidationError("A VAT rate is a percentage from 0 to 100, not {rate}.", rate=rate)
    return rate


def default_vat_rate(session: Session) -> Decimal:
    return Decimal(str(get_setting(session, "purchasing.vat_rate")))


@dataclass(frozen=True)
class LineAmounts:
    net: Decimal
    vat: Decimal
    gross: Decimal


def line_amounts(quantity: Decimal, unit_price: Decimal, vat_rate: Decimal, prices_include_vat: bool) -> LineAmounts:
    """One line's amounts; VAT is rounded per line, as on Russian invoices."""
    amount = money(quantity * unit_price)
    if prices_include_vat:
        vat = money(amount * vat_rate / (100 + vat_rate))
        return LineAmounts(amount - vat, vat, amount)
    vat = money(amount * vat_rate / 100)
    return LineAmounts(amount, vat, amount + vat)


@dataclass(frozen=True)
class OrderTotals:
    net: Decimal
    vat: Decimal
    gross: Decimal
    #: (rate, net, vat) per VAT rate, ascending.
    by_rate: tuple[tuple[Decimal, Decimal, Decimal], ...]


def order_totals(lines: Sequence[tuple[Decimal, Decimal, Decimal]], prices_include_vat: bool) -> OrderTotals:
    """Totals of ``(quantity, unit_price, vat_rate)`` lines."""
    by_rate: dict[Decimal, list[Decimal]] = {}
    for quantity, price, rate in lines:
        amounts = line_amounts(quantity, price, rate, prices_include_vat)
        acc = by_rate.setdefault(rate, [ZERO, ZERO])
        acc[0] += amounts.net
        acc[1] += amounts.vat
    net = sum((v[0] for v in by_rate.values()), ZERO)
    vat = sum((v[1] for v in by_rate.values()), ZERO)
    return OrderTotals(net, vat, net + vat, tuple((r, v[0], v[1]) for r, v in sorted(by_rate.items())))


def _effective_rate(order: PurchaseOrder, line: PurchaseOrderLine) -> Decimal:
    return order.vat_rate if order.vat_rate is not None else line.vat_rate


def totals_of(order: PurchaseOrder) -> OrderTotals:
    return order_totals([(ln.quantity, ln.unit_price, _effective_rate(order, ln)) for ln in order.lines],
                        order.prices_include_vat)


# --- loading ---------------------------------------------------------------------------

def _get_order(session: Session, order_id: int, lock: bool = True) -> PurchaseOrder:
    stmt = select(PurchaseOrder).where(PurchaseOrder.id == order_id).execution_options(populate_existing=True)
    if lock:
        stmt = stmt.with_for_update()
    order = session.execute(stmt).scalar_one_or_none()
    if order is None:
        raise NotFound("Purchase order #{order_id} does not exist.", order_id=order_id)
    return order


def _check_version(order: PurchaseOrder, expected_version: int | None) -> None:
    if expected_version is not None and order.version != expected_version:
        raise ConflictError(
            "Purchase order {number} was changed by someone else meanwhile; reopen it to see the changes.",
            number=order.number,
        )


def _draft(session: Session, order_id: int, expected_version: int | None = None) -> PurchaseOrder:
    order = _get_order(session, order_id)
    _check_version(order, expected_version)
    if order.state != State.DRAFT.value:
        raise ValidationError(
            "Purchase order {number} is {state}: only drafts can be edited; change a sent order by a revision.",
            number=order.number, state=state_phrase(order.state),
        )
    return order


def _product(session: Session, product_id: int) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    return product


def _offer(session: Session, supplier_id: int, product_id: int) -> SupplierOffer | None:
    return session.scalar(
        select(SupplierOffer)
        .where(SupplierOffer.supplier_id == supplier_id, SupplierOffer.product_id == product_id)
        .order_by(SupplierOffer.price, SupplierOffer.id)
        .limit(1)
    )


def _product_rate(session: Session, product: Product) -> Decimal:
    return product.vat_rate if product.vat_rate is not None else default_vat_rate(session)


# --- drafts ----------------------------------------------------------------------------

@dataclass(frozen=True)
class NewLine:
    product_id: int
    quantity: Decimal
    #: None takes the supplier's offer price (or zero when there is no offer).
    unit_price: Decimal | None = None


def create_order(
    session: Session, actor: Actor, supplier_id: int, lines: Sequence[NewLine] = (),
    expected_date: date | None = None, notes: str = "",
) -> int:
    """A new draft order for ``supplier_id`` (its number taken now); returns its id."""
    require(actor, Permission.MANAGE_PURCHASING)
    supplier = session.get(Supplier, supplier_id)
    if supplier is None:
        raise NotFound("Supplier #{supplier_id} does not exist.", supplier_id=supplier_id)
    if not supplier.is_active:
        raise ValidationError("Supplier {supplier} is archived; restore it before ordering.", supplier=supplier.name)
    order = PurchaseOrder(
        number=sequences.next_number(session, "purchase_order"), supplier_id=supplier.id,
        state=State.DRAFT.value, currency=supplier.currency, expected_date=expected_date,
        notes=notes.strip(), terms=supplier_terms(supplier), author_id=actor.user_id,
    )
    session.add(order)
    session.flush()
    for line in lines:
        _add_line(session, order, line.product_id, line.quantity, line.unit_price)
    audit.record(session, actor, "create", "purchase_order", order.id, document_number=order.number)
    session.flush()
    return order.id


def supplier_terms(supplier: Supplier) -> str:
    """The supplier's terms as the order prints them (Russian: the order goes to a supplier here)."""
    parts = []
    if supplier.payment_deferral_days:
        parts.append(f"Оплата с отсрочкой {supplier.payment_deferral_days} дн.")
    else:
        parts.append("Оплата по предоплате.")
    returns = []
    if supplier.returns_unsold:
        returns.append("нереализованного")
    if supplier.returns_defective:
        returns.append("бракованного")
    if returns:
        parts.append("Возврат " + " и ".join(returns) + " товара по согласованию.")
    if supplier.lead_time_days:
        parts.append(f"Срок поставки {supplier.lead_time_days} дн.")
    return " ".join(parts)


def _add_line(session: Session, order: PurchaseOrder, product_id: int, quantity: Decimal | str,
              unit_price: Decimal | str | None) -> PurchaseOrderLine:
    product = _product(session, product_id)
    qty = check_quantity(quantity, product)
    offer = _offer(session, order.supplier_id, product.id)
    price = parse_amount(unit_price) if unit_price is not None else (offer.price if offer else ZERO)
    existing = next((ln for ln in order.lines if ln.product_id == product.id), None)
    if existing is not None:
        existing.quantity += qty
        if unit_price is not None:
            existing.unit_price = price
        return existing
    line = PurchaseOrderLine(
        line_no=max((ln.line_no for ln in order.lines), default=0) + 1, product_id=product.id,
        supplier_sku=offer.supplier_sku if offer else "", quantity=qty, unit_price=price,
        vat_rate=_product_rate(session, product),
    )
    order.lines.append(line)
    return line


def add_line(session: Session, actor: Actor, order_id: int, product_id: int, quantity: Decimal | str,
             unit_price: Decimal | str | None = None) -> int:
    """Add a product to a draft (or more of it, when it is already on the order); returns the line id."""
    require(actor, Permission.MANAGE_PURCHASING)
    order = _draft(session, order_id)
    line = _add_line(session, order, product_id, quantity, unit_price)
    session.flush()
    return line.id


def _draft_line(session: Session, line_id: int) -> tuple[PurchaseOrderLine, PurchaseOrder]:
    order_id = session.scalar(select(PurchaseOrderLine.order_id).where(PurchaseOrderLine.id == line_id))
    if order_id is None:
        raise NotFound("Purchase order line #{line_id} does not exist.", line_id=line_id)
    order = _draft(session, order_id)
    line = next(ln for ln in order.lines if ln.id == line_id)
    return line, order


def set_line(session: Session, actor: Actor, line_id: int, quantity: Decimal | str | None = None,
             unit_price: Decimal | str | None = None, vat_rate: Decimal | str | None = None) -> None:
    require(actor, Permission.MANAGE_PURCHASING)
    line, _order = _draft_line(session, line_id)
    if quantity is not None:
        line.quantity = check_quantity(quantity, _product(session, line.product_id))
    if unit_price is not None:
        line.unit_price = parse_amount(unit_price)
    if vat_rate is not None:
        line.vat_rate = parse_vat_rate(vat_rate)
    session.flush()


def remove_line(session: Session, actor: Actor, line_id: int) -> None:
    require(actor, Permission.MANAGE_PURCHASING)
    line, order = _draft_line(session, line_id)
    order.lines.remove(line)
    session.flush()


@dataclass(frozen=True)
class OrderDetails:
    expected_date: date | None
    notes: str
    terms: str
    prices_include_vat: bool
    #: One rate for the whole order, or None for each product's own rate.
    vat_rate: Decimal | None


def set_order_details(session: Session, actor: Actor, order_id: int, details: OrderDetails,
                      expected_version: int | None = None) -> None:
    require(actor, Permission.MANAGE_PURCHASING)
    order = _draft(session, order_id, expected_version)
    if details.expected_date is not None and details.expected_date < order.created_at.date():
        raise ValidationError("The expected delivery date {date} is before the order was made.",
                              date=details.expected_date.isoformat())
    order.expected_date = details.expected_date
    order.notes = details.notes.strip()
    order.terms = details.terms.strip()
    order.prices_include_vat = details.prices_include_vat
    order.vat_rate = parse_vat_rate(details.vat_rate) if details.vat_rate is not None else None
    session.flush()


# --- approval and sending --------------------------------------------------------------

def approval_amount(session: Session) -> Decimal:
    return Decimal(str(get_setting(session, "purchasing.approval_amount")))


def needs_approval(session: Session, order: PurchaseOrder) -> bool:
    return totals_of(order).gross > approval_amount(session) and order.approved_by_id is None


def _check_sendable(order: PurchaseOrder) -> None:
    if not order.lines:
        raise ValidationError("Purchase order {number} has no lines; add what to order first.", number=order.number)
    zero = [ln for ln in order.lines if ln.unit_price <= 0]
    if zero:
        raise ValidationError("Purchase order {number} has {count} line(s) without a price.",
                              number=order.number, count=len(zero))


def request_approval(session: Session, actor: Actor, order_id: int, expected_version: int | None = None) -> None:
    """Hand a draft over for approval (it is then no longer editable)."""
    require(actor, Permission.MANAGE_PURCHASING)
    order = _draft(session, order_id, expected_version)
    _check_sendable(order)
    order.state = State.AWAITING_APPROVAL.value
    audit.record(session, actor, "request_approval", "purchase_order", order.id,
                 field="state", old=State.DRAFT.value, new=order.state, document_number=order.number)
    session.flush()


def approve(session: Session, actor: Actor, order_id: int) -> None:
    require(actor, Permission.APPROVE_PURCHASES)
    order = _get_order(session, order_id)
    if order.state != State.AWAITING_APPROVAL.value:
        raise ValidationError("Purchase order {number} is not waiting for approval.", number=order.number)
    if order.author_id == actor.user_id:
        raise ValidationError("You made purchase order {number}; another manager must approve it.",
                              number=order.number)
    order.state = State.APPROVED.value
    order.approved_by_id, order.approved_at = actor.user_id, datetime.now(timezone.utc)
    audit.record(session, actor, "approve", "purchase_order", order.id, field="state",
                 old=State.AWAITING_APPROVAL.value, new=order.state, document_number=order.number)
    session.flush()


def reject(session: Session, actor: Actor, order_id: int, reason: str) -> None:
    """Send an order waiting for approval back to its author as a draft."""
    require(actor, Permission.APPROVE_PURCHASES)
    order = _get_order(session, order_id)
    if order.state != State.AWAITING_APPROVAL.value:
        raise ValidationError("Purchase order {number} is not waiting for approval.", number=order.number)
    if not reason.strip():
        raise ValidationError("Say why the order is sent back, so its author knows what to change.")
    order.state = State.DRAFT.value
    audit.record(session, actor, "reject", "purchase_order", order.id, field="state",
                 old=State.AWAITING_APPROVAL.value, new=f"{order.state}: {reason.strip()}",
                 document_number=order.number)
    session.flush()


def mark_sent(session: Session, actor: Actor, order_id: int, expected_version: int | None = None) -> None:
    """Record that the order went to the supplier. A draft above the approval amount is refused."""
    require(actor, Permission.MANAGE_PURCHASING)
    order = _get_order(session, order_id)
    _check_version(order, expected_version)
    if order.state not in (State.DRAFT.value, State.APPROVED.value):
        raise ValidationError("Purchase order {number} is {state} and can't be sent now.",
                              number=order.number, state=state_phrase(order.state))
    _check_sendable(order)
    if order.state == State.DRAFT.value and needs_approval(session, order):
        raise ValidationError(
            "Purchase order {number} totals {amount}, above {limit}: it needs a manager's approval before sending.",
            number=order.number, amount=totals_of(order).gross, limit=approval_amount(session),
        )
    old = order.state
    order.state = State.SENT.value
    order.sent_at = datetime.now(timezone.utc)
    audit.record(session, actor, "send", "purchase_order", order.id, field="state", old=old, new=order.state,
                 document_number=order.number)
    session.flush()


def cancel(session: Session, actor: Actor, order_id: int, reason: str = "") -> None:
    require(actor, Permission.MANAGE_PURCHASING)
    order = _get_order(session, order_id)
    if order.state not in CANCELLABLE_STATES:
        raise ValidationError(
            "Purchase order {number} is {state}: goods have arrived against it; close it instead of cancelling.",
            number=order.number, state=state_phrase(order.state),
        )
    old = order.state
    order.state = State.CANCELLED.value
    order.closed_at = datetime.now(timezone.utc)
    audit.record(session, actor, "cancel", "purchase_order", order.id, field="state", old=old,
                 new=f"{order.state}: {reason.strip()}" if reason.strip() else order.state,
                 document_number=order.number)
    session.flush()


def close(session: Session, actor: Actor, order_id: int) -> None:
    """Close an order: whatever is still outstanding is no longer expected."""
    require(actor, Permission.MANAGE_PURCHASING)
    order = _get_order(session, order_id)
    if order.state not in CLOSABLE_STATES:
        raise ValidationError("Purchase order {number} is {state}; only received or partly received orders close.",
                              number=order.number, state=state_phrase(order.state))
    old = order.state
    order.state = State.CLOSED.value
    order.closed_at = datetime.now(timezone.utc)
    audit.record(session, actor, "close", "purchase_order", order.id, field="state", old=old, new=order.state,
                 document_number=order.number)
    session.flush()


# --- revisions of a sent order ---------------------------------------------------------

@dataclass(frozen=True)
class LineRevision:
    """A change to one line of a sent order: ``line_id`` None adds ``product_id``."""

    line_id: int | None
    quantity: Decimal | str
    unit_price: Decimal | str | None = None
    product_id: int | None = None


def revise(session: Session, actor: Actor, order_id: int, changes: Sequence[LineRevision], reason: str,
           expected_date: date | None = None, expected_version: int | None = None) -> int:
    """Change a sent order by an explicit, recorded revision; returns the new revision number.

    A quantity can't go below what has been received; setting it to what was received
    drops the rest of that line from the order.
    """
    require(actor, Permission.MANAGE_PURCHASING)
    order = _get_order(session, order_id)
    _check_version(order, expected_version)
    if order.state not in REVISABLE_STATES:
        raise ValidationError("Purchase order {number} is {state}; only sent orders are revised.",
                              number=order.number, state=state_phrase(order.state))
    if not reason.strip():
        raise ValidationError("Say why the order changes: the revision is recorded with its reason.")
    recorded: list[dict[str, Any]] = []
    for change in changes:
        if change.line_id is None:
            if change.product_id is None:
                raise ValidationError("Choose the product to add to the order.")
            line = _add_line(session, order, change.product_id, change.quantity, change.unit_price)
            recorded.append({"line_no": line.line_no, "product_id": line.product_id, "field": "added",
                             "old": None, "new": str(line.quantity)})
            continue
        line = next((ln for ln in order.lines if ln.id == change.line_id), None)
        if line is None:
            raise NotFound("Purchase order line #{line_id} does not exist.", line_id=change.line_id)
        product = _product(session, line.product_id)
        qty = check_quantity(change.quantity, product)
        if qty < line.received_quantity:
            raise ValidationError(
                "{sku}: {received} already received; the ordered quantity can't be less ({quantity}).",
                sku=product.sku, received=line.received_quantity, quantity=qty,
            )
        if qty != line.quantity:
            recorded.append({"line_no": line.line_no, "product_id": line.product_id, "field": "quantity",
                             "old": str(line.quantity), "new": str(qty)})
            line.quantity = qty
        if change.unit_price is not None:
            price = parse_amount(change.unit_price)
            if price != line.unit_price:
                recorded.append({"line_no": line.line_no, "product_id": line.product_id, "field": "unit_price",
                                 "old": str(line.unit_price), "new": str(price)})
                line.unit_price = price
    if expected_date is not None and expected_date != order.expected_date:
        recorded.append({"line_no": None, "product_id": None, "field": "expected_date",
                         "old": order.expected_date.isoformat() if order.expected_date else None,
                         "new": expected_date.isoformat()})
        order.expected_date = expected_date
    if not recorded:
        raise ValidationError("The revision changes nothing.")
    order.revision += 1
    session.add(PurchaseOrderRevision(order_id=order.id, revision=order.revision, user_id=actor.user_id,
                                      reason=reason.strip(), changes=recorded))
    if all(ln.received_quantity >= ln.quantity for ln in order.lines):
        order.state = State.RECEIVED.value
    audit.record(session, actor, "revise", "purchase_order", order.id, field="revision",
                 old=order.revision - 1, new=order.revision, document_number=order.number)
    session.flush()
    return order.revision


# --- reading ---------------------------------------------------------------------------

def is_overdue(state: str, expected: date | None, today: date | None = None) -> bool:
    today = today or date.today()
    return expected is not None and expected < today and state in OPEN_STATES


def outstanding(line: PurchaseOrderLine) -> Decimal:
    return max(line.quantity - line.received_quantity, ZERO)


def on_order(session: Session, product_ids: Sequence[int]) -> dict[int, Decimal]:
    """What is still expected per product from open orders."""
    if not product_ids:
        return {}
    rows = session.execute(
        select(PurchaseOrderLine.product_id,
               func.sum(PurchaseOrderLine.quantity - PurchaseOrderLine.received_quantity))
        .join(PurchaseOrder, PurchaseOrder.id == PurchaseOrderLine.order_id)
        .where(PurchaseOrder.state.in_(OPEN_STATES), PurchaseOrderLine.product_id.in_(product_ids),
               PurchaseOrderLine.quantity > PurchaseOrderLine.received_quantity)
        .group_by(PurchaseOrderLine.product_id)
    )
    return {pid: Decimal(qty) for pid, qty in rows}
