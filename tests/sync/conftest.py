"""Fixtures for the sync tests: a WooCommerce-compatible server on loopback and a
connector to it with tiny retry delays."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from backoffice_desktop.sync.http import RetryPolicy
from backoffice_desktop.sync.remote_ids import StoreIdMap
from backoffice_desktop.sync.woocommerce import WooCommerceConnector

from .woo_server import KEY, SECRET, WooServer

#: Fast retries: tests never wait more than a few milliseconds between tries.
FAST = RetryPolicy(attempts=4, base_delay=0.001, max_delay=0.005, max_retry_after=5, timeout=0.5)


@pytest.fixture
def woo() -> Iterator[WooServer]:
    server = WooServer().start()
    try:
        yield server
    finally:
        server.stop()


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
