"""Writing CommerceML 2 documents: ``offers.xml`` (prices and stock) and a minimal
``import.xml`` (the catalogue the offers refer to).

What we write validates against the CommerceML 2.08-2.10 schemas (namespace
``urn:1C.ru:commerceml_2``). The documents are streamed element by element, so 100 000
products take no more memory than ten: pass any iterable of listings (a generator
reading the store in batches, for instance).

Rules a site sees:

- an offer's ``Ид`` and ``Артикул`` are our SKU (the site matches on them);
- the quantity is what is available to sell, never below zero, and zero for a product
  that isn't published (CommerceML offers have no "published" flag; a site hides or
  refuses items it has none of), also given per warehouse (``Склад``);
- prices have two decimals; the compare-at ("old") price goes out as a second price type
  when the site has one (:attr:`ExchangeCatalog.compare_price_type_id`);
- in ``import.xml`` an unpublished product carries ``Статус="Удален"``, which shop
  engines take as "hide it" (1C-Bitrix deactivates the item).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_FLOOR, Decimal
from pathlib import Path
from typing import BinaryIO, Iterator
from xml.sax.saxutils import escape, quoteattr

from ...errors import ValidationError
from ..listing import Listing, ListingCategory, format_amount, format_quantity
from ..xmlstream import XmlStream

NAMESPACE = "urn:1C.ru:commerceml_2"
OFFERS_PER_WRITE = 256
SCHEMA_VERSIONS = ("2.08", "2.09", "2.10")

#: Our unit codes as CommerceML's base unit: OKEI code, full name, international code, text.
UNITS: dict[str, tuple[str, str, str, str]] = {
    "pcs": ("796", "Штука", "PCE", "шт"),
    "kg": ("166", "Килограмм", "KGM", "кг"),
    "m": ("006", "Метр", "MTR", "м"),
    "l": ("112", "Литр", "LTR", "л"),
    "pack": ("778", "Упаковка", "NMP", "упак"),
}


@dataclass(frozen=True)
class ExchangeCatalog:
    """The identifiers a site keeps for our catalogue, price types and warehouse.

    Ids are at most 40 characters (the schema's global id). Keep them stable: a site
    matches the next exchange's documents on them.
    """

    owner_name: str
    catalog_id: str = "backoffice-catalog"
    catalog_name: str = "Каталог товаров"
    classifier_id: str = "backoffice-classifier"
    currency: str = "RUB"
    price_type_id: str = "backoffice-retail"
    price_type_name: str = "Розничная"
    #: A second price type for the compare-at ("old") price; None: not sent.
    compare_price_type_id: str | None = None
    compare_price_type_name: str = "Старая цена"
    warehouse_id: str = "backoffice-main"
    warehouse_name: str = "Основной склад"
    schema_version: str = "2.10"
    #: Whether our prices include VAT (said in each price type's Налог).
    prices_include_vat: bool = True
    #: Send quantities rounded down to whole units, for sites that read only whole
    #: numbers (django-cml2 does): 2.5 m on hand goes out as 2.
    whole_quantities: bool = False

    def __post_init__(self) -> None:
        if self.schema_version not in SCHEMA_VERSIONS:
            raise ValidationError(
                "CommerceML schema version {version} is not supported; use one of {versions}.",
                version=self.schema_version, versions=", ".join(SCHEMA_VERSIONS),
            )
        if len(self.currency) != 3:
            raise ValidationError(
                "'{currency}' is not a currency code; expected three letters such as RUB, USD or CNY.",
                currency=self.currency,
            )
        if not self.owner_name.strip():
            raise ValidationError("The CommerceML exchange needs the company name (the catalogue's owner).")
        ids = [self.catalog_id, self.classifier_id, self.price_type_id, self.warehouse_id]
        if self.compare_price_type_id is not None:
            ids.append(self.compare_price_type_id)
        for value in ids:
            if not value or len(value) > 40:
                raise ValidationError(
                    "The CommerceML id '{value}' must have 1 to 40 characters.", value=value,
                )


def write_offers(
    target: Path | BinaryIO,
    listings: Iterable[Listing],
    catalog: ExchangeCatalog,
    generated_at: datetime | None = None,
    only_changes: bool = True,
) -> int:
    """Write ``offers.xml`` for ``listings``; return how many offers were written.
    ``target`` is a path or a binary stream.

    ``only_changes`` (``СодержитТолькоИзменения``) must stay true unless ``listings``
    is the whole catalogue: a site given a full package (1C-Bitrix, for one) may
    deactivate every product missing from it.
    """
    count = 0
    with _document(target, catalog, generated_at) as xml:
        xml.open("ПакетПредложений", {"СодержитТолькоИзменения": _switch(only_changes)})
        xml.leaf("Ид", catalog.catalog_id[:39] + "#")
        xml.leaf("Наименование", "Пакет предложений")
        xml.leaf("ИдКаталога", catalog.catalog_id)
        xml.leaf("ИдКлассификатора", catalog.classifier_id)
        _owner(xml, catalog)
        xml.open("ТипыЦен")
        _price_type(xml, catalog.price_type_id, catalog.price_type_name, catalog)
        if catalog.compare_price_type_id:
            _price_type(xml, catalog.compare_price_type_id, catalog.compare_price_type_name, catalog)
        xml.close("ТипыЦен")
        xml.open("Склады")
        xml.open("Склад")
        xml.leaf("Ид", catalog.warehouse_id)
        xml.leaf("Наименование", catalog.warehouse_name)
        xml.close("Склад")
        xml.close("Склады")
        xml.open("Предложения")
        offer = _OfferFormat(catalog)
        write = xml.raw
        # Offers go to the stream a few hundred at a time: one write per offer costs more
        # than formatting it.
        chunk: list[str] = []
        for listing in listings:
            chunk.append(offer(listing))
            if len(chunk) == OFFERS_PER_WRITE:
                write("".join(chunk))
                chunk.clear()
            count += 1
        write("".join(chunk))
        xml.close("Предложения")
        xml.close("ПакетПредложений")
    return count


def write_catalog(
    target: Path | BinaryIO,
    listings: Iterable[Listing],
    categories: Iterable[ListingCategory],
    catalog: ExchangeCatalog,
    generated_at: datetime | None = None,
    only_changes: bool = True,
) -> int:
    """Write a minimal ``import.xml``: the classifier's groups (our categories, flat)
    and each product's id, SKU, barcode, name, unit, group and brand, so a site can
    create the items ``offers.xml`` then prices. Returns how many products were written.
    ``only_changes`` as for :func:`write_offers`: false only for the whole catalogue."""
    count = 0
    with _document(target, catalog, generated_at) as xml:
        xml.open("Классификатор")
        xml.leaf("Ид", catalog.classifier_id)
        xml.leaf("Наименование", f"Классификатор ({catalog.catalog_name})"[:255])
        _owner(xml, catalog)
        groups = list(categories)
        if groups:
            xml.open("Группы")
            for group in groups:
                xml.open("Группа")
                xml.leaf("Ид", category_xml_id(group.id))
                xml.leaf("Наименование", group.name[:255])
                xml.close("Группа")
            xml.close("Группы")
        xml.close("Классификатор")
        xml.open("Каталог", {"СодержитТолькоИзменения": _switch(only_changes)})
        xml.leaf("Ид", catalog.catalog_id)
        xml.leaf("ИдКлассификатора", catalog.classifier_id)
        xml.leaf("Наименование", catalog.catalog_name)
        _owner(xml, catalog)
        xml.open("Товары")
        for listing in listings:
            attrs = None if listing.state.published else {"Статус": "Удален"}
            xml.open("Товар", attrs)
            _identity(xml, listing, with_barcode=True)
            if listing.category_id is not None:
                xml.open("Группы")
                xml.leaf("Ид", category_xml_id(listing.category_id))
                xml.close("Группы")
            if listing.vendor:
                xml.leaf("ТорговаяМарка", listing.vendor[:255])
            xml.close("Товар")
            xml.newline()
            count += 1
        xml.close("Товары")
        xml.close("Каталог")
    return count


def write_exchange_files(
    folder: Path,
    listings: Sequence[Listing],
    catalog: ExchangeCatalog,
    categories: Sequence[ListingCategory] = (),
    include_catalog: bool = False,
    only_changes: bool = True,
) -> list[Path]:
    """The files of one exchange in ``folder``, in the order a site imports them:
    ``import.xml`` first when ``include_catalog`` (so the site can create products it
    doesn't have yet), then ``offers.xml``. For a batch of marked products; the whole
    catalogue is better streamed through :func:`write_catalog`/:func:`write_offers`."""
    files = []
    if include_catalog:
        files.append(folder / "import.xml")
        write_catalog(files[-1], listings, categories, catalog, only_changes=only_changes)
    files.append(folder / "offers.xml")
    write_offers(files[-1], listings, catalog, only_changes=only_changes)
    return files


def _switch(value: bool) -> str:
    return "true" if value else "false"


def category_xml_id(category_id: int) -> str:
    """The group id a site keeps for one of our categories."""
    return f"backoffice-category-{category_id}"


# --- the pieces -------------------------------------------------------------------------

class _OfferFormat:
    """One Предложение formatted in one piece (this runs once per product), with the
    parts that are the same for every offer escaped once, and each price and quantity
    formatted once however many products share it (a catalogue has far fewer distinct
    prices than products)."""

    def __init__(self, catalog: ExchangeCatalog) -> None:
        currency = escape(catalog.currency)
        self.compare = bool(catalog.compare_price_type_id)
        self.whole = catalog.whole_quantities
        # Per unit: the БазоваяЕдиница element, the " RUB за шт" of a price's
        # Представление, and the price's tail after ЦенаЗаЕдиницу.
        self.units = {
            key: (f'<БазоваяЕдиница Код="{code}" НаименованиеПолное="{full}" '
                  f'МеждународноеСокращение="{international}">{short}</БазоваяЕдиница>',
                  f" {currency} за {short}</Представление><ИдТипаЦены>",
                  f"</ЦенаЗаЕдиницу><Валюта>{currency}</Валюта><Единица>{code}</Единица>"
                  "<Коэффициент>1</Коэффициент></Цена>")
            for key, (code, full, international, short) in UNITS.items()
        }
        self.retail = f"{escape(catalog.price_type_id)}</ИдТипаЦены><ЦенаЗаЕдиницу>"
        self.old = f"{escape(catalog.compare_price_type_id or '')}</ИдТипаЦены><ЦенаЗаЕдиницу>"
        self.warehouse = f"<Склад ИдСклада={quoteattr(catalog.warehouse_id)} КоличествоНаСкладе="
        self.amounts: dict[Decimal, str] = {}
        self.quantities: dict[Decimal, str] = {}

    def amount(self, value: Decimal) -> str:
        text = self.amounts.get(value)
        if text is None:
            text = self.amounts[value] = format_amount(value)
        return text

    def quantity(self, value: Decimal) -> str:
        text = self.quantities.get(value)
        if text is None:
            text = self.quantities[value] = format_quantity(value.to_integral_value(ROUND_FLOOR) if self.whole
                                                            else value)
        return text

    def __call__(self, listing: Listing) -> str:
        state = listing.state
        sku = _escape(state.sku)
        unit, shown_per, tail = self.units.get(listing.unit) or self.units["pcs"]
        amount = self.amount(state.retail_price)
        prices = f"<Цена><Представление>{amount}{shown_per}{self.retail}{amount}{tail}"
        compare_at = state.compare_at_price
        if self.compare and compare_at is not None and compare_at > state.retail_price:
            old = self.amount(compare_at)
            prices += f"<Цена><Представление>{old}{shown_per}{self.old}{old}{tail}"
        quantity = self.quantity(listing.quantity_to_show)
        return (
            f"<Предложение><Ид>{sku}</Ид><Артикул>{sku}</Артикул>"
            f"<Наименование>{_escape((listing.name or state.sku)[:255])}</Наименование>{unit}"
            f'<Цены>{prices}</Цены><Количество>{quantity}</Количество>{self.warehouse}"{quantity}"/>'
            "</Предложение>\n"
        )


def _escape(text: str) -> str:
    """:func:`escape` for text that seldom needs it (SKUs, names): checking is cheaper."""
    return escape(text) if "&" in text or "<" in text or ">" in text else text


def _identity(xml: XmlStream, listing: Listing, with_barcode: bool) -> None:
    """Ид, Штрихкод, Артикул, Наименование and БазоваяЕдиница: the head of Товар."""
    sku = listing.state.sku
    xml.leaf("Ид", sku)
    if with_barcode and 8 <= len(listing.barcode) <= 14:
        xml.leaf("Штрихкод", listing.barcode)
    xml.leaf("Артикул", sku)
    xml.leaf("Наименование", (listing.name or sku)[:255])
    code, full, international, short = UNITS.get(listing.unit, UNITS["pcs"])
    xml.leaf("БазоваяЕдиница", short,
             {"Код": code, "НаименованиеПолное": full, "МеждународноеСокращение": international})


def _price_type(xml: XmlStream, type_id: str, name: str, catalog: ExchangeCatalog) -> None:
    xml.open("ТипЦены")
    xml.leaf("Ид", type_id)
    xml.leaf("Наименование", name)
    xml.leaf("Валюта", catalog.currency)
    xml.open("Налог")
    xml.leaf("Наименование", "НДС")
    xml.leaf("УчтеноВСумме", _switch(catalog.prices_include_vat))
    xml.close("Налог")
    xml.close("ТипЦены")


def _owner(xml: XmlStream, catalog: ExchangeCatalog) -> None:
    xml.open("Владелец")
    xml.leaf("Наименование", catalog.owner_name[:255])
    xml.leaf("ОфициальноеНаименование", catalog.owner_name[:255])
    xml.close("Владелец")


@contextmanager
def _document(target: Path | BinaryIO, catalog: ExchangeCatalog,
              generated_at: datetime | None) -> Iterator[XmlStream]:
    """Open the root КоммерческаяИнформация on a path or stream; close it at the end."""
    stamp = (generated_at or datetime.now()).replace(microsecond=0, tzinfo=None).isoformat()
    root_attrs = {"xmlns": NAMESPACE, "ВерсияСхемы": catalog.schema_version, "ДатаФормирования": stamp}
    if isinstance(target, Path):
        with open(target, "wb", buffering=1 << 20) as stream:
            with _document(stream, catalog, generated_at) as xml:
                yield xml
        return
    xml = XmlStream(target)
    xml.open("КоммерческаяИнформация", root_attrs)
    xml.newline()
    yield xml
    xml.close("КоммерческаяИнформация")
    xml.newline()
    xml.finish()
