"""CommerceML offers.xml benchmark: 100 000 products written, time and peak memory.

The listings come from a generator (as a batched store read would give them), so the
figure shows the writer's own memory: it must stay flat whatever the product count.
Peak memory is measured with tracemalloc (Python allocations during the write); the
same run at a tenth of the size shows that it doesn't grow with the count.

    .venv/bin/python bench/bench_offers_xml.py
    .venv/bin/python bench/bench_offers_xml.py --products 20000
    .venv/bin/python bench/bench_offers_xml.py --store bench/.data/bench.sqlite3

With ``--store`` the whole catalogue of a copy of that store (the bench store is never
touched) is read in batches (:func:`iter_listings`: products, barcodes, brands, what
can be sold) and written as offers.xml and import.xml: the full export a user waits for.

Each figure is given as wall time and CPU time of this process (``time.process_time``)
with the machine's one-minute load average when it began: on a shared machine the wall
time follows the load, the CPU time much less.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.sync.commerceml.writer import ExchangeCatalog, write_catalog, write_offers
from backoffice_desktop.sync.listing import Listing, iter_listings, load_categories
from backoffice_desktop.sync.outbox import ProductState

CATALOG = ExchangeCatalog(owner_name="ООО «Ромашка»", compare_price_type_id="backoffice-compare-at")
MARKED_AT = datetime(2026, 11, 1, tzinfo=timezone.utc)


def listings(count: int) -> Iterator[Listing]:
    for i in range(1, count + 1):
        price = Decimal(100 + i % 9000) + Decimal("0.90")
        yield Listing(
            state=ProductState(
                product_id=i, sku=f"RM-{i:06d}", available=Decimal(i % 37),
                retail_price=price, compare_at_price=price * 2 if i % 5 == 0 else None,
                published=i % 50 != 0, marked_at=MARKED_AT,
            ),
            name=f"Чайник электрический «Ромашка» {i} 1,7 л, нержавеющая сталь",
            category_id=i % 40,
        )


class Timer:
    """Wall and CPU seconds of a ``with`` block, and the load average when it began."""

    def __enter__(self) -> Timer:
        self.load = os.getloadavg()[0]
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self._wall
        self.cpu = time.process_time() - self._cpu

    def __str__(self) -> str:
        return f"{self.wall:5.2f} s (CPU {self.cpu:5.2f} s, load {self.load:4.1f})"


def run(count: int, folder: Path) -> tuple[float, float, int]:
    """Seconds, peak MiB (tracemalloc) and file size for ``count`` products."""
    target = folder / f"offers-{count}.xml"
    tracemalloc.start()
    started = time.perf_counter()
    written = write_offers(target, listings(count), CATALOG)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert written == count
    return seconds, peak / 2**20, target.stat().st_size


def from_store(path: Path) -> None:
    """Full export of a copy of the store at ``path``: read, then write both documents."""
    with tempfile.TemporaryDirectory(prefix="bench-offers-store-") as tmp:
        copy = Path(tmp) / "store.sqlite3"
        shutil.copy(path, copy)
        store = open_store(sqlite_url(copy))
        try:
            with store.read_session() as session:
                with Timer() as reading:
                    count = sum(1 for _ in iter_listings(session))
                with Timer() as offers:
                    write_offers(Path(tmp) / "offers.xml", iter_listings(session), CATALOG, only_changes=False)
                with Timer() as catalogue:
                    write_catalog(Path(tmp) / "import.xml", iter_listings(session), load_categories(session),
                                  CATALOG, only_changes=False)
        finally:
            store.close()
        print(f"store {path.name}: {count} active products; reading the listings alone {reading}; "
              f"offers.xml {offers} ({(Path(tmp) / 'offers.xml').stat().st_size / 2**20:.1f} MiB); "
              f"import.xml {catalogue}; process peak RSS "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="also export the whole catalogue of a copy of this SQLite store")
    args = parser.parse_args()
    if args.store:
        from_store(args.store)
        return
    with tempfile.TemporaryDirectory(prefix="bench-offers-") as tmp:
        for count in (args.products // 10, args.products):
            seconds, peak, size = run(count, Path(tmp))
            print(f"offers.xml, {count:>7} products: {seconds:5.2f} s, "
                  f"peak {peak:5.2f} MiB traced, file {size / 2**20:6.1f} MiB")
        # Without tracemalloc (it slows every allocation): the time a user waits, and the
        # part of it spent making the listings (the store read stands in for it).
        with Timer() as total:
            write_offers(Path(tmp) / "plain.xml", listings(args.products), CATALOG)
        with Timer() as making:
            for _ in listings(args.products):
                pass
        print(f"offers.xml, {args.products:>7} products untraced: {total} "
              f"(of which {making.wall:4.2f} s, CPU {making.cpu:4.2f} s, making the listings); "
              f"process peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
