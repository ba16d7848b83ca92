"""The goods receipt (приходная накладная) and the discrepancy report (акт о
расхождении) as A4 PDFs in the usual Russian layout.

Both are reportlab platypus documents: a title with number and date, the parties
(recipient = our company, supplier) with ИНН/КПП, the warehouse and the order, a
lines table whose header repeats on every page, a totals row, and signature lines.
Multi-page documents carry «Стр. N из M» at the foot of each page.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from .documents import CompanyHeader, DiscrepancyReport, ReceiptPrint
from .errors import ExportError
from .fonts import register_fonts
from .formatting import format_money, format_quantity, local_date, unit_label, write_atomically

MARGIN = 15 * mm
GRID = colors.Color(0.35, 0.35, 0.35)
HEADER_BG = colors.Color(0.9, 0.9, 0.9)
MUTED = colors.Color(0.35, 0.35, 0.35)


# --- styles ----------------------------------------------------------------------------

class _Styles:
    def __init__(self) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=11)
        self.title = ParagraphStyle("title", parent=base, fontName=bold, fontSize=13, leading=16,
                                    alignment=TA_CENTER, spaceAfter=2 * mm)
        self.subtitle = ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER, spaceAfter=4 * mm)
        self.label = ParagraphStyle("label", parent=base, textColor=MUTED)
        self.value = base
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=9.6)
        self.cell_code = ParagraphStyle("cell_code", parent=self.cell, wordWrap="CJK")  # breaks long SKUs
        self.cell_note = ParagraphStyle("cell_note", parent=self.cell, fontSize=7, leading=8.4, textColor=MUTED)
        self.cell_num = ParagraphStyle("cell_num", parent=self.cell, alignment=TA_RIGHT)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=bold, alignment=TA_CENTER)
        self.total_label = ParagraphStyle("total_label", parent=self.cell, fontName=bold, alignment=TA_RIGHT)
        self.total_num = ParagraphStyle("total_num", parent=self.cell_num, fontName=bold)
        self.text = ParagraphStyle("text", parent=base, alignment=TA_LEFT, spaceBefore=3 * mm)
        self.sign = ParagraphStyle("sign", parent=base, fontSize=9)
        self.sign_caption = ParagraphStyle("sign_caption", parent=base, fontSize=6, leading=7.5,
                                           textColor=MUTED, alignment=TA_CENTER)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _party(name: str, tax_id: str = "", reason_code: str = "", address: str = "", phone: str = "") -> str:
    parts = [escape(name) if name else "—"]
    if tax_id:
        parts.append(f"ИНН\u00a0{escape(tax_id)}")
    if reason_code:
        parts.append(f"КПП\u00a0{escape(reason_code)}")
    if address:
        parts.append(escape(address))
    if phone:
        parts.append(f"тел. {escape(phone)}")
    return ", ".join(parts)


def _company_line(company: CompanyHeader) -> str:
    name = company.legal_name or company.name
    return _party(name, company.tax_id, company.tax_reason_code, company.address, company.phone)


def _info_table(rows: list[tuple[str, str]], st: _Styles, width: float) -> Table:
    """The «Получатель / Поставщик / Склад / Основание» block: label left, markup right."""
    data = [[_p(label, st.label), Paragraph(value, st.value)] for label, value in rows if value]
    table = Table(data, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    return table


def _lines_table(header: list[str], rows: list[list[Any]], total_row: list[Any],
                 widths: list[float], st: _Styles, numeric_from: int) -> Table:
    data: list[list[Any]] = [[_p(h, st.head) for h in header], *rows, total_row]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    last = len(data) - 1
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, last - 1), 0.5, GRID),
        ("BOX", (numeric_from, last), (-1, last), 0.5, GRID),
        ("INNERGRID", (numeric_from, last), (-1, last), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("SPAN", (0, last), (numeric_from - 1, last)),
    ]))
    return table


def _signatures(pairs: Sequence[tuple[str, str]], st: _Styles, width: float) -> Table:
    """Signature blocks side by side: «Принял ________ / Иванов И. И. /» with the small
    captions «подпись» and «расшифровка подписи» under their lines."""
    col = width / len(pairs)
    blocks = []
    for role, who in pairs:
        role_w = min(max(pdfmetrics.stringWidth(role, st.regular, 9) + 3 * mm, 14 * mm), 30 * mm)
        rest = col - role_w - 8 * mm  # 2 × "/" and a gap to the next block
        sign_w, name_w = rest * 0.42, rest * 0.58
        block = Table(
            [[_p(role, st.sign), "", "/", _p(who, st.sign), "/"],
             ["", _p("подпись", st.sign_caption), "", _p("расшифровка подписи", st.sign_caption), ""]],
            colWidths=[role_w, sign_w, 3 * mm, name_w, 3 * mm], hAlign="LEFT",
        )
        block.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), st.regular, 9),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("ALIGN", (2, 0), (2, 0), "CENTER"),
            ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black),
            ("LINEBELOW", (3, 0), (3, 0), 0.5, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), 1),
            ("RIGHTPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 1),
            ("BOTTOMPADDING", (0, 1), (-1, 1), 0),
        ]))
        blocks.append(block)
    table = Table([blocks], colWidths=[col] * len(pairs), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    return table


# --- page furniture --------------------------------------------------------------------

class _NumberedCanvas(pdfcanvas.Canvas):
    """Holds pages back until the end so each can say «Стр. N из M»; a one-page
    document gets no number."""

    def __init__(self, *args: Any, font: str = "Helvetica", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._number_font = font

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if total > 1:
                width, _ = self._pagesize
                self.setFont(self._number_font, 8)
                self.setFillColor(MUTED)
                self.drawRightString(width - MARGIN, 8 * mm, f"Стр. {self._pageNumber} из {total}")
            super().showPage()
        super().save()


def _later_pages_header(text: str, font: str) -> Callable[[pdfcanvas.Canvas, Any], None]:
    def draw(canvas: pdfcanvas.Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, doc.pagesize[1] - 10 * mm, text)
        canvas.restoreState()
    return draw


def _build(story: list[Any], pagesize: tuple[float, float], title: str, author: str,
           running_head: str, st: _Styles) -> bytes:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=14 * mm, bottomMargin=14 * mm, title=title, author=author,
        creator="Back Office Desktop",
    )
    doc.build(story, onLaterPages=_later_pages_header(running_head, st.regular),
              canvasmaker=partial(_NumberedCanvas, font=st.regular))
    return buffer.getvalue()


# --- the goods receipt -----------------------------------------------------------------

def write_receipt_pdf(receipt: ReceiptPrint, company: CompanyHeader, path: Path) -> Path:
    """Write the goods receipt as an A4 PDF at ``path`` and return ``path``."""
    if not receipt.lines:
        raise ExportError("Receipt {number} has no lines to print.", number=receipt.number)
    st = _Styles()
    width = A4[0] - 2 * MARGIN
    date = local_date(receipt.date)
    title = f"Приходная накладная № {receipt.number} от {date}"

    basis = []
    if receipt.purchase_order_number:
        basis.append(f"заказ поставщику № {escape(receipt.purchase_order_number)}")
    if receipt.supplier_document:
        basis.append(f"документ поставщика {escape(receipt.supplier_document)}")
    story: list[Any] = [
        _p(title, st.title),
        _info_table([
            ("Получатель", _company_line(company)),
            ("Поставщик", _party(receipt.supplier_name, receipt.supplier_tax_id)),
            ("Склад", escape(receipt.warehouse_name)),
            ("Основание", "; ".join(basis)),
        ], st, width),
        Spacer(0, 4 * mm),
    ]

    with_damage = any(line.damaged for line in receipt.lines)
    header = ["№", "Артикул", "Наименование", "Ед.", "Кол-во"]
    fixed = [9 * mm, 27 * mm, 0.0, 11 * mm, 18 * mm]
    if with_damage:
        header.append("в т.ч. брак")
        fixed.append(16 * mm)
    header += ["Цена", "Сумма"]
    fixed += [22 * mm, 26 * mm]
    fixed[2] = width - sum(fixed)

    rows = []
    for line in receipt.lines:
        name: list[Any] = [_p(line.name, st.cell)]
        if line.bin:
            name.append(_p(f"ячейка {line.bin}", st.cell_note))
        row: list[Any] = [
            _p(str(line.line_no), st.cell_center),
            _p(line.sku, st.cell_code),
            name,
            _p(unit_label(line.unit), st.cell),
            _p(format_quantity(line.quantity), st.cell_num),
        ]
        if with_damage:
            row.append(_p(format_quantity(line.damaged) if line.damaged else "", st.cell_num))
        row += [_p(format_money(line.price), st.cell_num), _p(format_money(line.amount), st.cell_num)]
        rows.append(row)
    total: list[Any] = [_p("Итого:", st.total_label), "", "", "", _p(format_quantity(receipt.total_quantity), st.total_num)]
    if with_damage:
        damaged = sum((line.damaged for line in receipt.lines), Decimal(0))
        total.append(_p(format_quantity(damaged), st.total_num))
    total += ["", _p(format_money(receipt.total_amount), st.total_num)]
    story.append(_lines_table(header, rows, total, fixed, st, numeric_from=4))

    summary = [
        Paragraph(f"Всего наименований {len(receipt.lines)}, на сумму "
                  f"<b>{format_money(receipt.total_amount)}</b> руб.", st.text),
    ]
    if receipt.notes:
        summary.append(Paragraph(f"Примечание: {escape(receipt.notes)}", st.text))
    summary += [
        Spacer(0, 10 * mm),
        _signatures([("Сдал", ""), ("Принял", receipt.posted_by)], st, width),
    ]
    story.append(KeepTogether(summary))
    data = _build(story, A4, title, company.name, f"{title} — продолжение", st)
    return write_atomically(path, data)


# --- the discrepancy report ------------------------------------------------------------

def write_discrepancy_pdf(report: DiscrepancyReport, company: CompanyHeader, path: Path) -> Path:
    """Write the act of discrepancy for the supplier (A4 landscape) and return ``path``."""
    if not report.lines:
        raise ExportError("Receipt {number} has no discrepancies to print.", number=report.receipt_number)
    st = _Styles()
    pagesize = landscape(A4)
    width = pagesize[0] - 2 * MARGIN
    date = local_date(report.date)
    title = "Акт о расхождении по количеству и качеству при приёмке товара"
    subtitle = f"к приходной накладной № {report.receipt_number} от {date}"

    basis = []
    if report.purchase_order_number:
        basis.append(f"заказ поставщику № {escape(report.purchase_order_number)}")
    if report.supplier_document:
        basis.append(f"документ поставщика {escape(report.supplier_document)}")
    story: list[Any] = [
        _p(title, ParagraphStyle("t", parent=st.title, spaceAfter=0)),
        _p(subtitle, st.subtitle),
        _info_table([
            ("Получатель", _company_line(company)),
            ("Поставщик", _party(report.supplier_name, report.supplier_tax_id)),
            ("Склад", escape(report.warehouse_name)),
            ("Основание", "; ".join(basis)),
        ], st, width),
        Spacer(0, 4 * mm),
    ]

    header = ["№", "Артикул", "Наименование", "Ед.", "Заказано", "Принято", "Брак",
              "Недостача", "Излишек", "Цена", "Сумма расхождения"]
    widths = [9 * mm, 30 * mm, 0.0, 11 * mm, 19 * mm, 19 * mm, 17 * mm, 19 * mm, 19 * mm, 23 * mm, 28 * mm]
    widths[2] = width - sum(widths)

    def qty(value: Decimal) -> Paragraph:
        return _p(format_quantity(value) if value else "—", st.cell_num)

    rows = []
    for line in report.lines:
        name: list[Any] = [_p(line.name, st.cell)]
        if line.note:
            name.append(_p(line.note, st.cell_note))
        rows.append([
            _p(str(line.line_no), st.cell_center), _p(line.sku, st.cell_code), name,
            _p(unit_label(line.unit), st.cell),
            _p(format_quantity(line.ordered), st.cell_num), _p(format_quantity(line.received), st.cell_num),
            qty(line.damaged), qty(line.shortage), qty(line.surplus),
            _p(format_money(line.price), st.cell_num), _p(format_money(line.difference_value), st.cell_num),
        ])
    total = [
        _p("Итого:", st.total_label), "", "", "",
        _p(format_quantity(report.total_ordered), st.total_num),
        _p(format_quantity(report.total_received), st.total_num),
        _p(format_quantity(report.total_damaged), st.total_num),
        _p(format_quantity(report.total_shortage), st.total_num),
        _p(format_quantity(report.total_surplus), st.total_num),
        "",
        _p(format_money(report.total_difference_value), st.total_num),
    ]
    story.append(_lines_table(header, rows, total, widths, st, numeric_from=4))

    claim = -sum((min(line.difference_value, Decimal(0)) for line in report.lines), Decimal(0))
    summary = [
        Paragraph("Сумма расхождения: отрицательная — недостача и брак (к возмещению "
                  "поставщиком), положительная — излишек.", st.cell_note),
        Paragraph(f"Итого недостача и брак на сумму <b>{format_money(claim)}</b> руб.", st.text),
    ]
    if report.notes:
        summary.append(Paragraph(f"Примечание: {escape(report.notes)}", st.text))
    summary += [
        Spacer(0, 10 * mm),
        _signatures([("Представитель поставщика", ""), ("Принял", report.posted_by),
                     ("Утвердил", "")], st, width),
    ]
    story.append(KeepTogether(summary))
    data = _build(story, pagesize, f"{title} {subtitle}", company.name,
                  f"Акт о расхождении к приходной накладной № {report.receipt_number} от {date} — продолжение", st)
    return write_atomically(path, data)
