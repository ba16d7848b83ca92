"""The feed connector behind the run engine: a push with anything marked rebuilds the
feeds for the whole catalogue (once per run) and clears the marks; a folder that can't
be written keeps the queue."""

from __future__ import annotations

import csv
import os
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from backoffice_desktop.models import OutboxItem, Product
from backoffice_desktop.services.outbox import mark_products
from backoffice_desktop.sync import engine, outbox
from backoffice_desktop.sync.catalogue import StoreCatalogue
from backoffice_desktop.sync.connector import SiteRefused
from backoffice_desktop.sync.feed_connector import FeedConnector

from .helpers import add_connector, add_products


def feed(store, folder: Path) -> FeedConnector:
    return FeedConnector(folder, StoreCatalogue(store, "https://shop.example.ru/p/{sku}"), "Ромашка",
                         "https://shop.example.ru")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A feed folder of its own (the SQLite store lives in pytest's tmp_path)."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    return folder


def table(folder: Path) -> dict[str, tuple[str, str]]:
    with open(folder / "price_stock.csv", encoding="utf-8-sig", newline="") as stream:
        return {row["sku"]: (row["quantity"], row["price"]) for row in csv.DictReader(stream, delimiter=";")}


def queued(store) -> int:
    with store.read_session() as s:
        return s.scalar(select(func.count(OutboxItem.id)))


def test_a_push_with_one_product_marked_writes_the_whole_catalogue(store, folder: Path) -> None:
    ids = add_products(store, 6, quantity=Decimal(5))
    cid = add_connector(store, name="feed")
    with store.session() as s:
        s.execute(OutboxItem.__table__.delete())
        s.get(Product, ids["SKU-0003"]).retail_price = Decimal("777.00")
        mark_products(s, [ids["SKU-0003"]], "price")
    with feed(store, folder) as c:
        result = engine.push(store, cid, c)
    assert (result.status, result.sent) == ("ok", 1)
    rows = table(folder)
    assert len(rows) == 6 and rows["SKU-0003"] == ("5", "777.00") and rows["SKU-0001"] == ("5", "101.00")
    assert {p.name for p in folder.iterdir()} == {"yml_feed.xml", "price_stock.csv", "price_stock.xlsx"}
    assert "shop.example.ru/p/SKU-0006" in (folder / "yml_feed.xml").read_text(encoding="utf-8")
    assert queued(store) == 0


def test_a_run_rebuilds_once_however_many_batches(store, folder: Path) -> None:
    add_products(store, 7)
    cid = add_connector(store, name="feed")
    with feed(store, folder) as c:
        result = engine.push(store, cid, c, batch_size=2)
    assert result.sent == 7 and queued(store) == 0
    assert sum("feeds rebuilt for the whole catalogue" in line for line in result.lines) == 1


def test_a_mark_made_after_the_rebuild_brings_another(store, folder: Path) -> None:
    ids = add_products(store, 3)
    cid = add_connector(store, name="feed")
    connector = feed(store, folder)
    with store.read_session() as s:
        first = outbox.pending_batch(s, cid, limit=1)
    connector.push(first)
    with store.session() as s:
        s.get(Product, ids["SKU-0002"]).retail_price = Decimal("55.00")
        mark_products(s, [ids["SKU-0002"]], "price")
    with store.read_session() as s:
        later = [state for state in outbox.pending_batch(s, cid, limit=10) if state.sku == "SKU-0002"]
    connector.push(later)
    assert table(folder)["SKU-0002"][1] == "55.00"
    with connector:
        assert engine.push(store, cid, connector).status == "ok"


def test_nothing_marked_writes_nothing(store, folder: Path) -> None:
    add_products(store, 2)
    cid = add_connector(store, name="feed")
    with feed(store, folder) as c:
        engine.push(store, cid, c)
    stamp = os.stat(folder / "price_stock.csv").st_mtime_ns
    with feed(store, folder) as c:
        result = engine.push(store, cid, c)
    assert (result.status, result.sent) == ("ok", 0)
    assert os.stat(folder / "price_stock.csv").st_mtime_ns == stamp


def test_a_missing_folder_ends_the_run_and_keeps_the_queue(store, folder: Path) -> None:
    add_products(store, 2)
    cid = add_connector(store, name="feed")
    with feed(store, folder / "gone") as c:
        result = engine.push(store, cid, c)
    assert result.status == "failed" and isinstance(result.site_error, SiteRefused)
    assert "does not exist" in result.message and queued(store) == 2


def test_test_connection_checks_the_folder_is_writable(store, folder: Path, monkeypatch) -> None:
    assert feed(store, folder).test_connection().startswith(f"Feed folder {folder}: writable")

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # Tests run as root here, who may write anywhere: the operating system's refusal is simulated.
    monkeypatch.setattr("backoffice_desktop.sync.feed_connector.tempfile.TemporaryFile", refused)
    with pytest.raises(SiteRefused, match="Can't write in the feed folder .*: Permission denied"):
        feed(store, folder).test_connection()
