"""Finding the table in a price list's sheet: the header row under a title block and the
column of each field, from Russian or English captions (or the user's mapping), and the
sheets that hold a table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from openpyxl.utils import column_index_from_string, get_column_letter

from ..errors import ValidationError
from .column_mapping import HeaderScorer, follow_captions
from .pricelist_model import Field, PriceListMapping, SheetTable
from .pricelist_sheets import Sheet
from .pricelist_values import LETTERS, caption_currency, clean_text, fold

#: Rows of each sheet searched for the header.
HEAD_ROWS = 40
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

# --- finding the table ----------------------------------------------------------------------

#: The header row: the one whose captions name most fields, with a price and something
#: that identifies the product.
HEADER = HeaderScorer(
    HEADER_SYNONYMS, HEADER_EXCLUDES,
    lambda found: Field.PRICE in found and bool({Field.SKU, Field.NAME, Field.BARCODE} & found))


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


def locate_table(sheet: str, head: list[tuple[int, tuple[Any, ...]]], mapping: PriceListMapping) -> SheetTable | None:
    """This sheet's table under the mapping: detected, where the mapping says (when its
    captions are there, or it has none), or wherever its captions are found."""
    if mapping.is_auto:
        detected = HEADER.detect(head)
        if detected is None:
            return None
        row_no, columns = detected
        return _table(sheet, row_no, dict(head)[row_no], columns)
    indexes = {f: column_index_from_string(c) - 1 for f, c in mapping.columns.items()}
    wanted = {f: fold(c) for f, c in mapping.captions.items()}
    rows = dict(head)
    header_row = mapping.header_row
    if header_row is None and not wanted:
        detected = HEADER.detect(head)
        header_row = detected[0] if detected else None
    if header_row is not None and header_row in rows:
        cells = rows[header_row]
        if wanted:
            if all(fold(clean_text(_cell(cells, indexes[f]))) == text for f, text in wanted.items()):
                return _table(sheet, header_row, cells, indexes)
        else:  # a header picked by hand: the price column must have a caption there
            caption = _cell(cells, indexes[Field.PRICE])
            if isinstance(caption, str) and LETTERS.search(caption):
                return _table(sheet, header_row, cells, indexes)
    if not wanted:
        return None
    moved = follow_captions(head, wanted, indexes)  # the file moved its table
    return None if moved is None else _table(sheet, *moved)


def chosen_sheets(file: str, sheets: list[Sheet], mapping: PriceListMapping) -> list[Sheet]:
    if not mapping.sheets:
        return sheets
    by_name = {s.name: s for s in sheets}
    for name in mapping.sheets:
        if name not in by_name:
            raise ValidationError("{file} has no sheet '{sheet}'; its sheets are: {sheets}.",
                                  file=file, sheet=name, sheets=", ".join(by_name))
    return [by_name[name] for name in mapping.sheets]


def no_table_error(file: str, mapping: PriceListMapping, any_data: bool) -> ValidationError:
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


def as_found(mapping: PriceListMapping, table: SheetTable) -> PriceListMapping:
    """The mapping as found in the file (header row, columns, captions): what the
    supplier's saved mapping should hold."""
    return replace(mapping, columns=dict(table.columns), header_row=table.header_row, captions=dict(table.captions))

