"""``backoffice catalog export`` and ``import``: the catalog as an Excel workbook, edited
outside and read back."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import BackofficeError
from .output import print_some, stop_before_writing
from .store import add_store_args, opened_store, require_admin


def cmd_catalog_export(args: argparse.Namespace) -> int:
    from ..services import catalog, catalog_excel

    with opened_store(args) as store:
        with store.read_session() as session:
            brand_id = None
            if args.brand:
                brand_id = next((bid for bid, name in catalog.list_brands(session)
                                 if name.casefold() == args.brand.casefold()), None)
                if brand_id is None:
                    raise BackofficeError("There is no brand '{value}'; expected a brand the catalog has.",
                                          value=args.brand)
            filt = catalog.ProductFilter(text=args.search or "", category_id=args.category, brand_id=brand_id)
            count = catalog_excel.export_catalog(session, Path(args.out), filt, args.language)
    print(f"Exported {count} products to {args.out}.")
    return 0


def cmd_catalog_import(args: argparse.Namespace) -> int:
    from ..exports.catalog_xlsx import COLUMNS
    from ..services import catalog_excel

    titles = {c.key: c.en for c in COLUMNS}
    with opened_store(args) as store:
        with store.read_session() as session:
            report = catalog_excel.analyse_import(session, Path(args.file))
        print(f"Catalog sheet {args.file}: {report.rows_read} rows read, {len(report.changes)} changed cells "
              f"in {report.changed_products} products, {len(report.errors)} errors")
        print_some("Errors", [f"row {e.row}, column {titles.get(e.column, '-')}, '{e.value}': {e.error}"
                              for e in report.errors])
        print_some("Changes", [f"row {c.row}, {c.sku}, {titles[c.column]}: '{c.old}' → '{c.new}'"
                               for c in report.changes])
        stop = stop_before_writing(bool(report.errors), "Nothing was written. Correct the errors and import again.",
                                   args.dry_run)
        if stop is not None:
            return stop
        actor = require_admin(store)
        with store.session() as session:
            result = catalog_excel.apply_import(session, actor, report)
    print(f"Imported: {result.cells} cells changed in {result.products} products.")
    return 0


def add_catalog(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalog", help="the catalog as an Excel workbook: export, edit, import back")
    catalog_sub = p.add_subparsers(title="catalog commands", metavar="CATALOG_COMMAND", required=True)
    p = catalog_sub.add_parser("export", help="write the catalog (or the part the filters pick) to an XLSX file")
    add_store_args(p)
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="the file to write")
    p.add_argument("--category", type=int, metavar="ID", help="only this category (with subcategories)")
    p.add_argument("--brand", metavar="NAME", help="only this brand")
    p.add_argument("--search", metavar="TEXT", help="only products whose SKU, barcode or name contain TEXT")
    p.add_argument("--language", choices=["ru", "en"], default="ru", help="the column titles' language")
    p.set_defaults(func=cmd_catalog_export)
    p = catalog_sub.add_parser(
        "import", help="apply the changed cells of an exported catalog workbook; print the changes and errors; "
        "exit 1 and write nothing if any cell has an error")
    add_store_args(p)
    p.add_argument("--dry-run", action="store_true", help="only print the report; write nothing")
    p.add_argument("file", help="the workbook made by 'catalog export' and edited")
    p.set_defaults(func=cmd_catalog_import)
