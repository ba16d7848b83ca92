"""What the writers print: plain frozen dataclasses, no ORM objects.

A service reads the store and fills these (``receipt_print_data(session, receipt_id)``);
the writers in this package only format and lay them out. Money and quantities are
``Decimal``; times are UTC datetimes (printed as the local date); units are our codes
(``pcs``, ``kg``, ``m``, ``l``, ``pack``), printed in Russian (``шт``, ``кг``...).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

ZERO = Decimal("0")


@dataclass(frozen=True)
class CompanyHeader:
    """Our company as the documents show it; mirrors ``services.settings.CompanyDetails``
    (build it with ``CompanyHeader(**{f: getattr(details, f) for f in ...})``)."""

    name: str = ""
    legal_name: str = ""
    tax_id: str = ""  # ИНН
    tax_reason_code: str = ""  # КПП
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ReceiptLinePrint:
    """One printed line of a goods receipt. ``damaged`` is the part of ``quantity`` that
    arrived damaged; ``bin`` is where the line was put away."""

    line_no: int
    sku: str
    name: str
    unit: str
    quantity: Decimal
    price: Decimal
    amount: Decimal
    damaged: Decimal = ZERO
    bin: str = ""


@dataclass(frozen=True)
class ReceiptPrint:
    """A goods receipt (приходная накладная) as printed."""

    number: str
    date: datetime  # UTC; printed as the local date
    supplier_name: str
    supplier_tax_id: str
    supplier_document: str  # the supplier's delivery note, e.g. "ТН № 5531 от 25.11.2026"
    warehouse_name: str
    purchase_order_number: str = ""
    lines: tuple[ReceiptLinePrint, ...] | list[ReceiptLinePrint] = ()
    total_quantity: Decimal = ZERO
    total_amount: Decimal = ZERO
    posted_by: str = ""
    notes: str = ""


@dataclass(frozen=True)
class DiscrepancyLine:
    """One line of a discrepancy report: what was ordered against what arrived.

    ``difference_value`` is signed: (received − damaged − ordered) × price, so a
    shortage or damage is negative (the supplier owes us) and a surplus positive.
    :meth:`compute` fills shortage, surplus and the value from the quantities.
    """

    line_no: int
    sku: str
    name: str
    unit: str
    ordered: Decimal
    received: Decimal
    damaged: Decimal
    shortage: Decimal
    surplus: Decimal
    price: Decimal
    difference_value: Decimal
    note: str = ""  # e.g. the damage reason

    @classmethod
    def compute(
        cls,
        line_no: int,
        sku: str,
        name: str,
        unit: str,
        ordered: Decimal,
        received: Decimal,
        damaged: Decimal,
        price: Decimal,
        note: str = "",
    ) -> DiscrepancyLine:
        shortage = max(ordered - received, ZERO)
        surplus = max(received - ordered, ZERO)
        value = ((received - damaged - ordered) * price).quantize(Decimal("0.01"))
        return cls(line_no, sku, name, unit, ordered, received, damaged, shortage, surplus,
                   price, value, note)


@dataclass(frozen=True)
class DiscrepancyReport:
    """An act of discrepancy (акт о расхождении) for the supplier, tied to a receipt.
    The totals are sums over the lines."""

    receipt_number: str
    date: datetime  # UTC
    supplier_name: str
    supplier_tax_id: str
    supplier_document: str
    warehouse_name: str
    purchase_order_number: str = ""
    lines: tuple[DiscrepancyLine, ...] | list[DiscrepancyLine] = field(default_factory=tuple)
    posted_by: str = ""
    notes: str = ""

    @property
    def total_ordered(self) -> Decimal:
        return sum((line.ordered for line in self.lines), ZERO)

    @property
    def total_received(self) -> Decimal:
        return sum((line.received for line in self.lines), ZERO)

    @property
    def total_damaged(self) -> Decimal:
        return sum((line.damaged for line in self.lines), ZERO)

    @property
    def total_shortage(self) -> Decimal:
        return sum((line.shortage for line in self.lines), ZERO)

    @property
    def total_surplus(self) -> Decimal:
        return sum((line.surplus for line in self.lines), ZERO)

    @property
    def total_difference_value(self) -> Decimal:
        return sum((line.difference_value for line in self.lines), ZERO)


@dataclass(frozen=True)
class LabelItem:
    """A product to print barcode labels for: ``copies`` labels of it (by default the
    quantity received). ``barcode`` is printed as EAN-13 when it is a valid EAN-13,
    otherwise as Code 128."""

    sku: str
    name: str
    price: Decimal
    barcode: str
    copies: int = 1


@dataclass(frozen=True)
class SupplierParty:
    """The supplier as a purchase order addresses it."""

    name: str
    tax_id: str = ""  # ИНН
    address: str = ""
    phone: str = ""
    email: str = ""
    contact_person: str = ""


@dataclass(frozen=True)
class PurchaseOrderLinePrint:
    """One printed line of a purchase order. ``unit_price`` is as the order quotes it
    (with or without VAT, see :attr:`PurchaseOrderPrint.prices_include_vat`); the three
    amounts arrive computed, VAT rounded per line."""

    line_no: int
    sku: str
    supplier_sku: str
    name: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal  # %, e.g. Decimal("22")
    net_amount: Decimal
    vat_amount: Decimal
    gross_amount: Decimal


@dataclass(frozen=True)
class VatBreakdown:
    """The order's amounts at one VAT rate (%)."""

    rate: Decimal
    net: Decimal
    vat: Decimal


@dataclass(frozen=True)
class PurchaseOrderPrint:
    """A purchase order (заказ поставщику) as sent to the supplier. ``revision`` > 0
    marks a changed order that was sent before; the totals and ``vat_breakdown``
    (ascending by rate) are sums over the lines."""

    number: str
    revision: int
    order_date: datetime  # UTC; printed as the local date
    expected_date: date | None
    currency: str  # ISO code, "RUB"
    supplier: SupplierParty
    prices_include_vat: bool
    lines: list[PurchaseOrderLinePrint]
    net_total: Decimal
    vat_total: Decimal
    gross_total: Decimal
    vat_breakdown: list[VatBreakdown]
    terms: str
    notes: str
    author: str
    approved_by: str = ""
    state_label: str = ""  # e.g. "Черновик"; printed under the title when set
