"""Returns to the supplier: the damaged units a receipt put into quarantine go back.

"A return to supplier is one document away": from a posted receipt whose damaged units
were kept in the warehouse's quarantine location, one call posts a ``supplier_return``
stock document (number ``RS-2026-000001``) that moves those units from quarantine to
the virtual supplier location, in one transaction, with its audit entries.

The link to the receipt: :class:`StockDocument` has no column for a receipt id, so the
return's ``reason`` holds ``"receipt RC-2026-000123"`` (:func:`receipt_reference`) and
the notes say the same in words. A posted return with that reason means the receipt's
damage was returned; a second return is refused. The receipt row is locked first, so
two workstations returning the same receipt queue and the second one is told.

Cost: the average cost is left untouched. Damaged units in quarantine are part of the
on-hand the moving average values (receiving's ``_storage_on_hand`` counts every
storage location, quarantine included), and they entered the average at the line's
unit cost when the receipt was posted. Sending units out is an issue, and under the
weighted moving average an issue never changes the average — as for write-offs,
transfers and adjustments (only receipts and their reversals change it). The moves are
valued at the receipt line's unit cost, which is what the supplier credits.

Unsold goods (the dead stock report's "return to supplier") go back differently: a
manager *starts* the return — :func:`start_unsold_returns` writes one draft
``supplier_return`` document per supplier with the goods' stock in the bins — and the
warehouse picks the goods, corrects the quantities if need be and posts the draft with
``stock_documents.post_document`` (moves at the average cost, like a write-off). Goods
go back to the supplier whose posted receipt brought them in last.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationError
from ..models import (
    DocumentState,
    Location,
    LocationKind,
    Product,
    Receipt,
    ReceiptLine,
    StockDocument,
    StockDocumentKind,
    StockDocumentLine,
    StockLevel,
    Supplier,
    utcnow,
)
from . import audit, sequences
from .permissions import Actor, Permission, require
from .stock import MoveRequest, ensure_virtual_locations, post_moves

ZERO = Decimal(0)
DRAFT_NUMBER_PREFIX = "DRAFT-"
#: The ``reason`` of a return of unsold goods (a receipt's damage return has ``receipt …``).
UNSOLD_REASON = "unsold"


@dataclass(frozen=True)
class ReturnableLine:
    receipt_line_id: int
    product_id: int
    sku: str
    quantity: Decimal
    location_id: int
    unit_cost: Decimal
    reason: str


@dataclass(frozen=True)
class SupplierReturnStatus:
    """What the "Return damaged to supplier" action of a receipt would do."""

    #: Damaged units this receipt put into quarantine (0 for drafts, reversals...).
    units: Decimal
    #: The return already posted for this receipt ("" if none).
    returned_number: str
    #: The receipt was reversed (its damaged units went back with the reversal).
    reversed: bool

    @property
    def can_return(self) -> bool:
        return self.units > 0 and not self.returned_number and not self.reversed


def _plain(quantity: Decimal) -> Decimal:
    """1.000 → 1, 2.500 → 2.5 (for messages)."""
    return quantity.quantize(Decimal(1)) if quantity == quantity.to_integral_value() else quantity.normalize()


def receipt_reference(receipt_number: str) -> str:
    """The ``reason`` of a return made for a receipt: how the return finds its receipt."""
    return f"receipt {receipt_number}"


def _require(actor: Actor) -> None:
    if not (actor.can(Permission.RECEIVE_GOODS) or actor.can(Permission.MANAGE_STOCK)):
        require(actor, Permission.RECEIVE_GOODS)  # raises PermissionDenied with the usual message


def _label(receipt: Receipt) -> str:
    return f"#{receipt.id}" if receipt.number.startswith(DRAFT_NUMBER_PREFIX) else receipt.number


def _returnable_lines(session: Session, receipt_id: int) -> list[ReturnableLine]:
    """The receipt's lines whose damaged units went to a quarantine location."""
    rows = session.execute(
        select(ReceiptLine.id, ReceiptLine.product_id, Product.sku, ReceiptLine.damaged_quantity,
               ReceiptLine.damage_location_id, ReceiptLine.unit_cost, ReceiptLine.damage_reason)
        .join(Product, Product.id == ReceiptLine.product_id)
        .join(Location, Location.id == ReceiptLine.damage_location_id)
        .where(ReceiptLine.receipt_id == receipt_id, ReceiptLine.damaged_quantity > 0,
               Location.kind == LocationKind.QUARANTINE.value)
        .order_by(ReceiptLine.id)
    ).all()
    return [
        ReturnableLine(lid, pid, sku, Decimal(qty), loc, Decimal(cost), reason or "")
        for lid, pid, sku, qty, loc, cost, reason in rows
    ]


def _posted_return(session: Session, receipt_number: str) -> str | None:
    return session.scalar(
        select(StockDocument.number).where(
            StockDocument.kind == StockDocumentKind.SUPPLIER_RETURN.value,
            StockDocument.state == DocumentState.POSTED.value,
            StockDocument.reason == receipt_reference(receipt_number),
        ).limit(1)
    )


def _reversed_by(session: Session, receipt_id: int) -> str | None:
    return session.scalar(
        select(Receipt.number).where(Receipt.reversal_of_id == receipt_id,
                                     Receipt.state == DocumentState.POSTED.value).limit(1)
    )


def supplier_return_status(session: Session, receipt_id: int) -> SupplierReturnStatus:
    """For the UI: how many damaged units of the receipt are in quarantine, and whether
    they were returned already (or the receipt reversed). Reads only."""
    receipt = session.get(Receipt, receipt_id)
    if receipt is None or receipt.state != DocumentState.POSTED.value or receipt.reversal_of_id is not None:
        return SupplierReturnStatus(ZERO, "", False)
    units = sum((line.quantity for line in _returnable_lines(session, receipt.id)), ZERO)
    return SupplierReturnStatus(
        units=units,
        returned_number=_posted_return(session, receipt.number) or "",
        reversed=_reversed_by(session, receipt.id) is not None,
    )


def return_damaged_to_supplier(session: Session, actor: Actor, receipt_id: int) -> str:
    """Post a return to the supplier of the damaged units a posted receipt put into
    quarantine; returns the return's number (``RS-…``).

    One document line per receipt line whose damaged units went to quarantine, moving
    them from that quarantine location to the virtual supplier location at the line's
    unit cost. The average cost is not changed (see the module's docstring). Refused:
    a draft or cancelled receipt, a reversal or a reversed receipt, a receipt without
    damaged units in quarantine, a receipt whose return was already posted, and units
    no longer in quarantine (moved or written off meanwhile).
    Needs :data:`Permission.RECEIVE_GOODS` or :data:`Permission.MANAGE_STOCK`.
    """
    _require(actor)
    receipt = session.execute(
        select(Receipt).where(Receipt.id == receipt_id).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()
    if receipt is None:
        raise NotFound("Receipt #{receipt_id} does not exist.", receipt_id=receipt_id)
    if receipt.state == DocumentState.DRAFT.value:
        raise ValidationError(
            "Receipt {number} is a draft: post it before returning its damaged units to the supplier.",
            number=_label(receipt),
        )
    if receipt.state != DocumentState.POSTED.value:
        raise ValidationError("Receipt {number} is cancelled: nothing was received to return.",
                              number=_label(receipt))
    if receipt.reversal_of_id is not None:
        raise ValidationError("Receipt {number} is a reversal: there is nothing to return to the supplier.",
                              number=receipt.number)
    reversal = _reversed_by(session, receipt.id)
    if reversal is not None:
        raise ValidationError(
            "Receipt {number} was reversed by {reversal}: its damaged units already went back with it.",
            number=receipt.number, reversal=reversal,
        )
    done = _posted_return(session, receipt.number)
    if done is not None:
        raise ValidationError("The damaged units of receipt {number} were already returned with {return_number}.",
                              number=receipt.number, return_number=done)
    lines = _returnable_lines(session, receipt.id)
    if not lines:
        raise ValidationError("Receipt {number} put no damaged units into quarantine: there is nothing to return.",
                              number=receipt.number)

    # Lock the products in id order, as receiving and stock documents do: postings queue.
    session.execute(
        select(Product.id).where(Product.id.in_(sorted({ln.product_id for ln in lines})))
        .order_by(Product.id).with_for_update()
    ).all()
    needed: dict[tuple[int, int], Decimal] = defaultdict(Decimal)
    for line in lines:
        needed[(line.product_id, line.location_id)] += line.quantity
    for (product_id, location_id), quantity in sorted(needed.items()):
        have = Decimal(session.scalar(
            select(StockLevel.quantity).where(StockLevel.product_id == product_id,
                                              StockLevel.location_id == location_id)
        ) or 0)
        if have < quantity:
            sku = next(ln.sku for ln in lines if ln.product_id == product_id)
            code = session.scalar(select(Location.code).where(Location.id == location_id))
            raise ValidationError(
                "Only {on_hand} of {sku} are left in {location}; the {quantity} damaged units of receipt "
                "{number} are no longer all there to return.",
                on_hand=_plain(have), sku=sku, location=code, quantity=_plain(quantity), number=receipt.number,
            )

    supplier_loc = ensure_virtual_locations(session)[LocationKind.SUPPLIER]
    number = sequences.next_number(session, StockDocumentKind.SUPPLIER_RETURN.value)
    now = utcnow()
    doc = StockDocument(
        number=number,
        kind=StockDocumentKind.SUPPLIER_RETURN.value,
        state=DocumentState.POSTED.value,
        location_id=lines[0].location_id,
        supplier_id=receipt.supplier_id,
        reason=receipt_reference(receipt.number),
        notes=f"Damaged goods of receipt {receipt.number} returned to the supplier.",
        author_id=actor.user_id,
        posted_by_id=actor.user_id,
        posted_at=now,
    )
    doc.lines = [
        StockDocumentLine(product_id=ln.product_id, location_id=ln.location_id, to_location_id=supplier_loc,
                          quantity=ln.quantity, unit_cost=ln.unit_cost, reason=ln.reason[:200])
        for ln in lines
    ]
    session.add(doc)
    session.flush()
    post_moves(
        session, actor,
        [MoveRequest(ln.product_id, ln.quantity, ln.location_id, supplier_loc, ln.unit_cost, ln.reason[:200])
         for ln in lines],
        StockDocumentKind.SUPPLIER_RETURN.value, doc.id, number,
    )
    audit.record(session, actor, "post", "stock_document", doc.id, "state", DocumentState.DRAFT.value,
                 DocumentState.POSTED.value, document_number=number)
    audit.record(session, actor, "return_to_supplier", "receipt", receipt.id, "supplier_return", None, number,
                 document_number=number)
    session.flush()
    return number


# --- unsold goods: draft returns started from the reports ------------------------------------

@dataclass(frozen=True)
class UnsoldReturnLine:
    product_id: int
    sku: str
    name: str
    location_id: int
    location_code: str
    quantity: Decimal
    unit_cost: Decimal  # the average cost today


@dataclass(frozen=True)
class UnsoldReturn:
    """One supplier's draft-to-be."""

    supplier_id: int
    supplier_name: str
    #: The supplier's terms say it takes back unsold goods.
    takes_unsold: bool
    lines: tuple[UnsoldReturnLine, ...]

    @property
    def value(self) -> Decimal:
        return sum(((ln.quantity * ln.unit_cost).quantize(Decimal("0.01")) for ln in self.lines), ZERO)


@dataclass(frozen=True)
class UnsoldReturnPlan:
    returns: tuple[UnsoldReturn, ...]
    #: SKUs no posted receipt brought in: nobody to return them to.
    no_supplier: tuple[str, ...]
    #: SKUs with nothing in the bins.
    nothing_on_hand: tuple[str, ...]


def _last_suppliers(session: Session, product_ids: Sequence[int]) -> dict[int, int]:
    """Per product, the supplier of its latest posted receipt (not a reversal)."""
    ranked = (
        select(ReceiptLine.product_id, Receipt.supplier_id,
               func.row_number().over(partition_by=ReceiptLine.product_id,
                                      order_by=(Receipt.posted_at.desc(), Receipt.id.desc())).label("rank"))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(ReceiptLine.product_id.in_(product_ids), Receipt.state == DocumentState.POSTED.value,
               Receipt.reversal_of_id.is_(None))
        .subquery()
    )
    return {pid: sid for pid, sid in session.execute(
        select(ranked.c.product_id, ranked.c.supplier_id).where(ranked.c.rank == 1)) if sid is not None}


def plan_unsold_returns(session: Session, product_ids: Sequence[int]) -> UnsoldReturnPlan:
    """What :func:`start_unsold_returns` would write for these products (reads only)."""
    ids = sorted(set(product_ids))
    if not ids:
        raise ValidationError("Select the goods first.")
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_(ids)))}
    suppliers = _last_suppliers(session, ids)
    stock: dict[int, list[tuple[int, str, Decimal]]] = defaultdict(list)
    for pid, loc_id, code, qty in session.execute(
        select(StockLevel.product_id, Location.id, Location.code, StockLevel.quantity)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.product_id.in_(ids), Location.kind == LocationKind.BIN.value, StockLevel.quantity > 0)
        .order_by(StockLevel.product_id, Location.code)
    ):
        stock[pid].append((loc_id, code, Decimal(qty)))
    by_supplier: dict[int, list[UnsoldReturnLine]] = defaultdict(list)
    no_supplier, nothing = [], []
    for pid in sorted(products, key=lambda i: products[i].sku):
        product = products[pid]
        if pid not in suppliers:
            no_supplier.append(product.sku)
        elif not stock.get(pid):
            nothing.append(product.sku)
        else:
            by_supplier[suppliers[pid]].extend(
                UnsoldReturnLine(pid, product.sku, product.name, loc_id, code, qty, product.average_cost)
                for loc_id, code, qty in stock[pid])
    names = {sid: (name, unsold) for sid, name, unsold in session.execute(
        select(Supplier.id, Supplier.name, Supplier.returns_unsold).where(Supplier.id.in_(list(by_supplier))))}
    returns = tuple(sorted(
        (UnsoldReturn(sid, names[sid][0], names[sid][1], tuple(lines)) for sid, lines in by_supplier.items()),
        key=lambda r: r.supplier_name))
    return UnsoldReturnPlan(returns, tuple(no_supplier), tuple(nothing))


def start_unsold_returns(session: Session, actor: Actor, product_ids: Sequence[int]) -> list[int]:
    """Draft returns of these products' stock in the bins, one per supplier (see the
    module's docstring); returns the drafts' ids. Refused when none of the goods can go
    back (no supplier, or nothing on hand). Starting a return is a purchasing decision
    (purchasers, managers, admins) or the warehouse's own (clerks)."""
    if not (actor.can(Permission.APPROVE_PURCHASES) or actor.can(Permission.MANAGE_PURCHASING)):
        require(actor, Permission.MANAGE_STOCK)
    plan = plan_unsold_returns(session, product_ids)
    if not plan.returns:
        raise ValidationError("None of the selected goods can be returned: they are not in the bins, or no "
                              "supplier delivered them.")
    supplier_loc = ensure_virtual_locations(session)[LocationKind.SUPPLIER]
    created = []
    for planned in plan.returns:
        doc = StockDocument(
            number=DRAFT_NUMBER_PREFIX + uuid.uuid4().hex[:20],
            kind=StockDocumentKind.SUPPLIER_RETURN.value,
            state=DocumentState.DRAFT.value,
            supplier_id=planned.supplier_id,
            reason=UNSOLD_REASON,
            notes=f"Unsold goods to return to {planned.supplier_name}.",
            author_id=actor.user_id,
        )
        doc.lines = [
            StockDocumentLine(product_id=ln.product_id, location_id=ln.location_id, to_location_id=supplier_loc,
                              quantity=ln.quantity, unit_cost=ln.unit_cost, reason=UNSOLD_REASON)
            for ln in planned.lines
        ]
        session.add(doc)
        session.flush()
        audit.record(session, actor, "create", "stock_document", doc.id, "kind", None, doc.kind)
        created.append(doc.id)
    return created
