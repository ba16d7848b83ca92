"""The commands that open the application window: the GUI itself (no command) and
``backoffice screenshot`` (the main window rendered offscreen to a PNG)."""

from __future__ import annotations

import argparse

from .store import add_store_args


def cmd_gui(args: argparse.Namespace) -> int:
    from ..app import run_gui

    return run_gui(args)


def cmd_screenshot(args: argparse.Namespace) -> int:
    from ..app import take_screenshot

    return take_screenshot(args)


def add_screenshot(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    add_store_args(p)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--workspace", default="catalog", help="catalog, settings, ... (as allowed for the user)")
    p.add_argument("--lang", choices=["ru", "en"], default=argparse.SUPPRESS)
    p.add_argument("--size", default="1280x800", help="window size WxH")
    p.add_argument("--card", metavar="SKU", help="show this product's card (catalog workspace)")
    p.add_argument("--out", required=True)
    p.set_defaults(func=cmd_screenshot)
