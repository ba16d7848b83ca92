"""A manager imports the shop's order export from Reports: the wizard finds the columns,
the report lists new orders, errors and unknown SKUs, Apply writes the orders off the UI
thread, and the sales report on screen shows the imported revenue."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from backoffice_desktop.models import Role, SalesOrder
from backoffice_desktop.services.sales_import import SalesField
from backoffice_desktop.ui.reports.workspace import ReportsWorkspace

from .conftest import seed_products, type_text

DATA = Path(__file__).resolve().parent.parent / "data" / "sales"


@pytest.fixture
def reports(qtbot, sqlite_store, ctx_for):
    seed_products(sqlite_store)
    ctx = ctx_for(Role.MANAGER)
    ws = ReportsWorkspace(ctx)
    qtbot.addWidget(ws)
    ctx.ops.changed.connect(ws.refresh)
    ws.resize(1360, 820)
    ws.show()
    qtbot.waitUntil(lambda: ws.result is not None, timeout=20000)
    yield ws, ctx
    ctx.ops.wait()


def show_march_sales(qtbot, ws) -> None:
    for row in range(ws.reports.count()):
        if ws.reports.item(row).data(Qt.ItemDataRole.UserRole) == "sales_by_period":
            ws.reports.setCurrentRow(row)
    ws.params.start.setDate(QDate(2026, 3, 1))
    ws.params.end.setDate(QDate(2026, 3, 31))
    ws.result = None
    qtbot.mouseClick(ws.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.result is not None, timeout=20000)


def revenue(ws) -> Decimal:
    if not ws.result.rows:
        return Decimal(0)
    return ws.result.totals[[c.key for c in ws.result.columns].index("revenue")]


def test_import_sales_from_the_reports_workspace(qtbot, reports, sqlite_store):
    ws, _ctx = reports
    show_march_sales(qtbot, ws)
    assert revenue(ws) == 0
    assert ws.import_button.isVisible()
    qtbot.mouseClick(ws.import_button, Qt.MouseButton.LeftButton)
    wizard = ws.wizard
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.source_combo.currentText() == "website"
    wizard.grab().save("/tmp/sales-import-file.png")
    type_text(wizard.path_edit, str(DATA / "bitrix_orders_cp1251.csv"))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.MAPPING, timeout=10000)
    assert wizard.field_combos[SalesField.ORDER].currentData() == "A"
    assert wizard.field_combos[SalesField.REASON].currentData() == "L"
    assert wizard.header_spin.value() == 3
    assert "found in row 3" in wizard.mapping_note.text()
    assert wizard.preview_table.horizontalHeaderItem(0).text() == "A · order"
    wizard.grab().save("/tmp/sales-import-mapping.png")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.REPORT, timeout=20000)
    summary = wizard.summary.text()
    assert "6 lines of 4 orders" in summary and "New orders: 4" in summary
    assert "Cancelled: 1. Returned: 1. Returned lines: 1." in summary
    assert wizard.report_tabs.tabText(wizard.report_tabs.currentIndex()) == "New orders (4)"
    assert wizard.models["new"].rows[0][0] == "Б-2001"
    wizard.grab().save("/tmp/sales-import-report.png")
    assert wizard.next_button.text() == "Apply" and wizard.next_button.isEnabled()
    ws.result = None
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    assert wizard.result.created == 4
    qtbot.waitUntil(lambda: ws.result is not None, timeout=20000)  # the report ran again
    assert revenue(ws) == Decimal("59950.00")
    assert "Sales imported. New orders: 4" in ws.status.text()
    with sqlite_store.read_session() as s:
        assert s.scalar(select(func.count(SalesOrder.id))) == 4


def test_errors_block_apply_until_the_orders_are_left_out(qtbot, reports, sqlite_store, tmp_path):
    ws, _ctx = reports
    bad = tmp_path / "orders.csv"
    bad.write_text("Order;Date;SKU;Qty;Price\n1;05.03.2026 10:00;TV-55;1;100\n2;31.02.2026;KT-01;1;100\n",
                   encoding="utf-8")
    wizard = ws.import_sales()
    wizard.path_edit.setText(str(bad))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.MAPPING, timeout=10000)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.REPORT, timeout=20000)
    errors = wizard.models["errors"]
    assert errors.rows[0][:5] == ("orders.csv", "orders", "3", "B", "31.02.2026")
    assert "Expected a date" in errors.rows[0][5]
    assert not wizard.next_button.isEnabled() and wizard.skip_errors.isVisible()
    wizard.grab().save("/tmp/sales-import-errors.png")
    wizard.skip_errors.setChecked(True)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=20000)
    assert (wizard.result.created, wizard.result.left_out) == (1, 1)


def test_a_file_without_a_header_gets_columns_by_hand(qtbot, reports, tmp_path):
    ws, _ctx = reports
    path = tmp_path / "export.csv"
    path.write_text("x;y;z;w;v\nK-1;05.03.2026;KT-01;3;7470\n", encoding="utf-8")
    wizard = ws.import_sales()
    wizard.path_edit.setText(str(path))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.MAPPING, timeout=10000)
    assert "No header row found" in wizard.mapping_message.text()
    assert not wizard.next_button.isEnabled()
    for f, letter in ((SalesField.ORDER, "A"), (SalesField.DATE, "B"), (SalesField.SKU, "C"),
                      (SalesField.QUANTITY, "D"), (SalesField.TOTAL, "E")):
        combo = wizard.field_combos[f]
        combo.setCurrentIndex(combo.findData(letter))
    assert wizard.next_button.isEnabled()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == wizard.REPORT, timeout=20000)
    assert wizard.models["new"].rows[0][0] == "K-1"
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()

