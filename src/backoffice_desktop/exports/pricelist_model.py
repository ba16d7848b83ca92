"""What a supplier's price list reads into: the fields of a row, the mapping of columns
(detected, or corrected by the user and kept per supplier), the parsed rows, the errors
and skipped rows with where they stand, and the preview for the mapping dialog."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..errors import Phrase, ValidationError
from .column_mapping import ColumnMapping
from .pricelist_values import DEFAULT_STOCK_ESTIMATE
from .sheet_preview import SheetPreview

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
class PriceListMapping(ColumnMapping[Field]):
    """Which sheets, header row and columns hold what; remembered per supplier (JSON).
    See :class:`~.column_mapping.ColumnMapping`; ``stock_estimate`` is the stock counted
    for a word such as "много"."""

    FIELD = Field
    TITLES = FIELD_TITLES

    stock_estimate: int = DEFAULT_STOCK_ESTIMATE

    def __post_init__(self) -> None:
        self._normalise()
        if self.stock_estimate < 1:
            raise ValidationError("The stock counted for 'много' must be 1 or more, not {value}.",
                                  value=self.stock_estimate)
        if not self.columns:
            return
        if Field.PRICE not in self.columns:
            raise ValidationError("Choose the column that holds the price.")
        if not {Field.SKU, Field.BARCODE, Field.NAME} & self.columns.keys():
            raise ValidationError("Choose a column that identifies the product: supplier SKU, barcode or name.")
        self._check_distinct()

    def to_json(self) -> dict[str, Any]:
        return {**super().to_json(), "stock_estimate": self.stock_estimate}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PriceListMapping:
        unknown = cls.unknown_field(data)
        if unknown is not None:
            raise ValidationError("The saved price list mapping names an unknown column kind '{kind}'.",
                                  kind=unknown)
        return cls(**cls.json_arguments(data),
                   stock_estimate=int(data.get("stock_estimate", DEFAULT_STOCK_ESTIMATE)))


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
class PriceListPreview:
    """What the mapping dialog shows: sheets, first rows, and the mapping in effect."""

    file: str
    sheet_names: tuple[str, ...]
    sheets: tuple[SheetPreview[SheetTable], ...]
    #: The mapping found (detected, or the one given with its captions); None when no header was found.
    mapping: PriceListMapping | None
    #: Why the given mapping was set aside, or why no header was found.
    problem: ValidationError | None
    #: The first rows of the first table read with the mapping, as an import would read them.
    parsed: tuple[PriceListRow, ...]
    errors: tuple[RowError, ...]
    skipped: tuple[SkippedRow, ...]

