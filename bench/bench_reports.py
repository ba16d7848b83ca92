"""Reports benchmark: every report on the bench store (100 000 products, ~1 030 000 order
lines over 12 months), cold and warm, beside the plain scan-and-group query over the order
lines that gives the same figures without the summary tables.

    .venv/bin/python bench/bench_reports.py                  # SQLite: a copy of bench/.data/bench.sqlite3
    .venv/bin/python bench/bench_reports.py --pg URL         # a PostgreSQL bench store as well
    .venv/bin/python bench/bench_reports.py --only abc_xyz   # some reports only

The SQLite store is copied to --work (the original is never touched) and migrated there;
a PostgreSQL store is migrated in place (use a bench copy). Cold = a fresh engine's first
run; warm = the median of five. The write side is measured too: rebuilding the summary
(what the migration from 0002 does) and refreshing it for a batch of changed orders
(rolled back).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from backoffice_desktop.db import Store, open_store, sqlite_url
from backoffice_desktop.models import Category, ReportSalesDay, Role, SalesOrder, Supplier
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.reports import run_report, summary
from backoffice_desktop.services.reports.periods import add_months
from backoffice_desktop.exports.report_data import Period, ReportParams
from backoffice_desktop.services.reports.zones import utc_bounds, zone_named

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"
PG_URL_FILE = Path("/tmp/pgkeep.url")
ACTOR = Actor(user_id=0, username="bench", full_name="Bench", roles=frozenset({Role.MANAGER}))
WARM_RUNS = 5
ZONE = "Europe/Moscow"

# --- the plain queries: scan the order lines and group, no summary tables ---------------------

LINES = ("FROM sales_order_lines l JOIN sales_orders o ON o.id = l.order_id "
         "WHERE o.status NOT IN ('cancelled', 'returned') AND o.ordered_at >= :start AND o.ordered_at < :end")
PLAIN = {
    "by_day": "SELECT {day} AS day, COUNT(DISTINCT o.id), SUM(l.quantity), SUM(l.line_total) " + LINES + " GROUP BY 1",
    "by_product": "SELECT l.product_id, SUM(l.quantity), SUM(l.line_total), SUM(l.quantity * l.unit_cost) "
                  + LINES + " GROUP BY l.product_id",
    "by_category": "SELECT p.category_id, SUM(l.quantity), SUM(l.line_total), SUM(l.quantity * l.unit_cost) "
                   + LINES.replace("WHERE", "JOIN products p ON p.id = l.product_id WHERE") + " GROUP BY p.category_id",
    "by_brand": "SELECT p.brand_id, SUM(l.quantity), SUM(l.line_total), SUM(l.quantity * l.unit_cost) "
                + LINES.replace("WHERE", "JOIN products p ON p.id = l.product_id WHERE") + " GROUP BY p.brand_id",
    "by_product_month": "SELECT l.product_id, {month} AS month, SUM(l.quantity) " + LINES + " GROUP BY 1, 2",
    "returns": "SELECT l.product_id, SUM(l.quantity), SUM(l.line_total) FROM sales_order_lines l "
               "JOIN sales_orders o ON o.id = l.order_id WHERE (o.status = 'returned' OR l.quantity < 0) "
               "AND o.status <> 'cancelled' AND o.ordered_at >= :start AND o.ordered_at < :end GROUP BY l.product_id",
}
#: Which plain queries give a report's figures (the ledger part of stock reports is read the same way by both).
PLAIN_FOR = {
    "dashboard": ("by_day",), "sales_by_period": ("by_day",), "sales_by_product": ("by_product",),
    "sales_by_category": ("by_category",), "sales_by_brand": ("by_brand",),
    "abc_xyz": ("by_product", "by_product_month"), "abc_xyz_products": ("by_product", "by_product_month"),
    "stock_turnover": ("by_product",), "dead_stock": ("by_product",), "out_of_stock_sellers": ("by_product",),
    "purchases_vs_sales": ("by_product",), "returns": ("returns",),
}


def plain_sql(key: str, dialect: str) -> str:
    if dialect == "sqlite":
        day, month = "date(o.ordered_at, '+3 hours')", "strftime('%Y-%m', o.ordered_at, '+3 hours')"
    else:
        day = f"CAST(o.ordered_at AT TIME ZONE '{ZONE}' AS DATE)"
        month = f"date_trunc('month', o.ordered_at AT TIME ZONE '{ZONE}')"
    return PLAIN[key].format(day=day, month=month)


def bounds(store: Store, period: Period) -> dict[str, Any]:
    start, end = utc_bounds(period.start, period.end, zone_named(ZONE))
    if store.is_sqlite:  # compared as text, in the stored format
        return {"start": start.strftime("%Y-%m-%d %H:%M:%S.%f"), "end": end.strftime("%Y-%m-%d %H:%M:%S.%f")}
    return {"start": start, "end": end}


# --- the cases -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Case:
    label: str
    report: str
    params: ReportParams
    plain: tuple[str, ...] = ()
    plain_period: Period | None = None


@dataclass
class Row:
    case: Case
    rows: int = 0
    cold: float = 0.0
    warm: float = 0.0
    best: float = 0.0
    cpu: float = 0.0
    plain: float | None = None
    notes: list[str] = field(default_factory=list)


def cases(store: Store, only: set[str]) -> list[Case]:
    with store.read_session() as s:
        last = s.scalar(select(func.max(ReportSalesDay.day)))
        category = s.scalar(select(Category.id).where(Category.parent_id.is_(None)).order_by(Category.id))
        supplier = s.scalar(select(Supplier.id).order_by(Supplier.id))
        product = s.scalar(text("SELECT product_id FROM report_sales_months GROUP BY product_id "
                                "ORDER BY SUM(revenue) DESC LIMIT 1"))
    year = Period(last - timedelta(days=364), last)
    month_end = last.replace(day=1) - timedelta(days=1)
    month = Period(month_end.replace(day=1), month_end)
    dashboard_span = Period(add_months(month.start, -7), month.end)  # the dashboard's eight months of trends
    found = [
        Case("dashboard, last month", "dashboard", ReportParams(month), PLAIN_FOR["dashboard"], dashboard_span),
        Case("dashboard, last month, a category", "dashboard", ReportParams(month, category_id=category),
             PLAIN_FOR["dashboard"], dashboard_span),
        Case("sales_by_period, 12 months by day", "sales_by_period", ReportParams(year), PLAIN_FOR["sales_by_period"]),
        Case("sales_by_period, 12 months by week, a category", "sales_by_period",
             ReportParams(year, category_id=category, options={"grouping": "week"}), PLAIN_FOR["sales_by_period"]),
        Case("sales_by_category, 12 months", "sales_by_category", ReportParams(year), PLAIN_FOR["sales_by_category"]),
        Case("sales_by_brand, 12 months", "sales_by_brand", ReportParams(year), PLAIN_FOR["sales_by_brand"]),
        Case("sales_by_product, 12 months (top 1000 + the rest)", "sales_by_product", ReportParams(year),
             PLAIN_FOR["sales_by_product"]),
        Case("sales_by_product, 12 months, every product", "sales_by_product", ReportParams(year, options={"top": 0}),
             PLAIN_FOR["sales_by_product"]),
        Case("sales_by_product, last month, a category", "sales_by_product", ReportParams(month, category_id=category),
             PLAIN_FOR["sales_by_product"]),
        Case("abc_xyz, 12 months (matrix)", "abc_xyz", ReportParams(year), PLAIN_FOR["abc_xyz"]),
        Case("abc_xyz_products, 12 months (top 1000 + the rest)", "abc_xyz_products", ReportParams(year),
             PLAIN_FOR["abc_xyz_products"]),
        Case("sales_by_product, 12 months, a supplier", "sales_by_product", ReportParams(year, supplier_id=supplier),
             PLAIN_FOR["sales_by_product"]),
        Case("stock_valuation, by category", "stock_valuation", ReportParams(year)),
        Case("stock_valuation, by product (top 1000)", "stock_valuation",
             ReportParams(year, options={"group_by": "product"})),
        Case("stock_turnover, 12 months", "stock_turnover", ReportParams(year), PLAIN_FOR["stock_turnover"]),
        Case("dead_stock, 90 days", "dead_stock", ReportParams(year), PLAIN_FOR["dead_stock"]),
        Case("out_of_stock_sellers, 12 months", "out_of_stock_sellers", ReportParams(year),
             PLAIN_FOR["out_of_stock_sellers"]),
        Case("purchases_vs_sales, 12 months", "purchases_vs_sales", ReportParams(year), PLAIN_FOR["purchases_vs_sales"]),
        Case("returns, 12 months", "returns", ReportParams(year), PLAIN_FOR["returns"]),
        Case("product_orders, the best seller, 12 months", "product_orders",
             ReportParams(year, options={"product_id": product})),
    ]
    return [c for c in found if not only or c.report in only]


def run_once(store: Store, case: Case) -> tuple[float, int, float]:
    """Wall time, rows, and this process's CPU time (on SQLite that is the query's too)."""
    started, cpu = time.perf_counter(), time.process_time()
    with store.read_session() as s:
        result = run_report(s, case.report, case.params, ACTOR)
    return time.perf_counter() - started, len(result.rows), time.process_time() - cpu


def plain_time(store: Store, case: Case) -> float | None:
    if not case.plain:
        return None
    params = bounds(store, case.plain_period or case.params.period)
    total = 0.0
    with store.engine.connect() as conn:
        for key in case.plain:
            sql = text(plain_sql(key, store.engine.dialect.name))
            conn.execute(sql, params).all()  # warm the cache, as the report's warm runs are
            started = time.perf_counter()
            conn.execute(sql, params).all()
            total += time.perf_counter() - started
    return total


def measure(url: str, label: str, only: set[str], with_plain: bool, with_writes: bool = True) -> str:
    store = open_store(url)
    is_sqlite = store.is_sqlite
    found = cases(store, only)
    store.close()
    results = []
    for case in found:
        store = open_store(url)
        cold, rows, _cpu = run_once(store, case)
        runs = [run_once(store, case) for _ in range(WARM_RUNS)]
        warm = statistics.median(r[0] for r in runs)
        best, cpu = min(r[0] for r in runs), statistics.median(r[2] for r in runs)
        plain = plain_time(store, case) if with_plain else None
        store.close()
        results.append(Row(case, rows, cold, warm, best, cpu, plain))
        print(f"  {case.label}: {rows} rows, cold {cold * 1000:.0f} ms, warm {warm * 1000:.0f} ms, best {best * 1000:.0f} ms"
              f", cpu {cpu * 1000:.0f} ms" + (f", plain {plain * 1000:.0f} ms" if plain is not None else ""), flush=True)
    cpu_title = "CPU of this process (SQLite: the query's too)" if is_sqlite else "CPU of the client"
    lines = [f"### {label}", "",
             f"| report | rows | cold | warm, median of 5 | best of 5 | {cpu_title} | plain scan-and-group of the order lines |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        plain = "—" if r.plain is None else f"{r.plain * 1000:.0f} ms"
        lines.append(f"| {r.case.label} | {r.rows} | {r.cold * 1000:.0f} ms | {r.warm * 1000:.0f} ms | "
                     f"{r.best * 1000:.0f} ms | {r.cpu * 1000:.0f} ms | {plain} |")
    if with_writes:
        lines += ["", write_side(url, is_sqlite)]
    return "\n".join(lines)


def write_side(url: str, is_sqlite: bool) -> str:
    """Rebuilding the whole summary, and refreshing it for 1 000 changed orders (rolled back)."""
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            transaction = conn.begin()  # rolled back: the bench store stays as it was
            session = Session(bind=conn)
            started = time.perf_counter()
            summary.rebuild(session)
            rebuild = time.perf_counter() - started
            ids = list(session.scalars(select(SalesOrder.id).order_by(SalesOrder.id.desc()).limit(1000)))
            started = time.perf_counter()
            summary.refresh_orders(session, ids)
            refresh = time.perf_counter() - started
            session.close()
            transaction.rollback()
    finally:
        store.close()
    return (f"Summary rebuild (every order line, as the migration from 0002 does): {rebuild:.1f} s; "
            f"refresh after 1 000 orders changed: {refresh * 1000:.0f} ms.")


def sqlite_copy(source: Path, work: Path) -> str:
    work.mkdir(parents=True, exist_ok=True)
    target = work / source.name
    if not target.exists():
        print(f"copying {source} to {target} ...", flush=True)
        shutil.copy(source, target)
    started = time.perf_counter()
    open_store(sqlite_url(target)).close()  # migrates a fresh copy (and backs it up first)
    for backup in work.glob(f"{target.stem}.before-*{target.suffix}"):
        backup.unlink()
    print(f"opened (migrated if needed) in {time.perf_counter() - started:.1f} s", flush=True)
    return sqlite_url(target)


def pg_url(given: str | None) -> str | None:
    url = given or (PG_URL_FILE.read_text().strip() if PG_URL_FILE.exists() else None)
    if not url:
        return None
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 5})
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:  # noqa: BLE001 - a bench store that doesn't answer is skipped
        print(f"PostgreSQL at {url} does not answer ({exc.__class__.__name__}); skipped")
        return None
    return url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the SQLite bench store (copied, never changed)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/bench-reports"), help="where the copy goes")
    parser.add_argument("--pg", help=f"a PostgreSQL bench store (default: the URL in {PG_URL_FILE})")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--no-plain", action="store_true", help="skip the plain queries (they take seconds)")
    parser.add_argument("--only", action="append", default=[], help="report keys to run (repeatable)")
    parser.add_argument("--no-writes", action="store_true",
                        help="skip the write side (a summary rebuild and refresh, rolled back): for a shared store")
    args = parser.parse_args()
    out = []
    if not args.skip_sqlite:
        out.append(measure(sqlite_copy(args.db, args.work), "SQLite", set(args.only), not args.no_plain,
                           not args.no_writes))
    url = pg_url(args.pg)
    if url:
        started = time.perf_counter()
        open_store(url).close()
        print(f"PostgreSQL store opened (migrated if needed) in {time.perf_counter() - started:.1f} s", flush=True)
        out.append(measure(url, "PostgreSQL", set(args.only), not args.no_plain, not args.no_writes))
    print()
    print("\n\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
