"""``backoffice stock verify``: the stock levels checked against the ledger."""

from __future__ import annotations

import argparse

from .store import add_store_args, opened_store


def cmd_stock_verify(args: argparse.Namespace) -> int:
    from ..services.stock import check_levels

    with opened_store(args) as store:
        with store.session() as session:
            found = check_levels(session, fix=args.fix)
    for d in found:
        print(f"product {d.product_id} location {d.location_id}: level {d.level}, ledger {d.ledger}")
    if not found:
        print("Stock levels agree with the ledger.")
        return 0
    print(f"{len(found)} level(s) differ from the ledger" + (" and were rewritten." if args.fix else "."))
    return 0 if args.fix else 1


def add_stock(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stock", help="stock ledger tools")
    stock_sub = p.add_subparsers(title="stock commands", metavar="STOCK_COMMAND", required=True)
    p = stock_sub.add_parser(
        "verify", help="recompute stock levels from the ledger; exit 1 if any level differs"
    )
    add_store_args(p)
    p.add_argument("--fix", action="store_true", help="rewrite differing levels from the ledger")
    p.set_defaults(func=cmd_stock_verify)
