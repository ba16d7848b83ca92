"""``backoffice pricelist import``: a supplier's price list, reported and then written."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .output import print_row_errors, print_some, print_tables, stop_before_writing
from .store import add_store_args, opened_store, require_admin

if TYPE_CHECKING:
    from ..services.pricelists import PriceListReport


def _print_price_list_report(report: PriceListReport) -> None:
    print(f"Price list {report.file} for {report.supplier_name} (prices in {report.currency})")
    print_tables(report.tables)
    for sheet in report.sheets_without_table:
        print(f"  sheet '{sheet}': no price table, not read")
    print(f"Rows: {len(report.rows)} to import, {report.error_rows} with errors, {len(report.skipped)} skipped"
          f" ({report.estimated_stock_rows} with the stock estimated from a word)")
    print(f"Matched: {len(report.matched_by_sku)} by supplier SKU, {len(report.matched_by_barcode)} by barcode; "
          f"{len(report.unmatched)} unmatched ({len(report.suggestions)} with a name suggestion)")
    print(f"Offers: {len(report.new_offers)} new, {len(report.price_changes)} price changes, "
          f"{len(report.absent)} no longer listed (their supplier stock goes to 0)")
    print_row_errors(report.errors)
    print_some("Skipped", [f"sheet '{s.sheet}', row {s.row}: {s.reason}" + (f": {s.text}" if s.text else "")
                           for s in report.skipped])
    print_some("Price changes, biggest first", [
        f"{c.row.supplier_sku}  {c.row.name[:60]}  {c.old_price} → {c.new_price}"
        + (f" ({c.change:+.1%})" if c.change is not None else "")
        for c in report.price_changes
    ])
    print_some("Name suggestions (not applied: link them in the application)", [
        f"{s.row.supplier_sku}  {s.row.name[:50]}  →  {s.product_sku}  {s.product_name[:50]} ({s.score:.0%})"
        for s in report.suggestions
    ])


def cmd_pricelist_import(args: argparse.Namespace) -> int:
    from ..services import pricelists

    with opened_store(args) as store:
        with store.read_session() as session:
            supplier = pricelists.find_supplier(session, args.supplier)
            report = pricelists.analyse_price_list(session, supplier.id, Path(args.file))
        _print_price_list_report(report)
        stop = stop_before_writing(
            bool(report.errors),
            f"{report.error_rows} rows have errors: nothing was written. Correct them and import again.",
            args.dry_run)
        if stop is not None:
            return stop
        actor = require_admin(store)
        with store.session() as session:
            result = pricelists.apply_price_list(session, actor, report)
    print(f"Imported: {result.offers_created} new offers, {result.offers_updated} updated, "
          f"{result.prices_changed} prices changed, {result.stock_cleared} offers no longer listed, "
          f"{result.products_marked} products queued for the shop sync.")
    return 0


def add_pricelist(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("pricelist", help="supplier price lists")
    pricelist_sub = p.add_subparsers(title="price list commands", metavar="PRICELIST_COMMAND", required=True)
    p = pricelist_sub.add_parser(
        "import", help="import a supplier's price list (.xlsx or .csv) with the columns remembered for the "
        "supplier (else detected); print the report; exit 1 and write nothing if any row has errors")
    add_store_args(p)
    p.add_argument("--supplier", required=True, metavar="NAME", help="the supplier's name")
    p.add_argument("--dry-run", action="store_true", help="only print the report; write nothing")
    p.add_argument("file", help="the price list file")
    p.set_defaults(func=cmd_pricelist_import)
