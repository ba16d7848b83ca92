"""A product card as plain data: what the editor shows, edits and hands back to save.

A :class:`ProductCard` is a frozen snapshot; the editor makes changed copies with
``dataclasses.replace``. For saving, merging and the conflict dialog a card is also
seen *flat* (:func:`flatten`): one key per thing a person edits — each scalar field,
``barcodes``, ``attr:<id>`` per attribute value, ``variant:<id>`` per existing
variant — so "what did I change" and "what did the other person change" are two dict
comparisons against the version both started from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ...errors import NotFound
from ...models import (
    AttributeChannelRequirement,
    AttributeDefinition,
    Category,
    Location,
    LocationKind,
    Product,
    ProductAttributeValue,
    ProductBarcode,
    StockLevel,
)
from ..completeness import WEBSITE

#: Card fields kept in a column of the same name on the product.
SCALAR_FIELDS: tuple[str, ...] = (
    "sku", "name", "unit", "category_id", "brand_id", "retail_price", "compare_at_price", "is_published",
    "short_description", "description_html", "weight_kg", "length_mm", "width_mm", "height_mm", "vat_rate",
    "slug", "meta_title", "meta_description", "meta_keywords",
)
PRICE_FIELDS = frozenset({"retail_price", "compare_at_price"})
ATTR_PREFIX = "attr:"
VARIANT_PREFIX = "variant:"
UNITS = ("pcs", "kg", "m", "l", "pack")


@dataclass(frozen=True)
class CardBarcode:
    code: str
    kind: str = "unit"  # "unit" or "pack"
    pack_quantity: Decimal = Decimal(1)


@dataclass(frozen=True)
class AttributeField:
    """One attribute of the category's attribute set, as the card's form shows it."""

    id: int
    name: str
    kind: str  # text, number, choice, bool
    unit: str
    choices: tuple[str, ...]
    #: Needed to publish the product (required on every channel, or by the website).
    required: bool
    #: Sales channels that require it beyond those requiring it everywhere, by name.
    required_for: tuple[str, ...] = ()


@dataclass(frozen=True)
class VariantRow:
    """A variant (a child product) as one row of the variants grid; ``id`` is None until saved."""

    id: int | None
    values: tuple[str, ...]  # one per axis of the card
    sku: str
    barcode: str = ""
    retail_price: Decimal = Decimal("0.00")
    is_active: bool = True
    on_hand: Decimal = field(default=Decimal(0), compare=False)
    version: int = field(default=0, compare=False)


@dataclass(frozen=True)
class ProductCard:
    id: int | None
    version: int
    sku: str
    name: str
    unit: str = "pcs"
    category_id: int | None = None
    brand_id: int | None = None
    retail_price: Decimal = Decimal("0.00")
    compare_at_price: Decimal | None = None
    is_published: bool = False
    short_description: str = ""
    description_html: str = ""
    weight_kg: Decimal | None = None
    length_mm: int | None = None
    width_mm: int | None = None
    height_mm: int | None = None
    vat_rate: Decimal | None = None
    slug: str = ""
    meta_title: str = ""
    meta_description: str = ""
    meta_keywords: str = ""
    barcodes: tuple[CardBarcode, ...] = ()
    #: Attribute id → value as stored ("1.5", "true", a choice); absent or "" means not set.
    attributes: Mapping[int, str] = field(default_factory=dict)
    #: Names of the variant axes ("Размер", "Цвет"), at most two.
    variant_axes: tuple[str, ...] = ()
    variants: tuple[VariantRow, ...] = ()
    #: Read-only facts shown on the card.
    parent_id: int | None = field(default=None, compare=False)
    parent_name: str = field(default="", compare=False)
    average_cost: Decimal = field(default=Decimal(0), compare=False)
    on_hand: Decimal = field(default=Decimal(0), compare=False)

    def attribute(self, attribute_id: int) -> str:
        return self.attributes.get(attribute_id, "")


def new_card() -> ProductCard:
    """An empty card for "New product"."""
    return ProductCard(id=None, version=0, sku="", name="")


# --- one value by key (the editor's fields) -------------------------------------------

#: The variants grid as one editable value: the axes and the rows together.
VARIANTS_KEY = "variants"


def get_value(card: ProductCard, key: str) -> Any:
    """The value an editor field shows: a scalar, ``barcodes``, ``attr:<id>`` or ``variants``."""
    if key.startswith(ATTR_PREFIX):
        return card.attribute(int(key[len(ATTR_PREFIX):]))
    if key == VARIANTS_KEY:
        return (card.variant_axes, card.variants)
    return getattr(card, key)


def with_value(card: ProductCard, key: str, value: Any) -> ProductCard:
    """``card`` with one editor field set (see :func:`get_value`)."""
    if key.startswith(ATTR_PREFIX):
        return dataclasses.replace(card, attributes={**card.attributes, int(key[len(ATTR_PREFIX):]): value})
    if key == VARIANTS_KEY:
        axes, rows = value
        return dataclasses.replace(card, variant_axes=tuple(axes), variants=tuple(rows))
    return dataclasses.replace(card, **{key: value})


# --- flat view ---------------------------------------------------------------------------

def variant_key(variant_id: int) -> str:
    return f"{VARIANT_PREFIX}{variant_id}"


def attr_key(attribute_id: int) -> str:
    return f"{ATTR_PREFIX}{attribute_id}"


def _variant_value(card: ProductCard, row: VariantRow) -> tuple[Any, ...]:
    return (tuple(zip(card.variant_axes, row.values)), row.sku, row.barcode, row.retail_price, row.is_active)


def flatten(card: ProductCard) -> dict[str, Any]:
    """One comparable value per key a person edits (see the module docstring)."""
    flat: dict[str, Any] = {name: getattr(card, name) for name in SCALAR_FIELDS}
    flat["barcodes"] = card.barcodes
    for attribute_id, value in card.attributes.items():
        if value != "":
            flat[attr_key(attribute_id)] = value
    for row in card.variants:
        if row.id is not None:
            flat[variant_key(row.id)] = _variant_value(card, row)
    return flat


def flat_value(flat: Mapping[str, Any], key: str) -> Any:
    """The value at ``key``; an attribute that isn't set reads as ""."""
    return flat.get(key, "" if key.startswith(ATTR_PREFIX) else None)


def changed_keys(before: ProductCard, after: ProductCard) -> list[str]:
    old, new = flatten(before), flatten(after)
    keys = list(dict.fromkeys([*old, *new]))
    return [k for k in keys if flat_value(old, k) != flat_value(new, k)]


def is_changed(base: ProductCard, card: ProductCard) -> bool:
    """Whether saving ``card`` over ``base`` would write anything."""
    return bool(changed_keys(base, card)) or any(row.id is None and row.is_active for row in card.variants)


def take_values(target: ProductCard, source: ProductCard, keys: list[str]) -> ProductCard:
    """``target`` with the values at ``keys`` taken from ``source``, plus ``source``'s unsaved variants."""
    changes: dict[str, Any] = {}
    attributes = dict(target.attributes)
    rows = {row.id: row for row in target.variants if row.id is not None}
    source_rows = {row.id: row for row in source.variants if row.id is not None}
    for key in keys:
        if key.startswith(ATTR_PREFIX):
            attribute_id = int(key[len(ATTR_PREFIX):])
            attributes[attribute_id] = source.attribute(attribute_id)
        elif key.startswith(VARIANT_PREFIX):
            vid = int(key[len(VARIANT_PREFIX):])
            if vid in source_rows and vid in rows:
                rows[vid] = dataclasses.replace(source_rows[vid], version=rows[vid].version)
        else:
            changes[key] = getattr(source, key)
    new_rows = tuple(row for row in source.variants if row.id is None)
    variants = tuple(rows[row.id] for row in target.variants if row.id in rows) + new_rows
    axes = target.variant_axes or source.variant_axes
    return dataclasses.replace(target, attributes=attributes, variants=variants, variant_axes=axes, **changes)


def resolve(base: ProductCard, mine: ProductCard, theirs: ProductCard, take_mine: set[str]) -> ProductCard:
    """What to save after a conflict: their card with every change of mine they didn't
    touch, and my value wherever the person chose it (``take_mine``: where both changed a
    field, or to set back a field only they changed)."""
    theirs_changed = set(changed_keys(base, theirs))
    keys = [k for k in changed_keys(base, mine) if k not in theirs_changed]
    keys += sorted(k for k in take_mine if k not in keys)
    return take_values(theirs, mine, keys)


# --- loading -----------------------------------------------------------------------------

def _bin_stock(session: Session, ids: list[int]) -> dict[int, Decimal]:
    if not ids:
        return {}
    rows = session.execute(
        select(StockLevel.product_id, func.sum(StockLevel.quantity))
        .join(Location, and_(Location.id == StockLevel.location_id, Location.kind == LocationKind.BIN.value))
        .where(StockLevel.product_id.in_(ids))
        .group_by(StockLevel.product_id)
    )
    return {pid: Decimal(qty) for pid, qty in rows}


def _variant_rows(session: Session, product: Product) -> tuple[tuple[str, ...], tuple[VariantRow, ...]]:
    children = list(session.scalars(
        select(Product).where(Product.parent_id == product.id, Product.is_active.is_(True)).order_by(Product.id)
    ))
    axes: list[str] = []
    for child in children:
        for axis in (child.variant_values or {}):
            if axis not in axes:
                axes.append(axis)
    stock = _bin_stock(session, [c.id for c in children])
    rows = []
    for child in children:
        values = child.variant_values or {}
        unit_codes = [b.barcode for b in child.barcodes if b.kind == "unit"]
        rows.append(VariantRow(
            id=child.id, values=tuple(str(values.get(axis, "")) for axis in axes), sku=child.sku,
            barcode=unit_codes[0] if unit_codes else "", retail_price=child.retail_price,
            is_active=child.is_active, on_hand=stock.get(child.id, Decimal(0)), version=child.version,
        ))
    return tuple(axes), tuple(rows)


def load_card(session: Session, product_id: int) -> ProductCard:
    """The card of a product as it is in the store now."""
    product = session.get(Product, product_id, populate_existing=True)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    attributes = {
        attribute_id: value
        for attribute_id, value in session.execute(
            select(ProductAttributeValue.attribute_id, ProductAttributeValue.value)
            .where(ProductAttributeValue.product_id == product_id)
        )
        if value != ""
    }
    codes = session.scalars(select(ProductBarcode).where(ProductBarcode.product_id == product_id)
                            .order_by(ProductBarcode.id))
    axes, variants = _variant_rows(session, product) if product.parent_id is None else ((), ())
    parent_name = ""
    if product.parent_id is not None:
        parent_name = session.scalar(select(Product.name).where(Product.id == product.parent_id)) or ""
    return ProductCard(
        id=product.id,
        version=product.version,
        sku=product.sku,
        name=product.name,
        unit=product.unit,
        category_id=product.category_id,
        brand_id=product.brand_id,
        retail_price=product.retail_price,
        compare_at_price=product.compare_at_price,
        is_published=product.is_published,
        short_description=product.short_description or "",
        description_html=product.description_html or "",
        weight_kg=product.weight_kg,
        length_mm=product.length_mm,
        width_mm=product.width_mm,
        height_mm=product.height_mm,
        vat_rate=product.vat_rate,
        slug=product.slug or "",
        meta_title=product.meta_title or "",
        meta_description=product.meta_description or "",
        meta_keywords=product.meta_keywords or "",
        barcodes=tuple(CardBarcode(b.barcode, b.kind, b.pack_quantity) for b in codes),
        attributes=attributes,
        variant_axes=axes,
        variants=variants,
        parent_id=product.parent_id,
        parent_name=parent_name,
        average_cost=product.average_cost,
        on_hand=_bin_stock(session, [product.id]).get(product.id, Decimal(0)),
    )


def card_id_by_sku(session: Session, sku: str) -> int | None:
    """The product whose card has this SKU (exactly), if any."""
    return session.scalar(select(Product.id).where(Product.sku == sku.strip()))


def attribute_fields(session: Session, category_id: int | None) -> list[AttributeField]:
    """The attribute set a card of this category shows: the category's own and its parents'."""
    if category_id is None:
        return []
    path = session.scalar(select(Category.path).where(Category.id == category_id))
    if path is None:
        return []
    chain = [int(part) for part in path.strip("/").split("/") if part] or [category_id]
    depth = {cid: i for i, cid in enumerate(chain)}
    rows = session.scalars(select(AttributeDefinition).where(AttributeDefinition.category_id.in_(chain)))
    ordered = sorted(rows, key=lambda d: (depth.get(d.category_id, 0), d.sort_order, d.id))
    channels: dict[int, list[str]] = {}
    for attribute_id, channel in session.execute(
        select(AttributeChannelRequirement.attribute_id, AttributeChannelRequirement.channel)
        .where(AttributeChannelRequirement.attribute_id.in_([d.id for d in ordered]))
        .order_by(AttributeChannelRequirement.channel)
    ):
        channels.setdefault(attribute_id, []).append(channel)
    return [
        AttributeField(d.id, d.name, d.kind, d.unit or "", tuple(d.choices or ()),
                       bool(d.required) or WEBSITE in channels.get(d.id, ()),
                       () if d.required else tuple(channels.get(d.id, ())))
        for d in ordered
    ]
