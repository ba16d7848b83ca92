"""The catalog as an XLSX workbook to edit in Excel, and reading it back.

Written with openpyxl's write-only mode (rows streamed, values as plain numbers and
text, no per-cell styles), so writing 100 000 products costs little more than the
cells themselves. The first two columns (ID, Version) are hidden: the import uses them
to find each row's product and to notice products changed since the export.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from .errors import ExportError
from .pricelist_reader import open_sheets


@dataclass(frozen=True)
class SheetColumn:
    key: str
    en: str
    ru: str
    width: int


#: The sheet's columns in order; the import finds them by their title in either language.
COLUMNS: tuple[SheetColumn, ...] = (
    SheetColumn("id", "ID", "ID", 8),
    SheetColumn("version", "Version", "Версия", 8),
    SheetColumn("sku", "SKU", "Артикул", 16),
    SheetColumn("name", "Name", "Наименование", 50),
    SheetColumn("category", "Category", "Категория", 32),
    SheetColumn("brand", "Brand", "Бренд", 16),
    SheetColumn("unit", "Unit", "Ед. изм.", 8),
    SheetColumn("retail_price", "Retail price", "Цена", 12),
    SheetColumn("compare_at_price", "Old price", "Старая цена", 12),
    SheetColumn("published", "Published", "На сайте", 10),
    SheetColumn("barcodes", "Barcodes", "Штрихкоды", 22),
    SheetColumn("weight_kg", "Weight, kg", "Вес, кг", 10),
    SheetColumn("meta_title", "Meta title", "Meta title", 40),
    SheetColumn("meta_description", "Meta description", "Meta description", 50),
    SheetColumn("short_description", "Short description", "Краткое описание", 60),
)
SHEET_TITLE = {"en": "Catalog", "ru": "Каталог"}
YES = {"en": "yes", "ru": "да"}
#: Units of measure as the Russian sheet shows them (the English one shows the codes).
UNITS_RU = {"pcs": "шт", "kg": "кг", "m": "м", "l": "л", "pack": "упак"}
NO = {"en": "no", "ru": "нет"}


def write_catalog(path: Path, rows: Iterable[Sequence[Any]], language: str = "ru",
                  progress: Callable[[int], None] | None = None) -> int:
    """Write the rows (values in :data:`COLUMNS` order) under a frozen, filtered header.

    Returns how many rows were written. ``progress`` is called every 1000 rows.
    """
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET_TITLE.get(language, "Catalog"))
    ws.freeze_panes = "D2"
    for index, column in enumerate(COLUMNS, start=1):
        dim = ws.column_dimensions[get_column_letter(index)]
        dim.width = column.width
        if column.key in ("id", "version"):
            dim.hidden = True
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE7F0")
    header = []
    for column in COLUMNS:
        cell = WriteOnlyCell(ws, value=column.ru if language == "ru" else column.en)
        cell.font, cell.fill = bold, fill
        header.append(cell)
    ws.append(header)
    count = 0
    for row in rows:
        ws.append(row)
        count += 1
        if progress is not None and count % 1000 == 0:
            progress(count)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{count + 1}"
    try:
        wb.save(path)
    except OSError as exc:
        raise ExportError("Can't write {path}: {reason}", path=str(path), reason=exc.strerror or str(exc)) from exc
    return count


def read_sheet(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) for each row of the first sheet, the header included.

    Read with the price list reader's direct XML parser (openpyxl's own reader is
    several times slower on 100 000 rows); a CSV saved from the sheet is read too.
    """
    with open_sheets(path) as (sheets, _names):
        if sheets:
            yield from sheets[0].rows
