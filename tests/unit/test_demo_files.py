"""The demo's sample price lists: real-looking files that the import reads as a new user
would see it — most rows matched to the supplier's offers, some by our barcode, some new
items, some changed prices and a price with a typo."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from backoffice_desktop.models import Supplier
from backoffice_desktop.services.demo import DemoOptions, generate_demo
from backoffice_desktop.services.demo_files import write_demo_files
from backoffice_desktop.services.pricelists import analyse_price_list
from backoffice_desktop.services.sales_import import analyse_sales


@pytest.fixture
def demo_store(sqlite_store):
    generate_demo(sqlite_store, DemoOptions(products=150, orders=50, photos=0, seed=4))
    return sqlite_store


def supplier_id(store, file_name: str) -> int:
    with store.read_session() as s:
        return next(sid for sid, name in s.query(Supplier.id, Supplier.name) if name.replace('"', "") in file_name
                    or name.replace("«", "").replace("»", "").replace('"', "") in file_name)


def test_the_sample_lists_read_like_a_suppliers_files(demo_store, tmp_path):
    xlsx, csv, _orders = write_demo_files(demo_store, tmp_path / "demo files", seed=3, today=date(2026, 11, 27))
    assert xlsx.suffix == ".xlsx" and "27.11.2026" in xlsx.name and csv.suffix == ".csv"
    sheet = load_workbook(xlsx).worksheets[0]
    assert sheet.merged_cells.ranges and str(sheet["A5"].value) == "№"
    assert any(str(c.value).startswith("Категория: ") for c in sheet["A"])

    with demo_store.read_session() as s:
        report = analyse_price_list(s, supplier_id(demo_store, xlsx.name), xlsx)
    assert len(report.matched_by_sku) > 10 and report.matched_by_barcode
    assert len(report.unmatched) == 3  # the new items on the second sheet
    assert [t.sheet for t in report.tables] == ["Прайс", "Новинки"]
    assert report.price_changes and report.error_rows == 1
    assert report.errors[0].value == "1 2З4,50" and report.errors[0].column == "E"

    with demo_store.read_session() as s:
        report = analyse_price_list(s, supplier_id(demo_store, csv.name), csv)
    assert report.rows and not report.errors and len(report.matched_by_sku) == len(report.rows)


def test_yesterdays_orders_import_as_new_with_one_unknown_sku(demo_store, tmp_path):
    *_lists, orders = write_demo_files(demo_store, tmp_path, seed=3, today=date(2026, 11, 27))
    assert orders.name == "Заказы с сайта 26.11.2026.xlsx"
    with demo_store.read_session() as s:
        report = analyse_sales(s, "website", orders)
    assert len(report.new) == 31 and not report.errors and not report.updated
    assert [u.sku for u in report.unknown] == ["GIFT-BOX"]


def test_an_empty_store_gets_no_files(sqlite_store, tmp_path):
    assert write_demo_files(sqlite_store, tmp_path) == []
