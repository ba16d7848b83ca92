"""The catalog's Excel export against openpyxl's own write-only speed.

Target (issue 5): exporting the whole catalog (100 000 products) to XLSX takes at most
1.3× the time openpyxl's write-only mode needs to write the same cells. On a COPY of
the benchmark store (bench/.data/bench.sqlite3, never modified) it measures:

1. ``export_catalog``: reading the products page by page (category paths, brands,
   barcodes) and writing the workbook — what "Export to Excel…" and
   ``backoffice catalog export`` do;
2. the baseline: the same cells, already in memory, written with a bare write-only
   ``Workbook`` (one ``ws.append`` per row, no styles);
3. reading the workbook back with ``analyse_import`` (no changes: every row compared).

Each timing is the best of ``--runs``, the two measured in turn (the machine's load
falls on both alike). The baseline's rows are frozen out of the garbage collector's
reach (``gc.freeze``): 100 000 tuples held in memory would otherwise make every full
collection walk them, which the export (it streams) never pays.

    .venv/bin/python bench/bench_catalog_xlsx.py [--store bench/.data/bench.sqlite3] [--runs 2]
"""

from __future__ import annotations

import argparse
import gc
import shutil
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.exports.catalog_xlsx import COLUMNS
from backoffice_desktop.services.catalog import ProductFilter, search_product_ids
from backoffice_desktop.services.catalog_excel import _rows, analyse_import, export_catalog

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / ".data" / "bench.sqlite3"


def best(runs: int, func) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return min(times), result


def baseline(path: Path, rows: list[tuple]) -> None:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Catalog")
    ws.append([c.en for c in COLUMNS])
    for row in rows:
        ws.append(row)
    wb.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "store.sqlite3"
        shutil.copy(args.store, copy)
        store = open_store(sqlite_url(copy))
        out = Path(tmp) / "catalog.xlsx"
        try:
            with store.read_session() as session:
                ids = search_product_ids(session, ProductFilter())
                cells = list(_rows(session, ids, "ru", None))
                print(f"products: {len(cells)}, cells: {len(cells) * len(COLUMNS)}")
                gc.collect()
                gc.freeze()
                bases, exports = [], []
                for _ in range(args.runs):
                    bases.append(best(1, lambda: baseline(Path(tmp) / "base.xlsx", cells))[0])
                    t, count = best(1, lambda: export_catalog(session, out, ProductFilter(), "ru"))
                    exports.append(t)
                t_base, t_export = min(bases), min(exports)
            size = out.stat().st_size / 1e6
            print(f"openpyxl write-only, same cells: {t_base:.2f} s")
            print(f"export_catalog (read + write):   {t_export:.2f} s  ({count} rows, {size:.1f} MB)")
            print(f"ratio: {t_export / t_base:.2f}× (target ≤ 1.3×)")
            if not args.skip_import:
                with store.read_session() as session:
                    t_import, report = best(1, lambda: analyse_import(session, out))
                print(f"analyse_import of the unchanged file: {t_import:.2f} s "
                      f"({report.rows_read} rows, {len(report.changes)} changes, {len(report.errors)} errors)")
        finally:
            store.close()


if __name__ == "__main__":
    main()
