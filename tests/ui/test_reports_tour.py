"""A manager's tour of Reports in Russian, as a new user takes it on the demo shop: every
report opened for the last twelve months, shown as a table, saved as PDF (its Russian
text read back) and as Excel; then drill-down from a category to its products to one
product's orders by double-clicking rows."""

from __future__ import annotations

import subprocess

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.services import auth
from backoffice_desktop.services.demo import DemoOptions, generate_demo
from backoffice_desktop.services.reports.registry import REPORTS
from backoffice_desktop.ui import i18n
from backoffice_desktop.ui.context import AppContext
from backoffice_desktop.ui.operations import Operations
from backoffice_desktop.ui.reports.workspace import ReportsWorkspace

from .test_reports import choose, run

LISTED = [key for key, spec in REPORTS.items() if not spec.drill_only]


@pytest.fixture
def russian_reports(qtbot, sqlite_store, monkeypatch):
    generate_demo(sqlite_store, DemoOptions(products=120, orders=900, photos=0, seed=5))
    opened = []
    monkeypatch.setattr("backoffice_desktop.ui.reports.workspace.open_document", opened.append)
    i18n.install("ru")
    with sqlite_store.session() as s:
        manager = auth.authenticate(s, "manager", "manager-demo-1")
    ctx = AppContext(sqlite_store, manager, AppPaths.resolve(), LocalSettings(language="ru"), Operations())
    ws = ReportsWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1360, 820)
    ws.show()
    qtbot.waitUntil(lambda: ws.result is not None, timeout=20000)
    yield ws, opened
    ctx.ops.wait()
    i18n.install("en")


def pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def save_both(qtbot, ws, opened) -> tuple[str, object]:
    """Press PDF, then Excel; the PDF's text and the workbook's first sheet."""
    count = len(opened)
    qtbot.mouseClick(ws.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == count + 1, timeout=20000)
    qtbot.mouseClick(ws.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == count + 2, timeout=20000)
    return pdf_text(opened[-2]), load_workbook(opened[-1]).worksheets[0]


def test_every_report_shows_prints_and_exports_in_russian(qtbot, russian_reports):
    ws, opened = russian_reports
    assert ws.reports.count() == len(LISTED)
    for key in LISTED:
        choose(ws, key)
        title = REPORTS[key].title("ru")
        assert ws.title.text() == title
        ws.params.period_choice.setCurrentIndex(ws.params.period_choice.findData("last_12_months"))
        run(qtbot, ws)
        result = ws.result
        assert result.name == key
        assert ws.stack.currentWidget() is ws.view, f"{key}: the demo shop has figures for a year"
        assert ws.view.model.rowCount() == len(result.rows) + (1 if result.totals else 0)
        text, sheet = save_both(qtbot, ws, opened)
        assert title in " ".join(text.split()), f"{key}: the PDF's title reads back"
        pages = text.count("\f")
        assert pages == 1 or f"Стр. 1 из {pages}" in text, f"{key}: page numbers"
        assert sheet.max_row >= 1 and any(title in str(cell.value) for row in sheet.iter_rows(max_row=3)
                                          for cell in row if cell.value), f"{key}: the workbook's title"


def double_click_row(qtbot, ws, row: int) -> None:
    before = ws.result
    table = ws.view.table
    index = table.model().index(row, 0)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: ws.result is not before, timeout=20000)


def test_drill_from_a_category_to_its_products_to_a_products_orders(qtbot, russian_reports):
    ws, opened = russian_reports
    choose(ws, "sales_by_category")
    ws.params.period_choice.setCurrentIndex(ws.params.period_choice.findData("last_12_months"))
    run(qtbot, ws)
    titles, names = [ws.title.text()], [ws.result.name]
    while ws.result.name != "product_orders" and len(names) < 5:
        model = ws.view.model
        row = next(i for i in range(len(model.rows)) if model.drill_at(i) is not None)
        double_click_row(qtbot, ws, row)
        assert ws.result.rows
        titles.append(ws.title.text())
        names.append(ws.result.name)
    # subcategories first (when the category has them), then its products, then one product's orders
    assert names[-2:] == ["sales_by_product", "product_orders"]
    assert set(names[:-2]) == {"sales_by_category"}
    assert ws.back_button.isVisible()
    text, _sheet = save_both(qtbot, ws, opened)
    assert REPORTS["product_orders"].title("ru") in " ".join(text.split())
    for title in reversed(titles[:-1]):
        qtbot.mouseClick(ws.back_button, Qt.MouseButton.LeftButton)
        assert ws.title.text() == title
    assert not ws.back_button.isVisible()
