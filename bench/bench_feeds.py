"""Feed folder benchmark: YML, CSV and XLSX for 100 000 products in one pass.

Uses the same generated listings as ``bench_offers_xml.py``; prints the time for all
three files together, each format alone, the peak of Python allocations (tracemalloc,
at a tenth and at the full count: it must not grow) and the file sizes.

    .venv/bin/python bench/bench_feeds.py
    .venv/bin/python bench/bench_feeds.py --products 20000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_offers_xml import listings  # noqa: E402  (the bench folder is not a package)

from backoffice_desktop.sync.feeds.folder import write_feeds  # noqa: E402
from backoffice_desktop.sync.feeds.yml import YmlShop  # noqa: E402
from backoffice_desktop.sync.listing import ListingCategory  # noqa: E402

SHOP = YmlShop(name="Ромашка", company="ООО «Ромашка»", url="https://romashka.example")
CATEGORIES = [ListingCategory(i, f"Категория {i}") for i in range(40)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-feeds-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        result = write_feeds(folder, listings(args.products), CATEGORIES, SHOP)
        total = time.perf_counter() - started
        sizes = ", ".join(f"{fmt} {path.stat().st_size / 2**20:.1f} MiB" for fmt, path in result.paths.items())
        print(f"all three, {args.products} products: {total:5.2f} s ({sizes})")
        for fmt in ("yml", "csv", "xlsx"):
            started = time.perf_counter()
            write_feeds(folder, listings(args.products), CATEGORIES, SHOP, formats=[fmt])
            print(f"{fmt:>4} alone: {time.perf_counter() - started:5.2f} s")
        for count in (args.products // 10, args.products):
            tracemalloc.start()
            write_feeds(folder, listings(count), CATEGORIES, SHOP)
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            print(f"peak traced memory, {count:>7} products: {peak / 2**20:5.2f} MiB")


if __name__ == "__main__":
    main()
