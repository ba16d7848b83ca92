"""Barcode labels as PDF: one 58×40 mm label per page for a label printer, or a grid
of 70×37 mm labels (3 × 8, the common 24-up sheet) on A4.

Each label shows the product name (up to two lines, the font shrinks to fit, an
ellipsis as the last resort — text never leaves the label), the SKU, the price large
and bold («1 990,00 ₽») and the barcode with its digits: EAN-13 when the code is a
valid EAN-13 (check digit verified), otherwise Code 128. Bars keep their quiet zones.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Literal

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode import createBarcodeDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as pdfcanvas

from .documents import LabelItem
from .errors import ExportError
from .fonts import register_fonts
from .formatting import format_price, write_atomically

Layout = Literal["label_58x40", "a4"]
LAYOUTS: tuple[str, ...] = ("label_58x40", "a4")
MAX_COPIES = 1000
ELLIPSIS = "…"


@dataclass(frozen=True)
class Sheet:
    """Where labels go: page size, the grid of labels on it and each label's size."""

    page: tuple[float, float]
    label: tuple[float, float]
    columns: int
    rows: int
    left: float  # offset of the grid from the page's left edge
    top: float  # offset of the grid from the page's top edge
    padding: float  # inner margin kept free of print on each label

    @property
    def per_page(self) -> int:
        return self.columns * self.rows


SHEETS: dict[str, Sheet] = {
    "label_58x40": Sheet((58 * mm, 40 * mm), (58 * mm, 40 * mm), 1, 1, 0, 0, 2 * mm),
    # 70 × 37 mm, 3 × 8 = 24 per sheet: the grid is 210 × 296 mm, centred vertically.
    "a4": Sheet(A4, (70 * mm, 37 * mm), 3, 8, 0, (A4[1] - 8 * 37 * mm) / 2, 3 * mm),
}


# --- barcodes --------------------------------------------------------------------------

def ean13_check_digit(first12: str) -> int:
    """The EAN-13 check digit of the first twelve digits."""
    odd = sum(int(d) for d in first12[0::2])
    even = sum(int(d) for d in first12[1::2])
    return (10 - (odd + 3 * even) % 10) % 10


def is_valid_ean13(code: str) -> bool:
    return (len(code) == 13 and code.isascii() and code.isdigit()
            and ean13_check_digit(code[:12]) == int(code[12]))


def barcode_kind(code: str) -> Literal["ean13", "code128"]:
    """How ``code`` is printed: EAN-13 if it is a valid one, otherwise Code 128."""
    return "ean13" if is_valid_ean13(code.strip()) else "code128"


HUMAN_FONT_SIZE = 7.0


def _barcode_drawing(code: str, width: float, height: float) -> tuple[Drawing, str | None]:
    """The barcode scaled to fit ``width`` × ``height`` (quiet zones included), its
    modules as wide as possible up to the nominal 0.33 mm. EAN-13 draws its own digits
    (the first one in the left quiet zone); for Code 128 the caller writes the text
    returned beside the drawing under the bars."""
    if barcode_kind(code) == "ean13":
        # 95 modules + quiet zones of 11 (left, where the first digit sits) and 7.
        module = min(0.33 * mm, width / 113)
        drawing = createBarcodeDrawing(
            "EAN13", value=code[:12], barWidth=module, barHeight=height,
            fontSize=HUMAN_FONT_SIZE, fontName="Helvetica", humanReadable=True, quiet=True,
        )
        return drawing, None
    probe = createBarcodeDrawing("Code128Auto", value=code, barWidth=1, humanReadable=False, quiet=False)
    modules = probe.width + 20  # + a quiet zone of 10 modules each side
    module = min(0.33 * mm, width / modules)
    drawing = createBarcodeDrawing(
        "Code128Auto", value=code, barWidth=module, barHeight=height - HUMAN_FONT_SIZE * 1.15,
        humanReadable=False, quiet=True, lquiet=10 * module, rquiet=10 * module,
    )
    return drawing, code


# --- text fitting ----------------------------------------------------------------------

def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    parts, current = [], ""
    for char in word:
        if current and stringWidth(current + char, font, size) > width:
            parts.append(current)
            current = char
        else:
            current += char
    return [*parts, current] if current else parts


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap; a word wider than the line is broken between characters."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if stringWidth(word, font, size) <= width:
            current = word
        else:
            *full, current = _break_word(word, font, size, width)
            lines.extend(full)
    if current:
        lines.append(current)
    return lines


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text.rstrip() + ELLIPSIS, font, size) > width:
        text = text[:-1]
    return text.rstrip() + ELLIPSIS


def fit_lines(text: str, font: str, width: float, max_lines: int,
              largest: float, smallest: float) -> tuple[list[str], float]:
    """The largest font size (down to ``smallest``) at which ``text`` wraps into
    ``max_lines``; below that, the last line is cut with an ellipsis."""
    size = largest
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) <= max_lines:
            return lines, size
        if size - 0.25 < smallest:
            break
        size -= 0.25
    kept = lines[:max_lines]
    rest = " ".join(lines[max_lines - 1:])
    kept[-1] = ellipsize(rest, font, size, width)
    return kept, size


def fit_size(text: str, font: str, width: float, largest: float, smallest: float) -> float:
    size = largest
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


# --- one label -------------------------------------------------------------------------

def draw_label(c: pdfcanvas.Canvas, item: LabelItem, x: float, y: float,
               width: float, height: float, padding: float) -> None:
    """Draw one label with its lower-left corner at (x, y)."""
    regular, bold = register_fonts()
    left, right = x + padding, x + width - padding
    inner_w = right - left
    top = y + height - padding
    bottom = y + padding * 0.75

    # Name: up to two lines.
    lines, size = fit_lines(item.name.strip() or item.sku, regular, inner_w, 2, 8.0, 5.5)
    leading = size * 1.15
    cursor = top - size * 0.95
    c.setFont(regular, size)
    for line in lines:
        c.drawString(left, cursor, line)
        cursor -= leading
    cursor += leading - size * 0.25  # the name's baseline plus its descent

    # Price large and bold on the right, the SKU beside it, or on a line of its own
    # above when a long SKU wouldn't fit beside the price.
    price = format_price(item.price)
    price_size = fit_size(price, bold, inner_w * 0.7, 15.0, 8.0)
    price_w = stringWidth(price, bold, price_size)
    sku_text = f"Арт. {item.sku}"
    beside_w = inner_w - price_w - 2 * mm
    sku_size = fit_size(sku_text, regular, beside_w, 7.0, 5.5)
    c.setFont(regular, sku_size)
    if stringWidth(sku_text, regular, sku_size) > beside_w:
        sku_size = fit_size(sku_text, regular, inner_w, 7.0, 5.5)
        cursor -= 0.8 * mm + sku_size * 0.75
        c.setFont(regular, sku_size)
        c.drawString(left, cursor, ellipsize(sku_text, regular, sku_size, inner_w))
        cursor -= sku_size * 0.25
        row_baseline = cursor - 0.6 * mm - price_size * 0.75
    else:
        row_baseline = cursor - 1.2 * mm - price_size * 0.75
        c.drawString(left, row_baseline, sku_text)
    c.setFont(bold, price_size)
    c.drawRightString(right, row_baseline, price)

    # The barcode fills what is left, centred; its quiet zones may use the padding.
    bar_top = row_baseline - price_size * 0.25 - 1.2 * mm
    drawing, text = _barcode_drawing(item.barcode.strip(), width - 2 * padding * 0.4, bar_top - bottom)
    bx = x + (width - drawing.width) / 2
    if text is None:
        renderPDF.draw(drawing, c, bx, bottom)
    else:
        renderPDF.draw(drawing, c, bx, bar_top - drawing.height)
        text_size = fit_size(text, "Helvetica", inner_w, HUMAN_FONT_SIZE, 4.5)
        c.setFont("Helvetica", text_size)
        c.drawCentredString(x + width / 2, bottom + 0.3 * mm, text)


# --- the document ----------------------------------------------------------------------

def _check(items: Sequence[LabelItem], layout: str) -> None:
    if layout not in SHEETS:
        raise ExportError("Unknown label layout '{layout}': use one of {choices}.",
                          layout=layout, choices=", ".join(LAYOUTS))
    if not items:
        raise ExportError("There are no labels to print.")
    for item in items:
        if isinstance(item.copies, bool) or not isinstance(item.copies, int):
            raise ExportError("The number of labels for {sku} must be a whole number.", sku=item.sku)
        if not 1 <= item.copies <= MAX_COPIES:
            raise ExportError("The number of labels for {sku} must be from 1 to {limit}, not {copies}.",
                              sku=item.sku, limit=MAX_COPIES, copies=item.copies)
        code = (item.barcode or "").strip()
        if not code:
            raise ExportError("Product {sku} has no barcode to print.", sku=item.sku)
        if barcode_kind(code) == "code128" and not (code.isascii() and code.isprintable()):
            raise ExportError("The barcode '{barcode}' of {sku} can't be printed as Code 128: "
                              "use Latin letters, digits and signs only.", barcode=code, sku=item.sku)
        if Decimal(item.price) < 0:
            raise ExportError("The price of {sku} is negative.", sku=item.sku)


def _expanded(items: Sequence[LabelItem]) -> Iterator[LabelItem]:
    for item in items:
        for _ in range(item.copies):
            yield item


def label_count(items: Sequence[LabelItem]) -> int:
    return sum(item.copies for item in items)


def write_labels_pdf(items: Sequence[LabelItem], path: Path, layout: Layout = "label_58x40") -> Path:
    """Write ``copies`` labels of each item to a PDF at ``path``; returns ``path``."""
    _check(items, layout)
    sheet = SHEETS[layout]
    register_fonts()
    buffer = io.BytesIO()
    c = pdfcanvas.Canvas(buffer, pagesize=sheet.page, pageCompression=1)
    c.setTitle("Этикетки")
    c.setCreator("Back Office Desktop")
    label_w, label_h = sheet.label
    slot = 0
    for item in _expanded(items):
        if slot == sheet.per_page:
            c.showPage()
            slot = 0
        row, col = divmod(slot, sheet.columns)
        x = sheet.left + col * label_w
        y = sheet.page[1] - sheet.top - (row + 1) * label_h
        draw_label(c, item, x, y, label_w, label_h, sheet.padding)
        slot += 1
    c.showPage()
    c.save()
    return write_atomically(path, buffer.getvalue())
