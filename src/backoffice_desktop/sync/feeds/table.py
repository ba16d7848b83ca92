"""The price-and-stock table: one row per product, as CSV and as XLSX.

Columns (stable names a platform's import is set up with once): ``sku``, ``name``,
``barcode``, ``quantity`` (what may be sold: never below zero, 0 when unpublished),
``price``, ``old_price`` (empty unless above the price), ``published`` (1/0).
"""

from __future__ import annotations

import csv
import io
import os
from decimal import Decimal
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ..listing import Listing, format_amount, format_quantity

COLUMNS = ("sku", "name", "barcode", "quantity", "price", "old_price", "published")


def old_price(listing: Listing) -> Decimal | None:
    state = listing.state
    if state.compare_at_price is not None and state.compare_at_price > state.retail_price:
        return state.compare_at_price
    return None


class CsvTableWriter:
    """Rows as CSV: UTF-8 with a BOM (Excel opens it right) and ``;`` by default."""

    def __init__(self, stream: BinaryIO, delimiter: str = ";", encoding: str = "utf-8-sig") -> None:
        self._text = io.TextIOWrapper(stream, encoding=encoding, newline="")
        self._csv = csv.writer(self._text, delimiter=delimiter, lineterminator="\r\n")
        self._csv.writerow(COLUMNS)
        self.count = 0

    def add(self, listing: Listing) -> None:
        state = listing.state
        old = old_price(listing)
        self._csv.writerow((
            state.sku, listing.name, listing.barcode, format_quantity(listing.quantity_to_show),
            format_amount(state.retail_price), format_amount(old) if old is not None else "",
            1 if state.published else 0,
        ))
        self.count += 1

    def finish(self) -> None:
        self._text.flush()
        self._text.detach()

    def discard(self) -> None:
        """Drop what is buffered; the stream is about to be thrown away."""
        self._text.detach()


class XlsxTableWriter:
    """Rows as an XLSX sheet (openpyxl write-only: rows go to disk as they come)."""

    def __init__(self, stream: BinaryIO) -> None:
        self._stream = stream
        self._book = Workbook(write_only=True)
        self._sheet = self._book.create_sheet("Price and stock")
        self._sheet.freeze_panes = "A2"
        for letter, width in zip("ABCDEFG", (18, 60, 16, 10, 12, 12, 10)):
            self._sheet.column_dimensions[letter].width = width
        bold = Font(bold=True)
        header = []
        for name in COLUMNS:
            cell = WriteOnlyCell(self._sheet, value=name)
            cell.font = bold
            header.append(cell)
        self._sheet.append(header)
        self.count = 0

    def add(self, listing: Listing) -> None:
        state = listing.state
        self._sheet.append((
            state.sku, listing.name, listing.barcode or None, listing.quantity_to_show,
            state.retail_price.quantize(Decimal("0.01")), old_price(listing),
            1 if state.published else 0,
        ))
        self.count += 1

    def finish(self) -> None:
        self._book.save(self._stream)

    def discard(self) -> None:
        """Close the sheet (openpyxl keeps its rows in a temporary file until saved)."""
        with open(os.devnull, "wb") as sink:
            self._book.save(sink)
