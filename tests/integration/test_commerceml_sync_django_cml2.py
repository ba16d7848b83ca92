"""A whole sync through the run engine against the real django-cml2 exchange site: the
products marked in the outbox go out as offers the site stores with our prices and
quantities (whole units: django-cml2 reads no fractions; no import.xml either: its
catalogue import insists on Код and Категория, which the schema leaves optional); the site's orders come in once,
are confirmed with ``success``, reserve stock, and the next push tells the site so."""

from __future__ import annotations

import itertools
from decimal import ROUND_FLOOR, Decimal

import pytest
from sqlalchemy import func, select

from backoffice_desktop.models import Location, LocationKind, Product, SalesOrder, SalesOrderLine
from backoffice_desktop.services import catalog
from backoffice_desktop.services.stock import MoveRequest, available_to_sell, post_moves, virtual_location
from backoffice_desktop.sync import connections, outbox
from backoffice_desktop.sync.connections import COMMERCEML, SECRET_ENV, ConnectionSettings

from ..sync.helpers import add_products
from .cml2 import PASSWORD, USER, Cml2Site

#: Order ids unique across the tests sharing the one site (it remembers what it confirmed).
ORDER_IDS = itertools.count(7001)


def _connect(store, admin, site: Cml2Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SECRET_ENV, PASSWORD)
    with store.session() as s:
        connections.save_connection(s, admin, ConnectionSettings(
            name="django-cml2", kind=COMMERCEML, base_url=site.url, username=USER, send_catalog=False,
            whole_quantities=True))


def _ours(store) -> dict[str, tuple[str, int]]:
    """Our price and whole quantity per SKU as the site should show them."""
    with store.read_session() as s:
        products = s.scalars(select(Product).order_by(Product.sku)).all()
        available = available_to_sell(s, [p.id for p in products])
        return {p.sku: (str(p.retail_price), int(max(available[p.id], Decimal(0)).to_integral_value(ROUND_FLOOR))
                        if p.is_published else 0) for p in products}


def _site_offers(site: Cml2Site, since: int) -> dict[str, tuple[str, int]]:
    """What the site stored from ``since`` on: the last offer of each product (by Ид, as
    django-cml2 returns no Артикул on orders), our retail price type's price and its quantity."""
    stored = {}
    for offer in site.received("offer", since):
        assert offer["stocks"] == {"backoffice-main": str(offer["quantity"])}
        stored[offer["id"]] = (offer["prices"]["backoffice-retail"], offer["quantity"])
    return stored


def _order(number: str, lines: list[tuple[str, int, str]]) -> dict:
    return {"id": number, "number": number, "date": "2026-11-26", "time": "12:00:00",
            "sum": str(sum(Decimal(price) * qty for _, qty, price in lines)), "comment": "", "buyer": "Петров Олег",
            "lines": [{"id": sku, "name": sku, "price": price, "quantity": str(qty)} for sku, qty, price in lines]}


def test_a_sync_through_the_engine_leaves_django_cml2_equal_to_us_and_takes_its_orders_once(
        cml2_site: Cml2Site, store, admin, monkeypatch) -> None:
    ids = add_products(store, 5, quantity=Decimal(7))
    with store.session() as s:  # half a metre more of one, and one hidden from the site
        bin_id = s.scalar(select(Location.id).where(Location.code == "A-01"))
        post_moves(s, None, [MoveRequest(ids["SKU-0002"], Decimal("0.5"), virtual_location(s, LocationKind.SUPPLIER),
                                         bin_id)], "receipt")
        catalog.set_published(s, admin, ids["SKU-0005"], False, s.get(Product, ids["SKU-0005"]).version)
    _connect(store, admin, cml2_site, monkeypatch)
    with store.read_session() as s:
        assert outbox.queue_state(s, connections.find_connection(s).id).waiting == 5

    since = cml2_site.mark()
    pushed = connections.run_now(store, admin, "push")
    assert (pushed.status, pushed.sent, pushed.failed) == ("ok", 5, 0), pushed.message
    assert len(cml2_site.received("offers_pack", since)) == 1 and not cml2_site.received("catalogue", since)
    assert _site_offers(cml2_site, since) == _ours(store)
    assert _ours(store)["SKU-0002"] == ("102.00", 7) and _ours(store)["SKU-0005"] == ("105.00", 0)
    with store.read_session() as s:
        assert outbox.queue_state(s, connections.find_connection(s).id).waiting == 0

    first, second = str(next(ORDER_IDS)), str(next(ORDER_IDS))
    cml2_site.offer_orders([_order(first, [("SKU-0001", 2, "101.00")]),
                            _order(second, [("SKU-0002", 3, "102.00"), ("SKU-0003", 1, "103.00")])])
    pulled = connections.run_now(store, admin, "pull")
    assert pulled.status == "ok" and pulled.message == "2 new order(s), 0 changed, 0 unchanged"
    assert cml2_site.confirmed() >= {first, second}
    with store.read_session() as s:
        orders = {o.number: sorted((line.sku, line.quantity) for line in o.lines)
                  for o in s.scalars(select(SalesOrder).where(SalesOrder.number.in_([first, second])))}
    assert orders == {first: [("SKU-0001", Decimal(2))], second: [("SKU-0002", Decimal(3)), ("SKU-0003", Decimal(1))]}

    again = connections.run_now(store, admin, "pull")  # the site no longer offers confirmed orders
    assert again.message == "0 new order(s), 0 changed, 0 unchanged"
    with store.read_session() as s:
        assert s.scalar(select(func.count(SalesOrder.id))) == 2
        assert s.scalar(select(func.count(SalesOrderLine.id))) == 3

    since = cml2_site.mark()  # the reservations changed what can be sold: the next push says so
    repushed = connections.run_now(store, admin, "push")
    assert (repushed.status, repushed.sent) == ("ok", 3)
    assert _site_offers(cml2_site, since) == {sku: value for sku, value in _ours(store).items()
                                              if sku in ("SKU-0001", "SKU-0002", "SKU-0003")}
    assert _ours(store)["SKU-0001"] == ("101.00", 5) and _ours(store)["SKU-0002"] == ("102.00", 4)
