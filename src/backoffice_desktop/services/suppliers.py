"""Suppliers for the Purchasing workspace: the list, one supplier's card, its offers
(price-list rows) and how well it delivers.

Suppliers have no version column, so a concurrent edit is caught by comparing the
stored card with the one the user started from (``expected``): if anyone saved in
between, the save is refused, nothing is overwritten silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timezone
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from ..errors import ConflictError, NotFound, Phrase, ValidationError
from ..models import (
    ZERO,
    DocumentState,
    Product,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderState,
    Receipt,
    Supplier,
    SupplierOffer,
    utcnow,
)
from . import audit
from .permissions import Actor, Permission, require
from .purchasing import parse_amount
from .stock_documents import parse_quantity

State = PurchaseOrderState

#: Orders not yet received, closed or cancelled.
OPEN_ORDER_STATES = (State.DRAFT.value, State.AWAITING_APPROVAL.value, State.APPROVED.value, State.SENT.value,
                     State.PARTIALLY_RECEIVED.value)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
MAX_DAYS = 3650
QTY_PLACES = Decimal("0.001")
#: Ids per ``IN (...)`` list, well under the back ends' parameter limits.
ID_CHUNK = 5000

#: Field names in messages ("The {field} is too long ..."), translated with the sentence.
FIELD_TITLES: dict[str, Phrase] = {
    "name": Phrase("supplier name"),
    "tax_id": Phrase("tax ID"),
    "contact_person": Phrase("contact person"),
    "phone": Phrase("phone"),
    "email": Phrase("e-mail"),
    "address": Phrase("address"),
    "payment_deferral_days": Phrase("payment deferral"),
    "lead_time_days": Phrase("lead time"),
    "min_order_amount": Phrase("minimum order amount"),
    "price": Phrase("price"),
    "pack_size": Phrase("pack size"),
    "min_order_qty": Phrase("minimum order quantity"),
}
MAX_LENGTHS = {"name": 200, "tax_id": 32, "contact_person": 200, "phone": 64, "email": 200, "address": 500}


# --- the card --------------------------------------------------------------------------

@dataclass(frozen=True)
class SupplierData:
    """Everything a user edits on a supplier's card."""

    name: str = ""
    tax_id: str = ""
    contact_person: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    currency: str = "RUB"
    payment_deferral_days: int = 0
    returns_unsold: bool = False
    returns_defective: bool = True
    lead_time_days: int = 7
    min_order_amount: Decimal = ZERO
    notes: str = ""


@dataclass(frozen=True)
class SupplierDetail:
    id: int
    data: SupplierData
    is_active: bool
    created_at: datetime
    has_pricelist_mapping: bool


@dataclass(frozen=True)
class SupplierRow:
    id: int
    name: str
    tax_id: str
    contact_person: str
    phone: str
    email: str
    currency: str
    is_active: bool
    offers: int
    open_orders: int
    #: When the newest of its offers was updated (None: no offers yet).
    last_pricelist_update: datetime | None


def parse_min_order_amount(text: str) -> Decimal:
    """A minimum order amount typed by a person (``15 000``, ``1234,50``); empty is zero."""
    return parse_amount(text, FIELD_TITLES["min_order_amount"]) if text.strip() else ZERO


def _data_of(supplier: Supplier) -> SupplierData:
    return SupplierData(**{f.name: getattr(supplier, f.name) for f in fields(SupplierData)})


def _fold(text: str) -> str:
    """Case-folded for comparison, Cyrillic included (SQLite's lower() is ASCII only)."""
    return " ".join(text.casefold().replace("ё", "е").split())


def _clean(data: SupplierData) -> SupplierData:
    """Trimmed, normalised and checked; raises :class:`ValidationError` on the first problem."""
    texts = {name: " ".join(getattr(data, name).split()) for name in ("name", "contact_person", "phone", "address")}
    texts["tax_id"] = data.tax_id.strip()
    texts["email"] = data.email.strip()
    currency = data.currency.strip().upper()
    if not texts["name"]:
        raise ValidationError("A supplier needs a name.")
    for name, limit in MAX_LENGTHS.items():
        if len(texts[name]) > limit:
            raise ValidationError("The {field} is too long: at most {limit} characters.",
                                  field=FIELD_TITLES[name], limit=limit)
    if texts["email"] and not EMAIL_RE.match(texts["email"]):
        raise ValidationError("'{email}' is not an e-mail address; expected something like orders@example.ru.",
                              email=texts["email"])
    if not CURRENCY_RE.match(currency):
        raise ValidationError("'{currency}' is not a currency code; expected three letters such as RUB, USD or CNY.",
                              currency=data.currency)
    for name in ("payment_deferral_days", "lead_time_days"):
        days = getattr(data, name)
        if not 0 <= days <= MAX_DAYS:
            raise ValidationError("The {field} is a number of days from 0 to {limit}, not {days}.",
                                  field=FIELD_TITLES[name], limit=MAX_DAYS, days=days)
    amount = parse_amount(data.min_order_amount, FIELD_TITLES["min_order_amount"])
    return SupplierData(
        **texts, currency=currency, payment_deferral_days=data.payment_deferral_days,
        returns_unsold=data.returns_unsold, returns_defective=data.returns_defective,
        lead_time_days=data.lead_time_days, min_order_amount=amount, notes=data.notes.strip(),
    )


def _check_name_free(session: Session, name: str, supplier_id: int | None) -> None:
    # Narrow by length in SQL, compare case-folded here: works alike on SQLite and PostgreSQL.
    folded = _fold(name)
    for other_id, other_name, active in session.execute(
        select(Supplier.id, Supplier.name, Supplier.is_active).where(func.length(Supplier.name) == len(name))
    ):
        if other_id != supplier_id and _fold(other_name) == folded:
            if active:
                raise ValidationError("There is already a supplier named '{name}'.", name=other_name)
            raise ValidationError("There is already a supplier named '{name}' in the archive; restore it instead.",
                                  name=other_name)


def _get_supplier(session: Session, supplier_id: int, lock: bool = False) -> Supplier:
    stmt = select(Supplier).where(Supplier.id == supplier_id).execution_options(populate_existing=True)
    if lock:
        stmt = stmt.with_for_update()
    supplier = session.execute(stmt).scalar_one_or_none()
    if supplier is None:
        raise NotFound("Supplier #{supplier_id} does not exist.", supplier_id=supplier_id)
    return supplier


def supplier_detail(session: Session, supplier_id: int) -> SupplierDetail:
    supplier = _get_supplier(session, supplier_id)
    return SupplierDetail(supplier.id, _data_of(supplier), supplier.is_active, supplier.created_at,
                          bool(supplier.pricelist_mapping))


def save_supplier(session: Session, actor: Actor, supplier_id: int | None, data: SupplierData,
                  expected: SupplierData | None = None) -> int:
    """Create (``supplier_id`` None) or update a supplier; returns its id.

    ``expected`` is the card as the user loaded it: when the stored card differs from it,
    someone else saved meanwhile and :class:`ConflictError` is raised.
    """
    require(actor, Permission.MANAGE_PURCHASING)
    clean = _clean(data)
    if supplier_id is None:
        _check_name_free(session, clean.name, None)
        supplier = Supplier(**{f.name: getattr(clean, f.name) for f in fields(SupplierData)})
        session.add(supplier)
        session.flush()
        audit.record(session, actor, "create", "supplier", supplier.id, "name", None, clean.name)
        return supplier.id
    supplier = _get_supplier(session, supplier_id, lock=True)
    old = _data_of(supplier)
    if expected is not None and old != expected:
        raise ConflictError("Supplier {name} was changed by someone else meanwhile; revert to see the changes.",
                            name=old.name)
    if clean.name != old.name:
        _check_name_free(session, clean.name, supplier_id)
    for f in fields(SupplierData):
        before, after = getattr(old, f.name), getattr(clean, f.name)
        if before != after:
            setattr(supplier, f.name, after)
            audit.record(session, actor, "update", "supplier", supplier.id, f.name, before, after)
    session.flush()
    return supplier.id


def _open_orders(session: Session, supplier_id: int) -> int:
    return session.scalar(
        select(func.count(PurchaseOrder.id))
        .where(PurchaseOrder.supplier_id == supplier_id, PurchaseOrder.state.in_(OPEN_ORDER_STATES))
    ) or 0


def archive_supplier(session: Session, actor: Actor, supplier_id: int) -> None:
    """Hide a supplier from choosers; refused while it has open purchase orders."""
    require(actor, Permission.MANAGE_PURCHASING)
    supplier = _get_supplier(session, supplier_id, lock=True)
    if not supplier.is_active:
        return
    count = _open_orders(session, supplier_id)
    if count:
        raise ValidationError(
            "Supplier {name} has {count} open purchase order(s); receive, close or cancel them before archiving.",
            name=supplier.name, count=count,
        )
    supplier.is_active = False
    audit.record(session, actor, "archive", "supplier", supplier.id, "is_active", True, False)
    session.flush()


def restore_supplier(session: Session, actor: Actor, supplier_id: int) -> None:
    require(actor, Permission.MANAGE_PURCHASING)
    supplier = _get_supplier(session, supplier_id, lock=True)
    if supplier.is_active:
        return
    supplier.is_active = True
    audit.record(session, actor, "restore", "supplier", supplier.id, "is_active", False, True)
    session.flush()


def supplier_list(session: Session, text: str = "", include_archived: bool = False) -> list[SupplierRow]:
    """Suppliers by name, with their offer and open order counts.

    Suppliers are few (tens, hundreds at most): the list is read whole and filtered here
    with Unicode case-folding, which SQLite's ``lower()`` lacks for Cyrillic.
    """
    offers = (
        select(SupplierOffer.supplier_id, func.count(SupplierOffer.id).label("n"),
               func.max(SupplierOffer.updated_at).label("updated"))
        .group_by(SupplierOffer.supplier_id).subquery()
    )
    orders = (
        select(PurchaseOrder.supplier_id, func.count(PurchaseOrder.id).label("n"))
        .where(PurchaseOrder.state.in_(OPEN_ORDER_STATES)).group_by(PurchaseOrder.supplier_id).subquery()
    )
    stmt = (
        select(Supplier, offers.c.n, offers.c.updated, orders.c.n)
        .outerjoin(offers, offers.c.supplier_id == Supplier.id)
        .outerjoin(orders, orders.c.supplier_id == Supplier.id)
        .order_by(Supplier.name, Supplier.id)
    )
    if not include_archived:
        stmt = stmt.where(Supplier.is_active.is_(True))
    words = _fold(text).split()
    rows = []
    for supplier, offer_count, updated, order_count in session.execute(stmt):
        haystack = _fold(" ".join((supplier.name, supplier.tax_id, supplier.contact_person, supplier.phone,
                                   supplier.email)))
        if all(word in haystack for word in words):
            rows.append(SupplierRow(
                id=supplier.id, name=supplier.name, tax_id=supplier.tax_id, contact_person=supplier.contact_person,
                phone=supplier.phone, email=supplier.email, currency=supplier.currency,
                is_active=supplier.is_active, offers=offer_count or 0, open_orders=order_count or 0,
                last_pricelist_update=updated,
            ))
    return rows


# --- offers ----------------------------------------------------------------------------

@dataclass(frozen=True)
class OfferRow:
    id: int
    supplier_sku: str
    supplier_name: str
    barcode: str
    product_id: int | None
    #: Our SKU and name when the offer is linked to a product.
    sku: str
    name: str
    price: Decimal
    pack_size: Decimal
    min_order_qty: Decimal
    stock_qty: Decimal | None
    updated_at: datetime


@dataclass(frozen=True)
class OfferData:
    """What a purchaser edits on one offer; amounts may be typed text (``1 234,50``)."""

    price: Decimal | str
    pack_size: Decimal | str
    min_order_qty: Decimal | str
    product_id: int | None


def _like_any(columns: Sequence, text: str) -> list:
    """Conditions matching ``text`` anywhere in any column, in any common letter case.

    PostgreSQL's ILIKE folds Cyrillic; SQLite's folds ASCII only, so the lower, upper and
    capitalised spellings are tried too ("чайник" finds "Чайник" and "ЧАЙНИК").
    """
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    variants = {escaped, escaped.lower(), escaped.upper(), escaped.capitalize()}
    return [col.ilike(f"%{v}%", escape="\\") for col in columns for v in variants]


def _offers_query(supplier_id: int, text: str) -> Select:
    stmt = (
        select(SupplierOffer.id).outerjoin(Product, Product.id == SupplierOffer.product_id)
        .where(SupplierOffer.supplier_id == supplier_id)
    )
    for word in text.split():
        stmt = stmt.where(or_(*_like_any(
            (SupplierOffer.supplier_sku, SupplierOffer.supplier_name, SupplierOffer.barcode, Product.sku,
             Product.name), word)))
    return stmt


@dataclass(frozen=True)
class OfferFilter:
    """Which offers the offers list shows: one supplier's, matching ``text`` (SKU, name,
    barcode, ours or theirs)."""

    supplier_id: int = 0
    text: str = ""


def offer_ids(session: Session, filt: OfferFilter, offset: int = 0, limit: int | None = 500) -> list[int]:
    """A page of the matching offers, by supplier SKU."""
    stmt = _offers_query(filt.supplier_id, filt.text).order_by(SupplierOffer.supplier_sku, SupplierOffer.id)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def count_offers(session: Session, filt: OfferFilter) -> int:
    query = _offers_query(filt.supplier_id, filt.text)
    return session.scalar(select(func.count()).select_from(query.subquery())) or 0


def load_offer_rows(session: Session, ids: Sequence[int]) -> dict[int, OfferRow]:
    if not ids:
        return {}
    rows = session.execute(
        select(SupplierOffer, Product.sku, Product.name)
        .outerjoin(Product, Product.id == SupplierOffer.product_id)
        .where(SupplierOffer.id.in_(ids))
    )
    return {
        offer.id: OfferRow(
            id=offer.id, supplier_sku=offer.supplier_sku, supplier_name=offer.supplier_name, barcode=offer.barcode,
            product_id=offer.product_id, sku=sku or "", name=name or "", price=offer.price,
            pack_size=offer.pack_size, min_order_qty=offer.min_order_qty, stock_qty=offer.stock_qty,
            updated_at=offer.updated_at,
        )
        for offer, sku, name in rows
    }


def product_titles(session: Session, ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Our SKU and name per product id, for reports that hold only ids (price-list import)."""
    wanted = sorted(set(ids))
    titles: dict[int, tuple[str, str]] = {}
    for start in range(0, len(wanted), ID_CHUNK):
        for pid, sku, name in session.execute(
            select(Product.id, Product.sku, Product.name).where(Product.id.in_(wanted[start:start + ID_CHUNK]))
        ):
            titles[pid] = (sku, name)
    return titles


def _positive_quantity(value: Decimal | str, field: str) -> Decimal:
    qty = parse_quantity(value)
    if qty <= 0:
        raise ValidationError("The {field} must be more than zero, not {quantity}.",
                              field=FIELD_TITLES[field], quantity=qty)
    if qty != qty.quantize(QTY_PLACES):
        raise ValidationError("'{text}' has more than three decimal places.", text=qty)
    if qty >= Decimal("1e11"):
        raise ValidationError("'{text}' is too large for a quantity.", text=qty)
    return qty


def set_offer(session: Session, actor: Actor, offer_id: int, data: OfferData) -> None:
    """Change one offer's price, pack size, minimum order quantity and product link."""
    require(actor, Permission.MANAGE_PURCHASING)
    offer = session.execute(
        select(SupplierOffer).where(SupplierOffer.id == offer_id).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if offer is None:
        raise NotFound("Supplier offer #{offer_id} does not exist.", offer_id=offer_id)
    new = {
        "price": parse_amount(data.price, FIELD_TITLES["price"]),
        "pack_size": _positive_quantity(data.pack_size, "pack_size"),
        "min_order_qty": _positive_quantity(data.min_order_qty, "min_order_qty"),
        "product_id": data.product_id,
    }
    if data.product_id is not None and session.get(Product, data.product_id) is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=data.product_id)
    changed = False
    for name, after in new.items():
        before = getattr(offer, name)
        if before != after:
            setattr(offer, name, after)
            audit.record(session, actor, "update", "supplier_offer", offer.id, name, before, after)
            changed = True
    if changed:
        offer.updated_at = utcnow()
    session.flush()


# --- performance -----------------------------------------------------------------------

@dataclass(frozen=True)
class Performance:
    """How a supplier delivers, measured on its orders (sent since ``since``).

    On time: of the sent orders with an expected date and a posted receipt, how many got
    their FIRST receipt on or before the expected date (local date). Fill rate: received
    ÷ ordered quantity (over-deliveries capped per line) on received or closed orders and
    on partly received ones past their expected date.
    """

    since: date | None
    measured: int
    on_time: int
    #: Average days late over the late orders; None when none was late.
    average_delay_days: Decimal | None
    filled_orders: int
    ordered: Decimal
    received: Decimal

    @property
    def late(self) -> int:
        return self.measured - self.on_time

    @property
    def on_time_rate(self) -> Decimal | None:
        """0..1, or None when no order could be measured."""
        return Decimal(self.on_time) / self.measured if self.measured else None

    @property
    def fill_rate(self) -> Decimal | None:
        """0..1, or None when no order could be measured."""
        return self.received / self.ordered if self.ordered else None


def _valid_receipts() -> Select:
    """Posted receipts that count as deliveries: neither a reversal nor reversed."""
    reversed_ids = select(Receipt.reversal_of_id).where(
        Receipt.reversal_of_id.is_not(None), Receipt.state == DocumentState.POSTED.value)
    return select(Receipt.purchase_order_id, func.min(Receipt.posted_at).label("first")).where(
        Receipt.state == DocumentState.POSTED.value, Receipt.purchase_order_id.is_not(None),
        Receipt.reversal_of_id.is_(None), Receipt.id.not_in(reversed_ids),
    ).group_by(Receipt.purchase_order_id)


def supplier_performance(session: Session, supplier_id: int, since: date | None = None,
                         today: date | None = None) -> Performance:
    """On-time and fill rates of the supplier's orders sent on or after ``since``."""
    _get_supplier(session, supplier_id)
    today = today or date.today()
    first = _valid_receipts().subquery()
    stmt = (
        select(PurchaseOrder.id, PurchaseOrder.state, PurchaseOrder.expected_date, first.c.first)
        .outerjoin(first, first.c.purchase_order_id == PurchaseOrder.id)
        .where(PurchaseOrder.supplier_id == supplier_id, PurchaseOrder.sent_at.is_not(None))
    )
    if since is not None:
        local_midnight = datetime.combine(since, time()).astimezone(timezone.utc)
        stmt = stmt.where(PurchaseOrder.sent_at >= local_midnight)
    measured = on_time = 0
    delays: list[int] = []
    filled: list[int] = []
    for order_id, state, expected, first_posted in session.execute(stmt):
        if expected is not None and first_posted is not None:
            arrived = first_posted.astimezone().date()
            measured += 1
            if arrived <= expected:
                on_time += 1
            else:
                delays.append((arrived - expected).days)
        if state in (State.RECEIVED.value, State.CLOSED.value) or (
            state == State.PARTIALLY_RECEIVED.value and expected is not None and expected < today
        ):
            filled.append(order_id)
    ordered = received = ZERO
    if filled:
        for qty, got in session.execute(
            select(PurchaseOrderLine.quantity, PurchaseOrderLine.received_quantity)
            .where(PurchaseOrderLine.order_id.in_(filled))
        ):
            ordered += qty
            received += min(got, qty)
    average = (Decimal(sum(delays)) / len(delays)).quantize(Decimal("0.1"), ROUND_HALF_UP) if delays else None
    return Performance(since, measured, on_time, average, len(filled), ordered, received)
