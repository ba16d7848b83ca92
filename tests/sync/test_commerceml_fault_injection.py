"""The reliability property for the CommerceML exchange: after any sequence of faults —
5xx and 429 answers, connections cut before a request, midway through an upload or with
the answer lost, ``failure`` answers at any step, an import answering ``progress`` until
the client gives up, the application killed between sending a file and importing it or
between saving the site's orders and confirming them — a final clean run leaves the
site's offers equal to ours and no order taken twice."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from backoffice_desktop.models import Product, SalesOrder, SalesOrderLine, utcnow
from backoffice_desktop.services.stock import available_to_sell
from backoffice_desktop.sync import engine, outbox
from backoffice_desktop.sync.catalogue import StoreCatalogue
from backoffice_desktop.sync.commerceml.client import ExchangeClient
from backoffice_desktop.sync.commerceml.writer import ExchangeCatalog
from backoffice_desktop.sync.commerceml_connector import CommerceMLConnector

from ..commerceml_site import CUT, CUT_AFTER, CUT_MID, running
from .cml_shop import CmlShop, orders_document
from .conftest import FAST
from .helpers import CHANGES, add_connector, add_products, change_products

CATALOG = ExchangeCatalog(owner_name="ООО «Ромашка»")
POLICY = replace(FAST, attempts=3)
#: A stuck import (``progress`` forever) is given up after this long.
IMPORT_LIMIT = 0.05
FAILURE = (200, {"Content-Type": "text/plain; charset=utf-8"}, "failure\nОшибка обмена: таблица заблокирована")
FAULT = st.sampled_from([
    (500, {}, "Internal Server Error"), (502, {}, "Bad Gateway"), (503, {"Retry-After": "0"}, "busy"),
    (429, {"Retry-After": "0"}, "slow down"), (CUT, {}, ""), (CUT_MID, {}, ""), (CUT_AFTER, {}, ""), FAILURE,
])
#: The requests of a run that sends every product and then takes an order: push (login,
#: then init, file and two import answers for import.xml, then for offers.xml), pull
#: (login, init, query); the next one is the orders' ``success``.
TO_SUCCESS = 12
#: Each entry is taken by the next request; None lets a request through, so faults land
#: at every step: login, init, the file, the import, the orders query, ``success``.
FAULTS = st.lists(st.none() | FAULT, max_size=14)
KILLS = st.sampled_from([None, "before import", "before success"])
RUNS = st.lists(st.tuples(CHANGES, st.integers(0, 2), FAULTS, st.booleans(), KILLS), min_size=1, max_size=3)


class Killed(BaseException):
    """The application dying mid-run (not an Exception: nothing may swallow it)."""


class Killable(CommerceMLConnector):
    """Dies after a file reached the site and before its import (``before import``), or
    after the pulled orders were committed and before the site is told (``before success``)."""

    kill: str | None = None

    def _client(self) -> ExchangeClient:
        client = super()._client()
        if self.kill == "before import":
            def killed(filename: str, kind: str = "catalog") -> list[str]:
                raise Killed()
            client.import_file = killed  # type: ignore[method-assign]
        return client

    def orders_saved(self) -> None:
        if self.kill == "before success":
            raise Killed()
        super().orders_saved()


def _ours(store, ids: dict[str, int]) -> dict[str, tuple[Decimal, Decimal]]:
    with store.read_session() as s:
        available = available_to_sell(s, list(ids.values()))
        return {sku: (s.get(Product, pid).retail_price, max(available[pid], Decimal(0))) for sku, pid in ids.items()}


def test_any_sequence_of_exchange_faults_then_a_clean_run_leaves_the_site_equal_to_ours(store, admin) -> None:
    ids = add_products(store, 12, quantity=Decimal(6))
    numbers = itertools.count(1)
    #: Orders placed on the site so far, and those it still offers (not confirmed).
    placed: list[dict] = []
    pending: list[dict] = []
    opened: list[CommerceMLConnector] = []

    with running(CmlShop(import_steps=1)) as site:
        conn = add_connector(store, site.url)

        def connector(kill: str | None) -> Killable:
            made = Killable(site.url, "exchange", "secret-1", CATALOG, StoreCatalogue(store), policy=POLICY,
                            sleep=lambda seconds: None, rng=random.Random(5), import_time_limit=IMPORT_LIMIT)
            made.kill = kill
            opened.append(made)
            return made

        def place(count: int, rng: random.Random) -> None:
            for _ in range(count):
                sku = f"SKU-{rng.randint(1, 12):04d}"
                order = {"id": f"{next(numbers)}", "total": "101.00", "status": "[N] Принят",
                         "lines": [(sku, 1, "101.00")]}
                placed.append(order)
                pending.append(order)
            site.orders = orders_document(pending) if pending else b""

        def confirmed() -> None:
            if not site.orders:  # the site was told: it offers them no more
                pending.clear()

        @settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
        @given(RUNS, st.randoms(use_true_random=False))
        # Orders saved here and confirmed there, but the answer to ``success`` lost on the way.
        @example([([], 1, [None] * TO_SUCCESS + [(CUT_AFTER, {}, "")], False, None)], random.Random(1))
        def scenario(runs, rng) -> None:
            for changes, new_orders, faults, stuck, kill in runs:
                change_products(store, admin, ids, changes)
                place(new_orders, rng)
                site.faults[:] = faults
                site.import_steps = 10**9 if stuck else 1
                with connector(kill) as c:
                    for run in (engine.push, engine.pull):
                        try:
                            run(store, conn, c)
                        except Killed:
                            pass
                confirmed()
            site.faults.clear()
            site.import_steps = 1
            with store.session() as s:
                outbox.retry_parked(s, conn)
            with connector(None) as c:  # the clean run: orders first (they reserve), then stock
                pulled = engine.pull(store, conn, c)
                pushed = engine.push(store, conn, c, now=utcnow() + timedelta(days=1))
            confirmed()
            assert pulled.status == "ok", pulled.message
            assert pushed.status == "ok", pushed.message
            assert site.shop == _ours(store, ids)
            assert pending == [] and site.orders == b""
            with store.read_session() as s:
                assert outbox.queue_state(s, conn).waiting == 0
                taken = s.execute(select(SalesOrder.number, func.count(SalesOrderLine.id))
                                  .join(SalesOrderLine).group_by(SalesOrder.number)).all()
            assert sorted(taken) == sorted((order["id"], 1) for order in placed)  # each once, its one line

        try:
            scenario()
        finally:
            for made in opened:
                made.close()
