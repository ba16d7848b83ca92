"""Website orders from the shop's order export: preview, a report, then apply in one go.

The wizard in Reports and ``backoffice sales import`` go the same way as price lists:

1. :func:`preview_file` (no database) with the source's :func:`saved_mapping`;
2. :func:`analyse_sales` reads and checks the whole file, finds our products by SKU or
   barcode and compares each order with the one stored under the same number: new,
   updated (status, lines, customer changed) or unchanged. It writes nothing;
3. :func:`apply_sales` writes the report in the caller's transaction: orders are keyed
   by (source, number), so importing the same file again changes nothing and a newer
   export updates what changed (a cancelled order becomes cancelled). The report tables
   are refreshed for exactly those orders in the same transaction.

**Cost of goods.** A line of an order that has shipped (shipped, completed, returned)
gets the product's weighted average cost at the moment the order was placed, taken
from the stock ledger: the value of the stock in storage divided by its quantity just
before that moment (each receipt moves the average; goods leave at the average, so
the ratio is the average then). The export has no shipping time and shops ship within
days, so the order's time stands for it. When the ledger had no stock of the product
then, the unit cost of its last receipt before that moment is used; when it had none
before, the product's current average cost. Lines of orders not shipped yet keep no
cost (the reports value them at the current average until they ship), and a line
without a product of ours has none either.

Orders in new or processing state reserve stock: their products are put in the sync
outbox when such an order is created or changes state.
"""

from __future__ import annotations

import bisect
import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from ..errors import ValidationError
from ..exports.order_export_reader import (
    SALES_FIELD_TITLES,
    OrderExportPreview,
    OrderLineRow,
    ParsedOrderExport,
    RowError,
    SalesField,
    SalesMapping,
    SalesTable,
    SkippedRow,
    preview,
    read_order_export,
)
from ..exports.pricelist_reader import Progress
from ..models import (
    OPEN_STATUSES,
    STORAGE_KINDS,
    Location,
    Product,
    ProductBarcode,
    SalesOrder,
    SalesOrderLine,
    SalesOrderStatus,
    Setting,
    StockMove,
    utcnow,
)
from . import audit, outbox
from .barcodes import gtin_variants
from .permissions import Actor, Permission, require
from .reports import summary
from .reports.zones import shop_zone
from .settings import get_setting

__all__ = [
    "SALES_FIELD_TITLES", "DEFAULT_SOURCE", "ImportedLine", "ImportedOrder", "OrderChange", "PlannedOrder",
    "SalesField", "SalesImportReport", "SalesImportResult", "SalesMapping", "UnknownProduct", "analyse_sales",
    "apply_sales", "average_costs_at", "known_sources", "preview_file", "saved_mapping",
]

MAPPINGS_SETTING = "sales.import_mappings"
#: The website's orders: the source the shop sync will use too, so both meet on the number.
DEFAULT_SOURCE = "website"
MAX_SOURCE_CHARS = 64
CHUNK = 500
#: States whose lines have left the warehouse and carry their cost of goods.
SHIPPED_STATUSES = frozenset({SalesOrderStatus.SHIPPED, SalesOrderStatus.COMPLETED, SalesOrderStatus.RETURNED})
#: The state of an order when the export has no status column.
DEFAULT_STATUS = SalesOrderStatus.COMPLETED
COST_PLACES = Decimal("0.0001")
_IMPORT_LOCK_KEY = 0x53414C4553  # "SALES"

T = TypeVar("T")


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# --- sources and their mappings ---------------------------------------------------------------

def _source(name: str) -> str:
    source = " ".join(name.split())
    if not source:
        raise ValidationError("Name the source of the orders (for example, website).")
    if len(source) > MAX_SOURCE_CHARS:
        raise ValidationError("A source name has at most {limit} characters.", limit=MAX_SOURCE_CHARS)
    return source


def _mappings(session: Session) -> dict[str, Any]:
    stored = get_setting(session, MAPPINGS_SETTING)
    return dict(stored) if isinstance(stored, dict) else {}


def saved_mapping(session: Session, source: str) -> SalesMapping | None:
    """The columns remembered from this source's last import, if any."""
    stored = _mappings(session).get(_source(source))
    return SalesMapping.from_json(stored) if stored else None


def known_sources(session: Session) -> list[str]:
    """Sources to offer: the website, those with a saved mapping, those with orders."""
    found = {DEFAULT_SOURCE, *_mappings(session)}
    found.update(session.scalars(select(SalesOrder.source).distinct()))
    return sorted(found, key=lambda s: (s != DEFAULT_SOURCE, s.casefold()))


def preview_file(path: Path, mapping: SalesMapping | None = None) -> OrderExportPreview:
    """Sheets, their first rows and the mapping for the dialog (reads the file only)."""
    return preview(path, mapping)


# --- the report -------------------------------------------------------------------------------

class OrderChange(enum.StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ImportedLine:
    row: int
    product_id: int | None
    sku: str
    name: str
    quantity: Decimal
    unit_price: Decimal
    discount: Decimal
    line_total: Decimal
    return_reason: str

    def key(self) -> tuple[Any, ...]:
        return (self.product_id or 0, self.sku, self.name, self.quantity, self.unit_price, self.discount,
                self.line_total, self.return_reason)


@dataclass(frozen=True)
class ImportedOrder:
    """An order as the file has it; ``ordered_at`` in UTC."""

    number: str
    sheet: str
    first_row: int
    ordered_at: datetime
    status: SalesOrderStatus
    customer_name: str
    customer_email: str
    lines: tuple[ImportedLine, ...]

    @property
    def total(self) -> Decimal:
        return sum((line.line_total for line in self.lines), Decimal(0))

    def key(self) -> tuple[Any, ...]:
        return (self.ordered_at, self.status.value, self.customer_name, self.customer_email,
                sorted(line.key() for line in self.lines))


@dataclass(frozen=True)
class PlannedOrder:
    order: ImportedOrder
    change: OrderChange
    #: The stored order with this number; None for a new one.
    existing_id: int | None
    #: Its stored status (None for a new order): "processing → cancelled" in the report.
    old_status: str | None


@dataclass(frozen=True)
class UnknownProduct:
    """A SKU (or barcode) in the file that none of our products has: its lines are
    imported without a product (revenue without cost of goods)."""

    sku: str
    name: str
    lines: int
    first_row: int


@dataclass(frozen=True)
class SalesImportReport:
    """Everything the file would change, computed without writing; what apply takes."""

    source: str
    file: str
    mapping: SalesMapping
    tables: tuple[SalesTable, ...]
    day_first: bool
    orders: tuple[PlannedOrder, ...]
    errors: tuple[RowError, ...]
    skipped: tuple[SkippedRow, ...]
    unknown: tuple[UnknownProduct, ...]
    lines_read: int

    def _by(self, change: OrderChange) -> tuple[PlannedOrder, ...]:
        return tuple(p for p in self.orders if p.change is change)

    @property
    def new(self) -> tuple[PlannedOrder, ...]:
        return self._by(OrderChange.NEW)

    @property
    def updated(self) -> tuple[PlannedOrder, ...]:
        return self._by(OrderChange.UPDATED)

    @property
    def unchanged(self) -> tuple[PlannedOrder, ...]:
        return self._by(OrderChange.UNCHANGED)

    @property
    def error_rows(self) -> int:
        return len({(e.sheet, e.row) for e in self.errors})

    @property
    def error_orders(self) -> frozenset[str]:
        """Orders with a line in error: left out whole when the rest is imported."""
        return frozenset(e.key for e in self.errors if e.key)

    @property
    def revenue(self) -> Decimal:
        """The line totals of the file's orders that count (not cancelled, not returned)."""
        counted = (SalesOrderStatus.CANCELLED, SalesOrderStatus.RETURNED)
        return sum((p.order.total for p in self.orders if p.order.status not in counted), Decimal(0))

    def count(self, status: SalesOrderStatus) -> int:
        return sum(1 for p in self.orders if p.order.status is status)

    @property
    def return_lines(self) -> int:
        return sum(1 for p in self.orders for line in p.order.lines if line.quantity < 0)


def _products_by_sku(session: Session, skus: Iterable[str]) -> dict[str, int]:
    """Our products per SKU: as written, else ignoring case (our SKUs are unique)."""
    wanted = sorted(set(skus))
    found: dict[str, int] = {}
    for chunk in _chunks(wanted):
        found.update((sku, pid) for sku, pid in session.execute(
            select(Product.sku, Product.id).where(Product.sku.in_(chunk))))
    missing = {s.casefold(): s for s in wanted if s not in found}
    if missing:
        for sku, pid in session.execute(select(Product.sku, Product.id)):
            if sku.casefold() in missing:
                found[missing[sku.casefold()]] = pid
    return found


def _products_by_barcode(session: Session, codes: Iterable[str]) -> dict[str, int]:
    """Our product per code, trying every GTIN spelling (a number cell loses leading zeros);
    a code that names two products names none."""
    spellings: dict[str, set[str]] = defaultdict(set)
    for code in set(codes):
        for variant in gtin_variants(code):
            spellings[variant].add(code)
    hits: dict[str, set[int]] = defaultdict(set)
    for chunk in _chunks(sorted(spellings)):
        for barcode, pid in session.execute(
            select(ProductBarcode.barcode, ProductBarcode.product_id).where(ProductBarcode.barcode.in_(chunk))
        ):
            for code in spellings[barcode]:
                hits[code].add(pid)
    return {code: next(iter(pids)) for code, pids in hits.items() if len(pids) == 1}


def _match_products(session: Session, rows: Sequence[OrderLineRow]) -> dict[int, int]:
    """Each line's product (by its row number): the SKU, else a barcode, else the SKU read as a barcode."""
    by_sku = _products_by_sku(session, (r.sku for r in rows if r.sku))
    codes = {code for r in rows if r.sku not in by_sku for code in (*r.barcodes, r.sku) if code}
    by_code = _products_by_barcode(session, codes)
    found: dict[int, int] = {}
    for r in rows:
        pid = by_sku.get(r.sku) if r.sku else None
        pid = pid or next((by_code[c] for c in (*r.barcodes, r.sku) if c in by_code), None)
        if pid:
            found[r.row] = pid
    return found


def _to_utc(moment: datetime, zone: Any) -> datetime:
    """A time from the file: naive ones are the shop's local time."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(timezone.utc)


def _orders(parsed: ParsedOrderExport, products: dict[int, int], zone: Any) -> list[ImportedOrder]:
    by_number: dict[str, list[OrderLineRow]] = defaultdict(list)
    for row in parsed.rows:
        by_number[row.order].append(row)
    orders = []
    for number, rows in by_number.items():
        first = rows[0]
        status = next((r.status for r in rows if r.status is not None), None) or DEFAULT_STATUS
        lines = tuple(
            ImportedLine(r.row, products.get(r.row), r.sku or r.barcodes[0], r.name, r.quantity, r.unit_price,
                         r.discount, r.line_total,
                         r.return_reason if r.quantity < 0 or status is SalesOrderStatus.RETURNED else "")
            for r in rows
        )
        orders.append(ImportedOrder(number, first.sheet, first.row, _to_utc(first.ordered_at, zone), status,
                                    first.customer, first.email, lines))
    return orders


def _stored(session: Session, source: str, numbers: Sequence[str]) -> dict[str, tuple[int, str, tuple[Any, ...]]]:
    """The stored orders with these numbers: number → (id, status, comparison key)."""
    found: dict[str, tuple[int, str, tuple[Any, ...]]] = {}
    for chunk in _chunks(sorted(numbers)):
        heads = session.execute(
            select(SalesOrder.id, SalesOrder.number, SalesOrder.status, SalesOrder.ordered_at,
                   SalesOrder.customer_name, SalesOrder.customer_email)
            .where(SalesOrder.source == source, SalesOrder.number.in_(chunk))
        ).all()
        lines: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
        for line in session.execute(
            select(SalesOrderLine.order_id, SalesOrderLine.product_id, SalesOrderLine.sku, SalesOrderLine.name,
                   SalesOrderLine.quantity, SalesOrderLine.unit_price, SalesOrderLine.discount,
                   SalesOrderLine.line_total, SalesOrderLine.return_reason)
            .where(SalesOrderLine.order_id.in_([h.id for h in heads]))
        ):
            lines[line[0]].append((line[1] or 0, *line[2:]))
        for h in heads:
            found[h.number] = (h.id, h.status, (h.ordered_at, h.status, h.customer_name, h.customer_email,
                                                sorted(lines[h.id])))
    return found


def _plan(session: Session, source: str, orders: Sequence[ImportedOrder]) -> list[PlannedOrder]:
    stored = _stored(session, source, [o.number for o in orders])
    planned = []
    for order in orders:
        if order.number not in stored:
            planned.append(PlannedOrder(order, OrderChange.NEW, None, None))
            continue
        order_id, status, key = stored[order.number]
        change = OrderChange.UNCHANGED if key == order.key() else OrderChange.UPDATED
        planned.append(PlannedOrder(order, change, order_id, status))
    return planned


def _unknown(orders: Sequence[ImportedOrder]) -> list[UnknownProduct]:
    seen: dict[str, list[ImportedLine]] = defaultdict(list)
    for order in orders:
        for line in order.lines:
            if line.product_id is None:
                seen[line.sku].append(line)
    return sorted((UnknownProduct(sku, lines[0].name, len(lines), min(line.row for line in lines))
                   for sku, lines in seen.items()), key=lambda u: u.first_row)


def analyse_sales(
    session: Session, source: str, path: Path, mapping: SalesMapping | None = None,
    progress: Progress | None = None,
) -> SalesImportReport:
    """Read, check and compare the whole file with the stored orders; write nothing.

    Without a mapping, the source's saved one is used, else the header is detected.
    ``progress(done, total)`` may raise to cancel. Raises :class:`ValidationError` when
    the file can't be read as an order export at all.
    """
    source = _source(source)
    if mapping is None:
        mapping = saved_mapping(session, source)

    def reading(done: int, total: int) -> None:
        if progress is not None:
            progress(done * 80 // max(total, 1), 100)

    parsed = read_order_export(path, mapping, reading)
    orders = _orders(parsed, _match_products(session, parsed.rows), shop_zone(session))
    planned = _plan(session, source, orders)
    if progress is not None:
        progress(100, 100)
    return SalesImportReport(
        source=source, file=parsed.file, mapping=parsed.mapping, tables=parsed.tables, day_first=parsed.day_first,
        orders=tuple(planned), errors=parsed.errors, skipped=parsed.skipped, unknown=tuple(_unknown(orders)),
        lines_read=len(parsed.rows),
    )


# --- cost of goods --------------------------------------------------------------------------

def average_costs_at(session: Session, wanted: dict[int, set[datetime]]) -> dict[tuple[int, datetime], Decimal | None]:
    """Each product's weighted average cost at each of the given moments, from the ledger
    (see the module's note); None for a product that has no cost at all."""
    source, target = aliased(Location), aliased(Location)
    kinds = [k.value for k in STORAGE_KINDS]
    into, out = target.kind.in_(kinds), source.kind.in_(kinds)
    result: dict[tuple[int, datetime], Decimal | None] = {}
    ids = sorted(wanted)
    current: dict[int, Decimal] = {}
    for chunk in _chunks(ids):
        current.update((pid, cost) for pid, cost in session.execute(
            select(Product.id, Product.average_cost).where(Product.id.in_(chunk))))
        history: dict[int, list[tuple[datetime, Decimal, Decimal | None, Decimal]]] = defaultdict(list)
        qty = value = Decimal(0)
        last_pid = None
        last_receipt: Decimal | None = None
        for pid, moment, quantity, unit_cost, incoming, from_outside in session.execute(
            select(StockMove.product_id, StockMove.created_at, StockMove.quantity, StockMove.unit_cost, into,
                   source.kind.notin_(kinds))
            .join(source, source.id == StockMove.from_location_id)
            .join(target, target.id == StockMove.to_location_id)
            .where(StockMove.product_id.in_(chunk), into != out)
            .order_by(StockMove.product_id, StockMove.created_at, StockMove.id)
        ):
            if pid != last_pid:
                qty = value = Decimal(0)
                last_pid, last_receipt = pid, None
            sign = 1 if incoming else -1
            qty += sign * quantity
            value += sign * quantity * unit_cost
            if incoming and from_outside:
                last_receipt = unit_cost
            history[pid].append((moment, qty, last_receipt, value))
        for pid in chunk:
            steps = history.get(pid, [])
            times = [s[0] for s in steps]
            for moment in wanted[pid]:
                at = bisect.bisect_left(times, moment) - 1  # moves strictly before the order
                cost: Decimal | None
                if at < 0:
                    cost = current.get(pid) or None
                else:
                    _t, on_hand, receipt, stock_value = steps[at]
                    cost = stock_value / on_hand if on_hand > 0 else receipt
                result[(pid, moment)] = None if cost is None else cost.quantize(COST_PLACES, ROUND_HALF_UP)
    return result


# --- applying -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SalesImportResult:
    """What an import wrote, for the message after it."""

    created: int
    updated: int
    unchanged: int
    #: Orders left out because a line of theirs had an error.
    left_out: int
    lines_written: int
    #: Products put in the sync outbox (their reservations changed).
    products_marked: int
    order_ids: tuple[int, ...]


def _remember_mapping(session: Session, actor: Actor, source: str, mapping: SalesMapping) -> None:
    mappings = _mappings(session)
    if mappings.get(source) == mapping.to_json():
        return
    mappings[source] = mapping.to_json()
    row = session.get(Setting, MAPPINGS_SETTING)
    if row is None:
        session.add(Setting(key=MAPPINGS_SETTING, value=mappings, updated_by_id=actor.user_id))
    else:
        row.value = mappings
        row.updated_by_id = actor.user_id


def _line_rows(order: ImportedOrder, costs: dict[tuple[int, datetime], Decimal | None]) -> list[dict[str, Any]]:
    """The order's lines as rows to insert (every key in every row: one executemany)."""
    shipped = order.status in SHIPPED_STATUSES
    return [
        {"product_id": line.product_id, "sku": line.sku, "name": line.name, "quantity": line.quantity,
         "unit_price": line.unit_price, "discount": line.discount, "line_total": line.line_total,
         "unit_cost": costs.get((line.product_id, order.ordered_at)) if shipped and line.product_id else None,
         "return_reason": line.return_reason}
        for line in order.lines
    ]


def apply_sales(session: Session, actor: Actor, report: SalesImportReport,
                skip_error_orders: bool = False) -> SalesImportResult:
    """Write the report in the caller's transaction (all or nothing).

    Orders are compared again with the store as it is now, so a report analysed before
    someone else's import still changes nothing twice. A report with errors is refused
    unless ``skip_error_orders``: then every order with a line in error is left out whole.
    """
    require(actor, Permission.IMPORT_SALES)
    if report.errors and not skip_error_orders:
        raise ValidationError(
            "The order export {file} has {count} rows with errors; correct them in the file and import it again, "
            "or leave those orders out.", file=report.file, count=report.error_rows)
    if session.get_bind().dialect.name == "postgresql":
        # One import at a time: the second one then finds the first one's orders and changes nothing twice.
        session.execute(select(func.pg_advisory_xact_lock(_IMPORT_LOCK_KEY)))
    left_out = report.error_orders
    orders = [p.order for p in report.orders if p.order.number not in left_out]
    planned = _plan(session, report.source, orders)
    changing = [p for p in planned if p.change is not OrderChange.UNCHANGED]
    wanted: dict[int, set[datetime]] = defaultdict(set)
    for p in changing:
        if p.order.status in SHIPPED_STATUSES:
            for line in p.order.lines:
                if line.product_id:
                    wanted[line.product_id].add(p.order.ordered_at)
    costs = average_costs_at(session, wanted)
    open_states = {s.value for s in OPEN_STATUSES}
    reserving: set[int] = set()
    touched: list[int] = []
    line_rows: list[dict[str, Any]] = []
    now = utcnow()

    def head(order: ImportedOrder) -> dict[str, Any]:
        return {"status": order.status.value, "ordered_at": order.ordered_at, "customer_name": order.customer_name,
                "customer_email": order.customer_email, "total": order.total, "updated_at": now}

    # New orders in a few statements (Core: a file may hold tens of thousands of lines).
    created = [p.order for p in changing if p.existing_id is None]
    for chunk in _chunks(created):
        ids = session.execute(
            insert(SalesOrder.__table__).returning(SalesOrder.__table__.c.id, sort_by_parameter_order=True),
            [{"source": report.source, "number": order.number, **head(order)} for order in chunk],
        ).scalars().all()
        for order_id, order in zip(ids, chunk, strict=True):
            line_rows += [{"order_id": order_id, **row} for row in _line_rows(order, costs)]
        touched += ids
    updated = [p for p in changing if p.existing_id is not None]
    for chunk in _chunks([p.existing_id for p in updated]):
        reserving.update(session.scalars(  # lines that reserved stock until now
            select(SalesOrderLine.product_id).join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
            .where(SalesOrderLine.order_id.in_(chunk), SalesOrderLine.product_id.is_not(None),
                   SalesOrder.status.in_(open_states))))
        session.execute(delete(SalesOrderLine).where(SalesOrderLine.order_id.in_(chunk)))
    for p in updated:
        assert p.existing_id is not None
        if p.old_status != p.order.status.value:
            audit.record(session, actor, "update", "sales_order", p.existing_id, "status", p.old_status,
                         p.order.status.value, document_number=p.order.number)
        line_rows += [{"order_id": p.existing_id, **row} for row in _line_rows(p.order, costs)]
        touched.append(p.existing_id)
    if updated:
        session.execute(update(SalesOrder), [{"id": p.existing_id, **head(p.order)} for p in updated])
    for chunk in _chunks(line_rows, 5000):
        session.execute(insert(SalesOrderLine.__table__), list(chunk))
    for p in changing:
        if p.order.status.value in open_states:
            reserving.update(line.product_id for line in p.order.lines if line.product_id)
    lines_written = len(line_rows)
    summary.refresh_orders(session, touched)
    outbox.mark_products(session, reserving, "reservation")
    _remember_mapping(session, actor, report.source, report.mapping)
    result = SalesImportResult(
        created=sum(1 for p in changing if p.existing_id is None),
        updated=sum(1 for p in changing if p.existing_id is not None),
        unchanged=len(planned) - len(changing), left_out=len(left_out), lines_written=lines_written,
        products_marked=len(reserving), order_ids=tuple(touched),
    )
    audit.record(session, actor, "import", "sales_orders", None, "file", None,
                 f"{report.source}: {report.file}: {result.created} new orders, {result.updated} updated, "
                 f"{result.unchanged} unchanged, {result.left_out} left out")
    session.flush()
    session.expire_all()  # orders and lines were written past the ORM
    return result

