"""The catalog's Excel round-trip: export, edit in "Excel", import only the changed
cells with a report before writing, one transaction, audit, outbox; and the CLI."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from backoffice_desktop.cli import main
from backoffice_desktop.errors import ValidationError
from backoffice_desktop.models import AuditEntry, Brand, OutboxItem, Product
from backoffice_desktop.services.catalog import ProductFilter
from backoffice_desktop.services.catalog_excel import analyse_import, apply_import, export_catalog
from backoffice_desktop.services.product_cards import load_card, save_card

from ..ui.conftest import seed_products


@pytest.fixture
def ids(store, admin):
    return seed_products(store)


def export(store, path: Path, filt: ProductFilter = ProductFilter(), language: str = "en") -> int:
    with store.read_session() as s:
        return export_catalog(s, path, filt, language)


def edit(path: Path, changes: dict[tuple[str, str], object]) -> None:
    """Change cells as a person would in Excel: (SKU, column title) → new value."""
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    titles = {c.value: c.column for c in ws[1]}
    rows = {ws.cell(r, titles["SKU"]).value: r for r in range(2, ws.max_row + 1)}
    for (sku, title), value in changes.items():
        ws.cell(rows[sku], titles[title]).value = value
    wb.save(path)


def test_export_is_a_sheet_to_edit(store, ids, tmp_path):
    path = tmp_path / "catalog.xlsx"
    assert export(store, path, language="ru") == 4
    ws = openpyxl.load_workbook(path).worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[:4] == ["ID", "Версия", "Артикул", "Наименование"] and "Цена" in header
    assert ws.freeze_panes == "D2" and ws.auto_filter.ref == "A1:O5"
    assert ws.column_dimensions["A"].hidden and ws.column_dimensions["B"].hidden
    kettle = next(row for row in ws.iter_rows(min_row=2, values_only=True) if row[2] == "KT-01")
    assert kettle[0] == ids["KT-01"] and kettle[4] == "Электроника" and kettle[5] == "Bosch"
    assert kettle[7] == 2490 and isinstance(kettle[7], (int, float))  # a number, not text
    assert kettle[6] == "шт" and kettle[9] == "да" and kettle[10] == "4607654321098"


def test_filtered_export(store, ids, tmp_path):
    with store.read_session() as s:
        xiaomi = s.scalar(select(Brand.id).where(Brand.name == "Xiaomi"))
    assert export(store, tmp_path / "x.xlsx", ProductFilter(brand_id=xiaomi)) == 2


def test_only_changed_cells_are_reported_and_applied(store, admin, ids, tmp_path):
    path = tmp_path / "catalog.xlsx"
    export(store, path)
    edit(path, {("KT-01", "Retail price"): 2590, ("KT-01", "Old price"): 2990.5,
                ("TV-55", "Meta title"): "Телевизор Samsung 55 QLED — купить", ("PH-13", "Brand"): "Bosch"})
    with store.read_session() as s:
        report = analyse_import(s, path)
    assert report.errors == []
    assert report.rows_read == 4 and report.changed_products == 3
    shown = {(c.sku, c.column, c.old, c.new) for c in report.changes}
    assert shown == {("KT-01", "retail_price", "2490", "2590"), ("KT-01", "compare_at_price", "", "2990.50"),
                     ("TV-55", "meta_title", "", "Телевизор Samsung 55 QLED — купить"),
                     ("PH-13", "brand", "Xiaomi", "Bosch")}
    with store.read_session() as s:
        assert s.get(Product, ids["KT-01"]).retail_price == Decimal("2490.00")  # the report wrote nothing
    with store.session() as s:
        result = apply_import(s, admin, report)
    assert (result.products, result.cells) == (3, 4)
    with store.read_session() as s:
        kettle = s.get(Product, ids["KT-01"])
        assert (kettle.retail_price, kettle.compare_at_price) == (Decimal("2590.00"), Decimal("2990.50"))
        fields = set(s.execute(select(AuditEntry.entity_id, AuditEntry.field).where(AuditEntry.action == "update")))
        assert {(ids["KT-01"], "retail_price"), (ids["KT-01"], "compare_at_price"),
                (ids["PH-13"], "brand_id")} <= fields
        marks = dict(s.execute(select(OutboxItem.product_id, OutboxItem.reason)).all())
        assert marks[ids["KT-01"]] == "price" and marks[ids["PH-13"]] == "content"
    # Importing a fresh export changes nothing.
    with store.read_session() as s:
        path2 = tmp_path / "again.xlsx"
        export_catalog(s, path2)
        assert analyse_import(s, path2).changes == []


def test_errors_name_row_column_value_and_nothing_is_written(store, admin, ids, tmp_path):
    path = tmp_path / "catalog.xlsx"
    export(store, path)
    edit(path, {("KT-01", "Retail price"): "дорого", ("TV-55", "Barcodes"): "4601234567890",
                ("PH-13", "Category"): "Нет такой", ("ЁЖ-7", "Name"): "Гирлянда 10 м", ("ЁЖ-7", "ID"): 99999})
    with store.read_session() as s:
        report = analyse_import(s, path)
    found = {(e.column, e.value) for e in report.errors}
    assert found == {("retail_price", "дорого"), ("barcodes", "4601234567890"), ("category", "Нет такой"),
                     ("id", "99999")}
    barcode = next(e for e in report.errors if e.column == "barcodes")
    assert barcode.row >= 2 and "should end in 3" in str(barcode.error)
    with store.session() as s, pytest.raises(ValidationError):
        apply_import(s, admin, report)


def test_a_product_saved_since_the_export_is_not_overwritten(store, admin, ids, tmp_path):
    path = tmp_path / "catalog.xlsx"
    export(store, path)
    with store.read_session() as s:
        card = load_card(s, ids["KT-01"])
    import dataclasses
    with store.session() as s:
        save_card(s, admin, card, dataclasses.replace(card, name="Чайник Bosch новый"))
    edit(path, {("KT-01", "Retail price"): 2000})
    with store.read_session() as s:
        report = analyse_import(s, path)
    assert [e.error.template.startswith("Product {sku} was saved") for e in report.errors] == [True]


def test_cli_export_and_import(store_url, store, admin, ids, tmp_path, capsys):
    if not store_url.startswith("sqlite"):
        pytest.skip("the command line is exercised once, on SQLite")
    path = tmp_path / "catalog.xlsx"
    assert main(["catalog", "export", "--db", store_url, "--out", str(path), "--search", "чайник", "--language", "en"]) == 0
    assert "Exported 1 products" in capsys.readouterr().out
    edit(path, {("KT-01", "Retail price"): 2399})
    assert main(["catalog", "import", "--db", store_url, "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "'2490' → '2399'" in out and "Dry run" in out
    edit(path, {("KT-01", "Unit"): "ящик"})
    assert main(["catalog", "import", "--db", store_url, str(path)]) == 1
    assert "column Unit, 'ящик'" in capsys.readouterr().out
    edit(path, {("KT-01", "Unit"): "шт."})
    assert main(["catalog", "import", "--db", store_url, str(path)]) == 0
    with store.read_session() as s:
        assert s.get(Product, ids["KT-01"]).retail_price == Decimal("2399.00")


def test_a_file_that_is_not_an_export_is_refused_clearly(store, ids, tmp_path):
    text = tmp_path / "notes.xlsx"
    text.write_bytes(b"PK\x03\x04 not really a workbook")
    other = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Артикул", "Цена"])
    wb.active.append(["KT-01", 100])
    wb.save(other)
    with store.read_session() as s:
        with pytest.raises(ValidationError, match="not an Excel workbook"):
            analyse_import(s, text)
        with pytest.raises(ValidationError, match="has no ID column"):
            analyse_import(s, other)
