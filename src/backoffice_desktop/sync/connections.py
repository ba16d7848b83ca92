"""Shop connections: their settings in the shared store, their secrets outside it.

The address, the consumer key and the options of a connection are shared by every
workstation (:class:`SyncConnector`). The consumer secret never goes into the store:
each workstation keeps it in the OS keyring, and a headless run (a scheduler) may take
it from the environment variable ``BACKOFFICE_SYNC_SECRET`` instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from urllib.parse import urlsplit

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Store
from ..errors import ValidationError
from ..models import SyncConnector
from ..services.permissions import Actor, Permission, require
from .connector import Connector, SiteRefused
from .http import RetryPolicy, check_site_url
from . import engine
from .engine import RunResult
from .remote_ids import MemoryIdMap, StoreIdMap
from .woocommerce import WooCommerceConnector

KEYRING_SERVICE = "backoffice-desktop"
SECRET_ENV = "BACKOFFICE_SYNC_SECRET"
WOOCOMMERCE = "woocommerce"
#: The platforms a connection can be made to, with their names for people.
KINDS = {WOOCOMMERCE: "WooCommerce"}
MAX_TIMEOUT = 300


@dataclass(frozen=True)
class ConnectionSettings:
    """One shop connection as plain data. ``timeout`` in seconds."""

    name: str
    base_url: str
    consumer_key: str
    kind: str = WOOCOMMERCE
    enabled: bool = True
    timeout: int = 30
    id: int | None = None
    last_success_at: datetime | None = None

    @property
    def keyring_user(self) -> str:
        """The secret's entry in the OS keyring: one per key and site."""
        host = urlsplit(self.base_url).netloc
        return f"sync:{self.kind}:{self.consumer_key}@{host}"


def _settings(row: SyncConnector) -> ConnectionSettings:
    options = row.options or {}
    return ConnectionSettings(
        name=row.name, base_url=row.base_url, consumer_key=str(options.get("consumer_key", "")), kind=row.kind,
        enabled=row.enabled, timeout=int(options.get("timeout", 30)), id=row.id, last_success_at=row.last_success_at,
    )


def list_connections(session: Session) -> list[ConnectionSettings]:
    return [_settings(row) for row in session.scalars(select(SyncConnector).order_by(SyncConnector.name))]


def find_connection(session: Session, name: str | None = None) -> ConnectionSettings:
    """The connection called ``name``; without a name, the only enabled one."""
    if name:
        row = session.scalar(select(SyncConnector).where(SyncConnector.name == name))
        if row is None:
            raise ValidationError("There is no shop connection named '{name}'.", name=name)
        return _settings(row)
    enabled = [c for c in list_connections(session) if c.enabled]
    if not enabled:
        raise ValidationError("No shop connection is set up yet: add one in Settings → Shop connection.")
    if len(enabled) > 1:
        raise ValidationError("There are several shop connections ({names}); name the one to use.",
                              names=", ".join(c.name for c in enabled))
    return enabled[0]


def check_connection(settings: ConnectionSettings) -> None:
    """Refuse settings that can't work, with what to fix."""
    if not settings.name.strip():
        raise ValidationError("Give the shop connection a name.")
    if settings.kind not in KINDS:
        raise ValidationError("Unknown shop platform '{kind}'.", kind=settings.kind)
    check_site_url(settings.base_url)
    if not settings.consumer_key.strip():
        raise ValidationError("Enter the consumer key the shop issued (WooCommerce → Settings → Advanced → REST API).")
    if not 1 <= settings.timeout <= MAX_TIMEOUT:
        raise ValidationError("The shop timeout must be from 1 to {maximum} seconds, not {timeout}.",
                              maximum=MAX_TIMEOUT, timeout=settings.timeout)


def save_connection(session: Session, actor: Actor, settings: ConnectionSettings,
                    secret: str | None = None) -> ConnectionSettings:
    """Create or update a connection (needs the right to change settings); a non-empty
    ``secret`` goes to this computer's keyring, never to the store."""
    require(actor, Permission.MANAGE_SETTINGS)
    cleaned = replace(settings, name=settings.name.strip(), base_url=settings.base_url.strip().rstrip("/"),
                      consumer_key=settings.consumer_key.strip())
    check_connection(cleaned)
    clash = session.scalar(select(SyncConnector).where(SyncConnector.name == cleaned.name))
    if clash is not None and clash.id != cleaned.id:
        raise ValidationError("A shop connection named '{name}' already exists.", name=cleaned.name)
    row = session.get(SyncConnector, cleaned.id) if cleaned.id else SyncConnector()
    if row is None:
        raise ValidationError("There is no shop connection number {id}.", id=cleaned.id)
    row.name, row.kind, row.base_url, row.enabled = cleaned.name, cleaned.kind, cleaned.base_url, cleaned.enabled
    row.options = {**(row.options or {}), "consumer_key": cleaned.consumer_key, "timeout": cleaned.timeout}
    session.add(row)
    session.flush()
    if secret:
        store_secret(cleaned, secret)
    return _settings(row)


def store_secret(settings: ConnectionSettings, secret: str) -> None:
    if not _keyring_available():
        raise ValidationError(
            "This computer has no password store (keyring), so the shop secret can't be saved. "
            "Set the environment variable {variable} to the secret instead.", variable=SECRET_ENV,
        )
    try:
        keyring.set_password(KEYRING_SERVICE, settings.keyring_user, secret)
    except KeyringError as exc:
        raise _keyring_failed(exc) from exc


def connection_secret(settings: ConnectionSettings) -> str | None:
    """``BACKOFFICE_SYNC_SECRET`` when set (explicit wins), else this computer's keyring."""
    from_env = os.environ.get(SECRET_ENV)
    if from_env:
        return from_env
    if not _keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, settings.keyring_user)
    except KeyringError as exc:
        raise _keyring_failed(exc) from exc


def open_connector(store: Store, settings: ConnectionSettings, *, policy: RetryPolicy | None = None,
                   sleep: Callable[[float], None] | None = None) -> Connector:
    """A connector to the site with this computer's secret; refuses when there is none."""
    secret = connection_secret(settings)
    if not secret:
        raise SiteRefused(
            "No consumer secret for the shop connection '{name}' on this computer: enter it in Settings → "
            "Shop connection, or set the environment variable {variable}.", name=settings.name, variable=SECRET_ENV,
        )
    chosen = policy or RetryPolicy(timeout=float(settings.timeout))
    extra = {"sleep": sleep} if sleep else {}
    return WooCommerceConnector(settings.base_url, settings.consumer_key, secret, StoreIdMap(store, settings.id),
                                policy=chosen, **extra)


def _keyring_available() -> bool:
    return not isinstance(keyring.get_keyring(), fail.Keyring)


def _keyring_failed(exc: KeyringError) -> ValidationError:
    return ValidationError(
        "The password store (keyring) failed: {reason}. "
        "Set the environment variable {variable} to the shop secret instead.",
        reason=str(exc) or type(exc).__name__, variable=SECRET_ENV,
    )


def try_connection(settings: ConnectionSettings, secret: str | None = None) -> str:
    """Reach the site with settings as entered (saved or not) and the secret entered or
    kept on this computer; returns what answered. Raises what is wrong, plainly."""
    check_connection(settings)
    secret = secret or connection_secret(settings)
    if not secret:
        raise SiteRefused(
            "No consumer secret for the shop connection '{name}' on this computer: enter it in Settings → "
            "Shop connection, or set the environment variable {variable}.", name=settings.name, variable=SECRET_ENV,
        )
    policy = RetryPolicy(attempts=2, base_delay=0.5, timeout=float(settings.timeout))
    with WooCommerceConnector(settings.base_url, settings.consumer_key, secret, MemoryIdMap(), policy=policy) as c:
        return c.test_connection()


def run_now(store: Store, actor: Actor | None, kind: str, name: str | None = None,
            policy: RetryPolicy | None = None, progress: engine.Progress | None = None,
            should_stop: engine.StopRequested | None = None) -> RunResult:
    """One push or pull of the connection (the only one, or ``name``), as a user or a scheduler runs it."""
    with store.read_session() as session:
        settings = find_connection(session, name)
    if actor is not None:
        require(actor, Permission.RUN_SYNC)
    if not settings.enabled:
        raise ValidationError("The shop connection '{name}' is switched off; switch it on in Settings.",
                              name=settings.name)
    with open_connector(store, settings, policy=policy) as connector:
        if kind == "push":
            return engine.push(store, settings.id, connector, actor=actor, progress=progress, should_stop=should_stop)
        return engine.pull(store, settings.id, connector, actor=actor, progress=progress, should_stop=should_stop)


def reconcile_now(store: Store, actor: Actor | None, name: str | None = None,
                  progress: engine.Progress | None = None) -> engine.ReconcileResult:
    """Compare the site with us (nothing is changed), as the Sync panel's button does."""
    with store.read_session() as session:
        settings = find_connection(session, name)
    with open_connector(store, settings) as connector:
        return engine.reconcile(store, connector, progress=progress, actor=actor)
