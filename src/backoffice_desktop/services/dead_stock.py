"""What a manager does with goods that don't sell (the dead stock report's actions):
mark their price down, stop reordering them; returning them to the supplier is in
:mod:`.supplier_returns`.

Each action has a read-only ``plan_…`` that the confirmation dialog shows as a preview
and an ``apply_…``/``stop_…`` that writes in the caller's transaction. A markdown goes
through :func:`catalog.set_retail_price` product by product, so each change is
permission-checked, audited, marked for the shop sync and refused if the product was
edited since the preview (its version).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationError
from ..models import Product
from . import audit, catalog
from .permissions import Actor, Permission, require

#: The steps a marked-down price is rounded to: kopecks, roubles, tens, hundreds.
ROUNDING_STEPS = (Decimal("0.01"), Decimal(1), Decimal(10), Decimal(100))
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class MarkdownLine:
    product_id: int
    sku: str
    name: str
    old_price: Decimal
    new_price: Decimal
    #: The product's version when planned: applying refuses a product changed since.
    version: int

    @property
    def changes(self) -> bool:
        return self.new_price != self.old_price


def _products(session: Session, product_ids: Sequence[int]) -> list[Product]:
    ids = sorted(set(product_ids))
    if not ids:
        raise ValidationError("Select the goods first.")
    found = list(session.scalars(select(Product).where(Product.id.in_(ids)).order_by(Product.sku)))
    missing = set(ids) - {p.id for p in found}
    if missing:
        raise NotFound("Product #{product_id} does not exist.", product_id=min(missing))
    return found


def marked_down(price: Decimal, percent: Decimal, step: Decimal) -> Decimal:
    """``price`` less ``percent``, rounded half up to a multiple of ``step``; never below
    one step (a price of 0 would give the goods away) and never above ``price`` (a step
    coarser than the price leaves it as it is)."""
    reduced = price * (HUNDRED - percent) / HUNDRED
    rounded = (reduced / step).quantize(Decimal(1), ROUND_HALF_UP) * step
    return min(max(rounded, step), price).quantize(Decimal("0.01"))


def plan_markdown(session: Session, product_ids: Sequence[int], percent: Decimal | str,
                  step: Decimal) -> list[MarkdownLine]:
    """Each product's price now and after the markdown (reads only). A product without a
    price keeps it (there is nothing to mark down)."""
    try:
        pct = Decimal(str(percent).replace(",", ".").strip())
    except ArithmeticError as exc:
        raise ValidationError("'{value}' is not a percentage; expected a number such as 15.", value=percent) from exc
    if not pct.is_finite() or not Decimal(0) < pct < HUNDRED:
        raise ValidationError("A markdown is more than 0 % and less than 100 %, not {value} %.", value=percent)
    if step not in ROUNDING_STEPS:
        raise ValidationError("Prices are rounded to 0.01, 1, 10 or 100, not {step}.", step=step)
    return [
        MarkdownLine(p.id, p.sku, p.name, p.retail_price,
                     marked_down(p.retail_price, pct, step) if p.retail_price > 0 else p.retail_price, p.version)
        for p in _products(session, product_ids)
    ]


def apply_markdown(session: Session, actor: Actor, lines: Sequence[MarkdownLine]) -> int:
    """Set the planned prices; returns how many changed. All or nothing: a product edited
    since the preview refuses the whole markdown (the caller's transaction rolls back)."""
    require(actor, Permission.EDIT_PRICES)
    changed = 0
    for line in sorted(lines, key=lambda ln: ln.product_id):  # lock order, as everywhere
        if line.changes:
            catalog.set_retail_price(session, actor, line.product_id, line.new_price, line.version)
            changed += 1
    return changed


def stop_reordering(session: Session, actor: Actor, product_ids: Sequence[int]) -> int:
    """Leave these products out of the reorder suggestions from now on; returns how many
    were still being reordered. A purchasing decision: purchasers, managers, admins."""
    if not actor.can(Permission.APPROVE_PURCHASES):
        require(actor, Permission.MANAGE_PURCHASING)
    stopped = 0
    for product in _products(session, product_ids):
        if product.reorder_enabled:
            product.reorder_enabled = False
            audit.record(session, actor, "update", "product", product.id, "reorder_enabled", True, False)
            stopped += 1
    session.flush()
    return stopped
