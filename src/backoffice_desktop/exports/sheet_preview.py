"""The first rows of an import file's sheets, as the importers (price lists, order
exports) search them for the header and their column-mapping dialogs show them.

A preview reads each sheet's first rows once and keeps them after the file is closed:
the header is looked for in them, they are shown as text, and the rows under the header
are read the way an import would read them, so the dialog shows the first errors before
anything is imported.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from .column_mapping import Head
from .pricelist_sheets import Sheet, open_sheets
from .pricelist_values import cell_text, is_blank

#: How many rows of each sheet the mapping dialogs show.
PREVIEW_ROWS = 50


class _Table(Protocol):
    """Where a sheet's table is (a price list's or an order export's)."""

    @property
    def sheet(self) -> str: ...

    @property
    def header_row(self) -> int: ...


T = TypeVar("T", bound=_Table)


@dataclass(frozen=True)
class PreviewRow:
    row: int
    #: Display strings from column A on.
    cells: tuple[str, ...]


@dataclass(frozen=True)
class SheetPreview(Generic[T]):
    name: str
    rows: tuple[PreviewRow, ...]
    width: int
    #: Where the mapping finds this sheet's table; None when it has none.
    table: T | None


def read_heads(sheets: Iterable[Sheet], rows: int) -> dict[str, Head]:
    """The first ``rows`` rows of each sheet (read from its row iterator), by sheet name."""
    return {s.name: list(islice(s.rows, rows)) for s in sheets}


def has_data(heads: dict[str, Head]) -> bool:
    """Whether any cell of the sheets' first rows holds a value."""
    return any(not is_blank(v) for head in heads.values() for _n, cells in head for v in cells)


@dataclass(frozen=True)
class FirstRows:
    """A file's sheet names and the first rows of each of its sheets."""

    sheet_names: tuple[str, ...]
    #: The sheets, each replaying its first rows (for the header search).
    sheets: list[Sheet]
    heads: dict[str, Head]

    @classmethod
    def read(cls, path: Path, rows: int) -> FirstRows:
        """Open the file, keep the first ``rows`` rows of each sheet, close it.
        Raises :class:`ValidationError` when the file can't be opened as a table."""
        with open_sheets(path) as (all_sheets, names):
            heads = read_heads(all_sheets, rows)
        return cls(names, [Sheet(s.name, iter(heads[s.name]), 0, lambda: 0) for s in all_sheets], heads)

    def previews(self, rows: int, tables: Sequence[tuple[Sheet, T]]) -> tuple[SheetPreview[T], ...]:
        """Each sheet's first ``rows`` rows as display text, with the table found on it."""
        by_sheet = {t.sheet: t for _s, t in tables}
        return tuple(
            SheetPreview(
                name=s.name,
                rows=tuple(PreviewRow(n, tuple(cell_text(v) for v in cells)) for n, cells in self.heads[s.name][:rows]),
                width=max((len(cells) for _n, cells in self.heads[s.name][:rows]), default=0),
                table=by_sheet.get(s.name),
            )
            for s in self.sheets
        )

    def under_header(self, table: _Table, rows: int) -> Head:
        """Of the first ``rows`` rows of the table's sheet, the ones below its header."""
        return [(n, cells) for n, cells in self.heads[table.sheet][:rows] if n > table.header_row]
