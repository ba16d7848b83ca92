"""Reading supplier price lists as they arrive: real suppliers' files (shared test data),
our own messy ones (tests/data/pricelists, made by make_pricelists.py), and files that
are no price list at all. No database."""

from __future__ import annotations

import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.exports.pricelist_model import Field, ParsedPriceList, PriceListMapping, PriceListRow
from backoffice_desktop.exports.pricelist_reader import preview, read_price_list, remove_duplicates
from backoffice_desktop.exports.pricelist_sheets import open_sheets
from backoffice_desktop.exports.pricelist_values import (
    MAX_SKU_CHARS,
    offer_sku,
    parse_barcodes,
    parse_pack,
    parse_price,
    parse_stock,
)

from .. import conftest

DATA = Path(__file__).resolve().parent.parent / "data" / "pricelists"


def real(name: str) -> Path:
    return conftest.testdata_dir("price_lists") / name


def ours(name: str) -> Path:
    return DATA / name


def read(path: Path, mapping: PriceListMapping | None = None, currency: str = "RUB") -> ParsedPriceList:
    return remove_duplicates(read_price_list(path, mapping, currency))


def by_sku(parsed: ParsedPriceList) -> dict[str, PriceListRow]:
    return {row.supplier_sku: row for row in parsed.rows}


# --- real suppliers' files ------------------------------------------------------------------

def test_books_with_a_company_block_above_the_header_on_row_13():
    parsed = read(real("interservice_books__Прайс.xlsx"))
    (table,) = parsed.tables
    assert table.header_row == 13
    assert table.columns == {Field.NAME: "B", Field.SKU: "C", Field.BARCODE: "D", Field.PACK: "K",
                             Field.PRICE: "L", Field.STOCK: "M"}  # "Артикул", not the 1C code in A
    assert len(parsed.rows) == 10 and parsed.errors == () and parsed.skipped == ()
    first = parsed.rows[0]
    assert (first.sheet, first.row, first.sku, first.price, first.stock, first.pack) == (
        "Sheet1", 14, "571192", Decimal("214.40"), Decimal(1), Decimal(16))
    assert first.barcodes == ("9785699414260",)  # ISBN 978-5-699-41426-0 without dashes
    assert first.name.startswith('"Локомотив" Новая эра')


def test_1c_export_without_a_sku_column_keys_rows_by_name_and_keeps_the_sections():
    parsed = read(real("phone_parts_1c_TDSheet__pricelist.xlsx"))
    (table,) = parsed.tables
    assert (table.sheet, table.header_row) == ("TDSheet", 3)
    assert table.columns == {Field.NAME: "B", Field.STOCK: "D", Field.PRICE: "E"}
    assert len(parsed.rows) == 480 and parsed.errors == ()
    assert len(parsed.skipped) == 61 and {str(s.reason) for s in parsed.skipped} == {"section heading"}
    rows = {row.row: row for row in parsed.rows}
    assert rows[5].sku == "" and rows[5].supplier_sku == "сим приемник samsung 5230" == rows[5].key
    assert (rows[5].price, rows[5].stock, rows[5].category) == (Decimal("200.00"), Decimal(10), "Sim-приемники")
    assert rows[10].category == "Huawei"  # the sub-category row under "Акб"
    assert rows[7].key == "считыватель sim huawei y320" and rows[7].supplier_sku == "Считыватель Sim Huawei Y320"


def test_doors_with_text_prices_and_no_break_spaces():
    parsed = read(real("doors_nbsp_text_prices__price.xlsx"))
    assert parsed.tables[0].columns[Field.PRICE] == "F"  # "price", not "discountPrice"
    rows = by_sku(parsed)
    assert len(rows) == 219
    assert rows["7X"].price == Decimal("14227.00")
    assert rows["7X скл."].key == "7x скл." and rows["1E (ABS)"].price > 0
    assert all(row.stock is None for row in parsed.rows)  # the "count" column is empty


def _openpyxl_rows(path: Path) -> dict[str, list[tuple[int, tuple]]]:
    workbook = load_workbook(path, read_only=True, data_only=True)
    found = {}
    for ws in workbook.worksheets:
        ws.reset_dimensions()
        rows = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            values = list(values)
            while values and values[-1] is None:
                values.pop()
            if values:
                rows.append((number, tuple(values)))
        found[ws.title] = rows
    workbook.close()
    return found


@pytest.mark.parametrize("path", [
    "interservice_books__Прайс.xlsx", "phone_parts_1c_TDSheet__pricelist.xlsx", "doors_nbsp_text_prices__price.xlsx",
    "electronics_distributor.xlsx", "bad_rows.xlsx",
])
def test_the_fast_xlsx_reader_reads_what_openpyxl_reads(path):
    path = ours(path) if (DATA / path).exists() else real(path)
    with open_sheets(path) as (sheets, names):
        ours_ = {s.name: [(n, v) for n, v in s.rows if v] for s in sheets}
    assert list(ours_) == list(names)
    assert ours_ == _openpyxl_rows(path)


def test_dates_and_formulas_read_as_their_values(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Артикул", "Цена", "Дата"])
    ws.append(["A-1", 100, datetime(2026, 3, 1)])
    wb.save(tmp_path / "dates.xlsx")
    with open_sheets(tmp_path / "dates.xlsx") as (sheets, _names):
        rows = dict(sheets[0].rows)
    assert rows[2] == ("A-1", 100, datetime(2026, 3, 1))


def test_rich_text_and_phonetic_hints_in_shared_strings_read_as_openpyxl_reads_them(tmp_path):
    wb = Workbook()
    wb.active.append(["x", "y", "z"])
    wb.save(tmp_path / "plain.xlsx")
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    table = (f'<sst xmlns="{ns}" count="3" uniqueCount="3"><si><t>Цена &amp; скидка</t></si>'
             '<si><r><rPr><b/></rPr><t xml:space="preserve">Болт </t></r><r><t>М8</t></r></si>'
             '<si><t>漢字</t><rPh sb="0" eb="2"><t>カンジ</t></rPh><phoneticPr fontId="1"/></si></sst>')
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as zin, zipfile.ZipFile(tmp_path / "rich.xlsx", "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b't="inlineStr"><is><t>x</t></is>', b't="s"><v>0</v>')
                data = data.replace(b't="inlineStr"><is><t>y</t></is>', b't="s"><v>1</v>')
                data = data.replace(b't="inlineStr"><is><t>z</t></is>', b't="s"><v>2</v>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    b'</Relationships>')
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            zout.writestr(item, data)
        zout.writestr("xl/sharedStrings.xml", table)
    with open_sheets(tmp_path / "rich.xlsx") as (sheets, _names):
        rows = {s.name: [(n, v) for n, v in s.rows if v] for s in sheets}
    assert rows == _openpyxl_rows(tmp_path / "rich.xlsx") == {"Sheet": [(1, ("Цена & скидка", "Болт М8", "漢字"))]}


def test_a_damaged_shared_string_table_is_reported_as_no_workbook(tmp_path):
    wb = Workbook()
    wb.active.append(["x"])
    wb.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as zin, zipfile.ZipFile(tmp_path / "cut.xlsx", "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdS" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    b'</Relationships>')
            zout.writestr(item, data)
        zout.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                                              '<si><t>cut he')
    with pytest.raises(ValidationError, match="cut.xlsx is a ZIP archive but not an Excel workbook"):
        read_price_list(tmp_path / "cut.xlsx")


# --- our messy files -----------------------------------------------------------------------

def test_distributor_with_title_block_two_sheets_sections_and_stock_words():
    parsed = read(ours("electronics_distributor.xlsx"))
    assert [(t.sheet, t.header_row, t.columns[Field.SKU], t.columns[Field.PRICE]) for t in parsed.tables] == [
        ("Смартфоны", 7, "B", "E"), ("Аксессуары", 3, "C", "F")]
    rows = by_sku(parsed)
    assert {sku: (r.price, r.stock, r.stock_estimated) for sku, r in rows.items()} == {
        "SM-A155F-BK": (Decimal("14990.00"), Decimal(100), True),   # "14 990,00 руб.", "много"
        "SM-A256E-LB": (Decimal("21990.00"), Decimal(10), True),    # a number, ">10"
        "SM-S921B-GR": (Decimal("69990.00"), Decimal(0), False),    # "69 990 р.", "нет"
        "MZB0F0RRU": (Decimal("18490.50"), Decimal(5), False),
        "MZB0G1BRU": (Decimal("8990.50"), Decimal(100), True),      # "есть"
        "BS-GAN5-65W": (Decimal("2490.00"), Decimal(20), True),     # "более 20"
        "UG-CD244": (Decimal("1290.00"), Decimal(10), True),        # "10+"
        "BS-CAB-C2C-1M": (Decimal("590.00"), Decimal(1), True),     # "<5": in stock, but few
        "UG-US286": (Decimal("1190.00"), Decimal(0), False),        # "1,190.00", "-"
    }
    assert rows["SM-A256E-LB"].barcodes == ("8806095361055",)  # a number cell
    assert rows["BS-GAN5-65W"].pack == Decimal(10)  # "10 шт"
    assert (rows["SM-A155F-BK"].category, rows["UG-US286"].category) == ("Смартфоны Samsung", "Кабели")
    skipped = {(s.sheet, s.row): (str(s.reason), s.text) for s in parsed.skipped}
    assert skipped[("Смартфоны", 8)] == ("section heading", "Смартфоны Samsung")
    assert skipped[("Смартфоны", 16)] == ("no price", "по запросу")
    assert ("Смартфоны", 12) not in skipped  # an empty row is passed over silently


def test_cp1251_csv_with_semicolons_and_decimal_commas():
    parsed = read(ours("office_supplies_cp1251.csv"))
    (table,) = parsed.tables
    assert (table.sheet, table.header_row) == ("office_supplies_cp1251", 3)
    rows = by_sku(parsed)
    assert rows["KN-101"].name == "Ручка шариковая синяя; 0,7 мм"
    assert (rows["KN-101"].price, rows["KN-101"].category) == (Decimal("12.50"), "Ручки")
    assert rows["KN-102"].price == Decimal("1234.50")
    assert (rows["KN-202"].stock, rows["KN-202"].stock_estimated) == (Decimal(100), True)
    assert rows["KN-201"].category == "Бумага"


def test_price_list_in_another_currency_is_refused_with_the_header_cell():
    with pytest.raises(ValidationError) as exc:
        read(ours("usd_pricelist.xlsx"))
    message = str(exc.value)
    assert "'Price, USD'" in message and "sheet 'Price list', row 3, column C" in message
    assert "in USD, but this supplier's prices are in RUB" in message
    assert len(read(ours("usd_pricelist.xlsx"), currency="USD").rows) == 2


def test_bad_rows_are_reported_with_sheet_row_column_value_and_what_was_expected():
    parsed = read(ours("bad_rows.xlsx"))
    errors = [(e.file, e.sheet, e.row, e.column, e.value, e.key) for e in parsed.errors]
    assert errors == [
        ("bad_rows.xlsx", "Прайс", 2, "A", "TL-100", "tl-100"),
        ("bad_rows.xlsx", "Прайс", 3, "C", "-320", "tl-200"),
        ("bad_rows.xlsx", "Прайс", 4, "C", "290 €", "tl-300"),
        ("bad_rows.xlsx", "Прайс", 5, "A", "TL-100", "tl-100"),
        ("bad_rows.xlsx", "Прайс", 6, "C", "0,125", "tl-400"),
        ("bad_rows.xlsx", "Прайс", 7, "D", "уточняйте", "tl-500"),
        ("bad_rows.xlsx", "Прайс", 8, "E", "0", "tl-600"),
    ]
    problems = [str(e.problem) for e in parsed.errors]
    assert "appears 2 times" in problems[0] and "'Прайс' row 2, 'Прайс' row 5" in problems[0]
    assert problems[1] == "A price can't be negative."
    assert problems[2] == "The price is in EUR, but this supplier's prices are in RUB."
    assert "two decimal places" in problems[4] and "stock quantity" in problems[5] and "pack" in problems[6]
    assert parsed.errors[1].text == "bad_rows.xlsx, sheet 'Прайс', row 3, column C, '-320': A price can't be negative."
    assert [r.supplier_sku for r in parsed.rows] == ["TL-700"]
    assert [(s.row, str(s.reason)) for s in parsed.skipped] == [(10, "repeats an earlier row")]


@pytest.mark.parametrize(("name", "message"), [
    ("empty.xlsx", "empty.xlsx has no data: every sheet is empty."),
    ("no_header.xlsx", "No header row found in no_header.xlsx"),
    ("protected.xlsx", "OLE compound file: either a password-protected workbook or an old Excel 97-2003 .xls"),
    ("photo.xlsx", "photo.xlsx is not a spreadsheet"),
])
def test_files_that_are_no_price_list_get_a_clear_message(name, message):
    with pytest.raises(ValidationError, match=message.replace(".", r"\.").replace("(", r"\(")):
        read_price_list(ours(name))


def test_zip_that_is_no_workbook_empty_file_and_missing_file(tmp_path):
    with zipfile.ZipFile(tmp_path / "document.xlsx", "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(ValidationError, match="ZIP archive but not an Excel workbook"):
        read_price_list(tmp_path / "document.xlsx")
    (tmp_path / "nothing.csv").write_bytes(b"")
    with pytest.raises(ValidationError, match="nothing.csv is empty"):
        read_price_list(tmp_path / "nothing.csv")
    with pytest.raises(ValidationError, match="does not exist"):
        read_price_list(tmp_path / "gone.xlsx")


def test_a_header_without_items_is_refused(tmp_path):
    (tmp_path / "head.csv").write_text("Артикул;Наименование;Цена\n;;\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="has a header but no items"):
        read_price_list(tmp_path / "head.csv")


# --- the values ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "expected"), [
    ("1 234,50", (Decimal("1234.50"), "")),
    ("1,234.50", (Decimal("1234.50"), "")),
    ("1.234,50", (Decimal("1234.50"), "")),
    ("14\u00a0227", (Decimal("14227.00"), "")),
    ("1,234", (Decimal("1234.00"), "")),
    ("12,5", (Decimal("12.50"), "")),
    ("12 руб.", (Decimal("12.00"), "RUB")),
    ("99,90 ₽", (Decimal("99.90"), "RUB")),
    ("$12.50", (Decimal("12.50"), "USD")),
    ("12,50 €", (Decimal("12.50"), "EUR")),
    ("USD 7.85", (Decimal("7.85"), "USD")),
    ("15 руб./шт.", (Decimal("15.00"), "RUB")),
    (214.4, (Decimal("214.40"), "")),
    (191.39999999999998, (Decimal("191.40"), "")),
    (250, (Decimal("250.00"), "")),
    (None, (None, "")),
    ("  ", (None, "")),
])
def test_prices_as_suppliers_write_them(value, expected):
    assert parse_price(value) == expected


@pytest.mark.parametrize(("value", "message"), [
    ("-12,50", "can't be negative"),
    (-5, "can't be negative"),
    ("0,125", "at most two decimal places"),
    ("от 100", "Expected a price"),
    ("12 USD 13", "Expected a price"),
    ("#N/A", "Expected a price"),
    (1e13, "too large"),
])
def test_prices_that_are_refused(value, message):
    with pytest.raises(ValidationError, match=message):
        parse_price(value)


@pytest.mark.parametrize(("value", "expected"), [
    (5, (Decimal(5), False)),
    (2.5, (Decimal("2.5"), False)),
    ("12", (Decimal(12), False)),
    ("12 шт.", (Decimal(12), False)),
    ("1 234", (Decimal(1234), False)),
    ("много", (Decimal(100), True)),
    ("В наличии", (Decimal(100), True)),
    ("есть", (Decimal(100), True)),
    ("нет", (Decimal(0), False)),
    ("-", (Decimal(0), False)),
    ("0", (Decimal(0), False)),
    (">10", (Decimal(10), True)),
    ("> 10", (Decimal(10), True)),
    ("более 10", (Decimal(10), True)),
    ("10+", (Decimal(10), True)),
    ("<5", (Decimal(1), True)),
    (None, (None, False)),
    ("", (None, False)),
])
def test_stock_as_numbers_and_words(value, expected):
    assert parse_stock(value) == expected


def test_the_estimate_for_words_is_configurable_and_bad_stock_is_refused():
    assert parse_stock("много", estimate=30) == (Decimal(30), True)
    for bad, message in (("уточняйте", "Expected a stock quantity"), (-3, "can't be negative")):
        with pytest.raises(ValidationError, match=message):
            parse_stock(bad)


def test_pack_sizes_and_barcodes():
    assert (parse_pack("10 шт"), parse_pack(12.0), parse_pack(None)) == (Decimal(10), Decimal(12), None)
    with pytest.raises(ValidationError, match="more than zero"):
        parse_pack(0)
    assert parse_barcodes("978-5-699-41426-0") == ("9785699414260",)
    assert parse_barcodes(4601234567893.0) == ("4601234567893",)
    assert parse_barcodes("4601234567893, 4601234567894;4601234567893") == ("4601234567893", "4601234567894")
    assert parse_barcodes("ABC-123") == ("ABC-123",)


def test_a_long_name_key_keeps_its_start_and_a_hash():
    name = "Дисплей " * 30
    sku = offer_sku("", (), name)
    assert len(sku) == MAX_SKU_CHARS and sku.startswith("Дисплей Дисплей")
    assert sku != offer_sku("", (), name + "в сборе")


# --- the mapping --------------------------------------------------------------------------------

def test_mapping_round_trips_through_json_and_refuses_nonsense():
    mapping = read(ours("electronics_distributor.xlsx")).mapping
    assert mapping.captions[Field.PRICE] == "Цена, руб." and mapping.header_row == 7
    assert PriceListMapping.from_json(mapping.to_json()) == mapping
    with pytest.raises(ValidationError, match="holds the price"):
        PriceListMapping(columns={Field.SKU: "A"})
    with pytest.raises(ValidationError, match="identifies the product"):
        PriceListMapping(columns={Field.PRICE: "A", Field.STOCK: "B"})
    with pytest.raises(ValidationError, match="Column B is chosen for both supplier SKU and name"):
        PriceListMapping(columns={Field.SKU: "B", Field.NAME: "B", Field.PRICE: "C"})
    with pytest.raises(ValidationError, match="'7' is not a column letter"):
        PriceListMapping(columns={Field.SKU: "7", Field.PRICE: "C"})
    with pytest.raises(ValidationError, match="unknown column kind 'colour'"):
        PriceListMapping.from_json({"columns": {"colour": "A"}})


def _moved_copy(path: Path) -> None:
    """Next month's file: two more title rows and a new first column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Смартфоны"
    ws.append(["ООО «ЭлектроОпт»"])
    ws.append(["Прайс-лист от 01.04.2026"])
    ws.append(["Склад: Москва"])
    ws.append([])
    ws.append([])
    ws.append([])
    ws.append([None, "Фото", "№ п/п", "Артикул", "Наименование товара", "Штрихкод (EAN-13)", "Цена, руб.",
               "Остаток", "Кратность"])
    ws.append([None, None, 1, "SM-A155F-BK", "Смартфон Samsung Galaxy A15", "8806095467283", "13 990", "5", 1])
    wb.save(path)


def test_a_saved_mapping_finds_its_header_again_when_the_file_moves_it(tmp_path):
    saved = PriceListMapping.from_json(read(ours("electronics_distributor.xlsx")).mapping.to_json())
    _moved_copy(tmp_path / "april.xlsx")
    parsed = read(tmp_path / "april.xlsx", saved)
    assert (parsed.tables[0].header_row, parsed.tables[0].columns[Field.PRICE]) == (7, "G")
    assert [(r.supplier_sku, r.price) for r in parsed.rows] == [("SM-A155F-BK", Decimal("13990.00"))]
    assert parsed.mapping.header_row == 7 and parsed.mapping.columns[Field.SKU] == "D"
    with pytest.raises(ValidationError, match="don't fit office_supplies_cp1251.csv"):
        read(ours("office_supplies_cp1251.csv"), saved)


def test_a_mapping_corrected_by_hand_is_taken_as_it_is():
    corrected = PriceListMapping(columns={Field.SKU: "C", Field.NAME: "B", Field.PRICE: "P"}, header_row=13)
    parsed = read(real("interservice_books__Прайс.xlsx"), corrected)
    assert parsed.mapping.captions == {Field.SKU: "Артикул", Field.NAME: "Наименование", Field.PRICE: "Цена со скидкой"}
    assert parsed.rows[0].price == Decimal("214.40")  # the cached value of =L14*((100-$N$11)/100)
    with pytest.raises(ValidationError, match="has no sheet 'Лист1'; its sheets are: Sheet1"):
        read(real("interservice_books__Прайс.xlsx"), PriceListMapping(sheets=("Лист1",)))


def test_only_the_chosen_sheets_are_read():
    parsed = read(ours("electronics_distributor.xlsx"), PriceListMapping(sheets=("Аксессуары",)))
    assert [t.sheet for t in parsed.tables] == ["Аксессуары"] and len(parsed.rows) == 4


# --- the preview and progress ------------------------------------------------------------------

def test_preview_shows_the_first_rows_with_their_row_numbers_and_the_detected_mapping():
    shown = preview(real("interservice_books__Прайс.xlsx"))
    assert shown.sheet_names == ("Sheet1",) and shown.problem is None
    (sheet,) = shown.sheets
    assert [r.row for r in sheet.rows] == list(range(1, 24))
    assert sheet.rows[12].cells[:4] == ("Код", "Наименование", "Артикул", "ISBN")
    assert sheet.rows[13].cells[11] == "214.4" and sheet.width == 17
    assert sheet.table is not None and sheet.table.header_row == 13
    assert shown.mapping is not None and shown.mapping.columns[Field.PRICE] == "L"
    assert len(shown.parsed) == 10 and shown.parsed[0].price == Decimal("214.40")


def test_preview_of_a_file_without_a_known_header_lets_the_user_choose():
    shown = preview(ours("no_header.xlsx"))
    assert shown.mapping is None and "No header row found" in str(shown.problem)
    assert shown.sheets[0].rows[0].cells == ("Колонка 1", "Колонка 2", "Колонка 3")
    chosen = preview(ours("no_header.xlsx"),
                     PriceListMapping(columns={Field.SKU: "A", Field.NAME: "B", Field.PRICE: "C"}, header_row=1))
    assert chosen.problem is None and chosen.mapping is not None
    assert [(r.sku, r.price) for r in chosen.parsed] == [("A-1", Decimal("100.00")), ("A-2", Decimal("200.00"))]


def test_preview_offers_the_detected_mapping_when_the_saved_one_does_not_fit():
    saved = read(ours("office_supplies_cp1251.csv")).mapping
    shown = preview(ours("electronics_distributor.xlsx"), saved)
    assert "don't fit" in str(shown.problem)
    assert shown.mapping is not None and shown.mapping.header_row == 7


def test_progress_is_reported_and_may_cancel():
    calls: list[tuple[int, int]] = []
    read_price_list(real("phone_parts_1c_TDSheet__pricelist.xlsx"), progress=lambda *args: calls.append(args))
    assert calls and calls[-1][0] == calls[-1][1] and all(d <= t for d, t in calls)

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        read_price_list(real("phone_parts_1c_TDSheet__pricelist.xlsx"), progress=cancel)
