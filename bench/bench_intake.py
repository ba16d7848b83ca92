"""Intake benchmarks on a copy of the benchmark store (100 000 products).

1. scan to updated line: ``apply_scan`` of products' unit barcodes into a receipt that
   grows to 500 lines (median, 95th percentile);
2. posting that 500-line receipt (``post_receipt``: moves, levels, average cost,
   audit, outbox) in one transaction.

    .venv/bin/python bench/bench_intake.py                       # SQLite (a copy of bench/.data/bench.sqlite3)
    .venv/bin/python bench/bench_intake.py --pg postgresql://...  # a PostgreSQL bench store (changed!)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from backoffice_desktop.db import open_store
from backoffice_desktop.models import Location, LocationKind, Product, ProductBarcode, Supplier
from backoffice_desktop.services import auth, receiving

sys.path.insert(0, str(Path(__file__).resolve().parent))
from runner import run_on_bench_store  # noqa: E402  (the bench folder is not a package)
from timing import TABLE_HEAD, row, timed  # noqa: E402

LINES = 500


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

    def scan(code: str) -> None:
        with store.session() as s:
            receiving.apply_scan(s, clerk, receipt_id, code)

    scans = [timed(lambda code=code: scan(code)) for code in codes]
    with store.read_session() as s:
        summary = receiving.receipt_summary(s, receipt_id)
    started = time.perf_counter()
    with store.session() as s:
        number = receiving.post_receipt(s, clerk, receipt_id, summary.version)
    post_ms = (time.perf_counter() - started) * 1000
    store.close()
    return "\n".join([
        f"### {label}: receipt {number}, {len(summary.lines)} lines", "",
        *TABLE_HEAD,
        row("scan to updated line (`apply_scan`, own transaction)", scans),
        f"| post the {len(summary.lines)}-line receipt | {post_ms:.0f} ms | | | 1 |",
    ])


def main() -> int:
    return run_on_bench_store(measure, __doc__.splitlines()[0],
                              "a PostgreSQL bench store (the receipt is posted into it)")


if __name__ == "__main__":
    raise SystemExit(main())
