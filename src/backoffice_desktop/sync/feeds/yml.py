"""A YML (Yandex Market Language) catalogue: the shop, currencies, categories and one
``offer`` per published product.

Offers are identified by our product id (stable, and within YML's "letters and digits"
rule whatever the SKU looks like); the SKU goes as ``vendorCode``. A product that isn't
published is left out; ``available`` says whether any can be sold now and ``count``
how many. ``oldprice`` appears only when it is above the price (Yandex rejects others).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO
from xml.sax.saxutils import escape

from ...errors import ValidationError
from ..listing import Listing, ListingCategory, format_amount
from ..xmlstream import XmlStream


@dataclass(frozen=True)
class YmlShop:
    """The ``shop`` header of the feed."""

    name: str
    company: str
    url: str
    currency: str = "RUB"
    platform: str = "Back Office Desktop"

    def __post_init__(self) -> None:
        if not self.name.strip() or not self.company.strip():
            raise ValidationError("A YML feed needs the shop's name and the company name.")
        if not self.url.startswith(("https://", "http://")):
            raise ValidationError(
                "'{url}' is not the shop's address; expected something like https://shop.example.ru.",
                url=self.url,
            )
        if len(self.currency) != 3:
            raise ValidationError(
                "'{currency}' is not a currency code; expected three letters such as RUB, USD or CNY.",
                currency=self.currency,
            )


class YmlWriter:
    """Writes the head at once, then :meth:`add` one offer at a time, then :meth:`finish`."""

    def __init__(self, stream: BinaryIO, shop: YmlShop, categories: Iterable[ListingCategory],
                 generated_at: datetime | None = None) -> None:
        moment = (generated_at or datetime.now().astimezone()).replace(microsecond=0)
        self._xml = xml = XmlStream(stream)
        self._currency = f"<currencyId>{escape(shop.currency)}</currencyId>"
        self.count = 0
        xml.open("yml_catalog", {"date": moment.isoformat()})
        xml.newline()
        xml.open("shop")
        xml.newline()
        xml.leaf("name", shop.name)
        xml.leaf("company", shop.company)
        xml.leaf("url", shop.url)
        xml.leaf("platform", shop.platform)
        xml.newline()
        xml.open("currencies")
        xml.empty("currency", {"id": shop.currency, "rate": "1"})
        xml.close("currencies")
        xml.newline()
        xml.open("categories")
        xml.newline()
        for category in categories:
            attrs = {"id": str(category.id)}
            if category.parent_id is not None:
                attrs["parentId"] = str(category.parent_id)
            xml.leaf("category", category.name, attrs)
            xml.newline()
        xml.close("categories")
        xml.newline()
        xml.open("offers")
        xml.newline()

    def add(self, listing: Listing) -> None:
        state = listing.state
        if not state.published:
            return
        quantity = listing.quantity_to_show
        parts = [f'<offer id="{state.product_id}" available="{"true" if quantity > 0 else "false"}">']
        if listing.url:
            parts.append(f"<url>{escape(listing.url)}</url>")
        parts.append(f"<price>{format_amount(state.retail_price)}</price>")
        if state.compare_at_price is not None and state.compare_at_price > state.retail_price:
            parts.append(f"<oldprice>{format_amount(state.compare_at_price)}</oldprice>")
        parts.append(self._currency)
        if listing.category_id is not None:
            parts.append(f"<categoryId>{listing.category_id}</categoryId>")
        parts.append(f"<name>{escape(listing.name or state.sku)}</name>")
        if listing.vendor:
            parts.append(f"<vendor>{escape(listing.vendor)}</vendor>")
        parts.append(f"<vendorCode>{escape(state.sku)}</vendorCode>")
        if listing.barcode:
            parts.append(f"<barcode>{escape(listing.barcode)}</barcode>")
        # YML counts whole items: a fraction on hand can't be sold as one more.
        parts.append(f"<count>{int(quantity)}</count></offer>\n")
        self._xml.raw("".join(parts))
        self.count += 1

    def finish(self) -> None:
        xml = self._xml
        xml.close("offers")
        xml.newline()
        xml.close("shop")
        xml.newline()
        xml.close("yml_catalog")
        xml.newline()
        xml.finish()

    def discard(self) -> None:
        """Drop what is buffered; the stream is about to be thrown away."""
        self._xml.discard()
