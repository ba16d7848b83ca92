"""The price guard: a price dropping too far, or to zero, waits for a manager."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.errors import PermissionDenied
from backoffice_desktop.models import AuditEntry, Product, Role
from backoffice_desktop.services import catalog, users
from backoffice_desktop.services.auth import authenticate
from backoffice_desktop.services.settings import set_setting
from backoffice_desktop.sync import engine, outbox, price_guard

from .helpers import add_connector, add_products
from .test_engine import MemorySite


def _set_price(store, admin, pid: int, price: str) -> None:
    with store.session() as s:
        catalog.set_retail_price(s, admin, pid, Decimal(price), s.get(Product, pid).version)


def test_a_steep_drop_waits_for_a_manager_while_the_rest_goes(store, admin):
    site = MemorySite()
    ids = add_products(store, 2)  # prices 101.00 and 102.00
    conn = add_connector(store)
    engine.push(store, conn, site)
    _set_price(store, admin, ids["SKU-0001"], "50.00")  # −50 %
    _set_price(store, admin, ids["SKU-0002"], "80.00")  # −22 %: within the 30 % guard
    result = engine.push(store, conn, site)
    assert (result.status, result.sent, result.held) == ("partial", 1, 1)
    assert "1 price drop(s) wait for a manager's confirmation" in result.message
    assert site.values["SKU-0001"][1] == Decimal("101.00") and site.values["SKU-0002"][1] == Decimal("80.00")
    with store.read_session() as s:
        [held] = outbox.parked_items(s, conn)
    assert (held.sku, held.held_price) == ("SKU-0001", Decimal("50.00"))
    assert "drop from 101.00 to 50.00 (−50%, more than 30%)" in held.error
    with store.session() as s:  # "queue again" doesn't bypass the guard
        assert outbox.retry_parked(s, conn) == 0
    assert engine.push(store, conn, site).sent == 0

    with store.session() as s:
        users.create_user(s, admin, "clerk", "clerk-pass-1", {Role.CLERK})
        clerk = authenticate(s, "clerk", "clerk-pass-1")
    with store.session() as s, pytest.raises(PermissionDenied):
        price_guard.confirm(s, clerk, conn, [ids["SKU-0001"]])
    with store.session() as s:
        assert price_guard.confirm(s, admin, conn, [ids["SKU-0001"]]) == 1
    result = engine.push(store, conn, site)
    assert (result.status, result.sent) == ("ok", 1) and site.values["SKU-0001"][1] == Decimal("50.00")
    with store.read_session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "confirm_price_drop"))
        assert (entry.entity_id, entry.new_value, entry.user_id) == (ids["SKU-0001"], "50.00", admin.user_id)

    _set_price(store, admin, ids["SKU-0001"], "10.00")  # the confirmation was for 50.00 only
    assert engine.push(store, conn, site).held == 1
    _set_price(store, admin, ids["SKU-0001"], "49.00")  # the mistake corrected: a new change releases the hold
    with store.read_session() as s:
        assert outbox.parked_items(s, conn) == []
    result = engine.push(store, conn, site)
    assert (result.status, result.sent) == ("ok", 1) and site.values["SKU-0001"][1] == Decimal("49.00")


def test_a_zero_price_is_held_even_on_the_first_push_and_the_guard_is_a_setting(store, admin):
    site = MemorySite()
    ids = add_products(store, 2)
    conn = add_connector(store)
    _set_price(store, admin, ids["SKU-0002"], "0.00")
    result = engine.push(store, conn, site)
    assert (result.sent, result.held) == (1, 1) and "SKU-0002" not in site.values
    with store.session() as s:
        set_setting(s, admin, price_guard.SETTING, 60)
    _set_price(store, admin, ids["SKU-0001"], "50.00")  # −50 %: allowed under a 60 % guard
    assert engine.push(store, conn, site).sent == 1
