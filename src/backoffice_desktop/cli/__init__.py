"""The command line: ``backoffice`` starts the GUI; ``backoffice <command>`` runs headless."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import __version__
from ..config import AppPaths, LocalSettings, choose_store_url
from ..db import Store, open_store
from ..errors import BackofficeError
from ..models import Role

if TYPE_CHECKING:
    from ..services.pricelists import PriceListReport
    from ..services.sales_import import SalesImportReport

ROLE_CHOICES = [r.value for r in Role]


def _add_store_args(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # Sub-commands repeat the options; SUPPRESS keeps them from hiding a value given
    # before the command ("backoffice --db X migrate").
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="URL", default=default,
                        help="store: an SQLite file path or a postgresql:// URL (default: $BACKOFFICE_DB_URL, "
                        "then the last store, then the file in the data folder)")
    parser.add_argument("--config-dir", metavar="DIR", default=default,
                        help="keep settings and the default store in DIR")


def _open(args: argparse.Namespace, migrate: bool = True) -> Store:
    paths = AppPaths.resolve(args.config_dir)
    url = choose_store_url(args.db, paths, LocalSettings.load(paths))
    return open_store(url, migrate=migrate)


def _progress(done: int, total: int, message: str) -> None:
    print(f"[{done}/{total}] {message}", file=sys.stderr, flush=True)


def cmd_migrate(args: argparse.Namespace) -> int:
    store = _open(args, migrate=True)
    print(f"Store {store.description} is at schema {store.schema_state().current}.")
    store.close()
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from ..services.demo import DemoOptions, generate_demo
    from ..services.demo_files import demo_files_folder, write_demo_files

    store = _open(args)
    try:
        summary = generate_demo(
            store,
            DemoOptions(products=args.products, orders=args.orders, photos=args.photos, seed=args.seed),
            progress=None if args.quiet else _progress,
        )
        files = write_demo_files(store, demo_files_folder(AppPaths.resolve(args.config_dir).data_dir), args.seed)
    finally:
        store.close()
    print(summary)
    for path in files:
        print(f"Sample file to try the import: {path}")
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise BackofficeError("The environment variable {name} is empty or not set.", name=args.password_env)
        return value
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise BackofficeError("The passwords differ.")
    return first


def _admin_actor(store: Store, args: argparse.Namespace):
    """The actor for user commands: a system administrator acting from the command line."""
    from ..services.auth import actor_for
    from ..services.users import first_active_admin

    with store.read_session() as session:
        admin = first_active_admin(session)
        if admin is None:
            return None
        return actor_for(admin)


def cmd_users(args: argparse.Namespace) -> int:
    from ..services import auth, users

    store = _open(args)
    try:
        actor = _admin_actor(store, args)
        if args.action == "list":
            if actor is None:
                print("The store has no users yet.")
                return 0
            with store.read_session() as session:
                for u in users.list_users(session, actor):
                    state = "active" if u.is_active else "disabled"
                    roles = ",".join(sorted(r.value for r in u.roles))
                    print(f"{u.username}\t{u.full_name}\t{roles}\t{state}")
            return 0
        if args.action == "create":
            password = _read_password(args)
            roles = {Role(r) for r in args.role} or {Role.CLERK}
            with store.session() as session:
                if actor is None:
                    if Role.ADMIN not in roles:
                        raise BackofficeError("The first user of a store must be an administrator (--role admin).")
                    auth.create_first_admin(session, args.username, password, args.full_name)
                else:
                    users.create_user(session, actor, args.username, password, roles, args.full_name)
            print(f"User {args.username} created.")
            return 0
        if actor is None:
            raise BackofficeError("The store has no users yet; create an administrator first.")
        with store.session() as session:
            user = auth.find_user(session, args.username)
            if user is None:
                raise BackofficeError("No user named '{username}'.", username=args.username)
            if args.action == "passwd":
                users.reset_password(session, actor, user.id, _read_password(args))
            elif args.action == "disable":
                users.update_user(session, actor, user.id, is_active=False)
            elif args.action == "enable":
                users.update_user(session, actor, user.id, is_active=True)
        print(f"User {args.username}: {args.action} done.")
        return 0
    finally:
        store.close()


def cmd_stock_verify(args: argparse.Namespace) -> int:
    from ..services.stock import check_levels

    store = _open(args)
    try:
        with store.session() as session:
            found = check_levels(session, fix=args.fix)
        for d in found:
            print(f"product {d.product_id} location {d.location_id}: level {d.level}, ledger {d.ledger}")
        if not found:
            print("Stock levels agree with the ledger.")
            return 0
        print(f"{len(found)} level(s) differ from the ledger" + (" and were rewritten." if args.fix else "."))
        return 0 if args.fix else 1
    finally:
        store.close()


def cmd_backup(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        print(f"Backup written to {store.backup_sqlite(args.out)}")
    finally:
        store.close()
    return 0


#: Lines of each list (errors, skipped rows, price changes...) the price list report prints.
REPORT_LINES = 20


def _print_some(title: str, lines: list[str]) -> None:
    if not lines:
        return
    print(f"{title}:")
    for line in lines[:REPORT_LINES]:
        print(f"  {line}")
    if len(lines) > REPORT_LINES:
        print(f"  ... and {len(lines) - REPORT_LINES} more")


def _print_price_list_report(report: PriceListReport) -> None:
    print(f"Price list {report.file} for {report.supplier_name} (prices in {report.currency})")
    for table in report.tables:
        columns = ", ".join(f"{table.captions.get(f) or f.value} → {letter}"
                            for f, letter in sorted(table.columns.items(), key=lambda item: item[1]))
        print(f"  sheet '{table.sheet}': header in row {table.header_row} ({columns})")
    for sheet in report.sheets_without_table:
        print(f"  sheet '{sheet}': no price table, not read")
    print(f"Rows: {len(report.rows)} to import, {report.error_rows} with errors, {len(report.skipped)} skipped"
          f" ({report.estimated_stock_rows} with the stock estimated from a word)")
    print(f"Matched: {len(report.matched_by_sku)} by supplier SKU, {len(report.matched_by_barcode)} by barcode; "
          f"{len(report.unmatched)} unmatched ({len(report.suggestions)} with a name suggestion)")
    print(f"Offers: {len(report.new_offers)} new, {len(report.price_changes)} price changes, "
          f"{len(report.absent)} no longer listed (their supplier stock goes to 0)")
    _print_some("Errors", [f"sheet '{e.sheet}', row {e.row}, column {e.column}, '{e.value}': {e.problem}"
                           for e in report.errors])
    _print_some("Skipped", [f"sheet '{s.sheet}', row {s.row}: {s.reason}" + (f": {s.text}" if s.text else "")
                            for s in report.skipped])
    _print_some("Price changes, biggest first", [
        f"{c.row.supplier_sku}  {c.row.name[:60]}  {c.old_price} → {c.new_price}"
        + (f" ({c.change:+.1%})" if c.change is not None else "")
        for c in report.price_changes
    ])
    _print_some("Name suggestions (not applied: link them in the application)", [
        f"{s.row.supplier_sku}  {s.row.name[:50]}  →  {s.product_sku}  {s.product_name[:50]} ({s.score:.0%})"
        for s in report.suggestions
    ])


def cmd_pricelist_import(args: argparse.Namespace) -> int:
    from ..services import pricelists

    store = _open(args)
    try:
        with store.read_session() as session:
            supplier = pricelists.find_supplier(session, args.supplier)
            report = pricelists.analyse_price_list(session, supplier.id, Path(args.file))
        _print_price_list_report(report)
        if report.errors:
            print(f"{report.error_rows} rows have errors: nothing was written. Correct them and import again.")
            return 1
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        actor = _admin_actor(store, args)
        if actor is None:
            raise BackofficeError("The store has no users yet; create an administrator first.")
        with store.session() as session:
            result = pricelists.apply_price_list(session, actor, report)
        print(f"Imported: {result.offers_created} new offers, {result.offers_updated} updated, "
              f"{result.prices_changed} prices changed, {result.stock_cleared} offers no longer listed, "
              f"{result.products_marked} products queued for the shop sync.")
        return 0
    finally:
        store.close()


def cmd_catalog_export(args: argparse.Namespace) -> int:
    from ..services import catalog, catalog_excel

    store = _open(args)
    try:
        with store.read_session() as session:
            brand_id = None
            if args.brand:
                brand_id = next((bid for bid, name in catalog.list_brands(session)
                                 if name.casefold() == args.brand.casefold()), None)
                if brand_id is None:
                    raise BackofficeError("There is no brand '{value}'; expected a brand the catalog has.",
                                          value=args.brand)
            filt = catalog.ProductFilter(text=args.search or "", category_id=args.category, brand_id=brand_id)
            count = catalog_excel.export_catalog(session, Path(args.out), filt, args.language)
    finally:
        store.close()
    print(f"Exported {count} products to {args.out}.")
    return 0


def cmd_catalog_import(args: argparse.Namespace) -> int:
    from ..services import catalog_excel
    from ..exports.catalog_xlsx import COLUMNS

    titles = {c.key: c.en for c in COLUMNS}
    store = _open(args)
    try:
        with store.read_session() as session:
            report = catalog_excel.analyse_import(session, Path(args.file))
        print(f"Catalog sheet {args.file}: {report.rows_read} rows read, {len(report.changes)} changed cells "
              f"in {report.changed_products} products, {len(report.errors)} errors")
        _print_some("Errors", [f"row {e.row}, column {titles.get(e.column, '-')}, '{e.value}': {e.error}"
                               for e in report.errors])
        _print_some("Changes", [f"row {c.row}, {c.sku}, {titles[c.column]}: '{c.old}' → '{c.new}'"
                                for c in report.changes])
        if report.errors:
            print("Nothing was written. Correct the errors and import again.")
            return 1
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        actor = _admin_actor(store, args)
        if actor is None:
            raise BackofficeError("The store has no users yet; create an administrator first.")
        with store.session() as session:
            result = catalog_excel.apply_import(session, actor, report)
        print(f"Imported: {result.cells} cells changed in {result.products} products.")
        return 0
    finally:
        store.close()


def _print_sales_report(report: SalesImportReport) -> None:
    from ..models import SalesOrderStatus

    print(f"Order export {report.file} for the source '{report.source}'")
    for table in report.tables:
        columns = ", ".join(f"{table.captions.get(f) or f.value} → {letter}"
                            for f, letter in sorted(table.columns.items(), key=lambda item: item[1]))
        print(f"  sheet '{table.sheet}': header in row {table.header_row} ({columns})")
    print(f"Dates read {'day' if report.day_first else 'month'} first.")
    print(f"Lines: {report.lines_read} read, {report.error_rows} rows with errors, {len(report.skipped)} skipped")
    print(f"Orders: {len(report.orders)} in the file: {len(report.new)} new, {len(report.updated)} updated, "
          f"{len(report.unchanged)} already imported and unchanged")
    print(f"Of them {report.count(SalesOrderStatus.CANCELLED)} cancelled, {report.count(SalesOrderStatus.RETURNED)} "
          f"returned, {report.return_lines} returned lines; revenue {report.revenue:.2f}")
    _print_some("Errors", [f"sheet '{e.sheet}', row {e.row}, column {e.column}, '{e.value}': {e.problem}"
                           for e in report.errors])
    _print_some("Updated orders", [
        f"{p.order.number}: {p.old_status} → {p.order.status.value}" if p.old_status != p.order.status.value
        else f"{p.order.number}: lines or customer changed" for p in report.updated])
    _print_some("SKUs we don't have (imported without a product: revenue without cost)", [
        f"{u.sku}  {u.name[:60]}  ({u.lines} lines, first in row {u.first_row})" for u in report.unknown])
    _print_some("Skipped", [f"sheet '{s.sheet}', row {s.row}: {s.reason}" + (f": {s.text[:80]}" if s.text else "")
                            for s in report.skipped])


def cmd_sales_import(args: argparse.Namespace) -> int:
    from ..services import sales_import

    store = _open(args)
    try:
        with store.read_session() as session:
            report = sales_import.analyse_sales(session, args.source, Path(args.file))
        _print_sales_report(report)
        if report.errors:
            print(f"{report.error_rows} rows have errors: nothing was written. Correct them and import again.")
            return 1
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        actor = _admin_actor(store, args)
        if actor is None:
            raise BackofficeError("The store has no users yet; create an administrator first.")
        with store.session() as session:
            result = sales_import.apply_sales(session, actor, report)
        print(f"Imported: {result.created} new orders, {result.updated} updated, {result.unchanged} unchanged; "
              f"{result.lines_written} lines written, {result.products_marked} products queued for the shop sync.")
        return 0
    finally:
        store.close()


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from ..services import report_output
    from ..services.reports.registry import REPORTS, run_report
    from ..exports.report_data import Period, ReportParams

    if args.list:
        for spec in REPORTS.values():
            if not spec.drill_only:
                print(f"{spec.key:24} {spec.title('en')} — {spec.description('en')}")
        return 0
    if not (args.name and args.date_from and args.date_to and args.out):
        raise BackofficeError("report: give NAME, --from, --to and --out (or --list).")
    try:
        period = Period(date.fromisoformat(args.date_from), date.fromisoformat(args.date_to))
    except ValueError:
        raise BackofficeError("report: dates are written as 2026-11-01.") from None
    options = {}
    for pair in args.option:
        key, sep, value = pair.partition("=")
        if not sep:
            raise BackofficeError("report: --option takes KEY=VALUE, not '{pair}'.", pair=pair)
        options[key] = value
    params = ReportParams(period, args.category, args.brand, args.supplier, options)
    fmt = args.format or Path(args.out).suffix.lstrip(".").lower()
    if fmt not in report_output.FORMATS:
        raise BackofficeError("report: --format is pdf or xlsx.")
    store = _open(args)
    try:
        actor = _admin_actor(store, args)
        if actor is None:
            raise BackofficeError("The store has no users yet; create an administrator first.")
        with store.read_session() as session:
            result = run_report(session, args.name, params, actor)
            path = report_output.write_report(session, result, Path(args.out), fmt, args.language)
        print(f"{result.title('en')}: {len(result.rows)} rows written to {path}")
        return 0
    finally:
        store.close()


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
    store = _open(args)
    try:
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
    finally:
        store.close()


def _sync_dry_run(args: argparse.Namespace) -> int:
    from ..sync import engine
    from ..sync.woocommerce import prices, stock_quantity

    store = _open(args)
    try:
        pending = engine.dry_run(store, limit=args.limit)
    finally:
        store.close()
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
    store = _open(args)
    try:
        with store.read_session() as session:
            settings = connections.find_connection(session, args.connection)
        try:
            policy = RetryPolicy(attempts=args.tries, timeout=float(settings.timeout))
            with connections.open_connector(store, settings, policy=policy) as connector:
                found = engine.reconcile(store, connector, fix=args.fix)
        except SyncError as exc:
            print(f"backoffice: {exc}", file=sys.stderr)
            return _sync_exit(exc, "failed")
        for d in found.differences:
            site = "(not on the site)" if d.site is None else d.site or "(empty)"
            print(f"{d.sku}\t{d.field}\tsite: {site}\tours: {d.ours or '(empty)'}")
        print(f"{found.checked} product(s) compared, {len(found.differences)} difference(s)"
              + (f"; {found.marked} product(s) queued for the next push." if args.fix else "."))
        return SYNC_PARTIAL if found.differences else 0
    finally:
        store.close()


def cmd_sync_test(args: argparse.Namespace) -> int:
    from ..sync import connections
    from ..sync.connector import SyncError
    from ..sync.http import RetryPolicy

    store = _open(args)
    try:
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
    finally:
        store.close()


def cmd_sync_status(args: argparse.Namespace) -> int:
    from ..sync import connections, engine, outbox

    store = _open(args)
    try:
        with store.read_session() as session:
            settings = connections.find_connection(session, args.connection)
            queue = outbox.queue_state(session)
            parked = outbox.parked_items(session, limit=20)
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
    finally:
        store.close()


def cmd_sync_retry(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ..models import Product
    from ..sync import outbox

    store = _open(args)
    try:
        with store.session() as session:
            ids = None
            if args.sku:
                ids = list(session.scalars(select(Product.id).where(Product.sku.in_(args.sku))))
            count = outbox.retry_parked(session, ids)
        print(f"{count} parked product(s) queued again for the next push.")
        return 0
    finally:
        store.close()


def cmd_sync_confirm(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from ..models import Product
    from ..sync import price_guard

    store = _open(args)
    try:
        actor = _admin_actor(store, args)
        if actor is None:
            raise BackofficeError("The store has no users yet; create an administrator first.")
        with store.session() as session:
            ids = list(session.scalars(select(Product.id).where(Product.sku.in_(args.sku))))
            count = price_guard.confirm(session, actor, ids)
        print(f"{count} held price(s) confirmed; they go to the site with the next push.")
        return 0
    finally:
        store.close()


def cmd_sync_configure(args: argparse.Namespace) -> int:
    from ..sync import connections

    secret = None
    if args.secret_env:
        secret = os.environ.get(args.secret_env)
        if not secret:
            raise BackofficeError("The environment variable {name} is empty or not set.", name=args.secret_env)
    store = _open(args)
    try:
        actor = _admin_actor(store, args)
        if actor is None:
            raise BackofficeError("The store has no users yet; create an administrator first.")
        with store.session() as session:
            existing = {c.name: c for c in connections.list_connections(session)}.get(args.name)
            formats = tuple(f.strip().lower() for f in args.formats.split(",") if f.strip())
            settings = connections.ConnectionSettings(
                name=args.name, kind=args.kind, base_url=args.url, consumer_key=args.key or "",
                username=args.user or "", send_catalog=not args.offers_only, folder=args.folder or "",
                formats=formats, product_url=args.product_url or "", timeout=args.timeout,
                enabled=not args.disabled, id=existing.id if existing else None,
            )
            saved = connections.save_connection(session, actor, settings, secret)
        if not saved.needs_secret:
            print(f"Feed connection '{saved.name}' saved: {', '.join(saved.formats)} files in {saved.folder}.")
            return 0
        what = "password" if saved.kind == connections.COMMERCEML else "secret"
        where = "saved in this computer's keyring" if secret else f"taken from the keyring or ${connections.SECRET_ENV}"
        print(f"Shop connection '{saved.name}' ({connections.KINDS[saved.kind]}) saved ({saved.base_url}); "
              f"the {what} is {where}.")
        return 0
    finally:
        store.close()


def cmd_reports_rebuild(args: argparse.Namespace) -> int:
    import time

    from sqlalchemy import func, select

    from ..models import ReportSalesLine
    from ..services.reports import summary
    from ..services.reports.zones import shop_zone

    store = _open(args)
    try:
        started = time.perf_counter()
        with store.session() as session:
            if args.time_zone:
                actor = _admin_actor(store, args)
                if actor is None:
                    raise BackofficeError("The store has no users yet; create an administrator first.")
                if not summary.set_time_zone(session, actor, args.time_zone):
                    summary.rebuild(session)
            else:
                summary.rebuild(session)
            zone = shop_zone(session).key
            lines = session.scalar(select(func.count()).select_from(ReportSalesLine))
        print(f"Report tables rebuilt in the time zone {zone}: {lines} order lines counted "
              f"in {time.perf_counter() - started:.1f} s.")
        return 0
    finally:
        store.close()


def cmd_screenshot(args: argparse.Namespace) -> int:
    from ..app import take_screenshot

    return take_screenshot(args)


def cmd_gui(args: argparse.Namespace) -> int:
    from ..app import run_gui

    return run_gui(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backoffice",
        description="Back Office Desktop. Without a command, starts the application window.",
    )
    parser.add_argument("--version", action="version", version=f"Back Office Desktop {__version__}")
    _add_store_args(parser, top=True)
    parser.add_argument("--lang", choices=["ru", "en"], help="interface language for this run")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")

    p = sub.add_parser("migrate", help="create the store or bring its schema up to date")
    _add_store_args(p)
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser("demo", help="fill the store with a realistic demo shop")
    _add_store_args(p)
    p.add_argument("--products", type=int, default=2000, help="number of products (default 2000)")
    p.add_argument("--orders", type=int, default=5000, help="website orders over 12 months (default 5000)")
    p.add_argument("--photos", type=int, default=60, help="products that get generated photos (default 60)")
    p.add_argument("--seed", type=int, default=1, help="random seed, for repeatable data")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("users", help="list, create, disable users, reset passwords")
    _add_store_args(p)
    p.add_argument("action", choices=["list", "create", "passwd", "disable", "enable"])
    p.add_argument("username", nargs="?", default="")
    p.add_argument("--role", action="append", choices=ROLE_CHOICES, default=[], help="role (repeatable)")
    p.add_argument("--full-name", default="")
    p.add_argument("--password-env", metavar="VAR", help="read the password from this environment variable")
    p.set_defaults(func=cmd_users)

    p = sub.add_parser("stock", help="stock ledger tools")
    stock_sub = p.add_subparsers(title="stock commands", metavar="STOCK_COMMAND", required=True)
    p = stock_sub.add_parser(
        "verify", help="recompute stock levels from the ledger; exit 1 if any level differs"
    )
    _add_store_args(p)
    p.add_argument("--fix", action="store_true", help="rewrite differing levels from the ledger")
    p.set_defaults(func=cmd_stock_verify)

    p = sub.add_parser("backup", help="write a consistent copy of an SQLite store")
    _add_store_args(p)
    p.add_argument("--out", required=True, help="file to write")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("pricelist", help="supplier price lists")
    pricelist_sub = p.add_subparsers(title="price list commands", metavar="PRICELIST_COMMAND", required=True)
    p = pricelist_sub.add_parser(
        "import", help="import a supplier's price list (.xlsx or .csv) with the columns remembered for the "
        "supplier (else detected); print the report; exit 1 and write nothing if any row has errors")
    _add_store_args(p)
    p.add_argument("--supplier", required=True, metavar="NAME", help="the supplier's name")
    p.add_argument("--dry-run", action="store_true", help="only print the report; write nothing")
    p.add_argument("file", help="the price list file")
    p.set_defaults(func=cmd_pricelist_import)

    p = sub.add_parser("catalog", help="the catalog as an Excel workbook: export, edit, import back")
    catalog_sub = p.add_subparsers(title="catalog commands", metavar="CATALOG_COMMAND", required=True)
    p = catalog_sub.add_parser("export", help="write the catalog (or the part the filters pick) to an XLSX file")
    _add_store_args(p)
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="the file to write")
    p.add_argument("--category", type=int, metavar="ID", help="only this category (with subcategories)")
    p.add_argument("--brand", metavar="NAME", help="only this brand")
    p.add_argument("--search", metavar="TEXT", help="only products whose SKU, barcode or name contain TEXT")
    p.add_argument("--language", choices=["ru", "en"], default="ru", help="the column titles' language")
    p.set_defaults(func=cmd_catalog_export)
    p = catalog_sub.add_parser(
        "import", help="apply the changed cells of an exported catalog workbook; print the changes and errors; "
        "exit 1 and write nothing if any cell has an error")
    _add_store_args(p)
    p.add_argument("--dry-run", action="store_true", help="only print the report; write nothing")
    p.add_argument("file", help="the workbook made by 'catalog export' and edited")
    p.set_defaults(func=cmd_catalog_import)

    p = sub.add_parser("sales", help="website orders")
    sales_sub = p.add_subparsers(title="sales commands", metavar="SALES_COMMAND", required=True)
    p = sales_sub.add_parser(
        "import", help="import the shop's order export (.xlsx or .csv) with the columns remembered for the source "
        "(else detected); orders are matched by number, so importing again changes nothing; print the report; "
        "exit 1 and write nothing if any row has errors")
    _add_store_args(p)
    p.add_argument("--source", default="website", metavar="NAME",
                   help="where the orders come from (default: website, as the shop sync)")
    p.add_argument("--dry-run", action="store_true", help="only print the report; write nothing")
    p.add_argument("file", help="the order export file")
    p.set_defaults(func=cmd_sales_import)

    p = sub.add_parser("report", help="write a report as PDF or XLSX (for a scheduler); --list names them")
    _add_store_args(p)
    p.add_argument("name", nargs="?", help="the report, e.g. sales_by_period (see --list)")
    p.add_argument("--list", action="store_true", help="list the reports and exit")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day, e.g. 2026-11-01")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day, e.g. 2026-11-30")
    p.add_argument("--category", type=int, metavar="ID", help="only this category (with subcategories)")
    p.add_argument("--brand", type=int, metavar="ID", help="only this brand")
    p.add_argument("--supplier", type=int, metavar="ID", help="only goods of this supplier")
    p.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                   help="a report option, e.g. grouping=month or abc_by=margin")
    p.add_argument("--format", choices=["pdf", "xlsx"], help="default: from the file name")
    p.add_argument("--language", choices=["ru", "en"], default="ru", help="the document's language")
    p.add_argument("--out", metavar="FILE", help="the file to write")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("sync", help="the shop website: push stock and prices, pull orders (for a scheduler)")
    sync_sub = p.add_subparsers(title="sync commands", metavar="SYNC_COMMAND", required=True)
    for action, text in (("push", "send the queued stock and prices to the site"),
                         ("pull", "take new and changed orders from the site")):
        p = sync_sub.add_parser(action, help=f"{text}; exit 0 done, 1 some items refused, "
                                "3 site unreachable (try later), 4 site refused us (fix the settings)")
        _add_store_args(p)
        p.add_argument("--connection", metavar="NAME", help="the shop connection (default: the only one)")
        p.add_argument("--tries", type=int, default=5, help="tries per request before giving up (default 5)")
        if action == "push":
            p.add_argument("--batch-size", type=int, help="products per request (at most 100)")
            p.add_argument("--dry-run", action="store_true", help="only list what would be sent; send nothing")
            p.add_argument("--limit", type=int, default=1000, help="with --dry-run: list at most this many")
        p.set_defaults(func=cmd_sync_run, action=action)
    p = sync_sub.add_parser("reconcile", help="compare the site's stock and prices with ours; exit 1 if any differ "
                            "(3, 4 as for push)")
    _add_store_args(p)
    p.add_argument("--connection", metavar="NAME")
    p.add_argument("--tries", type=int, default=5)
    p.add_argument("--fix", action="store_true", help="queue the differing products so the next push corrects the site")
    p.set_defaults(func=cmd_sync_reconcile)
    p = sync_sub.add_parser("status", help="the queue, parked products and the latest runs")
    _add_store_args(p)
    p.add_argument("--connection", metavar="NAME")
    p.add_argument("--runs", type=int, default=10, help="how many runs to list (default 10)")
    p.set_defaults(func=cmd_sync_status)
    p = sync_sub.add_parser("test", help="reach the site with the saved keys; exit codes as for push")
    _add_store_args(p)
    p.add_argument("--connection", metavar="NAME")
    p.add_argument("--tries", type=int, default=2)
    p.set_defaults(func=cmd_sync_test)
    p = sync_sub.add_parser("retry", help="queue parked products again (all, or --sku)")
    _add_store_args(p)
    p.add_argument("--sku", action="append", default=[], help="only this SKU (repeatable)")
    p.set_defaults(func=cmd_sync_retry)
    p = sync_sub.add_parser("confirm", help="let held price drops of these SKUs go to the site (as the administrator)")
    _add_store_args(p)
    p.add_argument("--sku", action="append", required=True, help="a SKU whose held price is confirmed (repeatable)")
    p.set_defaults(func=cmd_sync_confirm)
    p = sync_sub.add_parser("configure", help="create or change a shop connection (WooCommerce, CommerceML or feeds)")
    _add_store_args(p)
    p.add_argument("name", help="a name for the connection, e.g. shop")
    p.add_argument("--kind", choices=("woocommerce", "commerceml", "feed"), default="woocommerce",
                   help="the platform: a WooCommerce site, a CommerceML (1C) exchange, or feed files (default "
                        "woocommerce)")
    p.add_argument("--url", required=True,
                   help="the site's address, https://... (CommerceML: the exchange address, such as "
                        "https://shop.example.ru/bitrix/admin/1c_exchange.php; feeds: the shop's address)")
    p.add_argument("--key", help="WooCommerce: the consumer key (ck_...)")
    p.add_argument("--user", help="CommerceML: the exchange user name")
    p.add_argument("--secret-env", metavar="VAR",
                   help="read the consumer secret (CommerceML: the password) from this environment variable "
                        "and keep it in the keyring")
    p.add_argument("--offers-only", action="store_true",
                   help="CommerceML: send only offers.xml, not import.xml (the site has its products already)")
    p.add_argument("--folder", help="feeds: the folder the files are written to")
    p.add_argument("--formats", default="yml,csv,xlsx", help="feeds: the files to write (default yml,csv,xlsx)")
    p.add_argument("--product-url", metavar="PATTERN",
                   help="feeds: each product's page, e.g. https://shop.example.ru/product/{slug} ({sku}, {id})")
    p.add_argument("--timeout", type=int, default=30, help="seconds to wait for an answer (default 30)")
    p.add_argument("--disabled", action="store_true", help="save it switched off")
    p.set_defaults(func=cmd_sync_configure)
    p = sub.add_parser("reports", help="report tables kept from the website orders")
    reports_sub = p.add_subparsers(title="reports commands", metavar="REPORTS_COMMAND", required=True)
    p = reports_sub.add_parser(
        "rebuild", help="recompute the report tables from the orders (after a bulk load or a time zone change)")
    _add_store_args(p)
    p.add_argument("--time-zone", metavar="ZONE",
                   help="first make this the shop's time zone, e.g. Europe/Moscow (IANA name)")
    p.set_defaults(func=cmd_reports_rebuild)

    p = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    _add_store_args(p)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--workspace", default="catalog", help="catalog, settings, ... (as allowed for the user)")
    p.add_argument("--lang", choices=["ru", "en"], default=argparse.SUPPRESS)
    p.add_argument("--size", default="1280x800", help="window size WxH")
    p.add_argument("--card", metavar="SKU", help="show this product's card (catalog workspace)")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_screenshot)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.func is cmd_users and args.action != "list" and not args.username:
        parser.error("users: give a user name")
    func: Callable[[argparse.Namespace], int] = args.func
    try:
        return func(args)
    except BackofficeError as exc:
        print(f"backoffice: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
