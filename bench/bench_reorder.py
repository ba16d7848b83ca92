"""Reorder suggestions benchmark: the whole calculation at 100 000 products.

Runs :func:`services.reorder.compute_suggestions` on the benchmark store: once on a fresh
connection (cold), then three times more (warm, the median is shown). The window ends the
day after the store's last website order, so the figures don't drift with the calendar.
SQLite is measured on a copy of the benchmark file (the original is never opened); the
PostgreSQL store is only read.

    .venv/bin/python bench/bench_reorder.py                        # a copy of bench/.data/bench.sqlite3
    .venv/bin/python bench/bench_reorder.py --copy /tmp/b.sqlite3  # reuse (or make) that copy
    .venv/bin/python bench/bench_reorder.py --pg postgresql://...  # also a PostgreSQL bench store
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from backoffice_desktop.db import Store, open_store, sqlite_url
from backoffice_desktop.errors import StoreError
from backoffice_desktop.models import Category, SalesOrder, Supplier
from backoffice_desktop.services.reorder import ReorderParams, ReorderResult, compute_suggestions

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"
PG_URL_FILE = Path("/tmp/pgkeep.url")
WARM_RUNS = 3


def connect(url: str) -> Store:
    """The store, migrated only when it is the SQLite copy: the PostgreSQL store is only read."""
    return open_store(url, migrate=url.startswith("sqlite"))


def run(url: str, params: ReorderParams) -> tuple[float, float, ReorderResult]:
    """Wall and CPU seconds of one calculation on a fresh connection, and its result."""
    store = connect(url)
    try:
        return timed(store, params)
    finally:
        store.close()


def timed(store: Store, params: ReorderParams) -> tuple[float, float, ReorderResult]:
    started, cpu = time.perf_counter(), time.process_time()
    with store.read_session() as session:
        result = compute_suggestions(session, params)
    return time.perf_counter() - started, time.process_time() - cpu, result


def scenarios(url: str) -> dict[str, ReorderParams]:
    store = connect(url)
    try:
        with store.read_session() as s:
            last = s.scalar(select(func.max(SalesOrder.ordered_at)))
            supplier = s.scalar(select(Supplier.id).order_by(Supplier.id))
            category = s.scalar(select(Category.id).where(Category.parent_id.is_(None)).order_by(Category.id))
    finally:
        store.close()
    as_of = (last.date() if last else date.today()) + timedelta(days=1)
    return {
        "needed only (90-day window)": ReorderParams(as_of=as_of),
        "every product (only_needed off)": ReorderParams(as_of=as_of, only_needed=False),
        "one supplier": ReorderParams(as_of=as_of, supplier_id=supplier),
        "one top category": ReorderParams(as_of=as_of, category_id=category),
        "30-day window": ReorderParams(as_of=as_of, window_days=30),
    }


def measure(url: str, label: str) -> str:
    lines = [
        f"### {label}", "",
        "| suggestions | products | lines | groups | cold | warm, median of 3 | warm CPU (this process) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, params in scenarios(url).items():
        cold, _cold_cpu, result = run(url, params)
        store = connect(url)
        try:
            warm = [timed(store, params) for _ in range(WARM_RUNS)]
        finally:
            store.close()
        wall = statistics.median(w for w, _c, _r in warm)
        cpu = statistics.median(c for _w, c, _r in warm)
        count = sum(len(g.lines) for g in result.groups)
        lines.append(f"| {name} | {result.products_considered} | {count} | {len(result.groups)} "
                     f"| {cold:.2f} s | {wall:.2f} s | {cpu:.2f} s |")
    return "\n".join(lines)


def sqlite_copy(source: Path, copy: Path | None) -> Path:
    """A copy of the benchmark file to measure on (made once, when ``copy`` doesn't exist)."""
    if copy is None:
        copy = Path(tempfile.mkdtemp(prefix="bench-reorder-")) / "bench.sqlite3"
    if not copy.exists():
        shutil.copyfile(source, copy)
    return copy


def answering(url: str) -> bool:
    try:
        connect(url).close()
    except (StoreError, SQLAlchemyError) as exc:
        print(f"\nPostgreSQL store not measured: {exc}")
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the SQLite benchmark store (copied first)")
    parser.add_argument("--copy", type=Path, help="where the copy goes (reused when it exists)")
    parser.add_argument("--pg", help=f"a PostgreSQL bench store (default: the URL in {PG_URL_FILE}, if it answers)")
    args = parser.parse_args()
    print(measure(sqlite_url(sqlite_copy(args.db, args.copy)), "SQLite"))
    pg = args.pg or (PG_URL_FILE.read_text().strip() if PG_URL_FILE.exists() else "")
    if pg and answering(pg):
        print()
        print(measure(pg, "PostgreSQL"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
