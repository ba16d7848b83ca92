"""The reliability property: after any sequence of faults — 5xx, 429, slow answers,
connections cut before or after the site applied a batch, a client killed mid-run — a
final clean run leaves the site's stock and prices equal to ours; with two sites, on
either of them, final clean runs of both leave both equal to ours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sqlalchemy import func, select

from backoffice_desktop.models import OutboxItem, Product, utcnow
from backoffice_desktop.services.stock import available_to_sell
from backoffice_desktop.sync import engine, outbox
from backoffice_desktop.sync.outbox import ProductState
from backoffice_desktop.sync.remote_ids import StoreIdMap
from backoffice_desktop.sync.woocommerce import WooCommerceConnector, update_payload

from .conftest import FAST
from .helpers import CHANGES, add_connector, add_products, change_products
from .woo_server import KEY, SECRET, Fault, WooServer

FAULTS = st.sampled_from([
    Fault("status", 500), Fault("status", 502), Fault("status", 503, retry_after="0"),
    Fault("status", 429, retry_after="0"), Fault("cut"), Fault("cut_after"), Fault("slow", seconds=0.25),
])
#: A slow answer (0.25 s) outlasts this timeout: the site applies the batch, the client gives up.
POLICY = replace(FAST, timeout=0.1)
RUNS = st.lists(st.tuples(CHANGES, st.lists(FAULTS, max_size=6), st.none() | st.integers(1, 3)),
                min_size=1, max_size=3)


class Killed(BaseException):
    """The application dying mid-run (not an Exception: nothing may swallow it)."""


class KilledAfter(WooCommerceConnector):
    """Dies right after its ``kill_at``-th batch reached the site, before the marks are cleared."""

    kill_at: int | None = None

    def push(self, items: Sequence[ProductState]):
        outcomes = super().push(items)
        if self.kill_at is not None:
            self.kill_at -= 1
            if self.kill_at <= 0:
                raise Killed()
        return outcomes


def _assert_site_equals_ours(store, woo, ids: dict[str, int]) -> None:
    with store.read_session() as s:
        available = available_to_sell(s, list(ids.values()))
        for sku, pid in ids.items():
            p = s.get(Product, pid)
            state = ProductState(pid, sku, available[pid], p.retail_price, p.compare_at_price, p.is_published,
                                 utcnow())
            want = update_payload(state, 0, variation=False)
            have = woo.item_by_sku(sku)
            for key in ("stock_quantity", "stock_status", "regular_price", "sale_price", "status"):
                assert have[key] == want[key], (sku, key, have[key], want[key])


def test_any_sequence_of_faults_then_a_clean_run_leaves_the_site_equal_to_ours(store, admin, woo):
    opened: list[WooCommerceConnector] = []
    ids = add_products(store, 12)
    for sku in ids:
        woo.add_product(sku)
    conn = add_connector(store, woo.url)

    def connector(kill_at: int | None) -> WooCommerceConnector:
        made = KilledAfter(woo.url, KEY, SECRET, StoreIdMap(store, conn), policy=POLICY, sleep=lambda s: None)
        made.kill_at = kill_at
        made.max_batch = 5
        opened.append(made)
        return made

    @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
    @given(RUNS)
    def scenario(runs) -> None:
        for changes, faults, kill_at in runs:
            change_products(store, admin, ids, changes)
            woo.faults.clear()
            woo.faults.extend(faults)
            try:
                engine.push(store, conn, connector(kill_at))
            except Killed:
                pass
        woo.faults.clear()
        with store.session() as s:
            outbox.retry_parked(s, conn)
        result = engine.push(store, conn, connector(None), now=utcnow() + timedelta(days=1))
        assert result.status == "ok", result.message
        _assert_site_equals_ours(store, woo, ids)
        with store.read_session() as s:
            assert outbox.queue_state(s, conn).waiting == 0

    try:
        scenario()
    finally:
        for made in opened:
            made.close()


#: Between two runs, a run of one connection or the other: (changes, which site, its faults, kill).
TWO_SITE_RUNS = st.lists(st.tuples(CHANGES, st.sampled_from([0, 1]), st.lists(FAULTS, max_size=6),
                                   st.none() | st.integers(1, 3)),
                         min_size=1, max_size=4)


def test_any_faults_on_either_of_two_sites_then_clean_runs_leave_both_equal_to_ours(store, admin):
    opened: list[WooCommerceConnector] = []
    sites = [WooServer().start(), WooServer().start()]
    try:
        ids = add_products(store, 12)
        for site in sites:
            for sku in ids:
                site.add_product(sku)
        conns = [add_connector(store, site.url, name=f"site-{n}") for n, site in enumerate(sites)]

        def connector(n: int, kill_at: int | None) -> WooCommerceConnector:
            made = KilledAfter(sites[n].url, KEY, SECRET, StoreIdMap(store, conns[n]), policy=POLICY,
                               sleep=lambda s: None)
            made.kill_at = kill_at
            made.max_batch = 5
            opened.append(made)
            return made

        @settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
        @given(TWO_SITE_RUNS)
        def scenario(runs) -> None:
            for changes, n, faults, kill_at in runs:
                change_products(store, admin, ids, changes)
                sites[n].faults.clear()
                sites[n].faults.extend(faults)
                try:
                    engine.push(store, conns[n], connector(n, kill_at))
                except Killed:
                    pass
            for n, site in enumerate(sites):
                site.faults.clear()
                with store.session() as s:
                    outbox.retry_parked(s, conns[n])
                result = engine.push(store, conns[n], connector(n, None), now=utcnow() + timedelta(days=1))
                assert result.status == "ok", result.message
            for site in sites:
                _assert_site_equals_ours(store, site, ids)
            with store.read_session() as s:
                assert [outbox.queue_state(s, conn).waiting for conn in conns] == [0, 0]
                assert s.scalar(select(func.count(OutboxItem.id))) == 0  # both have every change

        scenario()
    finally:
        for made in opened:
            made.close()
        for site in sites:
            site.stop()
