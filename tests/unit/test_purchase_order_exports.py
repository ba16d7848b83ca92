"""The purchase order as PDF (read back with ``pdftotext``) and as XLSX (reopened with
openpyxl): Russian text, lines on several pages, VAT with prices that include it and
prices that don't, mixed rates, totals that add up."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import openpyxl
import pytest

from backoffice_desktop.exports import ExportError
from backoffice_desktop.exports.documents import (
    CompanyHeader,
    PurchaseOrderLinePrint,
    PurchaseOrderPrint,
    SupplierParty,
    VatBreakdown,
)
from backoffice_desktop.exports.formatting import format_money, local_date
from backoffice_desktop.exports.purchase_order_pdf import write_purchase_order_pdf
from backoffice_desktop.exports.purchase_order_xlsx import write_purchase_order_xlsx

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
D = Decimal
CENTS = D("0.01")
LONG_NAME = ("Кабель HDMI 2.1 Ultra High Speed 8K 60 Гц / 4K 120 Гц, нейлоновая оплётка, "
             "позолоченные разъёмы, длина 3 метра")
COMPANY = CompanyHeader(
    name="Ромашка", legal_name="ООО «Ромашка»", tax_id="7701234567", tax_reason_code="770101001",
    address="г. Москва, ул. Складская, д. 5", phone="+7 495 123-45-67",
)
SUPPLIER = SupplierParty(
    name="ООО «Поставщик-Опт»", tax_id="7702345678", address="г. Тверь, пр-т Ленина, д. 1",
    phone="+7 4822 00-11-22", email="zakaz@postavshik.ru", contact_person="Петров Пётр",
)


# --- building an order by hand -----------------------------------------------------------

def _line(no: int, sku: str, supplier_sku: str, name: str, unit: str, quantity: Decimal, price: Decimal,
          rate: Decimal, include: bool) -> PurchaseOrderLinePrint:
    """Amounts as the purchasing service computes them: VAT rounded per line."""
    amount = (quantity * price).quantize(CENTS, ROUND_HALF_UP)
    if include:
        vat = (amount * rate / (100 + rate)).quantize(CENTS, ROUND_HALF_UP)
        net, gross = amount - vat, amount
    else:
        vat = (amount * rate / 100).quantize(CENTS, ROUND_HALF_UP)
        net, gross = amount, amount + vat
    return PurchaseOrderLinePrint(no, sku, supplier_sku, name, unit, quantity, price, rate, net, vat, gross)


def make_order(n: int = 60, *, include: bool = True, rates: tuple[str, ...] = ("22", "10", "0"),
               revision: int = 0) -> PurchaseOrderPrint:
    lines = []
    for i in range(1, n + 1):
        unit = "kg" if i % 5 == 0 else "pcs"
        quantity = D("2.5") if unit == "kg" else D(i % 7 + 1)
        price = D("1234.50") if i == 1 else D(100 + i) + D("0.99")
        name = LONG_NAME if i % 4 == 0 else f"Товар № {i}: чайник электрический"
        lines.append(_line(i, f"SKU-{i:06d}", f"ПС-{i:05d}", name, unit, quantity, price,
                           D(rates[i % len(rates)]), include))
    by_rate: dict[Decimal, list[Decimal]] = {}
    for line in lines:
        acc = by_rate.setdefault(line.vat_rate, [D(0), D(0)])
        acc[0] += line.net_amount
        acc[1] += line.vat_amount
    return PurchaseOrderPrint(
        number="PO-2026-000045", revision=revision,
        order_date=datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc), expected_date=date(2026, 12, 3),
        currency="RUB", supplier=SUPPLIER, prices_include_vat=include, lines=lines,
        net_total=sum((ln.net_amount for ln in lines), D(0)),
        vat_total=sum((ln.vat_amount for ln in lines), D(0)),
        gross_total=sum((ln.gross_amount for ln in lines), D(0)),
        vat_breakdown=[VatBreakdown(rate, net, vat) for rate, (net, vat) in sorted(by_rate.items())],
        terms="Оплата: 50% предоплата, остаток в течение 10 дней.\nДоставка: силами поставщика до склада.",
        notes="Упаковка — паллеты, маркировка по артикулу", author="Сидорова А. В.",
        approved_by="Иванов И. И.",
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
    out = subprocess.run([*cmd, str(path), "-"], check=True, capture_output=True, text=True).stdout
    return out.replace("\u00a0", " ")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def page_count(path: Path) -> int:
    out = subprocess.run([_tool("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def money(value: Decimal) -> str:
    return format_money(value).replace("\u00a0", " ")


def words_right_edge(path: Path, page: int) -> tuple[float, float]:
    """The page width and the right edge of the rightmost word (``pdftotext -bbox``)."""
    out = subprocess.run([_tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
                         check=True, capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', out).group(1))
    return width, max(float(x) for x in re.findall(r'xMax="([\d.]+)"', out))


# --- the PDF -----------------------------------------------------------------------------

def test_pdf_prints_parties_lines_and_vat_included_totals(tmp_path: Path) -> None:
    order = make_order(60, include=True, revision=2)
    path = write_purchase_order_pdf(order, COMPANY, tmp_path / "po.pdf")
    assert path == tmp_path / "po.pdf"
    text = pdftotext(path)
    one = flat(text)

    assert f"Заказ поставщику № PO-2026-000045 от {local_date(order.order_date)} (ред. 2)" in one
    assert "ООО «Ромашка»" in one and "ИНН 7701234567" in one and "КПП 770101001" in one
    assert "г. Москва, ул. Складская, д. 5" in one
    assert "ООО «Поставщик-Опт», ИНН 7702345678, г. Тверь, пр-т Ленина, д. 1" in one
    assert "Петров Пётр, тел. +7 4822 00-11-22, e-mail zakaz@postavshik.ru" in one
    assert "Срок поставки до 03.12.2026" in one and "Цены включают НДС" in one
    # Rates differ, so each line shows its own; our SKU and the supplier's side by side.
    assert re.search(r"1\s+SKU-000001\s+ПС-00001\s+Товар № 1: чайник\s+шт\s+2\s+10%\s+1 234,50\s+2 469,00", text)
    assert re.search(r"5\s+SKU-000005\s+ПС-00005\s+Товар № 5: чайник\s+кг\s+2,5\s+0%\s+105,99\s+264,98", text)
    assert all(f"SKU-{i:06d}" in one and f"ПС-{i:05d}" in one for i in range(1, 61))
    assert "позолоченные разъёмы, длина 3 метра" in one  # long names wrap, not cut

    by_rate = {b.rate: b for b in order.vat_breakdown}
    assert re.search(rf"Итого:\s+{money(order.gross_total)}\s", text)
    assert re.search(rf"в т.ч. НДС 10%:\s+{money(by_rate[D(10)].vat)}\s", text)
    assert re.search(rf"в т.ч. НДС 22%:\s+{money(by_rate[D(22)].vat)}\s", text)
    assert "НДС 0%" not in one and "сверху" not in one
    assert re.search(rf"Всего к оплате:\s+{money(order.gross_total)}\s", text)
    assert f"Всего наименований 60, на сумму {money(order.gross_total)} руб." in one
    assert "Условия поставки и оплаты Оплата: 50% предоплата, остаток в течение 10 дней. Доставка:" in one
    assert "Примечание: Упаковка — паллеты, маркировка по артикулу" in one
    assert "Заказ оформил" in one and "Сидорова А. В." in one and "Утвердил" in one and "Иванов И. И." in one


def test_pdf_spans_pages_with_repeated_header_and_page_numbers(tmp_path: Path) -> None:
    path = write_purchase_order_pdf(make_order(60), COMPANY, tmp_path / "po.pdf")
    pages = page_count(path)
    assert pages >= 2
    for page in range(1, pages + 1):
        text = flat(pdftotext(path, page))
        assert f"Стр. {page} из {pages}" in text
        assert all(h in text for h in ("№", "Артикул", "Арт.", "поставщика", "Наименование", "Ед.", "Кол-во",
                                       "НДС", "Цена", "Сумма"))
        width, right = words_right_edge(path, page)
        assert right <= width - 40  # nothing runs into the 15 mm margin
    second = flat(pdftotext(path, 2))
    assert "Заказ поставщику № PO-2026-000045" in second and "продолжение" in second
    assert "Всего к оплате" in flat(pdftotext(path, pages))


def test_pdf_with_prices_without_vat_adds_vat_on_top(tmp_path: Path) -> None:
    order = make_order(8, include=False, rates=("22",))
    text = pdftotext(write_purchase_order_pdf(order, COMPANY, tmp_path / "po.pdf"))
    one = flat(text)
    assert "(ред." not in one and "Стр." not in one  # revision 0, one page
    assert "Цены указаны без НДС, НДС начисляется сверху" in one
    # One rate for every line: no rate column, the rate is in the totals only.
    assert re.search(r"№\s+Артикул\s+(Арт\.\s+)?(поставщика\s+)?Наименование\s+Ед\.\s+Кол-во\s+Цена\s+Сумма", one)
    assert re.search(r"1\s+SKU-000001\s+ПС-00001\s+Товар № 1: чайник( электрический)?\s+шт\s+2\s+1 234,50\s+2 469,00",
                     text)
    assert order.net_total + order.vat_total == order.gross_total
    assert re.search(rf"Итого:\s+{money(order.net_total)}\s", text)
    assert re.search(rf"НДС 22% сверху:\s+{money(order.vat_total)}\s", text)
    assert re.search(rf"Всего к оплате:\s+{money(order.gross_total)}\s", text)
    assert "в т.ч." not in one


def test_pdf_without_vat_says_so_and_prints_markup_literally(tmp_path: Path) -> None:
    base = make_order(3, rates=("0",))
    line = PurchaseOrderLinePrint(1, "A&B<1>", "X<2>", "Переходник <USB-C> & Lightning", "pcs",
                                  D(1), D(10), D(0), D(10), D(0), D(10))
    order = PurchaseOrderPrint(**{
        **base.__dict__, "lines": [line], "approved_by": "", "state_label": "Черновик",
        "supplier": SupplierParty("ИП Смирнов & сыновья"), "expected_date": None, "currency": "USD",
        "vat_breakdown": [VatBreakdown(D(0), D(10), D(0))], "net_total": D(10), "vat_total": D(0),
        "gross_total": D(10),
    })
    one = flat(pdftotext(write_purchase_order_pdf(order, COMPANY, tmp_path / "po.pdf")))
    assert "Черновик" in one
    assert "Переходник <USB-C> & Lightning" in one and "A&B<1>" in one and "X<2>" in one
    assert "ИП Смирнов & сыновья" in one and "Срок поставки" not in one and "Контакт" not in one
    assert "валюта USD" in one and "на сумму 10,00 USD" in one
    assert re.search(r"Без НДС:\s+—", one)
    assert "Утвердил" not in one and "Заказ оформил" in one


def test_empty_order_is_refused_and_nothing_written(tmp_path: Path) -> None:
    order = PurchaseOrderPrint(**{**make_order(1).__dict__, "lines": []})
    with pytest.raises(ExportError, match="PO-2026-000045 has no lines"):
        write_purchase_order_pdf(order, COMPANY, tmp_path / "po.pdf")
    with pytest.raises(ExportError, match="PO-2026-000045 has no lines"):
        write_purchase_order_xlsx(order, COMPANY, tmp_path / "po.xlsx")
    assert list(tmp_path.iterdir()) == []


# --- the XLSX ----------------------------------------------------------------------------

def _cells(ws, ref: str) -> list:
    return [row[0] for row in ws[ref]] if ":" in ref else [ws[ref]]


def evaluate(ws, formula: str) -> Decimal:
    """The three formulas the writer uses, computed in Decimal from the stored values."""
    if m := re.fullmatch(r"=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)", formula):
        return sum((D(str(c.value)) for c in _cells(ws, m[1])), D(0))
    if m := re.fullmatch(r"=SUMIF\(([A-Z]+\d+:[A-Z]+\d+),([\d.]+),([A-Z]+\d+:[A-Z]+\d+)\)", formula):
        pairs = zip(_cells(ws, m[1]), _cells(ws, m[3]), strict=True)
        return sum((D(str(v.value)) for k, v in pairs if D(str(k.value)) == D(m[2])), D(0))
    if m := re.fullmatch(r"=([A-Z]+\d+)", formula):
        return evaluate(ws, ws[m[1]].value)
    raise AssertionError(f"unexpected formula {formula}")


def _row_of(ws, label: str) -> int:
    return next(c.row for c in ws["A"] if c.value == label)


def test_xlsx_keeps_numbers_as_numbers_with_formats_and_formula_totals(tmp_path: Path) -> None:
    order = make_order(60, include=True, revision=2)
    path = write_purchase_order_xlsx(order, COMPANY, tmp_path / "po.xlsx")
    assert path == tmp_path / "po.xlsx" and [p.name for p in tmp_path.iterdir()] == ["po.xlsx"]
    ws = openpyxl.load_workbook(path).active

    assert ws["A1"].value == f"Заказ поставщику № PO-2026-000045 от {local_date(order.order_date)} (ред. 2)"
    labels = {c.value: ws.cell(c.row, 4).value for c in ws["A"][:10] if c.value}
    assert "ООО «Ромашка»" in labels["Покупатель"] and "КПП\u00a0770101001" in labels["Покупатель"]
    assert labels["Поставщик"].startswith("ООО «Поставщик-Опт», ИНН\u00a07702345678")
    assert labels["Срок поставки"] == datetime(2026, 12, 3)
    assert ws.cell(_row_of(ws, "Срок поставки"), 4).number_format == "DD.MM.YYYY"

    header = _row_of(ws, "№")
    assert [c.value for c in ws[header]] == ["№", "Артикул", "Арт. поставщика", "Наименование", "Ед.", "Кол-во",
                                              "Цена", "НДС, %", "Сумма без НДС", "НДС", "Сумма с НДС"]
    assert all(c.font.bold for c in ws[header])
    first, last = header + 1, header + 60
    for line, row in zip(order.lines, ws.iter_rows(min_row=first, max_row=last), strict=True):
        no, sku, supplier_sku, name, unit, qty, price, rate, net, vat, gross = row
        assert (no.value, sku.value, supplier_sku.value, name.value) == (line.line_no, line.sku,
                                                                          line.supplier_sku, line.name)
        for cell, expected in ((qty, line.quantity), (price, line.unit_price), (rate, line.vat_rate),
                               (net, line.net_amount), (vat, line.vat_amount), (gross, line.gross_amount)):
            assert isinstance(cell.value, (int, float)) and D(str(cell.value)) == expected
        assert qty.number_format == ("#,##0" if line.unit == "pcs" else "#,##0.###")
        assert {price.number_format, net.number_format, vat.number_format, gross.number_format} == {"#,##0.00"}
        assert unit.value == ("кг" if line.unit == "kg" else "шт")

    totals = _row_of(ws, "Итого:")
    assert totals == last + 1
    assert [ws.cell(totals, col).value for col in (9, 10, 11)] == [
        f"=SUM(I{first}:I{last})", f"=SUM(J{first}:J{last})", f"=SUM(K{first}:K{last})"]
    assert [evaluate(ws, ws.cell(totals, col).value) for col in (9, 10, 11)] == [
        order.net_total, order.vat_total, order.gross_total]
    assert ws.cell(totals, 11).number_format == "#,##0.00" and ws.cell(totals, 11).font.bold
    by_rate = {b.rate: b.vat for b in order.vat_breakdown}
    for rate in (10, 22):
        formula = ws.cell(_row_of(ws, f"в т.ч. НДС {rate}%:"), 10).value
        assert formula == f"=SUMIF(H{first}:H{last},{rate},J{first}:J{last})"
        assert evaluate(ws, formula) == by_rate[D(rate)]
    assert sum(by_rate.values()) == order.vat_total
    assert evaluate(ws, ws.cell(_row_of(ws, "Всего к оплате:"), 11).value) == order.gross_total

    assert ws.freeze_panes == f"A{first}"
    assert ws.auto_filter.ref == f"A{header}:K{last}"
    assert ws.print_title_rows == f"${header}:${header}"
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9  # A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    widths = {col: ws.column_dimensions[col].width for col in "ABCDEFGHIJK"}
    assert widths["B"] >= len("SKU-000001") and widths["C"] >= len("ПС-00001")
    assert widths["K"] >= len(format_money(order.gross_total)) and widths["A"] < widths["B"] < widths["D"]
    assert ws.cell(first + 3, 4).alignment.wrap_text  # the long name wraps in its capped column


def test_xlsx_with_prices_without_vat(tmp_path: Path) -> None:
    order = make_order(10, include=False, rates=("22", "10"))
    ws = openpyxl.load_workbook(write_purchase_order_xlsx(order, COMPANY, tmp_path / "po.xlsx")).active
    assert ws.cell(_row_of(ws, "Цены"), 4).value == "указаны без НДС, НДС начисляется сверху"
    totals = _row_of(ws, "Итого:")
    assert [evaluate(ws, ws.cell(totals, col).value) for col in (9, 10, 11)] == [
        order.net_total, order.vat_total, order.gross_total]
    for b in order.vat_breakdown:
        label = f"НДС {b.rate:.0f}% сверху:"
        assert evaluate(ws, ws.cell(_row_of(ws, label), 10).value) == b.vat
    assert evaluate(ws, ws.cell(_row_of(ws, "Всего к оплате:"), 11).value) == order.gross_total


def test_xlsx_replaces_an_existing_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "po.xlsx"
    target.write_bytes(b"old")
    write_purchase_order_xlsx(make_order(2), COMPANY, target)
    assert openpyxl.load_workbook(target).active["A1"].value.startswith("Заказ поставщику")
    assert [p.name for p in tmp_path.iterdir()] == ["po.xlsx"]
