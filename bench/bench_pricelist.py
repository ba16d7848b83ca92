"""Price list import benchmark: a 50 000-row supplier list against the benchmark store.

The list is built from the store (see bench/generate.py: 100 000 products) the way a
distributor's export looks: a title block with merged cells, two sheets whose tables
start on different rows, section rows, prices as numbers and as text ("1 234,50 руб."),
stock as numbers and words, a shared string table as Excel writes it. Its rows are this
supplier's current offers (some prices changed), other products found by barcode, items
only a name resembles, items we don't have, and a few bad rows.

Parse, match and validate are timed apart, then the whole analysis as the dialog runs
it, then applying the report. The store is copied to a temp folder first: the benchmark
store itself is never modified.

    .venv/bin/python bench/bench_pricelist.py            # 50 000 rows
    .venv/bin/python bench/bench_pricelist.py --rows 10000
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from openpyxl import Workbook
from sqlalchemy import func, select

from backoffice_desktop.db import Store, open_store, sqlite_url
from backoffice_desktop.exports.pricelist_reader import read_price_list, remove_duplicates
from backoffice_desktop.models import Product, ProductBarcode, SupplierOffer
from backoffice_desktop.services.auth import actor_for
from backoffice_desktop.services.pricelists import (
    MatchedRow,
    NameSuggestion,
    OfferState,
    SupplierInfo,
    analyse_price_list,
    apply_price_list,
    build_report,
    load_offers,
    match_rows,
)
from backoffice_desktop.services.users import first_active_admin

R = TypeVar("R")
HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"
HEADER = ["№", "Артикул", "Наименование товара", "Штрихкод", "Цена, руб.", "Остаток", "Кратность"]
NBSP = "\u00a0"


def _money_text(rng: random.Random, price: Decimal) -> object:
    """A price as suppliers write it: a number, "1 234,50", "1 234,50 руб.", "1234.50"."""
    whole, cents = f"{price:.2f}".split(".")
    grouped = f"{int(whole):,}".replace(",", rng.choice([" ", NBSP]))
    return rng.choice([float(price), f"{grouped},{cents}", f"{grouped},{cents} руб.", f"{whole}.{cents}"])


def _stock(rng: random.Random) -> object:
    return rng.choice([rng.randint(0, 200), str(rng.randint(1, 50)), "много", "нет", ">10", "есть", "-", None])


def build_rows(store: Store, supplier_id: int, total: int, seed: int) -> list[list[object]]:
    """The list's item rows, in the supplier's order, with a few bad ones."""
    rng = random.Random(seed)
    with store.read_session() as s:
        offers = s.execute(
            select(SupplierOffer.supplier_sku, SupplierOffer.supplier_name, SupplierOffer.barcode,
                   SupplierOffer.price).where(SupplierOffer.supplier_id == supplier_id)
        ).all()
        offered = select(SupplierOffer.product_id).where(SupplierOffer.supplier_id == supplier_id,
                                                         SupplierOffer.product_id.is_not(None))
        others = s.execute(
            select(Product.id, Product.name, func.min(ProductBarcode.barcode))
            .join(ProductBarcode, ProductBarcode.product_id == Product.id)
            .where(Product.id.not_in(offered), ProductBarcode.kind == "unit")
            .group_by(Product.id, Product.name).order_by(Product.id)
        ).all()
    rows: list[list[object]] = []
    for sku, name, barcode, price in offers[: total // 3]:
        if rng.random() < 0.1:
            price = (price * Decimal(1 + rng.uniform(-0.3, 0.4))).quantize(Decimal("0.01"))
        rows.append([sku, name, barcode, _money_text(rng, price), _stock(rng), rng.choice([1, 1, 6, "12 шт"])])
    by_name = max(0, total // 20)
    by_code = others[: max(0, total - len(rows) - by_name - total // 10)]
    for pid, name, code in by_code:
        cell: object = int(code) if rng.random() < 0.3 and code.isdigit() else code
        price = Decimal(rng.randint(50, 90000)) + Decimal(rng.randint(0, 99)) / 100
        rows.append([f"D-{pid:07d}", name.upper(), cell, _money_text(rng, price), _stock(rng), 1])
    for pid, name, _code in others[len(by_code): len(by_code) + by_name]:
        rows.append([f"N-{pid:07d}", f"{name} (аналог)", None, _money_text(rng, Decimal(rng.randint(100, 5000))),
                     _stock(rng), 1])
    n = 0
    while len(rows) < total:
        n += 1
        rows.append([f"X-{n:07d}", f"Товар поставщика {n} модель Q{rng.randint(100, 999)}", None,
                     _money_text(rng, Decimal(rng.randint(100, 5000))), _stock(rng), 1])
    rng.shuffle(rows)
    for i in rng.sample(range(len(rows)), 20):
        rows[i][3] = "-" + str(rows[i][3]) if isinstance(rows[i][3], str) else -abs(float(rows[i][3]))
    for i in rng.sample(range(len(rows)), 20):
        rows[i][4] = "уточняйте"
    return rows


def write_xlsx(path: Path, rows: list[list[object]], seed: int) -> None:
    """Two sheets with a title block, section rows every ~150 items; then a shared string table."""
    rng = random.Random(seed)
    wb = Workbook()
    halves = [("Прайс", rows[: len(rows) * 3 // 5], 7), ("Прайс (продолжение)", rows[len(rows) * 3 // 5:], 3)]
    for index, (title, part, header_row) in enumerate(halves):
        ws = wb.active if index == 0 else wb.create_sheet()
        ws.title = title
        ws["A1"] = "ООО «Мега-Дистрибуция» — прайс-лист"
        ws.merge_cells("A1:G1")
        if header_row > 3:
            ws["A2"] = "Москва, ул. Складская, 1. Тел. +7 (495) 000-00-00"
            ws.merge_cells("A2:G2")
            ws["F3"] = "[логотип]"
            ws.merge_cells("F3:G5")
        for col, caption in enumerate(HEADER, start=1):
            ws.cell(header_row, col, caption)
        r = header_row + 1
        for i, item in enumerate(part):
            if i % 150 == 0:
                ws.cell(r, 1, f"Категория: Раздел {index + 1}.{i // 150 + 1}")
                ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
                r += 1
            if rng.random() < 0.002:
                r += 1  # an empty row
            for col, value in enumerate([i + 1, *item], start=1):
                if value is not None:
                    ws.cell(r, col, value)
            r += 1
    wb.save(path)
    _shared_strings(path)


def _shared_strings(path: Path) -> None:
    """Rewrite openpyxl's inline strings as a shared string table, as Excel writes them."""
    cell = re.compile(
        r'<c r="([A-Z]+\d+)"( s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>', re.S)
    strings: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = strings.setdefault(match.group(3), len(strings))
        return f'<c r="{match.group(1)}"{match.group(2) or ""} t="s"><v>{index}</v></c>'

    source = path.with_suffix(".inline.xlsx")
    path.rename(source)
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = cell.sub(shared, data.decode("utf-8")).encode("utf-8")
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdStrings" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            zout.writestr(item, data)
        # The texts come from openpyxl's XML, already escaped.
        table = "".join(f'<si><t xml:space="preserve">{text}</t></si>' for text in strings)
        zout.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                      f'count="{len(strings)}" uniqueCount="{len(strings)}">{table}</sst>')
    source.unlink()


class Clock:
    """Wall and CPU time of each stage, the best of ``repeat`` runs: other work on a
    shared machine only ever adds time, so the minimum is the stage's own cost."""

    def __init__(self, repeat: int) -> None:
        self.repeat = repeat
        self.rows: list[tuple[str, float, float, str]] = []

    def time(self, name: str, func: Callable[[], R], describe: Callable[[R], str] = lambda _result: "",
             repeat: int | None = None) -> R:
        walls, cpus = [], []
        for _ in range(repeat or self.repeat):
            wall, cpu = time.perf_counter(), time.process_time()
            result = func()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        self.rows.append((name, min(walls), min(cpus), describe(result)))
        return result


def measure(store: Store, path: Path, supplier_id: int, repeat: int) -> Clock:
    clock = Clock(repeat)
    info = SupplierInfo(supplier_id, "bench", "RUB")
    with store.read_session() as s:
        parsed = clock.time("parse: read the workbook, parse every cell", lambda: read_price_list(path, None, "RUB"),
                            lambda p: f"{len(p.rows)} rows, {len(p.errors)} errors, {len(p.skipped)} skipped")
        unique = clock.time("validate: duplicates", lambda: remove_duplicates(parsed))

        def match() -> tuple[dict[str, OfferState], list[MatchedRow], list[NameSuggestion]]:
            offers = load_offers(s, supplier_id)
            return (offers, *match_rows(s, unique.rows, offers))

        def matched(result: tuple[dict[str, OfferState], list[MatchedRow], list[NameSuggestion]]) -> str:
            _offers, rows, suggestions = result
            by = {k: sum(1 for m in rows if m.matched_by == k) for k in ("supplier_sku", "barcode", "none")}
            return (f"{by['supplier_sku']} by SKU, {by['barcode']} by barcode, {by['none']} unmatched "
                    f"({len(suggestions)} with a name suggestion)")

        offers, rows, suggestions = clock.time("match: offers, barcodes, name suggestions", match, matched)
        clock.time("validate: price changes, absent offers (the report)",
                   lambda: build_report(info, unique, offers, rows, suggestions),
                   lambda r: f"{len(r.price_changes)} price changes, {len(r.absent)} absent offers")
        clock.rows.append(("**parse + match + validate**", sum(r[1] for r in clock.rows),
                           sum(r[2] for r in clock.rows), "budget: 10 s"))
        report = clock.time("analyse_price_list: the same in one call, as the dialog runs it",
                            lambda: analyse_price_list(s, supplier_id, path))
    with store.session() as s:
        admin = first_active_admin(s)
        assert admin is not None
        actor = actor_for(admin)
        clock.time("apply: one transaction (rows with errors left out)",
                   lambda: apply_price_list(s, actor, report, skip_error_rows=True),
                   lambda r: f"{r.offers_created} new offers, {r.offers_updated} updated, {r.prices_changed} "
                             f"prices changed, {r.stock_cleared} cleared, {r.products_marked} marked for sync",
                   repeat=1)
    return clock


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u00a0")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(DEFAULT_DB), help="the SQLite bench store (copied, never changed)")
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each read-only stage; the best is shown")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-pricelist-") as tmp:
        db = Path(tmp) / "bench.sqlite3"
        shutil.copy(args.db, db)
        store = open_store(sqlite_url(db))
        try:
            with store.read_session() as s:
                supplier_id, offers = s.execute(
                    select(SupplierOffer.supplier_id, func.count()).group_by(SupplierOffer.supplier_id)
                    .order_by(func.count().desc()).limit(1)
                ).one()
                products = s.scalar(select(func.count(Product.id)))
            path = Path(tmp) / "price.xlsx"
            started = time.perf_counter()
            write_xlsx(path, build_rows(store, supplier_id, args.rows, args.seed), args.seed)
            made = time.perf_counter() - started
            print(f"### Price list import: {_n(args.rows)} rows ({path.stat().st_size / 1e6:.1f} MB xlsx) against "
                  f"{_n(products)} products; supplier #{supplier_id} has {_n(offers)} offers")
            print(f"(the list was generated in {made:.0f} s; load average {os.getloadavg()[0]:.1f} "
                  f"on {os.cpu_count()} CPUs)\n")
            print(f"Best of {args.repeat} runs (apply: one run).\n")
            print("| stage | wall | CPU | what |\n|---|---|---|---|")
            for name, wall, cpu, what in measure(store, path, supplier_id, args.repeat).rows:
                print(f"| {name} | {wall:.2f} s | {cpu:.2f} s | {what} |")
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
