"""What every command does first: open the store it is pointed at and, to write, act as
the store's administrator."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ..config import AppPaths, LocalSettings, choose_store_url
from ..db import Store, open_store
from ..errors import BackofficeError

if TYPE_CHECKING:
    from ..services.permissions import Actor


def add_store_args(parser: argparse.ArgumentParser, top: bool = False) -> None:
    # Sub-commands repeat the options; SUPPRESS keeps them from hiding a value given
    # before the command ("backoffice --db X migrate").
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", metavar="URL", default=default,
                        help="store: an SQLite file path or a postgresql:// URL (default: $BACKOFFICE_DB_URL, "
                        "then the last store, then the file in the data folder)")
    parser.add_argument("--config-dir", metavar="DIR", default=default,
                        help="keep settings and the default store in DIR")


@contextmanager
def opened_store(args: argparse.Namespace) -> Iterator[Store]:
    """The store of ``--db`` (else $BACKOFFICE_DB_URL, the last store, the data folder's
    file), its schema brought up to date, closed when the command is done."""
    paths = AppPaths.resolve(args.config_dir)
    store = open_store(choose_store_url(args.db, paths, LocalSettings.load(paths)), migrate=True)
    try:
        yield store
    finally:
        store.close()


def admin_actor(store: Store) -> Actor | None:
    """The actor for the commands that write: a system administrator acting from the
    command line; None while the store has no users."""
    from ..services.auth import actor_for
    from ..services.users import first_active_admin

    with store.read_session() as session:
        admin = first_active_admin(session)
        if admin is None:
            return None
        return actor_for(admin)


def require_admin(store: Store) -> Actor:
    """:func:`admin_actor`, or a :class:`BackofficeError` while the store has no users."""
    actor = admin_actor(store)
    if actor is None:
        raise BackofficeError("The store has no users yet; create an administrator first.")
    return actor
