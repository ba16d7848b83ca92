"""The units sold per product and UTC day behind the reorder suggestions' sales window.

The table is kept by database triggers, so whatever writes orders (imports, sync, the
ORM, plain SQL) leaves it equal to the units summed from the lines themselves. Each test
changes orders one way and compares the kept rows with that sum, on SQLite and on
PostgreSQL (the ``store`` fixture).
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import delete, func, select, update

from backoffice_desktop.db import Store
from backoffice_desktop.models import (
    DEMAND_STATUSES,
    Product,
    ReorderSalesDay,
    SalesOrder,
    SalesOrderLine,
    SalesOrderStatus,
)

_numbers = itertools.count(1)
MORNING = datetime(2026, 3, 10, 9, 0, tzinfo=timezone.utc)
LATE = datetime(2026, 3, 10, 23, 30, tzinfo=timezone.utc)  # still the 10th in UTC
NEXT_DAY = datetime(2026, 3, 11, 0, 30, tzinfo=timezone.utc)


def kept(session) -> dict[tuple[date, int], tuple[Decimal, int]]:
    rows = session.execute(select(ReorderSalesDay.day, ReorderSalesDay.product_id, ReorderSalesDay.quantity,
                                  ReorderSalesDay.lines))
    return {(d, pid): (Decimal(q).normalize(), n) for d, pid, q, n in rows}


def from_lines(session) -> dict[tuple[date, int], tuple[Decimal, int]]:
    """What the table must hold: the demand lines summed per product and UTC day."""
    rows = session.execute(
        select(SalesOrder.ordered_at, SalesOrderLine.product_id, SalesOrderLine.quantity)
        .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
        .where(SalesOrder.status.in_([s.value for s in DEMAND_STATUSES]), SalesOrderLine.product_id.is_not(None))
    )
    totals: dict[tuple[date, int], tuple[Decimal, int]] = {}
    for ordered_at, pid, quantity in rows:
        key = (ordered_at.astimezone(timezone.utc).date(), pid)
        units, lines = totals.get(key, (Decimal(0), 0))
        totals[key] = (units + quantity, lines + 1)
    return {key: (units.normalize(), lines) for key, (units, lines) in totals.items()}


def _order(session, status: SalesOrderStatus, ordered_at: datetime, *lines: tuple[int | None, str]) -> SalesOrder:
    order = SalesOrder(number=f"W-{next(_numbers)}", status=status.value, ordered_at=ordered_at)
    order.lines = [SalesOrderLine(product_id=pid, sku=f"S{pid}", name="x", quantity=Decimal(q)) for pid, q in lines]
    session.add(order)
    session.flush()
    return order


@pytest.fixture
def products(store: Store) -> tuple[int, int]:
    with store.session() as s:
        made = [Product(sku=f"P-{i}", name=f"Product {i}") for i in (1, 2)]
        s.add_all(made)
        s.flush()
        return made[0].id, made[1].id


def test_lines_of_demand_orders_are_summed_per_product_and_utc_day(store: Store, products) -> None:
    a, b = products
    with store.session() as s:
        _order(s, SalesOrderStatus.NEW, MORNING, (a, "2"), (b, "1.5"), (None, "7"))
        _order(s, SalesOrderStatus.COMPLETED, LATE, (a, "3"), (a, "-1"))
        _order(s, SalesOrderStatus.SHIPPED, NEXT_DAY, (a, "4"))
        _order(s, SalesOrderStatus.CANCELLED, MORNING, (a, "100"))
        _order(s, SalesOrderStatus.RETURNED, MORNING, (b, "100"))
    with store.read_session() as s:
        assert kept(s) == from_lines(s) == {
            (date(2026, 3, 10), a): (Decimal(4), 3),
            (date(2026, 3, 10), b): (Decimal("1.5"), 1),
            (date(2026, 3, 11), a): (Decimal(4), 1),
        }


def test_status_changes_add_and_take_off_the_whole_order(store: Store, products) -> None:
    a, b = products
    with store.session() as s:
        order = _order(s, SalesOrderStatus.NEW, MORNING, (a, "2"), (b, "1"))
        _order(s, SalesOrderStatus.COMPLETED, MORNING, (a, "5"))
        order_id = order.id
    with store.session() as s:
        s.get(SalesOrder, order_id).status = SalesOrderStatus.PROCESSING.value  # demand to demand: unchanged
    with store.session() as s:
        assert kept(s)[(date(2026, 3, 10), a)] == (Decimal(7), 2)
        s.get(SalesOrder, order_id).status = SalesOrderStatus.CANCELLED.value
    with store.session() as s:
        assert kept(s) == from_lines(s) == {(date(2026, 3, 10), a): (Decimal(5), 1)}
        s.execute(update(SalesOrder).where(SalesOrder.id == order_id).values(status=SalesOrderStatus.SHIPPED.value))
    with store.read_session() as s:
        assert kept(s) == from_lines(s)
        assert kept(s)[(date(2026, 3, 10), b)] == (Decimal(1), 1)


def test_an_order_moved_to_another_day_takes_its_units_along(store: Store, products) -> None:
    a, _b = products
    with store.session() as s:
        order_id = _order(s, SalesOrderStatus.NEW, MORNING, (a, "2")).id
        _order(s, SalesOrderStatus.NEW, MORNING, (a, "1"))
    with store.session() as s:
        s.get(SalesOrder, order_id).ordered_at = LATE  # the same UTC day
    with store.session() as s:
        assert kept(s) == {(date(2026, 3, 10), a): (Decimal(3), 2)}
        s.get(SalesOrder, order_id).ordered_at = NEXT_DAY
    with store.read_session() as s:
        assert kept(s) == from_lines(s) == {(date(2026, 3, 10), a): (Decimal(1), 1),
                                            (date(2026, 3, 11), a): (Decimal(2), 1)}


def test_edited_and_deleted_lines_and_orders_leave_no_units_behind(store: Store, products) -> None:
    a, b = products
    with store.session() as s:
        first = _order(s, SalesOrderStatus.PROCESSING, MORNING, (a, "2"), (b, "3"))
        second = _order(s, SalesOrderStatus.COMPLETED, MORNING, (a, "4"))
        first_id, second_id = first.id, second.id
    with store.session() as s:
        order = s.get(SalesOrder, first_id)
        order.lines[0].quantity = Decimal("2.5")
        order.lines[1].product_id = a  # the line now sells product a
    with store.session() as s:
        assert kept(s) == from_lines(s) == {(date(2026, 3, 10), a): (Decimal("9.5"), 3)}
        s.delete(s.get(SalesOrder, second_id))  # the ORM deletes the lines first
    with store.session() as s:
        assert kept(s) == from_lines(s) == {(date(2026, 3, 10), a): (Decimal("5.5"), 2)}
        s.execute(delete(SalesOrder).where(SalesOrder.id == first_id))  # the database cascades to the lines
    with store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(SalesOrderLine)) == 0
        assert kept(s) == {}
