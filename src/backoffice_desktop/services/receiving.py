"""Intake: receiving goods by scanner against a purchase order (or without one), posting.

One function per thing a clerk does. Each takes a session (and the acting user for
writes), checks :data:`Permission.RECEIVE_GOODS`, never commits, and returns plain
data. A draft receipt is edited line by line; every edit locks the receipt row and
bumps its version, so a workstation that posts an old view is told so.

Quantities: a line's ``quantity`` is the good units (into the line's bin); its
``damaged_quantity`` the damaged ones (into quarantine or scrap). What *arrived* —
what counts against the order and its over-delivery tolerance — is both together.

Posting is one transaction: it locks the receipt, the order and the products (in that
order, always, so concurrent postings queue instead of deadlocking), takes the number,
posts the moves from the virtual supplier location, updates the moving average cost,
the order's received quantities and state, and writes the audit trail.
"""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, bindparam, case, delete, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..errors import ConflictError, NotFound, ValidationError
from ..models import (
    STORAGE_KINDS,
    Blob,
    DocumentState,
    Location,
    LocationKind,
    MarkingCode,
    Product,
    ProductBarcode,
    PurchaseOrder,
    PurchaseOrderLine,
    PurchaseOrderState,
    Receipt,
    ReceiptCharge,
    ReceiptLine,
    ReceiptScan,
    StockLevel,
    StockMove,
    Supplier,
    SupplierOffer,
    User,
    utcnow,
)
from . import audit, landed_costs, sequences
from .barcodes import Scan, ScanKind, gtin14_to_ean13, parse_quantity_prefix, parse_scan
from .permissions import Actor, Permission, require
from .settings import CompanyDetails, get_company, get_setting
from .stock import MoveRequest, ensure_virtual_locations, post_moves

ZERO = Decimal(0)
COST_PLACES = Decimal("0.0001")
MONEY_PLACES = Decimal("0.01")
QTY_PLACES = Decimal("0.001")
DRAFT_NUMBER_PREFIX = "DRAFT-"
#: Units that come in whole pieces only.
WHOLE_UNITS = ("pcs", "pack")

#: Orders goods can be received against.
RECEIVABLE_ORDER_STATES = (
    PurchaseOrderState.APPROVED.value,
    PurchaseOrderState.SENT.value,
    PurchaseOrderState.PARTIALLY_RECEIVED.value,
)
#: At posting, an order another receipt completed meanwhile still takes goods (as over-delivery).
POSTABLE_ORDER_STATES = (*RECEIVABLE_ORDER_STATES, PurchaseOrderState.RECEIVED.value)


class ScanOutcome(enum.StrEnum):
    """What a scan did; the UI turns it into a sound and a colour."""

    OK = "ok"
    OVER_ORDERED = "over_ordered"  # added; now more than ordered
    NOT_ON_ORDER = "not_on_order"  # added as an extra line flagged "not on order"
    UNKNOWN_BARCODE = "unknown_barcode"  # nothing added: link the code to a product, or set aside
    INVALID_CODE = "invalid_code"  # nothing added: wrong check digit, unreadable GS1...
    DUPLICATE_MARKING_CODE = "duplicate_marking_code"  # nothing added: this unit was received before
    MARKING_CODE_REQUIRED = "marking_code_required"  # nothing added: scan the unit's DataMatrix

    @property
    def added(self) -> bool:
        return self in (ScanOutcome.OK, ScanOutcome.OVER_ORDERED, ScanOutcome.NOT_ON_ORDER)


class DamageLocation(enum.StrEnum):
    QUARANTINE = "quarantine"  # kept apart in the warehouse (returned to the supplier later)
    SCRAP = "scrap"  # destroyed on arrival: written off


# --- plain results -------------------------------------------------------------------------

@dataclass(frozen=True)
class ScanResult:
    outcome: ScanOutcome
    raw: str
    #: What the scan was read as (the normalised code, its kind, why it is invalid).
    code: str
    kind: ScanKind
    reason: str = ""
    product_id: int | None = None
    sku: str = ""
    name: str = ""
    unit: str = ""
    #: Units this scan added (pack barcodes count their pack quantity; 0 when refused).
    quantity_added: Decimal = ZERO
    line_id: int | None = None
    #: The line after the scan: arrived so far (good + damaged) and ordered (None: not on order).
    line_received: Decimal = ZERO
    line_ordered: Decimal | None = None
    #: How much more than ordered has arrived across all receipts of the order (0 if not over).
    over_by: Decimal = ZERO
    marking_code: str | None = None
    #: For an unknown barcode: a product whose supplier price list has this barcode.
    suggested_product_id: int | None = None
    scan_id: int | None = None
    receipt_version: int = 0


@dataclass(frozen=True)
class Problem:
    """Something that blocks posting; ``text`` is English, ``template``/``params`` translate."""

    code: str
    line_id: int | None
    template: str
    params: dict[str, object]
    text: str
    #: The error posting raises for it.
    error: ValidationError = field(compare=False, repr=False)


@dataclass(frozen=True)
class ReceiptLineView:
    line_id: int
    product_id: int
    sku: str
    name: str
    unit: str
    is_marked: bool
    purchase_order_line_id: int | None
    #: On an order-based receipt, a product the order doesn't have.
    not_on_order: bool
    #: Ordered on the order line; received by earlier receipts; still expected (None: no order line).
    ordered: Decimal | None
    previously_received: Decimal
    expected: Decimal | None
    #: Arrived on this receipt: good + damaged.
    received: Decimal
    good: Decimal
    damaged: Decimal
    damage_reason: str
    damage_location: str  # "quarantine", "scrap" or ""
    damage_photo_sha256: str | None
    #: Beyond the ordered quantity across all receipts of the order (0 when not over).
    over: Decimal
    over_tolerance: bool
    over_delivery_reason: str
    short: Decimal
    unit_cost: Decimal
    value: Decimal
    bin_id: int | None
    bin_code: str
    marking_codes: int
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ReceiptSummary:
    id: int
    number: str  # "" while a draft
    state: str
    version: int
    purchase_order_id: int | None
    purchase_order_number: str
    supplier_id: int
    supplier_name: str
    warehouse_id: int
    warehouse_name: str
    supplier_document: str
    notes: str
    reversal_of_id: int | None
    reversal_of_number: str
    reversed_by_number: str
    created_at: datetime
    posted_at: datetime | None
    lines: list[ReceiptLineView]
    total_received: Decimal
    total_damaged: Decimal
    total_value: Decimal
    tolerance_percent: Decimal
    refuse_over_delivery: bool
    #: Everything that blocks posting, lines' problems included.
    problems: list[Problem]
    #: Delivery charges spread into the unit costs at posting.
    charges: list[landed_costs.ChargeView] = field(default_factory=list)

    @property
    def charges_total(self) -> Decimal:
        return sum((c.amount for c in self.charges), ZERO)

    @property
    def can_post(self) -> bool:
        return self.state == DocumentState.DRAFT.value and not self.problems


@dataclass(frozen=True)
class DiscrepancyLine:
    sku: str
    name: str
    unit: str
    expected: Decimal
    received: Decimal
    shortage: Decimal
    surplus: Decimal
    damaged: Decimal
    damage_reason: str
    over_delivery_reason: str
    unit_cost: Decimal
    shortage_value: Decimal
    surplus_value: Decimal
    damage_value: Decimal
    not_on_order: bool


@dataclass(frozen=True)
class DiscrepancyReport:
    receipt_number: str
    date: datetime
    supplier_name: str
    supplier_tax_id: str
    warehouse_name: str
    purchase_order_number: str
    supplier_document: str
    company: CompanyDetails
    lines: list[DiscrepancyLine]
    total_shortage_value: Decimal
    total_surplus_value: Decimal
    total_damage_value: Decimal


@dataclass(frozen=True)
class ReceiptPrintLine:
    line_no: int
    sku: str
    name: str
    unit: str
    quantity: Decimal  # arrived: good + damaged
    good_quantity: Decimal
    damaged_quantity: Decimal
    price: Decimal
    amount: Decimal
    bin_code: str


@dataclass(frozen=True)
class ReceiptPrintData:
    """Everything a printed receipt shows (the PDF writer's only input)."""

    number: str
    date: datetime
    state: str
    company: CompanyDetails
    supplier_name: str
    supplier_tax_id: str
    supplier_address: str
    supplier_document: str
    warehouse_code: str
    warehouse_name: str
    purchase_order_number: str
    reversal_of_number: str
    notes: str
    received_by: str  # who posted (or created, for a draft)
    currency: str
    lines: list[ReceiptPrintLine]
    total_quantity: Decimal
    total_amount: Decimal


@dataclass(frozen=True)
class ReceiptFilter:
    text: str = ""  # receipt or order number, supplier document
    state: str | None = None
    supplier_id: int | None = None
    purchase_order_id: int | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    offset: int = 0
    limit: int | None = 200


@dataclass(frozen=True)
class ReceiptListRow:
    id: int
    number: str
    state: str
    created_at: datetime
    posted_at: datetime | None
    supplier_name: str
    warehouse_name: str
    purchase_order_number: str
    supplier_document: str
    lines: int
    total_quantity: Decimal
    total_value: Decimal
    reversal_of_id: int | None
    is_reversed: bool


@dataclass(frozen=True)
class OpenOrderRow:
    id: int
    number: str
    state: str
    supplier_id: int
    supplier_name: str
    expected_date: object  # datetime.date | None
    lines: int
    ordered_quantity: Decimal
    received_quantity: Decimal
    outstanding_quantity: Decimal


# --- helpers -------------------------------------------------------------------------------

def _money(value: Decimal) -> Decimal:
    return value.quantize(MONEY_PLACES, rounding=ROUND_HALF_UP)


def _display_number(receipt: Receipt) -> str:
    return "" if receipt.number.startswith(DRAFT_NUMBER_PREFIX) else receipt.number


def _label(receipt: Receipt) -> str:
    """How messages name a receipt: its number, or "draft #12"."""
    return _display_number(receipt) or f"#{receipt.id}"


def _get_receipt(session: Session, receipt_id: int, lock: bool = False) -> Receipt:
    stmt = select(Receipt).where(Receipt.id == receipt_id).execution_options(populate_existing=True)
    if lock:
        stmt = stmt.with_for_update()
    receipt = session.execute(stmt).scalar_one_or_none()
    if receipt is None:
        raise NotFound("Receipt #{receipt_id} does not exist.", receipt_id=receipt_id)
    return receipt


def _draft(session: Session, receipt_id: int) -> Receipt:
    """The receipt, locked for editing; refuses a posted or cancelled one."""
    receipt = _get_receipt(session, receipt_id, lock=True)
    if receipt.state == DocumentState.POSTED.value:
        raise ValidationError(
            "Receipt {number} is posted and can't be changed; correct it with a reversing receipt.",
            number=_label(receipt),
        )
    if receipt.state != DocumentState.DRAFT.value:
        raise ValidationError("Receipt {number} is cancelled and can't be changed.", number=_label(receipt))
    return receipt


def _line(session: Session, line_id: int) -> tuple[ReceiptLine, Receipt]:
    receipt_id = session.scalar(select(ReceiptLine.receipt_id).where(ReceiptLine.id == line_id))
    if receipt_id is None:
        raise NotFound("Receipt line #{line_id} does not exist.", line_id=line_id)
    receipt = _draft(session, receipt_id)
    line = session.get(ReceiptLine, line_id)
    assert line is not None
    return line, receipt


def _touch(session: Session, receipt: Receipt) -> int:
    """Bump the receipt's version: anyone holding an older view is told at posting."""
    flag_modified(receipt, "notes")
    session.flush()
    return receipt.version


def _tolerance(session: Session) -> Decimal:
    value = get_setting(session, "intake.over_delivery_tolerance_percent")
    try:
        tolerance = Decimal(str(value))
    except ArithmeticError:
        tolerance = ZERO
    return max(tolerance, ZERO)


def _allowed(ordered: Decimal, tolerance: Decimal) -> Decimal:
    return ordered * (1 + tolerance / 100)


def _check_quantity(value: Decimal, unit: str, sku: str, allow_zero: bool = True) -> Decimal:
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    if not value.is_finite():
        raise ValidationError("The quantity must be a number.")
    if value < 0 or (value == 0 and not allow_zero):
        raise ValidationError("The quantity must be more than zero, not {quantity}.", quantity=value)
    if value != value.quantize(QTY_PLACES):
        raise ValidationError("'{text}' has more than three decimal places.", text=value)
    if unit in WHOLE_UNITS and value != value.to_integral_value():
        raise ValidationError(
            "{sku} is counted in whole units ({unit}); {quantity} is not a whole number.",
            sku=sku, unit=unit, quantity=value,
        )
    return value


def _warehouse(session: Session, warehouse_id: int) -> Location:
    warehouse = session.get(Location, warehouse_id)
    if warehouse is None or warehouse.kind != LocationKind.WAREHOUSE.value:
        raise NotFound("Warehouse #{warehouse_id} does not exist.", warehouse_id=warehouse_id)
    return warehouse


def _first_bin(session: Session, warehouse_id: int) -> int | None:
    return session.scalar(
        select(Location.id)
        .where(Location.parent_id == warehouse_id, Location.kind == LocationKind.BIN.value,
               Location.is_active.is_(True))
        .order_by(Location.code)
        .limit(1)
    )


def _in_warehouse(session: Session, location_id: int, warehouse_id: int) -> bool:
    seen: set[int] = set()
    current: int | None = location_id
    while current is not None and current not in seen:
        if current == warehouse_id:
            return True
        seen.add(current)
        current = session.scalar(select(Location.parent_id).where(Location.id == current))
    return False


def _default_bin(session: Session, default_bin_id: int | None, warehouse_id: int) -> int | None:
    if default_bin_id is not None and _in_warehouse(session, default_bin_id, warehouse_id):
        return default_bin_id
    return _first_bin(session, warehouse_id)


def _quarantine(session: Session, receipt: Receipt) -> int:
    loc = session.scalar(
        select(Location.id)
        .where(Location.parent_id == receipt.warehouse_id, Location.kind == LocationKind.QUARANTINE.value,
               Location.is_active.is_(True))
        .order_by(Location.code)
        .limit(1)
    )
    if loc is None:
        name = session.scalar(select(Location.name).where(Location.id == receipt.warehouse_id))
        raise ValidationError(
            "Warehouse {warehouse} has no quarantine location; create one or send the damaged units to scrap.",
            warehouse=name,
        )
    return loc


def _supplier_price(session: Session, supplier_id: int, product_id: int) -> Decimal | None:
    return session.scalar(
        select(SupplierOffer.price)
        .where(SupplierOffer.supplier_id == supplier_id, SupplierOffer.product_id == product_id)
        .order_by(SupplierOffer.price)
        .limit(1)
    )


def _order_arrived(session: Session, po_line_id: int, receipt_id: int) -> Decimal:
    """Arrived for an order line on one receipt (good + damaged)."""
    return Decimal(
        session.scalar(
            select(func.coalesce(func.sum(ReceiptLine.quantity + ReceiptLine.damaged_quantity), 0)).where(
                ReceiptLine.receipt_id == receipt_id, ReceiptLine.purchase_order_line_id == po_line_id
            )
        )
    )


def _record_scan(
    session: Session, actor: Actor, receipt: Receipt, raw: str, outcome: ScanOutcome,
    product_id: int | None = None, quantity: Decimal = ZERO,
) -> int:
    row = ReceiptScan(
        receipt_id=receipt.id, code=raw[:200], product_id=product_id, quantity=quantity,
        outcome=outcome.value, user_id=actor.user_id,
    )
    session.add(row)
    session.flush()
    return row.id


# --- starting a receipt ----------------------------------------------------------------------

def _new_receipt(session: Session, actor: Actor, supplier_id: int, warehouse_id: int,
                 purchase_order_id: int | None) -> Receipt:
    if session.get(Supplier, supplier_id) is None:
        raise NotFound("Supplier #{supplier_id} does not exist.", supplier_id=supplier_id)
    _warehouse(session, warehouse_id)
    receipt = Receipt(
        number=DRAFT_NUMBER_PREFIX + uuid.uuid4().hex[:20],
        state=DocumentState.DRAFT.value,
        purchase_order_id=purchase_order_id,
        supplier_id=supplier_id,
        warehouse_id=warehouse_id,
        author_id=actor.user_id,
    )
    session.add(receipt)
    session.flush()
    return receipt


def _check_order_receivable(order: PurchaseOrder, states: tuple[str, ...]) -> None:
    if order.state == PurchaseOrderState.CANCELLED.value:
        raise ValidationError("Purchase order {number} is cancelled: goods can't be received against it.",
                              number=order.number)
    if order.state in (PurchaseOrderState.CLOSED.value,):
        raise ValidationError("Purchase order {number} is closed: goods can't be received against it.",
                              number=order.number)
    if order.state not in states:
        if order.state == PurchaseOrderState.RECEIVED.value:
            raise ValidationError("Purchase order {number} has been received in full.", number=order.number)
        raise ValidationError(
            "Purchase order {number} is not approved and sent yet ({state}): goods can't be received against it.",
            number=order.number, state=order.state,
        )


def start_receipt_from_order(session: Session, actor: Actor, order_id: int, warehouse_id: int) -> int:
    """A draft receipt with the order's outstanding lines (ordered − received so far),
    received 0, at the order's prices, each line in the product's default bin."""
    require(actor, Permission.RECEIVE_GOODS)
    order = session.get(PurchaseOrder, order_id)
    if order is None:
        raise NotFound("Purchase order #{order_id} does not exist.", order_id=order_id)
    _check_order_receivable(order, RECEIVABLE_ORDER_STATES)
    receipt = _new_receipt(session, actor, order.supplier_id, warehouse_id, order.id)
    rows = session.execute(
        select(PurchaseOrderLine.id, PurchaseOrderLine.product_id, PurchaseOrderLine.quantity,
               PurchaseOrderLine.received_quantity, PurchaseOrderLine.unit_price, Product.default_bin_id)
        .join(Product, Product.id == PurchaseOrderLine.product_id)
        .where(PurchaseOrderLine.order_id == order.id)
        .order_by(PurchaseOrderLine.line_no)
    ).all()
    first_bin = _first_bin(session, warehouse_id)
    for po_line_id, product_id, ordered, received, price, default_bin in rows:
        if ordered - received <= 0:
            continue
        bin_id = default_bin if default_bin is not None and _in_warehouse(session, default_bin, warehouse_id) \
            else first_bin
        session.add(ReceiptLine(
            receipt_id=receipt.id, product_id=product_id, purchase_order_line_id=po_line_id,
            quantity=ZERO, damaged_quantity=ZERO, unit_cost=price, bin_id=bin_id,
        ))
    audit.record(session, actor, "create", "receipt", receipt.id, "purchase_order", None, order.number)
    session.flush()
    return receipt.id


def start_receipt(session: Session, actor: Actor, supplier_id: int, warehouse_id: int) -> int:
    """A draft receipt without an order: lines come from scans or from a product search."""
    require(actor, Permission.RECEIVE_GOODS)
    receipt = _new_receipt(session, actor, supplier_id, warehouse_id, None)
    audit.record(session, actor, "create", "receipt", receipt.id)
    return receipt.id


def set_receipt_details(
    session: Session, actor: Actor, receipt_id: int, supplier_document: str | None = None, notes: str | None = None
) -> int:
    """The supplier's delivery note number and free notes; returns the new version."""
    require(actor, Permission.RECEIVE_GOODS)
    receipt = _draft(session, receipt_id)
    if supplier_document is not None:
        receipt.supplier_document = supplier_document.strip()[:64]
    if notes is not None:
        receipt.notes = notes
    return _touch(session, receipt)


def cancel_receipt(session: Session, actor: Actor, receipt_id: int) -> None:
    """Drop a draft: it stays listed as cancelled; its marking codes are free again."""
    require(actor, Permission.RECEIVE_GOODS)
    receipt = _draft(session, receipt_id)
    session.execute(delete(MarkingCode).where(MarkingCode.receipt_id == receipt.id))
    receipt.state = DocumentState.CANCELLED.value
    audit.record(session, actor, "cancel", "receipt", receipt.id)
    session.flush()


# --- scanning ------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Match:
    product_id: int
    pack_quantity: Decimal
    kind: str


def _find_barcode(session: Session, codes: Iterable[str]) -> _Match | None:
    wanted = [c for c in dict.fromkeys(codes) if c]
    if not wanted:
        return None
    rows = session.execute(
        select(ProductBarcode.barcode, ProductBarcode.product_id, ProductBarcode.pack_quantity, ProductBarcode.kind)
        .where(ProductBarcode.barcode.in_(wanted))
    ).all()
    if not rows:
        return None
    rank = {code: i for i, code in enumerate(wanted)}
    code, product_id, pack, kind = min(rows, key=lambda r: (rank[r[0]], r[3] != "unit"))
    return _Match(product_id, Decimal(pack), kind)


def _suggest_from_price_list(session: Session, supplier_id: int, scan: Scan) -> int | None:
    codes = scan.lookup_codes() or (scan.code,)
    return session.scalar(
        select(SupplierOffer.product_id)
        .where(SupplierOffer.supplier_id == supplier_id, SupplierOffer.barcode.in_(codes),
               SupplierOffer.product_id.is_not(None))
        .limit(1)
    )


def _line_for(session: Session, receipt: Receipt, product_id: int, unit_cost_default: Decimal,
              default_bin_id: int | None) -> ReceiptLine:
    """The receipt's line for the product, or a new one (linked to the order line if any)."""
    line = session.scalars(
        select(ReceiptLine)
        .where(ReceiptLine.receipt_id == receipt.id, ReceiptLine.product_id == product_id)
        .order_by(ReceiptLine.purchase_order_line_id.is_(None), ReceiptLine.id)
        .limit(1)
    ).first()
    if line is not None:
        return line
    po_line = None
    if receipt.purchase_order_id is not None:
        po_line = session.execute(
            select(PurchaseOrderLine.id, PurchaseOrderLine.unit_price)
            .where(PurchaseOrderLine.order_id == receipt.purchase_order_id,
                   PurchaseOrderLine.product_id == product_id)
            .order_by(PurchaseOrderLine.line_no)
            .limit(1)
        ).first()
    if po_line is not None:
        cost = Decimal(po_line[1])
    else:
        price = _supplier_price(session, receipt.supplier_id, product_id)
        cost = Decimal(price) if price is not None else unit_cost_default
    line = ReceiptLine(
        receipt_id=receipt.id, product_id=product_id, purchase_order_line_id=po_line[0] if po_line else None,
        quantity=ZERO, damaged_quantity=ZERO, unit_cost=cost,
        bin_id=_default_bin(session, default_bin_id, receipt.warehouse_id),
    )
    session.add(line)
    session.flush()
    return line


def _line_state(session: Session, receipt: Receipt, line: ReceiptLine) -> tuple[Decimal | None, Decimal]:
    """(ordered, over_by) for a line: over_by counts all receipts of the order."""
    if line.purchase_order_line_id is None:
        return None, ZERO
    ordered, already = session.execute(
        select(PurchaseOrderLine.quantity, PurchaseOrderLine.received_quantity)
        .where(PurchaseOrderLine.id == line.purchase_order_line_id)
    ).one()
    arrived = already + _order_arrived(session, line.purchase_order_line_id, receipt.id)
    return Decimal(ordered), max(arrived - ordered, ZERO)


def apply_scan(session: Session, actor: Actor, receipt_id: int, raw_input: str) -> ScanResult:
    """One scan (optionally ``N*`` before the code): find the product, add to its line.

    Unit barcodes add one unit (× N), pack barcodes their pack quantity (× N). Marked
    products need a DataMatrix per unit, each code accepted once ever. Every scan is
    recorded with its outcome; only ``ok``/``over_ordered``/``not_on_order`` add units.
    Raises :class:`ValidationError` only for a bad quantity prefix (nothing recorded).
    """
    require(actor, Permission.RECEIVE_GOODS)
    receipt = _draft(session, receipt_id)
    times, text = parse_quantity_prefix(raw_input)
    raw = text
    scan = parse_scan(text)

    def refused(outcome: ScanOutcome, product: tuple | None = None, suggested: int | None = None) -> ScanResult:
        scan_id = _record_scan(session, actor, receipt, raw, outcome, product[0] if product else None)
        return ScanResult(
            outcome=outcome, raw=raw, code=scan.code, kind=scan.kind, reason=scan.reason,
            product_id=product[0] if product else None, sku=product[1] if product else "",
            name=product[2] if product else "", unit=product[3] if product else "",
            marking_code=scan.code if scan.is_marking_code else None, suggested_product_id=suggested,
            scan_id=scan_id, receipt_version=_touch(session, receipt),
        )

    if scan.kind is ScanKind.INVALID:
        # An odd code may still be one the catalog holds as is (an old internal label).
        match = _find_barcode(session, [scan.code])
        if match is None:
            return refused(ScanOutcome.INVALID_CODE)
    else:
        match = _find_barcode(session, scan.lookup_codes())
        if match is None:
            suggested = _suggest_from_price_list(session, receipt.supplier_id, scan)
            return refused(ScanOutcome.UNKNOWN_BARCODE, suggested=suggested)

    product = session.execute(
        select(Product.id, Product.sku, Product.name, Product.unit, Product.is_marked, Product.default_bin_id,
               Product.average_cost)
        .where(Product.id == match.product_id)
    ).one()
    pid, sku, name, unit, is_marked, default_bin, avg_cost = product
    marking: str | None = None
    if is_marked:
        if not scan.is_marking_code:
            return refused(ScanOutcome.MARKING_CODE_REQUIRED, product)
        if times is not None and times != 1:
            raise ValidationError(
                "A marking code stands for one unit of {sku}: scan each unit's code without a quantity.", sku=sku
            )
        if session.scalar(select(MarkingCode.id).where(MarkingCode.code == scan.code)) is not None:
            return refused(ScanOutcome.DUPLICATE_MARKING_CODE, product)
        marking = scan.code
        units = Decimal(1)
    else:
        pack = match.pack_quantity if match.kind == "pack" else Decimal(1)
        units = _check_quantity((times or Decimal(1)) * pack, unit, sku, allow_zero=False)

    line = _line_for(session, receipt, pid, Decimal(avg_cost), default_bin)
    line.quantity = line.quantity + units
    if marking is not None:
        assert scan.gtin is not None and scan.serial is not None
        session.add(MarkingCode(product_id=pid, gtin=scan.gtin, serial=scan.serial, code=marking,
                                receipt_id=receipt.id))
    session.flush()
    ordered, over_by = _line_state(session, receipt, line)
    if receipt.purchase_order_id is not None and line.purchase_order_line_id is None:
        outcome = ScanOutcome.NOT_ON_ORDER
    elif over_by > 0:
        outcome = ScanOutcome.OVER_ORDERED
    else:
        outcome = ScanOutcome.OK
    scan_id = _record_scan(session, actor, receipt, raw, outcome, pid, units)
    return ScanResult(
        outcome=outcome, raw=raw, code=scan.code, kind=scan.kind, reason=scan.reason, product_id=pid, sku=sku,
        name=name, unit=unit, quantity_added=units, line_id=line.id,
        line_received=line.quantity + line.damaged_quantity, line_ordered=ordered, over_by=over_by,
        marking_code=marking, scan_id=scan_id, receipt_version=_touch(session, receipt),
    )


def add_product(session: Session, actor: Actor, receipt_id: int, product_id: int, quantity: Decimal) -> int:
    """Add units of a product found by search (no barcode); returns the line id.

    Marked goods can't be added this way: each unit's code must be scanned.
    """
    require(actor, Permission.RECEIVE_GOODS)
    receipt = _draft(session, receipt_id)
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    if product.is_marked:
        raise ValidationError("{sku} is marked goods: scan the marking code of each unit.", sku=product.sku)
    quantity = _check_quantity(quantity, product.unit, product.sku, allow_zero=False)
    line = _line_for(session, receipt, product.id, product.average_cost, product.default_bin_id)
    line.quantity = line.quantity + quantity
    _touch(session, receipt)
    return line.id


def remove_marking_code(session: Session, actor: Actor, receipt_id: int, raw_code: str) -> int:
    """Take one scanned marking code (and its unit) off a draft; returns the new version."""
    require(actor, Permission.RECEIVE_GOODS)
    receipt = _draft(session, receipt_id)
    scan = parse_scan(raw_code)
    row = session.scalar(select(MarkingCode).where(MarkingCode.code == scan.code, MarkingCode.receipt_id == receipt.id))
    if row is None:
        raise NotFound("The marking code {code} is not on this receipt.", code=scan.code)
    line = session.scalars(
        select(ReceiptLine).where(ReceiptLine.receipt_id == receipt.id, ReceiptLine.product_id == row.product_id)
        .order_by(ReceiptLine.id)
    ).first()
    if line is not None:
        if line.quantity >= 1:
            line.quantity -= 1
        elif line.damaged_quantity >= 1:
            line.damaged_quantity -= 1
    session.delete(row)
    return _touch(session, receipt)


def _marking_count(session: Session, receipt_id: int, product_id: int) -> int:
    return session.scalar(
        select(func.count(MarkingCode.id)).where(MarkingCode.receipt_id == receipt_id,
                                                  MarkingCode.product_id == product_id)
    ) or 0


# --- editing lines ---------------------------------------------------------------------------

def _product_of(session: Session, line: ReceiptLine) -> Product:
    product = session.get(Product, line.product_id)
    assert product is not None
    return product


def set_line_quantity(session: Session, actor: Actor, line_id: int, quantity: Decimal) -> int:
    """Set a line's good quantity (typed instead of scanned); returns the receipt's new version."""
    require(actor, Permission.RECEIVE_GOODS)
    line, receipt = _line(session, line_id)
    product = _product_of(session, line)
    quantity = _check_quantity(quantity, product.unit, product.sku)
    if product.is_marked and quantity + line.damaged_quantity != _marking_count(session, receipt.id, product.id):
        raise ValidationError(
            "{sku} is marked goods: its quantity follows the scanned codes. Scan a unit's code to add it, "
            "or remove its code.", sku=product.sku,
        )
    line.quantity = quantity
    return _touch(session, receipt)


def set_line_unit_cost(session: Session, actor: Actor, line_id: int, unit_cost: Decimal) -> int:
    """The purchase price of a line (receipts without an order, or a changed invoice price)."""
    require(actor, Permission.RECEIVE_GOODS)
    line, receipt = _line(session, line_id)
    if not isinstance(unit_cost, Decimal) or not unit_cost.is_finite() or unit_cost < 0:
        raise ValidationError("A price can't be negative.")
    line.unit_cost = unit_cost.quantize(COST_PLACES, rounding=ROUND_HALF_UP)
    return _touch(session, receipt)


def set_line_damage(
    session: Session,
    actor: Actor,
    line_id: int,
    quantity: Decimal,
    reason: str,
    location_kind: DamageLocation | str = DamageLocation.QUARANTINE,
    photo_sha256: str | None = None,
) -> int:
    """Mark ``quantity`` of the line's arrived units as damaged (taken from the good ones).

    Damaged units go to the warehouse's quarantine location (or to scrap) at posting;
    a reason code is required, a photo (a stored blob) is optional. Returns the new version.
    """
    require(actor, Permission.RECEIVE_GOODS)
    line, receipt = _line(session, line_id)
    product = _product_of(session, line)
    quantity = _check_quantity(quantity, product.unit, product.sku)
    try:
        kind = DamageLocation(location_kind)
    except ValueError:
        raise ValidationError("Damaged goods go to quarantine or to scrap, not '{kind}'.", kind=location_kind) from None
    total = line.quantity + line.damaged_quantity
    if quantity > total:
        raise ValidationError(
            "Only {received} of {sku} arrived on this line; {quantity} can't be damaged.",
            received=total, sku=product.sku, quantity=quantity,
        )
    reason = reason.strip()
    if quantity > 0 and not reason:
        raise ValidationError("Give the reason the units of {sku} are damaged.", sku=product.sku)
    if photo_sha256 is not None and session.get(Blob, photo_sha256) is None:
        raise NotFound("The photo of the damage was not found in the store.")
    if quantity == 0:
        line.damage_location_id, line.damage_reason, line.damage_photo_sha256 = None, "", None
    else:
        line.damage_location_id = (
            _quarantine(session, receipt) if kind is DamageLocation.QUARANTINE
            else ensure_virtual_locations(session)[LocationKind.SCRAP]
        )
        line.damage_reason = reason[:200]
        line.damage_photo_sha256 = photo_sha256
    line.quantity = total - quantity
    line.damaged_quantity = quantity
    return _touch(session, receipt)


def set_receipt_charges(session: Session, actor: Actor, receipt_id: int,
                        charges: Sequence[landed_costs.ChargeInput]) -> int:
    """Replace a draft receipt's delivery charges (freight, duty, ...), all or nothing.
    The clerk or the purchaser enters them from the supplier's invoice."""
    if not actor.can(Permission.MANAGE_PURCHASING):
        require(actor, Permission.RECEIVE_GOODS)
    receipt = _draft(session, receipt_id)
    checked = landed_costs.check_charges(charges)
    session.execute(delete(ReceiptCharge).where(ReceiptCharge.receipt_id == receipt.id))
    session.add_all(ReceiptCharge(receipt_id=receipt.id, kind=kind, description=text, amount=amount,
                                  allocation=allocation.value) for kind, text, amount, allocation in checked)
    return _touch(session, receipt)


def set_line_bin(session: Session, actor: Actor, line_id: int, bin_id: int) -> int:
    """Put a line's good units away into another bin of the receipt's warehouse."""
    require(actor, Permission.RECEIVE_GOODS)
    line, receipt = _line(session, line_id)
    location = session.get(Location, bin_id)
    if location is None or location.kind != LocationKind.BIN.value or not location.is_active:
        raise ValidationError("Choose a storage bin to put the goods away in.")
    if not _in_warehouse(session, bin_id, receipt.warehouse_id):
        raise ValidationError("Bin {bin} is not in the receipt's warehouse.", bin=location.code)
    line.bin_id = bin_id
    return _touch(session, receipt)


def set_over_delivery_reason(session: Session, actor: Actor, line_id: int, reason: str) -> int:
    """Why more than ordered is accepted (needed beyond the tolerance)."""
    require(actor, Permission.RECEIVE_GOODS)
    line, receipt = _line(session, line_id)
    line.over_delivery_reason = reason.strip()[:200]
    return _touch(session, receipt)


def remove_line(session: Session, actor: Actor, line_id: int) -> int:
    """Delete a line from a draft (its marking codes are freed); returns the new version."""
    require(actor, Permission.RECEIVE_GOODS)
    line, receipt = _line(session, line_id)
    others = session.scalar(
        select(func.count(ReceiptLine.id)).where(ReceiptLine.receipt_id == receipt.id,
                                                 ReceiptLine.product_id == line.product_id,
                                                 ReceiptLine.id != line.id)
    )
    if not others:
        session.execute(delete(MarkingCode).where(MarkingCode.receipt_id == receipt.id,
                                                  MarkingCode.product_id == line.product_id))
    session.delete(line)
    return _touch(session, receipt)


def link_barcode(
    session: Session, actor: Actor, product_id: int, barcode: str,
    kind: str = "unit", pack_quantity: Decimal = Decimal(1),
) -> str:
    """Attach an unknown scanned barcode to a product (then the clerk scans again).

    A marking code attaches its GTIN (as an EAN-13 when it is one). Returns the
    barcode as stored.
    """
    require(actor, Permission.RECEIVE_GOODS)
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    scan = parse_scan(barcode)
    if scan.kind is ScanKind.INVALID:
        raise ValidationError("'{code}' can't be linked: {reason}", code=scan.code or barcode.strip(),
                              reason=scan.reason)
    code = scan.code
    if scan.kind is ScanKind.GS1:
        assert scan.gtin is not None
        code = gtin14_to_ean13(scan.gtin) or scan.gtin
    if kind not in ("unit", "pack"):
        raise ValidationError("A barcode is for a unit or for a pack, not '{kind}'.", kind=kind)
    if kind == "pack":
        pack_quantity = _check_quantity(pack_quantity, product.unit, product.sku, allow_zero=False)
    else:
        pack_quantity = Decimal(1)
    owner = session.execute(
        select(Product.sku).join(ProductBarcode, ProductBarcode.product_id == Product.id)
        .where(ProductBarcode.barcode.in_(scan.lookup_codes() if scan.kind is not ScanKind.CODE128 else [code]))
    ).scalar()
    if owner is not None:
        raise ValidationError("The barcode {code} already belongs to {sku}.", code=code, sku=owner)
    session.add(ProductBarcode(product_id=product.id, barcode=code, kind=kind, pack_quantity=pack_quantity))
    session.flush()
    from .catalog import refresh_search_text  # catalog imports nothing from here; late to keep start-up light

    refresh_search_text(session, product)
    audit.record(session, actor, "link_barcode", "product", product.id, "barcodes", None, code)
    session.flush()
    return code


# --- the summary -------------------------------------------------------------------------------

def _previously_received(session: Session, receipt: Receipt, po_line_ids: list[int]) -> dict[int, Decimal]:
    """What other receipts brought per order line before this one.

    For a draft that is the order line's received quantity; for a posted receipt the
    receipts posted before it (reversals subtract).
    """
    if not po_line_ids:
        return {}
    if receipt.state != DocumentState.POSTED.value:
        return {
            lid: Decimal(qty)
            for lid, qty in session.execute(
                select(PurchaseOrderLine.id, PurchaseOrderLine.received_quantity)
                .where(PurchaseOrderLine.id.in_(po_line_ids))
            )
        }
    found: dict[int, Decimal] = defaultdict(Decimal)
    before = or_(
        Receipt.posted_at < receipt.posted_at,
        and_(Receipt.posted_at == receipt.posted_at, Receipt.id < receipt.id),
    )
    for lid, reversal, qty in session.execute(
        select(ReceiptLine.purchase_order_line_id, Receipt.reversal_of_id.is_not(None),
               func.sum(ReceiptLine.quantity + ReceiptLine.damaged_quantity))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(ReceiptLine.purchase_order_line_id.in_(po_line_ids), Receipt.state == DocumentState.POSTED.value,
               Receipt.id != receipt.id, before)
        .group_by(ReceiptLine.purchase_order_line_id, Receipt.reversal_of_id.is_not(None))
    ):
        found[lid] += -Decimal(qty) if reversal else Decimal(qty)
    return dict(found)


def _problem(code: str, line_id: int | None, error: ValidationError) -> Problem:
    return Problem(code, line_id, error.template, dict(error.params), str(error), error)


def receipt_summary(session: Session, receipt_id: int) -> ReceiptSummary:
    """Per line: ordered vs received vs damaged vs over, value; and what blocks posting."""
    receipt = _get_receipt(session, receipt_id)
    tolerance = _tolerance(session)
    refuse = bool(get_setting(session, "intake.refuse_over_delivery"))
    rows = session.execute(
        select(ReceiptLine, Product.sku, Product.name, Product.unit, Product.is_marked, Location.code,
               PurchaseOrderLine.quantity)
        .join(Product, Product.id == ReceiptLine.product_id)
        .outerjoin(Location, Location.id == ReceiptLine.bin_id)
        .outerjoin(PurchaseOrderLine, PurchaseOrderLine.id == ReceiptLine.purchase_order_line_id)
        .where(ReceiptLine.receipt_id == receipt.id)
        .order_by(ReceiptLine.id)
    ).all()
    po_line_ids = sorted({r[0].purchase_order_line_id for r in rows if r[0].purchase_order_line_id is not None})
    previous = _previously_received(session, receipt, po_line_ids)
    # Arrived on this receipt per order line (several lines may share one).
    here: dict[int, Decimal] = defaultdict(Decimal)
    for r in rows:
        if r[0].purchase_order_line_id is not None:
            here[r[0].purchase_order_line_id] += r[0].quantity + r[0].damaged_quantity
    codes: dict[int, int] = dict(
        session.execute(
            select(MarkingCode.product_id, func.count(MarkingCode.id))
            .where(MarkingCode.receipt_id == receipt.id).group_by(MarkingCode.product_id)
        ).all()
    )
    per_product_units: dict[int, Decimal] = defaultdict(Decimal)
    for r in rows:
        per_product_units[r[0].product_id] += r[0].quantity + r[0].damaged_quantity
    damage_ids = {r[0].damage_location_id for r in rows if r[0].damage_location_id is not None}
    damage_kinds: dict[int, str] = dict(
        session.execute(select(Location.id, Location.kind).where(Location.id.in_(damage_ids))).all()
    ) if damage_ids else {}
    draft = receipt.state == DocumentState.DRAFT.value
    on_order = receipt.purchase_order_id is not None

    lines: list[ReceiptLineView] = []
    problems: list[Problem] = []
    for line, sku, name, unit, is_marked, bin_code, ordered in rows:
        received = line.quantity + line.damaged_quantity
        line_problems: list[Problem] = []
        prev = previous.get(line.purchase_order_line_id, ZERO) if line.purchase_order_line_id else ZERO
        if line.purchase_order_line_id is not None:
            ordered = Decimal(ordered)
            total = prev + here[line.purchase_order_line_id]
            over = max(total - ordered, ZERO)
            over_tolerance = total > _allowed(ordered, tolerance)
            expected: Decimal | None = max(ordered - prev, ZERO)
            short = max(expected - received, ZERO)
        else:
            ordered, expected, short = None, None, ZERO
            over = received if on_order else ZERO
            over_tolerance = on_order and received > 0
        if draft and over_tolerance and received > 0:
            if refuse:
                line_problems.append(_problem("over_delivery_refused", line.id, ValidationError(
                    "{sku}: {received} arrived, more than ordered beyond the {tolerance}% tolerance; "
                    "over-delivery is refused by the settings.",
                    sku=sku, received=received, tolerance=tolerance,
                )))
            elif not line.over_delivery_reason:
                line_problems.append(_problem("over_delivery_reason_required", line.id, ValidationError(
                    "{sku}: {over} more than ordered arrived (beyond the {tolerance}% tolerance); "
                    "give a reason to accept it.",
                    sku=sku, over=over, tolerance=tolerance,
                )))
        if draft and line.quantity > 0 and line.bin_id is None:
            line_problems.append(_problem("no_bin", line.id, ValidationError(
                "{sku}: choose the bin to put the goods away in.", sku=sku)))
        if draft and line.damaged_quantity > 0 and (not line.damage_reason or line.damage_location_id is None):
            line_problems.append(_problem("damage_reason_required", line.id, ValidationError(
                "Give the reason the units of {sku} are damaged.", sku=sku)))
        if draft and is_marked and per_product_units[line.product_id] != codes.get(line.product_id, 0):
            line_problems.append(_problem("marking_codes_missing", line.id, ValidationError(
                "{sku} is marked goods: {units} units but {codes} marking codes scanned.",
                sku=sku, units=per_product_units[line.product_id], codes=codes.get(line.product_id, 0),
            )))
        problems.extend(line_problems)
        if line.damaged_quantity == 0:
            damage_location = ""
        elif damage_kinds.get(line.damage_location_id or 0) == LocationKind.SCRAP.value:
            damage_location = DamageLocation.SCRAP.value
        else:
            damage_location = DamageLocation.QUARANTINE.value
        lines.append(ReceiptLineView(
            line_id=line.id, product_id=line.product_id, sku=sku, name=name, unit=unit, is_marked=is_marked,
            purchase_order_line_id=line.purchase_order_line_id,
            not_on_order=on_order and line.purchase_order_line_id is None,
            ordered=ordered, previously_received=prev, expected=expected, received=received, good=line.quantity,
            damaged=line.damaged_quantity, damage_reason=line.damage_reason, damage_location=damage_location,
            damage_photo_sha256=line.damage_photo_sha256, over=over, over_tolerance=over_tolerance,
            over_delivery_reason=line.over_delivery_reason, short=short, unit_cost=line.unit_cost,
            value=_money(received * line.unit_cost), bin_id=line.bin_id, bin_code=bin_code or "",
            marking_codes=codes.get(line.product_id, 0) if is_marked else 0, problems=tuple(line_problems),
        ))
    if draft and not any(v.received > 0 for v in lines):
        problems.insert(0, _problem("empty", None, ValidationError(
            "Receipt {number} is empty: scan or add the goods that arrived.", number=_label(receipt))))
    order_number = ""
    if on_order:
        order = session.get(PurchaseOrder, receipt.purchase_order_id)
        assert order is not None
        order_number = order.number
        if draft and order.state not in POSTABLE_ORDER_STATES:
            try:
                _check_order_receivable(order, POSTABLE_ORDER_STATES)
            except ValidationError as exc:
                problems.insert(0, _problem("order_not_receivable", None, exc))
    supplier_name = session.scalar(select(Supplier.name).where(Supplier.id == receipt.supplier_id)) or ""
    warehouse_name = session.scalar(select(Location.name).where(Location.id == receipt.warehouse_id)) or ""
    reversal_of_number = ""
    if receipt.reversal_of_id is not None:
        reversal_of_number = session.scalar(select(Receipt.number).where(Receipt.id == receipt.reversal_of_id)) or ""
    reversed_by = session.scalar(
        select(Receipt.number).where(Receipt.reversal_of_id == receipt.id, Receipt.state == DocumentState.POSTED.value)
    ) or ""
    return ReceiptSummary(
        id=receipt.id, number=_display_number(receipt), state=receipt.state, version=receipt.version,
        purchase_order_id=receipt.purchase_order_id, purchase_order_number=order_number,
        supplier_id=receipt.supplier_id, supplier_name=supplier_name, warehouse_id=receipt.warehouse_id,
        warehouse_name=warehouse_name, supplier_document=receipt.supplier_document, notes=receipt.notes,
        reversal_of_id=receipt.reversal_of_id, reversal_of_number=reversal_of_number,
        reversed_by_number=reversed_by, created_at=receipt.created_at, posted_at=receipt.posted_at, lines=lines,
        total_received=sum((v.received for v in lines), ZERO), total_damaged=sum((v.damaged for v in lines), ZERO),
        total_value=sum((v.value for v in lines), ZERO), tolerance_percent=tolerance, refuse_over_delivery=refuse,
        problems=problems, charges=landed_costs.receipt_charges(session, receipt.id),
    )


# --- posting ----------------------------------------------------------------------------------

def _storage_on_hand(session: Session, product_ids: list[int]) -> dict[int, Decimal]:
    """On hand per product in all storage locations (bins and quarantine): what the average values."""
    if not product_ids:
        return {}
    result = {pid: ZERO for pid in product_ids}
    for pid, qty in session.execute(
        select(StockLevel.product_id, func.sum(StockLevel.quantity))
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.product_id.in_(product_ids), Location.kind.in_([k.value for k in STORAGE_KINDS]))
        .group_by(StockLevel.product_id)
    ):
        result[pid] = Decimal(qty)
    return result


def _lock_products(session: Session, product_ids: Iterable[int]) -> dict[int, tuple[str, Decimal]]:
    """Lock the products' rows (in id order: no deadlocks); return (sku, average cost) each."""
    ids = sorted(set(product_ids))
    if not ids:
        return {}
    rows = session.execute(
        select(Product.id, Product.sku, Product.average_cost)
        .where(Product.id.in_(ids)).order_by(Product.id).with_for_update()
    ).all()
    return {pid: (sku, Decimal(avg)) for pid, sku, avg in rows}


def _set_average_costs(
    session: Session, actor: Actor, costs: dict[int, tuple[Decimal, Decimal]], number: str
) -> None:
    """Write new average costs ({product id: (old, new)}) in one batch, with their audit.

    A plain UPDATE: the cost is the ledger's business, not a card edit, so it doesn't
    bump the product's version under a content manager who is editing the card.
    """
    changed = {}
    for pid, (old, new) in costs.items():
        new = max(new.quantize(COST_PLACES, rounding=ROUND_HALF_UP), ZERO)
        if new != old:
            changed[pid] = (old, new)
    if not changed:
        return
    table = Product.__table__
    session.execute(
        table.update().where(table.c.id == bindparam("pid")).values(average_cost=bindparam("cost")),
        [{"pid": pid, "cost": new} for pid, (_old, new) in sorted(changed.items())],
    )
    for pid, (old, new) in changed.items():
        audit.record(session, actor, "update", "product", pid, "average_cost", old, new, document_number=number)
    for product in session.identity_map.values():
        if isinstance(product, Product) and product.id in changed:
            session.expire(product, ["average_cost"])


def _update_order_state(order: PurchaseOrder, lines: list[PurchaseOrderLine]) -> None:
    if order.state not in POSTABLE_ORDER_STATES:
        return  # closed or cancelled orders keep their state
    if all(line.received_quantity >= line.quantity for line in lines):
        order.state = PurchaseOrderState.RECEIVED.value
    elif any(line.received_quantity > 0 for line in lines):
        order.state = PurchaseOrderState.PARTIALLY_RECEIVED.value
    else:
        order.state = PurchaseOrderState.SENT.value if order.sent_at else PurchaseOrderState.APPROVED.value


def post_receipt(session: Session, actor: Actor, receipt_id: int, expected_version: int) -> str:
    """Post a draft receipt in one transaction; returns its number.

    Refuses: a receipt posted meanwhile (second click, second workstation) or changed
    since ``expected_version``; an empty one; one for a cancelled or closed order; and
    anything :func:`receipt_summary` lists as a problem (over-delivery beyond the
    tolerance without a reason, or at all when the settings refuse it; missing bins,
    damage reasons, marking codes).
    """
    require(actor, Permission.RECEIVE_GOODS)
    receipt = _get_receipt(session, receipt_id, lock=True)
    if receipt.state == DocumentState.POSTED.value:
        raise ConflictError("Receipt {number} is already posted.", number=_label(receipt))
    if receipt.state != DocumentState.DRAFT.value:
        raise ValidationError("Receipt {number} is cancelled and can't be posted.", number=_label(receipt))
    if receipt.version != expected_version:
        raise ConflictError(
            "Receipt {number} was changed on another workstation (version {version}, you saw version "
            "{expected_version}). Check it again before posting.",
            number=_label(receipt), version=receipt.version, expected_version=expected_version,
        )
    order: PurchaseOrder | None = None
    if receipt.purchase_order_id is not None:
        # Lock the order: receipts of one order post one after another, so the
        # tolerance holds across them.
        order = session.execute(
            select(PurchaseOrder).where(PurchaseOrder.id == receipt.purchase_order_id)
            .with_for_update().execution_options(populate_existing=True)
        ).scalar_one()
        _check_order_receivable(order, POSTABLE_ORDER_STATES)
        session.execute(
            select(PurchaseOrderLine).where(PurchaseOrderLine.order_id == order.id)
            .with_for_update().execution_options(populate_existing=True)
        ).scalars().all()
    summary = receipt_summary(session, receipt.id)
    if summary.problems:
        raise summary.problems[0].error

    lines = list(session.scalars(
        select(ReceiptLine).where(ReceiptLine.receipt_id == receipt.id).order_by(ReceiptLine.id)
    ))
    products = _lock_products(session, [line.product_id for line in lines if line.quantity + line.damaged_quantity > 0])
    before = _storage_on_hand(session, list(products))
    number = sequences.next_number(session, "receipt")
    supplier_loc = ensure_virtual_locations(session)[LocationKind.SUPPLIER]
    storage = set(session.scalars(
        select(Location.id).where(Location.kind.in_([k.value for k in STORAGE_KINDS]))
    ))
    landed_costs.spread_onto_lines(session, receipt.id, lines)
    moves: list[MoveRequest] = []
    incoming: dict[int, tuple[Decimal, Decimal]] = defaultdict(lambda: (ZERO, ZERO))  # qty, value into storage
    for line in lines:
        unit_cost = line.unit_cost + line.landed_charge
        parts = [(line.quantity, line.bin_id, "")]
        if line.damaged_quantity > 0:
            parts.append((line.damaged_quantity, line.damage_location_id, line.damage_reason))
        for qty, to_loc, reason in parts:
            if qty <= 0:
                continue
            assert to_loc is not None
            moves.append(MoveRequest(line.product_id, qty, supplier_loc, to_loc, unit_cost, reason))
            if to_loc in storage:
                q, v = incoming[line.product_id]
                incoming[line.product_id] = (q + qty, v + qty * unit_cost)
    post_moves(session, actor, moves, "receipt", receipt.id, number)

    costs: dict[int, tuple[Decimal, Decimal]] = {}
    for pid, (qty, value) in incoming.items():
        _sku, old_avg = products[pid]
        old_qty = before.get(pid, ZERO)
        if old_qty <= 0:
            new_avg = value / qty
        else:
            new_avg = (old_qty * old_avg + value) / (old_qty + qty)
        costs[pid] = (old_avg, new_avg)
    _set_average_costs(session, actor, costs, number)

    if order is not None:
        po_lines = list(session.scalars(select(PurchaseOrderLine).where(PurchaseOrderLine.order_id == order.id)))
        by_id = {pl.id: pl for pl in po_lines}
        for line in lines:
            if line.purchase_order_line_id is not None:
                pl = by_id[line.purchase_order_line_id]
                pl.received_quantity = pl.received_quantity + line.quantity + line.damaged_quantity
        old_state = order.state
        _update_order_state(order, po_lines)
        if order.state != old_state:
            audit.record(session, actor, "update", "purchase_order", order.id, "state", old_state, order.state,
                         document_number=number)

    receipt.number = number
    receipt.state = DocumentState.POSTED.value
    receipt.posted_by_id = actor.user_id
    receipt.posted_at = utcnow()
    audit.record(session, actor, "post", "receipt", receipt.id, "state", DocumentState.DRAFT.value,
                 DocumentState.POSTED.value, document_number=number)
    session.flush()
    return number


def reverse_receipt(session: Session, actor: Actor, receipt_id: int, reason: str) -> str:
    """Correct a posted receipt with a reversing one: the same quantities go back to the
    supplier location, the order's received quantities and the average cost are wound
    back, the marking codes are freed. Refused when the goods are no longer there
    (unless negative stock is allowed). Returns the reversing receipt's number."""
    require(actor, Permission.RECEIVE_GOODS)
    reason = reason.strip()
    if not reason:
        raise ValidationError("Give the reason for reversing the receipt.")
    original = _get_receipt(session, receipt_id, lock=True)
    if original.state != DocumentState.POSTED.value:
        raise ValidationError("Receipt {number} is not posted: change or cancel the draft instead.",
                              number=_label(original))
    if original.reversal_of_id is not None:
        raise ValidationError("Receipt {number} is itself a reversal and can't be reversed.", number=original.number)
    done = session.scalar(
        select(Receipt.number).where(Receipt.reversal_of_id == original.id, Receipt.state == DocumentState.POSTED.value)
    )
    if done is not None:
        raise ValidationError("Receipt {number} was already reversed by {reversal}.", number=original.number,
                              reversal=done)
    order: PurchaseOrder | None = None
    if original.purchase_order_id is not None:
        order = session.execute(
            select(PurchaseOrder).where(PurchaseOrder.id == original.purchase_order_id)
            .with_for_update().execution_options(populate_existing=True)
        ).scalar_one()
    lines = list(session.scalars(select(ReceiptLine).where(ReceiptLine.receipt_id == original.id)
                                 .order_by(ReceiptLine.id)))
    moves = list(session.scalars(
        select(StockMove).where(StockMove.document_type == "receipt", StockMove.document_id == original.id)
        .order_by(StockMove.id)
    ))
    products = _lock_products(session, [m.product_id for m in moves])
    before = _storage_on_hand(session, list(products))
    number = sequences.next_number(session, "receipt")
    reversal = Receipt(
        number=number, state=DocumentState.POSTED.value, purchase_order_id=original.purchase_order_id,
        supplier_id=original.supplier_id, warehouse_id=original.warehouse_id,
        supplier_document=original.supplier_document, reversal_of_id=original.id, notes=reason,
        author_id=actor.user_id, posted_by_id=actor.user_id, posted_at=utcnow(),
    )
    session.add(reversal)
    session.flush()
    for line in lines:
        session.add(ReceiptLine(
            receipt_id=reversal.id, product_id=line.product_id, purchase_order_line_id=line.purchase_order_line_id,
            quantity=line.quantity, damaged_quantity=line.damaged_quantity, damage_reason=line.damage_reason,
            damage_location_id=line.damage_location_id, over_delivery_reason=line.over_delivery_reason,
            unit_cost=line.unit_cost, bin_id=line.bin_id,
        ))
    storage = set(session.scalars(select(Location.id).where(Location.kind.in_([k.value for k in STORAGE_KINDS]))))
    outgoing: dict[int, tuple[Decimal, Decimal]] = defaultdict(lambda: (ZERO, ZERO))
    requests = []
    for move in moves:
        requests.append(MoveRequest(move.product_id, move.quantity, move.to_location_id, move.from_location_id,
                                    move.unit_cost, reason[:200]))
        if move.to_location_id in storage:
            q, v = outgoing[move.product_id]
            outgoing[move.product_id] = (q + move.quantity, v + move.quantity * move.unit_cost)
    new_ids = post_moves(session, actor, requests, "receipt", reversal.id, number)
    for original_move, new_id in zip(moves, new_ids, strict=True):
        session.execute(update(StockMove).where(StockMove.id == new_id).values(reversal_of_id=original_move.id))

    costs: dict[int, tuple[Decimal, Decimal]] = {}
    for pid, (qty, value) in outgoing.items():
        _sku, old_avg = products[pid]
        old_qty = before.get(pid, ZERO)
        left = old_qty - qty
        if left > 0:
            costs[pid] = (old_avg, (old_qty * old_avg - value) / left)
    _set_average_costs(session, actor, costs, number)

    if order is not None:
        po_lines = list(session.scalars(
            select(PurchaseOrderLine).where(PurchaseOrderLine.order_id == order.id)
            .with_for_update().execution_options(populate_existing=True)
        ))
        by_id = {pl.id: pl for pl in po_lines}
        for line in lines:
            if line.purchase_order_line_id is not None:
                pl = by_id[line.purchase_order_line_id]
                pl.received_quantity = max(pl.received_quantity - line.quantity - line.damaged_quantity, ZERO)
        old_state = order.state
        _update_order_state(order, po_lines)
        if order.state != old_state:
            audit.record(session, actor, "update", "purchase_order", order.id, "state", old_state, order.state,
                         document_number=number)
    session.execute(delete(MarkingCode).where(MarkingCode.receipt_id == original.id))
    audit.record(session, actor, "reverse", "receipt", original.id, "reason", None, reason, document_number=number)
    session.flush()
    return number


# --- reports and lists --------------------------------------------------------------------------

def _header(session: Session, receipt: Receipt) -> tuple[Supplier, Location, str]:
    supplier = session.get(Supplier, receipt.supplier_id)
    warehouse = session.get(Location, receipt.warehouse_id)
    assert supplier is not None and warehouse is not None
    order_number = ""
    if receipt.purchase_order_id is not None:
        order_number = session.scalar(
            select(PurchaseOrder.number).where(PurchaseOrder.id == receipt.purchase_order_id)
        ) or ""
    return supplier, warehouse, order_number


def discrepancy_report(session: Session, receipt_id: int) -> DiscrepancyReport:
    """Shortages, surpluses and damage per line with their value (printed for the supplier)."""
    summary = receipt_summary(session, receipt_id)
    receipt = _get_receipt(session, receipt_id)
    supplier, warehouse, order_number = _header(session, receipt)
    out: list[DiscrepancyLine] = []
    for v in summary.lines:
        expected = v.expected if v.expected is not None else ZERO
        shortage = max(expected - v.received, ZERO) if v.expected is not None else ZERO
        surplus = max(v.received - expected, ZERO)
        if not (shortage or surplus or v.damaged):
            continue
        out.append(DiscrepancyLine(
            sku=v.sku, name=v.name, unit=v.unit, expected=expected, received=v.received, shortage=shortage,
            surplus=surplus, damaged=v.damaged, damage_reason=v.damage_reason,
            over_delivery_reason=v.over_delivery_reason, unit_cost=v.unit_cost,
            shortage_value=_money(shortage * v.unit_cost), surplus_value=_money(surplus * v.unit_cost),
            damage_value=_money(v.damaged * v.unit_cost), not_on_order=v.not_on_order,
        ))
    return DiscrepancyReport(
        receipt_number=summary.number, date=summary.posted_at or summary.created_at, supplier_name=supplier.name,
        supplier_tax_id=supplier.tax_id, warehouse_name=warehouse.name, purchase_order_number=order_number,
        supplier_document=receipt.supplier_document, company=get_company(session), lines=out,
        total_shortage_value=sum((d.shortage_value for d in out), ZERO),
        total_surplus_value=sum((d.surplus_value for d in out), ZERO),
        total_damage_value=sum((d.damage_value for d in out), ZERO),
    )


def receipt_print_data(session: Session, receipt_id: int) -> ReceiptPrintData:
    """The printed receipt: header, lines (SKU, name, unit, quantity, price, amount), totals."""
    receipt = _get_receipt(session, receipt_id)
    supplier, warehouse, order_number = _header(session, receipt)
    rows = session.execute(
        select(ReceiptLine.quantity, ReceiptLine.damaged_quantity, ReceiptLine.unit_cost, Product.sku, Product.name,
               Product.unit, Location.code)
        .join(Product, Product.id == ReceiptLine.product_id)
        .outerjoin(Location, Location.id == ReceiptLine.bin_id)
        .where(ReceiptLine.receipt_id == receipt.id)
        .order_by(ReceiptLine.id)
    ).all()
    lines: list[ReceiptPrintLine] = []
    for good, damaged, cost, sku, name, unit, bin_code in rows:
        quantity = good + damaged
        if quantity <= 0:
            continue
        price = _money(cost)
        lines.append(ReceiptPrintLine(
            line_no=len(lines) + 1, sku=sku, name=name, unit=unit, quantity=quantity, good_quantity=good,
            damaged_quantity=damaged, price=price, amount=_money(quantity * cost), bin_code=bin_code or "",
        ))
    user_id = receipt.posted_by_id or receipt.author_id
    received_by = ""
    if user_id is not None:
        user = session.get(User, user_id)
        received_by = (user.full_name or user.username) if user else ""
    reversal_of = ""
    if receipt.reversal_of_id is not None:
        reversal_of = session.scalar(select(Receipt.number).where(Receipt.id == receipt.reversal_of_id)) or ""
    return ReceiptPrintData(
        number=_display_number(receipt), date=receipt.posted_at or receipt.created_at, state=receipt.state,
        company=get_company(session), supplier_name=supplier.name, supplier_tax_id=supplier.tax_id,
        supplier_address=supplier.address, supplier_document=receipt.supplier_document,
        warehouse_code=warehouse.code, warehouse_name=warehouse.name, purchase_order_number=order_number,
        reversal_of_number=reversal_of, notes=receipt.notes, received_by=received_by, currency=supplier.currency,
        lines=lines, total_quantity=sum((ln.quantity for ln in lines), ZERO),
        total_amount=sum((ln.amount for ln in lines), ZERO),
    )


def _receipts_query(filt: ReceiptFilter):  # type: ignore[no-untyped-def]
    totals = (
        select(
            ReceiptLine.receipt_id.label("receipt_id"),
            func.count(ReceiptLine.id).label("lines"),
            func.sum(ReceiptLine.quantity + ReceiptLine.damaged_quantity).label("qty"),
            func.sum((ReceiptLine.quantity + ReceiptLine.damaged_quantity) * ReceiptLine.unit_cost).label("value"),
        )
        .group_by(ReceiptLine.receipt_id)
        .subquery()
    )
    reversed_ = select(Receipt.reversal_of_id).where(
        Receipt.reversal_of_id.is_not(None), Receipt.state == DocumentState.POSTED.value
    )
    warehouse = Location
    stmt = (
        select(Receipt.id, Receipt.number, Receipt.state, Receipt.created_at, Receipt.posted_at, Supplier.name,
               warehouse.name, PurchaseOrder.number, Receipt.supplier_document, totals.c.lines, totals.c.qty,
               totals.c.value, Receipt.reversal_of_id, Receipt.id.in_(reversed_))
        .join(Supplier, Supplier.id == Receipt.supplier_id)
        .join(warehouse, warehouse.id == Receipt.warehouse_id)
        .outerjoin(PurchaseOrder, PurchaseOrder.id == Receipt.purchase_order_id)
        .outerjoin(totals, totals.c.receipt_id == Receipt.id)
    )
    if filt.state:
        stmt = stmt.where(Receipt.state == filt.state)
    if filt.supplier_id is not None:
        stmt = stmt.where(Receipt.supplier_id == filt.supplier_id)
    if filt.purchase_order_id is not None:
        stmt = stmt.where(Receipt.purchase_order_id == filt.purchase_order_id)
    if filt.date_from is not None:
        stmt = stmt.where(Receipt.created_at >= filt.date_from)
    if filt.date_to is not None:
        stmt = stmt.where(Receipt.created_at < filt.date_to)
    text = filt.text.strip()
    if text:
        like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        stmt = stmt.where(or_(
            Receipt.number.ilike(like, escape="\\"), PurchaseOrder.number.ilike(like, escape="\\"),
            Receipt.supplier_document.ilike(like, escape="\\"), Supplier.name.ilike(like, escape="\\"),
        ))
    return stmt


def list_receipts(session: Session, filt: ReceiptFilter | None = None) -> list[ReceiptListRow]:
    """Receipts newest first, a page at a time (``offset``/``limit`` of the filter)."""
    filt = filt or ReceiptFilter()
    stmt = _receipts_query(filt).order_by(Receipt.created_at.desc(), Receipt.id.desc())
    if filt.offset:
        stmt = stmt.offset(filt.offset)
    if filt.limit is not None:
        stmt = stmt.limit(filt.limit)
    out = []
    for (rid, number, state, created, posted, supplier, wh, po_number, doc, lines, qty, value, rev_of,
         is_reversed) in session.execute(stmt):
        out.append(ReceiptListRow(
            id=rid, number="" if number.startswith(DRAFT_NUMBER_PREFIX) else number, state=state,
            created_at=created, posted_at=posted, supplier_name=supplier, warehouse_name=wh,
            purchase_order_number=po_number or "", supplier_document=doc, lines=lines or 0,
            total_quantity=Decimal(qty or 0), total_value=_money(Decimal(value or 0)), reversal_of_id=rev_of,
            is_reversed=bool(is_reversed),
        ))
    return out


def count_receipts(session: Session, filt: ReceiptFilter | None = None) -> int:
    inner = _receipts_query(filt or ReceiptFilter()).subquery()
    return session.execute(select(func.count()).select_from(inner)).scalar_one()


def list_open_orders_for_intake(session: Session, text: str = "") -> list[OpenOrderRow]:
    """Orders goods can be received against (approved, sent, partially received), soonest
    expected first; ``text`` matches the order number or the supplier's name (any case,
    Cyrillic too)."""
    rows = session.execute(
        select(PurchaseOrder.id, PurchaseOrder.number, PurchaseOrder.state, PurchaseOrder.supplier_id, Supplier.name,
               PurchaseOrder.expected_date, func.count(PurchaseOrderLine.id),
               func.coalesce(func.sum(PurchaseOrderLine.quantity), 0),
               func.coalesce(func.sum(PurchaseOrderLine.received_quantity), 0),
               func.coalesce(func.sum(case(
                   (PurchaseOrderLine.quantity > PurchaseOrderLine.received_quantity,
                    PurchaseOrderLine.quantity - PurchaseOrderLine.received_quantity),
                   else_=0,
               )), 0))
        .join(Supplier, Supplier.id == PurchaseOrder.supplier_id)
        .outerjoin(PurchaseOrderLine, PurchaseOrderLine.order_id == PurchaseOrder.id)
        .where(PurchaseOrder.state.in_(RECEIVABLE_ORDER_STATES))
        .group_by(PurchaseOrder.id, PurchaseOrder.number, PurchaseOrder.state, PurchaseOrder.supplier_id,
                  Supplier.name, PurchaseOrder.expected_date)
        .order_by(PurchaseOrder.expected_date.is_(None), PurchaseOrder.expected_date, PurchaseOrder.number)
    ).all()
    # Open orders are few; folding case in Python matches Cyrillic on SQLite too.
    words = text.casefold().replace("ё", "е").split()
    out = []
    for oid, number, state, sid, sname, expected, nlines, ordered, received, outstanding in rows:
        hay = f"{number} {sname}".casefold().replace("ё", "е")
        if any(w not in hay for w in words):
            continue
        out.append(OpenOrderRow(
            id=oid, number=number, state=state, supplier_id=sid, supplier_name=sname, expected_date=expected,
            lines=nlines, ordered_quantity=Decimal(ordered), received_quantity=Decimal(received),
            outstanding_quantity=Decimal(outstanding),
        ))
    return out


def receipt_scans(session: Session, receipt_id: int, limit: int = 50) -> list[tuple[datetime, str, str, Decimal]]:
    """The latest scans of a receipt (time, code, outcome, quantity), newest first: the scan log."""
    return [
        (at, code, outcome, Decimal(qty))
        for at, code, outcome, qty in session.execute(
            select(ReceiptScan.scanned_at, ReceiptScan.code, ReceiptScan.outcome, ReceiptScan.quantity)
            .where(ReceiptScan.receipt_id == receipt_id)
            .order_by(ReceiptScan.id.desc())
            .limit(limit)
        )
    ]


# --- photos of damage ---------------------------------------------------------------------------

#: Largest file accepted as a photo of damage or of a delivery note (a phone photo is a few MB).
DAMAGE_PHOTO_MAX_BYTES = 30 * 1024 * 1024
#: Longest side of the stored photo, in pixels.
DAMAGE_PHOTO_MAX_SIDE = 1600
DAMAGE_PHOTO_QUALITY = 85


def _normalised_photo(data: bytes) -> bytes:
    """The photo checked and re-encoded: EXIF orientation applied, RGB, at most
    :data:`DAMAGE_PHOTO_MAX_SIDE` px, JPEG quality 85, no metadata (EXIF, GPS, ICC).

    Pillow's decompression-bomb limit stays as it is: an image with more pixels than
    ``Image.MAX_IMAGE_PIXELS`` is refused, not decoded.
    """
    from io import BytesIO

    from PIL import Image, ImageOps, UnidentifiedImageError

    if not data:
        raise ValidationError("The photo file is empty.")
    if len(data) > DAMAGE_PHOTO_MAX_BYTES:
        raise ValidationError("The photo is too large ({size} MB); the limit is {limit} MB.",
                              size=round(len(data) / 1024 / 1024, 1), limit=DAMAGE_PHOTO_MAX_BYTES // 1024 // 1024)

    def too_big(width: int, height: int) -> ValidationError:
        return ValidationError(
            "The picture is too large to open safely ({width}×{height} pixels); it may be a decompression bomb.",
            width=width, height=height,
        )

    try:
        with Image.open(BytesIO(data)) as probe:
            width, height = probe.size
            limit = Image.MAX_IMAGE_PIXELS
            if limit is not None and width * height > limit:
                raise too_big(width, height)
            probe.verify()
        with Image.open(BytesIO(data)) as image:
            image.load()
            image = ImageOps.exif_transpose(image)
            if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
                rgba = image.convert("RGBA")
                image = Image.new("RGB", rgba.size, (255, 255, 255))
                image.paste(rgba, mask=rgba.getchannel("A"))
            elif image.mode.startswith("I;16") or image.mode in ("I", "F"):
                image = image.convert("I").point(lambda v: v / 256).convert("L").convert("RGB")
            else:
                image = image.convert("RGB")
            image.thumbnail((DAMAGE_PHOTO_MAX_SIDE, DAMAGE_PHOTO_MAX_SIDE), Image.Resampling.LANCZOS)
            # A fresh image: nothing of the original's metadata travels along.
            clean = Image.new("RGB", image.size)
            clean.paste(image)
    except Image.DecompressionBombError:
        raise ValidationError("The picture is too large to open safely; it may be a decompression bomb.") from None
    except UnidentifiedImageError:
        raise ValidationError("The file is not a picture (JPEG, PNG, WebP, GIF, TIFF…).") from None
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        raise ValidationError("The picture is damaged or incomplete and can't be read: {detail}",
                              detail=str(exc) or type(exc).__name__) from None
    out = BytesIO()
    clean.save(out, "JPEG", quality=DAMAGE_PHOTO_QUALITY, optimize=True)
    return out.getvalue()


def store_damage_photo(session: Session, actor: Actor, data: bytes) -> str:
    """Check and store a photo of damaged goods (or of the delivery note); returns the
    sha256 of the stored JPEG, to pass to :func:`set_line_damage`.

    Refuses what isn't a picture, truncated or damaged files and decompression bombs
    (nothing is written). The stored photo is normalised (see :func:`_normalised_photo`)
    and content-addressed: the same photo stored twice is one blob.
    """
    import hashlib

    from sqlalchemy.exc import IntegrityError

    require(actor, Permission.RECEIVE_GOODS)
    jpeg = _normalised_photo(bytes(data))
    sha = hashlib.sha256(jpeg).hexdigest()
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == sha)) is None:
        try:
            with session.begin_nested():
                session.add(Blob(sha256=sha, mime_type="image/jpeg", size=len(jpeg), data=jpeg))
        except IntegrityError:
            pass  # another workstation stored the same photo meanwhile
    return sha
