"""The sync outbox: changes mark products in the same transaction; runs send absolute values."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.models import (
    Location,
    LocationKind,
    OutboxItem,
    Product,
    SalesOrder,
    SalesOrderLine,
    Supplier,
    SupplierOffer,
    SyncDelivery,
    utcnow,
)
from backoffice_desktop.services import catalog
from backoffice_desktop.services.outbox import mark_selected
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves
from backoffice_desktop.sync import outbox

from ..sync.helpers import add_connector, website_publishes_any_card


@pytest.fixture
def product(store):
    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value)
        p = Product(sku="KT-01", name="Чайник", retail_price=Decimal("2490.00"), is_published=True)
        s.add_all([bin_, p])
        s.flush()
        post_moves(s, None, [MoveRequest(p.id, Decimal(10), virtual[LocationKind.SUPPLIER], bin_.id)], "receipt")
        order = SalesOrder(number="1001", status="new")
        order.lines.append(SalesOrderLine(product_id=p.id, quantity=Decimal(3), unit_price=Decimal("2490.00")))
        s.add(order)
        website_publishes_any_card(s)
        return p.id


@pytest.fixture
def conn(store):
    return add_connector(store)


def test_receipt_marks_the_product_and_available_subtracts_open_orders(store, product):
    with store.read_session() as s:
        batch = outbox.pending_batch(s, None)
    assert [(b.sku, b.available, b.retail_price, b.published) for b in batch] == [
        ("KT-01", Decimal(7), Decimal("2490.00"), True)
    ]


def test_supplier_stock_counts_where_allowed(store, product):
    with store.session() as s:
        supplier = Supplier(name="ООО Поставщик")
        s.add(supplier)
        s.flush()
        s.add(SupplierOffer(supplier_id=supplier.id, product_id=product, supplier_sku="X1", stock_qty=Decimal(20)))
        s.get(Product, product).sell_from_supplier_stock = True
    with store.read_session() as s:
        assert outbox.pending_batch(s, None)[0].available == Decimal(27)


def test_acknowledge_keeps_a_mark_refreshed_during_the_run(store, product, admin, conn):
    with store.read_session() as s:
        batch = outbox.pending_batch(s, conn)
    with store.session() as s:  # a price changes while the batch is being sent
        p = s.get(Product, product)
        catalog.set_retail_price(s, admin, product, Decimal("2590.00"), p.version)
    with store.session() as s:
        assert outbox.acknowledge(s, conn, batch) == 0
    with store.read_session() as s:
        again = outbox.pending_batch(s, conn)
    assert again[0].retail_price == Decimal("2590.00")
    with store.session() as s:
        assert outbox.acknowledge(s, conn, again) == 1
    with store.read_session() as s:
        assert outbox.pending_batch(s, conn) == []
        assert s.scalar(select(OutboxItem.id)) is None  # the only connection has it: the mark goes


def test_failures_back_off(store, product, conn):
    now = utcnow()
    with store.session() as s:
        outbox.record_failure(s, conn, product, "HTTP 503", now=now)
        outbox.record_failure(s, conn, product, "HTTP 503", now=now)
    with store.read_session() as s:
        item = s.scalar(select(SyncDelivery))
        assert (item.connector_id, item.attempts, item.last_error) == (conn, 2, "HTTP 503")
        assert outbox.pending_batch(s, conn, now=now + timedelta(minutes=1)) == []
        assert len(outbox.pending_batch(s, conn, now=now + timedelta(minutes=3))) == 1
        assert outbox.queue_state(s, conn, now) == outbox.QueueState(waiting=1, delayed=1, parked=0)


def test_marking_by_a_query_refreshes_marks_and_adds_new_ones(store, product, conn):
    """A rule change marks every published product in one statement: the product the site
    already has again, a product never sent for the first time; unpublished ones not."""
    with store.read_session() as s:
        batch = outbox.pending_batch(s, conn)
    with store.session() as s:
        outbox.acknowledge(s, conn, batch)
        s.add_all([Product(sku="KT-02", name="Тостер", retail_price=Decimal("1990.00"), is_published=True),
                   Product(sku="KT-03", name="Миксер", retail_price=Decimal("990.00"), is_published=False)])
    with store.read_session() as s:
        assert outbox.pending_batch(s, conn) == []
    with store.session() as s:
        published = select(Product.id).where(Product.is_published.is_(True))
        assert mark_selected(s, published, "completeness") == 2
    with store.read_session() as s:
        assert sorted(b.sku for b in outbox.pending_batch(s, conn)) == ["KT-01", "KT-02"]
        assert set(s.scalars(select(OutboxItem.reason))) == {"completeness"}
