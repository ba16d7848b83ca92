"""``backoffice sync ...`` for a scheduler: configure, push, pull, status, exit codes, log file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import select

from backoffice_desktop.cli import main
from backoffice_desktop.config import AppPaths
from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.models import Setting, SyncConnector, SyncDelivery, utcnow
from backoffice_desktop.sync import connections

from ..conftest import make_admin
from .helpers import add_products
from .woo_server import KEY, SECRET, Fault, WooServer


@pytest.fixture
def db(tmp_path) -> Iterator[str]:
    path = tmp_path / "store.sqlite3"
    store = open_store(sqlite_url(path))
    make_admin(store)
    add_products(store, 3)
    store.close()
    return str(path)


def test_configure_keeps_the_secret_out_of_the_store_and_push_pull_status_work(
        db, woo, memory_keyring, monkeypatch, capsys):
    for n in (1, 2, 3):
        woo.add_product(f"SKU-{n:04d}")
    woo.add_order("9001", "processing", [("SKU-0001", 2, "202.00")], modified=utcnow() - timedelta(hours=1))
    monkeypatch.setenv("SHOP_SECRET", SECRET)
    assert main(["sync", "configure", "shop", "--db", db, "--url", woo.url, "--key", KEY,
                 "--secret-env", "SHOP_SECRET"]) == 0
    assert "saved in this computer's keyring" in capsys.readouterr().out
    assert list(memory_keyring.entries.values()) == [SECRET]
    store = open_store(sqlite_url(db))
    with store.read_session() as s:
        dumped = json.dumps([r.options for r in s.scalars(select(SyncConnector))]) + json.dumps(
            [r.value for r in s.scalars(select(Setting))], default=str)
    store.close()
    assert SECRET not in dumped

    assert main(["sync", "test", "--db", db]) == 0
    assert "WooCommerce at" in capsys.readouterr().out
    assert main(["sync", "pull", "--db", db]) == 0
    assert "1 new order(s)" in capsys.readouterr().out
    assert main(["sync", "push", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "push ok: 3 sent" in out
    assert woo.item_by_sku("SKU-0001")["stock_quantity"] == 8  # 10 on hand, 2 reserved by the pulled order
    log = AppPaths.resolve().log_dir / "sync.log"
    assert "push started: 3 product(s) queued" in log.read_text(encoding="utf-8")
    assert main(["sync", "status", "--db", db]) == 0
    status = capsys.readouterr().out
    assert "Queue: 0 product(s) waiting" in status and "push  ok" in status and "pull  ok" in status


def test_exit_codes_tell_a_scheduler_what_happened(db, woo, monkeypatch, capsys):
    store = open_store(sqlite_url(db))
    with store.session() as s:
        s.add(SyncConnector(name="shop", kind="woocommerce", base_url=woo.url, options={"consumer_key": KEY}))
    store.close()
    monkeypatch.delenv(connections.SECRET_ENV, raising=False)
    assert main(["sync", "push", "--db", db]) == 4  # no secret on this computer
    assert "No consumer secret" in capsys.readouterr().err
    monkeypatch.setenv(connections.SECRET_ENV, "wrong")
    assert main(["sync", "push", "--db", db]) == 4  # the site refuses the keys
    monkeypatch.setenv(connections.SECRET_ENV, SECRET)
    woo.add_product("SKU-0001")
    woo.add_product("SKU-0002")
    assert main(["sync", "push", "--db", db]) == 1  # SKU-0003 is not on the site
    assert "1 refused by the site" in capsys.readouterr().out
    woo.faults.extend([Fault("status", 503)] * 2)
    assert main(["sync", "pull", "--db", db, "--tries", "2"]) == 3  # the site is down: try later
    assert main(["sync", "status", "--db", db]) == 0
    status = capsys.readouterr().out
    assert "pull  failed" in status and "Queue: 1 product(s) waiting (1 waiting out a retry delay)" in status


def push_to_the_shop(db: str, woo, monkeypatch) -> None:
    """Connect the store to the shop (which has the three products) and push them once."""
    store = open_store(sqlite_url(db))
    with store.session() as s:
        s.add(SyncConnector(name="shop", kind="woocommerce", base_url=woo.url, options={"consumer_key": KEY}))
    store.close()
    for n in (1, 2, 3):
        woo.add_product(f"SKU-{n:04d}")
    monkeypatch.setenv(connections.SECRET_ENV, SECRET)
    assert main(["sync", "push", "--db", db]) == 0


def test_a_dry_run_lists_what_a_push_would_send_and_sends_nothing(db, woo, capsys):
    assert main(["sync", "push", "--db", db, "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "A push would send 3 product(s) (nothing was sent):"
    assert out[2] == "SKU-0001\t10\t101.00\t-\tyes"
    assert woo.requests == []
    assert main(["sync", "push", "--db", db, "--dry-run"]) == 0  # still queued
    assert "send 3 product(s)" in capsys.readouterr().out


def test_a_held_price_is_listed_and_confirmed_headless(db, woo, monkeypatch, capsys):
    from decimal import Decimal

    from backoffice_desktop.models import Product

    push_to_the_shop(db, woo, monkeypatch)
    store = open_store(sqlite_url(db))
    with store.session() as s:
        s.scalar(select(Product).where(Product.sku == "SKU-0002")).retail_price = Decimal("0.00")
        from backoffice_desktop.services import outbox as marks
        marks.mark_products(s, s.scalars(select(Product.id).where(Product.sku == "SKU-0002")).all(), "price")
    store.close()
    capsys.readouterr()
    assert main(["sync", "push", "--db", db]) == 1
    assert main(["sync", "status", "--db", db]) == 0
    assert "held SKU-0002 at 0.00: the price would become 0.00" in capsys.readouterr().out
    assert main(["sync", "confirm", "--db", db, "--sku", "SKU-0002"]) == 0
    assert main(["sync", "push", "--db", db]) == 0
    assert woo.item_by_sku("SKU-0002")["regular_price"] == "0.00"


def test_reconcile_headless(db, woo, monkeypatch, capsys):
    push_to_the_shop(db, woo, monkeypatch)
    assert main(["sync", "reconcile", "--db", db]) == 0
    woo.item_by_sku("SKU-0002")["stock_quantity"] = 0
    capsys.readouterr()
    assert main(["sync", "reconcile", "--db", db, "--fix"]) == 1
    out = capsys.readouterr().out
    assert "SKU-0002\tstock_quantity\tsite: 0\tours: 10" in out
    assert "3 product(s) compared, 1 difference(s); 1 product(s) queued for the next push." in out
    assert main(["sync", "push", "--db", db]) == 0
    assert woo.item_by_sku("SKU-0002")["stock_quantity"] == 10


def test_configure_a_commerceml_exchange_and_push_to_it(db, memory_keyring, monkeypatch, capsys):
    from ..commerceml_site import running
    from .cml_shop import CmlShop

    monkeypatch.setenv("CML_PASSWORD", "secret-1")
    with running(CmlShop()) as site:
        assert main(["sync", "configure", "bitrix", "--db", db, "--kind", "commerceml", "--url", site.url,
                     "--user", "exchange", "--secret-env", "CML_PASSWORD", "--offers-only"]) == 0
        assert "(CommerceML (1C exchange)) saved" in capsys.readouterr().out
        assert list(memory_keyring.entries.values()) == ["secret-1"]
        assert main(["sync", "test", "--db", db]) == 0
        assert "logged in as exchange" in capsys.readouterr().out
        assert main(["sync", "push", "--db", db]) == 0
        assert "push ok: 3 sent" in capsys.readouterr().out
        assert site.imported == ["offers.xml"] and set(site.shop) == {"SKU-0001", "SKU-0002", "SKU-0003"}
    assert main(["sync", "configure", "bitrix", "--db", db, "--kind", "commerceml", "--url",
                 "http://shop.example.ru/1c_exchange.php", "--user", "exchange"]) == 2
    assert "plain HTTP" in capsys.readouterr().err


def test_configure_whole_quantities_for_a_commerceml_site(db, memory_keyring, monkeypatch, capsys):
    monkeypatch.setenv("CML_PASSWORD", "secret-1")

    def configured(*extra: str) -> bool:
        assert main(["sync", "configure", "cml", "--db", db, "--kind", "commerceml", "--url",
                     "https://shop.example.ru/cml", "--user", "exchange", "--secret-env", "CML_PASSWORD",
                     *extra]) == 0
        store = open_store(sqlite_url(db))
        with store.read_session() as s:
            (saved,) = connections.list_connections(s)
        store.close()
        return saved.whole_quantities

    assert configured("--whole-quantities") is True
    assert configured() is False


def test_configure_feeds_and_push_writes_them(db, tmp_path, capsys):
    folder = tmp_path / "feeds"
    folder.mkdir()
    assert main(["sync", "configure", "feeds", "--db", db, "--kind", "feed", "--url", "https://shop.example.ru",
                 "--folder", str(folder), "--formats", "csv,yml"]) == 0
    assert f"Feed connection 'feeds' saved: csv, yml files in {folder}." in capsys.readouterr().out
    assert main(["sync", "test", "--db", db]) == 0
    assert "writable" in capsys.readouterr().out
    assert main(["sync", "push", "--db", db]) == 0
    assert sorted(p.name for p in folder.iterdir()) == ["price_stock.csv", "yml_feed.xml"]
    assert main(["sync", "configure", "feeds", "--db", db, "--kind", "feed", "--url", "https://shop.example.ru",
                 "--folder", "relative/path"]) == 2
    assert "a full path" in capsys.readouterr().err


def test_configure_names_the_sales_channel_a_feed_sells_on(db, tmp_path, capsys):
    args = ["sync", "configure", "market", "--db", db, "--kind", "feed", "--url", "https://shop.example.ru",
            "--folder", str(tmp_path)]
    assert main([*args, "--channel", "ozon"]) == 2
    assert "'ozon' is not a sales channel; expected one of: website, marketplace." in capsys.readouterr().err
    assert main([*args, "--channel", "marketplace"]) == 0
    assert main([*args, "--formats", "yml"]) == 0  # configured again without --channel: the channel stays
    store = open_store(sqlite_url(db))
    with store.read_session() as s:
        settings = connections.find_connection(s, "market")
    store.close()
    assert (settings.channel, settings.formats) == ("marketplace", ("yml",))


def test_with_two_connections_status_and_retry_name_the_connection(db, woo, monkeypatch, capsys):
    market = WooServer().start()
    try:
        monkeypatch.setenv(connections.SECRET_ENV, SECRET)
        store = open_store(sqlite_url(db))
        with store.session() as s:
            for name, server in (("website", woo), ("market", market)):
                s.add(SyncConnector(name=name, kind="woocommerce", base_url=server.url, options={"consumer_key": KEY}))
        store.close()
        for n in (1, 2, 3):
            woo.add_product(f"SKU-{n:04d}")
        market.add_product("SKU-0001")  # the marketplace doesn't list the other two
        assert main(["sync", "status", "--db", db]) == 2
        assert "several shop connections (market, website); name the one to use" in capsys.readouterr().err
        assert main(["sync", "push", "--db", db, "--connection", "website"]) == 0
        for _ in range(5):  # refused five times: parked for the marketplace
            assert main(["sync", "push", "--db", db, "--connection", "market"]) == 1
            store = open_store(sqlite_url(db))
            with store.session() as s:  # skip the retry delay
                for row in s.scalars(select(SyncDelivery)):
                    row.next_attempt_at = None
            store.close()
        capsys.readouterr()
        assert main(["sync", "status", "--db", db, "--connection", "website"]) == 0
        assert "Queue: 0 product(s) waiting (0 waiting out a retry delay), 0 parked" in capsys.readouterr().out
        assert main(["sync", "status", "--db", db, "--connection", "market"]) == 0
        status = capsys.readouterr().out
        assert "Queue: 0 product(s) waiting (0 waiting out a retry delay), 2 parked" in status
        assert "parked SKU-0002: SKU SKU-0002 is not on the site (5 tries)" in status
        assert main(["sync", "retry", "--db", db, "--connection", "website"]) == 0
        assert "website: 0 parked product(s) queued again" in capsys.readouterr().out
        assert main(["sync", "retry", "--db", db, "--connection", "market", "--sku", "SKU-0002"]) == 0
        assert "market: 1 parked product(s) queued again" in capsys.readouterr().out
    finally:
        market.stop()
