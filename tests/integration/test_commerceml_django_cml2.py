"""The CommerceML client and documents against a real exchange server: django-cml2
(from the package registry), started on loopback. What the server stored equals what
we sent; the orders it serves are read and confirmed."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from backoffice_desktop.errors import ExchangeError
from backoffice_desktop.sync.commerceml.client import ExchangeClient
from backoffice_desktop.sync.commerceml.reader import SiteOrderStatus
from backoffice_desktop.sync.commerceml.writer import ExchangeCatalog, write_offers
from backoffice_desktop.sync.listing import Listing
from backoffice_desktop.sync.outbox import ProductState

from .cml2 import PASSWORD, USER, Cml2Site

MARKED = datetime(2026, 11, 27, tzinfo=timezone.utc)
ORDERS = [
    {"id": "5001", "number": "5001", "date": "2026-11-26", "time": "10:20:30", "sum": "2980.00",
     "comment": "Доставка после 18:00", "buyer": "Смирнова Анна",
     "lines": [{"id": "RM-0003", "name": "Товар №3", "price": "1490.00", "quantity": "2"}]},
]


def listing(i: int) -> Listing:
    state = ProductState(i, f"RM-{i:04d}", Decimal(i % 6) + Decimal("0.000"), Decimal(1480 + i) + Decimal("0.5"),
                         Decimal(2000 + i) if i % 4 == 0 else None, i % 10 != 0, MARKED)
    return Listing(state=state, name=f"Товар №{i} «Ромашка» & Co")


def test_stock_and_prices_stored_by_django_cml2_equal_what_we_sent(cml2_site: Cml2Site, tmp_path: Path) -> None:
    since = cml2_site.mark()
    listings = [listing(i) for i in range(1, 41)]
    catalog = ExchangeCatalog(owner_name="ООО «Ромашка»", schema_version="2.08",
                              compare_price_type_id="backoffice-old", whole_quantities=True)
    offers = tmp_path / "offers.xml"
    write_offers(offers, listings, catalog)
    with ExchangeClient(cml2_site.url, USER, PASSWORD) as exchange:
        exchange.upload([offers])

    (pack,) = cml2_site.received("offers_pack", since)
    assert pack["price_types"] == {"backoffice-retail": ["Розничная", "RUB"], "backoffice-old": ["Старая цена", "RUB"]}
    assert pack["warehouses"] == ["backoffice-main"]
    stored = {r["sku"]: r for r in cml2_site.received("offer", since)}
    assert len(stored) == 40
    for item in listings:
        state = item.state
        row = stored[state.sku]
        expected_prices = {"backoffice-retail": str(state.retail_price.quantize(Decimal("0.01")))}
        if state.compare_at_price is not None:
            expected_prices["backoffice-old"] = str(state.compare_at_price.quantize(Decimal("0.01")))
        expected_quantity = int(state.available) if state.published else 0
        assert (row["id"], row["name"], row["prices"], row["quantity"], row["stocks"]) == (
            state.sku, item.name, expected_prices, expected_quantity, {"backoffice-main": str(expected_quantity)},
        )


def test_orders_from_django_cml2_are_read_and_confirmed(cml2_site: Cml2Site) -> None:
    cml2_site.offer_orders(ORDERS)
    with ExchangeClient(cml2_site.url, USER, PASSWORD) as exchange:
        result = exchange.fetch_orders()
        exchange.confirm_orders()
    (order,) = result.orders
    assert (order.site_order_id, order.number, order.placed_at) == ("5001", "5001", datetime(2026, 11, 26, 10, 20, 30))
    assert order.status is SiteOrderStatus.NEW
    assert (order.total, order.comment, order.customer_name) == (Decimal("2980.00"), "Доставка после 18:00", "Смирнова Анна")
    (line,) = order.lines
    # django-cml2 writes no Артикул: the line is known by its Ид, which is our SKU.
    assert (line.site_product_id, line.quantity, line.unit_price, line.amount) == (
        "RM-0003", Decimal(2), Decimal("1490.00"), Decimal("2980.00"))
    assert "5001" in cml2_site.confirmed()


def test_a_wrong_password_is_refused_by_django_cml2(cml2_site: Cml2Site) -> None:
    with ExchangeClient(cml2_site.url, USER, "wrong") as exchange, pytest.raises(ExchangeError) as caught:
        exchange.checkauth()
    assert caught.value.step == "checkauth" and not caught.value.retryable
