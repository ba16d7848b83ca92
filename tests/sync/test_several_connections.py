"""Several connections (a website and a marketplace feed): each sends every change,
fails, parks and holds prices for itself; a mark goes once every enabled one has it."""

from __future__ import annotations

import csv
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from backoffice_desktop.models import OutboxItem, Product, SyncConnector, SyncDelivery, utcnow
from backoffice_desktop.services import catalog
from backoffice_desktop.sync import engine, outbox, price_guard
from backoffice_desktop.sync.catalogue import StoreCatalogue
from backoffice_desktop.sync.feed_connector import FeedConnector

from .helpers import add_connector, add_products
from .test_engine import MemorySite


def _marks(store) -> int:
    with store.read_session() as s:
        return s.scalar(select(func.count(OutboxItem.id)))


def _queue(store, conn: int) -> outbox.QueueState:
    with store.read_session() as s:
        return outbox.queue_state(s, conn)


def _set_price(store, admin, pid: int, price: str) -> None:
    with store.session() as s:
        catalog.set_retail_price(s, admin, pid, Decimal(price), s.get(Product, pid).version)


def test_a_change_pushed_to_the_website_is_still_written_to_the_marketplace_feed(
        store, admin, woo, make_connector, tmp_path: Path) -> None:
    ids = add_products(store, 4)
    for sku in ids:
        woo.add_product(sku)
    site = add_connector(store, woo.url, name="website")
    market = add_connector(store, name="market-feed")
    folder = tmp_path / "feed"
    folder.mkdir()

    def feed() -> FeedConnector:
        return FeedConnector(folder, StoreCatalogue(store), "Shop", "https://shop.example.ru", formats=("csv",))

    assert engine.push(store, site, make_connector(woo.url, site)).sent == 4
    assert (_queue(store, site).waiting, _queue(store, market).waiting, _marks(store)) == (0, 4, 4)
    _set_price(store, admin, ids["SKU-0002"], "150.00")
    assert [s.sku for s in engine.dry_run(store, site)] == ["SKU-0002"]
    assert len(engine.dry_run(store, market)) == 4
    with feed() as connector:
        assert engine.push(store, market, connector).sent == 4
    with open(folder / "price_stock.csv", encoding="utf-8-sig", newline="") as stream:
        prices = {row["sku"]: row["price"] for row in csv.DictReader(stream, delimiter=";")}
    assert prices["SKU-0002"] == "150.00" and len(prices) == 4
    assert _marks(store) == 1  # the website has still to send the new price
    assert engine.push(store, site, make_connector(woo.url, site)).sent == 1
    assert woo.item_by_sku("SKU-0002")["regular_price"] == "150.00"
    assert _marks(store) == 0
    with store.read_session() as s:
        assert s.scalar(select(func.count(SyncDelivery.id))) == 0  # delivery rows go with the marks


def test_a_change_during_one_connections_run_is_sent_by_its_next_run_and_by_the_other(store, admin) -> None:
    ids = add_products(store, 3)
    a, b = add_connector(store, name="a"), add_connector(store, name="b")
    site_a, site_b = MemorySite(), MemorySite()

    def edit_price() -> None:
        site_a.during_push = None
        _set_price(store, admin, ids["SKU-0001"], "555.00")

    site_a.during_push = edit_price
    assert engine.push(store, a, site_a).sent == 3
    assert site_a.values["SKU-0001"][1] == Decimal("101.00")
    assert _queue(store, a).waiting == 1
    assert engine.push(store, b, site_b).sent == 3
    assert site_b.values["SKU-0001"][1] == Decimal("555.00")
    assert _marks(store) == 1  # b has the new price, a not yet
    assert engine.push(store, b, site_b).sent == 0
    assert engine.push(store, a, site_a).sent == 1
    assert site_a.values["SKU-0001"][1] == Decimal("555.00") and _marks(store) == 0


def test_an_item_one_site_refuses_is_parked_for_it_only_and_delivered_to_the_other(store) -> None:
    ids = add_products(store, 3)
    a, b = add_connector(store, name="a"), add_connector(store, name="b")
    site_a, site_b = MemorySite(), MemorySite()
    site_a.unknown = {"SKU-0002"}
    now = utcnow()
    for n in range(2):
        result = engine.push(store, a, site_a, now=now + timedelta(hours=n), park_after=2)
    assert (result.failed, result.parked) == (1, 1)
    assert _queue(store, a) == outbox.QueueState(waiting=0, delayed=0, parked=1)
    assert _queue(store, b) == outbox.QueueState(waiting=3, delayed=0, parked=0)
    with store.read_session() as s:
        assert [p.sku for p in outbox.parked_items(s, a)] == ["SKU-0002"]
        assert outbox.parked_items(s, b) == []
    assert engine.push(store, b, site_b).sent == 3
    assert set(site_b.values) == {"SKU-0001", "SKU-0002", "SKU-0003"}
    assert _marks(store) == 1  # a has still to send the refused one
    with store.session() as s:
        assert outbox.retry_parked(s, b) == 0  # nothing parked for b
    site_a.unknown = set()
    with store.session() as s:
        assert outbox.retry_parked(s, a, [ids["SKU-0002"]]) == 1
    assert engine.push(store, a, site_a, now=now + timedelta(days=1)).sent == 1
    assert site_a.values["SKU-0002"] == site_b.values["SKU-0002"] and _marks(store) == 0


def test_a_price_drop_is_held_for_one_connection_and_confirmed_for_it_alone(store, admin) -> None:
    ids = add_products(store, 2)  # prices 101.00 and 102.00
    a, b = add_connector(store, name="a"), add_connector(store, name="b")
    site_a, site_b = MemorySite(), MemorySite()
    engine.push(store, a, site_a)
    engine.push(store, b, site_b)
    _set_price(store, admin, ids["SKU-0001"], "50.00")  # −50 %: both sites were told 101.00
    assert engine.push(store, a, site_a).held == 1
    assert engine.push(store, b, site_b).held == 1
    with store.session() as s:
        assert price_guard.confirm(s, admin, a, [ids["SKU-0001"]]) == 1
    assert engine.push(store, a, site_a).sent == 1
    assert engine.push(store, b, site_b).sent == 0
    assert (site_a.values["SKU-0001"][1], site_b.values["SKU-0001"][1]) == (Decimal("50.00"), Decimal("101.00"))
    with store.read_session() as s:
        assert outbox.parked_items(s, a) == []
        [held] = outbox.parked_items(s, b)
    assert (held.sku, held.held_price) == ("SKU-0001", Decimal("50.00"))

    # A connection added now starts from the marks there are; never told a price, it gets 50.00.
    c, site_c = add_connector(store, name="c"), MemorySite()
    assert engine.push(store, c, site_c).sent == 1
    assert site_c.values["SKU-0001"][1] == Decimal("50.00")
    assert _marks(store) == 1  # held for b


def test_a_switched_off_or_deleted_connection_holds_no_marks_and_a_new_one_starts_from_them(store, admin) -> None:
    ids = add_products(store, 2)
    a, b = add_connector(store, name="a"), add_connector(store, name="b")
    site_a = MemorySite()
    assert engine.push(store, a, site_a).sent == 2
    assert _marks(store) == 2  # waiting for b
    with store.session() as s:
        s.get(SyncConnector, b).enabled = False
    assert engine.push(store, a, site_a).sent == 0
    assert _marks(store) == 0  # b is off: nobody waits
    _set_price(store, admin, ids["SKU-0002"], "120.00")
    c = add_connector(store, name="c")
    assert [s.sku for s in engine.dry_run(store, c)] == ["SKU-0002"]  # from the marks there are
    assert engine.push(store, a, site_a).sent == 1
    with store.session() as s:
        s.delete(s.get(SyncConnector, c))
    assert engine.push(store, a, site_a).sent == 0 and _marks(store) == 0


def test_an_upgraded_store_keeps_its_queue_pending_and_parked_for_every_connection(store_url, admin) -> None:
    """A store at 0008 (one mark per product, carrying attempts, parking and a held
    price) upgraded to 0009: each connection has the marks pending and the state its own."""
    from alembic import command
    from sqlalchemy import text

    from backoffice_desktop import migrations
    from backoffice_desktop.db import open_store

    store = open_store(store_url)
    ids = add_products(store, 3)  # the receipts mark all three
    a, b = add_connector(store, name="a"), add_connector(store, name="b")
    with store.engine.begin() as conn:
        command.downgrade(migrations.alembic_config(conn), "0008")
        conn.execute(text("UPDATE sync_outbox SET attempts = 2, last_error = 'HTTP 500' WHERE product_id = :p"),
                     {"p": ids["SKU-0001"]})
        conn.execute(text("UPDATE sync_outbox SET attempts = 5, last_error = 'not on the site', "
                          "parked_at = marked_at WHERE product_id = :p"), {"p": ids["SKU-0002"]})
        conn.execute(text("UPDATE sync_outbox SET held_price = 50.00, last_error = 'a steep drop', "
                          "parked_at = marked_at WHERE product_id = :p"), {"p": ids["SKU-0003"]})
    store.close()
    store = open_store(store_url)  # migrates 0008 → head
    try:
        assert store.schema_state().needs_upgrade is False
        with store.read_session() as s:
            for conn in (a, b):
                assert [p.sku for p in outbox.pending_batch(s, conn)] == ["SKU-0001"]
                assert outbox.queue_state(s, conn) == outbox.QueueState(waiting=1, delayed=0, parked=2)
                parked = {p.sku: (p.attempts, p.error, p.held_price) for p in outbox.parked_items(s, conn)}
                assert parked == {"SKU-0002": (5, "not on the site", None),
                                  "SKU-0003": (0, "a steep drop", Decimal("50.00"))}
        site_a, site_b = MemorySite(), MemorySite()
        assert engine.push(store, a, site_a).sent == 1
        assert _marks(store) == 3  # b has still to send SKU-0001
        assert engine.push(store, b, site_b).sent == 1
        assert _marks(store) == 2
        _set_price(store, admin, ids["SKU-0003"], "104.00")  # a new change releases the held price for both
        assert engine.push(store, a, site_a).sent == 1 and engine.push(store, b, site_b).sent == 1
        assert site_a.values["SKU-0003"][1] == site_b.values["SKU-0003"][1] == Decimal("104.00")
        with store.read_session() as s:
            assert [p.sku for p in outbox.parked_items(s, a)] == ["SKU-0002"]
    finally:
        store.close()
