"""Stock levels benchmark: the first page of the Stock workspace at 100 000 products.

What the list does on the UI thread for each filter: one page of 500 keys in SQL
(filtered and sorted there) and the first 100 rows (on hand, reserved, available,
value). Each filter is measured on a fresh connection (cold) and then warm (median of 5).

    .venv/bin/python bench/bench_stock.py                       # SQLite (bench/.data/bench.sqlite3)
    .venv/bin/python bench/bench_stock.py --pg postgresql://...  # a PostgreSQL bench store
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from sqlalchemy import select

from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.models import Category, Location, LocationKind
from backoffice_desktop.services.stock_queries import StockFilter, StockSort, load_stock_rows, stock_level_ids

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"
PAGE, ROWS = 500, 100


def first_page(store, filt: StockFilter) -> float:
    started = time.perf_counter()
    with store.read_session() as session:
        keys = stock_level_ids(session, filt, 0, PAGE)
        load_stock_rows(session, keys[:ROWS])
    return (time.perf_counter() - started) * 1000


def measure(url: str, label: str) -> str:
    store = open_store(url)
    with store.read_session() as s:
        category = s.scalar(select(Category.id).where(Category.parent_id.is_(None)).order_by(Category.id))
        bin_id = s.scalar(select(Location.id).where(Location.kind == LocationKind.BIN.value).order_by(Location.id))
    store.close()
    filters = {
        "all bins, by name": StockFilter(),
        "per product, by name": StockFilter(per_product=True),
        "a category (tree)": StockFilter(category_id=category),
        "one bin": StockFilter(location_id=bin_id),
        "below reorder point": StockFilter(below_reorder=True, per_product=True),
        "zero or negative": StockFilter(zero=True, negative=True),
        "by value, descending": StockFilter(sort=StockSort.VALUE, descending=True),
        "text «кабель»": StockFilter(text="кабель"),
    }
    lines = [f"### {label}", "", "| first page (500 keys + 100 rows) | cold | warm, median of 5 |", "|---|---|---|"]
    for name, filt in filters.items():
        store = open_store(url)
        cold = first_page(store, filt)
        warm = statistics.median(first_page(store, filt) for _ in range(5))
        store.close()
        lines.append(f"| {name} | {cold:.0f} ms | {warm:.0f} ms |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--pg", help="a PostgreSQL bench store")
    args = parser.parse_args()
    print(measure(args.pg, "PostgreSQL") if args.pg else measure(sqlite_url(Path(args.db)), "SQLite"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
