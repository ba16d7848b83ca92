"""Bulk work in the Catalog list: new filters, multi-selection, bulk edit with a preview
and one undo, and the Excel round-trip with its report — driven through the widgets."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from backoffice_desktop.models import Product, Role
from backoffice_desktop.ui.catalog.bulk_dialog import BulkEditDialog
from backoffice_desktop.ui.catalog.excel_dialogs import ImportReportDialog
from backoffice_desktop.ui.catalog.workspace import CatalogWorkspace

from .conftest import seed_products, type_text


def visible_skus(ws: CatalogWorkspace) -> list[str]:
    return [ws.model.data(ws.model.index(r, 0)) for r in range(ws.model.rowCount())]


@pytest.fixture
def workspace(qtbot, sqlite_store, ctx_for, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)

    def build(*roles: Role) -> tuple[CatalogWorkspace, dict[str, int]]:
        ids = seed_products(sqlite_store)
        ws = CatalogWorkspace(ctx_for(*roles))
        qtbot.addWidget(ws)
        ws.resize(1280, 760)
        ws.show()
        return ws, ids

    return build


def prices(store) -> dict[str, Decimal]:
    with store.read_session() as s:
        return {p.sku: p.retail_price for p in s.query(Product)}


def select_rows(ws: CatalogWorkspace, skus: list[str]) -> None:
    selection = ws.table.selectionModel()
    selection.clearSelection()
    for row, sku in enumerate(visible_skus(ws)):
        if sku in skus:
            selection.select(ws.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)


def test_brand_stock_and_photo_filters(qtbot, workspace):
    ws, _ = workspace(Role.CONTENT_MANAGER)
    filters = ws.more_filters
    filters.stock_combo.setCurrentIndex(filters.stock_combo.findText("Out of stock"))
    assert visible_skus(ws) == ["PH-13"]
    filters.stock_combo.setCurrentIndex(0)
    filters.brand_combo.setCurrentIndex(filters.brand_combo.findText("Xiaomi"))
    assert visible_skus(ws) == ["ЁЖ-7", "PH-13"]
    qtbot.mouseClick(filters.no_photos, Qt.MouseButton.LeftButton)
    assert filters.no_photos.isChecked() and visible_skus(ws) == ["ЁЖ-7", "PH-13"]


def test_manager_previews_applies_and_undoes_a_price_change(qtbot, workspace, sqlite_store, monkeypatch):
    ws, _ids = workspace(Role.MANAGER)
    select_rows(ws, ["KT-01", "TV-55"])
    assert len(ws.selected_product_ids()) == 2
    qtbot.mouseClick(ws.list_actions.bulk_button, Qt.MouseButton.LeftButton)
    dialog = ws.list_actions.dialog
    assert isinstance(dialog, BulkEditDialog)
    assert [dialog.action_combo.itemText(i) for i in range(dialog.action_combo.count())] == ["Change prices"]
    type_text(dialog.price_value, "10")
    dialog.rounding_combo.setCurrentIndex(dialog.rounding_combo.findData("end_9"))
    assert not dialog.apply_button.isEnabled()  # no apply before a preview
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=5000)
    assert "2 product(s) will change" in dialog.summary.text()
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert rows["KT-01"].startswith("2,739.00")
    assert prices(sqlite_store)["KT-01"] == Decimal("2490.00")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prices(sqlite_store)["KT-01"] == Decimal("2739.00"), timeout=5000)
    qtbot.waitUntil(lambda: ws.list_actions.undo_button.isEnabled(), timeout=5000)
    assert prices(sqlite_store)["TV-55"] == Decimal("60489.00")

    monkeypatch.setattr(type(ws.list_actions), "confirm_undo", lambda self, plan: plan.restorable == 2)
    qtbot.mouseClick(ws.list_actions.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prices(sqlite_store)["KT-01"] == Decimal("2490.00"), timeout=5000)
    assert prices(sqlite_store)["TV-55"] == Decimal("54990.00")
    qtbot.waitUntil(lambda: not ws.list_actions.undo_button.isEnabled(), timeout=5000)


def test_content_manager_sets_the_brand_of_the_whole_filtered_list(qtbot, workspace, sqlite_store):
    ws, _ids = workspace(Role.CONTENT_MANAGER)
    ws.more_filters.stock_combo.setCurrentIndex(ws.more_filters.stock_combo.findText("In stock"))
    qtbot.mouseClick(ws.list_actions.bulk_button, Qt.MouseButton.LeftButton)
    dialog = ws.list_actions.dialog
    assert dialog.scope_all.isChecked() and not dialog.scope_selected.isEnabled()
    assert dialog.action_combo.findText("Change prices") == -1  # prices need a manager
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findText("Set brand"))
    dialog.brand_combo.setCurrentIndex(dialog.brand_combo.findText("Bosch"))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=5000)
    assert dialog.table.rowCount() == 2  # KT-01 is Bosch already; PH-13 is out of stock
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.more_filters.brand_combo.count() == 4 and not dialog.isVisible(), timeout=5000)
    ws.more_filters.stock_combo.setCurrentIndex(0)
    ws.more_filters.brand_combo.setCurrentIndex(ws.more_filters.brand_combo.findText("Bosch"))
    assert sorted(visible_skus(ws)) == ["KT-01", "TV-55", "ЁЖ-7"]


def test_excel_round_trip_with_report_and_apply(qtbot, workspace, sqlite_store, tmp_path):
    ws, _ids = workspace(Role.ADMIN)
    path = tmp_path / "catalog.xlsx"
    exported = []
    ws.list_actions.export_to(path, exported.append)
    qtbot.waitUntil(lambda: exported == [4], timeout=10000)
    wb = openpyxl.load_workbook(path)
    sheet = wb.worksheets[0]
    titles = {c.value: c.column for c in sheet[1]}
    sku_col = titles.get("SKU") or titles["Артикул"]
    price_col = titles.get("Retail price") or titles["Цена"]
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, sku_col).value == "KT-01":
            sheet.cell(row, price_col).value = 2390
        if sheet.cell(row, sku_col).value == "TV-55":
            sheet.cell(row, price_col).value = "много"
    wb.save(path)

    ws.list_actions.import_from(path)
    qtbot.waitUntil(lambda: isinstance(ws.list_actions.dialog, ImportReportDialog), timeout=10000)
    report = ws.list_actions.dialog
    assert not report.apply_button.isEnabled() and report.errors.rowCount() == 1
    assert report.errors.item(0, 2).text() == "много" and report.errors.item(0, 1).text() == "Retail price"
    assert "nothing was written" in report.summary.text()
    report.reject()

    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row, sku_col).value == "TV-55":
            sheet.cell(row, price_col).value = 54990
    wb.save(path)
    ws.list_actions.import_from(path)
    qtbot.waitUntil(lambda: ws.list_actions.dialog is not report and ws.list_actions.dialog.isVisible(),
                    timeout=10000)
    report = ws.list_actions.dialog
    assert report.changes.rowCount() == 1
    assert [report.changes.item(0, c).text() for c in range(1, 5)] == ["KT-01", "Retail price", "2490", "2390"]
    qtbot.mouseClick(report.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: prices(sqlite_store)["KT-01"] == Decimal("2390.00"), timeout=5000)
    QApplication.processEvents()
