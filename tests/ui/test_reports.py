"""Reports as a manager uses them: the dashboard on opening, a report with drill-down,
PDF and Excel, print preview, presets — on a small demo shop."""

from __future__ import annotations

import subprocess

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.services import auth
from backoffice_desktop.services.demo import DemoOptions, generate_demo
from backoffice_desktop.ui.context import AppContext
from backoffice_desktop.ui.operations import Operations
from backoffice_desktop.ui.reports.workspace import ReportsWorkspace


@pytest.fixture
def demo(sqlite_store):
    generate_demo(sqlite_store, DemoOptions(products=200, orders=1500, photos=0, seed=3))
    return sqlite_store


@pytest.fixture
def reports(qtbot, demo, monkeypatch):
    opened = []
    monkeypatch.setattr("backoffice_desktop.ui.reports.workspace.open_document", opened.append)
    with demo.session() as s:
        manager = auth.authenticate(s, "manager", "manager-demo-1")
    ctx = AppContext(demo, manager, AppPaths.resolve(), LocalSettings(language="en"), Operations())
    ws = ReportsWorkspace(ctx)
    qtbot.addWidget(ws)
    ctx.ops.changed.connect(ws.refresh)
    ws.resize(1360, 820)
    ws.show()
    qtbot.waitUntil(lambda: ws.result is not None, timeout=20000)
    yield ws, ctx, opened
    ctx.ops.wait()


def choose(ws, key: str) -> None:
    for row in range(ws.reports.count()):
        if ws.reports.item(row).data(Qt.ItemDataRole.UserRole) == key:
            ws.reports.setCurrentRow(row)
            return
    raise AssertionError(key)


def run(qtbot, ws) -> None:
    ws.result = None
    qtbot.mouseClick(ws.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.result is not None, timeout=20000)


def test_dashboard_opens_with_figures(reports):
    ws, _ctx, _opened = reports
    assert ws.result.name == "dashboard"
    assert ws.result.figures and ws.stack.currentWidget() is ws.view
    ws.grab().save("/tmp/reports-dashboard.png")


def test_drill_down_from_a_category_to_its_products_and_back(qtbot, reports):
    ws, _ctx, _opened = reports
    choose(ws, "sales_by_category")
    ws.params.period_choice.setCurrentIndex(ws.params.period_choice.findData("last_12_months"))
    run(qtbot, ws)
    assert ws.result.name == "sales_by_category" and ws.result.rows
    model = ws.view.model
    row = next(i for i in range(len(model.rows)) if model.drill_at(i) is not None)
    first_title = ws.result.title("en")
    ws.result_before = ws.result
    ws.view.drill_requested.emit(model.drill_at(row))
    qtbot.waitUntil(lambda: ws.result is not ws.result_before, timeout=20000)
    assert ws.back_button.isVisible()
    qtbot.mouseClick(ws.back_button, Qt.MouseButton.LeftButton)
    assert ws.result.title("en") == first_title and not ws.back_button.isVisible()


def test_pdf_and_excel_of_a_report(qtbot, reports):
    ws, ctx, opened = reports
    choose(ws, "sales_by_period")
    ws.params.period_choice.setCurrentIndex(ws.params.period_choice.findData("last_month"))
    run(qtbot, ws)
    qtbot.mouseClick(ws.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=20000)
    text = subprocess.run(["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Продажи по периодам" in text or "Sales by period" in text
    qtbot.mouseClick(ws.xlsx_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=20000)
    sheet = load_workbook(opened[1]).active
    assert sheet.freeze_panes is not None and sheet.auto_filter.ref


def test_print_preview_document_and_presets(qtbot, reports):
    ws, _ctx, _opened = reports
    choose(ws, "sales_by_brand")
    run(qtbot, ws)
    document = ws.print_document()
    assert ws.result.rows and document.toPlainText().count("\n") > len(ws.result.rows) // 2
    ws.store_preset("Бренды за месяц")
    qtbot.waitUntil(lambda: ws.presets.count() == 2, timeout=10000)
    choose(ws, "dashboard")
    ws.presets.setCurrentIndex(1)
    ws.presets.activated.emit(1)
    qtbot.waitUntil(lambda: ws.result is not None and ws.result.name == "sales_by_brand", timeout=20000)


def test_a_long_report_can_be_stopped(qtbot, reports):
    ws, _ctx, _opened = reports
    choose(ws, "sales_by_product")
    ws._run("sales_by_product", ws.params.params())
    ws.cancel()
    qtbot.waitUntil(lambda: ws._cancel is None, timeout=20000)
    assert ws.status.text() in ("Stopped.", ) or ws.result is not None
