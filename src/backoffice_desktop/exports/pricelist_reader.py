"""Reading supplier price lists (.xlsx, .csv) as suppliers really send them; no database.

Suppliers put a title block above the header, merge cells, split the list over several
sheets, insert section rows ("Category: ..."), write prices as text (``1 234,50``,
``1,234.50``, ``12 руб.``) and stock as words ("много", "нет", ">10"). This module finds
the header row and the columns (Russian or English captions), reads every sheet that has
a table, parses the values and checks each cell. It keeps the sheet's own 1-based row
numbers and column letters, so every problem names the file, sheet, row, column and value.

Stages, each usable alone (the service composes them, the benchmark times them):

- :func:`preview` — the first rows of every sheet as display strings and the detected
  (or given) :class:`PriceListMapping`, for the mapping dialog;
- :func:`read_price_list` — every row parsed into :class:`PriceListRow`, or a
  :class:`RowError` per bad cell, or a :class:`SkippedRow` with its reason;
- :func:`remove_duplicates` — the same item twice in one list: an error when the rows
  differ, a skipped repeat when they are identical.

Files are recognised by their content, not their name: a ZIP is read as a workbook, an
OLE compound file (a password-protected workbook or an old .xls) is refused with a hint,
text is read as CSV (UTF-8, else Windows-1251; delimiter ``;``, tab or ``,``).
"""

from __future__ import annotations

import csv
import enum
import hashlib
import io
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import chain, islice
from pathlib import Path
from typing import IO, Any

from openpyxl.utils import column_index_from_string, get_column_letter

from ..errors import Phrase, ValidationError

#: Rows of each sheet searched for the header.
HEAD_ROWS = 40
#: Rows of each sheet shown in the preview.
PREVIEW_ROWS = 50
#: What "много", "есть", "в наличии" count as unless the mapping says otherwise.
DEFAULT_STOCK_ESTIMATE = 100
MAX_SKU_CHARS = 128
MAX_BARCODE_CHARS = 64
MAX_NAME_CHARS = 500
MAX_PRICE = Decimal("1e12")
MAX_QUANTITY = Decimal("1e11")
CENTS = Decimal("0.01")
THOUSANDTHS = Decimal("0.001")

OLE_MAGIC = b"\xd0\xcf\x11\xe0"
ZIP_MAGIC = b"PK\x03\x04"

Progress = Callable[[int, int], None]


class Field(enum.StrEnum):
    """What a price list column can hold."""

    SKU = "sku"
    NAME = "name"
    PRICE = "price"
    STOCK = "stock"
    BARCODE = "barcode"
    PACK = "pack"


#: Field names as the mapping dialog and the messages show them (translated).
FIELD_TITLES: dict[Field, Phrase] = {
    Field.SKU: Phrase("supplier SKU"),
    Field.NAME: Phrase("name"),
    Field.PRICE: Phrase("price"),
    Field.STOCK: Phrase("stock"),
    Field.BARCODE: Phrase("barcode"),
    Field.PACK: Phrase("pack size"),
}

#: Header captions per field, best first; compared word by word after lower-casing
#: ("Цена, руб." is the words "цена"; currency and unit words are set aside).
HEADER_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.SKU: (
        "артикул", "артикул поставщика", "арт", "код товара", "код поставщика", "sku", "article", "art",
        "art no", "item code", "item no", "part number", "part no", "pn", "vendor code", "code", "код",
    ),
    Field.NAME: (
        "наименование", "наименование товара", "название", "номенклатура", "товар", "продукция", "name",
        "product name", "product", "item", "title", "описание", "description",
    ),
    Field.PRICE: (
        "цена", "оптовая цена", "цена опт", "опт", "стоимость", "price", "wholesale price", "wholesale",
        "unit price", "cost",
    ),
    Field.STOCK: (
        "остаток", "остатки", "наличие", "в наличии", "склад", "остаток на складе", "кол во", "количество",
        "stock", "in stock", "qty", "quantity", "available", "availability", "count",
    ),
    Field.BARCODE: (
        "штрихкод", "штрих код", "шк", "ean", "ean 13", "ean13", "ean 8", "gtin", "upc", "isbn", "barcode",
        "bar code",
    ),
    Field.PACK: (
        "кратность", "в упаковке", "в уп", "кол во в упаковке", "количество в упаковке", "pack", "pack size",
        "pack qty", "units per pack", "qty per pack", "case pack",
    ),
}
#: Word beginnings that rule a caption out for a field ("Розничная цена" is not our price).
HEADER_EXCLUDES: dict[Field, tuple[str, ...]] = {
    Field.PRICE: ("розн", "ррц", "retail", "msrp", "рекоменд", "сумм", "итог", "total", "amount", "стар", "old"),
}

#: Currency words and signs, as written in headers and price cells.
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
_SECTION_LABEL = re.compile(r"^(?:категория|раздел|группа|подгруппа|category|section|group)\s*:\s*", re.I)
#: The usual ways a price or quantity is written, parsed without the general rules.
_PLAIN_NUMBER = re.compile(r"\s*(\d+(?:[ \u00a0\u202f]\d{3})*)(?:[.,](\d{1,2}))?\s*")
_NUMBER = re.compile(r"[-−–]?[.,]?\d[\d\s\u00a0\u202f\u2009'’.,]*")
_GROUPING = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_WORD = re.compile(r"[^\W_]+|[$€₽¥£₸+]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_COLUMN = re.compile(r"[A-Z]{1,3}")
_BARCODE_SPLIT = re.compile(r"[,;/|\n]+")
_BARCODE_JOIN = re.compile(r"[\s\-\u00a0]")
_LETTERS = re.compile(r"[^\W\d_]")

SKIP_SECTION = Phrase("section heading")
SKIP_HEADER = Phrase("repeats the header row")
SKIP_NO_PRICE = Phrase("no price")
SKIP_NO_ID = Phrase("nothing identifies the product (no SKU, barcode or name)")
SKIP_REPEAT = Phrase("repeats an earlier row")


# --- the mapping ------------------------------------------------------------------------

@dataclass(frozen=True)
class PriceListMapping:
    """Which sheets, header row and columns hold what; remembered per supplier (JSON).

    ``columns`` maps fields to column letters; empty means "detect". ``header_row`` None
    means "detect the row". ``sheets`` empty means every sheet that has a table.
    ``captions`` are the header texts seen when the mapping was made: a saved mapping
    finds its header again by them when next month's file has moved it. A mapping
    corrected by hand has no captions and is taken as it is.
    """

    columns: dict[Field, str] = field(default_factory=dict)
    header_row: int | None = None
    sheets: tuple[str, ...] = ()
    captions: dict[Field, str] = field(default_factory=dict)
    stock_estimate: int = DEFAULT_STOCK_ESTIMATE

    def __post_init__(self) -> None:
        columns = {Field(f): str(c).strip().upper() for f, c in self.columns.items()}
        object.__setattr__(self, "columns", columns)
        object.__setattr__(self, "captions", {Field(f): str(c) for f, c in self.captions.items() if f in columns})
        object.__setattr__(self, "sheets", tuple(self.sheets))
        for letter in columns.values():
            if not _COLUMN.fullmatch(letter) or column_index_from_string(letter) > 16384:
                raise ValidationError("'{column}' is not a column letter (expected A, B, ... XFD).", column=letter)
        if self.header_row is not None and self.header_row < 1:
            raise ValidationError("The header row must be 1 or more, not {row}.", row=self.header_row)
        if self.stock_estimate < 1:
            raise ValidationError("The stock counted for 'много' must be 1 or more, not {value}.",
                                  value=self.stock_estimate)
        if not columns:
            return
        if Field.PRICE not in columns:
            raise ValidationError("Choose the column that holds the price.")
        if not {Field.SKU, Field.BARCODE, Field.NAME} & columns.keys():
            raise ValidationError("Choose a column that identifies the product: supplier SKU, barcode or name.")
        seen: dict[str, Field] = {}
        for f, letter in columns.items():
            if letter in seen:
                raise ValidationError("Column {column} is chosen for both {first} and {second}.",
                                      column=letter, first=FIELD_TITLES[seen[letter]], second=FIELD_TITLES[f])
            seen[letter] = f

    @property
    def is_auto(self) -> bool:
        return not self.columns

    def to_json(self) -> dict[str, Any]:
        return {
            "columns": {f.value: c for f, c in self.columns.items()},
            "header_row": self.header_row,
            "sheets": list(self.sheets),
            "captions": {f.value: c for f, c in self.captions.items()},
            "stock_estimate": self.stock_estimate,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PriceListMapping:
        known = {f.value for f in Field}
        for name in [*data.get("columns", {}), *data.get("captions", {})]:
            if name not in known:
                raise ValidationError("The saved price list mapping names an unknown column kind '{kind}'.",
                                      kind=name)
        header_row = data.get("header_row")
        return cls(
            columns=dict(data.get("columns", {})),
            header_row=int(header_row) if header_row is not None else None,
            sheets=tuple(str(s) for s in data.get("sheets", ())),
            captions=dict(data.get("captions", {})),
            stock_estimate=int(data.get("stock_estimate", DEFAULT_STOCK_ESTIMATE)),
        )


# --- what reading produces ----------------------------------------------------------------

@dataclass(frozen=True)
class SheetTable:
    """Where one sheet's table is: its header row and the column letter of each field."""

    sheet: str
    header_row: int
    columns: dict[Field, str]
    captions: dict[Field, str]
    #: A currency named in the price column's header ("Цена, USD"), "" when none.
    currency: str


@dataclass(frozen=True)
class PriceListRow:
    """One item row, parsed. ``key`` identifies it among this supplier's offers."""

    sheet: str
    row: int
    #: What ``SupplierOffer.supplier_sku`` holds: the SKU, else the barcode, else the name.
    supplier_sku: str
    #: ``supplier_sku`` case-folded with spaces collapsed: the offer's identity.
    key: str
    sku: str
    name: str
    price: Decimal
    stock: Decimal | None
    #: The stock was a word or a bound ("много", ">10"), not a count.
    stock_estimated: bool
    barcodes: tuple[str, ...]
    pack: Decimal | None
    #: The section heading above the row ("Смартфоны"), "" when none.
    category: str


@dataclass(frozen=True)
class RowError:
    """A cell that can't be imported; ``problem`` says what was expected (translatable)."""

    file: str
    sheet: str
    row: int
    column: str
    value: str
    problem: ValidationError
    #: The row's offer key when it could be read ("" otherwise).
    key: str = ""

    @property
    def text(self) -> str:
        """The English line for logs and the command line."""
        where = f"{self.file}, sheet '{self.sheet}', row {self.row}, column {self.column}"
        return f"{where}, '{self.value}': {self.problem}"


@dataclass(frozen=True)
class SkippedRow:
    """A row left out on purpose (a section heading, a row without price...)."""

    sheet: str
    row: int
    reason: Phrase
    text: str = ""


@dataclass(frozen=True)
class ParsedPriceList:
    file: str
    mapping: PriceListMapping
    tables: tuple[SheetTable, ...]
    #: Sheets with data but no price table under the mapping.
    sheets_without_table: tuple[str, ...]
    rows: tuple[PriceListRow, ...]
    errors: tuple[RowError, ...]
    skipped: tuple[SkippedRow, ...]


@dataclass(frozen=True)
class PreviewRow:
    row: int
    #: Display strings from column A on.
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SheetPreview:
    name: str
    rows: tuple[PreviewRow, ...]
    width: int
    #: Where the mapping finds this sheet's table; None when it has none.
    table: SheetTable | None


@dataclass(frozen=True)
class PriceListPreview:
    """What the mapping dialog shows: sheets, first rows, and the mapping in effect."""

    file: str
    sheet_names: tuple[str, ...]
    sheets: tuple[SheetPreview, ...]
    #: The mapping found (detected, or the one given with its captions); None when no header was found.
    mapping: PriceListMapping | None
    #: Why the given mapping was set aside, or why no header was found.
    problem: ValidationError | None
    #: The first rows of the first table read with the mapping, as an import would read them.
    parsed: tuple[PriceListRow, ...]
    errors: tuple[RowError, ...]
    skipped: tuple[SkippedRow, ...]


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


def _words(text: str) -> list[str]:
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
    return value, _words(text.replace(found[0], " ", 1))


def caption_currency(caption: str) -> str:
    """The currency named in a header caption ("Цена, USD" → "USD"), "" when none."""
    for word in _words(caption):
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


# --- opening files --------------------------------------------------------------------------

@dataclass
class SheetRows:
    """One sheet of a workbook (or a whole CSV file) as it is read: numbered rows of cell values."""

    name: str
    rows: Iterator[tuple[int, tuple[Any, ...]]]
    #: How much there is to read (bytes of sheet XML, or CSV rows), and how much was read.
    size: int
    done: Callable[[], int]


class _CountingReader:
    """A file wrapper that counts the bytes read: progress through a sheet's XML."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


#: SpreadsheetML's namespaces: transitional (what Excel writes) and strict.
_NAMESPACES = (
    "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "http://purl.oclc.org/ooxml/spreadsheetml/main",
)


def _tags(local: str) -> frozenset[str]:
    """A tag as it may be spelled: in either namespace or none (set lookups beat parsing tags)."""
    return frozenset({local, *(f"{{{ns}}}{local}" for ns in _NAMESPACES)})


_ROW, _SI, _T, _R = _tags("row"), _tags("si"), _tags("t"), _tags("r")
#: Built-in number formats that show dates (ECMA-376 18.8.30; 27-36 and 50-58 are East Asian).
_DATE_FORMATS = frozenset([*range(14, 23), *range(27, 37), 45, 46, 47, *range(50, 59)])


def _column_number(letters: str) -> int:
    """1 for "A", 28 for "AB"."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


class _Workbook:
    """The parts of an .xlsx a price list needs, read straight from its XML.

    openpyxl's reader builds an object per shared string and per cell: a 50 000-row
    list took it over 10 s here. This reads values only — shared and inline strings,
    numbers, booleans, errors, cached formula results, dates by their number format —
    like ``load_workbook(read_only=True, data_only=True)``; a test compares the two.
    """

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        workbook = self._xml("xl/workbook.xml")
        rels = self._rels("xl/_rels/workbook.xml.rels", "xl")
        self.epoch = datetime(1899, 12, 30)
        self.sheets: list[tuple[str, str]] = []
        for elem in workbook.iter():
            tag = _local(elem.tag)
            if tag == "workbookPr" and elem.get("date1904") in ("1", "true"):
                self.epoch = datetime(1904, 1, 1)
            elif tag == "sheet":
                rid = next((v for k, v in elem.attrib.items() if _local(k) == "id"), "")
                kind, target = rels.get(rid, ("", ""))
                if kind == "worksheet":
                    self.sheets.append((elem.get("name", ""), target))
        targets = {kind: target for kind, target in rels.values()}
        self.shared = self._shared_strings(targets.get("sharedStrings", ""))
        self.date_styles = self._date_styles(targets.get("styles", ""))

    def _xml(self, name: str) -> ET.Element:
        with self.archive.open(name) as fh:
            return ET.parse(fh).getroot()

    def _rels(self, name: str, folder: str) -> dict[str, tuple[str, str]]:
        found = {}
        for rel in self._xml(name):
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(f"{folder}/{target}")
            found[rel.get("Id", "")] = (rel.get("Type", "").rpartition("/")[2], path)
        return found

    def _shared_strings(self, name: str) -> list[str]:
        if not name or name not in self.archive.namelist():
            return []
        strings: list[str] = []
        with self.archive.open(name) as fh:
            for _event, si in ET.iterparse(fh):
                if si.tag not in _SI:
                    continue
                if len(si) == 1 and si[0].tag in _T:
                    strings.append(si[0].text or "")
                else:  # rich text: runs (r/t) count, phonetic hints (rPh/t) don't
                    strings.append("".join(
                        (part.text or "") if part.tag in _T else "".join(t.text or "" for t in part if t.tag in _T)
                        for part in si if part.tag in _T or part.tag in _R
                    ))
                si.clear()
        return strings

    def _date_styles(self, name: str) -> frozenset[str]:
        """Style indexes whose number format shows a date (dates are numbers in a sheet)."""
        if not name or name not in self.archive.namelist():
            return frozenset()
        styles = self._xml(name)
        custom = {elem.get("numFmtId"): elem.get("formatCode", "") for elem in styles.iter()
                  if _local(elem.tag) == "numFmt"}
        xfs = next((e for e in styles if _local(e.tag) == "cellXfs"), None)
        found = set()
        for index, xf in enumerate(xfs if xfs is not None else ()):
            fmt = xf.get("numFmtId", "0")
            code = re.sub(r'"[^"]*"|\[[^\]]*\]', "", custom.get(fmt, "")).lower()
            if int(fmt) in _DATE_FORMATS or (fmt in custom and re.search(r"[dy]", code)):
                found.add(str(index))
        return frozenset(found)

    def rows(self, file: str, sheet: str, counter: _CountingReader) -> Iterator[tuple[int, tuple[Any, ...]]]:
        """(row number, values from column A) for every row up to the last; empty rows too.

        The loop is written out flat: it runs once per cell of a 50 000-row list.
        """
        shared, dates, epoch = self.shared, self.date_styles, self.epoch
        columns: dict[str, int] = {}
        expected = 1
        try:
            for _event, elem in ET.iterparse(counter):
                tag = elem.tag
                if tag not in _ROW:
                    continue
                v_tag, t_tag = tag[:-3] + "v", tag[:-3] + "t"  # in the row's namespace
                row_no = int(elem.get("r") or expected)
                values: list[Any] = []
                column = 0
                for c in elem:
                    ref = c.get("r")
                    if ref:
                        letters = ref.rstrip("0123456789")
                        column = columns.get(letters) or columns.setdefault(letters, _column_number(letters))
                    else:  # some writers leave the reference out of consecutive cells
                        column += 1
                    kind = c.get("t")
                    v = c.findtext(v_tag)
                    if kind == "inlineStr":
                        value: Any = "".join(t.text or "" for t in c.iter(t_tag))
                        if not value:
                            continue
                    elif not v:
                        continue  # empty, or a formula never calculated
                    elif kind == "s":
                        value = shared[int(v)]
                    elif kind is None or kind == "n":
                        value = int(v) if v.isdigit() else float(v)
                        if dates and c.get("s") in dates:
                            value = epoch + timedelta(days=value)
                    elif kind == "b":
                        value = v == "1"
                    elif kind == "d":
                        value = datetime.fromisoformat(v)
                    else:  # "str" (a formula's text) and "e" (#N/A...)
                        value = v
                    if column > len(values) + 1:
                        values.extend([None] * (column - 1 - len(values)))
                    values.append(value)
                elem.clear()
                while expected < row_no:
                    yield expected, ()
                    expected += 1
                yield row_no, tuple(values)
                expected = row_no + 1
        except (ET.ParseError, zipfile.BadZipFile, zlib.error, ValueError, IndexError) as exc:
            raise ValidationError("{file} is damaged: sheet '{sheet}' can't be read ({reason}).",
                                  file=file, sheet=sheet, reason=str(exc)) from exc


def _sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits most lines into the same number (>1) of fields.

    ``csv.Sniffer`` gives up on Russian CSV files, where ``;`` separates fields and
    ``,`` is the decimal mark inside them; ties go to ``;``, then tab, then ``,``.
    """
    best = (0, 0, 0)
    chosen = ";"
    for preference, delimiter in enumerate((",", "\t", ";")):
        counts = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        width, _ = Counter(c for c in counts if c > 1).most_common(1)[0] if any(c > 1 for c in counts) else (0, 0)
        score = (counts.count(width) if width else 0, width, preference)
        if score > best:
            best, chosen = score, delimiter
    return chosen


def _text(data: bytes) -> str | None:
    """A text file's content: UTF-16 with a BOM (Excel's "Unicode text"), UTF-8, else
    Windows-1251; None for binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:65536]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _csv_sheet(path: Path, text: str) -> SheetRows:
    sample = [line for line in islice(text.splitlines(), 200) if line.strip()][:50]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(sample))
    rows = [(i, tuple(r)) for i, r in enumerate(reader, start=1)]
    position = [0]

    def counted() -> Iterator[tuple[int, tuple[Any, ...]]]:
        for item in rows:
            position[0] = item[0]
            yield item

    return SheetRows(path.stem, counted(), len(rows), lambda: position[0])


@contextmanager
def open_sheets(path: Path) -> Iterator[tuple[list[SheetRows], tuple[str, ...]]]:
    """The file's sheets (a CSV is one sheet named after the file) and all sheet names."""
    file = path.name
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise ValidationError("The file {file} does not exist.", file=str(path)) from None
    except IsADirectoryError:
        raise ValidationError("{file} is a folder, not a price list file.", file=str(path)) from None
    except OSError as exc:
        raise ValidationError("Cannot read {file}: {reason}.", file=str(path), reason=exc.strerror) from exc
    if not head:
        raise ValidationError("The file {file} is empty.", file=file)
    if head.startswith(OLE_MAGIC):
        raise ValidationError(
            "{file} is not an .xlsx workbook but an OLE compound file: either a password-protected "
            "workbook or an old Excel 97-2003 .xls file. Remove the password, or open it in Excel and save "
            "it as .xlsx, then import it again.", file=file)
    if not head.startswith(ZIP_MAGIC):
        text = _text(path.read_bytes())
        if text is None:
            raise ValidationError("{file} is not a spreadsheet: expected an Excel workbook (.xlsx) or a CSV file.",
                                  file=file)
        sheet = _csv_sheet(path, text)
        yield [sheet], (sheet.name,)
        return
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise ValidationError("{file} is a ZIP archive but not an Excel workbook (.xlsx).", file=file) from exc
    with archive:
        try:
            workbook = _Workbook(archive)
            parts = [(name, archive.open(part), archive.getinfo(part).file_size) for name, part in workbook.sheets]
        except (zipfile.BadZipFile, KeyError, ET.ParseError, ValueError, IndexError) as exc:
            raise ValidationError("{file} is a ZIP archive but not an Excel workbook (.xlsx).", file=file) from exc
        sheets = []
        for name, raw, size in parts:
            counter = _CountingReader(raw)
            sheets.append(SheetRows(name, workbook.rows(file, name, counter), size, lambda c=counter: c.count))
        yield sheets, tuple(name for name, _raw, _size in parts)


# --- finding the table ----------------------------------------------------------------------

_SYNONYM_WORDS = {f: tuple(tuple(s.split()) for s in syns) for f, syns in HEADER_SYNONYMS.items()}


def caption_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _words(text) if w not in CURRENCY_WORDS and w not in UNIT_WORDS)


def caption_match_level(words: tuple[str, ...], synonym: tuple[str, ...]) -> int:
    """3: the caption is the synonym; 2: it starts with it; 1: it contains it; 0: no."""
    if words == synonym:
        return 3
    n = len(synonym)
    if words[:n] == synonym:
        return 2
    return 1 if any(words[i:i + n] == synonym for i in range(1, len(words) - n + 1)) else 0


def _assign(cells: Sequence[Any]) -> dict[Field, tuple[int, int]]:
    """Fields found among a row's captions: field → (column index, match level)."""
    candidates: list[tuple[int, int, int, Field]] = []
    for col, value in enumerate(cells):
        if not isinstance(value, str):
            continue
        words = caption_words(value)
        if not words or len(words) > 8:  # a long text is a title or a note, not a caption
            continue
        for f, synonyms in _SYNONYM_WORDS.items():
            excludes = HEADER_EXCLUDES.get(f)
            if excludes and any(w.startswith(excludes) for w in words):
                continue
            best = max(((caption_match_level(words, s), -prio) for prio, s in enumerate(synonyms)), default=(0, 0))
            if best[0]:
                candidates.append((best[0], best[1], -col, f))
    found: dict[Field, tuple[int, int]] = {}
    used: set[int] = set()
    for level, _prio, neg_col, f in sorted(candidates, reverse=True):
        if f not in found and -neg_col not in used:
            found[f] = (-neg_col, level)
            used.add(-neg_col)
    return found


def _detect(head: list[tuple[int, tuple[Any, ...]]]) -> tuple[int, dict[Field, int]] | None:
    """The header row: the one whose captions name most fields, with a price and
    something that identifies the product; the first such row on a tie."""
    best: tuple[float, int, dict[Field, int]] | None = None
    for row_no, cells in head:
        found = _assign(cells)
        if Field.PRICE not in found or not {Field.SKU, Field.NAME, Field.BARCODE} & found.keys():
            continue
        score = sum(1.0 if level >= 2 else 0.5 for _col, level in found.values())
        if best is None or score > best[0]:
            best = (score, row_no, {f: col for f, (col, _level) in found.items()})
    return None if best is None else (best[1], best[2])


def _cell(cells: Sequence[Any], index: int) -> Any:
    return cells[index] if index < len(cells) else None


def _table(sheet: str, row_no: int, cells: Sequence[Any], columns: dict[Field, int]) -> SheetTable:
    captions = {f: clean_text(_cell(cells, i)) for f, i in columns.items()}
    return SheetTable(
        sheet=sheet,
        header_row=row_no,
        columns={f: get_column_letter(i + 1) for f, i in columns.items()},
        captions={f: c for f, c in captions.items() if c},
        currency=caption_currency(captions.get(Field.PRICE, "")),
    )


def _locate(sheet: str, head: list[tuple[int, tuple[Any, ...]]], mapping: PriceListMapping) -> SheetTable | None:
    """This sheet's table under the mapping: detected, where the mapping says (when its
    captions are there, or it has none), or wherever its captions are found."""
    if mapping.is_auto:
        detected = _detect(head)
        if detected is None:
            return None
        row_no, columns = detected
        return _table(sheet, row_no, dict(head)[row_no], columns)
    indexes = {f: column_index_from_string(c) - 1 for f, c in mapping.columns.items()}
    wanted = {f: fold(c) for f, c in mapping.captions.items()}
    rows = dict(head)
    header_row = mapping.header_row
    if header_row is None and not wanted:
        detected = _detect(head)
        header_row = detected[0] if detected else None
    if header_row is not None and header_row in rows:
        cells = rows[header_row]
        if wanted:
            if all(fold(clean_text(_cell(cells, indexes[f]))) == text for f, text in wanted.items()):
                return _table(sheet, header_row, cells, indexes)
        else:  # a header picked by hand: the price column must have a caption there
            caption = _cell(cells, indexes[Field.PRICE])
            if isinstance(caption, str) and _LETTERS.search(caption):
                return _table(sheet, header_row, cells, indexes)
    if not wanted:
        return None
    for row_no, cells in head:  # the file moved its table: follow the captions
        at = {fold(clean_text(v)): i for i, v in enumerate(cells) if not is_blank(v)}
        if all(text in at for text in wanted.values()):
            moved = {f: at[wanted[f]] if f in wanted else i for f, i in indexes.items()}
            return _table(sheet, row_no, cells, moved)
    return None


def _chosen_sheets(file: str, sheets: list[SheetRows], mapping: PriceListMapping) -> list[SheetRows]:
    if not mapping.sheets:
        return sheets
    by_name = {s.name: s for s in sheets}
    for name in mapping.sheets:
        if name not in by_name:
            raise ValidationError("{file} has no sheet '{sheet}'; its sheets are: {sheets}.",
                                  file=file, sheet=name, sheets=", ".join(by_name))
    return [by_name[name] for name in mapping.sheets]


def _no_table_error(file: str, mapping: PriceListMapping, any_data: bool) -> ValidationError:
    if not any_data and mapping.sheets:
        return ValidationError("The sheet '{sheet}' of {file} is empty.", sheet="', '".join(mapping.sheets), file=file)
    if not any_data:
        return ValidationError("{file} has no data: every sheet is empty.", file=file)
    if mapping.is_auto:
        return ValidationError(
            "No header row found in {file}: none of the first {rows} rows of any sheet has captions such as "
            "Артикул/SKU or Наименование/Name together with Цена/Price. Choose the header row and the "
            "columns by hand.", file=file, rows=HEAD_ROWS)
    captions = ", ".join(f"'{c}'" for c in mapping.captions.values()) or "-"
    return ValidationError(
        "The columns set for this supplier's price list don't fit {file}: no sheet has the header ({captions}) "
        "in row {row} or in its first {rows} rows. Choose the header row and the columns again.",
        file=file, captions=captions, row=mapping.header_row or "-", rows=HEAD_ROWS)


def _as_found(mapping: PriceListMapping, table: SheetTable) -> PriceListMapping:
    """The mapping as found in the file (header row, columns, captions): what the
    supplier's saved mapping should hold."""
    return replace(mapping, columns=dict(table.columns), header_row=table.header_row, captions=dict(table.captions))


# --- reading rows ---------------------------------------------------------------------------

class _RowReader:
    """Turns the rows below one sheet's header into items, errors and skips."""

    def __init__(self, file: str, table: SheetTable, currency: str | None, stock_estimate: int) -> None:
        self.file = file
        self.table = table
        self.currency = currency
        self.stock_estimate = stock_estimate
        index = {f: column_index_from_string(c) - 1 for f, c in table.columns.items()}
        #: Each field's 0-based column; -1 when the field has no column.
        self.sku, self.name, self.price, self.stock, self.barcode, self.pack = (
            index.get(f, -1) for f in (Field.SKU, Field.NAME, Field.PRICE, Field.STOCK, Field.BARCODE, Field.PACK))
        self.header = {index[f]: fold(c) for f, c in table.captions.items()}
        self.width = max(index.values()) + 1
        self.category = ""
        self.rows: list[PriceListRow] = []
        self.errors: list[RowError] = []
        self.skipped: list[SkippedRow] = []

    def _error(self, row_no: int, f: Field, value: Any, problem: ValidationError, key: str = "") -> None:
        self.errors.append(RowError(self.file, self.table.sheet, row_no, self.table.columns[f], cell_text(value),
                                    problem, key))

    def read(self, row_no: int, cells: Sequence[Any]) -> None:
        row = cells
        # The table's columns and one None after them: a field without a column (index -1) reads None.
        cells = (*row[:self.width], *(None,) * (self.width - len(row)), None)
        raw_price = cells[self.price]
        sheet = self.table.sheet
        if is_blank(raw_price):
            filled = [v for v in row if not is_blank(v)]
            if len(filled) == 1 and isinstance(filled[0], str):
                self.category = _SECTION_LABEL.sub("", clean_text(filled[0]))
                self.skipped.append(SkippedRow(sheet, row_no, SKIP_SECTION, self.category))
            elif filled:
                self.skipped.append(SkippedRow(sheet, row_no, SKIP_NO_PRICE,
                                               clean_text(cells[self.name]) or clean_text(cells[self.sku])))
            return
        if raw_price.__class__ is str and not any(ch.isdigit() for ch in raw_price):
            if self.header and all(fold(clean_text(cells[i])) == text for i, text in self.header.items()):
                self.skipped.append(SkippedRow(sheet, row_no, SKIP_HEADER))
            else:
                self.skipped.append(SkippedRow(sheet, row_no, SKIP_NO_PRICE, clean_text(raw_price)))
            return
        sku = clean_text(cells[self.sku])
        name = clean_text(cells[self.name])
        barcodes = parse_barcodes(cells[self.barcode])
        if not (sku or barcodes or name):
            text = " ".join(clean_text(v) for v in row if not is_blank(v))
            self.skipped.append(SkippedRow(sheet, row_no, SKIP_NO_ID, text))
            return
        supplier_sku = offer_sku(sku, barcodes, name)
        key = fold(supplier_sku)
        errors = len(self.errors)
        price = stock = pack = None
        estimated = False
        try:
            price, currency = parse_price(raw_price)
            if currency and self.currency is not None and currency != self.currency:
                raise ValidationError("The price is in {found}, but this supplier's prices are in {expected}.",
                                      found=currency, expected=self.currency)
        except ValidationError as exc:
            self._error(row_no, Field.PRICE, raw_price, exc, key)
        try:
            stock, estimated = parse_stock(cells[self.stock], self.stock_estimate)
        except ValidationError as exc:
            self._error(row_no, Field.STOCK, cells[self.stock], exc, key)
        try:
            pack = parse_pack(cells[self.pack])
        except ValidationError as exc:
            self._error(row_no, Field.PACK, cells[self.pack], exc, key)
        if len(sku) > MAX_SKU_CHARS:
            self._error(row_no, Field.SKU, sku, ValidationError(
                "A supplier SKU has at most {limit} characters; this one has {length}.",
                limit=MAX_SKU_CHARS, length=len(sku)))
        for code in barcodes:
            if len(code) > MAX_BARCODE_CHARS:
                self._error(row_no, Field.BARCODE, code, ValidationError(
                    "A barcode has at most {limit} characters; this one has {length}.",
                    limit=MAX_BARCODE_CHARS, length=len(code)), key)
        if len(self.errors) > errors or price is None:
            return
        self.rows.append(PriceListRow(
            sheet=sheet, row=row_no, supplier_sku=supplier_sku, key=key, sku=sku, name=name[:MAX_NAME_CHARS],
            price=price, stock=stock, stock_estimated=estimated, barcodes=barcodes, pack=pack,
            category=self.category,
        ))


def _heads(sheets: list[SheetRows], rows: int) -> dict[str, list[tuple[int, tuple[Any, ...]]]]:
    return {s.name: list(islice(s.rows, rows)) for s in sheets}


def _head_rows(mapping: PriceListMapping) -> int:
    """Rows to search for the header: a header picked by hand may lie further down."""
    return max(HEAD_ROWS, mapping.header_row or 0)


def _resolve(
    file: str, sheets: list[SheetRows], heads: dict[str, list[tuple[int, tuple[Any, ...]]]],
    mapping: PriceListMapping,
) -> tuple[PriceListMapping, list[tuple[SheetRows, SheetTable]], list[str]]:
    """Each sheet's table; the mapping gains the captions of the first one found."""
    found: list[tuple[SheetRows, SheetTable]] = []
    without: list[str] = []
    effective = mapping
    for sheet in sheets:
        head = heads[sheet.name][:_head_rows(mapping)]
        table = _locate(sheet.name, head, mapping if mapping.is_auto else effective)
        if table is None:
            if any(not is_blank(v) for _n, cells in head for v in cells):
                without.append(sheet.name)
            continue
        if not found:
            effective = _as_found(mapping, table)
        found.append((sheet, table))
    return effective, found, without


def read_price_list(
    path: Path, mapping: PriceListMapping | None = None, currency: str = "RUB", progress: Progress | None = None,
) -> ParsedPriceList:
    """Read every table of the file with the mapping (None: detect it).

    ``currency`` is the supplier's: a price header or cell naming another one is an
    error. ``progress(done, total)`` is called as rows are read (in bytes of sheet XML,
    or CSV rows); it may raise to cancel. Raises :class:`ValidationError` when the
    file can't be read as a price list at all.
    """
    mapping = mapping or PriceListMapping()
    file = path.name
    with open_sheets(path) as (all_sheets, _names):
        sheets = _chosen_sheets(file, all_sheets, mapping)
        heads = _heads(sheets, _head_rows(mapping))
        effective, tables, without = _resolve(file, sheets, heads, mapping)
        if not tables:
            raise _no_table_error(file, mapping, bool(without))
        for _sheet, table in tables:
            if table.currency and table.currency != currency:
                raise ValidationError(
                    "The price column '{caption}' (sheet '{sheet}', row {row}, column {column}) of {file} is in "
                    "{found}, but this supplier's prices are in {expected}. Import a list in {expected}, or change "
                    "the supplier's currency.",
                    caption=table.captions[Field.PRICE], sheet=table.sheet, row=table.header_row,
                    column=table.columns[Field.PRICE], file=file, found=table.currency, expected=currency)
        total = max(1, sum(s.size for s, _t in tables))
        rows: list[PriceListRow] = []
        errors: list[RowError] = []
        skipped: list[SkippedRow] = []
        for sheet, table in tables:
            reader = _RowReader(file, table, currency, effective.stock_estimate)
            for row_no, cells in chain(heads[sheet.name], sheet.rows):
                if row_no > table.header_row:
                    reader.read(row_no, cells)
                if progress is not None and row_no % 1000 == 0:
                    progress(min(total, sum(s.done() for s, _t in tables)), total)
            rows += reader.rows
            errors += reader.errors
            skipped += reader.skipped
        if progress is not None:
            progress(total, total)
    if not rows and not errors:
        raise ValidationError("{file} has a header but no items with a price under it.", file=file)
    return ParsedPriceList(file, effective, tuple(t for _s, t in tables), tuple(without), tuple(rows),
                           tuple(errors), tuple(skipped))


def remove_duplicates(parsed: ParsedPriceList) -> ParsedPriceList:
    """One item per key: identical repeats are skipped; differing ones are all errors
    (which price is right is the supplier's to say)."""
    by_key: dict[str, list[PriceListRow]] = {}
    for row in parsed.rows:
        by_key.setdefault(row.key, []).append(row)
    kept: list[PriceListRow] = []
    errors = list(parsed.errors)
    skipped = list(parsed.skipped)
    for row in parsed.rows:
        same = by_key[row.key]
        if len(same) == 1:
            kept.append(row)
            continue
        first = same[0]
        if all(replace(r, sheet=first.sheet, row=first.row, category=first.category) == first for r in same):
            if row is first:
                kept.append(row)
            else:
                skipped.append(SkippedRow(row.sheet, row.row, SKIP_REPEAT, f"{first.sheet}!{first.row}"))
            continue
        where = ", ".join(f"'{r.sheet}' row {r.row}" for r in same)
        f = Field.SKU if row.sku else Field.BARCODE if row.barcodes else Field.NAME
        table = next(t for t in parsed.tables if t.sheet == row.sheet)
        errors.append(RowError(
            parsed.file, row.sheet, row.row, table.columns[f], row.supplier_sku,
            ValidationError("'{sku}' appears {count} times in the price list with different data ({rows}); "
                            "keep one row.", sku=row.supplier_sku, count=len(same), rows=where),
            row.key,
        ))
    order = {t.sheet: i for i, t in enumerate(parsed.tables)}
    errors.sort(key=lambda e: (order.get(e.sheet, 0), e.row, column_index_from_string(e.column)))
    return replace(parsed, rows=tuple(kept), errors=tuple(errors), skipped=tuple(skipped))


def preview(path: Path, mapping: PriceListMapping | None = None, rows: int = PREVIEW_ROWS) -> PriceListPreview:
    """The first ``rows`` rows of every sheet and the mapping in effect.

    With a mapping that doesn't fit the file, the detected one is offered instead and
    ``problem`` says why; when no header is found at all, ``mapping`` is None and the
    user picks the header row and columns from the rows shown.
    """
    mapping = mapping or PriceListMapping()
    file = path.name
    with open_sheets(path) as (all_sheets, names):
        heads = _heads(all_sheets, max(rows, _head_rows(mapping)))
    sheets = [SheetRows(s.name, iter(heads[s.name]), 0, lambda: 0) for s in all_sheets]
    problem: ValidationError | None = None
    try:
        chosen = _chosen_sheets(file, sheets, mapping)
    except ValidationError as exc:
        problem, chosen, mapping = exc, sheets, PriceListMapping()
    effective, tables, without = _resolve(file, chosen, heads, mapping)
    if not tables and not mapping.is_auto:
        problem = _no_table_error(file, mapping, bool(without))
        effective, tables, without = _resolve(file, sheets, heads, PriceListMapping())
    if not tables:
        any_data = any(not is_blank(v) for head in heads.values() for _n, cells in head for v in cells)
        problem = problem or _no_table_error(file, PriceListMapping(), any_data)
    by_sheet = {t.sheet: t for _s, t in tables}
    previews = tuple(
        SheetPreview(
            name=s.name,
            rows=tuple(PreviewRow(n, tuple(cell_text(v) for v in cells)) for n, cells in heads[s.name][:rows]),
            width=max((len(cells) for _n, cells in heads[s.name][:rows]), default=0),
            table=by_sheet.get(s.name),
        )
        for s in sheets
    )
    reader: _RowReader | None = None
    if tables:
        first = tables[0][1]
        reader = _RowReader(file, first, None, effective.stock_estimate)  # currencies are checked on import
        for row_no, cells in heads[first.sheet][:rows]:
            if row_no > first.header_row:
                reader.read(row_no, cells)
    return PriceListPreview(
        file=file, sheet_names=names, sheets=previews, mapping=effective if tables else None, problem=problem,
        parsed=tuple(reader.rows) if reader else (), errors=tuple(reader.errors) if reader else (),
        skipped=tuple(reader.skipped) if reader else (),
    )
