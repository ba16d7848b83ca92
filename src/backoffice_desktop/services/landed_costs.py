"""Landed costs: a delivery's freight, customs duty and other charges spread over its
lines into the unit cost that feeds the average cost.

Charges are kept on the draft receipt; posting spreads each one over every unit
received (good and damaged) by the lines' value, quantity or weight, and the share per
unit is added to the line's unit cost in the ledger.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Phrase, ValidationError
from ..models import ZERO, ChargeAllocation, Product, ReceiptCharge, ReceiptLine
from .purchasing import parse_amount

COST_PLACES = Decimal("0.0001")
CHARGE_KINDS = ("freight", "customs", "insurance", "other")


@dataclass(frozen=True)
class ChargeInput:
    kind: str
    amount: Decimal | str
    allocation: ChargeAllocation = ChargeAllocation.VALUE
    description: str = ""


@dataclass(frozen=True)
class ChargeView:
    id: int
    kind: str
    description: str
    amount: Decimal
    allocation: ChargeAllocation


@dataclass(frozen=True)
class LineBasis:
    """What a receipt line weighs in the spread."""

    line_id: int
    sku: str
    quantity: Decimal
    unit_cost: Decimal
    weight_kg: Decimal | None


def _basis(line: LineBasis, allocation: ChargeAllocation) -> Decimal:
    if allocation == ChargeAllocation.VALUE:
        return line.quantity * line.unit_cost
    if allocation == ChargeAllocation.QUANTITY:
        return line.quantity
    if line.weight_kg is None or line.weight_kg <= 0:
        raise ValidationError(
            "{sku} has no weight, so charges can't be spread by weight; enter its weight or spread by value.",
            sku=line.sku,
        )
    return line.quantity * line.weight_kg


def allocate(lines: Sequence[LineBasis], charges: Sequence[tuple[Decimal, ChargeAllocation]]) -> dict[int, Decimal]:
    """Each line's share of the charges per unit (4 decimals).

    A charge spread by value over lines that are all free falls back to quantity, so
    the money is never dropped.
    """
    lines = [ln for ln in lines if ln.quantity > 0]
    per_unit = {ln.line_id: ZERO for ln in lines}
    if not lines:
        return per_unit
    for amount, allocation in charges:
        if amount <= 0:
            continue
        if allocation == ChargeAllocation.VALUE and all(ln.unit_cost <= 0 for ln in lines):
            allocation = ChargeAllocation.QUANTITY
        bases = {ln.line_id: _basis(ln, allocation) for ln in lines}
        total = sum(bases.values(), ZERO)
        for ln in lines:
            share = amount * bases[ln.line_id] / total
            per_unit[ln.line_id] += share / ln.quantity
    return {lid: value.quantize(COST_PLACES, rounding=ROUND_HALF_UP) for lid, value in per_unit.items()}


def receipt_charges(session: Session, receipt_id: int) -> list[ChargeView]:
    return [
        ChargeView(c.id, c.kind, c.description, c.amount, ChargeAllocation(c.allocation))
        for c in session.scalars(select(ReceiptCharge).where(ReceiptCharge.receipt_id == receipt_id)
                                 .order_by(ReceiptCharge.id))
    ]


def check_charges(charges: Sequence[ChargeInput]) -> list[tuple[str, str, Decimal, ChargeAllocation]]:
    """Validated ``(kind, description, amount, allocation)`` of charges a user entered."""
    checked = []
    for number, charge in enumerate(charges, start=1):
        if charge.kind not in CHARGE_KINDS:
            raise ValidationError("Charge {number}: unknown kind '{kind}'.", number=number, kind=charge.kind)
        amount = parse_amount(charge.amount, Phrase("charge"))
        if amount == 0:
            raise ValidationError("Charge {number}: enter an amount above zero.", number=number)
        checked.append((charge.kind, charge.description.strip(), amount, ChargeAllocation(charge.allocation)))
    return checked


def spread_onto_lines(session: Session, receipt_id: int, lines: Sequence[ReceiptLine]) -> None:
    """Set each line's ``landed_charge`` from the receipt's charges (at posting)."""
    charges = [(c.amount, c.allocation) for c in receipt_charges(session, receipt_id)]
    if not charges:
        return
    products = {p.id: p for p in session.scalars(select(Product).where(Product.id.in_({ln.product_id for ln in lines})))}
    shares = allocate(
        [LineBasis(ln.id, products[ln.product_id].sku, ln.quantity + ln.damaged_quantity, ln.unit_cost,
                   products[ln.product_id].weight_kg) for ln in lines],
        charges,
    )
    for line in lines:
        line.landed_charge = shares.get(line.id, ZERO)
