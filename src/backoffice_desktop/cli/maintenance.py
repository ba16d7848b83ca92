"""``backoffice migrate`` and ``backoffice backup``: the store's schema and a copy of it."""

from __future__ import annotations

import argparse

from .store import add_store_args, opened_store


def cmd_migrate(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        print(f"Store {store.description} is at schema {store.schema_state().current}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        print(f"Backup written to {store.backup_sqlite(args.out)}")
    return 0


def add_migrate(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("migrate", help="create the store or bring its schema up to date")
    add_store_args(p)
    p.set_defaults(func=cmd_migrate)


def add_backup(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="write a consistent copy of an SQLite store")
    add_store_args(p)
    p.add_argument("--out", required=True, help="file to write")
    p.set_defaults(func=cmd_backup)
