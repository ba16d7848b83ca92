"""Reports as PDF (read back with ``pdftotext``, page 1 rendered with ``pdftoppm``) and as
XLSX (reopened with openpyxl, and converted by LibreOffice when it is installed), from
hand-made report results: Cyrillic text, emphasis rows, totals, charts, figure tiles."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PIL import Image, ImageChops
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.linecharts import HorizontalLineChart

from backoffice_desktop.exports import ExportError
from backoffice_desktop.exports.documents import CompanyHeader
from backoffice_desktop.exports.report_charts import MAX_LABELS, chart_drawing
from backoffice_desktop.exports.report_data import (
    Aggregate,
    Chart,
    ChartKind,
    Column,
    ColumnKind,
    Figure,
    Period,
    ReportParams,
    ReportResult,
    Row,
    Series,
    Text,
)
from backoffice_desktop.exports.report_pdf import value_formatter, write_report_pdf
from backoffice_desktop.exports.report_xlsx import write_report_xlsx

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
D = Decimal
NBSP = "\u00a0"
COMPANY = CompanyHeader(name="Ромашка", legal_name="ООО «Ромашка»", tax_id="7701234567")
GENERATED = datetime(2026, 11, 27, 11, 5, tzinfo=timezone.utc)  # 14:05 in Moscow
LONG_NAME = ("Кабель HDMI 2.1 Ultra High Speed 8K 60 Гц / 4K 120 Гц, нейлоновая оплётка, "
             "позолоченные разъёмы, длина 3 метра")
COLUMNS = (
    Column("name", Text("Product", "Товар"), ColumnKind.TEXT, width=3),
    Column("sku", Text("SKU", "Артикул"), ColumnKind.TEXT),
    Column("day", Text("Date", "Дата"), ColumnKind.DATE),
    Column("quantity", Text("Quantity", "Кол-во"), ColumnKind.QUANTITY, Aggregate.SUM),
    Column("orders", Text("Orders", "Заказов"), ColumnKind.INTEGER, Aggregate.SUM),
    Column("revenue", Text("Revenue, ₽", "Выручка, ₽"), ColumnKind.MONEY, Aggregate.SUM),
    Column("margin", Text("Margin, %", "Маржа, %"), ColumnKind.PERCENT, Aggregate.GIVEN),
    Column("turnover", Text("Turnover", "Оборачиваемость"), ColumnKind.RATIO),
)


# --- a report by hand --------------------------------------------------------------------

def data_row(i: int) -> dict[str, object]:
    name = LONG_NAME if i % 10 == 3 else f"Товар № {i}: чайник электрический"
    quantity = D("2.5") if i % 5 == 0 else D(i % 7 + 1)
    revenue = D("1234.50") if i == 1 else D(1000 + i * 37) + D("0.45")
    margin = D("12.5") if i == 1 else D(i % 60) - D("10.3")
    return {"name": name, "sku": f"SKU-{i:06d}", "day": date(2026, 10, 1) + timedelta(days=i % 31),
            "quantity": quantity, "orders": i % 40 + 1, "revenue": revenue, "margin": margin, "turnover": D("1.25")}


def make_report(n: int = 200, *, charts: tuple[Chart, ...] = (), figures: tuple[Figure, ...] = (),
                columns: tuple[Column, ...] = COLUMNS, title: Text = Text("Sales by period", "Продажи по периодам"),
                filters: tuple[Text, ...] = (Text("Category: Phones", "Категория: Телефоны"),
                                             Text("Brand: Xiaomi", "Бренд: Xiaomi"))) -> ReportResult:
    """``n`` product rows with a category heading (emphasis) before every 20, and totals."""
    rows: list[Row] = []
    for i in range(n):
        if i % 20 == 0:
            rows.append(Row((f"Категория {i // 20 + 1}", *[None] * (len(columns) - 1)), emphasis=True))
        values = data_row(i)
        rows.append(Row(tuple(values[column.key] for column in columns)))
    data = [row.values for row in rows if not row.emphasis]
    totals = tuple(
        sum((values[index] for values in data), D(0)) if column.total == Aggregate.SUM
        else D("23.4") if column.total == Aggregate.GIVEN else None
        for index, column in enumerate(columns)
    )
    return ReportResult(
        name="sales_by_period", title=title, params=ReportParams(Period(date(2026, 10, 1), date(2026, 10, 31))),
        filter_lines=filters, columns=columns, rows=tuple(rows), totals=totals, charts=charts,
        figures=figures, generated_at=GENERATED, generated_by="Иванов И. И.",
    )


def sample_charts() -> tuple[Chart, ...]:
    year = [date(2026, 1, 1) + timedelta(days=d) for d in range(365)]
    revenue = tuple((f"{day:%d.%m}", D(1_000_000 + (d * 7919) % 1_500_000)) for d, day in enumerate(year))
    margin = tuple((label, value / 4) for label, value in revenue)
    categories = ["Телефоны", "Бытовая техника", "Аксессуары", "Компьютеры и ноутбуки", "Игрушки"]
    return (
        Chart(Text("Revenue by day", "Выручка по дням"), ChartKind.LINE,
              (Series(Text("Revenue", "Выручка"), revenue), Series(Text("Margin", "Маржа"), margin))),
        Chart(Text("Revenue by category", "Выручка по категориям"), ChartKind.BAR,
              (Series(Text("Revenue", "Выручка"),
                      tuple((c, D(2_500_000 - 400_000 * i)) for i, c in enumerate(categories))),)),
        Chart(Text("Category shares", "Доли категорий"), ChartKind.PIE,
              (Series(Text("Revenue", "Выручка"), tuple((f"Категория {i}", D(1000 * (13 - i))) for i in range(12))),)),
    )


def sample_figures() -> tuple[Figure, ...]:
    trend = tuple(D(v) for v in (5, 8, 6, 9, 12, 10, 14))
    return (
        Figure(Text("Revenue", "Выручка"), D("46105574.03"), ColumnKind.MONEY, D("12.5"), trend),
        Figure(Text("Orders", "Заказов"), 38213, ColumnKind.INTEGER, D("-3.2"), trend[::-1]),
        Figure(Text("Margin", "Маржа"), D("23.4"), ColumnKind.PERCENT),
        Figure(Text("Returns", "Возвраты"), 17, ColumnKind.INTEGER, D(0)),
        Figure(Text("Average check", "Средний чек"), D("4321.5"), ColumnKind.MONEY, D("1.1"), trend),
    )


# --- reading a PDF back ------------------------------------------------------------------

def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} (poppler-utils) is required under CI")
        pytest.skip(f"{name} not installed (poppler-utils): can't read the PDF back")
    return path


def pdftotext(path: Path, page: int | None = None) -> str:
    cmd = [_tool("pdftotext"), "-layout"]
    if page is not None:
        cmd += ["-f", str(page), "-l", str(page)]
    return subprocess.run([*cmd, str(path), "-"], check=True, capture_output=True, text=True).stdout.replace(NBSP, " ")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def pdfinfo(path: Path) -> tuple[int, str]:
    """Pages and the page size ("595.276 x 841.89")."""
    out = subprocess.run([_tool("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    size = re.search(r"^Page size:\s+([\d.]+ x [\d.]+)", out, re.M).group(1)
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1)), size


def render(path: Path, page: int, tmp_path: Path) -> Image.Image:
    """The page as a 60 dpi PNG (what a person checks by eye)."""
    prefix = tmp_path / f"page{page}"
    subprocess.run([_tool("pdftoppm"), "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
                    str(path), str(prefix)], check=True)
    return Image.open(prefix.with_suffix(".png")).convert("RGB")


def text(value: Decimal | int, kind: ColumnKind) -> str:
    return value_formatter(kind, "ru")(value).replace(NBSP, " ")


# --- the PDF -----------------------------------------------------------------------------

def test_pdf_prints_heading_rows_totals_and_page_numbers(tmp_path: Path) -> None:
    report = make_report(200)
    path = write_report_pdf(report, COMPANY, tmp_path / "report.pdf")
    assert path == tmp_path / "report.pdf" and [p.name for p in tmp_path.iterdir()] == ["report.pdf"]
    pages, size = pdfinfo(path)
    assert pages >= 4 and size == "841.89 x 595.276"  # eight columns with a long name: landscape
    fonts = subprocess.run([_tool("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    # Every face the text uses is the embedded DejaVu (reportlab's page preamble names
    # Helvetica too, but nothing is written in it).
    faces = {face[0].split("+")[-1]: face[-5] for face in map(str.split, fonts.splitlines()[2:])}
    assert faces.pop("Helvetica", "no") == "no" and faces == {"DejaVuSans": "yes", "DejaVuSans-Bold": "yes"}

    first = flat(pdftotext(path, 1))
    for line in ("ООО «Ромашка»", "Продажи по периодам", "Период: с 01.10.2026 по 31.10.2026",
                 "Категория: Телефоны", "Бренд: Xiaomi", "Сформировал: Иванов И. И. · 27.11.2026 14:05"):
        assert line in first
    assert re.search(r"Товар № 1: чайник электрический\s+SKU-000001\s+02\.10\.2026\s+2\s+2\s+1 234,50\s+"
                     r"12,5 %\s+1,25", pdftotext(path, 1))
    assert re.search(r"Товар № 5: чайник электрический\s+SKU-000005\s+06\.10\.2026\s+2,5\s+6\s+1 185,45\s+"
                     r"-5,3 %", pdftotext(path, 1))

    whole = pdftotext(path)
    assert len(re.findall(r"SKU-\d{6}", whole)) == 200  # no row lost or doubled where pages break
    assert all(f"Категория {k}" in whole for k in range(1, 11))
    assert "Кабель HDMI 2.1 Ultra High Speed 8K 60 Гц / 4K 120 Гц," in whole  # long names wrap, not cut
    assert "позолоченные разъёмы, длина 3 метра" in flat(whole)
    for page in range(1, pages + 1):
        page_text = flat(pdftotext(path, page))
        assert f"Стр. {page} из {pages}" in page_text
        assert all(h in page_text for h in ("Товар", "Артикул", "Дата", "Кол-во", "Заказов", "Выручка, ₽",
                                            "Маржа,", "Оборачиваемость")), page  # the header repeats
    assert "Продажи по периодам" in flat(pdftotext(path, 2))  # the running head

    last = pdftotext(path, pages)
    total = report.totals
    assert total is not None
    assert re.search(rf"Итого\s+{text(total[3], ColumnKind.QUANTITY)}\s+{text(total[4], ColumnKind.INTEGER)}\s+"
                     rf"{text(total[5], ColumnKind.MONEY)}\s+23,4 %", last)
    assert "Итого" not in flat(pdftotext(path, pages - 1))


def test_pdf_first_and_second_pages_look_right(tmp_path: Path) -> None:
    path = write_report_pdf(make_report(120, figures=sample_figures()), COMPANY, tmp_path / "report.pdf")
    for page in (1, 2):
        image = render(path, page, tmp_path)
        width, height = image.size
        assert width > height  # landscape
        margin = int(14 * 60 / 25.4)  # nothing runs into the 15 mm side margins
        for strip in ((0, 0, margin, height), (width - margin, 0, width, height)):
            assert image.crop(strip).getextrema() == ((255, 255),) * 3, (page, strip)
        assert image.crop((margin, 0, width - margin, height)).getextrema() != ((255, 255),) * 3


def test_pdf_draws_figure_tiles_and_charts(tmp_path: Path) -> None:
    report = make_report(30, charts=sample_charts(), figures=sample_figures())
    path = write_report_pdf(report, COMPANY, tmp_path / "report.pdf")
    first = flat(pdftotext(path, 1))
    # Tiles side by side: pdftotext reads them row by row.
    assert re.search(r"Выручка\s+Заказов\s+Маржа\s+Возвраты\s+Средний чек", first)
    assert re.search(r"46 105 574,03 ₽\s+38 213\s+23,4 %\s+17\s+4 321,50 ₽", first)
    assert re.search(r"▲ 12,5 %\s+▼ 3,2 %\s+—\s+● 0,0 %\s+▲ 1,1 %", first)
    assert "Выручка по дням" in first
    axis = re.findall(r"\b\d{1,3}(?: \d{3})+\b", pdftotext(path, 1))
    assert "2 000 000" in axis or "2 500 000" in axis  # axis ticks with thousands separators
    whole = flat(pdftotext(path))
    assert "Выручка по категориям" in whole and "Бытовая техника" in whole
    assert "Доли категорий" in whole and re.search(r"Прочее — \d+,\d %", whole)  # 12 slices: the rest as one
    assert "Категория 0 — 14,4 %" in whole

    coloured = 0
    for page in (1, 2):
        _hue, saturation, value = render(path, page, tmp_path).convert("HSV").split()
        vivid = ImageChops.multiply(saturation.point(lambda x: 255 if x > 100 else 0),
                                    value.point(lambda x: 255 if x > 80 else 0))
        coloured += vivid.histogram()[255]
    assert coloured > 2000  # the series are drawn in colour, not just the frame


def test_long_series_are_thinned() -> None:
    line = sample_charts()[0]
    drawing = chart_drawing(line, 500, 180, "ru", lambda value, kind: str(value), "Прочее")
    plot = next(item for item in drawing.contents if isinstance(item, HorizontalLineChart))
    assert all(len(series) == 92 for series in plot.data)  # 365 days as 92 four-day averages
    assert plot.data[0][0] == pytest.approx(sum(1_000_000 + d * 7919 for d in range(4)) / 4)
    labels = [name for name in plot.categoryAxis.categoryNames if name]
    assert 8 <= len(labels) <= MAX_LABELS and labels[0] == "01.01"
    assert plot.categoryAxis.labels.angle > 0  # a label per slot would overlap: turned and thinned

    products = Chart(Text("Top products", "Лучшие товары"), ChartKind.BAR,
                     (Series(Text("Revenue", "Выручка"), tuple((f"Товар {i}", D(1000 - i)) for i in range(150))),))
    drawing = chart_drawing(products, 500, 180, "ru", lambda value, kind: str(value), "Прочее")
    bars = next(item for item in drawing.contents if isinstance(item, VerticalBarChart))
    assert len(bars.data[0]) == 150  # bars are things of their own: thinned labels, never averages
    assert 0 < len([name for name in bars.categoryAxis.categoryNames if name]) <= MAX_LABELS


def test_pdf_narrow_report_is_portrait_and_english(tmp_path: Path) -> None:
    columns = (COLUMNS[1], COLUMNS[3], COLUMNS[5], COLUMNS[6])
    report = make_report(8, columns=columns)
    path = write_report_pdf(report, COMPANY, tmp_path / "report.pdf", language="en", tz="Asia/Yekaterinburg")
    assert pdfinfo(path) == (1, "595.276 x 841.89")
    one = flat(pdftotext(path))
    assert "Sales by period" in one and "Period: from 01.10.2026 to 31.10.2026" in one
    assert "Category: Phones" in one and "Generated by: Иванов И. И. · 27.11.2026 16:05" in one
    assert re.search(r"SKU-000001\s+2\s+1,234\.50\s+12\.5%", one)
    assert re.search(r"Total\s+\d+(\.\d+)?\s+\d,\d{3}\.\d\d\s+23\.4%", one)
    assert "SKU Quantity Revenue, ₽ Margin, %" in one and "Стр." not in one


def test_pdf_in_english_numbers_its_pages_in_english(tmp_path: Path) -> None:
    path = write_report_pdf(make_report(200), COMPANY, tmp_path / "report.pdf", language="en")
    pages, _size = pdfinfo(path)
    assert pages > 1 and f"Page {pages} of {pages}" in flat(pdftotext(path, pages))
    assert "Стр." not in pdftotext(path)


def test_pdf_with_many_columns_shrinks_the_font_and_keeps_the_margins(tmp_path: Path) -> None:
    months = tuple(Column(f"m{i}", Text(f"Revenue {i}", f"Выручка за месяц {i}, ₽"), ColumnKind.MONEY,
                          Aggregate.SUM) for i in range(1, 13))
    rows = tuple(Row((f"Товар {i}", f"SKU-{i:06d}", *[D(123_456_789 + i) + D("0.99")] * 12)) for i in range(40))
    totals = (None, None, *(sum((row.values[k] for row in rows), D(0)) for k in range(2, 14)))
    report = ReportResult("wide", Text("Wide", "Широкий отчёт"), ReportParams(Period(date(2026, 1, 1),
                          date(2026, 12, 31))), (), (COLUMNS[0], COLUMNS[1], *months), rows, totals)
    path = write_report_pdf(report, COMPANY, tmp_path / "report.pdf")
    text_ = pdftotext(path, 1)
    assert all(f"месяц {i}, ₽" in text_ for i in range(1, 13)) and "123 456 789,99" in text_
    total = text(totals[2], ColumnKind.MONEY)
    assert total == "4 938 272 379,60" and re.search(rf"Итого\s+({total}\s+){{11}}{total}", text_)
    bbox = subprocess.run([_tool("pdftotext"), "-bbox", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', bbox).group(1))
    assert max(float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)) <= page_width - 40


def test_report_without_rows_says_so(tmp_path: Path) -> None:
    empty_chart = Chart(Text("Revenue by day", "Выручка по дням"), ChartKind.LINE,
                        (Series(Text("Revenue", "Выручка"), ()),))
    report = make_report(0, charts=(empty_chart,))
    path = write_report_pdf(report, CompanyHeader(), tmp_path / "report.pdf")
    one = flat(pdftotext(path))
    assert "Нет данных за период." in one and "Итого" not in one and "Продажи по периодам" in one
    assert "Выручка по дням" not in one and pdfinfo(path)[0] == 1  # a chart without points is left out
    wb = openpyxl.load_workbook(write_report_xlsx(report, CompanyHeader(), tmp_path / "report.xlsx"))
    assert wb.sheetnames == ["Продажи по периодам"]
    ws = wb.active
    header = _row_of(ws, "Товар")
    assert ws.max_row == header and ws.auto_filter.ref == f"A{header}:H{header}"


def test_pdf_prints_markup_characters_literally(tmp_path: Path) -> None:
    report = make_report(3, title=Text("A&B <report>", "Отчёт <A&B>"),
                         filters=(Text("Brand: <b>", "Бренд: Смирнов & сыновья <b>"),))
    rows = (Row(("Переходник <USB-C> & Lightning", *report.rows[1].values[1:])), *report.rows[2:])
    path = write_report_pdf(ReportResult(**{**report.__dict__, "rows": rows}), COMPANY, tmp_path / "r.pdf")
    one = flat(pdftotext(path))
    assert "Отчёт <A&B>" in one and "Бренд: Смирнов & сыновья <b>" in one
    assert "Переходник <USB-C> & Lightning" in one


def test_bad_reports_are_refused_and_nothing_written(tmp_path: Path) -> None:
    report = make_report(3)
    no_columns = ReportResult(**{**report.__dict__, "columns": (), "rows": (), "totals": None})
    short_row = ReportResult(**{**report.__dict__, "rows": (*report.rows, Row(("Короткая", 1)))})
    short_totals = ReportResult(**{**report.__dict__, "totals": (None,)})
    for write in (write_report_pdf, write_report_xlsx):
        with pytest.raises(ExportError, match="'sales_by_period' has no columns"):
            write(no_columns, COMPANY, tmp_path / "r")
        with pytest.raises(ExportError, match="Row 5 of report 'sales_by_period' has 2 values for 8 columns"):
            write(short_row, COMPANY, tmp_path / "r")
        with pytest.raises(ExportError, match="totals of report 'sales_by_period' have 1 values for 8"):
            write(short_totals, COMPANY, tmp_path / "r")
        with pytest.raises(ExportError, match="Unknown time zone 'Europe/Nowhere'"):
            write(report, COMPANY, tmp_path / "r", tz="Europe/Nowhere")
    assert list(tmp_path.iterdir()) == []


def test_values_are_worded_per_kind_and_language() -> None:
    ru = {kind: value_formatter(kind, "ru") for kind in ColumnKind}
    en = {kind: value_formatter(kind, "en") for kind in ColumnKind}
    assert ru[ColumnKind.MONEY](D("1234.5")) == f"1{NBSP}234,50" and en[ColumnKind.MONEY](D("1234.5")) == "1,234.50"
    assert ru[ColumnKind.MONEY](D("-0.001")) == "0,00"
    assert ru[ColumnKind.PERCENT](D("12.46")) == f"12,5{NBSP}%" and en[ColumnKind.PERCENT](D("12.46")) == "12.5%"
    assert ru[ColumnKind.QUANTITY](D("1.250")) == "1,25" and ru[ColumnKind.INTEGER](12500) == f"12{NBSP}500"
    assert en[ColumnKind.INTEGER](12500) == "12,500" and ru[ColumnKind.RATIO](D("0.5")) == "0,50"
    assert ru[ColumnKind.DATE](date(2026, 10, 1)) == en[ColumnKind.DATE](date(2026, 10, 1)) == "01.10.2026"
    assert ru[ColumnKind.TEXT](None) == "" and ru[ColumnKind.MONEY]("—") == "—"


# --- the XLSX ----------------------------------------------------------------------------

def _row_of(ws, label: str) -> int:
    return next(c.row for c in ws["A"] if c.value == label)


def evaluate(ws, formula: str) -> Decimal:
    """``=SUM(D9:D208)`` computed in Decimal from the stored values (blanks skipped)."""
    m = re.fullmatch(r"=SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", formula)
    assert m and m[1] == m[3], formula
    cells = ws[f"{m[1]}{m[2]}:{m[3]}{m[4]}"]
    return sum((D(str(row[0].value)) for row in cells if row[0].value is not None), D(0))


def test_xlsx_keeps_types_formats_and_formula_totals(tmp_path: Path) -> None:
    report = make_report(200)
    path = write_report_xlsx(report, COMPANY, tmp_path / "report.xlsx")
    assert path == tmp_path / "report.xlsx" and [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Продажи по периодам"]  # no figures, no charts: no summary sheet
    ws = wb.active
    assert [ws.cell(r, 1).value for r in range(1, 7)] == [
        "Продажи по периодам", "ООО «Ромашка»", "Период: с 01.10.2026 по 31.10.2026", "Категория: Телефоны",
        "Бренд: Xiaomi", "Сформировал: Иванов И. И. · 27.11.2026 14:05"]
    assert ws["A1"].font.bold and ws["A1"].font.sz == 14

    header = _row_of(ws, "Товар")
    first, last = header + 1, header + len(report.rows)
    assert [c.value for c in ws[header]] == ["Товар", "Артикул", "Дата", "Кол-во", "Заказов", "Выручка, ₽",
                                              "Маржа, %", "Оборачиваемость"]
    assert all(c.font.bold for c in ws[header])
    assert ws.freeze_panes == f"A{first}"
    assert ws.auto_filter.ref == f"A{header}:H{last}"
    assert ws.print_title_rows == f"${header}:${header}"

    for row, cells in zip(report.rows, ws.iter_rows(min_row=first, max_row=last), strict=True):
        name, sku, day, quantity, orders, revenue, margin, turnover = cells
        assert name.value == row.values[0] and name.font.bold == row.emphasis
        if row.emphasis:
            assert all(c.value is None for c in cells[1:])
            continue
        assert sku.value == row.values[1] and sku.data_type == "s"
        assert day.value == datetime.combine(row.values[2], datetime.min.time())  # a real date
        assert day.is_date and day.number_format == "DD.MM.YYYY"
        for cell, expected in ((quantity, row.values[3]), (orders, row.values[4]), (revenue, row.values[5]),
                               (turnover, row.values[7])):
            assert isinstance(cell.value, (int, float)) and D(str(cell.value)) == expected
        assert D(str(margin.value)) == row.values[6] / 100 and margin.number_format == "0.0%"
        whole = row.values[3] == row.values[3].to_integral_value()
        assert quantity.number_format == ("#,##0" if whole else "#,##0.###")
        assert orders.number_format == "#,##0" and revenue.number_format == "#,##0.00"
        assert turnover.number_format == "#,##0.00"

    totals = _row_of(ws, "Итого")
    assert totals == last + 1 and all(c.font.bold for c in ws[totals])
    assert [ws.cell(totals, col).value for col in (4, 5, 6)] == [
        f"=SUM(D{first}:D{last})", f"=SUM(E{first}:E{last})", f"=SUM(F{first}:F{last})"]
    assert [evaluate(ws, ws.cell(totals, col).value) for col in (4, 5, 6)] == list(report.totals[3:6])
    assert ws.cell(totals, 7).value == pytest.approx(0.234) and ws.cell(totals, 7).number_format == "0.0%"
    assert ws.cell(totals, 8).value is None

    widths = {col: ws.column_dimensions[col].width for col in "ABCDEFGH"}
    assert 40 <= widths["A"] <= 60  # the long names, capped
    assert widths["B"] >= len("SKU-000001") and widths["C"] >= len("01.10.2026")
    assert widths["F"] >= len(text(report.totals[5], ColumnKind.MONEY))  # the totals fit too
    assert widths["H"] >= len("Оборачиваемость")
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.oddFooter.right.text == "Стр. &P из &N"


def test_xlsx_summary_sheet_holds_figures_and_charts(tmp_path: Path) -> None:
    report = make_report(10, charts=sample_charts(), figures=sample_figures())
    wb = openpyxl.load_workbook(write_report_xlsx(report, COMPANY, tmp_path / "report.xlsx"))
    assert wb.sheetnames == ["Продажи по периодам", "Сводка"]
    ws = wb["Сводка"]
    assert [c.value for c in ws[1]][:3] == ["Показатель", "Значение", "Изменение"]
    assert [c.value for c in ws[2]][:3] == ["Выручка", pytest.approx(46105574.03), pytest.approx(0.125)]
    assert ws["B2"].number_format == "#,##0.00" and ws["C2"].number_format == "+0.0%;-0.0%;0.0%"
    assert ws["B4"].value == pytest.approx(0.234) and ws["C4"].value is None
    line = _row_of(ws, "Выручка по дням")
    assert [c.value for c in ws[line + 1]][:3] == [None, "Выручка", "Маржа"]
    assert [c.value for c in ws[line + 2]][:3] == ["01.01", 1_000_000, 250_000]
    assert _row_of(ws, "Выручка по категориям") > line + 365
    kinds = [type(chart).__name__ for chart in ws._charts]
    assert kinds == ["LineChart", "BarChart", "PieChart"]


def test_xlsx_text_stays_text_and_english(tmp_path: Path) -> None:
    report = make_report(2)
    rows = (Row(("=1+2", "@SUM(A1)", *report.rows[1].values[2:])),
            Row(("—", "SKU-000002", None, "—", None, "н/д", None, None), emphasis=True))
    path = write_report_xlsx(ReportResult(**{**report.__dict__, "rows": rows}), COMPANY, tmp_path / "r.xlsx",
                             language="en")
    ws = openpyxl.load_workbook(path).active
    header = _row_of(ws, "Product")
    assert ws.cell(header + 1, 1).value == "=1+2" and ws.cell(header + 1, 1).data_type == "s"
    assert ws.cell(header + 2, 4).value == "—" and ws.cell(header + 2, 6).value == "н/д"
    assert ws.cell(header + 3, 1).value == "Total" and ws.title == "Sales by period"
    assert ws["A3"].value == "Period: from 01.10.2026 to 31.10.2026"
    assert ws.oddFooter.right.text == "Page &P of &N"


def test_bilingual_labels_in_cells_and_totals(tmp_path: Path) -> None:
    """A report may label its totals itself and put a :class:`Text` in any cell."""
    report = make_report(3)
    rows = (Row((Text("Group", "Группа"), *report.rows[1].values[1:]), emphasis=True), *report.rows[2:])
    totals = (Text("Total", "Всего"), Text("rows", "строк"), *report.totals[2:])
    labelled = ReportResult(**{**report.__dict__, "rows": rows, "totals": totals})
    one = flat(pdftotext(write_report_pdf(labelled, COMPANY, tmp_path / "r.pdf")))
    assert "Группа SKU-000000" in one and re.search(r"Всего строк \d", one)
    assert "Итого" not in one and "Text(" not in one
    ws = openpyxl.load_workbook(write_report_xlsx(labelled, COMPANY, tmp_path / "r.xlsx", language="en")).active
    header = _row_of(ws, "Product")
    assert ws.cell(header + 1, 1).value == "Group" and ws.cell(header + 1, 1).font.bold
    assert [ws.cell(header + len(rows) + 1, col).value for col in (1, 2)] == ["Total", "rows"]


def test_xlsx_opens_in_libreoffice(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice not installed: can't check the workbook opens there")
    report = make_report(50)
    path = write_report_xlsx(report, COMPANY, tmp_path / "report.xlsx")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path / 'lo'}",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "out"), str(path)],
                   check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((tmp_path / "out" / "report.csv").open(encoding="utf-8")))
    assert rows[0][0] == "Продажи по периодам"
    totals = next(row for row in rows if row and row[0] == "Итого")
    revenue = D(re.sub(r"[^\d.,-]", "", totals[5]).replace(",", ""))
    assert revenue == report.totals[5]  # LibreOffice computed the SUM
