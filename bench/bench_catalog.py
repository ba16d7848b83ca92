"""Catalog benchmarks against the benchmark store (see bench/generate.py).

Measures what a user feels in the Catalog workspace:

1. opening the store (``open_store``: connect, check the schema);
2. the first page of the product list: ``search_product_ids(ProductFilter())`` plus
   ``load_product_rows`` for the first 100 ids;
3. search-as-you-type: Cyrillic words, SKU and barcode fragments typed letter by
   letter; each keystroke runs ``search_product_ids`` and loads the first 100 rows;
   median and 95th percentile over all keystrokes;
4. resident memory (VmRSS) after opening the store and loading the first page.

    .venv/bin/python bench/bench_catalog.py                       # SQLite bench store
    .venv/bin/python bench/bench_catalog.py --pg postgresql://...  # and PostgreSQL
    .venv/bin/python bench/bench_catalog.py --markdown bench/.data/catalog.md
"""

from __future__ import annotations

import argparse
import inspect
import os
import platform
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from backoffice_desktop.db import Store, open_store, sqlite_url
from backoffice_desktop.models import Product, ProductBarcode, SalesOrderLine
from backoffice_desktop.services import catalog
from backoffice_desktop.services.catalog import ProductFilter, load_product_rows, search_product_ids

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"
PAGE = 100

#: Targets from the design brief.
TARGET_FIRST_PAGE_MS = 100
TARGET_SEARCH_P95_MS = 50
TARGET_RSS_MB = 300

#: Things people type into the product search box, in the order they type them.
WORDS = [
    "смартфон", "смартфон xiaomi", "чайник", "ноутбук lenovo", "кроссовки", "фильтр масляный",
    "колодки", "телевизор", "redmi note", "samsung galaxy", "видеокарта", "наушники",
    "масло 5w-30", "джинсы", "аккумулятор", "зарядное", "чехол iphone", "стекло", "куртка", "монитор",
]


#: The list may page in SQL (``search_product_ids(..., limit=)`` + ``count_products``);
#: when the service offers it, that path is measured too, since the list uses it.
PAGED = "limit" in inspect.signature(search_product_ids).parameters and hasattr(catalog, "count_products")


def n(value: int) -> str:
    return f"{value:,}".replace(",", " ")


def rss_mb() -> float:
    """Current resident set size (VmRSS) in MB; falls back to the peak from getrusage."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def typed(text: str, start: int = 2) -> list[str]:
    """The search box's content after each keystroke (from ``start`` characters on)."""
    return [text[:n] for n in range(start, len(text) + 1) if not text[:n].endswith(" ")]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


@dataclass
class Result:
    label: str
    products: int = 0
    lines: int = 0
    open_ms: list[float] = field(default_factory=list)
    first_page_cold_ms: float = 0.0
    first_page_warm_ms: list[float] = field(default_factory=list)
    paged_cold_ms: float = 0.0
    paged_warm_ms: list[float] = field(default_factory=list)
    first_page_ids: int = 0
    #: kind -> (typed text, ms, hits) for "all ids + first 100 rows", and for the paged path.
    search: dict[str, list[tuple[str, float, int]]] = field(default_factory=dict)
    search_paged: dict[str, list[tuple[str, float, int]]] = field(default_factory=dict)
    rss_before_mb: float = 0.0
    rss_after_mb: float = 0.0


def flat(rows: dict[str, list[tuple[str, float, int]]]) -> list[float]:
    return [ms for values in rows.values() for _q, ms, _n in values]


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = fn()
    return (time.perf_counter() - started) * 1000, value


def first_page(store: Store, text: str = "") -> int:
    """As briefed: all matching ids in display order, then the first 100 rows."""
    with store.read_session() as session:
        ids = search_product_ids(session, ProductFilter(text=text))
        load_product_rows(session, ids[:PAGE])
    return len(ids)


def first_page_paged(store: Store, text: str = "") -> int:
    """As the paged list does it: the first 100 ids (LIMIT), their rows, and the count."""
    with store.read_session() as session:
        filt = ProductFilter(text=text)
        ids = search_product_ids(session, filt, limit=PAGE)  # type: ignore[call-arg]
        load_product_rows(session, ids)
        return catalog.count_products(session, filt)  # type: ignore[attr-defined]


def queries(store: Store, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    with store.read_session() as session:
        total = session.scalar(select(func.count(Product.id)))
        skus = list(session.scalars(select(Product.sku).where(Product.id.in_(
            [rng.randint(1, total) for _ in range(8)]))))
        codes = list(session.scalars(select(ProductBarcode.barcode).where(ProductBarcode.product_id.in_(
            [rng.randint(1, total) for _ in range(8)]))))
    by_kind: dict[str, list[str]] = {"word": [], "sku": [], "barcode": []}
    for word in WORDS:
        by_kind["word"] += typed(word)
    for sku in skus:
        by_kind["sku"] += typed(sku.lower(), 3)  # "smf-000123" as typed: s-m-f-...
    for code in codes[:6]:
        by_kind["barcode"] += typed(code, 4)
        by_kind["barcode"] += typed(code[5:], 4)  # the tail of a code, as read off a label
    return by_kind


def _search(store: Store, by_kind: dict[str, list[str]], rounds: int, paged: bool
            ) -> dict[str, list[tuple[str, float, int]]]:
    out: dict[str, list[tuple[str, float, int]]] = {}
    with store.read_session() as session:
        for _round in range(rounds):
            for kind, texts in by_kind.items():
                for q in texts:
                    filt = ProductFilter(text=q)
                    started = time.perf_counter()
                    if paged:
                        ids = search_product_ids(session, filt, limit=PAGE)  # type: ignore[call-arg]
                        load_product_rows(session, ids)
                        hits = catalog.count_products(session, filt)  # type: ignore[attr-defined]
                    else:
                        ids = search_product_ids(session, filt)
                        load_product_rows(session, ids[:PAGE])
                        hits = len(ids)
                    ms = (time.perf_counter() - started) * 1000
                    out.setdefault(kind, []).append((q, ms, hits))
    return out


def run(url: str, label: str, n_queries: int, seed: int) -> Result:
    result = Result(label)
    result.rss_before_mb = rss_mb()
    ms, store = timed(lambda: open_store(url))
    result.open_ms.append(ms)
    ms, count = timed(lambda: first_page(store))
    result.first_page_cold_ms = ms
    result.first_page_ids = int(count)  # type: ignore[arg-type]
    result.rss_after_mb = rss_mb()
    for _ in range(10):
        result.first_page_warm_ms.append(timed(lambda: first_page(store))[0])
    if PAGED:
        result.paged_cold_ms = timed(lambda: first_page_paged(store))[0]
        for _ in range(10):
            result.paged_warm_ms.append(timed(lambda: first_page_paged(store))[0])
    with store.read_session() as session:
        result.products = session.scalar(select(func.count(Product.id))) or 0
        result.lines = session.scalar(select(func.count(SalesOrderLine.id))) or 0
    by_kind = queries(store, seed)
    planned = sum(len(v) for v in by_kind.values())
    rounds = max(1, -(-n_queries // planned))
    result.search = _search(store, by_kind, rounds, paged=False)
    if PAGED:
        result.search_paged = _search(store, by_kind, rounds, paged=True)
    store.close()
    for _ in range(4):
        ms, again = timed(lambda: open_store(url))
        again.close()  # type: ignore[attr-defined]
        result.open_ms.append(ms)
    return result


def verdict(value: float, target: float) -> str:
    return "✅ meets" if value < target else "❌ misses"


def _kind_table(rows: dict[str, list[tuple[str, float, int]]]) -> list[str]:
    out = ["| typed | keystrokes | median | p95 | worst | slowest keystroke |", "|---|---|---|---|---|---|"]
    for kind, values in rows.items():
        times = [ms for _q, ms, _n in values]
        slow_q, _slow_ms, slow_n = max(values, key=lambda r: r[1])
        out.append(f"| {kind} | {len(values)} | {statistics.median(times):.1f} ms | {percentile(times, 95):.1f} ms | "
                   f"{max(times):.1f} ms | «{slow_q}» ({n(slow_n)} hits) |")
    return out


def report(result: Result) -> str:
    s = flat(result.search)
    warm = statistics.median(result.first_page_warm_ms)
    out = [
        f"### {result.label}",
        "",
        f"Store: {n(result.products)} products, {n(result.lines)} order lines.",
        "",
        "| measure | value | target | |",
        "|---|---|---|---|",
        f"| open the store (`open_store`), first / median of next 4 | {result.open_ms[0]:.0f} ms / "
        f"{statistics.median(result.open_ms[1:]):.0f} ms | — | |",
        f"| first page: all {n(result.first_page_ids)} ids + 100 rows, first call | "
        f"{result.first_page_cold_ms:.0f} ms | < {TARGET_FIRST_PAGE_MS} ms | "
        f"{verdict(result.first_page_cold_ms, TARGET_FIRST_PAGE_MS)} |",
        f"| first page: all ids + 100 rows, warm (median of 10) | {warm:.0f} ms | < {TARGET_FIRST_PAGE_MS} ms | "
        f"{verdict(warm, TARGET_FIRST_PAGE_MS)} |",
    ]
    if PAGED:
        pw = statistics.median(result.paged_warm_ms)
        out += [
            f"| first page, paged: `limit=100` ids + 100 rows + `count_products`, first call | "
            f"{result.paged_cold_ms:.0f} ms | < {TARGET_FIRST_PAGE_MS} ms | "
            f"{verdict(result.paged_cold_ms, TARGET_FIRST_PAGE_MS)} |",
            f"| first page, paged, warm (median of 10) | {pw:.0f} ms | < {TARGET_FIRST_PAGE_MS} ms | "
            f"{verdict(pw, TARGET_FIRST_PAGE_MS)} |",
        ]
    out += [
        f"| search-as-you-type (all ids + 100 rows), median of {len(s)} keystrokes | "
        f"{statistics.median(s):.1f} ms | — | |",
        f"| search-as-you-type (all ids + 100 rows), 95th percentile | {percentile(s, 95):.1f} ms | "
        f"< {TARGET_SEARCH_P95_MS} ms | {verdict(percentile(s, 95), TARGET_SEARCH_P95_MS)} |",
    ]
    long = [ms for values in result.search.values() for q, ms, _n in values if len(q.strip()) >= 3]
    out.append(
        f"| search-as-you-type (all ids + 100 rows), 95th percentile of the {len(long)} keystrokes "
        f"with ≥ 3 characters | {percentile(long, 95):.1f} ms | < {TARGET_SEARCH_P95_MS} ms | "
        f"{verdict(percentile(long, 95), TARGET_SEARCH_P95_MS)} |"
    )
    if PAGED:
        sp = flat(result.search_paged)
        out += [
            f"| search-as-you-type, paged (`limit=100` + rows + count), median | {statistics.median(sp):.1f} ms "
            "| — | |",
            f"| search-as-you-type, paged, 95th percentile | {percentile(sp, 95):.1f} ms | "
            f"< {TARGET_SEARCH_P95_MS} ms | {verdict(percentile(sp, 95), TARGET_SEARCH_P95_MS)} |",
        ]
        long_p = [ms for values in result.search_paged.values() for q, ms, _n in values if len(q.strip()) >= 3]
        out.append(
            f"| search-as-you-type, paged, 95th percentile of keystrokes with ≥ 3 characters | "
            f"{percentile(long_p, 95):.1f} ms | < {TARGET_SEARCH_P95_MS} ms | "
            f"{verdict(percentile(long_p, 95), TARGET_SEARCH_P95_MS)} |"
        )
    out += [
        f"| resident memory (VmRSS) after open + first page | {result.rss_after_mb:.0f} MB "
        f"(after imports, before open: {result.rss_before_mb:.0f} MB) | < {TARGET_RSS_MB} MB | "
        f"{verdict(result.rss_after_mb, TARGET_RSS_MB)} |",
        "",
        "Search-as-you-type by what was typed (all ids + first 100 rows):",
        "",
        *_kind_table(result.search),
    ]
    if PAGED:
        out += ["", "The same keystrokes, paged (`limit=100` ids + rows + `count_products`):", "",
                *_kind_table(result.search_paged)]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Catalog benchmarks (open, first page, search, memory).")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"SQLite store (default {DEFAULT_DB})")
    parser.add_argument("--pg", metavar="URL", help="also measure this PostgreSQL store")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--queries", type=int, default=240, help="at least this many keystrokes (default 240)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--markdown", type=Path, help="also write the report as Markdown to this file")
    args = parser.parse_args(argv)
    reports = [
        f"Measured {datetime.now():%Y-%m-%d %H:%M} on {platform.node() or 'this machine'}: "
        f"{os.cpu_count()} CPU, Python {platform.python_version()}, {platform.platform()}.\n"
    ]
    targets = []
    if not args.skip_sqlite:
        if not args.db.exists():
            print(f"{args.db} does not exist: run bench/generate.py first.", file=sys.stderr)
            return 2
        targets.append((sqlite_url(args.db.resolve()), "SQLite"))
    if args.pg:
        targets.append((args.pg, "PostgreSQL"))
    for url, label in targets:
        result = run(url, label, args.queries, args.seed)
        text = report(result)
        print(text)
        reports.append(text)
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text("\n".join(reports), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
