"""The purchase order (заказ поставщику) as an A4 PDF to send to the supplier.

Title with number, date and revision; buyer (our company) and supplier with ИНН/КПП
and contacts; the lines with our SKU and the supplier's, repeated header on every
page; totals with VAT the way the order quotes its prices («в т.ч. НДС» when prices
include it, «НДС сверху» when they don't); terms, notes and the purchaser's signature.
The wording helpers here are shared with :mod:`.purchase_order_xlsx`.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from .documents import CompanyHeader, PurchaseOrderPrint, VatBreakdown
from .errors import ExportError
from .formatting import format_money, format_quantity, local_date, unit_label, write_atomically
from .pdf_layout import (
    MARGIN,
    Styles,
    build_pdf,
    company_line,
    info_table,
    lines_table,
    multiline,
    para,
    party,
    signatures,
)

CURRENCY_LABELS = {"RUB": "руб."}


def order_title(order: PurchaseOrderPrint) -> str:
    """«Заказ поставщику № PO-2026-000045 от 26.11.2026 (ред. 2)»."""
    title = f"Заказ поставщику № {order.number} от {local_date(order.order_date)}"
    return f"{title} (ред. {order.revision})" if order.revision > 0 else title


def rate_text(rate: Decimal) -> str:
    """``Decimal("22.00")`` → ``"22%"``, ``Decimal("7.5")`` → ``"7,5%"``."""
    return f"{format_quantity(rate)}%"


def prices_text(order: PurchaseOrderPrint) -> str:
    text = "включают НДС" if order.prices_include_vat else "указаны без НДС, НДС начисляется сверху"
    if order.currency != "RUB":
        text += f", валюта {order.currency}"
    return text


def vat_rows(order: PurchaseOrderPrint) -> list[tuple[str, VatBreakdown | None]]:
    """The VAT lines under «Итого»: one per rate that carries VAT, worded for how the
    prices are quoted; an order without VAT gets one «Без НДС» line (no figure)."""
    taxed = [b for b in order.vat_breakdown if b.rate != 0]
    if not taxed:
        return [("Без НДС", None)]
    if order.prices_include_vat:
        return [(f"в т.ч. НДС {rate_text(b.rate)}", b) for b in taxed]
    return [(f"НДС {rate_text(b.rate)} сверху", b) for b in taxed]


def _contact(order: PurchaseOrderPrint) -> str:
    supplier = order.supplier
    parts = [escape(supplier.contact_person)] if supplier.contact_person else []
    if supplier.phone:
        parts.append(f"тел. {escape(supplier.phone)}")
    if supplier.email:
        parts.append(f"e-mail {escape(supplier.email)}")
    return ", ".join(parts)


def write_purchase_order_pdf(order: PurchaseOrderPrint, company: CompanyHeader, path: Path) -> Path:
    """Write the purchase order as an A4 PDF at ``path`` and return ``path``."""
    if not order.lines:
        raise ExportError("Purchase order {number} has no lines to print.", number=order.number)
    st = Styles()
    width = A4[0] - 2 * MARGIN
    title = order_title(order)
    currency = CURRENCY_LABELS.get(order.currency, order.currency)

    story: list[Any] = [para(title, st.title)]
    story.append(para(order.state_label, st.subtitle) if order.state_label else Spacer(0, 2 * mm))
    supplier = order.supplier
    story += [
        info_table([
            ("Покупатель", company_line(company)),
            ("Поставщик", party(supplier.name, supplier.tax_id, address=supplier.address)),
            ("Контакт", _contact(order)),
            ("Срок поставки", f"до {order.expected_date:%d.%m.%Y}" if order.expected_date else ""),
            ("Цены", prices_text(order)),
        ], st, width),
        Spacer(0, 4 * mm),
    ]

    with_rates = len({line.vat_rate for line in order.lines}) > 1
    header = ["№", "Артикул", "Арт. поставщика", "Наименование", "Ед.", "Кол-во"]
    widths = [8 * mm, 22 * mm, 22 * mm, 0.0, 9 * mm, 15 * mm]
    if with_rates:
        header.append("НДС")
        widths.append(11 * mm)
    header += ["Цена", "Сумма"]
    widths += [20 * mm, 23 * mm]
    widths[3] = width - sum(widths)

    rows = []
    for line in order.lines:
        amount = line.gross_amount if order.prices_include_vat else line.net_amount
        row: list[Any] = [
            para(str(line.line_no), st.cell_center),
            para(line.sku, st.cell_code),
            para(line.supplier_sku, st.cell_code),
            para(line.name, st.cell),
            para(unit_label(line.unit), st.cell),
            para(format_quantity(line.quantity), st.cell_num),
        ]
        if with_rates:
            row.append(para(rate_text(line.vat_rate), st.cell_num))
        row += [para(format_money(line.unit_price), st.cell_num), para(format_money(amount), st.cell_num)]
        rows.append(row)

    def total_row(label: str, value: Decimal | None) -> list[Any]:
        figure = format_money(value) if value is not None else "—"
        return [para(f"{label}:", st.total_label), *[""] * (len(header) - 2), para(figure, st.total_num)]

    subtotal = order.gross_total if order.prices_include_vat else order.net_total
    totals = [
        total_row("Итого", subtotal),
        *(total_row(label, breakdown.vat if breakdown else None) for label, breakdown in vat_rows(order)),
        total_row("Всего к оплате", order.gross_total),
    ]
    story.append(lines_table(header, rows, totals, widths, st, numeric_from=len(header) - 1))

    closing: list[Any] = [
        Paragraph(f"Всего наименований {len(order.lines)}, на сумму "
                  f"<b>{format_money(order.gross_total)}</b> {escape(currency)}", st.text),
    ]
    if order.terms.strip():
        closing.append(Paragraph(f"<b>Условия поставки и оплаты</b><br/>{multiline(order.terms)}", st.text))
    if order.notes.strip():
        closing.append(Paragraph(f"Примечание: {multiline(order.notes)}", st.text))
    signers = [("Заказ оформил", order.author)]
    if order.approved_by:
        signers.append(("Утвердил", order.approved_by))
    closing += [Spacer(0, 10 * mm), signatures(signers, st, width * len(signers) / 2)]
    story.append(KeepTogether(closing))
    data = build_pdf(story, A4, title, company.name, f"{title} — продолжение", st)
    return write_atomically(path, data)
