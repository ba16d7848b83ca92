"""Bulk edits of the whole catalog (100 000 products) on a COPY of the bench store.

Times, on the whole catalog: the preview and the apply of a price change (+5 %, to end
in 9), its undo, and setting the brand of every product (set-based UPDATE) with its
undo. Each step is one transaction, as the GUI runs it.

    .venv/bin/python bench/bench_catalog_bulk.py [--store bench/.data/bench.sqlite3]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.models import Brand
from backoffice_desktop.services.auth import actor_for
from backoffice_desktop.services.catalog import ProductFilter
from backoffice_desktop.services.catalog_bulk import (
    BulkChange,
    BulkField,
    BulkTarget,
    PriceChange,
    Rounding,
    apply_bulk,
    preview_bulk,
    undo_bulk_change,
)
from backoffice_desktop.services.users import first_active_admin

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"


def timed(label: str, func):
    start = time.perf_counter()
    result = func()
    print(f"| {label} | {time.perf_counter() - start:.2f} s |", flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=DEFAULT_DB)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.sqlite3"
        shutil.copy(args.store, copy)
        store = open_store(sqlite_url(copy))
        try:
            with store.read_session() as session:
                admin = actor_for(first_active_admin(session))
                brand = session.scalar(select(Brand.id).limit(1))
            target = BulkTarget(filter=ProductFilter())
            price = BulkChange(BulkField.PRICE, price=PriceChange(percent=Decimal(5), rounding=Rounding.END_9))
            with store.read_session() as session:
                preview = timed("price +5 %, end in 9: preview", lambda: preview_bulk(session, target, price))
            print(f"|   ({preview.changing} of {preview.selected} products change) | |")
            with store.session() as session:
                result = timed("price: apply (audit, outbox)", lambda: apply_bulk(session, admin, target, price))
            with store.session() as session:
                timed("price: undo", lambda: undo_bulk_change(session, admin, result.tag, keep_changed=True))
            change = BulkChange(BulkField.BRAND, brand)
            with store.read_session() as session:
                timed("set brand: preview", lambda: preview_bulk(session, target, change))
            with store.session() as session:
                result = timed("set brand: apply", lambda: apply_bulk(session, admin, target, change))
            print(f"|   ({result.changed} products changed) | |")
            with store.session() as session:
                timed("set brand: undo", lambda: undo_bulk_change(session, admin, result.tag, keep_changed=True))
        finally:
            store.close()


if __name__ == "__main__":
    main()
