"""Reading what a CommerceML site sends: orders (``type=sale&mode=query``) and offers.

Real files from 1C, 1C-Bitrix and the modules of other engines often break the schema:
no namespace or a prefixed one, windows-1251 declared or not declared at all, a byte
order mark, a PHP notice before the XML, undeclared prefixes, a bare ``&``, elements the
schema doesn't know. So the reader is lenient: it decodes by the declaration, then
UTF-8, then windows-1251; ignores namespaces and unknown elements; repairs what it
safely can; and reads values by their element names only. What it returns is plain
data; an order it can't identify is skipped and named in :attr:`OrdersFile.skipped`.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from ...errors import Phrase, ValidationError

log = logging.getLogger(__name__)

ORDER_OPERATION = "заказ товара"
#: Line ids 1C-Bitrix uses for the delivery charge written as a line.
DELIVERY_IDS = frozenset({"ORDER_DELIVERY"})


class SiteOrderStatus(StrEnum):
    """Where an order stands on the site, from the least to the most advanced."""

    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"
    COMPLETED = "completed"
    REFUNDED = "refunded"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class SiteOrderLine:
    """One line of an order; ``is_service`` for delivery and other non-stock lines."""

    site_product_id: str
    sku: str
    name: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    is_service: bool = False


@dataclass(frozen=True)
class SiteOrder:
    """An order as the site describes it; ``site_order_id`` makes pulling idempotent."""

    site_order_id: str
    number: str
    placed_at: datetime | None
    status: SiteOrderStatus
    #: The site's own status text ("[N] Принят"), as shown there.
    status_text: str
    currency: str
    total: Decimal | None
    customer_name: str
    customer_email: str
    customer_phone: str
    comment: str
    lines: tuple[SiteOrderLine, ...]
    #: Every ЗначениеРеквизита of the document, by name (the last wins).
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class OrdersFile:
    orders: list[SiteOrder]
    #: Documents that were orders but couldn't be taken, each with the reason.
    skipped: list[str]


@dataclass(frozen=True)
class SiteOffer:
    """An offer as the site has it: prices by price type name, stock if given."""

    site_id: str
    sku: str
    name: str
    #: Price type name (or id when the file doesn't name it) -> price per unit.
    prices: dict[str, Decimal]
    quantity: Decimal | None


# --- decoding and parsing ---------------------------------------------------------------

_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?\?>", re.S)
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_ROOT_START = re.compile(r"<(?:[\w.-]+:)?КоммерческаяИнформация[\s>/]")
_ROOT_END = re.compile(r"</(?:[\w.-]+:)?КоммерческаяИнформация\s*>")
_PREFIXED_ATTRIBUTE = re.compile(r"""\s[\w.-]+:[\w.-]+\s*=\s*("[^"]*"|'[^']*')""")
_TAG_PREFIX = re.compile(r"<(/?)[\w.-]+:")
_BARE_AMPERSAND = re.compile(r"&(?!#\d+;|#x[0-9A-Fa-f]+;|[A-Za-z]\w*;)")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Text of a site's answer or file: by the declared encoding (or ``declared``, e.g.
    an HTTP charset), else UTF-8, else windows-1251. A BOM wins over everything."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if declared is None:
        match = _DECLARATION.match(data)
        found = _ENCODING.search(match.group(0)) if match else None
        declared = found.group(1).decode("ascii") if found else None
    if declared:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: fall back as if there were none
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def parse_document(data: bytes, what: str) -> ET.Element:
    """The root element of a CommerceML document, namespaces dropped from every tag.

    ``what`` names the document in the error (a :class:`Phrase`, translated with it).
    """
    text = decode_text(data)
    start = _ROOT_START.search(text)
    if start is None:
        raise ValidationError(
            "{what} is not a CommerceML document (no КоммерческаяИнформация element); it begins: {start}",
            what=what, start=_excerpt(text),
        )
    end = None
    for end in _ROOT_END.finditer(text, start.start()):
        pass
    body = text[start.start():end.end() if end else len(text)]
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        # Undeclared prefixes and bare ampersands are the usual faults: repair, try again.
        repaired = _BARE_AMPERSAND.sub("&amp;", _TAG_PREFIX.sub(r"<\1", _PREFIXED_ATTRIBUTE.sub("", body)))
        try:
            root = ET.fromstring(repaired)
        except ET.ParseError as exc:
            raise ValidationError(
                "{what} is not well-formed XML ({reason}); it begins: {start}",
                what=what, reason=str(exc), start=_excerpt(body),
            ) from exc
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
    return root


def _excerpt(text: str) -> str:
    return " ".join(text[:120].split())


# --- orders -----------------------------------------------------------------------------

def read_orders(data: bytes) -> OrdersFile:
    """The orders in a site's answer to ``type=sale&mode=query`` (or an orders file);
    an empty answer means none."""
    if not decode_text(data).strip():
        return OrdersFile(orders=[], skipped=[])
    root = parse_document(data, Phrase("The site's orders"))
    orders: list[SiteOrder] = []
    skipped: list[str] = []
    for position, doc in enumerate(root.iter("Документ"), start=1):
        operation = _text(doc, "ХозОперация").lower()
        if operation and operation != ORDER_OPERATION:
            continue
        site_id = _text(doc, "Ид") or _text(doc, "Номер")
        if not site_id:
            skipped.append(f"document {position}: neither Ид nor Номер")
            log.warning("CommerceML order document %s has neither Ид nor Номер; skipped", position)
            continue
        orders.append(_order(doc, site_id, skipped))
    return OrdersFile(orders=orders, skipped=skipped)


def _order(doc: ET.Element, site_id: str, skipped: list[str]) -> SiteOrder:
    attributes = _requisites(doc)
    status_text = attributes.get("Статус заказа", "") or attributes.get("Статус", "")
    name, email, phone = _customer(doc)
    lines = []
    goods = doc.find("Товары")
    for index, item in enumerate(goods.findall("Товар") if goods is not None else [], start=1):
        line = _line(item)
        if line is None:
            skipped.append(f"order {site_id}, line {index}: no quantity")
            continue
        lines.append(line)
    return SiteOrder(
        site_order_id=site_id,
        number=_text(doc, "Номер") or site_id,
        placed_at=_moment(_text(doc, "Дата"), _text(doc, "Время")),
        status=_status(attributes, status_text),
        status_text=status_text,
        currency=_text(doc, "Валюта"),
        total=_decimal(_text(doc, "Сумма")),
        customer_name=name,
        customer_email=email,
        customer_phone=phone,
        comment=_text(doc, "Комментарий"),
        lines=tuple(lines),
        attributes=attributes,
    )


def _line(item: ET.Element) -> SiteOrderLine | None:
    quantity = _decimal(_text(item, "Количество"))
    if quantity is None:
        return None
    price = _decimal(_text(item, "ЦенаЗаЕдиницу"))
    amount = _decimal(_text(item, "Сумма"))
    if price is None:
        price = (amount / quantity).quantize(Decimal("0.01")) if amount is not None and quantity else Decimal(0)
    if amount is None:
        amount = (price * quantity).quantize(Decimal("0.01"))
    site_product_id = _text(item, "Ид")
    kinds = {v.lower() for k, v in _requisites(item).items() if k in ("ВидНоменклатуры", "ТипНоменклатуры")}
    return SiteOrderLine(
        site_product_id=site_product_id,
        sku=_text(item, "Артикул"),
        name=_text(item, "Наименование"),
        quantity=quantity,
        unit_price=price,
        amount=amount,
        is_service=site_product_id in DELIVERY_IDS or "услуга" in kinds,
    )


def _customer(doc: ET.Element) -> tuple[str, str, str]:
    """Name, e-mail and phone of the buyer (the first Контрагент if none says Покупатель)."""
    parties = doc.find("Контрагенты")
    if parties is None:
        return "", "", ""
    candidates = parties.findall("Контрагент")
    buyer = next((c for c in candidates if _text(c, "Роль").lower() == "покупатель"),
                 candidates[0] if candidates else None)
    if buyer is None:
        return "", "", ""
    name = _text(buyer, "ПолноеНаименование") or _text(buyer, "Наименование") \
        or _text(buyer, "ОфициальноеНаименование")
    email = phone = ""
    for contact in buyer.iter("Контакт"):
        kind = (_text(contact, "Тип") or contact.get("Тип", "")).lower()
        value = _text(contact, "Значение") or contact.get("Значение", "")
        if not email and ("почта" in kind or "mail" in kind):
            email = value
        elif not phone and "телефон" in kind:
            phone = value
    return name, email, phone


_STATUS_CODES = {"N": SiteOrderStatus.NEW, "P": SiteOrderStatus.PAID, "F": SiteOrderStatus.COMPLETED}
_STATUS_WORDS = (
    ("отмен", SiteOrderStatus.CANCELLED),
    ("возврат", SiteOrderStatus.REFUNDED),
    ("выполнен", SiteOrderStatus.COMPLETED),
    ("доставлен", SiteOrderStatus.COMPLETED),
    ("отгружен", SiteOrderStatus.SHIPPED),
    ("отправлен", SiteOrderStatus.SHIPPED),
    ("оплачен", SiteOrderStatus.PAID),
)
_RANK = list(SiteOrderStatus)


def _status(attributes: dict[str, str], status_text: str) -> SiteOrderStatus:
    """The most advanced status any requisite tells (a cancelled flag beats all)."""
    found = [SiteOrderStatus.NEW]
    if _flag(attributes.get("Отменен")) or _flag(attributes.get("ПометкаУдаления")):
        return SiteOrderStatus.CANCELLED
    if _flag(attributes.get("Заказ оплачен")) or _flag(attributes.get("Оплачен")) \
            or attributes.get("Дата оплаты", "").strip() or attributes.get("Номер оплаты", "").strip():
        found.append(SiteOrderStatus.PAID)
    if _flag(attributes.get("Отгружен")) or attributes.get("Дата отгрузки", "").strip():
        found.append(SiteOrderStatus.SHIPPED)
    text = status_text.lower()
    code = re.match(r"\s*\[(\w)\]", status_text)
    if code and code.group(1).upper() in _STATUS_CODES:
        found.append(_STATUS_CODES[code.group(1).upper()])
    for word, status in _STATUS_WORDS:
        if word in text and not ("не " + word) in text:
            found.append(status)
            break
    return max(found, key=_RANK.index)


# --- offers -----------------------------------------------------------------------------

def read_offers(data: bytes) -> list[SiteOffer]:
    """The offers of an ``offers.xml`` (ПакетПредложений or ИзмененияПакетаПредложений)."""
    root = parse_document(data, Phrase("The site's offers"))
    type_names = {_text(t, "Ид"): _text(t, "Наименование") for t in root.iter("ТипЦены") if _text(t, "Ид")}
    offers = []
    for offer in root.iter("Предложение"):
        prices: dict[str, Decimal] = {}
        holder = offer.find("Цены")
        for price in holder.findall("Цена") if holder is not None else []:
            amount = _decimal(_text(price, "ЦенаЗаЕдиницу"))
            type_id = _text(price, "ИдТипаЦены")
            if amount is not None:
                prices[type_names.get(type_id) or type_id] = amount
        quantity = _decimal(_text(offer, "Количество"))
        if quantity is None:
            stocks = [_decimal(s.get("КоличествоНаСкладе", "")) for s in offer.findall("Склад")]
            known = [s for s in stocks if s is not None]
            quantity = sum(known, Decimal(0)) if known else None
        offers.append(SiteOffer(
            site_id=_text(offer, "Ид"), sku=_text(offer, "Артикул"), name=_text(offer, "Наименование"),
            prices=prices, quantity=quantity,
        ))
    return offers


# --- values -----------------------------------------------------------------------------

def _text(element: ET.Element, child: str) -> str:
    found = element.find(child)
    return (found.text or "").strip() if found is not None else ""


def _requisites(element: ET.Element) -> dict[str, str]:
    holder = element.find("ЗначенияРеквизитов")
    if holder is None:
        return {}
    return {
        _text(r, "Наименование"): _text(r, "Значение")
        for r in holder.findall("ЗначениеРеквизита") if _text(r, "Наименование")
    }


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "да", "1", "yes")


def _decimal(text: str) -> Decimal | None:
    """A number as sites write it: ``1234.5``, ``1 234,50``, ``1\u00a0234,50``."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _moment(day: str, clock: str) -> datetime | None:
    """Дата (``2024-05-01`` or ``01.05.2024``, maybe with a time) and Время."""
    day = day.strip()
    if not day:
        return None
    parsed_day: date | None = None
    parsed_time = time()
    for pattern in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%d.%m.%Y %H:%M:%S"):
        try:
            moment = datetime.strptime(day, pattern)
        except ValueError:
            continue
        parsed_day, parsed_time = moment.date(), moment.time()
        break
    else:
        for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
            try:
                parsed_day = datetime.strptime(day, pattern).date()
                break
            except ValueError:
                continue
    if parsed_day is None:
        return None
    for pattern in ("%H:%M:%S", "%H:%M"):
        try:
            parsed_time = datetime.strptime(clock.strip(), pattern).time()
            break
        except ValueError:
            continue
    return datetime.combine(parsed_day, parsed_time)
