"""The goods receipt and the discrepancy report as PDF: checked through ``pdftotext``
for the Russian text, the numbers as a Russian reader expects them (``1 234,50``), page
numbers and the repeated table header on long documents."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import time
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

import backoffice_desktop
from backoffice_desktop.exports import ExportError
from backoffice_desktop.exports.documents import (
    CompanyHeader,
    DiscrepancyLine,
    DiscrepancyReport,
    ReceiptLinePrint,
    ReceiptPrint,
)
from backoffice_desktop.exports.formatting import format_money, format_price, format_quantity, local_date, unit_label
from backoffice_desktop.exports.receipt_pdf import write_discrepancy_pdf, write_receipt_pdf

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
D = Decimal
LONG_NAME = ("Кабель HDMI 2.1 Ultra High Speed 8K 60 Гц / 4K 120 Гц, нейлоновая оплётка, "
             "позолоченные разъёмы, ферритовые фильтры, длина 3 метра")
COMPANY = CompanyHeader(
    name="Ромашка", legal_name="ООО «Ромашка»", tax_id="7701234567", tax_reason_code="770101001",
    address="г. Москва, ул. Складская, д. 5", phone="+7 495 123-45-67",
)


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} (poppler-utils) is required under CI")
        pytest.skip(f"{name} not installed (poppler-utils): can't read the PDF back")
    return path


def pdftotext(path: Path, first: int | None = None, last: int | None = None) -> str:
    cmd = [_tool("pdftotext"), "-layout"]
    if first is not None:
        cmd += ["-f", str(first), "-l", str(last if last is not None else first)]
    out = subprocess.run([*cmd, str(path), "-"], check=True, capture_output=True, text=True).stdout
    return out.replace("\u00a0", " ")


def flat(text: str) -> str:
    """All whitespace runs as one space, so wrapped text reads as one line per cell."""
    return re.sub(r"\s+", " ", text)


def page_count(path: Path) -> int:
    out = subprocess.run([_tool("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def make_receipt(n: int, *, long_every: int = 3) -> ReceiptPrint:
    lines = []
    for i in range(1, n + 1):
        unit = "kg" if i % 5 == 0 else "pcs"
        qty = D("1.250") if unit == "kg" else D(i % 7 + 1)
        price = D("1234.50") if i == 1 else D(100 + i)
        lines.append(ReceiptLinePrint(
            line_no=i, sku=f"SKU-{i:06d}", name=LONG_NAME if i % long_every == 0 else f"Товар {i}",
            unit=unit, quantity=qty, price=price, amount=(qty * price).quantize(D("0.01")),
            bin=f"A-{i % 4 + 1:02d}",
        ))
    return ReceiptPrint(
        number="RC-2026-000123", date=datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc),
        supplier_name="ООО «Поставщик-Опт»", supplier_tax_id="7702345678",
        supplier_document="ТН № 5531 от 25.11.2026", warehouse_name="Основной склад",
        purchase_order_number="PO-2026-000045", lines=lines,
        total_quantity=sum((line.quantity for line in lines), D(0)),
        total_amount=sum((line.amount for line in lines), D(0)),
        posted_by="Иванов И. И.", notes="Коробка 3 помята",
    )


# --- formatting ------------------------------------------------------------------------

def test_money_is_formatted_russian_style() -> None:
    assert format_money(D("1234.5")) == "1\u00a0234,50"
    assert format_money(D("1234567.891")) == "1\u00a0234\u00a0567,89"
    assert format_money(D("0.005")) == "0,01"  # half up, not banker's
    assert format_money(D("-0.001")) == "0,00"
    assert format_money(D("-1500")) == "-1\u00a0500,00"
    assert format_price(D("1990")) == "1\u00a0990,00\u00a0₽"


def test_quantities_drop_trailing_zeros_and_units_print_in_russian() -> None:
    assert format_quantity(D("12.000")) == "12"
    assert format_quantity(D("1.250")) == "1,25"
    assert format_quantity(D("12500")) == "12\u00a0500"
    assert format_quantity(D("0")) == "0"
    assert [unit_label(u) for u in ("pcs", "kg", "m", "l", "pack", "box")] == ["шт", "кг", "м", "л", "уп", "box"]


def test_dates_are_printed_as_the_local_date(monkeypatch: pytest.MonkeyPatch) -> None:
    if not hasattr(time, "tzset"):
        pytest.skip("time.tzset is not available on this platform")
    late = datetime(2026, 11, 26, 22, 30, tzinfo=timezone.utc)
    try:
        monkeypatch.setenv("TZ", "Europe/Moscow")
        time.tzset()
        assert local_date(late) == "27.11.2026"  # 01:30 in Moscow
        assert local_date(late.replace(tzinfo=None)) == "27.11.2026"  # naive means UTC
        monkeypatch.setenv("TZ", "UTC")
        time.tzset()
        assert local_date(late) == "26.11.2026"
    finally:
        monkeypatch.undo()
        time.tzset()


# --- the receipt -----------------------------------------------------------------------

def test_receipt_prints_parties_lines_and_totals(tmp_path: Path) -> None:
    receipt = make_receipt(5)
    path = write_receipt_pdf(receipt, COMPANY, tmp_path / "receipt.pdf")
    assert path == tmp_path / "receipt.pdf"
    assert page_count(path) == 1
    text = pdftotext(path)
    one = flat(text)

    assert f"Приходная накладная № RC-2026-000123 от {local_date(receipt.date)}" in one
    assert "ООО «Ромашка»" in one and "ИНН 7701234567" in one and "КПП 770101001" in one
    assert "ООО «Поставщик-Опт»" in one and "ИНН 7702345678" in one
    assert "Основной склад" in one and "PO-2026-000045" in one and "ТН № 5531 от 25.11.2026" in one
    for header in ("Артикул", "Наименование", "Ед.", "Кол-во", "Цена", "Сумма"):
        assert header in one
    for i in range(1, 6):
        assert f"SKU-{i:06d}" in one
    # Line 1: 2 pcs × 1 234,50 = 2 469,00; line 5 is 1,25 kg.
    assert re.search(r"SKU-000001\s+Товар 1\s+шт\s+2\s+1 234,50\s+2 469,00", text)
    assert re.search(r"SKU-000005\s+Товар 5\s+кг\s+1,25\s+105,00\s+131,25", text)
    assert "ячейка A-02" in one
    total = format_money(receipt.total_amount).replace("\u00a0", " ")
    assert re.search(rf"Итого:\s+{format_quantity(receipt.total_quantity)}\s+{total}", text)
    assert f"Всего наименований 5, на сумму {total} руб." in one
    assert "Сдал" in one and "Принял" in one and "Иванов И. И." in one and "расшифровка подписи" in one
    assert "Примечание: Коробка 3 помята" in one
    assert "Стр." not in one  # one page: no page numbers


def test_long_names_wrap_instead_of_being_cut(tmp_path: Path) -> None:
    path = write_receipt_pdf(make_receipt(3), COMPANY, tmp_path / "receipt.pdf")
    text = pdftotext(path)
    line3 = [ln for ln in text.splitlines() if "SKU-000003" in ln][0]
    assert "длина 3 метра" not in line3  # it went on to further lines ...
    # ... and every word is there, in order (the name column read top to bottom).
    name_column = " ".join(re.findall(r"(?:Кабель|^\s{10,}\S).*", text, re.M))
    for word in LONG_NAME.split():
        assert word in name_column


def test_markup_characters_in_names_print_literally(tmp_path: Path) -> None:
    base = make_receipt(1)
    line = ReceiptLinePrint(1, "A&B<1>", "Переходник <USB-C> & Lightning", "pcs", D(1), D(10), D(10))
    receipt = ReceiptPrint(**{**base.__dict__, "lines": [line], "supplier_name": "ИП Смирнов & сыновья"})
    one = flat(pdftotext(write_receipt_pdf(receipt, COMPANY, tmp_path / "r.pdf")))
    assert "Переходник <USB-C> & Lightning" in one and "A&B<1>" in one and "ИП Смирнов & сыновья" in one


def test_long_receipt_spans_pages_with_numbers_and_repeated_header(tmp_path: Path) -> None:
    receipt = make_receipt(120)
    path = write_receipt_pdf(receipt, COMPANY, tmp_path / "long.pdf")
    pages = page_count(path)
    assert pages >= 3
    for page in range(1, pages + 1):
        text = flat(pdftotext(path, page))
        assert f"Стр. {page} из {pages}" in text
        assert all(h in text for h in ("Артикул", "Наименование", "Кол-во", "Цена", "Сумма"))
    second = flat(pdftotext(path, 2))
    assert "RC-2026-000123" in second and "продолжение" in second
    whole = flat(pdftotext(path))
    assert all(f"SKU-{i:06d}" in whole for i in range(1, 121))
    last = flat(pdftotext(path, pages))
    total = format_money(receipt.total_amount).replace("\u00a0", " ")
    assert "Итого:" in last and total in last and "Принял" in last


def test_empty_receipt_is_refused_and_nothing_written(tmp_path: Path) -> None:
    receipt = ReceiptPrint(**{**make_receipt(1).__dict__, "lines": []})
    with pytest.raises(ExportError, match="RC-2026-000123 has no lines"):
        write_receipt_pdf(receipt, COMPANY, tmp_path / "empty.pdf")
    assert list(tmp_path.iterdir()) == []


# --- the discrepancy report ------------------------------------------------------------

def make_report() -> DiscrepancyReport:
    lines = [
        DiscrepancyLine.compute(1, "SKU-000001", "Чайник электрический 1,7 л", "pcs",
                                D(10), D(8), D(1), D("1990.00"), note="брак: разбит корпус"),
        DiscrepancyLine.compute(2, "SKU-000002", LONG_NAME, "pcs", D(20), D(22), D(0), D("450.00")),
        DiscrepancyLine.compute(3, "SKU-000003", "Сахар-песок", "kg", D(50), D("48.5"), D(0), D("89.90")),
    ]
    return DiscrepancyReport(
        receipt_number="RC-2026-000123", date=datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc),
        supplier_name="ООО «Поставщик-Опт»", supplier_tax_id="7702345678",
        supplier_document="ТН № 5531 от 25.11.2026", warehouse_name="Основной склад",
        purchase_order_number="PO-2026-000045", lines=lines, posted_by="Иванов И. И.",
    )


def test_discrepancy_line_computes_shortage_surplus_and_value() -> None:
    short = DiscrepancyLine.compute(1, "A", "a", "pcs", D(10), D(8), D(1), D("1990.00"))
    assert (short.shortage, short.surplus, short.difference_value) == (D(2), D(0), D("-5970.00"))
    over = DiscrepancyLine.compute(2, "B", "b", "pcs", D(20), D(22), D(0), D("450.00"))
    assert (over.shortage, over.surplus, over.difference_value) == (D(0), D(2), D("900.00"))
    report = make_report()
    assert report.total_difference_value == D("-5204.85")
    assert (report.total_shortage, report.total_surplus, report.total_damaged) == (D("3.5"), D(2), D(1))


def test_discrepancy_report_prints_every_difference(tmp_path: Path) -> None:
    path = write_discrepancy_pdf(make_report(), COMPANY, tmp_path / "act.pdf")
    text = pdftotext(path)
    one = flat(text)
    assert "Акт о расхождении" in one and "к приходной накладной № RC-2026-000123" in one
    assert "ООО «Поставщик-Опт»" in one and "ИНН 7702345678" in one
    for header in ("Заказано", "Принято", "Брак", "Недостача", "Излишек", "Сумма расхождения"):
        assert header in one
    assert re.search(r"SKU-000001\s+Чайник электрический 1,7 л\s+шт\s+10\s+8\s+1\s+2\s+—\s+1 990,00\s+-5 970,00", text)
    assert re.search(r"SKU-000003\s+Сахар-песок\s+кг\s+50\s+48,5\s+—\s+1,5\s+—\s+89,90\s+-134,85", text)
    assert "брак: разбит корпус" in one
    assert re.search(r"Итого:\s+80\s+78,5\s+1\s+3,5\s+2\s+-5 204,85", text)
    assert "недостача и брак на сумму 6 104,85 руб." in one
    assert "Представитель поставщика" in one and "Иванов И. И." in one


# --- the layering rule -----------------------------------------------------------------

def test_exports_take_plain_data_not_the_store() -> None:
    exports = Path(backoffice_desktop.__file__).resolve().parent / "exports"
    offenders = []
    for path in exports.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [("." * node.level) + (node.module or "")]
            for name in names:
                root = name.lstrip(".").split(".")[0]
                if root in ("PySide6", "shiboken6", "sqlalchemy") or (
                        name.startswith("..") and root in ("models", "services", "db", "sync", "ui")):
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
