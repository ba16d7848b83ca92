"""Catalog benchmarks against the benchmark store (see bench/generate.py).

Measures what a user feels in the Catalog workspace, through the same service calls
the product list makes:

1. opening the store (``open_store``: connect, check the schema);
2. the first page of the product list: one page of ids (``search_product_ids(...,
   limit=500)``) and the first 100 rows (``load_product_rows``) — what the UI thread
   does before the list shows;
3. search-as-you-type: Russian words, SKU and barcode fragments typed letter by letter;
   from the third character on (as the list does: shorter text searches on Enter) each
   keystroke runs the same page query + rows; median and 95th percentile; one- and
   two-character searches (on Enter) are reported apart;
4. the total count (``count_products``), which the list runs on a worker thread;
5. resident memory (VmRSS) after opening the store and loading the first page;
6. the "incomplete for website / marketplace" filter: the first page (500 ids + 100
   rows with their Completeness column), the first time and again, and its count.
7. the first page with each list filter (brand, publish state, stock, without photos,
   category, and combinations), median and maximum of five and the mean CPU time
   (``--filters-only`` measures just these: on a loaded machine CPU time is the fairer figure).

    .venv/bin/python bench/bench_catalog.py                       # SQLite bench store
    .venv/bin/python bench/bench_catalog.py --pg postgresql://...  # and PostgreSQL
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from sqlalchemy import func, select

from backoffice_desktop.db import Store, open_store, sqlite_url
from backoffice_desktop.models import Brand, Category, Product, ProductBarcode, SalesOrderLine
from backoffice_desktop.services.catalog import (
    ProductFilter,
    ProductSort,
    StockFilter,
    count_products,
    load_product_rows,
    search_product_ids,
)
from backoffice_desktop.services.completeness import MARKETPLACE, WEBSITE
from backoffice_desktop.ui.paged_model import BATCH, PAGE
from backoffice_desktop.ui.list_search import MIN_TYPED_CHARS

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"

#: Things people type into the product search box, in the order they type them.
WORDS = [
    "смартфон", "смартфон xiaomi", "чайник", "ноутбук lenovo", "кроссовки", "фильтр масляный",
    "колодки", "телевизор", "redmi note", "samsung galaxy", "видеокарта", "наушники",
    "масло 5w-30", "джинсы", "аккумулятор", "зарядное", "чехол iphone", "стекло", "куртка", "монитор",
]


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def typed(text: str, start: int) -> list[str]:
    """What the search box holds after each keystroke, from the ``start``-th character."""
    return [text[:i] for i in range(start, len(text) + 1)]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def ms_since(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def list_page(store: Store, text: str, incomplete_for: str | None = None) -> int:
    """The UI thread's work for one search: a page of ids and the visible rows (with
    their completeness for the channel the list shows, as the Catalog does)."""
    with store.read_session() as session:
        ids = search_product_ids(session, ProductFilter(text=text, incomplete_for=incomplete_for), limit=PAGE)
        load_product_rows(session, ids[:BATCH], incomplete_for or WEBSITE)
    return len(ids)


def filtered_page(store: Store, filt: ProductFilter) -> float:
    started = time.perf_counter()
    with store.read_session() as session:
        ids = search_product_ids(session, filt, limit=PAGE)
        load_product_rows(session, ids[:BATCH])
    return ms_since(started)


def filter_rows(store: Store) -> list[str]:
    """The first page with each filter the list offers, alone and combined."""
    with store.read_session() as session:
        brand = session.execute(select(Product.brand_id, func.count()).where(Product.brand_id.is_not(None))
                                .group_by(Product.brand_id).order_by(func.count().desc()).limit(1)).first()[0]
        rare = session.execute(select(Product.brand_id, func.count()).where(Product.brand_id.is_not(None))
                               .group_by(Product.brand_id).order_by(func.count().asc()).limit(1)).first()[0]
        category = session.scalar(select(Category.id).where(Category.parent_id.is_(None)).order_by(Category.id)
                                  .limit(1))
        # The leaf with the fewest products: a walk in name order finds fewer than a page.
        leaf = session.execute(select(Product.category_id, func.count()).where(Product.category_id.is_not(None))
                               .group_by(Product.category_id).order_by(func.count().asc()).limit(1)).first()[0]
        names = dict(session.execute(select(Brand.id, Brand.name).where(Brand.id.in_([brand, rare]))).all())
    filters = {
        f"brand {names[brand]} (most products)": ProductFilter(brand_id=brand),
        f"brand {names[rare]} (fewest products)": ProductFilter(brand_id=rare),
        "published": ProductFilter(published=True),
        "hidden": ProductFilter(published=False),
        "in stock": ProductFilter(stock=StockFilter.IN_STOCK),
        "out of stock": ProductFilter(stock=StockFilter.OUT_OF_STOCK),
        "without photos": ProductFilter(missing_photos=True),
        "top category": ProductFilter(category_id=category),
        "top category + in stock": ProductFilter(category_id=category, stock=StockFilter.IN_STOCK),
        "top category + out of stock": ProductFilter(category_id=category, stock=StockFilter.OUT_OF_STOCK),
        "top category + out of stock, by price": ProductFilter(category_id=category, stock=StockFilter.OUT_OF_STOCK,
                                                               sort=ProductSort.PRICE),
        "smallest category + out of stock": ProductFilter(category_id=leaf, stock=StockFilter.OUT_OF_STOCK),
        "brand + hidden + out of stock": ProductFilter(brand_id=brand, published=False,
                                                       stock=StockFilter.OUT_OF_STOCK),
        "hidden + without photos, by price": ProductFilter(published=False, missing_photos=True,
                                                           sort=ProductSort.PRICE),
    }
    rows = []
    for label, filt in filters.items():
        cpu_started = time.process_time()
        times = [filtered_page(store, filt) for _ in range(5)]
        cpu = (time.process_time() - cpu_started) * 1000 / len(times)
        rows.append(f"| first page, filter: {label} | {statistics.median(times):.1f} ms | CPU {cpu:.1f} ms "
                    f"| {max(times):.1f} ms | {len(times)} |")
    return rows


def measure_filters(url: str, label: str) -> str:
    """Only the list filters' first pages (``--filters-only``), with the load average."""
    store = open_store(url)
    list_page(store, "")  # the connection warmed up, as in the window
    with open("/proc/loadavg", encoding="ascii") as fh:
        load = fh.read().split()[0]
    rows = [f"### {label}: list filters (load average {load})", "",
            "| measure | median | mean CPU | max | n |", "|---|---|---|---|---|", *filter_rows(store)]
    store.close()
    return "\n".join(rows)


def count(store: Store, text: str) -> int:
    with store.read_session() as session:
        return count_products(session, ProductFilter(text=text))


def keystrokes(store: Store, seed: int) -> dict[str, list[str]]:
    rng = random.Random(seed)
    with store.read_session() as session:
        total = session.scalar(select(func.max(Product.id))) or 1
        picks = [rng.randint(1, total) for _ in range(8)]
        skus = list(session.scalars(select(Product.sku).where(Product.id.in_(picks))))
        codes = list(session.scalars(select(ProductBarcode.barcode).where(ProductBarcode.product_id.in_(picks))))
    by_kind: dict[str, list[str]] = {"word": [], "sku": [], "barcode": [], "short (Enter)": []}
    for word in WORDS:
        by_kind["word"] += typed(word, MIN_TYPED_CHARS)
        by_kind["short (Enter)"] += typed(word[:MIN_TYPED_CHARS - 1], 1)
    for sku in skus:
        by_kind["sku"] += typed(sku.lower(), MIN_TYPED_CHARS)
    for code in codes[:6]:
        by_kind["barcode"] += typed(code, MIN_TYPED_CHARS) + typed(code[5:], MIN_TYPED_CHARS)
    return by_kind


def measure(url: str, label: str, seed: int) -> str:
    started = time.perf_counter()
    store = open_store(url)
    open_ms = ms_since(started)
    started = time.perf_counter()
    list_page(store, "")
    first_cold = ms_since(started)
    rss = rss_mb()
    first_warm = []
    for _ in range(10):
        started = time.perf_counter()
        list_page(store, "")
        first_warm.append(ms_since(started))
    with store.read_session() as session:
        products = session.scalar(select(func.count(Product.id)))
        lines = session.scalar(select(func.count(SalesOrderLine.id)))
    rows = [f"### {label}: {products:,} products, {lines:,} order lines".replace(",", " "), "",
            "| measure | median | p95 | max | n |", "|---|---|---|---|---|",
            f"| open the store | {open_ms:.0f} ms | | | 1 |",
            f"| first page (500 ids + 100 rows), cold | {first_cold:.1f} ms | | | 1 |",
            f"| first page, warm | {statistics.median(first_warm):.1f} ms | {p95(first_warm):.1f} ms "
            f"| {max(first_warm):.1f} ms | {len(first_warm)} |"]
    all_page: list[float] = []
    all_count: list[float] = []
    for kind, texts in keystrokes(store, seed).items():
        page_ms, count_ms = [], []
        for text in texts:
            started = time.perf_counter()
            list_page(store, text)
            page_ms.append(ms_since(started))
            started = time.perf_counter()
            count(store, text)
            count_ms.append(ms_since(started))
        rows.append(f"| search: {kind} ({len(texts)} keystrokes) "
                    f"| {statistics.median(page_ms):.1f} ms | {p95(page_ms):.1f} ms | {max(page_ms):.1f} ms "
                    f"| {len(page_ms)} |")
        if kind != "short (Enter)":
            all_page += page_ms
        all_count += count_ms
    rows.append(f"| **search as you type, all typed keystrokes** | **{statistics.median(all_page):.1f} ms** "
                f"| **{p95(all_page):.1f} ms** | {max(all_page):.1f} ms | {len(all_page)} |")
    rows.append(f"| total count (worker thread), all keystrokes | {statistics.median(all_count):.1f} ms "
                f"| {p95(all_count):.1f} ms | {max(all_count):.1f} ms | {len(all_count)} |")
    rows.append(f"| resident memory after the first page | {rss:.0f} MB | | | |")
    for channel in (WEBSITE, MARKETPLACE):
        started = time.perf_counter()
        found = list_page(store, "", channel)
        first = ms_since(started)
        again = []
        for _ in range(10):
            started = time.perf_counter()
            list_page(store, "", channel)
            again.append(ms_since(started))
        started = time.perf_counter()
        with store.read_session() as session:
            total = count_products(session, ProductFilter(incomplete_for=channel))
        count_ms = ms_since(started)
        rows.append(f"| incomplete for {channel}: first page ({found} ids + 100 rows), first time | {first:.1f} ms "
                    f"| | | 1 |")
        rows.append(f"| incomplete for {channel}: first page, again | {statistics.median(again):.1f} ms "
                    f"| {p95(again):.1f} ms | {max(again):.1f} ms | {len(again)} |")
        total_text = f"{total:,}".replace(",", " ")
        rows.append(f"| incomplete for {channel}: count ({total_text} products, worker thread) | {count_ms:.0f} ms "
                    f"| | | 1 |")
    rows += ["", "| measure | median | mean CPU | max | n |", "|---|---|---|---|---|", *filter_rows(store)]
    store.close()
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(DEFAULT_DB), help="the SQLite bench store")
    parser.add_argument("--pg", help="also measure this PostgreSQL bench store")
    parser.add_argument("--skip-sqlite", action="store_true")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--filters-only", action="store_true", help="only the first page with each list filter")
    args = parser.parse_args()
    if not args.skip_sqlite:
        url = sqlite_url(Path(args.db))
        print(measure_filters(url, "SQLite") if args.filters_only else measure(url, "SQLite", args.seed), "\n")
    if args.pg:
        print(measure_filters(args.pg, "PostgreSQL") if args.filters_only else measure(args.pg, "PostgreSQL", args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
