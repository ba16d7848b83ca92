"""Barcode labels as PDF: page count and size per layout, EAN-13 for valid codes and
Code 128 otherwise, text that never leaves the label, and refused input."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest

from backoffice_desktop.exports import ExportError
from backoffice_desktop.exports.documents import LabelItem
from backoffice_desktop.exports.fonts import REGULAR, register_fonts
from backoffice_desktop.exports.labels import (
    barcode_kind,
    ean13_check_digit,
    fit_lines,
    is_valid_ean13,
    write_labels_pdf,
)

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
D = Decimal
MM = 72 / 25.4
VALID_EAN = "4601234567893"
BAD_CHECK_EAN = "4601234567890"
LONG_NAME = ("Чайник электрический Redmond RK-G178 стеклянный с подсветкой и фильтром, 1,7 л, "
             "2200 Вт, защита от перегрева, в подарочной упаковке")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if IN_CI:
            pytest.fail(f"{name} (poppler-utils) is required under CI")
        pytest.skip(f"{name} not installed (poppler-utils): can't read the PDF back")
    return path


def pdftotext(path: Path, *args: str) -> str:
    out = subprocess.run([_tool("pdftotext"), *args, str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    return out.replace("\u00a0", " ")


def pdfinfo(path: Path) -> tuple[int, float, float]:
    out = subprocess.run([_tool("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    w, h = map(float, re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", out, re.M).groups())
    return pages, w, h


def item(sku: str = "SKU-000123", name: str = "Чайник электрический 1,7 л", price: str = "1990",
         barcode: str = VALID_EAN, copies: int = 1) -> LabelItem:
    return LabelItem(sku=sku, name=name, price=D(price), barcode=barcode, copies=copies)


# --- barcodes --------------------------------------------------------------------------

def test_ean13_check_digit() -> None:
    assert ean13_check_digit("460123456789") == 3
    assert ean13_check_digit("400638133393") == 1  # 4006381333931, the textbook example
    assert is_valid_ean13(VALID_EAN) and is_valid_ean13("4006381333931")
    assert not is_valid_ean13(BAD_CHECK_EAN)
    assert not is_valid_ean13("460123456789")  # 12 digits
    assert not is_valid_ean13("46012345678 3")
    assert not is_valid_ean13("４６０１２３４５６７８９３")  # full-width digits are not ASCII


def test_barcode_kind_falls_back_to_code128() -> None:
    assert barcode_kind(VALID_EAN) == "ean13"
    assert barcode_kind(f" {VALID_EAN} ") == "ean13"
    assert barcode_kind(BAD_CHECK_EAN) == "code128"
    assert barcode_kind("INT-000777") == "code128"


# --- the label printer layout ----------------------------------------------------------

def test_58x40_prints_one_label_per_page_and_copies(tmp_path: Path) -> None:
    items = [item(copies=3), item(sku="SKU-2", name="Сахар-песок", price="89.9", barcode="INT-000777", copies=2)]
    path = write_labels_pdf(items, tmp_path / "labels.pdf", "label_58x40")
    pages, width, height = pdfinfo(path)
    assert pages == 5
    assert width == pytest.approx(58 * MM, abs=0.5) and height == pytest.approx(40 * MM, abs=0.5)
    assert (round(width), round(height)) == (164, 113)

    first = pdftotext(path, "-layout", "-f", "1", "-l", "1")
    assert "Чайник электрический 1,7 л" in first
    assert "Арт. SKU-000123" in first
    assert "1 990,00 ₽" in first
    assert re.search(r"4\s+601234\s+567893", first)  # EAN-13 digits, grouped as printed
    last = pdftotext(path, "-layout", "-f", "5", "-l", "5")
    assert "Сахар-песок" in last and "89,90 ₽" in last and "INT-000777" in last


def test_invalid_ean_is_printed_as_code128(tmp_path: Path) -> None:
    path = write_labels_pdf([item(barcode=BAD_CHECK_EAN)], tmp_path / "labels.pdf")
    text = pdftotext(path, "-layout")
    assert BAD_CHECK_EAN in text  # Code 128 prints the code in one piece ...
    assert not re.search(r"4\s+601234\s+567890", text)  # ... not in EAN-13's groups
    ean = pdftotext(write_labels_pdf([item()], tmp_path / "ean.pdf"), "-layout")
    assert VALID_EAN not in ean


def test_label_text_stays_inside_the_label(tmp_path: Path) -> None:
    items = [
        item(name=LONG_NAME, price="1234567.50", sku="CABLE-HDMI-3M-BLACK-2024-EDITION"),
        item(name="ОченьДлинноеНазваниеБезЕдиногоПробелаКотороеНикакНеПомещаетсяВСтроку" * 2,
             barcode="INTERNAL-CODE-000000777"),
        item(name="Короткое", price="5", barcode="1"),
    ]
    path = write_labels_pdf(items, tmp_path / "labels.pdf")
    xml = pdftotext(path, "-bbox")
    root = ET.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", xml).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    pages = root.findall(".//page")
    assert len(pages) == 3
    for page in pages:
        width, height = float(page.get("width")), float(page.get("height"))
        for word in page.findall("word"):
            box = [float(word.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
            assert 0.5 * MM <= box[0] and box[2] <= width - 0.5 * MM, word.text
            assert 0.5 * MM <= box[1] and box[3] <= height - 0.5 * MM, word.text
    first = pdftotext(path, "-layout", "-f", "1", "-l", "1")
    assert "1 234 567,50 ₽" in first and "Чайник электрический" in first and "…" in first


def test_names_wrap_to_two_lines_and_shrink_before_cutting() -> None:
    register_fonts()
    width = 54 * MM
    lines, size = fit_lines("Чайник электрический Redmond RK-G178, стекло, 1,7 л, 2200 Вт", REGULAR,
                            width, 2, 8.0, 5.5)
    assert len(lines) == 2 and size == 8.0 and not lines[-1].endswith("…")
    lines, size = fit_lines(LONG_NAME, REGULAR, width, 2, 8.0, 5.5)
    assert len(lines) == 2 and size < 8.0


# --- A4 sheets -------------------------------------------------------------------------

@pytest.mark.parametrize(("count", "pages"), [(1, 1), (24, 1), (25, 2), (50, 3)])
def test_a4_fills_sheets_of_24(tmp_path: Path, count: int, pages: int) -> None:
    items = [item(copies=count - count // 2), item(sku="SKU-2", barcode="INT-2", copies=count // 2)] \
        if count > 1 else [item()]
    path = write_labels_pdf(items, tmp_path / "sheet.pdf", "a4")
    got, width, height = pdfinfo(path)
    assert got == pages
    assert (round(width), round(height)) == (595, 842)


def test_a4_page_holds_24_labels(tmp_path: Path) -> None:
    path = write_labels_pdf([item(copies=50)], tmp_path / "sheet.pdf", "a4")
    first = pdftotext(path, "-layout", "-f", "1", "-l", "1")
    assert first.count("Арт. SKU-000123") == 24
    assert pdftotext(path, "-layout", "-f", "3", "-l", "3").count("Арт. SKU-000123") == 2


# --- refused input ---------------------------------------------------------------------

@pytest.mark.parametrize(("items", "layout", "message"), [
    ([], "label_58x40", "no labels"),
    ([item(copies=0)], "label_58x40", "from 1 to 1000, not 0"),
    ([item(copies=1001)], "a4", "from 1 to 1000, not 1001"),
    ([item(barcode="  ")], "label_58x40", "has no barcode"),
    ([item(barcode="ШК-123")], "label_58x40", "can't be printed as Code 128"),
    ([item(price="-1")], "label_58x40", "negative"),
    ([item()], "letter", "Unknown label layout 'letter'"),
])
def test_bad_input_is_refused_and_nothing_written(tmp_path: Path, items: list[LabelItem], layout: str,
                                                  message: str) -> None:
    with pytest.raises(ExportError, match=message) as info:
        write_labels_pdf(items, tmp_path / "labels.pdf", layout)  # type: ignore[arg-type]
    assert isinstance(info.value, ValueError)
    assert list(tmp_path.iterdir()) == []
