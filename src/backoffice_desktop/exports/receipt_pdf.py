"""The goods receipt (приходная накладная) and the discrepancy report (акт о
расхождении) as A4 PDFs in the usual Russian layout.

Both are reportlab platypus documents: a title with number and date, the parties
(recipient = our company, supplier) with ИНН/КПП, the warehouse and the order, a
lines table whose header repeats on every page, a totals row, and signature lines.
Multi-page documents carry «Стр. N из M» at the foot of each page.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .documents import CompanyHeader, DiscrepancyReport, ReceiptPrint
from .errors import ExportError
from .formatting import format_money, format_quantity, local_date, unit_label, write_atomically
from .pdf_layout import MARGIN, Styles, build_pdf, company_line, info_table, lines_table, para, party, signatures

# --- the goods receipt -----------------------------------------------------------------

def write_receipt_pdf(receipt: ReceiptPrint, company: CompanyHeader, path: Path) -> Path:
    """Write the goods receipt as an A4 PDF at ``path`` and return ``path``."""
    if not receipt.lines:
        raise ExportError("Receipt {number} has no lines to print.", number=receipt.number)
    st = Styles()
    width = A4[0] - 2 * MARGIN
    date = local_date(receipt.date)
    title = f"Приходная накладная № {receipt.number} от {date}"

    basis = []
    if receipt.purchase_order_number:
        basis.append(f"заказ поставщику № {escape(receipt.purchase_order_number)}")
    if receipt.supplier_document:
        basis.append(f"документ поставщика {escape(receipt.supplier_document)}")
    story: list[Any] = [
        para(title, st.title),
        info_table([
            ("Получатель", company_line(company)),
            ("Поставщик", party(receipt.supplier_name, receipt.supplier_tax_id)),
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
        name: list[Any] = [para(line.name, st.cell)]
        if line.bin:
            name.append(para(f"ячейка {line.bin}", st.cell_note))
        row: list[Any] = [
            para(str(line.line_no), st.cell_center),
            para(line.sku, st.cell_code),
            name,
            para(unit_label(line.unit), st.cell),
            para(format_quantity(line.quantity), st.cell_num),
        ]
        if with_damage:
            row.append(para(format_quantity(line.damaged) if line.damaged else "", st.cell_num))
        row += [para(format_money(line.price), st.cell_num), para(format_money(line.amount), st.cell_num)]
        rows.append(row)
    total: list[Any] = [para("Итого:", st.total_label), "", "", "", para(format_quantity(receipt.total_quantity), st.total_num)]
    if with_damage:
        damaged = sum((line.damaged for line in receipt.lines), Decimal(0))
        total.append(para(format_quantity(damaged), st.total_num))
    total += ["", para(format_money(receipt.total_amount), st.total_num)]
    story.append(lines_table(header, rows, [total], fixed, st, numeric_from=4))

    summary = [
        Paragraph(f"Всего наименований {len(receipt.lines)}, на сумму "
                  f"<b>{format_money(receipt.total_amount)}</b> руб.", st.text),
    ]
    if receipt.notes:
        summary.append(Paragraph(f"Примечание: {escape(receipt.notes)}", st.text))
    summary += [
        Spacer(0, 10 * mm),
        signatures([("Сдал", ""), ("Принял", receipt.posted_by)], st, width),
    ]
    story.append(KeepTogether(summary))
    data = build_pdf(story, A4, title, company.name, f"{title} — продолжение", st)
    return write_atomically(path, data)


# --- the discrepancy report ------------------------------------------------------------

def write_discrepancy_pdf(report: DiscrepancyReport, company: CompanyHeader, path: Path) -> Path:
    """Write the act of discrepancy for the supplier (A4 landscape) and return ``path``."""
    if not report.lines:
        raise ExportError("Receipt {number} has no discrepancies to print.", number=report.receipt_number)
    st = Styles()
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
        para(title, ParagraphStyle("t", parent=st.title, spaceAfter=0)),
        para(subtitle, st.subtitle),
        info_table([
            ("Получатель", company_line(company)),
            ("Поставщик", party(report.supplier_name, report.supplier_tax_id)),
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
        return para(format_quantity(value) if value else "—", st.cell_num)

    rows = []
    for line in report.lines:
        name: list[Any] = [para(line.name, st.cell)]
        if line.note:
            name.append(para(line.note, st.cell_note))
        rows.append([
            para(str(line.line_no), st.cell_center), para(line.sku, st.cell_code), name,
            para(unit_label(line.unit), st.cell),
            para(format_quantity(line.ordered), st.cell_num), para(format_quantity(line.received), st.cell_num),
            qty(line.damaged), qty(line.shortage), qty(line.surplus),
            para(format_money(line.price), st.cell_num), para(format_money(line.difference_value), st.cell_num),
        ])
    total = [
        para("Итого:", st.total_label), "", "", "",
        para(format_quantity(report.total_ordered), st.total_num),
        para(format_quantity(report.total_received), st.total_num),
        para(format_quantity(report.total_damaged), st.total_num),
        para(format_quantity(report.total_shortage), st.total_num),
        para(format_quantity(report.total_surplus), st.total_num),
        "",
        para(format_money(report.total_difference_value), st.total_num),
    ]
    story.append(lines_table(header, rows, [total], widths, st, numeric_from=4))

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
        signatures([("Представитель поставщика", ""), ("Принял", report.posted_by),
                     ("Утвердил", "")], st, width),
    ]
    story.append(KeepTogether(summary))
    data = build_pdf(story, pagesize, f"{title} {subtitle}", company.name,
                  f"Акт о расхождении к приходной накладной № {report.receipt_number} от {date} — продолжение", st)
    return write_atomically(path, data)
