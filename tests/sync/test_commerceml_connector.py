"""The CommerceML connector behind the run engine, against the Bitrix-like exchange site:
a push leaves the site holding our quantities and prices; pulled orders are created once
and confirmed only after they are saved; a fault at any step of an exchange loses nothing."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from backoffice_desktop.models import OutboxItem, SalesOrder, SalesOrderLine, SalesOrderStatus
from backoffice_desktop.services.stock import available_to_sell
from backoffice_desktop.sync import engine
from backoffice_desktop.sync.catalogue import StoreCatalogue
from backoffice_desktop.sync.commerceml.writer import ExchangeCatalog
from backoffice_desktop.sync.commerceml_connector import CommerceMLConnector
from backoffice_desktop.sync.connector import SiteRefused, SiteUnavailable

from ..commerceml_site import CUT, CUT_AFTER, CUT_MID, running
from .cml_shop import CmlShop, orders_document
from .conftest import FAST
from .helpers import add_connector, add_products

CATALOG = ExchangeCatalog(owner_name="ООО «Ромашка»")
ONE_TRY = replace(FAST, attempts=1)


@pytest.fixture
def site() -> Iterator[CmlShop]:
    with running(CmlShop()) as shop:
        yield shop


def connector(store, site: CmlShop, sleeps: list[float] | None = None, policy=FAST,
              password: str = "secret-1") -> CommerceMLConnector:
    return CommerceMLConnector(site.url, "exchange", password, CATALOG, StoreCatalogue(store), policy=policy,
                               sleep=(sleeps if sleeps is not None else []).append, rng=random.Random(3))


def ours(store, ids: dict[str, int]) -> dict[str, tuple[Decimal, Decimal]]:
    from backoffice_desktop.models import Product
    with store.read_session() as s:
        available = available_to_sell(s, list(ids.values()))
        return {sku: (s.get(Product, pid).retail_price, max(available[pid], Decimal(0))) for sku, pid in ids.items()}


def queued(store) -> int:
    with store.read_session() as s:
        return s.scalar(select(func.count(OutboxItem.id)))


def test_a_push_leaves_the_site_holding_our_quantities_and_prices(store, site) -> None:
    ids = add_products(store, 7, quantity=Decimal(4))
    cid = add_connector(store, site.url)
    with connector(store, site) as c:
        result = engine.push(store, cid, c)
    assert (result.status, result.sent, result.failed) == ("ok", 7, 0)
    assert site.shop == ours(store, ids)
    assert site.catalogue == set(ids)
    assert site.imported == ["import.xml", "offers.xml"]
    assert queued(store) == 0
    assert "sending import.xml and offers.xml with 7 product(s)" in "\n".join(result.lines)


@pytest.mark.parametrize("faults", [
    [(500, {}, "Internal Server Error")],
    [None, (503, {"Retry-After": "0"}, "busy")],
    [None, None, (CUT, {}, "")],               # the file POST never arrives
    [None, None, (CUT_MID, {}, "")],           # the upload is dropped halfway
    [None, None, None, (CUT_AFTER, {}, "")],   # the site imported, the answer was lost
    [None] * 8 + [(429, {"Retry-After": "0"}, "slow down")],
], ids=["5xx-at-login", "503-at-init", "cut-before-file", "cut-mid-upload", "answer-lost-at-import", "429-late"])
def test_a_fault_at_any_step_loses_nothing(store, site, faults) -> None:
    ids = add_products(store, 5, quantity=Decimal(3))
    cid = add_connector(store, site.url)
    site.faults = list(faults)
    with connector(store, site, policy=ONE_TRY) as c:
        failed = engine.push(store, cid, c)
    assert failed.status == "failed" and isinstance(failed.site_error, SiteUnavailable)
    assert queued(store) == 5  # nothing acknowledged that the site may not hold
    with connector(store, site) as c:
        assert engine.push(store, cid, c).status == "ok"
    assert site.shop == ours(store, ids)
    assert queued(store) == 0


def test_passing_faults_are_retried_within_the_run_honouring_retry_after(store, site) -> None:
    ids = add_products(store, 3)
    cid = add_connector(store, site.url)
    site.faults = [None, (429, {"Retry-After": "0.02"}, "slow down"), (502, {}, "bad gateway")]
    sleeps: list[float] = []
    with connector(store, site, sleeps) as c:
        result = engine.push(store, cid, c)
    assert result.status == "ok" and site.shop == ours(store, ids)
    assert sleeps[0] == pytest.approx(0.02) and len(sleeps) == 2


def test_an_import_that_stays_in_progress_is_given_up_after_the_time_limit(store, site) -> None:
    ids = add_products(store, 2)
    cid = add_connector(store, site.url)
    site.import_steps = 10**9  # "progress" for ever
    stuck = CommerceMLConnector(site.url, "exchange", "secret-1", CATALOG, StoreCatalogue(store), policy=ONE_TRY,
                                sleep=[].append, import_time_limit=0.05)
    with stuck:
        result = engine.push(store, cid, stuck)
    assert result.status == "failed" and isinstance(result.site_error, SiteUnavailable)
    assert "was still importing import.xml after 0.05 s" in result.message
    assert "site: Обработано 1 из" in "\n".join(result.lines)
    assert queued(store) == 2
    site.import_steps = 2
    with connector(store, site) as c:
        assert engine.push(store, cid, c).status == "ok"
    assert site.shop == ours(store, ids)


def test_a_refused_login_ends_the_run_and_keeps_the_queue(store, site) -> None:
    add_products(store, 2)
    cid = add_connector(store, site.url)
    with connector(store, site, password="wrong") as c:
        result = engine.push(store, cid, c)
    assert result.status == "failed" and isinstance(result.site_error, SiteRefused)
    assert "Неверный логин" in result.message
    assert queued(store) == 2 and site.shop == {}


def test_a_failed_import_keeps_the_batch_queued(store, site) -> None:
    add_products(store, 2)
    cid = add_connector(store, site.url)
    site.import_failures["offers.xml"] = "Не найден тип цены"
    with connector(store, site) as c:
        result = engine.push(store, cid, c)
    assert result.status == "failed" and "Не найден тип цены" in result.message
    assert queued(store) == 2


def _orders(store) -> list[tuple[str, str, list[tuple[str, Decimal]]]]:
    with store.read_session() as s:
        rows = s.scalars(select(SalesOrder).order_by(SalesOrder.number)).all()
        return [(o.number, o.status, [(line.sku, line.quantity) for line in o.lines]) for o in rows]


def test_pulled_orders_are_created_once_reserve_stock_and_are_confirmed_after_saving(store, site) -> None:
    ids = add_products(store, 3, quantity=Decimal(10))
    cid = add_connector(store, site.url)
    document = orders_document([
        {"id": "1047", "total": "2980.00", "status": "[N] Принят", "lines": [("SKU-0001", 2, "1490.00")]},
        {"id": "1048", "total": "101.00", "status": "[P] Оплачен", "lines": [("SKU-0002", 1, "101.00")]},
    ])
    site.orders = document
    with connector(store, site) as c:
        result = engine.pull(store, cid, c)
    assert result.status == "ok" and site.confirmed == 1
    assert _orders(store) == [("1047", SalesOrderStatus.NEW.value, [("SKU-0001", Decimal(2))]),
                              ("1048", SalesOrderStatus.PROCESSING.value, [("SKU-0002", Decimal(1))])]
    with store.read_session() as s:
        assert available_to_sell(s, [ids["SKU-0001"]])[ids["SKU-0001"]] == 8
        order = s.scalar(select(SalesOrder).where(SalesOrder.number == "1047"))
        assert (order.currency, order.customer_name, order.total) == ("RUB", "Смирнова Анна", Decimal("2980.00"))
    # The confirmation is lost on the way: the site offers the same orders again.
    site.orders = document
    site.faults = [None, None, None, (CUT_AFTER, {}, "")]
    with connector(store, site) as c:
        again = engine.pull(store, cid, c)
    assert again.status == "ok" and "will offer them again" in "\n".join(again.lines)
    site.orders = document
    with connector(store, site) as c:
        third = engine.pull(store, cid, c)
    assert "0 new order(s), 0 changed, 2 unchanged" in third.message
    assert len(_orders(store)) == 2
    with store.read_session() as s:
        assert s.scalar(select(func.count(SalesOrderLine.id))) == 2


def test_a_pull_killed_before_saving_is_not_confirmed(store, site) -> None:
    add_products(store, 1)
    cid = add_connector(store, site.url)
    site.orders = orders_document([{"id": "7", "total": "101.00", "status": "[N] Принят",
                                    "lines": [("SKU-0001", 1, "101.00")]}])
    site.faults = [None, None, (500, {}, "down")]  # the query fails after login and init
    with connector(store, site, policy=ONE_TRY) as c:
        result = engine.pull(store, cid, c)
    assert result.status == "failed" and site.confirmed == 0 and _orders(store) == []
    with connector(store, site) as c:
        assert engine.pull(store, cid, c).status == "ok"
    assert [number for number, _, _ in _orders(store)] == ["7"] and site.confirmed == 1


def test_a_status_change_on_the_site_updates_the_order(store, site) -> None:
    add_products(store, 1)
    cid = add_connector(store, site.url)
    order = {"id": "9", "total": "101.00", "status": "[N] Принят", "lines": [("SKU-0001", 1, "101.00")]}
    site.orders = orders_document([order])
    with connector(store, site) as c:
        engine.pull(store, cid, c)
    site.orders = orders_document([{**order, "status": "Отменен покупателем"}])
    with connector(store, site) as c:
        result = engine.pull(store, cid, c)
    assert "0 new order(s), 1 changed" in result.message
    assert _orders(store)[0][1] == SalesOrderStatus.CANCELLED.value


def test_test_connection_logs_in_and_reads_the_limits(store, site) -> None:
    site.file_limit, site.zip = 1_000_000, True
    with connector(store, site) as c:
        assert c.test_connection().endswith("logged in as exchange; zip yes, file size 1000000 bytes")
