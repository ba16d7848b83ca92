"""The run engine against an in-memory site: what is sent, cleared, kept, parked, logged."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from backoffice_desktop.models import OutboxItem, Product, SyncConnector, SyncDelivery, SyncRun, utcnow
from backoffice_desktop.services import catalog
from backoffice_desktop.sync import engine, outbox
from backoffice_desktop.sync.connector import Connector, Difference, PushOutcome, RemoteOrder, SiteUnavailable
from backoffice_desktop.sync.outbox import ProductState

from .helpers import add_connector, add_products


class MemorySite(Connector):
    """Keeps what it was sent; refuses the SKUs in ``unknown``; can go down after N batches."""

    max_batch = 3

    def __init__(self) -> None:
        self.values: dict[str, tuple[Decimal, Decimal]] = {}
        self.unknown: set[str] = set()
        self.down_after: int | None = None
        self.batches = 0
        self.during_push = None

    def test_connection(self) -> str:
        return "memory"

    def push(self, items: Sequence[ProductState]) -> list[PushOutcome]:
        if self.down_after is not None and self.batches >= self.down_after:
            raise SiteUnavailable("The site {url} is down.", url="memory")
        self.batches += 1
        if self.during_push:
            self.during_push()
        outcomes = []
        for item in items:
            if item.sku in self.unknown:
                outcomes.append(PushOutcome(item.product_id, f"SKU {item.sku} is not on the site"))
            else:
                self.values[item.sku] = (item.available, item.retail_price)
                outcomes.append(PushOutcome(item.product_id))
        return outcomes

    def pull_orders(self, since: datetime | None) -> Iterator[RemoteOrder]:
        return iter(())

    def compare(self, items: Sequence[ProductState]) -> list[Difference]:
        return [Difference(i.product_id, i.sku, "values", str(self.values.get(i.sku)),
                           str((i.available, i.retail_price)))
                for i in items if self.values.get(i.sku) != (i.available, i.retail_price)]


@pytest.fixture
def site() -> MemorySite:
    return MemorySite()


def _queued(store) -> dict[int, tuple[int, str]]:
    """Marked products: (attempts, last error) of the connection by product id."""
    with store.read_session() as s:
        return {pid: (attempts, error) for pid, attempts, error in s.execute(
            select(OutboxItem.product_id, func.coalesce(SyncDelivery.attempts, 0),
                   func.coalesce(SyncDelivery.last_error, ""))
            .outerjoin(SyncDelivery, SyncDelivery.product_id == OutboxItem.product_id))}


def test_a_receipt_reaches_the_site_and_a_repeat_sends_nothing(store, site):
    ids = add_products(store, 7)
    conn = add_connector(store)
    result = engine.push(store, conn, site)
    assert (result.status, result.sent, result.failed) == ("ok", 7, 0)
    assert site.values["SKU-0003"] == (Decimal(10), Decimal("103.00"))
    assert site.batches == 3  # batches of at most 3
    assert _queued(store) == {}
    again = engine.push(store, conn, site)
    assert (again.status, again.sent, site.batches) == ("ok", 0, 3)
    with store.read_session() as s:
        runs = s.scalars(select(SyncRun).order_by(SyncRun.id)).all()
        assert [r.status for r in runs] == ["ok", "ok"] and "7 sent" in runs[0].message
        assert "batch of 3: 3 accepted" in runs[0].log
        assert s.get(SyncConnector, conn).last_success_at is not None
    assert len(ids) == 7


def test_a_refused_item_keeps_its_mark_and_error_while_the_rest_go_through(store, site):
    ids = add_products(store, 4)
    conn = add_connector(store)
    site.unknown = {"SKU-0002"}
    result = engine.push(store, conn, site)
    assert (result.status, result.sent, result.failed) == ("partial", 3, 1)
    left = _queued(store)
    assert list(left) == [ids["SKU-0002"]]
    assert left[ids["SKU-0002"]] == (1, "SKU SKU-0002 is not on the site")
    assert any(line.endswith("SKU-0002: SKU SKU-0002 is not on the site") for line in result.lines)


def test_an_item_that_keeps_failing_is_parked_until_retried(store, site):
    ids = add_products(store, 2)
    conn = add_connector(store)
    site.unknown = {"SKU-0001"}
    now = utcnow()
    for n in range(3):
        result = engine.push(store, conn, site, now=now + timedelta(hours=n), park_after=3)
    assert result.parked == 1
    with store.read_session() as s:
        assert outbox.queue_state(s, conn, now + timedelta(hours=5)) == outbox.QueueState(waiting=0, delayed=0, parked=1)
        [parked] = outbox.parked_items(s, conn)
        assert (parked.sku, parked.attempts) == ("SKU-0001", 3) and "not on the site" in parked.error
    # parked items are skipped by later runs, whatever the time
    assert engine.push(store, conn, site, now=now + timedelta(days=1)).sent == 0
    site.unknown = set()
    with store.session() as s:
        assert outbox.retry_parked(s, conn, [ids["SKU-0001"]]) == 1
    assert engine.push(store, conn, site, now=now + timedelta(days=1)).sent == 1
    assert _queued(store) == {}


def test_a_site_going_down_mid_run_loses_nothing(store, site):
    add_products(store, 8)
    conn = add_connector(store)
    site.down_after = 1
    result = engine.push(store, conn, site)
    assert (result.status, result.sent) == ("failed", 3)
    assert "is down" in result.message and result.site_error is not None
    assert len(_queued(store)) == 5
    site.down_after = None
    assert engine.push(store, conn, site).sent == 5
    assert len(site.values) == 8 and _queued(store) == {}


def test_a_change_during_the_run_is_sent_by_the_next_run(store, site, admin):
    ids = add_products(store, 1)
    conn = add_connector(store)

    def edit_price() -> None:
        site.during_push = None
        with store.session() as s:
            p = s.get(Product, ids["SKU-0001"])
            catalog.set_retail_price(s, admin, p.id, Decimal("555.00"), p.version)

    site.during_push = edit_price
    assert engine.push(store, conn, site).sent == 1
    assert site.values["SKU-0001"][1] == Decimal("101.00")
    assert len(_queued(store)) == 1
    engine.push(store, conn, site)
    assert site.values["SKU-0001"][1] == Decimal("555.00") and _queued(store) == {}


def test_a_killed_run_is_shown_as_interrupted_by_the_next(store, site):
    add_products(store, 1)
    conn = add_connector(store)
    with store.session() as s:
        s.add(SyncRun(connector_id=conn, started_at=utcnow() - timedelta(hours=2)))
    engine.push(store, conn, site)
    runs = engine.last_runs(store, conn)
    assert [r.status for r in runs] == ["ok", "interrupted"]


def test_a_stop_request_ends_the_run_between_batches_and_keeps_the_rest(store, site):
    add_products(store, 7)
    conn = add_connector(store)
    seen: list[tuple[int, int]] = []
    result = engine.push(store, conn, site, progress=lambda done, total, _kind: seen.append((done, total)),
                         should_stop=lambda: site.batches >= 1)
    assert (result.status, result.sent) == ("interrupted", 3)
    assert "the rest stays queued" in result.message
    assert seen == [(3, 7)] and len(_queued(store)) == 4
    assert engine.push(store, conn, site).sent == 4
