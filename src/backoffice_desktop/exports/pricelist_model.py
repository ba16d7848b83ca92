"""What a supplier's price list reads into: the fields of a row, the mapping of columns
(detected, or corrected by the user and kept per supplier), the parsed rows, the errors
and skipped rows with where they stand, and the preview for the mapping dialog."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from openpyxl.utils import column_index_from_string

from ..errors import Phrase, ValidationError
from .pricelist_values import COLUMN_LETTERS, DEFAULT_STOCK_ESTIMATE

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
            if not COLUMN_LETTERS.fullmatch(letter) or column_index_from_string(letter) > 16384:
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

