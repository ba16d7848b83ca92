"""Saving a product card: one transaction, optimistic locking, field-level rights, audit, outbox.

``save_card(session, actor, base, card)`` takes the card as it was loaded (``base``)
and as the person left it (``card``). Only what differs between the two is checked,
applied and audited, so a field nobody touched is never written back over a newer
value. When the product's version is no longer ``base.version`` someone else saved in
the meantime: :class:`CardConflict` carries their card and, per field they changed,
old → theirs → mine, and nothing is written.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from ...errors import ConflictError, NotFound, Phrase
from ...models import Product, ProductAttributeValue, ProductBarcode, utcnow
from .. import audit, completeness, outbox
from ..catalog import build_search_text
from ..permissions import Actor, Permission, require
from . import validation as v
from .card import (
    ATTR_PREFIX,
    PRICE_FIELDS,
    SCALAR_FIELDS,
    VARIANT_PREFIX,
    CardBarcode,
    ProductCard,
    attribute_fields,
    changed_keys,
    flat_value,
    flatten,
    is_changed,
    load_card,
)
from .html_clean import clean_html
from .slugs import check_slug, suggest_slug
from .variants import save_variants

#: Fields the website doesn't show: changing only these doesn't queue a sync.
NOT_ON_SITE = frozenset({"vat_rate"})


@dataclass(frozen=True)
class FieldConflict:
    """A field the other person changed: the value both started from, theirs, and mine."""

    key: str
    old: Any
    theirs: Any
    mine: Any

    @property
    def both_changed(self) -> bool:
        return self.mine != self.old and self.mine != self.theirs


class CardConflict(ConflictError):
    """The card was saved by someone else since it was opened; nothing was written."""

    def __init__(self, template: str, *, theirs: ProductCard, fields: list[FieldConflict], **params: Any) -> None:
        super().__init__(template, **params)
        self.theirs = theirs
        self.fields = fields


def barcodes_text(codes: Iterable[CardBarcode]) -> str:
    """Barcodes as the audit trail keeps them: ``4601234567893, 4601234567909 ×6``."""
    return ", ".join(c.code if c.kind == "unit" else f"{c.code} ×{format(c.pack_quantity.normalize(), 'f')}"
                     for c in codes)


def parse_barcodes_text(text: str | None) -> tuple[CardBarcode, ...]:
    out = []
    for part in (text or "").split(","):
        part = part.strip()
        if not part:
            continue
        code, _, qty = part.partition(" ×")
        out.append(CardBarcode(code, "pack", Decimal(qty)) if qty else CardBarcode(code))
    return tuple(out)


def _conflicts(base: ProductCard, theirs: ProductCard, mine: ProductCard) -> list[FieldConflict]:
    old, their, my = flatten(base), flatten(theirs), flatten(mine)
    keys = list(dict.fromkeys([*old, *their]))
    return [
        FieldConflict(k, flat_value(old, k), flat_value(their, k), flat_value(my, k))
        for k in keys if flat_value(old, k) != flat_value(their, k)
    ]


def _permissions_needed(base: ProductCard, card: ProductCard, keys: list[str]) -> set[Permission]:
    """Prices need the price right, everything else the content right."""
    needed: set[Permission] = set()
    before = {row.id: row for row in base.variants}
    for key in keys:
        if key in PRICE_FIELDS:
            needed.add(Permission.EDIT_PRICES)
        elif key.startswith(VARIANT_PREFIX):
            vid = int(key[len(VARIANT_PREFIX):])
            new = next(row for row in card.variants if row.id == vid)
            old = before[vid]
            if new.retail_price != old.retail_price:
                needed.add(Permission.EDIT_PRICES)
            if dataclasses.replace(new, retail_price=old.retail_price) != old:
                needed.add(Permission.EDIT_PRODUCTS)
        else:
            needed.add(Permission.EDIT_PRODUCTS)
    for row in card.variants:
        if row.id is None:
            needed.add(Permission.EDIT_PRODUCTS)
            if row.retail_price != card.retail_price:
                needed.add(Permission.EDIT_PRICES)
    return needed


def _normalise(session: Session, base: ProductCard, card: ProductCard, keys: set[str]) -> ProductCard:
    """The card with every changed field checked and in its stored form."""
    pid = card.id
    values: dict[str, Any] = {}
    if "name" in keys:
        values["name"] = v.check_name(card.name)
    if "sku" in keys:
        values["sku"] = v.check_sku(session, card.sku, pid)
    if "unit" in keys:
        values["unit"] = v.check_unit(card.unit)
    if "category_id" in keys:
        values["category_id"] = v.check_category(session, card.category_id)
    if "brand_id" in keys:
        values["brand_id"] = v.check_brand(session, card.brand_id)
    retail = v.check_price(card.retail_price) if "retail_price" in keys else card.retail_price
    if "retail_price" in keys:
        values["retail_price"] = retail
    if keys & {"retail_price", "compare_at_price"}:
        values["compare_at_price"] = v.check_compare_at(card.compare_at_price, retail)
    if "short_description" in keys:
        values["short_description"] = v.check_length(card.short_description, v.SHORT_DESCRIPTION_MAX,
                                                     Phrase("short description"))
    if "description_html" in keys:
        values["description_html"] = clean_html(card.description_html)
    for key, what in (("weight_kg", Phrase("weight")), ("length_mm", Phrase("length")),
                      ("width_mm", Phrase("width")), ("height_mm", Phrase("height"))):
        if key in keys:
            values[key] = v.check_measure(getattr(card, key), what)
    if "vat_rate" in keys:
        values["vat_rate"] = v.check_vat(card.vat_rate)
    if "meta_title" in keys:
        values["meta_title"] = v.check_length(card.meta_title, v.META_TITLE_MAX, Phrase("meta title"))
    if "meta_description" in keys:
        values["meta_description"] = v.check_length(card.meta_description, v.META_DESCRIPTION_MAX,
                                                    Phrase("meta description"))
    if "meta_keywords" in keys:
        values["meta_keywords"] = v.check_length(card.meta_keywords, v.META_KEYWORDS_MAX, Phrase("keywords"))
    if "slug" in keys or not card.slug.strip():  # a card without a slug gets one from its name
        name = values.get("name", card.name)
        values["slug"] = check_slug(session, card.slug, pid) if card.slug.strip() else suggest_slug(session, name, pid)
    if "barcodes" in keys:
        mine = {pid} if pid is not None else set()
        values["barcodes"] = v.check_barcodes(session, card.barcodes, mine,
                                              frozenset(c.code for c in base.barcodes))
    attrs = attribute_fields(session, values.get("category_id", card.category_id))
    by_id = {a.id: a for a in attrs}
    attributes = {aid: val for aid, val in card.attributes.items() if aid in by_id}
    for aid in list(attributes):
        if f"{ATTR_PREFIX}{aid}" in keys or "category_id" in keys:
            attributes[aid] = v.check_attribute(by_id[aid], attributes[aid])
    values["attributes"] = {aid: val for aid, val in attributes.items() if val}
    result = dataclasses.replace(card, **values)
    touches_publishing = keys & {"is_published", "category_id"} or any(k.startswith(ATTR_PREFIX) for k in keys)
    if result.is_published and touches_publishing:
        v.check_required(attrs, dict(result.attributes), result.name)
    return result


def _apply_scalars(session: Session, actor: Actor | None, product: Product, before: ProductCard,
                   after: ProductCard) -> list[str]:
    """Write the changed columns; audit each unless ``actor`` is None (a new product's first values)."""
    changed = []
    for name in SCALAR_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if name == "slug":
            old, new = old or None, new or None
        if old == new:
            continue
        setattr(product, name, new)
        changed.append(name)
        if actor is not None:
            audit.record(session, actor, "update", "product", product.id, name, old, new)
    return changed


def _apply_barcodes(session: Session, actor: Actor | None, product: Product, before: ProductCard,
                    after: ProductCard) -> bool:
    if before.barcodes == after.barcodes:
        return False
    wanted = {c.code: c for c in after.barcodes}
    for existing in list(product.barcodes):
        if existing.barcode not in wanted:
            product.barcodes.remove(existing)
    session.flush()
    have = {b.barcode: b for b in product.barcodes}
    for code in after.barcodes:
        row = have.get(code.code)
        if row is None:
            product.barcodes.append(ProductBarcode(barcode=code.code, kind=code.kind,
                                                   pack_quantity=code.pack_quantity))
        else:
            row.kind, row.pack_quantity = code.kind, code.pack_quantity
    if actor is not None:
        audit.record(session, actor, "update", "product", product.id, "barcodes",
                     barcodes_text(before.barcodes) or None, barcodes_text(after.barcodes) or None)
    return True


def _apply_attributes(session: Session, actor: Actor | None, product_id: int, before: ProductCard,
                      after: ProductCard) -> bool:
    ids = set(before.attributes) | set(after.attributes)
    changed = False
    for aid in sorted(ids):
        old, new = before.attribute(aid), after.attribute(aid)
        if old == new:
            continue
        changed = True
        session.execute(delete(ProductAttributeValue).where(
            ProductAttributeValue.product_id == product_id, ProductAttributeValue.attribute_id == aid))
        if new:
            session.add(ProductAttributeValue(product_id=product_id, attribute_id=aid, value=new))
        if actor is not None:
            audit.record(session, actor, "update", "product", product_id, f"{ATTR_PREFIX}{aid}",
                         old or None, new or None)
    return changed


def save_card(session: Session, actor: Actor, base: ProductCard | None, card: ProductCard) -> ProductCard:
    """Create (``base`` None) or update a product from its card; returns the card as saved.

    Raises :class:`CardConflict` when the product changed since ``base`` was loaded,
    :class:`PermissionDenied` when a changed field needs a right the actor lacks, and
    :class:`ValidationError` for the first bad field; nothing is written then.
    """
    if base is None or card.id is None:
        return _create(session, actor, card)
    product = session.get(Product, card.id, with_for_update=True, populate_existing=True)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=card.id)
    if product.version != base.version:
        theirs = load_card(session, card.id)
        raise CardConflict(
            "Product {sku} was changed by someone else while you edited it; choose which values to keep.",
            theirs=theirs, fields=_conflicts(base, theirs, card), sku=theirs.sku,
        )
    if not is_changed(base, card):
        return base
    keys = changed_keys(base, card)
    for permission in sorted(_permissions_needed(base, card, keys)):
        require(actor, permission)
    after = _normalise(session, base, card, set(keys))
    # Every column change happens before the first flush: the row is updated once, so
    # the card's version moves by one with any change, variants and attributes included.
    product.updated_at = utcnow()
    changed = _apply_scalars(session, actor, product, base, after)
    product.search_text = build_search_text(after.sku, after.name, [c.code for c in after.barcodes])
    if _apply_barcodes(session, actor, product, base, after):
        changed.append("barcodes")
    if _apply_attributes(session, actor, product.id, base, after):
        changed.append("attributes")
    variant_ids = save_variants(session, actor, product, base, after)
    session.flush()
    if after.is_published and not base.is_published:  # the card as saved must be complete enough
        completeness.require_publishable(session, product.id, completeness.WEBSITE)
    site = [c for c in changed if c not in NOT_ON_SITE]
    if site:
        reason = "price" if set(site) & PRICE_FIELDS else "content"
        outbox.mark_products(session, [product.id], reason)
    if variant_ids:
        outbox.mark_products(session, variant_ids, "content")
    return load_card(session, product.id)


def _create(session: Session, actor: Actor, card: ProductCard) -> ProductCard:
    require(actor, Permission.EDIT_PRODUCTS)
    if card.retail_price or card.compare_at_price is not None:
        require(actor, Permission.EDIT_PRICES)
    empty = ProductCard(id=None, version=0, sku="", name="")
    keys = set(changed_keys(empty, card)) | {"name", "sku", "unit", "retail_price"}
    after = _normalise(session, empty, dataclasses.replace(card, id=None), keys)
    product = Product(search_text=build_search_text(after.sku, after.name, [c.code for c in after.barcodes]))
    _apply_scalars(session, None, product, empty, after)
    session.add(product)
    _apply_barcodes(session, None, product, empty, after)
    session.flush()
    after = dataclasses.replace(after, id=product.id)
    audit.record(session, actor, "create", "product", product.id, "", None, after.sku)
    _apply_attributes(session, None, product.id, empty, after)
    variant_ids = save_variants(session, actor, product, empty, after)
    session.flush()
    if after.is_published:
        completeness.require_publishable(session, product.id, completeness.WEBSITE)
    outbox.mark_products(session, [product.id, *variant_ids], "content")
    return load_card(session, product.id)
