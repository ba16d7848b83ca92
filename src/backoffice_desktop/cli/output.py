"""Printing the import commands' reports on the terminal."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..exports.order_export_reader import SalesTable
    from ..exports.pricelist_model import RowError, SheetTable

#: Lines of each list (errors, skipped rows, price changes...) an import report prints.
REPORT_LINES = 20


def print_some(title: str, lines: list[str]) -> None:
    if not lines:
        return
    print(f"{title}:")
    for line in lines[:REPORT_LINES]:
        print(f"  {line}")
    if len(lines) > REPORT_LINES:
        print(f"  ... and {len(lines) - REPORT_LINES} more")


def print_tables(tables: Iterable[SheetTable | SalesTable]) -> None:
    """Where each sheet's table was found: its header row and the column of each field."""
    for table in tables:
        columns = ", ".join(f"{table.captions.get(f) or f.value} → {letter}"
                            for f, letter in sorted(table.columns.items(), key=lambda item: item[1]))
        print(f"  sheet '{table.sheet}': header in row {table.header_row} ({columns})")


def print_row_errors(errors: Sequence[RowError]) -> None:
    print_some("Errors", [f"sheet '{e.sheet}', row {e.row}, column {e.column}, '{e.value}': {e.problem}"
                          for e in errors])


def stop_before_writing(has_errors: bool, errors_text: str, dry_run: bool) -> int | None:
    """The exit code of an import that stops at its report: 1 when the file has errors
    (``errors_text`` says so), 0 on a dry run; None when it goes on to write."""
    if has_errors:
        print(errors_text)
        return 1
    if dry_run:
        print("Dry run: nothing was written.")
        return 0
    return None
