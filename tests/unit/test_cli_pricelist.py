"""``backoffice pricelist import``: the report on the terminal, nothing written on a dry
run or when the file has errors, the supplier's mapping used and remembered."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from backoffice_desktop.cli import main
from backoffice_desktop.models import AuditEntry, Product, Supplier, SupplierOffer

from .cli_store import make_store, read_store

DATA = Path(__file__).resolve().parent.parent / "data" / "pricelists"
SUPPLIER = "ООО «ЭлектроОпт»"


@pytest.fixture
def db(tmp_path) -> str:
    """A store with an administrator, the supplier and one product it already offers."""
    def fill(s: Session) -> None:
        supplier = Supplier(name=SUPPLIER)
        product = Product(sku="PH-A15", name="Samsung Galaxy A15")
        s.add_all([supplier, product])
        s.flush()
        s.add(SupplierOffer(supplier_id=supplier.id, product_id=product.id, supplier_sku="SM-A155F-BK",
                            price=Decimal("15990.00"), stock_qty=Decimal(3)))

    return make_store(tmp_path, fill)


def written(db: str) -> tuple:
    return read_store(db, lambda s: (
        s.execute(select(SupplierOffer.supplier_sku, SupplierOffer.price).order_by(SupplierOffer.id)).all(),
        s.scalar(select(func.count(AuditEntry.id))),
        s.scalar(select(Supplier.pricelist_mapping)),
    ))


def run(db: str, *args: str) -> int:
    return main(["pricelist", "import", "--db", db, *args])


def test_help():
    with pytest.raises(SystemExit) as exc:
        main(["pricelist", "import", "--help"])
    assert exc.value.code == 0


def test_dry_run_prints_the_report_and_writes_nothing(db, capsys):
    before = written(db)
    assert run(db, "--supplier", SUPPLIER, str(DATA / "electronics_distributor.xlsx"), "--dry-run") == 0
    out = capsys.readouterr().out
    assert "Price list electronics_distributor.xlsx for ООО «ЭлектроОпт» (prices in RUB)" in out
    assert "sheet 'Смартфоны': header in row 7" in out and "sheet 'Аксессуары': header in row 3" in out
    assert "Rows: 9 to import, 0 with errors, 6 skipped" in out
    assert "Matched: 1 by supplier SKU, 0 by barcode; 8 unmatched" in out
    assert "SM-A155F-BK" in out and "15990.00 → 14990.00 (-6.3%)" in out
    assert "sheet 'Смартфоны', row 16: no price: по запросу" in out
    assert out.rstrip().endswith("Dry run: nothing was written.")
    assert written(db) == before


def test_import_writes_the_offers_and_remembers_the_columns(db, capsys):
    assert run(db, "--supplier", SUPPLIER.lower(), str(DATA / "electronics_distributor.xlsx")) == 0
    assert "Imported: 8 new offers, 1 updated, 1 prices changed" in capsys.readouterr().out
    offers, audit_entries, mapping = written(db)
    assert len(offers) == 9 and ("SM-A155F-BK", Decimal("14990.00")) in offers and audit_entries >= 2
    assert mapping["header_row"] == 7 and mapping["captions"]["price"] == "Цена, руб."
    # Next time the saved columns are used (the second sheet's table is found by its captions).
    assert run(db, "--supplier", SUPPLIER, str(DATA / "electronics_distributor.xlsx"), "--dry-run") == 0
    assert "Offers: 0 new, 0 price changes" in capsys.readouterr().out


def test_a_file_with_errors_exits_non_zero_and_writes_nothing(db, capsys):
    before = written(db)
    assert run(db, "--supplier", SUPPLIER, str(DATA / "bad_rows.xlsx")) == 1
    out = capsys.readouterr().out
    assert "sheet 'Прайс', row 3, column C, '-320': A price can't be negative." in out
    assert "sheet 'Прайс', row 4, column C, '290 €': The price is in EUR" in out
    assert "'TL-100' appears 2 times" in out
    assert "7 rows have errors: nothing was written." in out
    assert written(db) == before


@pytest.mark.parametrize(("args", "message"), [
    (["--supplier", SUPPLIER, str(DATA / "usd_pricelist.xlsx")], "is in USD, but this supplier's prices are in RUB"),
    (["--supplier", SUPPLIER, str(DATA / "protected.xlsx")], "password-protected workbook or an old Excel 97-2003"),
    (["--supplier", SUPPLIER, str(DATA / "empty.xlsx")], "every sheet is empty"),
    (["--supplier", "ООО Нет Такого", str(DATA / "electronics_distributor.xlsx")],
     "No supplier named 'ООО Нет Такого'. Suppliers: ООО «ЭлектроОпт»."),
])
def test_a_file_that_cannot_be_imported_is_a_clear_message(db, capsys, args, message):
    before = written(db)
    assert run(db, *args) == 2
    err = capsys.readouterr().err
    assert err.startswith("backoffice: ") and message in err and "Traceback" not in err
    assert written(db) == before
