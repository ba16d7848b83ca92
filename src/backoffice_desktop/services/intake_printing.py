"""Printing for Intake: the receipt, the discrepancy report and barcode labels as PDF.

Maps what :mod:`.receiving` reports onto the writers' plain dataclasses in
:mod:`..exports`; the UI only chooses where the file goes.
"""

from __future__ import annotations

from decimal import ROUND_CEILING
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..exports.documents import (
    CompanyHeader,
    DiscrepancyLine,
    DiscrepancyReport,
    LabelItem,
    ReceiptLinePrint,
    ReceiptPrint,
)
from ..exports.labels import write_labels_pdf
from ..exports.receipt_pdf import write_discrepancy_pdf, write_receipt_pdf
from ..models import Product, ProductBarcode, ReceiptLine
from . import receiving
from .settings import CompanyDetails

#: Label layouts offered to the user.
LABEL_LAYOUTS = ("label_58x40", "a4")


def _company(details: CompanyDetails) -> CompanyHeader:
    return CompanyHeader(
        name=details.name,
        legal_name=details.legal_name,
        tax_id=details.tax_id,
        tax_reason_code=details.tax_reason_code,
        address=details.address,
        phone=details.phone,
    )


def write_receipt(session: Session, receipt_id: int, path: Path) -> Path:
    data = receiving.receipt_print_data(session, receipt_id)
    document = ReceiptPrint(
        number=data.number,
        date=data.date,
        supplier_name=data.supplier_name,
        supplier_tax_id=data.supplier_tax_id,
        supplier_document=data.supplier_document,
        warehouse_name=data.warehouse_name,
        purchase_order_number=data.purchase_order_number,
        lines=[
            ReceiptLinePrint(
                line_no=ln.line_no,
                sku=ln.sku,
                name=ln.name,
                unit=ln.unit,
                quantity=ln.quantity,
                price=ln.price,
                amount=ln.amount,
                damaged=ln.damaged_quantity,
                bin=ln.bin_code,
            )
            for ln in data.lines
        ],
        total_quantity=data.total_quantity,
        total_amount=data.total_amount,
        posted_by=data.received_by,
        notes=data.notes,
    )
    return write_receipt_pdf(document, _company(data.company), Path(path))


def write_discrepancy(session: Session, receipt_id: int, path: Path) -> Path:
    data = receiving.discrepancy_report(session, receipt_id)
    lines = [
        DiscrepancyLine.compute(
            line_no=i,
            sku=d.sku,
            name=d.name,
            unit=d.unit,
            ordered=d.expected,
            received=d.received,
            damaged=d.damaged,
            price=d.unit_cost,
            note="; ".join(x for x in (d.damage_reason, d.over_delivery_reason) if x),
        )
        for i, d in enumerate(data.lines, start=1)
    ]
    report = DiscrepancyReport(
        receipt_number=data.receipt_number,
        date=data.date,
        supplier_name=data.supplier_name,
        supplier_tax_id=data.supplier_tax_id,
        supplier_document=data.supplier_document,
        warehouse_name=data.warehouse_name,
        purchase_order_number=data.purchase_order_number,
        lines=lines,
    )
    return write_discrepancy_pdf(report, _company(data.company), Path(path))


def receipt_label_items(session: Session, receipt_id: int) -> list[LabelItem]:
    """One label per unit received (good units; weighed goods get one label per line)."""
    rows = session.execute(
        select(Product.id, Product.sku, Product.name, Product.retail_price, Product.unit, ReceiptLine.quantity)
        .join(ReceiptLine, ReceiptLine.product_id == Product.id)
        .where(ReceiptLine.receipt_id == receipt_id, ReceiptLine.quantity > 0)
        .order_by(ReceiptLine.id)
    ).all()
    codes: dict[int, str] = {}
    for pid, code in session.execute(
        select(ProductBarcode.product_id, ProductBarcode.barcode)
        .where(ProductBarcode.product_id.in_([r[0] for r in rows]), ProductBarcode.kind == "unit")
        .order_by(ProductBarcode.id)
    ):
        codes.setdefault(pid, code)
    items = []
    for pid, sku, name, price, unit, quantity in rows:
        copies = int(quantity.to_integral_value(rounding=ROUND_CEILING)) if unit in ("pcs", "pack") else 1
        items.append(LabelItem(sku=sku, name=name, price=price, barcode=codes.get(pid, sku), copies=max(copies, 1)))
    return items


def write_labels(items: list[LabelItem], path: Path, layout: str) -> Path:
    return write_labels_pdf(items, Path(path), layout)  # type: ignore[arg-type]


def with_copies(items: list[LabelItem], copies: dict[str, int]) -> list[LabelItem]:
    """The same labels with the counts the user chose (by SKU); zero drops a product."""
    return [
        LabelItem(sku=i.sku, name=i.name, price=i.price, barcode=i.barcode, copies=copies.get(i.sku, i.copies))
        for i in items
        if copies.get(i.sku, i.copies) > 0
    ]

