"""The purchase order as the supplier gets it: PDF, XLSX, and by e-mail.

Maps :func:`.purchase_queries.order_view` onto the writers' plain dataclasses in
:mod:`..exports`; the UI only chooses where the file goes.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from ..exports.documents import (
    CompanyHeader,
    PurchaseOrderLinePrint,
    PurchaseOrderPrint,
    SupplierParty,
    VatBreakdown,
)
from ..exports.purchase_order_pdf import write_purchase_order_pdf
from ..exports.purchase_order_xlsx import write_purchase_order_xlsx
from ..models import Supplier
from . import purchase_queries
from .settings import get_company

#: Printed under the title while the order isn't final yet (Russian: the document is).
STATE_LABELS = {
    "draft": "Черновик",
    "awaiting_approval": "Ожидает согласования",
    "cancelled": "Отменён",
}


def order_print(session: Session, order_id: int) -> PurchaseOrderPrint:
    view = purchase_queries.order_view(session, order_id)
    supplier = session.get(Supplier, view.supplier_id)
    assert supplier is not None
    return PurchaseOrderPrint(
        number=view.number, revision=view.revision, order_date=view.sent_at or view.created_at,
        expected_date=view.expected_date, currency=view.currency,
        supplier=SupplierParty(name=supplier.name, tax_id=supplier.tax_id, address=supplier.address,
                               phone=supplier.phone, email=supplier.email, contact_person=supplier.contact_person),
        prices_include_vat=view.prices_include_vat,
        lines=[PurchaseOrderLinePrint(
            line_no=ln.line_no, sku=ln.sku, supplier_sku=ln.supplier_sku, name=ln.name, unit=ln.unit,
            quantity=ln.quantity, unit_price=ln.unit_price, vat_rate=ln.vat_rate, net_amount=ln.net,
            vat_amount=ln.vat, gross_amount=ln.gross) for ln in view.lines],
        net_total=view.totals.net, vat_total=view.totals.vat, gross_total=view.totals.gross,
        vat_breakdown=[VatBreakdown(rate, net, vat) for rate, net, vat in view.totals.by_rate],
        terms=view.terms, notes=view.notes, author=view.author, approved_by=view.approved_by,
        state_label=STATE_LABELS.get(view.state, ""),
    )


def company_header(session: Session) -> CompanyHeader:
    details = get_company(session)
    return CompanyHeader(name=details.name, legal_name=details.legal_name, tax_id=details.tax_id,
                         tax_reason_code=details.tax_reason_code, address=details.address, phone=details.phone)


def write_order_pdf(session: Session, order_id: int, path: Path) -> Path:
    return write_purchase_order_pdf(order_print(session, order_id), company_header(session), path)


def write_order_xlsx(session: Session, order_id: int, path: Path) -> Path:
    return write_purchase_order_xlsx(order_print(session, order_id), company_header(session), path)


def file_stem(number: str) -> str:
    """A file name for the order: ``Заказ PO-2026-000123``."""
    return f"Заказ {number}"
