"""Checking what a person typed into a card, field by field; each check returns the
value as it will be stored or raises a :class:`ValidationError` that names the field."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...models import Brand, Category, Product, ProductBarcode
from ..barcodes import ScanKind, gtin_check_digit, parse_scan
from .card import UNITS, AttributeField, CardBarcode

NAME_MAX = 500
SKU_MAX = 64
SHORT_DESCRIPTION_MAX = 1000
META_TITLE_MAX = 70
META_DESCRIPTION_MAX = 160
META_KEYWORDS_MAX = 255
ATTRIBUTE_TEXT_MAX = 1000
BOOL_VALUES = {"true": "true", "false": "false", "yes": "true", "no": "false", "да": "true", "нет": "false"}


def check_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("A product needs a name.")
    if len(cleaned) > NAME_MAX:
        raise ValidationError("A product name has at most {limit} characters; this one has {length}.",
                              limit=NAME_MAX, length=len(cleaned))
    return cleaned


def check_sku(session: Session, sku: str, product_id: int | None) -> str:
    cleaned = sku.strip()
    if not cleaned:
        raise ValidationError("A product needs an SKU.")
    if len(cleaned) > SKU_MAX or any(ch.isspace() for ch in cleaned):
        raise ValidationError("'{sku}' can't be an SKU: at most {limit} characters, no spaces.",
                              sku=cleaned, limit=SKU_MAX)
    stmt = select(Product.name).where(Product.sku == cleaned)
    if product_id is not None:
        stmt = stmt.where(Product.id != product_id)
    other = session.scalar(stmt.limit(1))
    if other is not None:
        raise ValidationError("The SKU {sku} already belongs to '{name}'.", sku=cleaned, name=other)
    return cleaned


def check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise ValidationError("'{unit}' is not a unit of measure; expected one of {units}.",
                              unit=unit, units=", ".join(UNITS))
    return unit


def check_category(session: Session, category_id: int | None) -> int | None:
    if category_id is not None and session.get(Category, category_id) is None:
        raise ValidationError("Category #{category_id} does not exist (any more).", category_id=category_id)
    return category_id


def check_brand(session: Session, brand_id: int | None) -> int | None:
    if brand_id is not None and session.get(Brand, brand_id) is None:
        raise ValidationError("Brand #{brand_id} does not exist (any more).", brand_id=brand_id)
    return brand_id


def check_price(value: Decimal) -> Decimal:
    if value < 0:
        raise ValidationError("A price can't be negative.")
    if value >= Decimal("1e12"):
        raise ValidationError("'{text}' is too large for a price.", text=format(value, "f"))
    return value.quantize(Decimal("0.01"))


def check_compare_at(compare_at: Decimal | None, retail: Decimal) -> Decimal | None:
    """The old price is shown crossed out beside the retail price, so it must be higher."""
    if compare_at is None:
        return None
    compare_at = check_price(compare_at)
    if compare_at <= retail:
        raise ValidationError("The old price ({old}) must be higher than the retail price ({price}), or empty.",
                              old=compare_at, price=retail)
    return compare_at


def check_measure(value: Decimal | int | None, what: str) -> Decimal | int | None:
    if value is not None and value < 0:
        raise ValidationError("The {what} can't be negative.", what=what)
    return value


def check_vat(rate: Decimal | None) -> Decimal | None:
    if rate is not None and not Decimal(0) <= rate <= Decimal(100):
        raise ValidationError("A VAT rate is a percentage from 0 to 100, not {rate}.", rate=rate)
    return rate


def check_length(text: str, limit: int, what: str) -> str:
    """Meta fields: search engines cut longer text, so the limit is a rule, not a hint."""
    cleaned = " ".join(text.split())
    if len(cleaned) > limit:
        raise ValidationError("The {what} has {length} characters; at most {limit} are allowed.",
                              what=what, length=len(cleaned), limit=limit)
    return cleaned


def check_barcode(code: str) -> str:
    """An EAN-13/EAN-8/UPC-A/GTIN-14 with a right check digit, or an internal code."""
    scan = parse_scan(code)
    if scan.layout_fixed or scan.kind in (ScanKind.GS1,):
        raise ValidationError("'{code}' is not a barcode; expected an EAN-13 such as 4601234567893 or an "
                              "internal code of Latin letters and digits.", code=code.strip())
    if scan.kind is ScanKind.INVALID:
        text = code.strip()
        if text.isascii() and text.isdigit() and len(text) in (8, 12, 13, 14):
            raise ValidationError("The barcode {code} has a wrong check digit: it should end in {digit}.",
                                  code=text, digit=gtin_check_digit(text[:-1]))
        raise ValidationError("'{code}' is not a barcode; expected an EAN-13 such as 4601234567893 or an "
                              "internal code of Latin letters and digits.", code=text)
    return scan.code


def check_barcodes(session: Session, codes: tuple[CardBarcode, ...], product_ids: set[int],
                   kept: frozenset[str] = frozenset()) -> tuple[CardBarcode, ...]:
    """Each code valid, none twice, none on another product (``product_ids``: this card's).

    Codes the product already had (``kept``) are not re-checked: a supplier's code with a
    wrong check digit that the scanners know must not block an unrelated edit.
    """
    out: list[CardBarcode] = []
    seen: set[str] = set()
    for item in codes:
        code = item.code if item.code in kept else check_barcode(item.code)
        if code in seen:
            raise ValidationError("The barcode {code} is listed twice.", code=code)
        seen.add(code)
        if item.kind not in ("unit", "pack"):
            raise ValidationError("A barcode is for a unit or for a pack, not '{kind}'.", kind=item.kind)
        quantity = item.pack_quantity if item.kind == "pack" else Decimal(1)
        if quantity <= 0:
            raise ValidationError("A pack barcode needs a pack quantity above zero; {code} has {quantity}.",
                                  code=code, quantity=quantity)
        out.append(CardBarcode(code, item.kind, quantity))
    if seen:
        owners = session.execute(
            select(ProductBarcode.barcode, Product.sku)
            .join(Product, Product.id == ProductBarcode.product_id)
            .where(ProductBarcode.barcode.in_(seen), ProductBarcode.product_id.not_in(product_ids or {0}))
        ).first()
        if owners is not None:
            raise ValidationError("The barcode {code} already belongs to product {sku}.",
                                  code=owners[0], sku=owners[1])
    return tuple(out)


def check_attribute(attr: AttributeField, value: str) -> str:
    """A value as stored: numbers as ``1.5``, yes/no as ``true``/``false``, a choice as listed."""
    text = value.strip()
    if not text:
        return ""
    if attr.kind == "number":
        cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            number = Decimal("NaN")
        if not number.is_finite():
            raise ValidationError("'{value}' is not a number for '{attribute}'; expected e.g. 1,5.",
                                  value=text, attribute=attr.name)
        normal = format(number.normalize(), "f")
        return normal.rstrip("0").rstrip(".") if "." in normal else normal
    if attr.kind == "choice":
        for choice in attr.choices:
            if choice.casefold() == text.casefold():
                return choice
        raise ValidationError("'{value}' is not one of the choices for '{attribute}': {choices}.",
                              value=text, attribute=attr.name, choices=", ".join(attr.choices))
    if attr.kind == "bool":
        if text.casefold() not in BOOL_VALUES:
            raise ValidationError("'{attribute}' is yes or no, not '{value}'.", attribute=attr.name, value=text)
        return BOOL_VALUES[text.casefold()]
    if len(text) > ATTRIBUTE_TEXT_MAX:
        raise ValidationError("'{attribute}' has at most {limit} characters; this value has {length}.",
                              attribute=attr.name, limit=ATTRIBUTE_TEXT_MAX, length=len(text))
    return text


def check_required(attributes: list[AttributeField], values: dict[int, str], name: str) -> None:
    """A published card has every required attribute of its category."""
    missing = [a.name for a in attributes if a.required and not values.get(a.id, "")]
    if missing:
        raise ValidationError("'{name}' can't be on the website without {attributes}.",
                              name=name, attributes=", ".join(missing))
