"""The command line: ``backoffice`` starts the GUI; ``backoffice <command>`` runs headless.

Each command group lives in its own module (``add_<command>`` declares its arguments,
``cmd_<command>`` runs it); ``store`` opens the store every command works on. Exit codes:
0 done, 1 the command found problems (see its output), 2 bad input or a domain error,
130 interrupted; ``sync`` adds its own for a scheduler (see :mod:`.sync`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from ..errors import BackofficeError
from .catalog import add_catalog
from .demo import add_demo
from .maintenance import add_backup, add_migrate
from .pricelist import add_pricelist
from .report import add_report, add_reports
from .sales import add_sales
from .stock import add_stock
from .store import add_store_args
from .sync import add_sync
from .users import add_users, cmd_users
from .window import add_screenshot, cmd_gui


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="backoffice",
        description="Back Office Desktop. Without a command, starts the application window.",
    )
    parser.add_argument("--version", action="version", version=f"Back Office Desktop {__version__}")
    add_store_args(parser, top=True)
    parser.add_argument("--lang", choices=["ru", "en"], help="interface language for this run")
    parser.set_defaults(func=cmd_gui)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND")
    for add in (add_migrate, add_demo, add_users, add_stock, add_backup, add_pricelist, add_catalog, add_sales,
                add_report, add_sync, add_reports, add_screenshot):
        add(sub)
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
