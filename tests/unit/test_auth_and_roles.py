"""Logging in, the login delay, user management and role checks in the service layer."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.errors import AuthenticationError, PermissionDenied, ValidationError
from backoffice_desktop.models import AuditEntry, Product, Role, User, utcnow
from backoffice_desktop.services import auth, catalog, users

from ..conftest import ADMIN_PASSWORD


def test_first_admin_then_login(store, admin):
    with store.session() as s:
        actor = auth.authenticate(s, "ADMIN", ADMIN_PASSWORD)
    assert actor.roles == frozenset({Role.ADMIN})
    with store.read_session() as s:
        stored = s.scalar(select(User.password_hash))
    assert stored.startswith("$argon2")
    assert ADMIN_PASSWORD not in stored


def test_second_first_admin_is_refused(store, admin):
    with pytest.raises(ValidationError), store.session() as s:
        auth.create_first_admin(s, "other", "another-pass-1")


def _try(store, password, now=None):
    """A login attempt in its own transaction, committed whether it succeeds or not."""
    with store.session() as s:
        try:
            return auth.authenticate(s, "admin", password, now=now)
        except AuthenticationError as exc:
            return exc


def test_five_wrong_passwords_delay_further_tries(store, admin):
    for _ in range(4):
        assert isinstance(_try(store, "wrong-password"), AuthenticationError)
    fifth = _try(store, "wrong-password")
    assert fifth.retry_after == pytest.approx(30, abs=1)
    # Even the right password is refused while the delay runs ...
    refused = _try(store, ADMIN_PASSWORD)
    assert isinstance(refused, AuthenticationError) and refused.retry_after > 0
    # ... and accepted once it has passed.
    later = _try(store, ADMIN_PASSWORD, now=utcnow() + timedelta(seconds=31))
    assert later.username == "admin"


def test_disabled_user_cannot_log_in(store, admin):
    with store.session() as s:
        clerk = users.create_user(s, admin, "sklad", "clerk-pass-1", {Role.CLERK})
        users.update_user(s, admin, clerk.id, is_active=False)
    with pytest.raises(AuthenticationError, match="disabled"), store.session() as s:
        auth.authenticate(s, "sklad", "clerk-pass-1")


def test_user_management_is_audited_and_validated(store, admin):
    with store.session() as s:
        info = users.create_user(s, admin, "Иванова", "content-pass-1", {Role.CONTENT_MANAGER}, "Анна Иванова")
    with pytest.raises(ValidationError, match="already taken"), store.session() as s:
        users.create_user(s, admin, "иванова", "content-pass-1", {Role.CLERK})
    with pytest.raises(ValidationError, match="at least 8"), store.session() as s:
        users.create_user(s, admin, "short", "123", {Role.CLERK})
    with pytest.raises(ValidationError, match="last active administrator"), store.session() as s:
        users.update_user(s, admin, admin.user_id, roles={Role.MANAGER})
    with store.session() as s:
        users.reset_password(s, admin, info.id, "new-secret-9")
    with store.session() as s:
        assert auth.authenticate(s, "Иванова", "new-secret-9").full_name == "Анна Иванова"
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity_type == "user")).all()
    assert actions == ["create", "reset_password"]


def test_clerk_cannot_change_a_price_even_through_the_service(store, admin):
    with store.session() as s:
        users.create_user(s, admin, "sklad", "clerk-pass-1", {Role.CLERK})
        product = Product(sku="A-1", name="Чайник", retail_price=Decimal("1990.00"))
        s.add(product)
        s.flush()
        pid, version = product.id, product.version
    with store.session() as s:
        clerk = auth.authenticate(s, "sklad", "clerk-pass-1")
    with pytest.raises(PermissionDenied, match="change prices"), store.session() as s:
        catalog.set_retail_price(s, clerk, pid, Decimal("1.00"), version)
    with pytest.raises(PermissionDenied), store.session() as s:
        users.create_user(s, clerk, "hacker", "hacker-pass-1", {Role.ADMIN})
    with store.read_session() as s:
        assert s.get(Product, pid).retail_price == Decimal("1990.00")
