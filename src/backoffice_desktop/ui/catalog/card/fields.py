"""Card fields as people read them: titles, and values formatted for the history and
the conflict dialog (prices as money, yes/no, category and brand names)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ....services.product_cards import CardBarcode, html_to_text
from ...formatting import format_money, format_quantity
from ..product_model import unit_title

CONTEXT = "CardFields"

TITLES: dict[str, str] = {
    "sku": QT_TRANSLATE_NOOP("CardFields", "SKU"),
    "name": QT_TRANSLATE_NOOP("CardFields", "Name"),
    "unit": QT_TRANSLATE_NOOP("CardFields", "Unit"),
    "category_id": QT_TRANSLATE_NOOP("CardFields", "Category"),
    "brand_id": QT_TRANSLATE_NOOP("CardFields", "Brand"),
    "retail_price": QT_TRANSLATE_NOOP("CardFields", "Retail price"),
    "compare_at_price": QT_TRANSLATE_NOOP("CardFields", "Old price"),
    "is_published": QT_TRANSLATE_NOOP("CardFields", "On the website"),
    "is_active": QT_TRANSLATE_NOOP("CardFields", "Active"),
    "short_description": QT_TRANSLATE_NOOP("CardFields", "Short description"),
    "description_html": QT_TRANSLATE_NOOP("CardFields", "Description"),
    "weight_kg": QT_TRANSLATE_NOOP("CardFields", "Weight, kg"),
    "length_mm": QT_TRANSLATE_NOOP("CardFields", "Length, mm"),
    "width_mm": QT_TRANSLATE_NOOP("CardFields", "Width, mm"),
    "height_mm": QT_TRANSLATE_NOOP("CardFields", "Height, mm"),
    "vat_rate": QT_TRANSLATE_NOOP("CardFields", "VAT rate"),
    "slug": QT_TRANSLATE_NOOP("CardFields", "URL slug"),
    "meta_title": QT_TRANSLATE_NOOP("CardFields", "Meta title"),
    "meta_description": QT_TRANSLATE_NOOP("CardFields", "Meta description"),
    "meta_keywords": QT_TRANSLATE_NOOP("CardFields", "Keywords"),
    "barcodes": QT_TRANSLATE_NOOP("CardFields", "Barcodes"),
    "barcode": QT_TRANSLATE_NOOP("CardFields", "Barcode"),
    "variants": QT_TRANSLATE_NOOP("CardFields", "Variants"),
    "variant_values": QT_TRANSLATE_NOOP("CardFields", "Variant values"),
}
MONEY_FIELDS = frozenset({"retail_price", "compare_at_price"})
#: Longer text is cut in the history and conflict tables (the full value is the tooltip).
SHOWN_CHARS = 80


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_title(key: str, attribute_names: Mapping[int, str]) -> str:
    if key.startswith("attr:"):
        name = attribute_names.get(int(key[5:]))
        return name or tr("Attribute")
    if key.startswith("variant:"):
        return tr("Variant")
    return tr(TITLES[key]) if key in TITLES else key


class ValueNames:
    """Names for the ids a card holds (categories, brands), to show values as words."""

    def __init__(self, categories: Mapping[int, str], brands: Mapping[int, str],
                 attribute_names: Mapping[int, str]) -> None:
        self.categories = categories
        self.brands = brands
        self.attribute_names = attribute_names

    def show(self, key: str, value: Any) -> str:
        """A card value (typed, or the audit trail's text) as words for a table cell."""
        if value is None or value == "" or value == ():
            return "—"
        if key in MONEY_FIELDS:
            return format_money(Decimal(str(value)))
        if key in ("is_published", "is_active"):
            return tr("yes") if value in (True, "True") else tr("no")
        if key == "category_id":
            return self.categories.get(int(value), f"#{value}")
        if key == "brand_id":
            return self.brands.get(int(value), f"#{value}")
        if key == "unit":
            return unit_title(str(value))
        if key in ("weight_kg", "vat_rate"):
            text = format_quantity(Decimal(str(value)))
            return f"{text} %" if key == "vat_rate" else text
        if key == "barcodes" and not isinstance(value, str):
            return ", ".join(_barcode_text(c) for c in value)
        if key == "variant_values" and isinstance(value, str):
            return ", ".join(f"{axis}: {val}" for axis, val in json.loads(value).items())
        if key.startswith("variant:") and isinstance(value, tuple):
            return _variant_text(value)
        if key == "description_html":
            value = html_to_text(str(value))
        if key.startswith("attr:") and value in ("true", "false"):
            return tr("yes") if value == "true" else tr("no")
        text = " ".join(str(value).split())
        return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def _barcode_text(code: CardBarcode) -> str:
    if code.kind == "pack":
        return tr("{0} (pack of {1})").format(code.code, format_quantity(code.pack_quantity))
    return code.code


def _variant_text(value: tuple[Any, ...]) -> str:
    """A variant as flattened by the service: (axis pairs, sku, barcode, price, active)."""
    pairs, sku, barcode, price, active = value
    parts = [", ".join(val for _axis, val in pairs), sku, barcode or "", format_money(price)]
    text = " · ".join(p for p in parts if p)
    return text if active else tr("{0} (removed)").format(text)
