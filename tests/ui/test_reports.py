"""Reports as a manager uses them: the dashboard on opening, a report with drill-down,
PDF and Excel, print preview, presets — on a small demo shop."""

from __future__ import annotations

import subprocess

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QChartView
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
    [view] = ws.view.chart_holder.findChildren(QChartView)
    [axis] = view.chart().axes(Qt.Orientation.Horizontal)
    labels = axis.categoriesLabels()
    # The days read whole ("04.11", not "0…"), at most ten of them under the line.
    assert 2 <= len(labels) <= 10 and all(len(label) == 5 and label[2] == "." for label in labels)


def test_time_axis_labels_are_short_and_whole():
    from PySide6.QtCore import QLocale

    from backoffice_desktop.ui.reports.charts import time_labels

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        assert time_labels(["01.11.2026", "02.11.2026"]) == ["01.11", "02.11"]
        assert time_labels(["29.12.2025 – 04.01.2026", "05.01.2026 – 11.01.2026"]) == ["29.12.25", "05.01.26"]
        assert time_labels(["01.11.2026 – 30.11.2026", "01.12.2026 – 31.12.2026"]) == ["Nov 2026", "Dec 2026"]
        # months cut by the period at its ends are still months
        assert time_labels(["15.11.2026 – 30.11.2026", "01.12.2026 – 20.12.2026"]) == ["Nov 2026", "Dec 2026"]
        assert time_labels(["Телефоны", "01.11.2026"]) == ["Телефоны", "01.11.2026"]
        QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
        assert time_labels(["01.02.2026 – 28.02.2026"]) == ["февр. 2026"]
    finally:
        QLocale.setDefault(QLocale.system())


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


# --- dead stock: actions on the selection ---------------------------------------------------

def in_modal(handle) -> None:
    """Run ``handle(dialog)`` on the next modal dialog once it is shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        handle(dialog)

    QTimer.singleShot(0, attempt)


def click_rows(qtbot, ws, *rows: int) -> None:
    table = ws.view.table
    for i, row in enumerate(rows):
        rect = table.visualRect(ws.view.model.index(row, 1))
        modifier = Qt.KeyboardModifier.ControlModifier if i else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def act(qtbot, ws, button, handle) -> None:
    before = ws.result
    in_modal(handle)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.result is not before and ws.result is not None, timeout=20000)


def dead_stock_shown(qtbot, ws) -> None:
    choose(ws, "dead_stock")
    ws.params.period_choice.setCurrentIndex(ws.params.period_choice.findData("last_12_months"))
    run(qtbot, ws)
    assert ws.result.name == "dead_stock" and len(ws.result.rows) >= 3


def test_dead_stock_selection_marked_down_with_a_preview(qtbot, reports):
    from decimal import Decimal

    from backoffice_desktop.models import Product

    ws, ctx, _opened = reports
    choose(ws, "sales_by_category")
    run(qtbot, ws)
    assert not ws.row_actions.isVisible()  # only the dead stock report has actions
    dead_stock_shown(qtbot, ws)
    assert ws.row_actions.isVisible() and not ws.markdown_button.isEnabled()
    click_rows(qtbot, ws, 0, 2)
    assert ws.selection_label.text() == "2 product(s) selected" and ws.markdown_button.isEnabled()
    ws.grab().save("/tmp/reports-dead-stock.png")
    chosen = [pid for pid, _sku, _name in ws.view.selected_products()]
    with ctx.read() as s:
        before = {pid: s.get(Product, pid).retail_price for pid in chosen}

    seen = {}

    def confirm(dialog):
        dialog.percent.selectAll()
        dialog.percent.lineEdit().setText("")
        qtbot.keyClicks(dialog.percent.lineEdit(), "10")
        dialog.rounding.setCurrentIndex(0)  # to the kopeck
        seen["rows"] = dialog.table.rowCount()
        seen["new"] = dialog.table.item(0, 3).text()
        dialog.grab().save("/tmp/reports-markdown-dialog.png")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    act(qtbot, ws, ws.markdown_button, confirm)
    ctx.ops.wait()
    assert seen["rows"] == 2
    with ctx.read() as s:
        after = {pid: s.get(Product, pid).retail_price for pid in chosen}
    assert after == {pid: (price * Decimal("0.9")).quantize(Decimal("0.01")) for pid, price in before.items()}
    assert "2 price(s) marked down." in ws.status.text()
    assert ws.result.name == "dead_stock"  # the report was shown again


def test_dead_stock_stop_reordering_and_return_to_the_supplier(qtbot, reports):
    from sqlalchemy import select

    from backoffice_desktop.models import Product, StockDocument

    ws, ctx, _opened = reports
    dead_stock_shown(qtbot, ws)
    click_rows(qtbot, ws, 0, 1)
    chosen = [pid for pid, _sku, _name in ws.view.selected_products()]

    def cancel(dialog):
        assert dialog.table.rowCount() == 2
        dialog.reject()

    with ctx.read() as s:
        enabled_before = {pid: s.get(Product, pid).reorder_enabled for pid in chosen}
    in_modal(cancel)
    qtbot.mouseClick(ws.stop_reorder_button, Qt.MouseButton.LeftButton)
    with ctx.read() as s:  # cancelled: nothing changed
        assert {pid: s.get(Product, pid).reorder_enabled for pid in chosen} == enabled_before

    act(qtbot, ws, ws.stop_reorder_button, lambda dialog: dialog.accept())
    ctx.ops.wait()
    with ctx.read() as s:
        assert [s.get(Product, pid).reorder_enabled for pid in chosen] == [False, False]
    stopped = sum(enabled_before.values())
    assert f"{stopped} product(s) will no longer be reordered." in ws.status.text()

    click_rows(qtbot, ws, 0, 1)
    seen = {}

    def confirm(dialog):
        seen["rows"] = dialog.table.rowCount()
        seen["notes"] = dialog.notes.text()
        dialog.grab().save("/tmp/reports-return-dialog.png")
        dialog.accept()

    act(qtbot, ws, ws.return_button, confirm)
    ctx.ops.wait()
    with ctx.read() as s:
        drafts = s.scalars(select(StockDocument).where(StockDocument.kind == "supplier_return",
                                                       StockDocument.state == "draft")).all()
        lines = [line for d in drafts for line in d.lines]
        assert drafts and seen["rows"] == len(lines)
        assert {line.product_id for line in lines} <= set(chosen)
    assert "draft return(s) to suppliers made" in ws.status.text()
