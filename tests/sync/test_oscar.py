"""The Oscar connector's pure parts and its connection settings, without a site (the
real django-oscar shop is in tests/integration/test_oscar_site.py)."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal

import httpx
import pytest

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.sync import connections
from backoffice_desktop.sync.connector import SiteRefused
from backoffice_desktop.sync.oscar import SiteRecord, api_root, drf_errors, parse_time, stock_to_send
from backoffice_desktop.sync.outbox import ProductState

MARKED = datetime(2026, 11, 27, tzinfo=timezone.utc)


def state(available: str, published: bool = True) -> ProductState:
    return ProductState(1, "OS-1", Decimal(available), Decimal("10"), None, published, MARKED)


@pytest.mark.parametrize(("entered", "root"), [
    ("https://shop.example.com", "https://shop.example.com/api"),
    ("https://shop.example.com/", "https://shop.example.com/api"),
    ("https://shop.example.com/oscar-api/", "https://shop.example.com/oscar-api"),
])
def test_the_api_root_is_found_from_the_address_entered(entered: str, root: str) -> None:
    assert api_root(entered) == root


def test_the_site_sells_what_we_have_on_top_of_what_it_allocated() -> None:
    assert stock_to_send(state("7.9"), allocated=2) == 9  # whole units only, plus Oscar's allocations
    assert stock_to_send(state("-3"), allocated=1) == 1  # never less than nothing to sell
    assert stock_to_send(state("5", published=False), allocated=0) == 0


def test_a_stock_record_is_read_from_the_admin_api_answer() -> None:
    record = SiteRecord.from_json({"url": "https://shop/api/admin/stockrecords/17/", "product": 4,
                                   "partner_sku": "OS-1", "num_in_stock": None, "num_allocated": None,
                                   "price": "12.50"})
    assert record == SiteRecord(17, 4, "OS-1", None, 0, "12.50")


def test_validation_errors_of_the_site_are_one_plain_line() -> None:
    response = httpx.Response(400, json={"price": ["A valid number is required."], "num_in_stock": ["Too big."]})
    assert drf_errors(response) == "price: A valid number is required.; num_in_stock: Too big."
    assert drf_errors(httpx.Response(404, json={"detail": "Not found."})) == "Not found."


def test_the_sites_times_become_utc() -> None:
    assert parse_time("2026-11-26T10:20:30+03:00") == datetime(2026, 11, 26, 7, 20, 30, tzinfo=timezone.utc)
    assert parse_time("") is None


def test_an_oscar_connection_needs_https_and_a_user() -> None:
    good = connections.ConnectionSettings(name="shop", kind=connections.OSCAR, base_url="https://shop.example.com",
                                          username="api")
    connections.check_connection(good)
    assert good.keyring_user == "sync:oscar:api@shop.example.com" and good.needs_secret
    with pytest.raises(SiteRefused, match="plain HTTP"):
        connections.check_connection(connections.ConnectionSettings(
            name="shop", kind=connections.OSCAR, base_url="http://shop.example.com", username="api"))
    with pytest.raises(ValidationError, match="django-oscar staff user"):
        connections.check_connection(connections.ConnectionSettings(
            name="shop", kind=connections.OSCAR, base_url="https://shop.example.com"))


def test_without_a_saved_password_the_connection_says_where_to_enter_it(store, memory_keyring, monkeypatch) -> None:
    monkeypatch.delenv(connections.SECRET_ENV, raising=False)
    settings = connections.ConnectionSettings(name="shop", kind=connections.OSCAR,
                                              base_url="https://shop.example.com", username="api", id=1)
    with pytest.raises(SiteRefused, match="No password of the django-oscar user"):
        connections.open_connector(store, settings)
