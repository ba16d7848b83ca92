"""Intake benchmarks on a copy of the benchmark store (100 000 products).

1. scan to updated line: ``apply_scan`` of products' unit barcodes into a receipt that
   grows to 500 lines (median, 95th percentile);
2. posting that 500-line receipt (``post_receipt``: moves, levels, average cost,
   audit, outbox) in one transaction.

    .venv/bin/python bench/bench_intake.py                       # SQLite (a copy of bench/.data/bench.sqlite3)
    .venv/bin/python bench/bench_intake.py --pg postgresql://...  # a PostgreSQL bench store (changed!)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.models import Location, LocationKind, Product, ProductBarcode, Supplier
from backoffice_desktop.services import auth, receiving

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"
LINES = 500


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[int(round(0.95 * (len(ordered) - 1)))]


def measure(url: str, label: str) -> str:
    store = open_store(url)
    with store.session() as s:
        clerk = auth.authenticate(s, "sklad", "sklad-demo-1")
    with store.read_session() as s:
        supplier = s.scalar(select(Supplier.id).order_by(Supplier.id))
        warehouse = s.scalar(select(Location.id).where(Location.kind == LocationKind.WAREHOUSE.value))
        codes = list(s.scalars(
            select(func.min(ProductBarcode.barcode))
            .join(Product, Product.id == ProductBarcode.product_id)
            .where(ProductBarcode.kind == "unit", Product.is_marked.is_(False))
            .group_by(ProductBarcode.product_id).order_by(ProductBarcode.product_id.desc()).limit(LINES)))
    with store.session() as s:
        receipt_id = receiving.start_receipt(s, clerk, supplier, warehouse)
    scans = []
    for code in codes:
        started = time.perf_counter()
        with store.session() as s:
            receiving.apply_scan(s, clerk, receipt_id, code)
        scans.append((time.perf_counter() - started) * 1000)
    with store.read_session() as s:
        summary = receiving.receipt_summary(s, receipt_id)
    started = time.perf_counter()
    with store.session() as s:
        number = receiving.post_receipt(s, clerk, receipt_id, summary.version)
    post_ms = (time.perf_counter() - started) * 1000
    store.close()
    return "\n".join([
        f"### {label}: receipt {number}, {len(summary.lines)} lines", "",
        "| measure | median | p95 | max | n |", "|---|---|---|---|---|",
        f"| scan to updated line (`apply_scan`, own transaction) | {statistics.median(scans):.1f} ms "
        f"| {p95(scans):.1f} ms | {max(scans):.1f} ms | {len(scans)} |",
        f"| post the {len(summary.lines)}-line receipt | {post_ms:.0f} ms | | | 1 |",
    ])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(DEFAULT_DB))
    parser.add_argument("--pg", help="a PostgreSQL bench store (the receipt is posted into it)")
    args = parser.parse_args()
    if not args.pg:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "bench.sqlite3"
            shutil.copy(args.db, copy)
            print(measure(sqlite_url(copy), "SQLite"))
    else:
        print(measure(args.pg, "PostgreSQL"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
