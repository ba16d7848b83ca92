"""The cells of a supplier's price list as values: text as the user sees it, prices
written every which way (``1 234,50``, ``1,234.50``, ``12 руб.``), stock as numbers or
words ("много", "нет", ">10"), pack sizes, barcodes; each refused with what was expected."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from ..errors import ValidationError

#: What "много", "есть", "в наличии" count as unless the mapping says otherwise.
DEFAULT_STOCK_ESTIMATE = 100
MAX_SKU_CHARS = 128
MAX_BARCODE_CHARS = 64
MAX_NAME_CHARS = 500
MAX_PRICE = Decimal("1e12")
MAX_QUANTITY = Decimal("1e11")
CENTS = Decimal("0.01")
THOUSANDTHS = Decimal("0.001")

CURRENCY_WORDS: dict[str, str] = {
    "руб": "RUB", "рубль": "RUB", "рублей": "RUB", "рубля": "RUB", "р": "RUB", "₽": "RUB", "rub": "RUB",
    "rur": "RUB", "$": "USD", "usd": "USD", "долл": "USD", "доллар": "USD", "€": "EUR", "eur": "EUR",
    "евро": "EUR", "¥": "CNY", "cny": "CNY", "rmb": "CNY", "юань": "CNY", "£": "GBP", "gbp": "GBP",
    "₸": "KZT", "kzt": "KZT", "тенге": "KZT", "byn": "BYN", "byr": "BYN",
}
#: Unit words that may follow a price or a quantity ("12 руб./шт.").
UNIT_WORDS = frozenset({"шт", "штук", "ед", "за", "pcs", "pc", "ea", "each", "per", "уп", "упак"})

_STOCK_MANY = frozenset({
    "много", "есть", "в наличии", "да", "имеется", "+", "++", "+++", "yes", "in stock", "available", "many",
    "lots", "plenty",
})
_STOCK_NONE = frozenset({
    "нет", "-", "--", "—", "–", "нет в наличии", "отсутствует", "под заказ", "ожидается", "no", "none",
    "out of stock", "n/a",
})
_STOCK_AT_LEAST = re.compile(
    r"(?:(?:>=?|≥|более|больше|свыше|от|over|more than)\s*(\d+)|(\d+)\s*\+)\s*(?:шт|pcs)?")
_STOCK_BELOW = re.compile(r"(?:<=?|≤|менее|меньше|до|less than|under)\s*\d+\s*(?:шт|pcs)?")
SECTION_LABEL = re.compile(r"^(?:категория|раздел|группа|подгруппа|category|section|group)\s*:\s*", re.I)
#: The usual ways a price or quantity is written, parsed without the general rules.
_PLAIN_NUMBER = re.compile(r"\s*(\d+(?:[ \u00a0\u202f]\d{3})*)(?:[.,](\d{1,2}))?\s*")
_NUMBER = re.compile(r"[-−–]?[.,]?\d[\d\s\u00a0\u202f\u2009'’.,]*")
_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_WORD = re.compile(r"[^\W_]+|[$€₽¥£₸+]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
COLUMN_LETTERS = re.compile(r"[A-Z]{1,3}")
_BARCODE_SPLIT = re.compile(r"[,;/|\n]+")
_BARCODE_JOIN = re.compile(r"[\s\-\u00a0]")
LETTERS = re.compile(r"[^\W\d_]")

# --- cell values ----------------------------------------------------------------------------


def cell_text(value: Any) -> str:
    """A cell as the user sees it: numbers without a spurious ".0", dates as dd.mm.yyyy."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M") if value.time() != time() else value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def clean_text(value: Any) -> str:
    return " ".join((value if value.__class__ is str else cell_text(value)).split())


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def fold(text: str) -> str:
    """Case-fold for comparing: Cyrillic too, "ё" as "е", spaces collapsed."""
    return " ".join(text.casefold().replace("ё", "е").split())


def text_words(text: str) -> list[str]:
    return _WORD.findall(fold(_CAMEL.sub(" ", text)))


def parse_number(text: str) -> Decimal:
    """A number as people write it: ``1 234,50``, ``1,234.50``, ``1.234,50``, ``14 227``.

    A lone separator followed by exactly three digits groups thousands (``1,234`` is
    1234): prices with three decimals are rarer than thousands written that way.
    """
    s = _GROUPING.sub("", text)
    negative = s[:1] in ("-", "−", "–")
    s = s.lstrip("-−–")
    if "," in s and "." in s:
        decimal_mark = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal_mark == "," else ",", "").replace(decimal_mark, ".")
    elif "," in s or "." in s:
        mark = "," if "," in s else "."
        head, *groups = s.split(mark)
        if len(groups) > 1 or (len(groups[0]) == 3 and 1 <= len(head) <= 3 and head != "0"):
            if not all(len(g) == 3 for g in groups):
                raise InvalidOperation(text)
            s = head + "".join(groups)
        else:
            s = f"{head}.{groups[0]}"
    value = Decimal(s)
    return -value if negative else value


def split_number(text: str) -> tuple[Decimal, list[str]] | None:
    """The one number in a cell and the words around it; None when there isn't exactly one."""
    found = _NUMBER.findall(text)
    if len(found) != 1:
        return None
    try:
        value = parse_number(found[0].strip())
    except InvalidOperation:
        return None
    return value, text_words(text.replace(found[0], " ", 1))


def caption_currency(caption: str) -> str:
    """The currency named in a header caption ("Цена, USD" → "USD"), "" when none."""
    for word in text_words(caption):
        if word in CURRENCY_WORDS:
            return CURRENCY_WORDS[word]
    return ""


def parse_price(value: Any) -> tuple[Decimal | None, str]:
    """A price cell → (amount, currency found in the cell or ""); None for an empty cell.

    Numbers are rounded to kopecks as Excel shows them; text may carry a currency
    ("12 руб.", "$12.50") but no more than two decimals. Raises :class:`ValidationError`.
    """
    if is_blank(value):
        return None, ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        amount = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
        if not amount.is_finite():
            raise ValidationError("Expected a price such as 1 234,50 or 1234.50.")
        currency = ""
    elif isinstance(value, str) and (plain := _PLAIN_NUMBER.fullmatch(value)):
        whole, cents = plain.groups()
        amount, currency = Decimal(f"{_GROUPING.sub('', whole)}.{cents or 0}"), ""
    else:
        text = cell_text(value)
        parsed = split_number(text)
        currencies = {CURRENCY_WORDS[w] for w in parsed[1] if w in CURRENCY_WORDS} if parsed else set()
        if parsed is None or len(currencies) > 1 or any(
            w not in CURRENCY_WORDS and w not in UNIT_WORDS for w in parsed[1]
        ):
            raise ValidationError("Expected a price such as 1 234,50 or 1234.50.")
        amount, currency = parsed[0], currencies.pop() if currencies else ""
        exponent = amount.as_tuple().exponent
        if isinstance(exponent, int) and exponent < -2:
            raise ValidationError("Expected a price with at most two decimal places.")
    if amount < 0:
        raise ValidationError("A price can't be negative.")
    if amount >= MAX_PRICE:
        raise ValidationError("The price is too large.")
    return amount.quantize(CENTS, rounding=ROUND_HALF_UP), currency


def parse_stock(value: Any, estimate: int = DEFAULT_STOCK_ESTIMATE) -> tuple[Decimal | None, bool]:
    """A stock cell → (quantity, whether it is an estimate); (None, False) when empty (unknown).

    Words count as ``estimate`` ("много", "есть") or 0 ("нет", "-"); a bound counts as
    itself (">10", "более 10", "10+" → 10; "<5" → 1, in stock but few).
    """
    whole = _whole(value)
    if whole is not None:
        return whole, False
    if is_blank(value):
        return None, False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        qty = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
        return _quantity(qty, "stock"), False
    text = fold(cell_text(value)).rstrip(".")
    if text in _STOCK_MANY:
        return Decimal(estimate), True
    if text in _STOCK_NONE:
        return Decimal(0), False
    bound = _STOCK_AT_LEAST.fullmatch(text)
    if bound:
        return Decimal(bound.group(1) or bound.group(2)), True
    if _STOCK_BELOW.fullmatch(text):
        return Decimal(1), True
    parsed = split_number(text)
    if parsed is None or any(w not in UNIT_WORDS for w in parsed[1]):
        raise ValidationError("Expected a stock quantity: a number, a bound such as >10, or a word such as "
                              "'много' or 'нет'.")
    return _quantity(parsed[0], "stock"), False


def parse_pack(value: Any) -> Decimal | None:
    """A pack size cell (units per pack, "10 шт") → a positive quantity; None when empty."""
    whole = _whole(value)
    if whole:
        return whole
    if is_blank(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        qty = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    else:
        parsed = split_number(cell_text(value))
        if parsed is None or any(w not in UNIT_WORDS for w in parsed[1]):
            raise ValidationError("Expected a pack size: the number of units in a pack, such as 12.")
        qty = parsed[0]
    if qty <= 0:
        raise ValidationError("The pack size must be more than zero.")
    return _quantity(qty, "pack")


def _whole(value: Any) -> Decimal | None:
    """A whole, non-negative number or digits: the usual stock or pack cell, read the quick way."""
    if value.__class__ is int:
        return Decimal(value) if 0 <= value < MAX_QUANTITY else None
    if value.__class__ is str and len(value) < 12 and value.isascii() and value.isdigit():
        return Decimal(value)
    return None


def _quantity(qty: Decimal, what: str) -> Decimal:
    if not qty.is_finite() or qty >= MAX_QUANTITY:
        raise ValidationError("The quantity is too large.")
    if qty < 0:
        if what == "stock":
            raise ValidationError("The stock can't be negative.")
        raise ValidationError("The pack size must be more than zero.")
    rounded = qty.quantize(THOUSANDTHS, rounding=ROUND_HALF_UP)
    return rounded.normalize() if rounded != rounded.to_integral_value() else Decimal(int(rounded))


def parse_barcodes(value: Any) -> tuple[str, ...]:
    """Barcodes in a cell: several may be listed (``,`` ``;`` ``/``); dashes and spaces
    inside a numeric code are dropped (ISBN ``978-5-699-41426-0``). A number cell loses
    leading zeros in Excel: the service looks codes up in every GTIN spelling."""
    if is_blank(value):
        return ()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if type(value) is int or (isinstance(value, str) and value.isascii() and value.isdigit()):
        return (str(value),)
    codes = []
    for part in _BARCODE_SPLIT.split(cell_text(value)):
        digits = _BARCODE_JOIN.sub("", part)
        codes.append(digits if digits.isdigit() else part.strip())  # "ABC-12" is an internal code as it is
    return tuple(dict.fromkeys(code for code in codes if code))


def offer_sku(sku: str, barcodes: Sequence[str], name: str) -> str:
    """What identifies a row among the supplier's offers: the SKU, else the first barcode,
    else the name (a name longer than the column keeps its start and a hash of the rest)."""
    if sku:
        return sku
    if barcodes:
        return barcodes[0]
    if len(name) <= MAX_SKU_CHARS:
        return name
    digest = hashlib.sha1(fold(name).encode("utf-8")).hexdigest()[:8]
    return f"{name[:MAX_SKU_CHARS - 9]}#{digest}"

