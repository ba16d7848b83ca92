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

The parts: ``pricelist_sheets`` opens the file (recognised by content: a workbook, a
protected or old .xls refused with a hint, or CSV), ``pricelist_header`` finds each
sheet's table, ``pricelist_values`` parses the cells, ``pricelist_model`` holds what
reading produces; this module reads the rows and composes the stages.
"""


from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import chain
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string

from ..collector import collector_paused
from ..errors import ValidationError
from .pricelist_header import HEAD_ROWS, as_found, chosen_sheets, locate_table, no_table_error
from .pricelist_model import (
    SKIP_HEADER,
    SKIP_NO_ID,
    SKIP_NO_PRICE,
    SKIP_REPEAT,
    SKIP_SECTION,
    Field,
    ParsedPriceList,
    PriceListMapping,
    PriceListPreview,
    PriceListRow,
    Progress,
    RowError,
    SheetTable,
    SkippedRow,
)
from .pricelist_sheets import Sheet, open_sheets
from .sheet_preview import PREVIEW_ROWS, FirstRows, has_data, read_heads
from .pricelist_values import (
    MAX_BARCODE_CHARS,
    MAX_NAME_CHARS,
    MAX_SKU_CHARS,
    SECTION_LABEL,
    cell_text,
    clean_text,
    fold,
    is_blank,
    offer_sku,
    parse_barcodes,
    parse_pack,
    parse_price,
    parse_stock,
)

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
                self.category = SECTION_LABEL.sub("", clean_text(filled[0]))
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


def _head_rows(mapping: PriceListMapping) -> int:
    """Rows to search for the header: a header picked by hand may lie further down."""
    return max(HEAD_ROWS, mapping.header_row or 0)


def _resolve(
    file: str, sheets: list[Sheet], heads: dict[str, list[tuple[int, tuple[Any, ...]]]],
    mapping: PriceListMapping,
) -> tuple[PriceListMapping, list[tuple[Sheet, SheetTable]], list[str]]:
    """Each sheet's table; the mapping gains the captions of the first one found."""
    found: list[tuple[Sheet, SheetTable]] = []
    without: list[str] = []
    effective = mapping
    for sheet in sheets:
        head = heads[sheet.name][:_head_rows(mapping)]
        table = locate_table(sheet.name, head, mapping if mapping.is_auto else effective)
        if table is None:
            if any(not is_blank(v) for _n, cells in head for v in cells):
                without.append(sheet.name)
            continue
        if not found:
            effective = as_found(mapping, table)
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
    with collector_paused(), open_sheets(path) as (all_sheets, _names):
        sheets = chosen_sheets(file, all_sheets, mapping)
        heads = read_heads(sheets, _head_rows(mapping))
        effective, tables, without = _resolve(file, sheets, heads, mapping)
        if not tables:
            raise no_table_error(file, mapping, bool(without))
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
    first = FirstRows.read(path, max(rows, _head_rows(mapping)))
    sheets, heads = first.sheets, first.heads
    problem: ValidationError | None = None
    try:
        chosen = chosen_sheets(file, sheets, mapping)
    except ValidationError as exc:
        problem, chosen, mapping = exc, sheets, PriceListMapping()
    effective, tables, without = _resolve(file, chosen, heads, mapping)
    if not tables and not mapping.is_auto:
        problem = no_table_error(file, mapping, bool(without))
        effective, tables, without = _resolve(file, sheets, heads, PriceListMapping())
    if not tables:
        problem = problem or no_table_error(file, PriceListMapping(), has_data(heads))
    reader: _RowReader | None = None
    if tables:
        table = tables[0][1]
        reader = _RowReader(file, table, None, effective.stock_estimate)  # currencies are checked on import
        for row_no, cells in first.under_header(table, rows):
            reader.read(row_no, cells)
    return PriceListPreview(
        file=file, sheet_names=first.sheet_names, sheets=first.previews(rows, tables),
        mapping=effective if tables else None, problem=problem,
        parsed=tuple(reader.rows) if reader else (), errors=tuple(reader.errors) if reader else (),
        skipped=tuple(reader.skipped) if reader else (),
    )
