"""The building blocks every A4 document PDF shares: styles on the bundled DejaVu font,
the parties block, a lines table whose header repeats on each page with totals rows
under it, signature lines, «Стр. N из M» page numbers and a running head on later pages.

The writers (:mod:`.receipt_pdf`, :mod:`.purchase_order_pdf`) only decide what goes in.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from .documents import CompanyHeader
from .fonts import register_fonts

MARGIN = 15 * mm
GRID = colors.Color(0.35, 0.35, 0.35)
HEADER_BG = colors.Color(0.9, 0.9, 0.9)
MUTED = colors.Color(0.35, 0.35, 0.35)


class Styles:
    """The paragraph styles of a document, on fonts that print Cyrillic and ``₽``."""

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


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """Plain text as a paragraph: ``<``, ``&`` in names print literally."""
    return Paragraph(escape(text), style)


def multiline(text: str) -> str:
    """Plain text with line breaks as paragraph markup (terms are often typed as a list)."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def party_text(name: str, tax_id: str = "", reason_code: str = "", address: str = "", phone: str = "",
               email: str = "") -> str:
    """A party as one line: «ООО «Ромашка», ИНН 7701234567, КПП …, адрес, тел. …»."""
    parts = [name or "—"]
    if tax_id:
        parts.append(f"ИНН\u00a0{tax_id}")
    if reason_code:
        parts.append(f"КПП\u00a0{reason_code}")
    if address:
        parts.append(address)
    if phone:
        parts.append(f"тел. {phone}")
    if email:
        parts.append(f"e-mail {email}")
    return ", ".join(parts)


def party(name: str, tax_id: str = "", reason_code: str = "", address: str = "", phone: str = "",
          email: str = "") -> str:
    """:func:`party_text` as paragraph markup."""
    return escape(party_text(name, tax_id, reason_code, address, phone, email))


def company_text(company: CompanyHeader) -> str:
    return party_text(company.legal_name or company.name, company.tax_id, company.tax_reason_code,
                      company.address, company.phone)


def company_line(company: CompanyHeader) -> str:
    return escape(company_text(company))


def info_table(rows: list[tuple[str, str]], st: Styles, width: float) -> Table:
    """The «Получатель / Поставщик / Склад / Основание» block: label left, markup right;
    rows with an empty value are left out."""
    data = [[para(label, st.label), Paragraph(value, st.value)] for label, value in rows if value]
    table = Table(data, colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
    ]))
    return table


def lines_table(header: list[str], rows: list[list[Any]], total_rows: list[list[Any]],
                widths: list[float], st: Styles, numeric_from: int) -> Table:
    """The lines with a header repeated on every page, then the totals rows: each total's
    label spans the columns before ``numeric_from`` and only the figures are boxed."""
    data: list[list[Any]] = [[para(h, st.head) for h in header], *rows, *total_rows]
    table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    first_total = len(data) - len(total_rows)
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, first_total - 1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if total_rows:
        commands += [
            ("BOX", (numeric_from, first_total), (-1, -1), 0.5, GRID),
            ("INNERGRID", (numeric_from, first_total), (-1, -1), 0.5, GRID),
        ]
        commands += [("SPAN", (0, row), (numeric_from - 1, row)) for row in range(first_total, len(data))]
    table.setStyle(TableStyle(commands))
    return table


def signatures(pairs: Sequence[tuple[str, str]], st: Styles, width: float) -> Table:
    """Signature blocks side by side: «Принял ________ / Иванов И. И. /» with the small
    captions «подпись» and «расшифровка подписи» under their lines."""
    col = width / len(pairs)
    blocks = []
    for role, who in pairs:
        role_w = min(max(pdfmetrics.stringWidth(role, st.regular, 9) + 3 * mm, 14 * mm), 30 * mm)
        rest = col - role_w - 8 * mm  # 2 × "/" and a gap to the next block
        sign_w, name_w = rest * 0.42, rest * 0.58
        block = Table(
            [[para(role, st.sign), "", "/", para(who, st.sign), "/"],
             ["", para("подпись", st.sign_caption), "", para("расшифровка подписи", st.sign_caption), ""]],
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

#: The page number at the foot of each page, per document language.
PAGE_WORDS = {"ru": "Стр. {page} из {total}", "en": "Page {page} of {total}"}


class NumberedCanvas(pdfcanvas.Canvas):
    """Holds pages back until the end so each can say «Стр. N из M» (or "Page N of M"
    in an English document); a one-page document gets no number."""

    def __init__(self, *args: Any, font: str = "Helvetica", page_words: str = PAGE_WORDS["ru"],
                 **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._number_font = font
        self._page_words = page_words

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
                self.drawRightString(width - MARGIN, 8 * mm, self._page_words.format(page=self._pageNumber, total=total))
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


def build_pdf(story: list[Any], pagesize: tuple[float, float], title: str, author: str,
              running_head: str, st: Styles, language: str = "ru") -> bytes:
    """Lay the story out on pages (``running_head`` atop every page but the first) and
    return the PDF bytes. The frames have no side padding, so a flowable as wide as
    ``pagesize[0] - 2 * MARGIN`` ends exactly at the right margin."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
        topMargin=14 * mm, bottomMargin=14 * mm, title=title, author=author,
        creator="Back Office Desktop",
    )

    def frame() -> Frame:
        return Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, leftPadding=0, rightPadding=0)

    doc.addPageTemplates([
        PageTemplate("first", [frame()], autoNextPageTemplate="later"),
        PageTemplate("later", [frame()], onPage=_later_pages_header(running_head, st.regular)),
    ])
    doc.build(story, canvasmaker=partial(NumberedCanvas, font=st.regular, page_words=PAGE_WORDS[language]))
    return buffer.getvalue()
