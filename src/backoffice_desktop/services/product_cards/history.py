"""A card's history from the audit trail, and reverting one past change of one field.

A revert is an ordinary save of the card with that field set back to its old value,
so it needs the same rights, is checked the same way, conflicts the same way and is
itself recorded (and can be reverted in turn).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ...errors import NotFound, ValidationError
from ...models import AttributeDefinition, AuditEntry, Product, User
from ..permissions import Actor
from .card import ATTR_PREFIX, SCALAR_FIELDS, ProductCard
from .save import parse_barcodes_text, save_card

HISTORY_LIMIT = 500
DECIMAL_FIELDS = frozenset({"retail_price", "compare_at_price", "weight_kg", "vat_rate"})
INT_FIELDS = frozenset({"category_id", "brand_id", "length_mm", "width_mm", "height_mm"})
BOOL_FIELDS = frozenset({"is_published", "is_active"})
#: Fields of a variant that can be set back from the card's history.
VARIANT_REVERTIBLE = frozenset({"sku", "retail_price", "barcode"})


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: datetime
    user: str
    action: str  # "create" or "update"
    product_id: int
    #: The variant's SKU when the change was made to a variant, "" for the card itself.
    variant_sku: str
    field: str  # "name", "barcodes", "attr:12", ...
    #: The attribute's name for "attr:<id>" fields.
    attribute_name: str
    old: str | None
    new: str | None
    revertible: bool


def card_history(session: Session, product_id: int) -> list[HistoryEntry]:
    """Who changed what on the card and its variants, newest first."""
    variants = dict(session.execute(select(Product.id, Product.sku).where(Product.parent_id == product_id)).all())
    ids = [product_id, *variants]
    rows = session.execute(
        select(AuditEntry, User.full_name, User.username)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.entity_type == "product", AuditEntry.entity_id.in_(ids))
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(HISTORY_LIMIT)
    ).all()
    attr_ids = {int(e.field[len(ATTR_PREFIX):]) for e, _f, _u in rows if e.field.startswith(ATTR_PREFIX)}
    names = dict(session.execute(
        select(AttributeDefinition.id, AttributeDefinition.name).where(AttributeDefinition.id.in_(attr_ids))
    ).all()) if attr_ids else {}
    out = []
    for entry, full_name, username in rows:
        assert entry.entity_id is not None
        is_variant = entry.entity_id != product_id
        attribute_name = ""
        if entry.field.startswith(ATTR_PREFIX):
            attribute_name = names.get(int(entry.field[len(ATTR_PREFIX):]), "")
        revertible = entry.action == "update" and (
            entry.field in VARIANT_REVERTIBLE if is_variant
            else entry.field in SCALAR_FIELDS or entry.field == "barcodes"
            or (entry.field.startswith(ATTR_PREFIX) and bool(attribute_name))
        )
        out.append(HistoryEntry(
            id=entry.id, at=entry.at, user=full_name or username or "", action=entry.action,
            product_id=entry.entity_id, variant_sku=variants.get(entry.entity_id, "") if is_variant else "",
            field=entry.field, attribute_name=attribute_name, old=entry.old_value, new=entry.new_value,
            revertible=revertible,
        ))
    return out


def parse_value(field: str, text: str | None) -> Any:
    """A value as the audit trail wrote it, back in the card's type."""
    if field == "barcodes":
        return parse_barcodes_text(text)
    if field in DECIMAL_FIELDS:
        return Decimal(text) if text else None
    if field in INT_FIELDS:
        return int(text) if text else None
    if field in BOOL_FIELDS:
        return text == "True"
    return text or ""


def revert_change(session: Session, actor: Actor, entry_id: int, base: ProductCard) -> ProductCard:
    """Set the field of one history entry back to its old value, as a save over ``base``."""
    entry = session.get(AuditEntry, entry_id)
    assert base.id is not None
    if entry is None or entry.entity_type != "product":
        raise NotFound("History entry #{entry_id} does not exist.", entry_id=entry_id)
    owner = session.scalar(select(Product.id).where(
        Product.id == entry.entity_id, or_(Product.id == base.id, Product.parent_id == base.id)))
    if owner is None:
        raise ValidationError("History entry #{entry_id} is not about this product.", entry_id=entry_id)
    card = _with_old_value(session, base, entry)
    return save_card(session, actor, base, card)


def _with_old_value(session: Session, base: ProductCard, entry: AuditEntry) -> ProductCard:
    old = entry.old_value
    if entry.entity_id != base.id:
        if entry.field not in VARIANT_REVERTIBLE:
            raise ValidationError("This change can't be reverted from the card.")
        rows = list(base.variants)
        for i, row in enumerate(rows):
            if row.id == entry.entity_id:
                rows[i] = dataclasses.replace(row, **{entry.field: parse_value(entry.field, old)
                                                      if entry.field == "retail_price" else old or ""})
                return dataclasses.replace(base, variants=tuple(rows))
        raise ValidationError("The variant of this change was removed from the card.")
    if entry.field.startswith(ATTR_PREFIX):
        aid = int(entry.field[len(ATTR_PREFIX):])
        if session.get(AttributeDefinition, aid) is None:
            raise ValidationError("This change can't be reverted from the card.")
        return dataclasses.replace(base, attributes={**base.attributes, aid: old or ""})
    if entry.field in SCALAR_FIELDS or entry.field == "barcodes":
        return dataclasses.replace(base, **{entry.field: parse_value(entry.field, old)})
    raise ValidationError("This change can't be reverted from the card.")
