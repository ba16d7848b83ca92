"""The stock ledger: posting moves, keeping levels in step, proving they agree.

Every move has both ends (virtual locations stand for supplier, customer, inventory
and scrap). Levels change with one atomic ``UPDATE ... SET quantity = quantity + x``
in the same transaction as the move, so concurrent postings add up on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, func, select, tuple_, union_all, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import STORAGE_KINDS, Location, LocationKind, Product, StockLevel, StockMove
from . import outbox
from .permissions import Actor
from .reports import stock_summary
from .settings import get_setting

#: Codes of the virtual locations every store has.
VIRTUAL_LOCATIONS = {
    LocationKind.SUPPLIER: ("VIRT-SUPPLIER", "Suppliers"),
    LocationKind.CUSTOMER: ("VIRT-CUSTOMER", "Customers"),
    LocationKind.INVENTORY: ("VIRT-INVENTORY", "Inventory gain/loss"),
    LocationKind.SCRAP: ("VIRT-SCRAP", "Scrap"),
}


def ensure_virtual_locations(session: Session) -> dict[LocationKind, int]:
    """Create the virtual locations if missing; return their ids by kind."""
    found: dict[LocationKind, int] = {}
    for kind, (code, name) in VIRTUAL_LOCATIONS.items():
        loc_id = session.scalar(select(Location.id).where(Location.code == code))
        if loc_id is None:
            loc = Location(code=code, name=name, kind=kind.value)
            session.add(loc)
            session.flush()
            loc_id = loc.id
        found[kind] = loc_id
    return found


def virtual_location(session: Session, kind: LocationKind) -> int:
    return ensure_virtual_locations(session)[kind]


@dataclass(frozen=True)
class MoveRequest:
    product_id: int
    quantity: Decimal
    from_location_id: int
    to_location_id: int
    unit_cost: Decimal = Decimal(0)
    reason: str = ""


def _storage_ids(session: Session, ids: set[int]) -> set[int]:
    rows = session.execute(
        select(Location.id).where(Location.id.in_(ids), Location.kind.in_([k.value for k in STORAGE_KINDS]))
    )
    return {r[0] for r in rows}


def _add_to_levels(session: Session, deltas: dict[tuple[int, int], Decimal]) -> None:
    """Add each delta to its (product, location) level in one batch (executemany).

    Keys go in sorted order, so concurrent postings on PostgreSQL lock rows in the same
    order (no deadlock); ``quantity = quantity + delta`` makes them add up (no lost update).
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(StockLevel)
    stmt = stmt.on_conflict_do_update(
        index_elements=[StockLevel.product_id, StockLevel.location_id],
        set_={"quantity": StockLevel.quantity + stmt.excluded.quantity},
    )
    rows = [{"product_id": p, "location_id": loc, "quantity": deltas[(p, loc)]} for p, loc in sorted(deltas)]
    session.execute(stmt, rows)


def _levels(session: Session, keys: list[tuple[int, int]]) -> dict[tuple[int, int], Decimal]:
    found: dict[tuple[int, int], Decimal] = {}
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        rows = session.execute(
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity).where(
                tuple_(StockLevel.product_id, StockLevel.location_id).in_(chunk)
            )
        )
        found.update({(pid, loc): Decimal(qty) for pid, loc, qty in rows})
    return found


def post_moves(
    session: Session,
    actor: Actor | None,
    moves: list[MoveRequest],
    document_type: str,
    document_id: int | None = None,
    document_number: str = "",
) -> list[int]:
    """Post moves to the ledger and update levels; refuse negative stock unless allowed.

    The caller checks permissions for the document it posts; this function is the
    ledger's single writer and returns the new move ids. The moves of one document
    are written together: one batch of ledger rows, one upsert per level touched.
    """
    if not moves:
        return []
    for move in moves:
        if move.quantity <= 0:
            raise ValidationError("A stock move needs a positive quantity, got {quantity}.", quantity=move.quantity)
        if move.from_location_id == move.to_location_id:
            raise ValidationError("A stock move needs two different locations.")
    allow_negative = bool(get_setting(session, "stock.allow_negative"))
    locations = {m.from_location_id for m in moves} | {m.to_location_id for m in moves}
    storage = _storage_ids(session, locations)
    user_id = actor.user_id if actor else None
    rows = [
        StockMove(
            product_id=move.product_id,
            quantity=move.quantity,
            from_location_id=move.from_location_id,
            to_location_id=move.to_location_id,
            unit_cost=move.unit_cost,
            document_type=document_type,
            document_id=document_id,
            document_number=document_number,
            reason=move.reason,
            user_id=user_id,
        )
        for move in moves
    ]
    session.add_all(rows)
    deltas: dict[tuple[int, int], Decimal] = {}
    taken: dict[tuple[int, int], Decimal] = {}
    for move in moves:
        if move.to_location_id in storage:
            key = (move.product_id, move.to_location_id)
            deltas[key] = deltas.get(key, Decimal(0)) + move.quantity
        if move.from_location_id in storage:
            key = (move.product_id, move.from_location_id)
            deltas[key] = deltas.get(key, Decimal(0)) - move.quantity
            taken[key] = taken.get(key, Decimal(0)) + move.quantity
    session.flush()
    _add_to_levels(session, deltas)
    stock_summary.record_moves(session, rows)
    if not allow_negative and taken:
        levels = _levels(session, sorted(taken))
        for key in sorted(taken):
            if levels[key] < 0:
                sku = session.scalar(select(Product.sku).where(Product.id == key[0]))
                code = session.scalar(select(Location.code).where(Location.id == key[1]))
                raise ValidationError(
                    "Not enough stock of {sku} in {location}: {on_hand} on hand, {needed} needed.",
                    sku=sku, location=code, on_hand=levels[key] - deltas[key], needed=taken[key],
                )
    outbox.mark_products(session, {m.product_id for m in moves}, document_type)
    return [row.id for row in rows]


@dataclass(frozen=True)
class LevelDiscrepancy:
    product_id: int
    location_id: int
    level: Decimal
    ledger: Decimal


def ledger_balances(session: Session) -> dict[tuple[int, int], Decimal]:
    """On hand per (product, storage location), summed from the ledger."""
    storage = select(Location.id).where(Location.kind.in_([k.value for k in STORAGE_KINDS]))
    balances: dict[tuple[int, int], Decimal] = {}
    incoming = (
        select(StockMove.product_id, StockMove.to_location_id, func.sum(StockMove.quantity))
        .where(StockMove.to_location_id.in_(storage))
        .group_by(StockMove.product_id, StockMove.to_location_id)
    )
    outgoing = (
        select(StockMove.product_id, StockMove.from_location_id, func.sum(StockMove.quantity))
        .where(StockMove.from_location_id.in_(storage))
        .group_by(StockMove.product_id, StockMove.from_location_id)
    )
    for pid, loc, qty in session.execute(incoming):
        balances[(pid, loc)] = balances.get((pid, loc), Decimal(0)) + Decimal(qty)
    for pid, loc, qty in session.execute(outgoing):
        balances[(pid, loc)] = balances.get((pid, loc), Decimal(0)) - Decimal(qty)
    return balances


def check_levels(session: Session, fix: bool = False) -> list[LevelDiscrepancy]:
    """Compare the level table with the ledger; with ``fix``, rewrite levels from the ledger."""
    ledger = ledger_balances(session)
    levels = {
        (pid, loc): Decimal(qty)
        for pid, loc, qty in session.execute(
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity)
        )
    }
    found = []
    for key in sorted(set(ledger) | set(levels)):
        want, have = ledger.get(key, Decimal(0)), levels.get(key, Decimal(0))
        if want != have:
            found.append(LevelDiscrepancy(key[0], key[1], have, want))
    if fix:
        for d in found:
            if (d.product_id, d.location_id) in levels:
                session.execute(
                    update(StockLevel)
                    .where(StockLevel.product_id == d.product_id, StockLevel.location_id == d.location_id)
                    .values(quantity=d.ledger)
                )
            else:
                session.add(StockLevel(product_id=d.product_id, location_id=d.location_id, quantity=d.ledger))
    return found


def on_hand(session: Session, product_id: int) -> Decimal:
    total = session.scalar(
        select(func.coalesce(func.sum(StockLevel.quantity), 0))
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.product_id == product_id, Location.kind == LocationKind.BIN.value)
    )
    return Decimal(total)


def available_to_sell(session: Session, product_ids: list[int]) -> dict[int, Decimal]:
    """On hand in bins − reserved by open orders (+ supplier stock where allowed), per product.

    This is what the website gets; never below zero.
    """
    from ..models import SalesOrderLine, SupplierOffer

    if not product_ids:
        return {}
    result = {pid: Decimal(0) for pid in product_ids}
    for pid, qty in session.execute(
        select(StockLevel.product_id, func.sum(StockLevel.quantity))
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.product_id.in_(product_ids), Location.kind == LocationKind.BIN.value)
        .group_by(StockLevel.product_id)
    ):
        result[pid] += Decimal(qty)
    for pid, qty in session.execute(
        select(SalesOrderLine.product_id, func.sum(SalesOrderLine.quantity))
        .where(SalesOrderLine.product_id.in_(product_ids), SalesOrderLine.order_id.in_(_open_order_ids()))
        .group_by(SalesOrderLine.product_id)
    ):
        result[pid] -= Decimal(qty)
    for pid, qty in session.execute(
        select(SupplierOffer.product_id, func.max(SupplierOffer.stock_qty))
        .join(Product, Product.id == SupplierOffer.product_id)
        .where(
            SupplierOffer.product_id.in_(product_ids),
            Product.sell_from_supplier_stock.is_(True),
            SupplierOffer.stock_qty.is_not(None),
        )
        .group_by(SupplierOffer.product_id)
    ):
        result[pid] += Decimal(qty or 0)
    return {pid: max(qty, Decimal(0)) for pid, qty in result.items()}


def _open_order_ids() -> Select:
    """The ids of open orders, as a subquery: written as ``order_id IN (...)`` rather than
    a join, so the database looks the products' lines up first (a few) and checks their
    order against the open ones, instead of walking every open order's lines."""
    from ..models import OPEN_STATUSES, SalesOrder

    return select(SalesOrder.id).where(SalesOrder.status.in_([s.value for s in OPEN_STATUSES]))


def reserved_by_open_orders(session: Session) -> dict[int, Decimal]:
    """What the open orders reserve, per product, in one aggregate over their lines: as
    many rows as products on open orders, whatever the catalogue's size. Read it once
    and hand it to :func:`available_to_sell_between` for every range of a whole-catalogue
    read: asking each range for its reservations walks every open order once per range."""
    from ..models import SalesOrderLine
    from ..models.base import Quantity

    rows = session.connection().execute(
        select(SalesOrderLine.product_id, func.sum(SalesOrderLine.quantity, type_=Quantity))
        .where(SalesOrderLine.order_id.in_(_open_order_ids()))
        .group_by(SalesOrderLine.product_id)
    )
    return {pid: qty for pid, qty in rows.all() if qty}


def available_to_sell_between(session: Session, first_id: int, last_id: int,
                              reserved: Mapping[int, Decimal] | None = None) -> dict[int, Decimal]:
    """:func:`available_to_sell` of every product with ``first_id <= id <= last_id`` that
    has stock, reservations or sellable supplier stock (the rest have none: 0), in one
    aggregate query over the id range — for reading the whole catalogue a batch at a time
    without a long list of ids per query. ``reserved`` (:func:`reserved_by_open_orders`)
    saves reading the open orders' reservations for the range."""
    from ..models import SalesOrderLine, SupplierOffer
    from ..models.base import Quantity

    on_hand = (
        select(StockLevel.product_id.label("product_id"), StockLevel.quantity.label("quantity"))
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.product_id.between(first_id, last_id), Location.kind == LocationKind.BIN.value)
    )
    supplier = (
        select(SupplierOffer.product_id, func.max(SupplierOffer.stock_qty))
        .join(Product, Product.id == SupplierOffer.product_id)
        .where(SupplierOffer.product_id.between(first_id, last_id), Product.sell_from_supplier_stock.is_(True),
               SupplierOffer.stock_qty.is_not(None))
        .group_by(SupplierOffer.product_id)
    )
    parts_of_stock: list[Select] = [on_hand, supplier]
    if reserved is None:
        parts_of_stock.append(
            select(SalesOrderLine.product_id, -SalesOrderLine.quantity)
            .where(SalesOrderLine.product_id.between(first_id, last_id),
                   SalesOrderLine.order_id.in_(_open_order_ids()))
        )
    parts = union_all(*parts_of_stock).subquery()
    rows = session.connection().execute(
        select(parts.c.product_id, func.sum(parts.c.quantity, type_=Quantity))
        .where(parts.c.product_id.is_not(None))
        .group_by(parts.c.product_id)
    ).all()
    zero = Decimal(0)
    if reserved:
        rows = [(pid, qty - reserved[pid] if pid in reserved and qty is not None else qty) for pid, qty in rows]
    return {pid: qty if qty is not None and qty > zero else zero for pid, qty in rows}
