"""Reading a shop's order export (.xlsx, .csv) into order lines; no database.

WooCommerce, InSales, Bitrix and the like export one row per order line: the order
number, its date and time, status and customer repeated (or left blank after the first
line), then the SKU, name, quantity, price, discount and line total. Returns come as
negative quantities or as a status such as "refunded"/"возврат".

The file handling, header captions and number parsing are the price-list reader's
(:mod:`.pricelist_reader`); this module adds the order fields, dates with times, signed
amounts and status words. Like the price-list reader it keeps the sheet's own row
numbers and column letters, so every problem names the file, sheet, row, column, value
and what was expected.

- :func:`preview` — the first rows of every sheet and the detected (or given) mapping;
- :func:`read_order_export` — every line parsed into :class:`OrderLineRow`, or a
  :class:`~.pricelist_reader.RowError` per bad cell, or a skipped row with its reason.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from itertools import chain
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from ..errors import Phrase, ValidationError
from .column_mapping import ColumnMapping, HeaderScorer, follow_captions
from .pricelist_header import HEAD_ROWS
from .pricelist_model import Progress, RowError, SkippedRow
from .pricelist_sheets import Sheet, open_sheets
from .sheet_preview import PREVIEW_ROWS, FirstRows, SheetPreview, has_data, read_heads
from .pricelist_values import (
    MAX_QUANTITY,
    THOUSANDTHS,
    cell_text,
    clean_text,
    fold,
    is_blank,
    parse_barcodes,
    parse_number,
    parse_price,
    split_number,
)

MAX_ORDER_CHARS = 64
MAX_SKU_CHARS = 64
MAX_NAME_CHARS = 500
MAX_CUSTOMER_CHARS = 200
MAX_REASON_CHARS = 200
CENT = Decimal("0.01")


class SalesField(enum.StrEnum):
    """What a column of an order export can hold."""

    ORDER = "order"
    DATE = "date"
    STATUS = "status"
    CUSTOMER = "customer"
    EMAIL = "email"
    SKU = "sku"
    BARCODE = "barcode"
    NAME = "name"
    QUANTITY = "quantity"
    PRICE = "price"
    DISCOUNT = "discount"
    TOTAL = "total"
    REASON = "return_reason"


#: Field names as the mapping dialog and the messages show them (translated).
SALES_FIELD_TITLES: dict[SalesField, Phrase] = {
    SalesField.ORDER: Phrase("order number"),
    SalesField.DATE: Phrase("order date"),
    SalesField.STATUS: Phrase("order status"),
    SalesField.CUSTOMER: Phrase("customer"),
    SalesField.EMAIL: Phrase("customer e-mail"),
    SalesField.SKU: Phrase("SKU"),
    SalesField.BARCODE: Phrase("barcode"),
    SalesField.NAME: Phrase("product name"),
    SalesField.QUANTITY: Phrase("quantity"),
    SalesField.PRICE: Phrase("unit price"),
    SalesField.DISCOUNT: Phrase("discount"),
    SalesField.TOTAL: Phrase("line total"),
    SalesField.REASON: Phrase("return reason"),
}

#: Header captions per field, best first, compared word by word like the price list's
#: ("InvoiceNo" is the words "invoice no"; currency words are set aside).
SALES_HEADER_SYNONYMS: dict[SalesField, tuple[str, ...]] = {
    SalesField.ORDER: (
        "номер заказа", "заказ", "заказа", "заказ номер", "номер", "id заказа", "order", "order number", "order no",
        "order id", "order num", "invoice", "invoice no", "invoice number",
    ),
    SalesField.DATE: (
        "дата заказа", "дата", "дата создания", "дата и время", "дата оформления", "создан", "order date", "date",
        "created", "created at", "date created", "order created", "invoice date", "datetime",
    ),
    SalesField.STATUS: ("статус заказа", "статус", "состояние", "order status", "status", "state"),
    SalesField.CUSTOMER: (
        "покупатель", "клиент", "фио", "фио покупателя", "имя покупателя", "customer", "customer name",
        "customer id", "billing name", "buyer", "client",
    ),
    SalesField.EMAIL: ("email", "e mail", "почта", "электронная почта", "customer email", "billing email"),
    SalesField.SKU: (
        "артикул", "артикул товара", "код товара", "sku", "stock code", "product code", "item code", "article",
        "item sku", "product sku", "код", "code",
    ),
    SalesField.BARCODE: ("штрихкод", "штрих код", "шк", "ean", "ean13", "ean 13", "gtin", "upc", "barcode"),
    SalesField.NAME: (
        "наименование", "наименование товара", "название товара", "название", "товар", "product name",
        "item name", "product", "item", "description", "name", "title",
    ),
    SalesField.QUANTITY: ("количество", "кол во", "кол", "qty", "quantity", "item quantity", "units"),
    SalesField.PRICE: (
        "цена", "цена за единицу", "цена за шт", "цена продажи", "price", "unit price", "item price",
        "price per unit", "item cost",
    ),
    SalesField.DISCOUNT: ("скидка", "сумма скидки", "discount", "discount amount", "line discount"),
    SalesField.TOTAL: (
        "сумма", "сумма позиции", "сумма строки", "итого", "стоимость", "line total", "total", "line subtotal",
        "subtotal", "amount", "item total", "line amount",
    ),
    SalesField.REASON: ("причина возврата", "причина", "return reason", "refund reason", "reason"),
}
#: Word beginnings that rule a caption out for a field ("Сумма заказа" is not a line total).
SALES_HEADER_EXCLUDES: dict[SalesField, tuple[str, ...]] = {
    SalesField.ORDER: ("дат", "date", "статус", "status", "сумм", "total", "amount", "врем", "time", "item",
                       "позиц", "скид", "discount"),
    SalesField.TOTAL: ("заказ", "order", "скид", "discount", "налог", "tax", "доставк", "shipping"),
    SalesField.PRICE: ("закуп", "purchase", "себест", "regular", "old", "стар"),
    SalesField.NAME: ("покупат", "клиент", "customer", "billing", "shipping", "buyer", "файл", "file"),
}
#: The fields that identify the product of a line; one of them must have a column.
PRODUCT_FIELDS = (SalesField.SKU, SalesField.BARCODE)

#: Status words of the usual shop platforms → our order states, as the values of
#: ``models.sales.SalesOrderStatus`` (compared folded; "wc-" dropped).
STATUS_WORDS: dict[str, str] = {
    **dict.fromkeys((
        "new", "pending", "pending payment", "on hold", "on-hold", "awaiting payment", "draft", "created", "n",
        "новый", "новый заказ", "принят", "оформлен", "создан", "ожидает оплаты", "не оплачен",
    ), "new"),
    **dict.fromkeys((
        "processing", "paid", "accepted", "confirmed", "in progress", "packing", "ready", "p",
        "в обработке", "обрабатывается", "оплачен", "подтвержден", "в работе", "собирается", "комплектуется",
        "собран", "готов к отправке",
    ), "processing"),
    **dict.fromkeys((
        "shipped", "dispatched", "sent", "in transit", "shipping",
        "отправлен", "отгружен", "передан в доставку", "в доставке", "доставляется", "в пути",
    ), "shipped"),
    **dict.fromkeys((
        "completed", "complete", "delivered", "fulfilled", "closed", "done", "f",
        "выполнен", "завершен", "доставлен", "получен", "вручен", "исполнен", "закрыт",
    ), "completed"),
    **dict.fromkeys((
        "cancelled", "canceled", "failed", "declined", "voided", "trash", "rejected",
        "отменен", "отмена", "аннулирован", "отклонен", "отказ",
    ), "cancelled"),
    **dict.fromkeys((
        "refunded", "returned", "return", "refund",
        "возврат", "возвращен", "возвращен покупателем", "оформлен возврат",
    ), "returned"),
}

_DATE = re.compile(
    r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?)?"
    r"\s*(am|pm)?\s*(?:(z|utc|gmt)?\s*([+-]\d{2}):?(\d{2})|z|utc|gmt)?", re.I)
_NEGATIVE = ("-", "−", "–")

SKIP_HEADER = Phrase("repeats the header row")
SKIP_NO_ORDER = Phrase("no order number (a total or a note)")
SKIP_NO_PRODUCT = Phrase("no SKU or barcode")
SKIP_REPEAT = Phrase("repeats an earlier line of the same order")


# --- the mapping ------------------------------------------------------------------------

@dataclass(frozen=True)
class SalesMapping(ColumnMapping[SalesField]):
    """Which sheets, header row and columns hold what; remembered per source (JSON).

    Works like the price list's mapping (:class:`~.column_mapping.ColumnMapping`).
    ``day_first`` says how ``01-12-10`` reads (1 December); None means "decide from the
    file's dates" (a date such as 13-01-10 settles it), day first when nothing does.
    """

    FIELD = SalesField
    TITLES = SALES_FIELD_TITLES

    day_first: bool | None = None

    def __post_init__(self) -> None:
        self._normalise()
        columns = self.columns
        if not columns:
            return
        for required in (SalesField.ORDER, SalesField.DATE, SalesField.QUANTITY):
            if required not in columns:
                raise ValidationError("Choose the column that holds the {field}.", field=SALES_FIELD_TITLES[required])
        if not set(PRODUCT_FIELDS) & columns.keys():
            raise ValidationError("Choose a column that identifies the product: SKU or barcode.")
        if not {SalesField.PRICE, SalesField.TOTAL} & columns.keys():
            raise ValidationError("Choose the column of the unit price or of the line total.")
        self._check_distinct()

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "day_first": self.day_first}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SalesMapping:
        unknown = cls.unknown_field(data)
        if unknown is not None:
            raise ValidationError("The saved order export mapping names an unknown column kind '{kind}'.",
                                  kind=unknown)
        day_first = data.get("day_first")
        return cls(**cls.json_arguments(data), day_first=None if day_first is None else bool(day_first))


# --- what reading produces ----------------------------------------------------------------

@dataclass(frozen=True)
class SalesTable:
    """Where one sheet's order lines are: its header row and each field's column letter."""

    sheet: str
    header_row: int
    columns: dict[SalesField, str]
    captions: dict[SalesField, str]


@dataclass(frozen=True)
class OrderLineRow:
    """One order line, parsed. ``ordered_at`` is naive (the shop's local time) unless the
    file gave an offset; ``status`` is None when the file has no status for the order."""

    sheet: str
    row: int
    order: str
    ordered_at: datetime
    status: str | None
    customer: str
    email: str
    sku: str
    barcodes: tuple[str, ...]
    name: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    line_total: Decimal
    return_reason: str


@dataclass(frozen=True)
class ParsedOrderExport:
    file: str
    mapping: SalesMapping
    tables: tuple[SalesTable, ...]
    rows: tuple[OrderLineRow, ...]
    errors: tuple[RowError, ...]
    skipped: tuple[SkippedRow, ...]
    #: How dates such as 01-12-10 were read (the mapping's choice, else found in the file).
    day_first: bool = True


#: A sheet of an order export as the mapping dialog shows it.
SalesSheetPreview = SheetPreview[SalesTable]


@dataclass(frozen=True)
class OrderExportPreview:
    """What the mapping dialog shows: sheets, first rows, the mapping and the first lines read."""

    file: str
    sheet_names: tuple[str, ...]
    sheets: tuple[SalesSheetPreview, ...]
    #: The mapping in effect; None when no header was found.
    mapping: SalesMapping | None
    problem: ValidationError | None
    parsed: tuple[OrderLineRow, ...]
    errors: tuple[RowError, ...]
    skipped: tuple[SkippedRow, ...]


# --- cell values ----------------------------------------------------------------------------

def parse_status(value: Any) -> str | None:
    """A status cell → our order state; None when empty. Raises :class:`ValidationError`."""
    if is_blank(value):
        return None
    text = fold(clean_text(value)).rstrip(".")
    text = text.removeprefix("wc-").replace("ё", "е")
    found = STATUS_WORDS.get(text) or STATUS_WORDS.get(text.replace("_", " ").replace("-", " "))
    if found is None:
        raise ValidationError(
            "Unknown order status; expected one such as new, processing, shipped, completed, cancelled, refunded "
            "(новый, в обработке, отправлен, выполнен, отменён, возврат).")
    return found


def _two_digit_year(year: int) -> int:
    return 2000 + year if year < 70 else 1900 + year


def date_parts(text: str) -> tuple[int, int, int] | None:
    """The three numbers of a written date (``01-12-10`` → (1, 12, 10)); None when it isn't one."""
    match = _DATE.match(text.strip())
    return (int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


def parse_datetime(value: Any, day_first: bool = True) -> datetime | None:
    """A date cell → a datetime: naive (the shop's local time) or, when the text gives an
    offset (``+03:00``, ``Z``), aware. None when the cell is empty.

    Written dates: ``05.03.2026 14:30``, ``2026-03-05 14:30:00``, ``05-03-26 9:05``,
    ``3/5/2026 2:30 PM`` (month first when ``day_first`` is False). Raises
    :class:`ValidationError`.
    """
    if is_blank(value):
        return None
    if isinstance(value, datetime):  # an Excel date-time, a float of days: round off its noise
        return (value + timedelta(microseconds=500_000)).replace(microsecond=0)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    problem = ValidationError("Expected a date such as 05.03.2026 14:30 or 2026-03-05 14:30.")
    if not isinstance(value, str):
        raise problem
    text = " ".join(value.split())
    match = _DATE.fullmatch(text)
    if match is None:
        raise problem
    a, b, c, hour, minute, second, ampm, _zone, off_h, off_m = match.groups()
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif len(c) in (2, 4):
        day, month = (int(a), int(b)) if day_first else (int(b), int(a))
        year = int(c) if len(c) == 4 else _two_digit_year(int(c))
    else:
        raise problem
    h, m, s = int(hour or 0), int(minute or 0), int(second or 0)
    if ampm:
        if not 1 <= h <= 12:
            raise problem
        h = h % 12 + (12 if ampm.lower() == "pm" else 0)
    try:
        moment = datetime(year, month, day, h, m, s)
    except ValueError:
        raise problem from None
    if off_h is not None:
        sign = -1 if off_h.startswith("-") else 1
        offset = timedelta(hours=abs(int(off_h)), minutes=int(off_m))
        return moment.replace(tzinfo=timezone(sign * offset))
    if re.search(r"(?:z|utc|gmt)\s*$", text, re.I):
        return moment.replace(tzinfo=timezone.utc)
    return moment


def detect_day_first(values: Sequence[Any]) -> bool:
    """How the file writes dates: month first only when some date can't be day first
    (``12/13/2025``) and none can't be month first; day first otherwise (Russian shops)."""
    day_only = month_only = False
    for value in values:
        if not isinstance(value, str):
            continue
        parts = date_parts(value)
        if parts is None or parts[0] > 999:
            continue
        first, second, _year = parts
        day_only = day_only or (first > 12 and second <= 12)
        month_only = month_only or (second > 12 and first <= 12)
    return not (month_only and not day_only)


def parse_amount(value: Any) -> Decimal | None:
    """A money cell that may be negative (a refund): ``-27,50``, ``(27.50)``, ``−1 234 ₽``;
    None when empty. Raises :class:`ValidationError`."""
    if is_blank(value):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        amount, _currency = parse_price(abs(value))
        assert amount is not None
        return -amount if value < 0 else amount
    text = clean_text(value)
    negative = text.startswith(_NEGATIVE) or (text.startswith("(") and text.endswith(")"))
    if negative:
        text = text.strip("()").lstrip("".join(_NEGATIVE)).strip()
    try:
        amount, _currency = parse_price(text)
    except ValidationError:
        raise ValidationError("Expected an amount such as 1 234,50 or -27.50.") from None
    assert amount is not None
    return -amount if negative else amount


def parse_line_quantity(value: Any) -> Decimal | None:
    """A quantity cell: a non-zero number, negative for a returned line (``-2``, ``1,5 кг``,
    ``3 шт``); None when empty. Raises :class:`ValidationError`."""
    if is_blank(value):
        return None
    problem = ValidationError("Expected a quantity such as 2, 1,5 or -1 (negative for a return).")
    if isinstance(value, bool):
        raise problem
    if isinstance(value, (int, float)):
        qty = Decimal(value) if isinstance(value, int) else Decimal(repr(value))
    else:
        text = clean_text(value)
        try:
            qty = parse_number(text)
        except InvalidOperation:
            parsed = split_number(text)
            if parsed is None or any(w not in ("шт", "штук", "pcs", "pc", "кг", "kg", "м", "m", "ед", "уп")
                                     for w in parsed[1]):
                raise problem from None
            qty = parsed[0]
    if not qty.is_finite() or abs(qty) >= MAX_QUANTITY:
        raise ValidationError("The quantity is too large.")
    rounded = qty.quantize(THOUSANDTHS, rounding=ROUND_HALF_UP)
    if rounded != qty:
        raise ValidationError("Expected a quantity with at most three decimal places.")
    if not rounded:
        raise ValidationError("A line's quantity can't be zero.")
    return rounded.normalize() if rounded != rounded.to_integral_value() else Decimal(int(rounded))


# --- finding the table ----------------------------------------------------------------------

#: The header row: the one naming most fields among those that name an order number, a
#: date, a quantity, a product (SKU or barcode) and a price or line total.
HEADER = HeaderScorer(
    SALES_HEADER_SYNONYMS, SALES_HEADER_EXCLUDES,
    lambda found: ({SalesField.ORDER, SalesField.DATE, SalesField.QUANTITY} <= found
                   and bool(set(PRODUCT_FIELDS) & found) and bool({SalesField.PRICE, SalesField.TOTAL} & found)))


def _table(sheet: str, row_no: int, cells: Sequence[Any], columns: dict[SalesField, int]) -> SalesTable:
    captions = {f: clean_text(cells[i]) if i < len(cells) else "" for f, i in columns.items()}
    return SalesTable(sheet, row_no, {f: get_column_letter(i + 1) for f, i in columns.items()},
                      {f: c for f, c in captions.items() if c})


def _locate(sheet: str, head: list[tuple[int, tuple[Any, ...]]], mapping: SalesMapping) -> SalesTable | None:
    """This sheet's table: detected; where the mapping says (its captions there, or a
    header picked by hand); or wherever the mapping's captions are found."""
    rows = dict(head)
    if mapping.is_auto:
        detected = HEADER.detect(head)
        return None if detected is None else _table(sheet, detected[0], rows[detected[0]], detected[1])
    indexes = {f: column_index_from_string(c) - 1 for f, c in mapping.columns.items()}
    wanted = {f: fold(c) for f, c in mapping.captions.items()}

    def caption(cells: Sequence[Any], index: int) -> str:
        return fold(clean_text(cells[index])) if index < len(cells) else ""

    row_no = mapping.header_row
    if row_no is not None and row_no in rows:
        cells = rows[row_no]
        if wanted and all(caption(cells, indexes[f]) == text for f, text in wanted.items()):
            return _table(sheet, row_no, cells, indexes)
        if not wanted and caption(cells, indexes[SalesField.ORDER]):
            return _table(sheet, row_no, cells, indexes)
    if not wanted:
        return None
    moved = follow_captions(head, wanted, indexes)  # the export moved its columns
    return None if moved is None else _table(sheet, *moved)


def _no_table_error(file: str, mapping: SalesMapping, any_data: bool) -> ValidationError:
    if not any_data:
        return ValidationError("{file} has no data: every sheet is empty.", file=file)
    if mapping.is_auto:
        return ValidationError(
            "No header row found in {file}: none of the first {rows} rows of any sheet has captions such as "
            "Номер заказа/Order, Дата/Date, Артикул/SKU, Количество/Quantity and Цена/Price. Choose the header "
            "row and the columns by hand.", file=file, rows=HEAD_ROWS)
    captions = ", ".join(f"'{c}'" for c in mapping.captions.values()) or "-"
    return ValidationError(
        "The columns set for this source don't fit {file}: no sheet has the header ({captions}) in row {row} or "
        "in its first {rows} rows. Choose the header row and the columns again.",
        file=file, captions=captions, row=mapping.header_row or "-", rows=HEAD_ROWS)


def _resolve(file: str, sheets: list[Sheet], heads: dict[str, list[tuple[int, tuple[Any, ...]]]],
             mapping: SalesMapping) -> tuple[SalesMapping, list[tuple[Sheet, SalesTable]]]:
    if mapping.sheets:
        names = {s.name for s in sheets}
        for name in mapping.sheets:
            if name not in names:
                raise ValidationError("{file} has no sheet '{sheet}'; its sheets are: {sheets}.",
                                      file=file, sheet=name, sheets=", ".join(s.name for s in sheets))
        sheets = [s for s in sheets if s.name in mapping.sheets]
    found: list[tuple[Sheet, SalesTable]] = []
    effective = mapping
    for sheet in sheets:
        table = _locate(sheet.name, heads[sheet.name][:max(HEAD_ROWS, mapping.header_row or 0)], effective)
        if table is None:
            continue
        if not found:
            effective = replace(mapping, columns=dict(table.columns), header_row=table.header_row,
                                captions=dict(table.captions))
        found.append((sheet, table))
    return effective, found


# --- reading rows ---------------------------------------------------------------------------

@dataclass
class _OrderHead:
    """What an order's first line said, for the lines after it."""

    row: int
    ordered_at: datetime
    status: str | None
    customer: str
    email: str
    lines: set[tuple[Any, ...]] = field(default_factory=set)


class _LineReader:
    """Turns the rows below one sheet's header into order lines, errors and skips."""

    def __init__(self, file: str, table: SalesTable, day_first: bool, orders: dict[str, _OrderHead]) -> None:
        self.file = file
        self.table = table
        self.day_first = day_first
        self.orders = orders
        self.index = {f: column_index_from_string(c) - 1 for f, c in table.columns.items()}
        self.header = {self.index[f]: fold(c) for f, c in table.captions.items()}
        self.width = max(self.index.values()) + 1
        self.rows: list[OrderLineRow] = []
        self.errors: list[RowError] = []
        self.skipped: list[SkippedRow] = []
        self.last_order = ""

    def _cell(self, cells: Sequence[Any], f: SalesField) -> Any:
        i = self.index.get(f, -1)
        return cells[i] if 0 <= i < len(cells) else None

    def _error(self, row_no: int, f: SalesField, value: Any, problem: ValidationError, key: str) -> None:
        self.errors.append(RowError(self.file, self.table.sheet, row_no, self.table.columns[f], cell_text(value),
                                    problem, key))

    def _parse(self, row_no: int, cells: Sequence[Any], f: SalesField, parser: Callable[[Any], Any],
               key: str) -> Any:
        value = self._cell(cells, f)
        try:
            return parser(value)
        except ValidationError as exc:
            self._error(row_no, f, value, exc, key)
            return None

    def read(self, row_no: int, cells: Sequence[Any]) -> None:
        if all(is_blank(v) for v in cells[:self.width]):
            return
        sheet = self.table.sheet
        if self.header and all(fold(clean_text(cells[i] if i < len(cells) else None)) == text
                               for i, text in self.header.items()):
            self.skipped.append(SkippedRow(sheet, row_no, SKIP_HEADER))
            return
        order = clean_text(self._cell(cells, SalesField.ORDER))

        def text() -> str:
            return " ".join(clean_text(v) for v in cells if not is_blank(v))

        sku = clean_text(self._cell(cells, SalesField.SKU))
        barcodes = parse_barcodes(self._cell(cells, SalesField.BARCODE))
        if not order and (sku or barcodes) and self.last_order:
            order = self.last_order  # the order's fields only on its first line (Bitrix, 1C)
        if not order:
            self.skipped.append(SkippedRow(sheet, row_no, SKIP_NO_ORDER, text()))
            return
        self.last_order = order
        if not sku and not barcodes:
            self.skipped.append(SkippedRow(sheet, row_no, SKIP_NO_PRODUCT, text()))
            return
        errors = len(self.errors)
        if len(order) > MAX_ORDER_CHARS:
            self._error(row_no, SalesField.ORDER, order, ValidationError(
                "An order number has at most {limit} characters; this one has {length}.",
                limit=MAX_ORDER_CHARS, length=len(order)), order)
        if len(sku) > MAX_SKU_CHARS:
            self._error(row_no, SalesField.SKU, sku, ValidationError(
                "A SKU has at most {limit} characters; this one has {length}.", limit=MAX_SKU_CHARS,
                length=len(sku)), order)
        ordered_at = self._parse(row_no, cells, SalesField.DATE, lambda v: parse_datetime(v, self.day_first), order)
        status = self._parse(row_no, cells, SalesField.STATUS, parse_status, order)
        quantity = self._parse(row_no, cells, SalesField.QUANTITY, parse_line_quantity, order)
        price = self._parse(row_no, cells, SalesField.PRICE, parse_amount, order)
        discount = self._parse(row_no, cells, SalesField.DISCOUNT, parse_amount, order)
        total = self._parse(row_no, cells, SalesField.TOTAL, parse_amount, order)
        customer = clean_text(self._cell(cells, SalesField.CUSTOMER))[:MAX_CUSTOMER_CHARS]
        email = clean_text(self._cell(cells, SalesField.EMAIL))[:MAX_CUSTOMER_CHARS]
        head = self.orders.get(order)
        date_given = self._cell(cells, SalesField.DATE)
        if len(self.errors) == errors:
            if quantity is None:
                self._error(row_no, SalesField.QUANTITY, None, ValidationError(
                    "Expected a quantity such as 2, 1,5 or -1 (negative for a return)."), order)
            if ordered_at is None and head is None:
                self._error(row_no, SalesField.DATE, date_given, ValidationError(
                    "Expected a date such as 05.03.2026 14:30 or 2026-03-05 14:30."), order)
            if head is not None and ordered_at is not None and ordered_at != head.ordered_at:
                self._error(row_no, SalesField.DATE, date_given, ValidationError(
                    "Order {order} is dated {date} in row {row}; all lines of an order have its date.",
                    order=order, date=cell_text(head.ordered_at), row=head.row), order)
            if head is not None and status is not None and head.status is not None and status != head.status:
                self._error(row_no, SalesField.STATUS, self._cell(cells, SalesField.STATUS), ValidationError(
                    "Order {order} has the status '{status}' in row {row}; all lines of an order have its status.",
                    order=order, status=head.status, row=head.row), order)
        amounts = None
        if len(self.errors) == errors and quantity is not None:
            amounts = self._amounts(row_no, cells, quantity, price, discount, total, order)
        if len(self.errors) > errors or amounts is None or quantity is None:
            return
        if head is None:
            assert ordered_at is not None
            head = self.orders[order] = _OrderHead(row_no, ordered_at, status, customer, email)
        elif head.status is None and status is not None:
            head.status = status
        unit_price, line_discount, line_total = amounts
        reason = clean_text(self._cell(cells, SalesField.REASON))[:MAX_REASON_CHARS]
        name = clean_text(self._cell(cells, SalesField.NAME))[:MAX_NAME_CHARS]
        identity = (sku, barcodes, name, quantity, unit_price, line_discount, line_total, reason)
        if identity in head.lines:
            self.skipped.append(SkippedRow(sheet, row_no, SKIP_REPEAT, text()))
            return
        head.lines.add(identity)
        self.rows.append(OrderLineRow(
            sheet=sheet, row=row_no, order=order, ordered_at=head.ordered_at, status=status or head.status,
            customer=customer or head.customer, email=email or head.email, sku=sku, barcodes=barcodes, name=name,
            quantity=quantity, unit_price=unit_price, discount=line_discount, line_total=line_total,
            return_reason=reason,
        ))

    def _amounts(self, row_no: int, cells: Sequence[Any], quantity: Decimal, price: Decimal | None,
                 discount: Decimal | None, total: Decimal | None, order: str
                 ) -> tuple[Decimal, Decimal, Decimal] | None:
        """(unit price, discount, line total), the missing one worked out from the others;
        the line total signed like the quantity."""
        if price is not None and price < 0:
            self._error(row_no, SalesField.PRICE, self._cell(cells, SalesField.PRICE), ValidationError(
                "A unit price can't be negative; a returned line has a negative quantity."), order)
            return None
        if price is None and total is None:
            f = SalesField.PRICE if SalesField.PRICE in self.index else SalesField.TOTAL
            self._error(row_no, f, None, ValidationError("Expected the unit price or the line total."), order)
            return None
        discount = abs(discount or Decimal(0))
        sign = 1 if quantity > 0 else -1
        if total is not None:
            total = sign * abs(total)
        if price is None:
            assert total is not None
            price = ((abs(total) + discount) / abs(quantity)).quantize(CENT, ROUND_HALF_UP)
            return price, discount, total
        gross = (price * abs(quantity)).quantize(CENT, ROUND_HALF_UP)
        if total is None:
            return price, discount, sign * (gross - discount)
        if SalesField.DISCOUNT not in self.index and abs(total) <= gross:
            return price, gross - abs(total), total  # the shop's discount, given only as a lower total
        expected = gross - discount
        if abs(abs(total) - expected) > CENT * max(1, int(abs(quantity))):
            self._error(row_no, SalesField.TOTAL, self._cell(cells, SalesField.TOTAL), ValidationError(
                "The line total doesn't agree with quantity × price − discount = {expected}; check that the columns "
                "are the right ones.", expected=f"{sign * expected:.2f}"), order)
            return None
        return price, discount, total


def _read_sheets(path: Path, mapping: SalesMapping, progress: Progress | None
                 ) -> tuple[ParsedOrderExport, dict[str, list[tuple[int, tuple[Any, ...]]]]]:
    file = path.name
    with open_sheets(path) as (sheets, _names):
        heads = read_heads(sheets, max(HEAD_ROWS, mapping.header_row or 0))
        effective, tables = _resolve(file, sheets, heads, mapping)
        if not tables:
            raise _no_table_error(file, mapping, has_data(heads))
        total = max(1, sum(s.size for s, _t in tables))
        body: dict[str, list[tuple[int, tuple[Any, ...]]]] = {}
        for sheet, table in tables:
            body[sheet.name] = []
            for row_no, cells in chain(heads[sheet.name], sheet.rows):
                if row_no > table.header_row:
                    body[sheet.name].append((row_no, cells))
                if progress is not None and row_no % 1000 == 0:
                    progress(min(total, sum(s.done() for s, _t in tables)), total)
    parsed = ParsedOrderExport(file, effective, tuple(t for _s, t in tables), (), (), ())
    return parsed, body


def _read_lines(parsed: ParsedOrderExport, body: dict[str, list[tuple[int, tuple[Any, ...]]]]) -> ParsedOrderExport:
    mapping = parsed.mapping
    day_first = mapping.day_first
    if day_first is None:
        day_first = detect_day_first([
            cells[column_index_from_string(t.columns[SalesField.DATE]) - 1]
            for t in parsed.tables for _n, cells in body[t.sheet]
            if len(cells) >= column_index_from_string(t.columns[SalesField.DATE])
        ])
    orders: dict[str, _OrderHead] = {}
    rows: list[OrderLineRow] = []
    errors: list[RowError] = []
    skipped: list[SkippedRow] = []
    for table in parsed.tables:
        reader = _LineReader(parsed.file, table, day_first, orders)
        for row_no, cells in body[table.sheet]:
            reader.read(row_no, cells)
        rows += reader.rows
        errors += reader.errors
        skipped += reader.skipped
    return replace(parsed, rows=tuple(rows), errors=tuple(errors), skipped=tuple(skipped), day_first=day_first)


def read_order_export(path: Path, mapping: SalesMapping | None = None,
                      progress: Progress | None = None) -> ParsedOrderExport:
    """Read every order line of the file with the mapping (None: detect it).

    ``progress(done, total)`` is called while reading; it may raise to cancel. Raises
    :class:`ValidationError` when the file can't be read as an order export at all.
    """
    parsed, body = _read_sheets(path, mapping or SalesMapping(), progress)
    parsed = _read_lines(parsed, body)
    if not parsed.rows and not parsed.errors:
        raise ValidationError("{file} has a header but no order lines under it.", file=parsed.file)
    if progress is not None:
        progress(1, 1)
    return parsed


def preview(path: Path, mapping: SalesMapping | None = None, rows: int = PREVIEW_ROWS) -> OrderExportPreview:
    """The first ``rows`` rows of every sheet and the mapping in effect; with a mapping
    that doesn't fit, the detected one and ``problem`` saying why."""
    mapping = mapping or SalesMapping()
    file = path.name
    first = FirstRows.read(path, max(rows, HEAD_ROWS, mapping.header_row or 0))
    sheets, heads = first.sheets, first.heads
    problem: ValidationError | None = None
    try:
        effective, tables = _resolve(file, sheets, heads, mapping)
    except ValidationError as exc:
        problem, effective, tables = exc, mapping, []
    if not tables and not mapping.is_auto:
        problem = problem or _no_table_error(file, mapping, True)
        effective, tables = _resolve(file, sheets, heads, SalesMapping())
    if not tables:
        problem = problem or _no_table_error(file, SalesMapping(), has_data(heads))
    parsed: ParsedOrderExport | None = None
    if tables:
        table = tables[0][1]
        head = ParsedOrderExport(file, effective, (table,), (), (), ())
        parsed = _read_lines(head, {table.sheet: first.under_header(table, rows)})
    return OrderExportPreview(
        file=file, sheet_names=first.sheet_names, sheets=first.previews(rows, tables),
        mapping=effective if tables else None, problem=problem,
        parsed=parsed.rows if parsed else (), errors=parsed.errors if parsed else (),
        skipped=parsed.skipped if parsed else (),
    )
