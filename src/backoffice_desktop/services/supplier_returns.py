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
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
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
    utcnow,
)
from . import audit, sequences
from .permissions import Actor, Permission, require
from .stock import MoveRequest, ensure_virtual_locations, post_moves

ZERO = Decimal(0)
DRAFT_NUMBER_PREFIX = "DRAFT-"


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
