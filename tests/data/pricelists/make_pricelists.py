"""Write the small, messy price lists the price list tests read (the files are committed).

    .venv/bin/python tests/data/pricelists/make_pricelists.py

Each file imitates what a supplier really sends; the real ones under
``../shared/testdata/price_lists`` are read by the tests too.

- ``electronics_distributor.xlsx``: a title block with merged cells and a "logo" block,
  two sheets whose tables start on different rows and columns, section rows, text prices
  with "руб." and no-break spaces, stock words, barcodes as numbers, an empty row, a
  price "по запросу", a footer note.
- ``office_supplies_cp1251.csv``: Windows-1251, ``;`` between fields, decimal commas, a
  title line, a section line, a quoted name with ``;`` inside.
- ``usd_pricelist.xlsx``: an English list priced in USD (header "Price, USD").
- ``bad_rows.xlsx``: the same SKU twice with different prices, an identical repeat, a
  negative price, a price in euros, three decimals, an unreadable stock word, a zero pack.
- ``empty.xlsx``: two empty sheets. ``no_header.xlsx``: data under captions nobody uses.
- ``protected.xlsx``: an OLE compound file (what a password-protected workbook and an
  old .xls are). ``photo.xlsx``: a PNG with a spreadsheet's name.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = Path(__file__).resolve().parent
NBSP = "\u00a0"

PHONES_HEADER = ["№ п/п", "Артикул", "Наименование товара", "Штрихкод (EAN-13)", "Цена, руб.", "Остаток", "Кратность"]


def _title_block(ws) -> None:
    ws["A1"] = "ООО «ЭлектроОпт» — оптовые поставки электроники"
    ws["A1"].font = Font(bold=True, size=14)
    ws.merge_cells("A1:G1")
    ws["A2"] = "127015, г. Москва, ул. Новодмитровская, д. 2, корп. 1. ИНН 7715123456 / КПП 771501001"
    ws.merge_cells("A2:G2")
    ws["A3"] = "Тел.: +7 (495) 123-45-67, e-mail: opt@electroopt.ru"
    ws.merge_cells("A3:G3")
    ws["F4"] = "[ЛОГОТИП]"
    ws.merge_cells("F4:G6")
    ws["A5"] = "Прайс-лист от 01.03.2026"
    ws["A5"].font = Font(bold=True)
    ws.merge_cells("A5:C5")


def _section(ws, row: int, text: str, first: str = "A", last: str = "G") -> None:
    ws[f"{first}{row}"] = text
    ws[f"{first}{row}"].font = Font(bold=True)
    ws.merge_cells(f"{first}{row}:{last}{row}")


def electronics_distributor() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Смартфоны"
    _title_block(ws)
    ws.append([])
    ws.append(PHONES_HEADER)  # row 7
    for cell in ws[7]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True)
    _section(ws, 8, "Категория: Смартфоны Samsung")
    rows = [
        (1, "SM-A155F-BK", "Смартфон Samsung Galaxy A15 4/128 ГБ, чёрный", "8806095467283", f"14{NBSP}990,00 руб.",
         "много", 1),
        (2, "SM-A256E-LB", "Смартфон Samsung Galaxy A25 6/128 ГБ, голубой", 8806095361055, 21990, ">10", 1),
        (3, "SM-S921B-GR", "Смартфон Samsung Galaxy S24 8/256 ГБ, серый", "8806095300283", "69 990 р.", "нет", 1),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])  # an empty row between sections
    _section(ws, 13, "Категория: Смартфоны Xiaomi")
    rows = [
        (4, "MZB0F0RRU", "Смартфон Xiaomi Redmi Note 13 8/256 ГБ, чёрный", "6941812762059", "18 490,50", "5", 1),
        (5, "MZB0G1BRU", "Смартфон Xiaomi Redmi 13C 4/128 ГБ, синий", "", 8990.5, "есть", 1),
        (6, "MZB0H7ERU", "Смартфон Xiaomi 14 Ultra 16/512 ГБ, белый", "", "по запросу", "", 1),
    ]
    for r in rows:
        ws.append(list(r))
    ws.append([])
    ws.append(["Цены указаны с учётом НДС 20%. Минимальная сумма заказа 30 000 руб."])
    ws.merge_cells("A18:G18")
    ws.column_dimensions["C"].width = 48

    acc = wb.create_sheet("Аксессуары")
    acc["B1"] = "Аксессуары для смартфонов"
    acc["B1"].font = Font(bold=True, size=12)
    acc.merge_cells("B1:H1")
    acc.append([])
    acc.append([None, *PHONES_HEADER])  # row 3, table starts in column B
    _section(acc, 4, "Категория: Зарядные устройства", "B", "H")
    rows = [
        (1, "BS-GAN5-65W", "Сетевое зарядное устройство Baseus GaN5 Pro 65 Вт, USB-C + USB-A, белое",
         4658200967539, "2 490,00 руб.", "более 20", "10 шт"),
        (2, "UG-CD244", "Сетевое зарядное устройство UGREEN Nexode 35 Вт, USB-C", "6957303892849", "1 290", "10+", 10),
    ]
    for r in rows:
        acc.append([None, *r])
    _section(acc, 7, "Категория: Кабели", "B", "H")
    rows = [
        (3, "BS-CAB-C2C-1M", "Кабель Baseus USB-C — USB-C 100 Вт, 1 м, чёрный", "6932172602840", "590,00", "<5", 20),
        (4, "UG-US286", "Кабель UGREEN USB-A — Lightning MFi, 1 м, белый", "", "1,190.00", "-", 20),
    ]
    for r in rows:
        acc.append([None, *r])
    wb.save(HERE / "electronics_distributor.xlsx")


def office_supplies_csv() -> None:
    lines = [
        "Прайс-лист ООО «Канцлер» на 01.03.2026;;;;",
        ";;;;",
        "Артикул;Наименование;Цена, руб.;Остаток;Штрихкод",
        "Ручки;;;;",
        'KN-101;"Ручка шариковая синяя; 0,7 мм";12,50;много;4607001234567',
        "KN-102;Ручка гелевая чёрная 0,5 мм;1 234,50;15;",
        "Бумага;;;;",
        "KN-201;Бумага офисная А4, 500 л.;389,90;нет;4601234567893",
        "KN-202;Бумага для заметок 76х76 мм;45,00;>100;",
    ]
    (HERE / "office_supplies_cp1251.csv").write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1251"))


def usd_pricelist() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Price list"
    ws.append(["Shenzhen Gadget Co., Ltd. — FOB Shenzhen"])
    ws.append([])
    ws.append(["Item code", "Description", "Price, USD", "Qty"])
    ws.append(["SZ-PB-10K", "Power bank 10000 mAh, USB-C PD 20W", 7.85, 1200])
    ws.append(["SZ-EB-TWS5", "TWS earbuds, Bluetooth 5.3", 5.4, 3000])
    wb.save(HERE / "usd_pricelist.xlsx")


def bad_rows() -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Прайс"
    ws.append(["Артикул", "Наименование", "Цена", "Остаток", "Кратность"])
    ws.append(["TL-100", "Отвёртка крестовая PH2", 150, 10, 1])           # 2: SKU twice, different prices
    ws.append(["TL-200", "Молоток слесарный 500 г", -320, 4, 1])          # 3: negative price
    ws.append(["TL-300", "Рулетка 5 м", "290 €", 7, 1])                   # 4: euros
    ws.append(["TL-100", "Отвёртка крестовая PH2", 175, 10, 1])           # 5: the other TL-100
    ws.append(["TL-400", "Плоскогубцы 180 мм", "0,125", 3, 1])             # 6: three decimals
    ws.append(["TL-500", "Уровень строительный 60 см", 540, "уточняйте", 1])  # 7: stock word we don't know
    ws.append(["TL-600", "Набор бит 32 шт.", 410, 12, 0])                 # 8: zero pack
    ws.append(["TL-700", "Ножовка по дереву 450 мм", 380, 6, 1])          # 9: fine
    ws.append(["TL-700", "Ножовка по дереву 450 мм", 380, 6, 1])          # 10: the same row again
    wb.save(HERE / "bad_rows.xlsx")


def empty_workbook() -> None:
    wb = Workbook()
    wb.active.title = "Лист1"
    wb.create_sheet("Лист2")
    wb.save(HERE / "empty.xlsx")


def no_header() -> None:
    wb = Workbook()
    ws = wb.active
    ws.append(["Колонка 1", "Колонка 2", "Колонка 3"])
    ws.append(["A-1", "Товар один", 100])
    ws.append(["A-2", "Товар два", 200])
    wb.save(HERE / "no_header.xlsx")


def not_spreadsheets() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    (HERE / "protected.xlsx").write_bytes(ole + bytes(512 - len(ole)))
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    (HERE / "photo.xlsx").write_bytes(png + bytes(64))


def main() -> None:
    electronics_distributor()
    office_supplies_csv()
    usd_pricelist()
    bad_rows()
    empty_workbook()
    no_header()
    not_spreadsheets()
    for path in sorted(HERE.iterdir()):
        if path.suffix != ".py":
            print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
