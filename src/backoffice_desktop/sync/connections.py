"""Shop connections: their settings in the shared store, their secrets outside it.

Four kinds: a WooCommerce site (REST API, consumer key and secret), a CommerceML
exchange ("1C exchange": address, user name and password), a django-oscar shop
(django-oscar-api's admin API: address, staff user and password) and feeds written
to a folder. The address, the key or user name and the options of a connection are shared
by every workstation (:class:`SyncConnector`). The secret (WooCommerce's consumer
secret, the exchange or Oscar password) never goes into the store: each workstation keeps it in
the OS keyring, and a headless run (a scheduler) may take it from the environment
variable ``BACKOFFICE_SYNC_SECRET`` instead. Feeds need no secret.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import keyring
from keyring.backends import fail
from keyring.errors import KeyringError
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db import Store
from ..errors import ExchangeError, ValidationError
from ..models import SyncConnector
from ..services.completeness import WEBSITE, channels
from ..services.permissions import Actor, Permission, require
from .catalogue import StoreCatalogue
from .commerceml.client import check_address
from .commerceml.writer import ExchangeCatalog
from .commerceml_connector import CommerceMLConnector, exchange_login
from .connector import Connector, SiteRefused, site_error
from .feed_connector import FeedConnector, check_feed_folder
from .feeds.folder import FORMATS
from .http import RetryPolicy, check_site_url
from .oscar import OscarConnector, api_root
from . import engine
from .engine import RunResult
from .remote_ids import MemoryIdMap, StoreIdMap
from .woocommerce import WooCommerceConnector

KEYRING_SERVICE = "backoffice-desktop"
SECRET_ENV = "BACKOFFICE_SYNC_SECRET"
WOOCOMMERCE = "woocommerce"
COMMERCEML = "commerceml"
FEED = "feed"
OSCAR = "oscar"
#: The platforms a connection can be made to, with their names for people.
KINDS = {WOOCOMMERCE: "WooCommerce", COMMERCEML: "CommerceML (1C exchange)", OSCAR: "django-oscar (oscar-api)",
         FEED: "Feeds (YML, CSV, XLSX)"}
#: The kinds that need a secret (a consumer secret, an exchange or Oscar password).
WITH_SECRET = (WOOCOMMERCE, COMMERCEML, OSCAR)
#: The kinds that log in with a user name (the others: a consumer key, or nothing).
WITH_USER = (COMMERCEML, OSCAR)
MAX_TIMEOUT = 300


@dataclass(frozen=True)
class ConnectionSettings:
    """One shop connection as plain data. ``timeout`` in seconds.

    ``base_url`` is the WooCommerce site, the CommerceML exchange address, or for feeds
    the shop's own address (the YML feed names it), for django-oscar the site or its
    oscar-api root. ``consumer_key`` is WooCommerce's key, ``username`` the exchange's
    or the Oscar staff user; ``folder``, ``formats`` and ``product_url``
    (a page address pattern with ``{slug}``, ``{sku}`` or ``{id}``) are the feeds'.
    ``send_catalog``: a CommerceML push sends import.xml before offers.xml, for sites
    that take their products from the exchange (1C-Bitrix). ``whole_quantities``: a
    CommerceML push sends stock rounded down to whole units, for sites that read only
    whole numbers (django-cml2): 2.5 m on hand goes out as 2. ``channel``: the sales
    channel the connection sells on (:mod:`..services.completeness`): a product below
    that channel's publish threshold goes out as not published."""

    name: str
    base_url: str
    consumer_key: str = ""
    kind: str = WOOCOMMERCE
    enabled: bool = True
    timeout: int = 30
    id: int | None = None
    last_success_at: datetime | None = None
    username: str = ""
    send_catalog: bool = True
    whole_quantities: bool = False
    folder: str = ""
    formats: tuple[str, ...] = FORMATS
    product_url: str = ""
    channel: str = WEBSITE

    @property
    def keyring_user(self) -> str:
        """The secret's entry in the OS keyring: one per key (or user) and site."""
        host = urlsplit(self.base_url).netloc
        who = self.username if self.kind in WITH_USER else self.consumer_key
        return f"sync:{self.kind}:{who}@{host}"

    @property
    def needs_secret(self) -> bool:
        return self.kind in WITH_SECRET


def _settings(row: SyncConnector) -> ConnectionSettings:
    options = row.options or {}
    return ConnectionSettings(
        name=row.name, base_url=row.base_url, consumer_key=str(options.get("consumer_key", "")), kind=row.kind,
        enabled=row.enabled, timeout=int(options.get("timeout", 30)), id=row.id, last_success_at=row.last_success_at,
        username=str(options.get("username", "")), send_catalog=bool(options.get("send_catalog", True)),
        whole_quantities=bool(options.get("whole_quantities", False)),
        folder=str(options.get("folder", "")), formats=tuple(options.get("formats") or FORMATS),
        product_url=str(options.get("product_url", "")), channel=str(options.get("channel") or WEBSITE),
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
    if settings.kind == WOOCOMMERCE:
        check_site_url(settings.base_url)
        if not settings.consumer_key.strip():
            raise ValidationError(
                "Enter the consumer key the shop issued (WooCommerce → Settings → Advanced → REST API).")
    elif settings.kind == COMMERCEML:
        check_address(settings.base_url)
        if not settings.username.strip():
            raise ValidationError("Enter the user name the site's 1C exchange accepts.")
    elif settings.kind == OSCAR:
        check_site_url(api_root(settings.base_url))
        if not settings.username.strip():
            raise ValidationError("Enter the django-oscar staff user the connection logs in as.")
    else:
        _check_feed(settings)
    if not 1 <= settings.timeout <= MAX_TIMEOUT:
        raise ValidationError("The shop timeout must be from 1 to {maximum} seconds, not {timeout}.",
                              maximum=MAX_TIMEOUT, timeout=settings.timeout)


def _check_feed(settings: ConnectionSettings) -> None:
    if not settings.base_url.startswith(("https://", "http://")):
        raise ValidationError(
            "'{url}' is not the shop's address; expected something like https://shop.example.ru.",
            url=settings.base_url,
        )
    if not settings.folder.strip() or not Path(settings.folder).is_absolute():
        raise ValidationError("Choose the folder the feeds are written to (a full path), not '{folder}'.",
                              folder=settings.folder)
    unknown = [f for f in settings.formats if f not in FORMATS]
    if unknown or not settings.formats:
        raise ValidationError(
            "'{format}' is not a feed format; expected yml, csv or xlsx.", format=", ".join(unknown),
        )
    if settings.product_url and not settings.product_url.startswith(("https://", "http://")):
        raise ValidationError("The product page address '{pattern}' must start with https:// "
                              "(e.g. https://shop.example.ru/product/{{slug}}).", pattern=settings.product_url)
    if settings.product_url:
        try:
            settings.product_url.format(slug="x", sku="x", id=1)
        except (KeyError, IndexError, ValueError) as exc:
            raise ValidationError("The product page address '{pattern}' may hold only {{slug}}, {{sku}} and "
                                  "{{id}}.", pattern=settings.product_url) from exc


def save_connection(session: Session, actor: Actor, settings: ConnectionSettings,
                    secret: str | None = None) -> ConnectionSettings:
    """Create or update a connection (needs the right to change settings); a non-empty
    ``secret`` goes to this computer's keyring, never to the store."""
    require(actor, Permission.MANAGE_SETTINGS)
    cleaned = replace(settings, name=settings.name.strip(), base_url=settings.base_url.strip().rstrip("/"),
                      consumer_key=settings.consumer_key.strip(), username=settings.username.strip(),
                      folder=settings.folder.strip(), product_url=settings.product_url.strip(),
                      channel=settings.channel.strip())
    check_connection(cleaned)
    if cleaned.channel not in channels(session):
        raise ValidationError("'{channel}' is not a sales channel; expected one of: {channels}.",
                              channel=cleaned.channel, channels=", ".join(channels(session)))
    clash = session.scalar(select(SyncConnector).where(SyncConnector.name == cleaned.name))
    if clash is not None and clash.id != cleaned.id:
        raise ValidationError("A shop connection named '{name}' already exists.", name=cleaned.name)
    row = session.get(SyncConnector, cleaned.id) if cleaned.id else SyncConnector()
    if row is None:
        raise ValidationError("There is no shop connection number {id}.", id=cleaned.id)
    row.name, row.kind, row.base_url, row.enabled = cleaned.name, cleaned.kind, cleaned.base_url, cleaned.enabled
    row.options = {**(row.options or {}), "consumer_key": cleaned.consumer_key, "timeout": cleaned.timeout,
                   "username": cleaned.username, "send_catalog": cleaned.send_catalog,
                   "whole_quantities": cleaned.whole_quantities, "folder": cleaned.folder,
                   "formats": list(cleaned.formats), "product_url": cleaned.product_url,
                   "channel": cleaned.channel}
    session.add(row)
    session.flush()
    if secret and cleaned.needs_secret:
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


def _missing_secret(settings: ConnectionSettings) -> SiteRefused:
    if settings.kind == OSCAR:
        return SiteRefused(
            "No password of the django-oscar user for the shop connection '{name}' on this computer: enter it in "
            "Settings → Shop website, or set the environment variable {variable}.", name=settings.name,
            variable=SECRET_ENV,
        )
    if settings.kind == COMMERCEML:
        return SiteRefused(
            "No exchange password for the shop connection '{name}' on this computer: enter it in Settings → "
            "Shop website, or set the environment variable {variable}.", name=settings.name, variable=SECRET_ENV,
        )
    return SiteRefused(
        "No consumer secret for the shop connection '{name}' on this computer: enter it in Settings → "
        "Shop connection, or set the environment variable {variable}.", name=settings.name, variable=SECRET_ENV,
    )


def open_connector(store: Store, settings: ConnectionSettings, *, policy: RetryPolicy | None = None,
                   sleep: Callable[[float], None] | None = None) -> Connector:
    """A connector to the site with this computer's secret; refuses when there is none."""
    if settings.kind == FEED:
        catalogue = StoreCatalogue(store, settings.product_url, settings.channel)
        return FeedConnector(Path(settings.folder), catalogue, settings.name, settings.base_url, settings.formats)
    secret = connection_secret(settings)
    if not secret:
        raise _missing_secret(settings)
    chosen = policy or RetryPolicy(timeout=float(settings.timeout))
    extra = {"sleep": sleep} if sleep else {}
    if settings.kind == COMMERCEML:
        catalogue = StoreCatalogue(store, channel=settings.channel)
        owner = catalogue.company_name() or settings.name
        catalog = ExchangeCatalog(owner_name=owner, whole_quantities=settings.whole_quantities)
        return CommerceMLConnector(settings.base_url, settings.username, secret, catalog, catalogue,
                                   send_catalog=settings.send_catalog, policy=chosen, **extra)
    if settings.kind == OSCAR:
        return OscarConnector(settings.base_url, settings.username, secret, StoreIdMap(store, settings.id),
                              policy=chosen, **extra)
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
    kept on this computer (for feeds: write in the folder); returns what answered.
    Raises what is wrong, plainly."""
    check_connection(settings)
    if settings.kind == FEED:
        return check_feed_folder(Path(settings.folder))
    secret = secret or connection_secret(settings)
    if not secret:
        raise _missing_secret(settings)
    policy = RetryPolicy(attempts=2, base_delay=0.5, timeout=float(settings.timeout))
    if settings.kind == COMMERCEML:
        try:
            return exchange_login(settings.base_url, settings.username, secret, timeout=policy.timeout)
        except ExchangeError as exc:
            raise site_error(exc) from exc
    if settings.kind == OSCAR:
        with OscarConnector(settings.base_url, settings.username, secret, MemoryIdMap(), policy=policy) as oscar:
            return oscar.test_connection()
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
        return engine.reconcile(store, connector, progress=progress, actor=actor, channel=settings.channel)
