"""The Catalog product browser: search as you type, filters, details, price change by role."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from backoffice_desktop.models import Product, Role
from backoffice_desktop.ui.catalog.product_model import ProductTableModel
from backoffice_desktop.ui.catalog.workspace import CatalogWorkspace

from .conftest import seed_products, type_text


def visible_skus(ws: CatalogWorkspace) -> list[str]:
    model = ws.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


@pytest.fixture
def catalog(qtbot, sqlite_store, ctx_for):
    ids = seed_products(sqlite_store)
    ws = CatalogWorkspace(ctx_for(Role.CONTENT_MANAGER))
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    return ws, ids


def type_search(qtbot, ws: CatalogWorkspace, text: str) -> None:
    ws.search_edit.clear()
    type_text(ws.search_edit, text)
    if 0 < len(text.replace(" ", "")) < 3:
        qtbot.keyClick(ws.search_edit, Qt.Key.Key_Return)  # short text searches on Enter
    qtbot.waitUntil(lambda: ws.model.filter.text == text, timeout=2000)


def test_lists_all_products_sorted_by_name(qtbot, catalog):
    ws, _ = catalog
    assert visible_skus(ws) == ["ЁЖ-7", "PH-13", "TV-55", "KT-01"]  # by name (code point order)
    qtbot.waitUntil(lambda: ws.count_label.text() == "4 product(s)", timeout=10000)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("ЧАЙНИК", ["KT-01"]),  # Cyrillic, case-insensitive
        ("note 13", ["PH-13"]),  # words in any case, substring
        ("елоч", ["ЁЖ-7"]),  # "ё" found by "е"
        ("ёж-7", ["ЁЖ-7"]),  # SKU, Cyrillic, lower case
        ("4607654", ["KT-01"]),  # barcode prefix
        ("54321", ["KT-01"]),  # barcode substring
        ("tv-5", ["TV-55"]),
    ],
)
def test_search_by_sku_barcode_or_name(qtbot, catalog, typed, expected):
    ws, _ = catalog
    type_search(qtbot, ws, typed)
    assert visible_skus(ws) == expected


def test_one_or_two_letters_wait_for_enter(qtbot, catalog):
    ws, _ = catalog
    ws.search_edit.clear()
    type_text(ws.search_edit, "ча")
    qtbot.wait(300)
    assert ws.model.filter.text == "" and ws.count_label.text() == "Press Enter to search"
    qtbot.keyClick(ws.search_edit, Qt.Key.Key_Return)
    assert visible_skus(ws) == ["KT-01"]


def test_no_match_shows_a_message_instead_of_an_empty_table(qtbot, catalog):
    ws, _ = catalog
    type_search(qtbot, ws, "пылесос")
    assert ws.table_stack.currentWidget() is ws.empty_label
    assert "пылесос" in ws.empty_label.text()
    type_search(qtbot, ws, "")
    assert ws.table_stack.currentWidget() is ws.table


def test_published_filter_and_stock_column(qtbot, catalog):
    ws, _ = catalog
    ws.published_combo.setCurrentIndex(2)  # hidden
    assert visible_skus(ws) == ["PH-13"]
    row = ws.model.row_at(0)
    assert row.on_hand == 0
    assert ws.model.data(ws.model.index(0, 6), Qt.ItemDataRole.ForegroundRole) is not None


def test_selecting_a_product_shows_its_details(qtbot, catalog):
    ws, _ = catalog
    type_search(qtbot, ws, "KT-01")
    ws.table.selectRow(0)
    assert ws.details.name.text() == "Чайник электрический Bosch, 1,7 л"
    assert "4607654321098" in ws.details.fields["barcodes"].text()
    assert "A-01: 12" in ws.details.fields["stock"].text()
    # A content manager may not change prices: the button is not offered.
    assert not ws.price_button.isVisibleTo(ws)


def test_manager_changes_a_price_and_the_list_updates(qtbot, sqlite_store, ctx_for):
    ids = seed_products(sqlite_store)
    ctx = ctx_for(Role.MANAGER)
    ws = CatalogWorkspace(ctx)
    qtbot.addWidget(ws)
    ctx.ops.changed.connect(ws.refresh)
    type_search(qtbot, ws, "KT-01")
    ws.table.selectRow(0)
    assert ws.price_button.isVisibleTo(ws) and ws.price_button.isEnabled()
    row = ws.model.row_at(0)
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        ws.apply_price(row.id, row.version, "2 590,50")
    with sqlite_store.read_session() as s:
        assert s.get(Product, ids["KT-01"]).retail_price == Decimal("2590.50")
    assert "2,590.50" in ws.model.data(ws.model.index(0, 5)) or "2 590,50" in ws.model.data(ws.model.index(0, 5))


def test_bad_price_is_refused_with_a_message(qtbot, sqlite_store, ctx_for, monkeypatch):
    ids = seed_products(sqlite_store)
    shown = []
    monkeypatch.setattr("backoffice_desktop.ui.catalog.workspace.show_error", lambda parent, exc: shown.append(str(exc)))
    ws = CatalogWorkspace(ctx_for(Role.MANAGER))
    qtbot.addWidget(ws)
    ws.apply_price(ids["KT-01"], 1, "дорого")
    assert shown and "not a price" in shown[0]
    with sqlite_store.read_session() as s:
        assert s.get(Product, ids["KT-01"]).retail_price == Decimal("2490.00")


def test_stale_version_is_a_conflict_not_an_overwrite(qtbot, sqlite_store, ctx_for, monkeypatch):
    ids = seed_products(sqlite_store)
    shown = []
    monkeypatch.setattr("backoffice_desktop.ui.catalog.workspace.show_error", lambda parent, exc: shown.append(str(exc)))
    ctx = ctx_for(Role.MANAGER)
    ws = CatalogWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.apply_price(ids["KT-01"], 1, "100")
    ctx.ops.wait()
    ws.apply_price(ids["KT-01"], 1, "200")  # still thinks it edits version 1
    ctx.ops.wait()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=3000)
    assert "changed by someone else" in shown[0]
    with sqlite_store.read_session() as s:
        assert s.get(Product, ids["KT-01"]).retail_price == Decimal("100.00")


def test_model_contract(qtmodeltester, sqlite_store, ctx_for):
    seed_products(sqlite_store)
    ctx = ctx_for()
    model = ProductTableModel(ctx.read)
    model.search(model.filter)
    qtmodeltester.check(model)
    model.invalidate()
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert model.row_at(0).sku == "TV-55"
