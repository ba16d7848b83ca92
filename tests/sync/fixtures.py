"""Fixtures the sync tests and the Sync panel's tests share: a WooCommerce-compatible
server on loopback, and a keyring in memory for the shop's secret."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from ..unit.test_mail import MemoryKeyring
from .woo_server import WooServer


@pytest.fixture
def woo() -> Iterator[WooServer]:
    server = WooServer().start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    original = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(original)
