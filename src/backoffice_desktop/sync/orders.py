"""Orders pulled from a site become our sales orders: created once, then kept in step.

Orders are applied a group (a page of the site's answer) per transaction. An order is
known by the site's order id (:class:`SyncOrderLink`), so pulling it again
changes nothing, and a later pull brings its status changes. While an order is open
(new, processing) it reserves stock: available to sell subtracts it, so its products are
marked for the next push. When the site ships or completes it, the goods leave our bins
(moves to the customer at the average cost of that moment). The report summary follows
in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import BackofficeError
from ..models import (
    OPEN_STATUSES,
    Location,
    LocationKind,
    Product,
    SalesOrder,
    SalesOrderLine,
    SalesOrderStatus,
    StockLevel,
    SyncOrderLink,
)
from ..services import outbox
from ..services.reports import summary
from ..services.stock import MoveRequest, post_moves, virtual_location
from .connector import RemoteOrder

OPEN = {s.value for s in OPEN_STATUSES}
#: The advisory lock class of order pulls (with the connection's id as the second key).
PULL_LOCK = 7_301
SHIPPED = {SalesOrderStatus.SHIPPED.value, SalesOrderStatus.COMPLETED.value}


@dataclass
class Applied:
    """What a group of pulled orders did: counts, and the orders the store refused with why."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: list[tuple[RemoteOrder, BackofficeError]] = field(default_factory=list)


def apply_remote_orders(session: Session, connector_id: int, source: str, orders: Sequence[RemoteOrder],
                        note: Callable[[str], None] = lambda line: None) -> Applied:
    """Create or update these orders in the caller's transaction, each in a savepoint
    (one the store refuses is rolled back alone); then mark the products whose
    reservations changed and bring the report summary in step, once for the group."""
    if session.get_bind().dialect.name == "postgresql":
        # Two pulls at once (a scheduler and a user) take turns: the second then finds
        # the first one's orders instead of tripping over their links. (SQLite writers
        # already take turns.)
        session.execute(select(func.pg_advisory_xact_lock(PULL_LOCK, connector_id)))
    applied = Applied()
    touched: set[int] = set()
    changed: list[int] = []
    for remote in orders:
        try:
            with session.begin_nested():
                outcome = _apply(session, connector_id, source, remote, note)
        except BackofficeError as exc:
            applied.refused.append((remote, exc))
            continue
        if outcome is None:
            applied.unchanged += 1
            continue
        created, order_id, products = outcome
        applied.created += created
        applied.updated += not created
        changed.append(order_id)
        touched |= products
    outbox.mark_products(session, touched, "order")
    summary.refresh_orders(session, changed)
    return applied


def _apply(session: Session, connector_id: int, source: str, remote: RemoteOrder,
           note: Callable[[str], None]) -> tuple[bool, int, set[int]] | None:
    """Create or update one order: (created?, our order id, products whose reservation
    may have changed), or None when the site's order is as we last saw it."""
    link = session.scalar(
        select(SyncOrderLink).where(SyncOrderLink.connector_id == connector_id,
                                    SyncOrderLink.remote_id == remote.remote_id)
    )
    if link is not None and link.remote_modified_at == remote.modified_at and link.remote_status == remote.remote_status:
        return None
    if link is None:
        order = session.scalar(select(SalesOrder).where(SalesOrder.source == source,
                                                        SalesOrder.number == remote.number))
        if order is None:
            order = SalesOrder(source=source, number=remote.number, status=SalesOrderStatus.NEW.value,
                               ordered_at=remote.ordered_at)
            session.add(order)
        link = SyncOrderLink(connector_id=connector_id, remote_id=remote.remote_id)
        created = True
    else:
        order = session.get(SalesOrder, link.order_id)
        created = False
    touched = {line.product_id for line in order.lines if line.product_id}
    order.customer_name = remote.customer_name[:200]
    order.customer_email = remote.customer_email[:200]
    order.currency = remote.currency[:3] or order.currency
    order.total = remote.total
    if order.shipped_at is None:
        _replace_lines(session, order, remote, note)
    status = _next_status(order, remote.status)
    if status in SHIPPED and order.shipped_at is None:
        session.flush()
        _ship(session, order, remote, note)
    if status == SalesOrderStatus.CANCELLED.value and order.shipped_at is not None:
        note(f"order {order.number} was cancelled on the site after it shipped; "
             "its goods are not back in stock until a receipt or an adjustment says so")
    order.status = status
    session.flush()
    link.order_id = order.id
    link.remote_status = remote.remote_status
    link.remote_modified_at = remote.modified_at
    session.add(link)
    session.flush()
    touched |= {line.product_id for line in order.lines if line.product_id}
    return created, order.id, touched


def _next_status(order: SalesOrder, wanted: str) -> str:
    """A refund of goods that never left is a cancellation; shipped goods don't become
    open again (the site reopening an order doesn't bring them back)."""
    if wanted == SalesOrderStatus.RETURNED.value and order.shipped_at is None:
        return SalesOrderStatus.CANCELLED.value
    if wanted in OPEN and order.shipped_at is not None:
        return SalesOrderStatus.SHIPPED.value
    return wanted


def _replace_lines(session: Session, order: SalesOrder, remote: RemoteOrder, note: Callable[[str], None]) -> None:
    skus = {line.sku for line in remote.lines if line.sku}
    products = {sku: pid for sku, pid in session.execute(select(Product.sku, Product.id).where(Product.sku.in_(skus)))}
    order.lines.clear()
    for line in remote.lines:
        if line.quantity == 0:
            continue
        product_id = products.get(line.sku)
        if product_id is None:
            note(f"order {order.number}: the site's SKU '{line.sku}' ({line.name}) is not one of our products")
        order.lines.append(SalesOrderLine(
            product_id=product_id, sku=line.sku[:64], name=line.name[:500], quantity=line.quantity,
            unit_price=line.unit_price, discount=line.discount, line_total=line.line_total,
        ))


def _ship(session: Session, order: SalesOrder, remote: RemoteOrder, note: Callable[[str], None]) -> None:
    """Move the order's goods from our bins to the customer, the product's default bin
    first, then the fullest; what the bins don't hold is noted, never taken below zero."""
    customer = virtual_location(session, LocationKind.CUSTOMER)
    moves: list[MoveRequest] = []
    for line in order.lines:
        if line.product_id is None or line.quantity <= 0:
            continue
        product = session.get(Product, line.product_id)
        line.unit_cost = product.average_cost
        bins = session.execute(
            select(StockLevel.location_id, StockLevel.quantity)
            .join(Location, Location.id == StockLevel.location_id)
            .where(StockLevel.product_id == product.id, Location.kind == LocationKind.BIN.value,
                   StockLevel.quantity > 0)
            .order_by((StockLevel.location_id == (product.default_bin_id or 0)).desc(),
                      StockLevel.quantity.desc(), StockLevel.location_id)
        ).all()
        needed = Decimal(line.quantity)
        for location_id, quantity in bins:
            take = min(needed, Decimal(quantity))
            moves.append(MoveRequest(product.id, take, location_id, customer, unit_cost=product.average_cost,
                                     reason="shipped"))
            needed -= take
            if needed <= 0:
                break
        if needed > 0:
            note(f"order {order.number}: {needed} of {product.sku} shipped by the site but not in our bins; "
                 "count the stock")
    post_moves(session, None, moves, "sale", document_id=order.id, document_number=order.number)
    order.shipped_at = remote.modified_at
