"""Build (or reuse) the benchmark store: 100 000 products and about 1 000 000 order lines.

    .venv/bin/python bench/generate.py                 # SQLite at bench/.data/bench.sqlite3
    .venv/bin/python bench/generate.py --pg postgresql://user@host:5432/bench
    .venv/bin/python bench/generate.py --products 20000 --orders 66000 --db /tmp/small.sqlite3

An existing store that already has products is reused as it is (use --rebuild to start
over for an SQLite file). The generator's wall time is printed and appended to
bench/.data/generate.log so that docs/BENCHMARKS.md can quote it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import func, select

from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.models import Product, SalesOrderLine
from backoffice_desktop.services.demo import DemoOptions, generate_demo

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
DEFAULT_DB = DATA / "bench.sqlite3"
PRODUCTS = 100_000
ORDERS = 330_000
PHOTOS = 60


def counts(url: str) -> tuple[int, int]:
    store = open_store(url)
    try:
        with store.read_session() as session:
            return (session.scalar(select(func.count(Product.id))) or 0,
                    session.scalar(select(func.count(SalesOrderLine.id))) or 0)
    finally:
        store.close()


def build(url: str, label: str, options: DemoOptions) -> dict:
    products, lines = counts(url)
    if products:
        print(f"{label}: reusing the existing store ({products} products, {lines} order lines)")
        return {"store": label, "reused": True, "products": products, "lines": lines}
    store = open_store(url)
    last = [0.0]

    def progress(done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if now - last[0] > 5 or done >= total:
            last[0] = now
            print(f"  [{done:3d}%] {message}", flush=True)

    started = time.perf_counter()
    try:
        summary = generate_demo(store, options, progress)
    finally:
        store.close()
    elapsed = time.perf_counter() - started
    print(summary)
    products, lines = counts(url)
    print(f"{label}: generated in {elapsed:.1f} s ({products} products, {lines} order lines)")
    return {"store": label, "reused": False, "seconds": round(elapsed, 1), "products": products, "lines": lines,
            "options": vars(options) if hasattr(options, "__dict__") else str(options)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"SQLite file (default {DEFAULT_DB})")
    parser.add_argument("--pg", metavar="URL", help="also build a store on this PostgreSQL database")
    parser.add_argument("--products", type=int, default=PRODUCTS)
    parser.add_argument("--orders", type=int, default=ORDERS)
    parser.add_argument("--photos", type=int, default=PHOTOS)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rebuild", action="store_true", help="delete the SQLite file first")
    parser.add_argument("--skip-sqlite", action="store_true", help="only build the PostgreSQL store")
    args = parser.parse_args(argv)
    options = DemoOptions(products=args.products, orders=args.orders, photos=args.photos, seed=args.seed)
    results = []
    if not args.skip_sqlite:
        db = args.db.resolve()
        db.parent.mkdir(parents=True, exist_ok=True)
        if args.rebuild:
            for suffix in ("", "-wal", "-shm"):
                Path(str(db) + suffix).unlink(missing_ok=True)
        results.append(build(sqlite_url(db), f"SQLite {db}", options))
    if args.pg:
        results.append(build(args.pg, "PostgreSQL", options))
    DATA.mkdir(parents=True, exist_ok=True)
    with (DATA / "generate.log").open("a", encoding="utf-8") as log:
        for result in results:
            result["at"] = datetime.now(timezone.utc).isoformat(timespec="seconds")
            log.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
