"""The purchase order as an XLSX workbook, for suppliers who load orders into their own
system: numbers stay numbers (with formats), the totals are ``=SUM`` formulas so an
edited quantity still adds up, and the sheet prints on A4 like the PDF.

Columns: №, our SKU, the supplier's SKU, name, unit, quantity, price as quoted, VAT
rate (%), then net, VAT and gross amounts, whichever way the prices are quoted.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .documents import CompanyHeader, PurchaseOrderPrint
from .errors import ExportError
from .formatting import format_money, format_quantity, unit_label, write_atomically
from .pdf_layout import company_text, party_text
from .purchase_order_pdf import order_title, prices_text, vat_rows

MONEY = "#,##0.00"
QUANTITY = "#,##0.###"
WHOLE_QUANTITY = "#,##0"  # "#,##0.###" would show "5." for five pieces
DATE = "DD.MM.YYYY"
RATE = "General"

HEADER = ["№", "Артикул", "Арт. поставщика", "Наименование", "Ед.", "Кол-во", "Цена", "НДС, %",
          "Сумма без НДС", "НДС", "Сумма с НДС"]
QTY_COL, PRICE_COL, RATE_COL, NET_COL, VAT_COL, GROSS_COL = 6, 7, 8, 9, 10, 11
NAME_COL = 4
NAME_WIDTH_MAX = 60
WIDTH_MAX = 30
#: Wider than this (in characters) prints landscape.
PORTRAIT_WIDTH = 100

BOLD = Font(bold=True)
THIN = Side(style="thin", color="808080")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")


def _title_block(ws: Worksheet, order: PurchaseOrderPrint, company: CompanyHeader) -> int:
    """Title and parties above the table; returns the next free row."""
    ws.cell(1, 1, order_title(order)).font = Font(bold=True, size=14)
    row = 2
    if order.state_label:
        ws.cell(row, 1, order.state_label).font = Font(italic=True, color="595959")
        row += 1
    supplier = order.supplier
    contact = ", ".join(part for part in (
        supplier.contact_person,
        f"тел. {supplier.phone}" if supplier.phone else "",
        f"e-mail {supplier.email}" if supplier.email else "",
    ) if part)
    info: list[tuple[str, Any]] = [
        ("Покупатель", company_text(company)),
        ("Поставщик", party_text(supplier.name, supplier.tax_id, address=supplier.address)),
        ("Контакт", contact),
        ("Срок поставки", order.expected_date),
        ("Валюта", order.currency),
        ("Цены", prices_text(order)),
    ]
    row += 1
    for label, value in info:
        if not value:
            continue
        ws.cell(row, 1, label).font = Font(color="595959")
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=3)
        cell = ws.cell(row, 4, value)
        if label == "Срок поставки":
            cell.number_format = DATE
            cell.alignment = Alignment(horizontal="left")
        row += 1
    return row + 1


def _label_row(ws: Worksheet, row: int, label: str, last_label_col: int) -> None:
    ws.cell(row, 1, f"{label}:").font = BOLD
    ws.cell(row, 1).alignment = Alignment(horizontal="right")
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last_label_col)


def _sum_cell(ws: Worksheet, row: int, col: int, formula: str) -> None:
    cell = ws.cell(row, col, formula)
    cell.number_format = MONEY
    cell.font = BOLD
    cell.border = BOX


def _fit_columns(ws: Worksheet, texts: list[list[str]]) -> float:
    """Set each column as wide as its longest text (the name column capped, wrapping);
    returns the total width in characters."""
    total = 0.0
    for col in range(1, len(HEADER) + 1):
        longest = max(len(row[col - 1]) for row in texts)
        cap = NAME_WIDTH_MAX if col == NAME_COL else WIDTH_MAX
        width = min(longest + 2, cap)
        ws.column_dimensions[get_column_letter(col)].width = width
        total += width
    return total


def write_purchase_order_xlsx(order: PurchaseOrderPrint, company: CompanyHeader, path: Path) -> Path:
    """Write the purchase order as an XLSX workbook at ``path`` and return ``path``."""
    if not order.lines:
        raise ExportError("Purchase order {number} has no lines to print.", number=order.number)
    wb = Workbook()
    ws = wb.active
    ws.title = "Заказ"
    wb.properties.title = order_title(order)
    wb.properties.creator = "Back Office Desktop"

    header_row = _title_block(ws, order, company)
    for col, text in enumerate(HEADER, start=1):
        cell = ws.cell(header_row, col, text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.border = BOX
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

    texts: list[list[str]] = [list(HEADER)]
    first = header_row + 1
    for row, line in enumerate(order.lines, start=first):
        values: list[Any] = [line.line_no, line.sku, line.supplier_sku, line.name, unit_label(line.unit),
                             line.quantity, line.unit_price, line.vat_rate,
                             line.net_amount, line.vat_amount, line.gross_amount]
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row, col, value)
            cell.border = BOX
            cell.alignment = Alignment(vertical="top", wrap_text=col == NAME_COL)
        whole = line.quantity == line.quantity.to_integral_value()
        ws.cell(row, QTY_COL).number_format = WHOLE_QUANTITY if whole else QUANTITY
        ws.cell(row, RATE_COL).number_format = RATE
        for col in (PRICE_COL, NET_COL, VAT_COL, GROSS_COL):
            ws.cell(row, col).number_format = MONEY
        texts.append([str(line.line_no), line.sku, line.supplier_sku, line.name, unit_label(line.unit),
                      format_quantity(line.quantity), format_money(line.unit_price), format_quantity(line.vat_rate),
                      format_money(line.net_amount), format_money(line.vat_amount),
                      format_money(line.gross_amount)])
    last = first + len(order.lines) - 1

    def column(col: int) -> str:
        letter = get_column_letter(col)
        return f"{letter}{first}:{letter}{last}"

    totals_row = last + 1
    _label_row(ws, totals_row, "Итого", RATE_COL)
    for col in (NET_COL, VAT_COL, GROSS_COL):
        _sum_cell(ws, totals_row, col, f"=SUM({column(col)})")
    row = totals_row
    for label, breakdown in vat_rows(order):
        row += 1
        _label_row(ws, row, label, NET_COL)
        if breakdown is not None:
            _sum_cell(ws, row, VAT_COL,
                      f"=SUMIF({column(RATE_COL)},{_number(breakdown.rate)},{column(VAT_COL)})")
    row += 1
    _label_row(ws, row, "Всего к оплате", VAT_COL)
    _sum_cell(ws, row, GROSS_COL, f"={get_column_letter(GROSS_COL)}{totals_row}")
    texts.append(["", "", "", "", "", "", "", "", format_money(order.net_total),
                  format_money(order.vat_total), format_money(order.gross_total)])

    ws.freeze_panes = ws.cell(first, 1)
    ws.auto_filter.ref = f"A{header_row}:{get_column_letter(len(HEADER))}{last}"
    width = _fit_columns(ws, texts)
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if width > PORTRAIT_WIDTH else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.right.text = "Стр. &P из &N"

    buffer = io.BytesIO()
    wb.save(buffer)
    return write_atomically(path, buffer.getvalue())


def _number(value: Decimal) -> str:
    """A Decimal as a formula literal: ``22.00`` → ``22``, ``7.50`` → ``7.5``."""
    return f"{value.normalize():f}"
