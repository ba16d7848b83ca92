"""The Oscar connector against a real shop: django-oscar 3.2 with django-oscar-api (from
the package registry), started on loopback. What the site stores equals what we sent;
its orders come in once and their status changes follow."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from backoffice_desktop.cli import main
from backoffice_desktop.db import Store, open_store, sqlite_url
from backoffice_desktop.models import (
    Location, LocationKind, OutboxItem, Product, SalesOrder, SyncConnector, SyncDelivery,
)
from backoffice_desktop.services.outbox import mark_products
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves
from backoffice_desktop.sync import connections, engine
from backoffice_desktop.sync.connector import SiteRefused
from backoffice_desktop.sync.engine import RunStatus
from backoffice_desktop.sync.http import RetryPolicy
from backoffice_desktop.sync.oscar import OscarConnector
from backoffice_desktop.sync.remote_ids import StoreIdMap

from ..conftest import make_admin
from ..sync.helpers import website_publishes_any_card
from .oscar_shop import PASSWORD, USER, OscarSite, require_oscar, running

require_oscar()

FAST = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.005, timeout=20)
SEED = {
    "partner": "Склад Ромашка",
    "products": [
        {"upc": "OS-0001", "title": "Чайник", "stock": [{"sku": "OS-0001", "in_stock": 3, "allocated": 1,
                                                         "price": "1490.00"}]},
        {"upc": "OS-0002", "title": "Кружка", "stock": [{"sku": "OS-0002", "in_stock": 0, "price": "10.00"}]},
        {"upc": "OS-0003", "title": "Ложка", "stock": [{"sku": "OS-0003", "in_stock": 9, "price": "99.00"}]},
        # Known to the site by its UPC: the stock record has the partner's own code.
        {"upc": "OS-0004", "title": "Вилка", "stock": [{"sku": "P-7781", "in_stock": 1, "price": "55.00"}]},
        {"upc": "OS-SHIRT", "title": "Рубашка", "children": True},
        {"upc": "OS-SHIRT-M", "title": "Рубашка M", "parent": "OS-SHIRT",
         "stock": [{"sku": "OS-SHIRT-M", "in_stock": 2, "price": "990.00"}]},
    ],
    "orders": [
        {"number": "100001", "status": "Pending", "placed": "2026-11-26T10:20:30+03:00", "email": "anna@example.ru",
         "first_name": "Анна", "last_name": "Смирнова",
         "lines": [{"sku": "OS-0001", "quantity": 1, "price": "1490.00"},
                   {"sku": "OS-SHIRT-M", "quantity": 2, "price": "990.00"}]},
        {"number": "100002", "status": "Being processed", "placed": "2026-11-20T09:00:00+03:00",
         "email": "oleg@example.ru", "first_name": "Олег", "last_name": "Петров",
         "lines": [{"sku": "OS-0002", "quantity": 1, "price": "10.00"}]},
        # Long done: read by the first pull only (later pulls look back two weeks for status changes).
        {"number": "100000", "status": "Complete", "placed": "2026-09-01T12:00:00+03:00",
         "email": "ivan@example.ru", "first_name": "Иван", "last_name": "Иванов",
         "lines": [{"sku": "OS-0003", "quantity": 1, "price": "99.00"}]},
    ],
}
#: Our products: SKU → (on hand, retail price, published). OS-9999 is not on the site.
OURS = {
    "OS-0001": (Decimal(7), Decimal("1590.00"), True),
    "OS-0002": (Decimal("4.5"), Decimal("12.50"), True),
    "OS-0003": (Decimal(6), Decimal("89.90"), False),
    "OS-0004": (Decimal(2), Decimal("60.00"), True),
    "OS-SHIRT-M": (Decimal(5), Decimal("1090.00"), True),
    "OS-9999": (Decimal(1), Decimal("1.00"), True),
}


@pytest.fixture(scope="module")
def oscar_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OscarSite]:
    # Lists in pages of two, as many sites configure them (the GUI test's site doesn't page).
    with running(tmp_path_factory.mktemp("oscar-site"), SEED, page_size=2) as site:
        yield site


def add_ours(store: Store) -> dict[str, int]:
    """Our products of :data:`OURS`, received into a bin and marked for the next push."""
    with store.session() as session:
        virtual = ensure_virtual_locations(session)
        bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value)
        session.add(bin_)
        ids = {}
        for sku, (_, price, published) in OURS.items():
            product = Product(sku=sku, name=f"Товар {sku}", retail_price=price, is_published=published)
            session.add(product)
            session.flush()
            ids[sku] = product.id
        post_moves(session, None, [MoveRequest(ids[sku], quantity, virtual[LocationKind.SUPPLIER], bin_.id)
                                   for sku, (quantity, _, _) in OURS.items()], "receipt")
        mark_products(session, ids.values(), "test")
        website_publishes_any_card(session)
        return ids


def add_connection(store: Store, site: OscarSite) -> int:
    with store.session() as session:
        row = SyncConnector(name="oscar", kind=connections.OSCAR, base_url=site.url,
                            options={"username": USER})
        session.add(row)
        session.flush()
        return row.id


def connector(store: Store, connector_id: int, site: OscarSite) -> OscarConnector:
    return OscarConnector(site.url, USER, PASSWORD, StoreIdMap(store, connector_id), policy=FAST,
                          rng=random.Random(3))


def test_connection_names_the_site_and_refuses_a_wrong_password(oscar_site: OscarSite) -> None:
    settings = connections.ConnectionSettings(name="oscar", kind=connections.OSCAR, base_url=oscar_site.url,
                                              username=USER)
    answer = connections.try_connection(settings, PASSWORD)
    assert answer == f"django-oscar at {oscar_site.url}/api: partners Склад Ромашка"

    with pytest.raises(SiteRefused) as refused:
        connections.try_connection(settings, "wrong-password")
    message = str(refused.value)
    assert f"refused the user '{USER}'" in message and "Invalid username/password" in message
    assert "Check the user name and password" in message

    with pytest.raises(SiteRefused) as no_api:
        connections.try_connection(replace(settings, base_url=oscar_site.url + "/shop"), PASSWORD)
    assert "OSCARAPI_BLOCK_ADMIN_API_ACCESS" in str(no_api.value)


def test_a_push_leaves_the_sites_stock_records_equal_to_ours(store: Store, oscar_site: OscarSite) -> None:
    ids = add_ours(store)
    connector_id = add_connection(store, oscar_site)
    before = oscar_site.records()

    with connector(store, connector_id, oscar_site) as oscar:
        result = engine.push(store, connector_id, oscar)

    assert (result.status, result.sent, result.failed) == (RunStatus.PARTIAL, 5, 1)
    after = oscar_site.records()
    # Oscar sells num_in_stock − num_allocated: what it sells is what we have, whole units;
    # an unpublished product has nothing to sell there.
    for site_sku, our_sku in [("OS-0001", "OS-0001"), ("OS-0002", "OS-0002"), ("OS-0003", "OS-0003"),
                              ("P-7781", "OS-0004"), ("OS-SHIRT-M", "OS-SHIRT-M")]:
        quantity, price, published = OURS[our_sku]
        stock, allocated, site_price, _ = after[site_sku]
        assert stock - allocated == (int(quantity) if published else 0), site_sku
        assert site_price == price, site_sku
    assert after["OS-0001"][1] == before["OS-0001"][1] == 1
    with store.read_session() as session:
        waiting = {row.product_id: row.last_error for row in session.scalars(
            select(SyncDelivery).join(OutboxItem, OutboxItem.product_id == SyncDelivery.product_id))}
    assert list(waiting) == [ids["OS-9999"]]
    assert "SKU OS-9999 is not on the site" in waiting[ids["OS-9999"]]
    assert any("OS-9999: SKU OS-9999 is not on the site" in line for line in result.lines)

    # A repeated run is harmless: the same values, nothing written on the site.
    with store.session() as session:
        mark_products(session, ids.values(), "test")
    with connector(store, connector_id, oscar_site) as oscar:
        again = engine.push(store, connector_id, oscar)
        requests = oscar.client.requests
    # (the unknown SKU waits out its retry delay)
    assert (again.status, again.sent, again.failed) == (RunStatus.OK, 5, 0)
    assert oscar_site.records() == after
    # The SKU map saved the look-up: one read a product, no write.
    assert requests == 5


def test_a_stock_record_the_site_replaced_or_renamed_is_looked_up_again(store: Store, oscar_site: OscarSite) -> None:
    ids = add_ours(store)
    connector_id = add_connection(store, oscar_site)
    with connector(store, connector_id, oscar_site) as oscar:
        engine.push(store, connector_id, oscar)
    (old_id,) = oscar_site.query("SELECT id FROM partner_stockrecord WHERE partner_sku = 'OS-0002'")[0]
    new_id = old_id + 1000
    oscar_site.query("UPDATE partner_stockrecord SET id = ?, num_in_stock = 0 WHERE id = ?", new_id, old_id)
    try:
        with store.session() as session:
            mark_products(session, [ids["OS-0002"]], "test")
        with connector(store, connector_id, oscar_site) as oscar:
            result = engine.push(store, connector_id, oscar)
        assert (result.status, result.sent) == (RunStatus.OK, 1)
        assert oscar_site.records()["OS-0002"][0] == 4
        assert StoreIdMap(store, connector_id).get_many(["OS-0002"])["OS-0002"].remote_id == new_id
    finally:
        oscar_site.query("UPDATE partner_stockrecord SET id = ? WHERE id = ?", old_id, new_id)

    # A record the site gave another partner SKU (its product another UPC) is not ours any
    # more: looked up again, not overwritten.
    oscar_site.query("UPDATE partner_stockrecord SET partner_sku = 'OS-0003-OLD', num_in_stock = 42 "
                     "WHERE partner_sku = 'OS-0003'")
    oscar_site.query("UPDATE catalogue_product SET upc = 'OS-0003-OLD' WHERE upc = 'OS-0003'")
    try:
        with store.session() as session:
            mark_products(session, [ids["OS-0003"]], "test")
        with connector(store, connector_id, oscar_site) as oscar:
            result = engine.push(store, connector_id, oscar)
        assert (result.sent, result.failed) == (0, 1)
        assert any("SKU OS-0003 is not on the site" in line for line in result.lines)
        assert oscar_site.records()["OS-0003-OLD"][0] == 42
    finally:
        oscar_site.query("UPDATE partner_stockrecord SET partner_sku = 'OS-0003' WHERE partner_sku = 'OS-0003-OLD'")
        oscar_site.query("UPDATE catalogue_product SET upc = 'OS-0003' WHERE upc = 'OS-0003-OLD'")


def test_orders_are_pulled_once_and_their_status_changes_follow(store: Store, oscar_site: OscarSite) -> None:
    add_ours(store)
    connector_id = add_connection(store, oscar_site)

    with connector(store, connector_id, oscar_site) as oscar:
        first = engine.pull(store, connector_id, oscar)
    assert (first.status, first.message) == (RunStatus.OK, "3 new order(s), 0 changed, 0 unchanged")
    with store.read_session() as session:
        statuses = dict(session.execute(select(SalesOrder.number, SalesOrder.status)).all())
        assert statuses == {"100001": "new", "100002": "processing", "100000": "completed"}
        order = session.scalar(select(SalesOrder).where(SalesOrder.number == "100001"))
        assert (order.number, order.status, order.customer_name, order.customer_email, order.total) == (
            "100001", "new", "Анна Смирнова", "anna@example.ru", Decimal("3470.00"))
        assert sorted((line.sku, line.name, line.quantity, line.unit_price, line.line_total) for line in order.lines) == [
            ("OS-0001", "Чайник", Decimal(1), Decimal("1490.00"), Decimal("1490.00")),
            ("OS-SHIRT-M", "Рубашка M", Decimal(2), Decimal("990.00"), Decimal("1980.00")),
        ]
        assert all(line.product_id for line in order.lines)

    with connector(store, connector_id, oscar_site) as oscar:
        second = engine.pull(store, connector_id, oscar)
    assert second.message == "0 new order(s), 0 changed, 2 unchanged"

    oscar_site.query("UPDATE order_order SET status = 'Cancelled' WHERE number = '100001'")
    try:
        with connector(store, connector_id, oscar_site) as oscar:
            third = engine.pull(store, connector_id, oscar)
        assert third.message == "0 new order(s), 1 changed, 1 unchanged"
        with store.read_session() as session:
            assert session.scalar(select(SalesOrder.status).where(SalesOrder.number == "100001")) == "cancelled"
    finally:
        oscar_site.query("UPDATE order_order SET status = 'Pending' WHERE number = '100001'")


def test_a_reconcile_lists_what_the_site_shows_differently(store: Store, oscar_site: OscarSite) -> None:
    add_ours(store)
    connector_id = add_connection(store, oscar_site)
    with connector(store, connector_id, oscar_site) as oscar:
        engine.push(store, connector_id, oscar)
    (old_price,) = oscar_site.query("SELECT price FROM partner_stockrecord WHERE partner_sku = 'OS-SHIRT-M'")[0]
    oscar_site.query("UPDATE partner_stockrecord SET price = 1.00 WHERE partner_sku = 'OS-SHIRT-M'")
    try:
        with connector(store, connector_id, oscar_site) as oscar:
            result = engine.reconcile(store, oscar)
    finally:
        oscar_site.query("UPDATE partner_stockrecord SET price = ? WHERE partner_sku = 'OS-SHIRT-M'", old_price)
    assert result.checked == len(OURS)
    assert sorted((d.sku, d.field, d.site, d.ours) for d in result.differences) == [
        ("OS-9999", "on the site", None, "yes"),
        ("OS-SHIRT-M", "price", "1.00", "1090.00"),
    ]


def test_headless_configure_test_push_and_pull(tmp_path: Path, oscar_site: OscarSite, memory_keyring, monkeypatch,
                                               capsys) -> None:
    path = tmp_path / "store.sqlite3"
    store = open_store(sqlite_url(path))
    make_admin(store)
    add_ours(store)
    store.close()
    db = str(path)
    monkeypatch.setenv("OSCAR_PASSWORD", PASSWORD)
    assert main(["sync", "configure", "oscar", "--db", db, "--kind", "oscar", "--url", oscar_site.url,
                 "--user", USER, "--secret-env", "OSCAR_PASSWORD"]) == 0
    assert "(django-oscar (oscar-api)) saved" in capsys.readouterr().out
    assert list(memory_keyring.entries.values()) == [PASSWORD]
    assert main(["sync", "test", "--db", db]) == 0
    assert "partners Склад Ромашка" in capsys.readouterr().out
    assert main(["sync", "push", "--db", db]) == 1  # OS-9999 is not on the site
    assert "5 sent, 1 refused by the site" in capsys.readouterr().out
    assert oscar_site.records()["OS-SHIRT-M"][2] == OURS["OS-SHIRT-M"][1]
    assert main(["sync", "pull", "--db", db]) == 0
    assert "3 new order(s)" in capsys.readouterr().out
    memory_keyring.entries.clear()
    monkeypatch.delenv("BACKOFFICE_SYNC_SECRET", raising=False)
    assert main(["sync", "push", "--db", db]) == 4
    assert "No password of the django-oscar user" in capsys.readouterr().err
