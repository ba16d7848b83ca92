"""``backoffice sync``: push stock and prices to the shop website, pull its orders,
reconcile, and look after the queue and the connections (for a scheduler)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..config import AppPaths
from ..errors import BackofficeError
from .store import add_store_args, opened_store, require_admin

#: Exit codes of ``backoffice sync`` for a scheduler: 0 done, 1 done but some items or
#: orders were refused (see the log), 3 the site could not be reached (try again later),
#: 4 the site refused us or the connection isn't usable (fix the settings); 2 as for every
#: command: bad input.
SYNC_PARTIAL, SYNC_UNREACHABLE, SYNC_REFUSED = 1, 3, 4


def _sync_log_file(args: argparse.Namespace) -> Path:
    """Send the sync runs' log lines to ``sync.log`` in the app's log folder (rotated)."""
    import logging
    from logging.handlers import RotatingFileHandler

    path = AppPaths.resolve(args.config_dir).log_dir / "sync.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    logger = logging.getLogger("backoffice_desktop.sync")
    if not any(getattr(h, "baseFilename", None) == str(path) for h in logger.handlers):
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def _sync_exit(error: BackofficeError | None, status: str) -> int:
    from ..sync.connector import SiteRefused

    if error is not None:
        return SYNC_REFUSED if isinstance(error, SiteRefused) else SYNC_UNREACHABLE
    return 0 if status == "ok" else SYNC_PARTIAL


def cmd_sync_run(args: argparse.Namespace) -> int:
    import logging

    from ..sync import connections, engine
    from ..sync.connector import SiteRefused
    from ..sync.http import RetryPolicy

    if getattr(args, "dry_run", False):
        return _sync_dry_run(args)
    log_path = _sync_log_file(args)
    with opened_store(args) as store:
        with store.read_session() as session:
            settings = connections.find_connection(session, args.connection)
        policy = RetryPolicy(attempts=args.tries, timeout=float(settings.timeout))
        try:
            connector = connections.open_connector(store, settings, policy=policy)
        except SiteRefused as exc:
            logging.getLogger("backoffice_desktop.sync").error("%s %s: %s", settings.name, args.action, exc)
            print(f"backoffice: {exc}", file=sys.stderr)
            return SYNC_REFUSED
        with connector:
            if args.action == "push":
                result = engine.push(store, settings.id, connector, batch_size=args.batch_size)
            else:
                result = engine.pull(store, settings.id, connector)
    print(f"{settings.name}: {args.action} {result.status}: {result.message}")
    print(f"Log: {log_path}")
    return _sync_exit(result.site_error, result.status)


def _sync_dry_run(args: argparse.Namespace) -> int:
    from ..sync import connections, engine
    from ..sync.woocommerce import prices, stock_quantity

    with opened_store(args) as store:
        with store.read_session() as session:
            # As the connection's sales channel shows it; with no connection yet, as the website would.
            known = connections.list_connections(session)
            settings = connections.find_connection(session, args.connection) if known else None
        pending = engine.dry_run(store, settings.id if settings else None, limit=args.limit,
                                 channel=settings.channel if settings else "website")
    print(f"A push would send {len(pending)} product(s) (nothing was sent):")
    print("SKU\tstock\tregular price\tsale price\tpublished")
    for state in pending:
        regular, sale = prices(state)
        print(f"{state.sku}\t{stock_quantity(state.available)}\t{regular}\t{sale or '-'}\t"
              f"{'yes' if state.published else 'no'}")
    return 0


def cmd_sync_reconcile(args: argparse.Namespace) -> int:
    from ..sync import connections, engine
    from ..sync.connector import SyncError
    from ..sync.http import RetryPolicy

    _sync_log_file(args)
    with opened_store(args) as store:
        with store.read_session() as session:
            settings = connections.find_connection(session, args.connection)
        try:
            policy = RetryPolicy(attempts=args.tries, timeout=float(settings.timeout))
            with connections.open_connector(store, settings, policy=policy) as connector:
                found = engine.reconcile(store, connector, fix=args.fix, channel=settings.channel)
        except SyncError as exc:
            print(f"backoffice: {exc}", file=sys.stderr)
            return _sync_exit(exc, "failed")
    for d in found.differences:
        site = "(not on the site)" if d.site is None else d.site or "(empty)"
        print(f"{d.sku}\t{d.field}\tsite: {site}\tours: {d.ours or '(empty)'}")
    print(f"{found.checked} product(s) compared, {len(found.differences)} difference(s)"
          + (f"; {found.marked} product(s) queued for the next push." if args.fix else "."))
    return SYNC_PARTIAL if found.differences else 0


def cmd_sync_test(args: argparse.Namespace) -> int:
    from ..sync import connections
    from ..sync.connector import SyncError
    from ..sync.http import RetryPolicy

    with opened_store(args) as store:
        with store.read_session() as session:
            settings = connections.find_connection(session, args.connection)
        try:
            with connections.open_connector(store, settings, policy=RetryPolicy(attempts=args.tries,
                                                                                timeout=float(settings.timeout))) as c:
                print(c.test_connection())
        except SyncError as exc:
            print(f"backoffice: {exc}", file=sys.stderr)
            return _sync_exit(exc, "failed")
    return 0


def cmd_sync_status(args: argparse.Namespace) -> int:
    from ..sync import connections, engine, outbox

    with opened_store(args) as store:
        with store.read_session() as session:
            settings = connections.find_connection(session, args.connection)
            queue = outbox.queue_state(session, settings.id)
            parked = outbox.parked_items(session, settings.id, limit=20)
        last = settings.last_success_at.isoformat(timespec="seconds") if settings.last_success_at else "never"
        print(f"{settings.name} ({connections.KINDS[settings.kind]}, {settings.base_url}); last success: {last}")
        print(f"Queue: {queue.waiting} product(s) waiting ({queue.delayed} waiting out a retry delay), "
              f"{queue.parked} parked")
        for item in parked:
            if item.held_price is not None:
                print(f"  held {item.sku} at {item.held_price}: {item.error}")
            else:
                print(f"  parked {item.sku}: {item.error} ({item.attempts} tries)")
        for run in engine.last_runs(store, settings.id, limit=args.runs):
            started = run.started_at.isoformat(timespec="seconds")
            print(f"{started}  {run.kind:4}  {run.status:11}  {run.message}")
    return 0


def cmd_sync_retry(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ..models import Product
    from ..sync import connections, outbox

    with opened_store(args) as store:
        with store.session() as session:
            settings = connections.find_connection(session, args.connection)
            ids = None
            if args.sku:
                ids = list(session.scalars(select(Product.id).where(Product.sku.in_(args.sku))))
            count = outbox.retry_parked(session, settings.id, ids)
    print(f"{settings.name}: {count} parked product(s) queued again for the next push.")
    return 0


def cmd_sync_confirm(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ..models import Product
    from ..sync import connections, price_guard

    with opened_store(args) as store:
        actor = require_admin(store)
        with store.session() as session:
            settings = connections.find_connection(session, args.connection)
            ids = list(session.scalars(select(Product.id).where(Product.sku.in_(args.sku))))
            count = price_guard.confirm(session, actor, settings.id, ids)
    print(f"{settings.name}: {count} held price(s) confirmed; they go to the site with the next push.")
    return 0


def cmd_sync_configure(args: argparse.Namespace) -> int:
    from ..sync import connections

    secret = None
    if args.secret_env:
        secret = os.environ.get(args.secret_env)
        if not secret:
            raise BackofficeError("The environment variable {name} is empty or not set.", name=args.secret_env)
    with opened_store(args) as store:
        actor = require_admin(store)
        with store.session() as session:
            existing = {c.name: c for c in connections.list_connections(session)}.get(args.name)
            formats = tuple(f.strip().lower() for f in args.formats.split(",") if f.strip())
            settings = connections.ConnectionSettings(
                name=args.name, kind=args.kind, base_url=args.url, consumer_key=args.key or "",
                username=args.user or "", send_catalog=not args.offers_only,
                whole_quantities=args.whole_quantities, folder=args.folder or "",
                formats=formats, product_url=args.product_url or "", timeout=args.timeout,
                enabled=not args.disabled, id=existing.id if existing else None,
                channel=args.channel or (existing.channel if existing else "website"),
            )
            saved = connections.save_connection(session, actor, settings, secret)
    if not saved.needs_secret:
        print(f"Feed connection '{saved.name}' saved: {', '.join(saved.formats)} files in {saved.folder}.")
        return 0
    what = "password" if saved.kind in connections.WITH_USER else "secret"
    where = "saved in this computer's keyring" if secret else f"taken from the keyring or ${connections.SECRET_ENV}"
    print(f"Shop connection '{saved.name}' ({connections.KINDS[saved.kind]}) saved ({saved.base_url}); "
          f"the {what} is {where}.")
    return 0


def add_sync(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="the shop website: push stock and prices, pull orders (for a scheduler)")
    sync_sub = p.add_subparsers(title="sync commands", metavar="SYNC_COMMAND", required=True)
    for action, text in (("push", "send the queued stock and prices to the site"),
                         ("pull", "take new and changed orders from the site")):
        p = sync_sub.add_parser(action, help=f"{text}; exit 0 done, 1 some items refused, "
                                "3 site unreachable (try later), 4 site refused us (fix the settings)")
        add_store_args(p)
        p.add_argument("--connection", metavar="NAME", help="the shop connection (default: the only one)")
        p.add_argument("--tries", type=int, default=5, help="tries per request before giving up (default 5)")
        if action == "push":
            p.add_argument("--batch-size", type=int, help="products per request (at most 100)")
            p.add_argument("--dry-run", action="store_true", help="only list what would be sent; send nothing")
            p.add_argument("--limit", type=int, default=1000, help="with --dry-run: list at most this many")
        p.set_defaults(func=cmd_sync_run, action=action)
    p = sync_sub.add_parser("reconcile", help="compare the site's stock and prices with ours; exit 1 if any differ "
                            "(3, 4 as for push)")
    add_store_args(p)
    p.add_argument("--connection", metavar="NAME")
    p.add_argument("--tries", type=int, default=5)
    p.add_argument("--fix", action="store_true", help="queue the differing products so the next push corrects the site")
    p.set_defaults(func=cmd_sync_reconcile)
    p = sync_sub.add_parser("status", help="a connection's queue, parked products and latest runs")
    add_store_args(p)
    p.add_argument("--connection", metavar="NAME", help="the shop connection (default: the only one)")
    p.add_argument("--runs", type=int, default=10, help="how many runs to list (default 10)")
    p.set_defaults(func=cmd_sync_status)
    p = sync_sub.add_parser("test", help="reach the site with the saved keys; exit codes as for push")
    add_store_args(p)
    p.add_argument("--connection", metavar="NAME")
    p.add_argument("--tries", type=int, default=2)
    p.set_defaults(func=cmd_sync_test)
    p = sync_sub.add_parser("retry", help="queue products parked for a connection again (all, or --sku)")
    add_store_args(p)
    p.add_argument("--connection", metavar="NAME", help="the shop connection (default: the only one)")
    p.add_argument("--sku", action="append", default=[], help="only this SKU (repeatable)")
    p.set_defaults(func=cmd_sync_retry)
    p = sync_sub.add_parser("confirm", help="let held price drops of these SKUs go to a connection's site "
                            "(as the administrator)")
    add_store_args(p)
    p.add_argument("--connection", metavar="NAME", help="the shop connection (default: the only one)")
    p.add_argument("--sku", action="append", required=True, help="a SKU whose held price is confirmed (repeatable)")
    p.set_defaults(func=cmd_sync_confirm)
    p = sync_sub.add_parser("configure", help="create or change a shop connection (WooCommerce, CommerceML, django-oscar "
                            "or feeds)")
    add_store_args(p)
    p.add_argument("name", help="a name for the connection, e.g. shop")
    p.add_argument("--kind", choices=("woocommerce", "commerceml", "oscar", "feed"), default="woocommerce",
                   help="the platform: a WooCommerce site, a CommerceML (1C) exchange, a django-oscar shop "
                        "(django-oscar-api's admin API), or feed files (default woocommerce)")
    p.add_argument("--url", required=True,
                   help="the site's address, https://... (CommerceML: the exchange address, such as "
                        "https://shop.example.ru/bitrix/admin/1c_exchange.php; feeds: the shop's address)")
    p.add_argument("--key", help="WooCommerce: the consumer key (ck_...)")
    p.add_argument("--user", help="CommerceML: the exchange user name; django-oscar: the staff user")
    p.add_argument("--secret-env", metavar="VAR",
                   help="read the consumer secret (CommerceML, django-oscar: the password) from this environment "
                        "variable and keep it in the keyring")
    p.add_argument("--offers-only", action="store_true",
                   help="CommerceML: send only offers.xml, not import.xml (the site has its products already)")
    p.add_argument("--whole-quantities", action="store_true",
                   help="CommerceML: send stock rounded down to whole units (sites that read only whole numbers)")
    p.add_argument("--folder", help="feeds: the folder the files are written to")
    p.add_argument("--formats", default="yml,csv,xlsx", help="feeds: the files to write (default yml,csv,xlsx)")
    p.add_argument("--product-url", metavar="PATTERN",
                   help="feeds: each product's page, e.g. https://shop.example.ru/product/{slug} ({sku}, {id})")
    p.add_argument("--timeout", type=int, default=30, help="seconds to wait for an answer (default 30)")
    p.add_argument("--disabled", action="store_true", help="save it switched off")
    p.add_argument("--channel", metavar="website|marketplace",
                   help="the sales channel it sells on: a product below that channel's publish threshold goes out "
                        "as not published (default: website, or what the connection had)")
    p.set_defaults(func=cmd_sync_configure)
