"""``backoffice report`` writes a report as PDF or XLSX; ``backoffice reports rebuild``
recomputes the report tables from the orders."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import BackofficeError
from .store import add_store_args, opened_store, require_admin


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import date

    from ..exports.report_data import Period, ReportParams
    from ..services import report_output
    from ..services.reports.registry import REPORTS, run_report

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
    with opened_store(args) as store:
        actor = require_admin(store)
        with store.read_session() as session:
            result = run_report(session, args.name, params, actor)
            path = report_output.write_report(session, result, Path(args.out), fmt, args.language)
    print(f"{result.title('en')}: {len(result.rows)} rows written to {path}")
    return 0


def cmd_reports_rebuild(args: argparse.Namespace) -> int:
    import time

    from sqlalchemy import func, select

    from ..models import ReportSalesLine
    from ..services.reports import summary
    from ..services.reports.zones import shop_zone

    with opened_store(args) as store:
        started = time.perf_counter()
        with store.session() as session:
            if args.time_zone:
                actor = require_admin(store)
                if not summary.set_time_zone(session, actor, args.time_zone):
                    summary.rebuild(session)
            else:
                summary.rebuild(session)
            zone = shop_zone(session).key
            lines = session.scalar(select(func.count()).select_from(ReportSalesLine))
        print(f"Report tables rebuilt in the time zone {zone}: {lines} order lines counted "
              f"in {time.perf_counter() - started:.1f} s.")
    return 0


def add_report(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("report", help="write a report as PDF or XLSX (for a scheduler); --list names them")
    add_store_args(p)
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


def add_reports(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("reports", help="report tables kept from the website orders")
    reports_sub = p.add_subparsers(title="reports commands", metavar="REPORTS_COMMAND", required=True)
    p = reports_sub.add_parser(
        "rebuild", help="recompute the report tables from the orders (after a bulk load or a time zone change)")
    add_store_args(p)
    p.add_argument("--time-zone", metavar="ZONE",
                   help="first make this the shop's time zone, e.g. Europe/Moscow (IANA name)")
    p.set_defaults(func=cmd_reports_rebuild)
