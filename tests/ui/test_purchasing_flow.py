"""The purchaser's whole path, as issue 4's "Done when" tells it: a messy supplier price
list imported and its changes reviewed, reorder suggestions turned into a draft order,
the order sent and printed as PDF, the goods received and posted in Intake, and the order
shown as received in Purchasing. One user with the purchaser's and the clerk's roles
(a small shop), so both workspaces share one window's refreshes."""

from __future__ import annotations

import subprocess
from datetime import datetime, time, timedelta, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from backoffice_desktop.models import (
    Location,
    LocationKind,
    Product,
    ProductBarcode,
    PurchaseOrder,
    Role,
    SalesOrder,
    SalesOrderLine,
    Supplier,
    SupplierOffer,
    utcnow,
)
from backoffice_desktop.services.catalog import build_search_text
from backoffice_desktop.services.settings import set_setting
from backoffice_desktop.ui.intake.workspace import IntakeWorkspace

from .conftest import seed_products
from .test_intake import scan
from .test_purchasing_orders import open_workspace
from .test_purchasing_reorder import calculate, group_index
from .test_purchasing_suppliers import row_of, wait_page

PRICE_LIST = Path(__file__).resolve().parents[1] / "data" / "pricelists" / "electronics_distributor.xlsx"
REDMI_BARCODE = "4600000000013"  # PH-13, Xiaomi Redmi Note 13 (seed_products)
A15_BARCODE = "8806095467283"  # in the price list only by barcode


@pytest.fixture
def world(sqlite_store):
    """The demo products, a Samsung A15 we sell but don't buy yet, and ООО «ЭлектроОпт»,
    whose Redmi Note 13 we bought at 17 990. Both phones sold out and sold every day of
    the last month."""
    ids = seed_products(sqlite_store)
    today = utcnow().date()
    with sqlite_store.session() as s:
        a15 = Product(sku="PH-A15", name="Смартфон Samsung Galaxy A15 4/128 ГБ, чёрный",
                      retail_price=Decimal("17990.00"),
                      search_text=build_search_text("PH-A15", "Смартфон Samsung Galaxy A15", [A15_BARCODE]))
        a15.barcodes.append(ProductBarcode(barcode=A15_BARCODE))
        supplier = Supplier(name="ООО «ЭлектроОпт»", email="opt@electroopt.ru", lead_time_days=5)
        s.add_all([a15, supplier])
        s.flush()
        s.add(SupplierOffer(supplier_id=supplier.id, product_id=ids["PH-13"], supplier_sku="MZB0F0RRU",
                            supplier_name="Смартфон Xiaomi Redmi Note 13 8/256 ГБ, чёрный",
                            price=Decimal("17990.00")))
        for day in range(1, 31):
            order = SalesOrder(number=f"S-{day}", status="completed",
                               ordered_at=datetime.combine(today - timedelta(days=day), time(12), timezone.utc))
            order.lines = [SalesOrderLine(product_id=ids["PH-13"], quantity=Decimal(1))]
            if day % 2 == 0:
                order.lines.append(SalesOrderLine(product_id=a15.id, quantity=Decimal(1)))
            s.add(order)
        warehouse = s.scalars(select(Location.id).where(Location.kind == LocationKind.WAREHOUSE.value)).one()
        return {"supplier": supplier.id, "a15": a15.id, "warehouse": warehouse, **ids}


@pytest.fixture
def shown(monkeypatch):
    """Error messages any screen on the way would show (none are expected)."""
    messages: list[str] = []
    for module in ("purchasing.suppliers_page", "purchasing.pricelist_wizard", "purchasing.reorder_page",
                   "purchasing.order_editor", "purchasing.order_actions", "intake.receipt_editor"):
        monkeypatch.setattr(f"backoffice_desktop.ui.{module}.show_error",
                            lambda parent, exc: messages.append(str(exc)))
    return messages


def test_price_list_to_suggestions_to_a_sent_order_received_in_intake(
        qtbot, ctx_for, world, sqlite_store, monkeypatch, shown):
    with sqlite_store.session() as s:  # the shop's approval limit is above this order
        set_setting(s, ctx_for().actor, "purchasing.approval_amount", "1000000.00")
    ctx = ctx_for(Role.PURCHASER, Role.CLERK)
    ws = open_workspace(qtbot, ctx)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

    # 1. The supplier's price list, chosen in the file dialog from the supplier's card.
    suppliers = ws.suppliers
    ws.tabs.setCurrentWidget(suppliers)
    qtbot.waitUntil(lambda: suppliers.current_id == world["supplier"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(PRICE_LIST), ""))
    qtbot.mouseClick(suppliers.import_button, Qt.MouseButton.LeftButton)
    wizard = suppliers.wizard
    wait_page(qtbot, wizard, wizard.MAPPING)
    assert wizard.header_spin.value() == 7  # under the title block and the "logo"
    assert "row 7" in wizard.mapping_note.text()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, wizard.REPORT)

    # 2. The changes reviewed: the Redmi's price went up, the A15 was found by its barcode.
    tabs = [wizard.report_tabs.tabText(i) for i in range(wizard.report_tabs.count())]
    assert "Price changes (1)" in tabs and "Matched (2)" in tabs
    changes = wizard.models["changes"]
    redmi = changes.rows[row_of(changes, "MZB0F0RRU")]
    assert redmi[2] == "PH-13 — Смартфон Xiaomi Redmi Note 13 8/256 ГБ, чёрный"
    assert redmi[5] in ("+2.8\u00a0%", "+2,8\u00a0%")  # 17 990 → 18 490,50
    if not wizard.next_button.isEnabled():
        wizard.skip_errors.setChecked(True)
    assert wizard.next_button.text() == "Apply"
    with qtbot.waitSignal(wizard.applied, timeout=10000):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    assert suppliers.status.text().startswith("Price list imported.")
    with sqlite_store.read_session() as s:
        prices = dict(s.execute(select(SupplierOffer.product_id, SupplierOffer.price)
                                .where(SupplierOffer.supplier_id == world["supplier"],
                                       SupplierOffer.product_id.is_not(None))).all())
    assert prices[world["PH-13"]] == Decimal("18490.50") and prices[world["a15"]] == Decimal("14990.00")

    # 3. Reorder suggestions: both phones sold out, both from ЭлектроОпт at the new prices.
    reorder = ws.reorder
    ws.tabs.setCurrentWidget(reorder)
    reorder.window_spin.setValue(30)
    calculate(qtbot, reorder)
    group = group_index(reorder, world["supplier"])
    lines = reorder.model.group_at(group).lines
    assert {ln.sku for ln in lines} == {"PH-13", "PH-A15"}
    assert {ln.sku: ln.unit_price for ln in lines} == {"PH-13": Decimal("18490.50"), "PH-A15": Decimal("14990.00")}
    quantities = {ln.product_id: ln.quantity for ln in lines}
    reorder.tree.setCurrentIndex(reorder.model.index(0, 0, group))
    assert reorder.create_button.isVisible() and reorder.create_button.isEnabled()
    qtbot.mouseClick(reorder.create_button, Qt.MouseButton.LeftButton)
    editor = ws.orders.editor
    qtbot.waitUntil(lambda: ws.tabs.currentWidget() is ws.orders and editor.view is not None)
    order_id, number = editor.view.id, editor.view.number
    assert editor.view.state == "draft"
    assert {ln.sku: ln.quantity for ln in editor.view.lines} == {
        "PH-13": quantities[world["PH-13"]], "PH-A15": quantities[world["a15"]]}

    # 4. Sent, and the order printed as PDF for the supplier, in Russian.
    qtbot.mouseClick(editor.buttons["send"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view.state == "sent")
    opened: list[Path] = []
    monkeypatch.setattr("backoffice_desktop.ui.purchasing.order_actions.open_document", opened.append)
    qtbot.mouseClick(editor.documents.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened[0].read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Заказ поставщику" in text and number in text and "ЭлектроОпт" in text
    assert "MZB0F0RRU" in text and "Смартфон Samsung Galaxy A15" in text

    # 5. Intake receives the order by scanning each phone's barcode and posts it.
    intake = IntakeWorkspace(ctx)
    qtbot.addWidget(intake)
    monkeypatch.setattr("backoffice_desktop.ui.intake.receipt_editor.open_document", opened.append)
    intake.resize(1280, 760)
    intake.show()
    qtbot.waitExposed(intake)
    intake.start_receipt(order_id, None, world["warehouse"])
    receipt = intake.editor
    assert {ln.sku for ln in receipt.model.lines} == {"PH-13", "PH-A15"}
    for barcode, product in ((REDMI_BARCODE, world["PH-13"]), (A15_BARCODE, world["a15"])):
        scan(qtbot, receipt.scan, f"{quantities[product]:f}*{barcode}")
        assert receipt.banner.property("tone") == "good"
    assert all(ln.received == ln.expected for ln in receipt.model.lines)
    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        receipt.post_button.click()
    qtbot.waitUntil(lambda: receipt.summary is not None and receipt.summary.state == "posted", timeout=5000)

    # 6. Purchasing shows the order received, in the list and in the editor.
    ws.tabs.setCurrentWidget(ws.orders)
    orders = ws.orders
    qtbot.waitUntil(lambda: editor.view.state == "received", timeout=5000)
    orders.group_combo.setCurrentIndex(orders.group_combo.findText("Received, closed, cancelled"))
    qtbot.waitUntil(lambda: orders.model.rowCount() == 1, timeout=5000)
    assert orders.model.index(0, 0).data() == number
    assert orders.model.index(0, 2).data() == "received"
    with sqlite_store.read_session() as s:
        assert s.get(PurchaseOrder, order_id).state == "received"
    assert not shown
