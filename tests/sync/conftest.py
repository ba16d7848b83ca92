"""Fixtures for the sync tests: a connector to the WooCommerce-compatible server with
tiny retry delays (the server itself and the in-memory keyring: :mod:`.fixtures`)."""

from __future__ import annotations

import random
import pytest

from backoffice_desktop.sync.http import RetryPolicy
from backoffice_desktop.sync.remote_ids import StoreIdMap
from backoffice_desktop.sync.woocommerce import WooCommerceConnector

from .woo_server import KEY, SECRET

#: Fast retries: tests never wait more than a few milliseconds between tries.
FAST = RetryPolicy(attempts=4, base_delay=0.001, max_delay=0.005, max_retry_after=5, timeout=0.5)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def make_connector(store, sleeps):
    opened: list[WooCommerceConnector] = []

    def make(url: str, connector_id: int, policy: RetryPolicy = FAST, secret: str = SECRET) -> WooCommerceConnector:
        connector = WooCommerceConnector(url, KEY, secret, StoreIdMap(store, connector_id), policy=policy,
                                         sleep=sleeps.append, rng=random.Random(7))
        opened.append(connector)
        return connector

    yield make
    for connector in opened:
        connector.close()
