"""Orders pulled from the site: created once, reserving stock; status changes follow."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy import func, select

from backoffice_desktop.models import (
    OutboxItem,
    ReportSalesLine,
    SalesOrder,
    StockMove,
    SyncConnector,
    utcnow,
)
from backoffice_desktop.services.stock import available_to_sell, on_hand
from backoffice_desktop.sync import engine

from .helpers import add_connector, add_products
from .woo_server import Fault


def _orders(store) -> dict[str, tuple[str, int]]:
    """Our orders by number: (status, line count)."""
    with store.read_session() as s:
        return {o.number: (o.status, len(o.lines)) for o in s.scalars(select(SalesOrder))}


def _available(store, pid: int) -> Decimal:
    with store.read_session() as s:
        return available_to_sell(s, [pid])[pid]


def test_pulled_orders_are_created_once_and_reserve_stock(store, woo, make_connector):
    ids = add_products(store, 2)
    conn = add_connector(store, woo.url)
    engine.push(store, conn, make_connector(woo.url, conn))  # the queue is empty before the pull
    t0 = utcnow() - timedelta(hours=3)
    woo.add_order("5001", "pending", [("SKU-0001", 2, "202.00")], modified=t0)
    woo.add_order("5002", "processing", [("SKU-0001", 1, "101.00"), ("SKU-0002", 3, "306.00")],
                  modified=t0 + timedelta(minutes=1))
    result = engine.pull(store, conn, make_connector(woo.url, conn))
    assert (result.status, result.message) == ("ok", "2 new order(s), 0 changed, 0 unchanged")
    assert _orders(store) == {"5001": ("new", 1), "5002": ("processing", 2)}
    assert _available(store, ids["SKU-0001"]) == Decimal(7)
    with store.read_session() as s:
        # the site hears about the reservation on the next push
        assert set(s.scalars(select(OutboxItem.product_id))) == set(ids.values())
        assert s.scalar(select(func.count()).select_from(ReportSalesLine)) == 3
        cursor = s.get(SyncConnector, conn).orders_cursor
        assert cursor == (t0 + timedelta(minutes=1)).replace(microsecond=0)
    again = engine.pull(store, conn, make_connector(woo.url, conn))
    assert again.message == "0 new order(s), 0 changed, 2 unchanged"
    assert len(_orders(store)) == 2
    assert "modified_after" in woo.queries[-1]


def test_status_changes_ship_cancel_and_refund(store, woo, make_connector):
    ids = add_products(store, 2)
    conn = add_connector(store, woo.url)
    t0 = utcnow() - timedelta(hours=3)
    shipped = woo.add_order("6001", "processing", [("SKU-0001", 4, "404.00")], modified=t0)
    cancelled = woo.add_order("6002", "on-hold", [("SKU-0002", 5, "510.00")], modified=t0)
    refunded = woo.add_order("6003", "processing", [("SKU-0002", 1, "102.00")], modified=t0)
    engine.pull(store, conn, make_connector(woo.url, conn))
    assert _available(store, ids["SKU-0002"]) == Decimal(4)
    t1 = t0 + timedelta(hours=1)
    woo.set_order_status(shipped, "completed", t1)
    woo.set_order_status(cancelled, "cancelled", t1)
    woo.set_order_status(refunded, "refunded", t1)
    result = engine.pull(store, conn, make_connector(woo.url, conn))
    assert result.message == "0 new order(s), 3 changed, 0 unchanged"
    assert _orders(store) == {"6001": ("completed", 1), "6002": ("cancelled", 1), "6003": ("cancelled", 1)}
    with store.read_session() as s:
        # the shipped goods left the bin at the average cost; the others are free again
        assert on_hand(s, ids["SKU-0001"]) == Decimal(6)
        [move] = s.scalars(select(StockMove).where(StockMove.document_type == "sale")).all()
        assert (move.quantity, move.document_number) == (Decimal(4), "6001")
        order = s.scalar(select(SalesOrder).where(SalesOrder.number == "6001"))
        assert order.shipped_at == t1.replace(microsecond=0) and order.lines[0].unit_cost is not None
    assert _available(store, ids["SKU-0001"]) == Decimal(6)
    assert _available(store, ids["SKU-0002"]) == Decimal(10)
    # the site reopening a shipped order doesn't bring the goods back
    woo.set_order_status(shipped, "processing", t1 + timedelta(minutes=5))
    engine.pull(store, conn, make_connector(woo.url, conn))
    assert _orders(store)["6001"] == ("shipped", 1)
    assert _available(store, ids["SKU-0001"]) == Decimal(6)


def test_an_unknown_sku_keeps_the_line_and_says_so(store, woo, make_connector):
    add_products(store, 1)
    conn = add_connector(store, woo.url)
    woo.add_order("7001", "processing", [("SKU-0001", 1, "101.00"), ("GONE-1", 1, "50.00")],
                  modified=utcnow() - timedelta(hours=1))
    result = engine.pull(store, conn, make_connector(woo.url, conn))
    assert result.status == "ok" and _orders(store) == {"7001": ("processing", 2)}
    assert any("the site's SKU 'GONE-1' (GONE-1) is not one of our products" in line for line in result.lines)


def test_all_pages_are_read(store, woo, make_connector):
    add_products(store, 1, quantity=Decimal(500))
    conn = add_connector(store, woo.url)
    start = utcnow() - timedelta(days=2)
    for n in range(130):
        woo.add_order(str(8000 + n), "processing", [("SKU-0001", 1, "101.00")], modified=start + timedelta(minutes=n))
    result = engine.pull(store, conn, make_connector(woo.url, conn))
    assert result.message == "130 new order(s), 0 changed, 0 unchanged"
    assert [p for m, p in woo.requests if p.endswith("/orders")] == ["/wp-json/wc/v3/orders"] * 2


def test_a_pull_cut_off_midway_loses_nothing_and_duplicates_nothing(store, woo, make_connector):
    ids = add_products(store, 1, quantity=Decimal(500))
    conn = add_connector(store, woo.url)
    start = utcnow() - timedelta(days=1)
    for n in range(150):
        woo.add_order(str(9000 + n), "processing", [("SKU-0001", 1, "101.00")], modified=start + timedelta(minutes=n))
    # page 1's answer is lost once, then page 2 never comes
    woo.faults.extend([Fault("cut_after"), Fault("none")] + [Fault("status", 503)] * 4)
    result = engine.pull(store, conn, make_connector(woo.url, conn))
    assert result.status == "failed" and "100 order(s) taken before that" in result.message
    with store.read_session() as s:
        assert s.get(SyncConnector, conn).orders_cursor is None  # the pull point didn't move
    result = engine.pull(store, conn, make_connector(woo.url, conn))
    assert result.message == "50 new order(s), 0 changed, 100 unchanged"
    with store.read_session() as s:
        assert s.scalar(select(func.count(SalesOrder.id))) == 150
    assert _available(store, ids["SKU-0001"]) == Decimal(350)
