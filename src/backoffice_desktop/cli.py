"""The command line: ``backoffice`` starts the GUI; ``backoffice <command>`` runs headless."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence

from . import __version__
from .config import AppPaths, LocalSettings, choose_store_url
from .db import Store, open_store
from .errors import BackofficeError
from .models import Role

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
    from .services.demo import DemoOptions, generate_demo

    store = _open(args)
    try:
        summary = generate_demo(
            store,
            DemoOptions(products=args.products, orders=args.orders, photos=args.photos, seed=args.seed),
            progress=None if args.quiet else _progress,
        )
    finally:
        store.close()
    print(summary)
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
    from .services.auth import actor_for
    from .services.users import first_active_admin

    with store.read_session() as session:
        admin = first_active_admin(session)
        if admin is None:
            return None
        return actor_for(admin)


def cmd_users(args: argparse.Namespace) -> int:
    from .services import auth, users

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
    from .services.stock import check_levels

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


def cmd_screenshot(args: argparse.Namespace) -> int:
    from .app import take_screenshot

    return take_screenshot(args)


def cmd_gui(args: argparse.Namespace) -> int:
    from .app import run_gui

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

    p = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    _add_store_args(p)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--workspace", default="catalog", help="catalog, settings, ... (as allowed for the user)")
    p.add_argument("--lang", choices=["ru", "en"], default=argparse.SUPPRESS)
    p.add_argument("--size", default="1280x800", help="window size WxH")
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
