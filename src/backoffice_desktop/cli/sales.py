"""``backoffice sales import``: the shop's order export, reported and then written."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .output import print_row_errors, print_some, print_tables, stop_before_writing
from .store import add_store_args, opened_store, require_admin

if TYPE_CHECKING:
    from ..services.sales_import import SalesImportReport


def _print_sales_report(report: SalesImportReport) -> None:
    from ..models import SalesOrderStatus

    print(f"Order export {report.file} for the source '{report.source}'")
    print_tables(report.tables)
    print(f"Dates read {'day' if report.day_first else 'month'} first.")
    print(f"Lines: {report.lines_read} read, {report.error_rows} rows with errors, {len(report.skipped)} skipped")
    print(f"Orders: {len(report.orders)} in the file: {len(report.new)} new, {len(report.updated)} updated, "
          f"{len(report.unchanged)} already imported and unchanged")
    print(f"Of them {report.count(SalesOrderStatus.CANCELLED)} cancelled, {report.count(SalesOrderStatus.RETURNED)} "
          f"returned, {report.return_lines} returned lines; revenue {report.revenue:.2f}")
    print_row_errors(report.errors)
    print_some("Updated orders", [
        f"{p.order.number}: {p.old_status} → {p.order.status.value}" if p.old_status != p.order.status.value
        else f"{p.order.number}: lines or customer changed" for p in report.updated])
    print_some("SKUs we don't have (imported without a product: revenue without cost)", [
        f"{u.sku}  {u.name[:60]}  ({u.lines} lines, first in row {u.first_row})" for u in report.unknown])
    print_some("Skipped", [f"sheet '{s.sheet}', row {s.row}: {s.reason}" + (f": {s.text[:80]}" if s.text else "")
                           for s in report.skipped])


def cmd_sales_import(args: argparse.Namespace) -> int:
    from ..services import sales_import

    with opened_store(args) as store:
        with store.read_session() as session:
            report = sales_import.analyse_sales(session, args.source, Path(args.file))
        _print_sales_report(report)
        stop = stop_before_writing(
            bool(report.errors),
            f"{report.error_rows} rows have errors: nothing was written. Correct them and import again.",
            args.dry_run)
        if stop is not None:
            return stop
        actor = require_admin(store)
        with store.session() as session:
            result = sales_import.apply_sales(session, actor, report)
    print(f"Imported: {result.created} new orders, {result.updated} updated, {result.unchanged} unchanged; "
          f"{result.lines_written} lines written, {result.products_marked} products queued for the shop sync.")
    return 0


def add_sales(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sales", help="website orders")
    sales_sub = p.add_subparsers(title="sales commands", metavar="SALES_COMMAND", required=True)
    p = sales_sub.add_parser(
        "import", help="import the shop's order export (.xlsx or .csv) with the columns remembered for the source "
        "(else detected); orders are matched by number, so importing again changes nothing; print the report; "
        "exit 1 and write nothing if any row has errors")
    add_store_args(p)
    p.add_argument("--source", default="website", metavar="NAME",
                   help="where the orders come from (default: website, as the shop sync)")
    p.add_argument("--dry-run", action="store_true", help="only print the report; write nothing")
    p.add_argument("file", help="the order export file")
    p.set_defaults(func=cmd_sales_import)
