"""Any report as an XLSX workbook for further work in Excel or LibreOffice: numbers stay
numbers with formats per column kind (percent as a fraction with ``0.0%``, dates as real
dates), the header row is frozen with an autofilter over the table, and the totals are
``=SUM`` formulas, so a filtered or edited copy still adds up.

Written in openpyxl's write-only mode, row by row, so 100 000 rows cost little more
than a bare dump of the same values (``bench/bench_report_exports.py``): every number
reuses one styled cell per column (and kind of row) instead of styling each, text goes
in unstyled, and a date goes in as its serial number, computed once per day. Column widths are estimated from the header, the
totals and a sample of the rows (a stream can't be measured after it is written).

A second sheet «Сводка» holds the figures and each chart's data with a native chart
over it, when the report has any.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, PieChart, Reference
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.worksheet import Worksheet

from .documents import CompanyHeader
from .formatting import write_atomically
from .purchase_order_xlsx import BOLD, BOX, DATE, HEADER_FILL, MONEY, QUANTITY, WHOLE_QUANTITY
from .report_charts import drawable
from .report_data import Aggregate, Chart, ChartKind, ColumnKind, ReportResult, Text
from .report_pdf import TOTAL, check_shape, report_heading, totals_label_column, value_formatter, zone

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FORMATS: dict[ColumnKind, str] = {
    ColumnKind.INTEGER: WHOLE_QUANTITY,
    ColumnKind.QUANTITY: QUANTITY,
    ColumnKind.MONEY: MONEY,
    ColumnKind.PERCENT: "0.0%",
    ColumnKind.DATE: DATE,
    ColumnKind.RATIO: "#,##0.00",
}
CHANGE = "+0.0%;-0.0%;0.0%"
TITLE_FONT = Font(bold=True, size=14)
MUTED_FONT = Font(color="595959")
TOTALS_BORDER = Border(top=Side(style="thin", color="808080"))
HEADER_ALIGNMENT = Alignment(horizontal="center", vertical="center", wrap_text=True)
#: Rows measured for the column widths: the first ones and an even spread of the rest.
SAMPLE_ROWS = 1000
TEXT_WIDTH_MAX = 60
NUMBER_WIDTH_MAX = 24
WIDTH_MIN = 6
#: Wider than this (in characters) prints landscape.
PORTRAIT_WIDTH = 100
CHART_ROWS = 16

SUMMARY = Text("Summary", "Сводка")
FIGURE_HEAD = (Text("Figure", "Показатель"), Text("Value", "Значение"), Text("Change", "Изменение"))
PAGE = Text("Page &P of &N", "Стр. &P из &N")


def _cell(ws: WriteOnlyWorksheet, value: Any = None, *, font: Font | None = None,
          number_format: str | None = None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value)
    if font is not None:
        cell.font = font
    if number_format is not None:
        cell.number_format = number_format
    return cell


def _sheet_title(title: str) -> str:
    """A report title as a sheet name: no ``[]:*?/\\``, at most 31 characters."""
    return re.sub(r"[\s\[\]:*?/\\]+", " ", title).strip()[:31].strip() or "Report"


def _number(value: Any, kind: ColumnKind) -> Any:
    """A value as the cell holds it: percent as a fraction (12.5 → 0.125)."""
    if kind == ColumnKind.PERCENT and isinstance(value, (int, Decimal)):
        return value / 100
    return value


def _label(value: str | Text | None, language: str) -> str | None:
    return value(language) if isinstance(value, Text) else value


def _cell_writer(ws: WriteOnlyWorksheet, kind: ColumnKind, font: Font | None, language: str, tz_name: str
                 ) -> Callable[[Any], Any]:
    """What to append for a value of the column: one styled cell reused row after row
    (the stream writes each row before the next is built). Decimals go in as floats:
    openpyxl writes every number through ``float`` anyway, and once is cheaper."""
    cell = _cell(ws, font=font, number_format=FORMATS.get(kind))
    if kind == ColumnKind.TEXT:
        def put(value: Any) -> Any:
            if value is None:
                return None
            text = value if isinstance(value, str) else value(language) if isinstance(value, Text) else str(value)
            if font is None and not text.startswith("="):
                return text  # an unstyled string needs no cell of its own: the cheapest way in
            cell.value = text
            cell.data_type = "s"  # a name starting with "=" stays text
            return cell
    elif kind == ColumnKind.QUANTITY:
        whole = _cell(ws, font=font, number_format=WHOLE_QUANTITY)

        def put(value: Any) -> Any:
            if value is None or isinstance(value, (str, Text)):
                return _label(value, language)
            number = float(value)
            target = whole if number.is_integer() else cell
            target.value = number
            return target
    elif kind == ColumnKind.PERCENT:
        def put(value: Any) -> Any:
            if value is None or isinstance(value, (str, Text)):
                return _label(value, language)
            cell.value = float(value / 100) if isinstance(value, Decimal) else value / 100  # 0.7 % is 0.007
            return cell
    elif kind == ColumnKind.DATE:
        zone_info = zone(tz_name)
        serials: dict[Any, float] = {}

        def put(value: Any) -> Any:
            # A date is its Excel serial number under a date format: what openpyxl would
            # write, computed once per distinct day (a report's dates repeat).
            if value is None or isinstance(value, (str, Text)):
                return _label(value, language)
            serial = serials.get(value)
            if serial is None:
                moment = value
                if isinstance(moment, datetime) and moment.tzinfo is not None:
                    moment = moment.astimezone(zone_info).replace(tzinfo=None)
                serial = serials[value] = to_excel(moment)
            cell.value = serial
            return cell
    else:
        def put(value: Any) -> Any:
            if value is None or isinstance(value, (str, Text)):
                return _label(value, language)
            cell.value = float(value) if isinstance(value, Decimal) else value
            return cell
    return put


def column_widths(result: ReportResult, language: str) -> list[float]:
    """Widths in characters from the header words, the totals and a sample of rows."""
    rows = result.rows
    step = max(1, (len(rows) - SAMPLE_ROWS // 2) // (SAMPLE_ROWS // 2))
    sample = [*rows[: SAMPLE_ROWS // 2], *rows[SAMPLE_ROWS // 2:: step]]
    widths = []
    for index, column in enumerate(result.columns):
        text = value_formatter(column.kind, language)
        longest = max((len(text(row.values[index])) for row in sample), default=0)
        if result.totals is not None:
            longest = max(longest, len(text(result.totals[index])) + 1)
        word = max((len(w) for w in column.title(language).split()), default=0)
        cap = TEXT_WIDTH_MAX if column.kind == ColumnKind.TEXT else NUMBER_WIDTH_MAX
        widths.append(max(WIDTH_MIN, min(max(longest, word) + 2, cap)))
    return widths


def _title_block(ws: WriteOnlyWorksheet, result: ReportResult, company: CompanyHeader, language: str,
                 tz: str) -> list[list[Any]]:
    heading = report_heading(result, company, language, tz)
    rows: list[list[Any]] = [[_cell(ws, heading.title, font=TITLE_FONT)]]
    if heading.company:
        rows.append([_cell(ws, heading.company, font=BOLD)])
    rows += [[_cell(ws, line, font=MUTED_FONT)] for line in heading.lines]
    rows.append([])
    return rows


def _header(ws: WriteOnlyWorksheet, result: ReportResult, language: str) -> list[WriteOnlyCell]:
    cells = []
    for column in result.columns:
        cell = _cell(ws, column.title(language), font=BOLD)
        cell.fill, cell.border, cell.alignment = HEADER_FILL, BOX, HEADER_ALIGNMENT
        cells.append(cell)
    return cells


def _totals(ws: WriteOnlyWorksheet, result: ReportResult, language: str, first: int, last: int
            ) -> list[Any]:
    assert result.totals is not None
    label = totals_label_column(result)
    cells: list[Any] = []
    for index, (column, given) in enumerate(zip(result.columns, result.totals)):
        letter = get_column_letter(index + 1)
        if column.total == Aggregate.SUM:
            value: Any = f"=SUM({letter}{first}:{letter}{last})"
        elif index == label:
            value = TOTAL(language)
        elif isinstance(given, (str, Text)):
            value = _label(given, language)
        else:
            value = _number(given, column.kind)
        number_format = None if index == label else FORMATS.get(column.kind)
        if column.kind == ColumnKind.QUANTITY and isinstance(given, (int, Decimal)) and given == int(given):
            number_format = WHOLE_QUANTITY
        cell = _cell(ws, value, font=BOLD, number_format=number_format)
        cell.border = TOTALS_BORDER
        cells.append(cell)
    return cells


def _chart_rows(ws: WriteOnlyWorksheet, chart: Chart, language: str) -> list[list[Any]]:
    """The chart's data as a table: categories down, one column per series."""
    labels: dict[str, None] = {}
    for series in chart.series:
        labels.update(dict.fromkeys(label for label, _ in series.points))
    fmt = FORMATS.get(chart.value_kind)
    rows: list[list[Any]] = [[_cell(ws, chart.title(language), font=BOLD)],
                             [None, *(_cell(ws, s.title(language), font=BOLD) for s in chart.series)]]
    values = [dict(series.points) for series in chart.series]
    for label in labels:
        rows.append([label, *(_cell(ws, _number(v.get(label), chart.value_kind), number_format=fmt)
                              for v in values)])
    return rows


def _native_chart(ws: WriteOnlyWorksheet, chart: Chart, language: str, head: int, last: int
                  ) -> LineChart | BarChart | PieChart:
    """An Excel chart over the data rows ``head + 1 .. last`` (``head`` holds the series names)."""
    native: LineChart | BarChart | PieChart
    native = {ChartKind.LINE: LineChart, ChartKind.BAR: BarChart, ChartKind.PIE: PieChart}[chart.kind]()
    native.title = chart.title(language)
    native.add_data(Reference(ws, min_col=2, max_col=1 + len(chart.series), min_row=head, max_row=last),
                    titles_from_data=True)
    native.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=last))
    if not isinstance(native, PieChart):
        native.y_axis.numFmt = FORMATS.get(chart.value_kind, "General")
        native.x_axis.delete = native.y_axis.delete = False  # Excel hides undeleted-but-unset axes
        if len(chart.series) == 1:
            native.legend = None
    native.width, native.height = 18, 7.5
    return native


def _summary_sheet(wb: Workbook, result: ReportResult, language: str) -> None:
    """The figures, then each chart's data with the chart beside it."""
    ws = wb.create_sheet(SUMMARY(language))
    ws.column_dimensions["A"].width = 28
    for letter in "BCD":
        ws.column_dimensions[letter].width = 16
    rows: list[list[Any]] = []
    if result.figures:
        rows.append([_cell(ws, head(language), font=BOLD) for head in FIGURE_HEAD])
        for figure in result.figures:
            change = figure.change_percent / 100 if figure.change_percent is not None else None
            rows.append([figure.title(language),
                         _cell(ws, _number(figure.value, figure.kind), number_format=FORMATS.get(figure.kind)),
                         _cell(ws, change, number_format=CHANGE)])
        rows.append([])
    for chart in filter(drawable, result.charts):
        block = _chart_rows(ws, chart, language)
        head = len(rows) + 2
        ws.add_chart(_native_chart(ws, chart, language, head, len(rows) + len(block)),
                     f"{get_column_letter(len(chart.series) + 3)}{len(rows) + 1}")
        rows += block
        rows += [[]] * max(2, CHART_ROWS - len(block) + 1)
    for row in rows:
        ws.append(row)


def write_report_xlsx(result: ReportResult, company: CompanyHeader, path: Path, language: str = "ru",
                      tz: str = "Europe/Moscow") -> Path:
    """Write the report as an XLSX workbook at ``path`` and return ``path``; ``tz`` (a
    zoneinfo name) is the shop's time zone for the «Сформировал» time."""
    check_shape(result)
    wb = Workbook(write_only=True)
    wb.properties.title = result.title(language)
    wb.properties.creator = "Back Office Desktop"
    ws = wb.create_sheet(_sheet_title(result.title(language)))

    block = _title_block(ws, result, company, language, tz)
    header_row = len(block) + 1
    first, last = header_row + 1, header_row + len(result.rows)
    last_letter = get_column_letter(len(result.columns))
    widths = column_widths(result, language)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = f"A{first}"
    ws.auto_filter.ref = f"A{header_row}:{last_letter}{max(last, header_row)}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if sum(widths) > PORTRAIT_WIDTH else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.right.text = PAGE(language)

    for row in block:
        ws.append(row)
    ws.append(_header(ws, result, language))
    _write_rows(ws, result, language, tz)
    if result.totals is not None and result.rows:
        ws.append(_totals(ws, result, language, first, last))
    if result.figures or any(map(drawable, result.charts)):
        _summary_sheet(wb, result, language)

    buffer = io.BytesIO()
    wb.save(buffer)
    return write_atomically(path, buffer.getvalue())


def _write_rows(ws: WriteOnlyWorksheet, result: ReportResult, language: str, tz: str) -> None:
    kinds = [column.kind for column in result.columns]
    plain: Sequence[Callable[[Any], Any]] = [_cell_writer(ws, kind, None, language, tz) for kind in kinds]
    strong: Sequence[Callable[[Any], Any]] = [_cell_writer(ws, kind, BOLD, language, tz) for kind in kinds]
    append = ws.append
    for row in result.rows:
        append([put(value) for put, value in zip(strong if row.emphasis else plain, row.values)])
