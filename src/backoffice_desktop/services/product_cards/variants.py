"""Variants of a product along one or two axes (size, colour): child products with
their own SKU, barcode and price, saved together with the parent's card."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...models import Product, ProductBarcode
from .. import audit
from ..catalog import refresh_search_text
from ..permissions import Actor
from . import validation as v
from .card import CardBarcode, ProductCard, VariantRow

MAX_AXES = 2
AXIS_MAX = 50
#: Parent fields every variant shares; the variant's name is made from the parent's.
INHERITED = ("category_id", "brand_id", "unit", "vat_rate")


def variant_name(parent_name: str, values: tuple[str, ...]) -> str:
    """``Футболка`` with (M, красный) → ``Футболка (M, красный)``."""
    return f"{parent_name} ({', '.join(values)})" if values else parent_name


def check_axes(axes: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(" ".join(a.split()) for a in axes)
    if len(cleaned) > MAX_AXES:
        raise ValidationError("A product has variants along at most {limit} axes (e.g. size and colour).",
                              limit=MAX_AXES)
    for axis in cleaned:
        if not axis or len(axis) > AXIS_MAX:
            raise ValidationError("A variant axis needs a name of 1 to {limit} characters.", limit=AXIS_MAX)
    if len(set(a.casefold() for a in cleaned)) != len(cleaned):
        raise ValidationError("The variant axes must have different names.")
    return cleaned


def _check_rows(session: Session, card: ProductCard, axes: tuple[str, ...]) -> list[VariantRow]:
    """Active rows complete and distinct; SKUs and barcodes unique here and in the catalog."""
    rows: list[VariantRow] = []
    combos: set[tuple[str, ...]] = set()
    skus: set[str] = {card.sku}
    codes: set[str] = {b.code for b in card.barcodes}
    for number, row in enumerate(card.variants, start=1):
        if not row.is_active:
            rows.append(row)
            continue
        values = tuple(" ".join(val.split()) for val in row.values)
        if len(values) != len(axes) or any(not val for val in values):
            raise ValidationError("Variant {number} needs a value for each axis ({axes}).",
                                  number=number, axes=", ".join(axes))
        key = tuple(val.casefold() for val in values)
        if key in combos:
            raise ValidationError("Two variants are both {values}; each combination appears once.",
                                  values=", ".join(values))
        combos.add(key)
        sku = v.check_sku(session, row.sku, row.id)
        if sku in skus:
            raise ValidationError("The SKU {sku} is used by two variants of this card.", sku=sku)
        skus.add(sku)
        barcode = ""
        if row.barcode.strip():
            own = {row.id} if row.id is not None else set()
            barcode = v.check_barcodes(session, (CardBarcode(row.barcode),), own)[0].code
            if barcode in codes:
                raise ValidationError("The barcode {code} is listed twice.", code=barcode)
            codes.add(barcode)
        rows.append(VariantRow(row.id, values, sku, barcode, v.check_price(row.retail_price), True))
    return rows


def _set_barcode(product: Product, code: str) -> None:
    """The variant's grid barcode is its first unit barcode; pack barcodes are kept."""
    units = [b for b in product.barcodes if b.kind == "unit"]
    if units and units[0].barcode == code:
        return
    if units:
        product.barcodes.remove(units[0])
    if code:
        product.barcodes.append(ProductBarcode(barcode=code))


def save_variants(session: Session, actor: Actor, parent: Product, base: ProductCard, card: ProductCard) -> list[int]:
    """Create, change and retire the card's variants; returns the ids of the variants written."""
    if not card.variants and not base.variants:
        return []
    if parent.parent_id is not None and card.variants:
        raise ValidationError("A variant can't have variants of its own.")
    axes = check_axes(card.variant_axes)
    if any(row.is_active for row in card.variants) and not axes:
        raise ValidationError("Name the variant axes (e.g. Size, Colour) before adding variants.")
    rows = _check_rows(session, card, axes)
    session.flush()
    before = {row.id: row for row in base.variants if row.id is not None}
    written: list[int] = []
    for row in rows:
        values = dict(zip(axes, row.values))
        if row.id is None:
            if not row.is_active:
                continue
            child = Product(sku=row.sku, name=variant_name(card.name, row.values), parent_id=parent.id,
                            variant_values=values, retail_price=row.retail_price,
                            is_published=card.is_published, **{k: getattr(card, k) for k in INHERITED})
            session.add(child)
            session.flush()
            _set_barcode(child, row.barcode)
            session.flush()
            refresh_search_text(session, child)
            audit.record(session, actor, "create", "product", child.id, "", None, child.sku)
            written.append(child.id)
            continue
        child = session.get(Product, row.id)
        if child is None or child.parent_id != parent.id:
            raise ValidationError("Variant #{variant_id} is not a variant of {sku}.", variant_id=row.id, sku=card.sku)
        old = before.get(row.id)
        old_barcode = old.barcode if old is not None else ""
        new_state = {
            "variant_values": values, "sku": row.sku, "retail_price": row.retail_price, "is_active": row.is_active,
            "name": variant_name(card.name, row.values),
            **{k: getattr(card, k) for k in INHERITED},
        }
        touched = False
        for field_name, new in new_state.items():
            old_value = getattr(child, field_name)
            if not row.is_active and field_name not in ("is_active",):
                continue
            if old_value == new:
                continue
            setattr(child, field_name, new)
            audit.record(session, actor, "update", "product", child.id, field_name,
                         _text(field_name, old_value), _text(field_name, new))
            touched = True
        if row.is_active and row.barcode != old_barcode:
            _set_barcode(child, row.barcode)
            audit.record(session, actor, "update", "product", child.id, "barcode", old_barcode or None,
                         row.barcode or None)
            touched = True
        if touched:
            session.flush()
            refresh_search_text(session, child)
            written.append(child.id)
    return written


def _text(field_name: str, value: object) -> object:
    """Axis values are kept in the audit trail as JSON (``{"Размер": "M"}``)."""
    if field_name == "variant_values" and isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value
