"""The buyer's pages of Purchasing: reorder suggestions turned into a draft order, and one
product's figures with "add to order"."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from backoffice_desktop.models import PurchaseOrder, Role, SalesOrder, SalesOrderLine, Supplier, SupplierOffer, utcnow
from backoffice_desktop.services import purchasing
from backoffice_desktop.ui.purchasing.suggestion_model import COL_NAME, COL_QTY

from .conftest import seed_products, type_text
from .test_purchasing_orders import in_modal, open_workspace


@pytest.fixture
def world(sqlite_store):
    """Sales every day of the last 90, the stock came in today. KT-01: 12 on hand, 2 sold
    a day, offered by both (Техника cheaper, in packs of 6); TV-55: 3 on hand, 0.5 a day,
    offered by Техника; PH-13: none on hand, 1 in 9 days, offered by Петров only; ЁЖ-7:
    5 on hand, 1 a day, offered by nobody."""
    ids = seed_products(sqlite_store)
    today = utcnow().date()
    with sqlite_store.session() as s:
        tech = Supplier(name="ООО «Бытовая техника»", lead_time_days=7,
                        min_order_amount=Decimal("500000.00"))
        petrov = Supplier(name="ИП Петров", lead_time_days=3)
        s.add_all([tech, petrov])
        s.flush()
        s.add_all([
            SupplierOffer(supplier_id=tech.id, product_id=ids["KT-01"], supplier_sku="BT-4411",
                          price=Decimal("1450.00"), pack_size=Decimal(6), min_order_qty=Decimal(6),
                          stock_qty=Decimal(200)),
            SupplierOffer(supplier_id=petrov.id, product_id=ids["KT-01"], supplier_sku="P-KT",
                          price=Decimal("1500.00")),
            SupplierOffer(supplier_id=tech.id, product_id=ids["TV-55"], supplier_sku="BT-TV55",
                          price=Decimal("41000.00")),
            SupplierOffer(supplier_id=petrov.id, product_id=ids["PH-13"], supplier_sku="P-PH13",
                          price=Decimal("15000.00"), stock_qty=Decimal(2)),
        ])
        for day in range(1, 91):
            order = SalesOrder(number=f"S-{day}", status="completed",
                               ordered_at=datetime.combine(today - timedelta(days=day), time(12), timezone.utc))
            order.lines = [SalesOrderLine(product_id=ids["KT-01"], quantity=Decimal(2)),
                           SalesOrderLine(product_id=ids["ЁЖ-7"], quantity=Decimal(1))]
            if day % 2 == 0:
                order.lines.append(SalesOrderLine(product_id=ids["TV-55"], quantity=Decimal(1)))
            if day % 9 == 0:
                order.lines.append(SalesOrderLine(product_id=ids["PH-13"], quantity=Decimal(1)))
            s.add(order)
    return {"tech": tech.id, "petrov": petrov.id, **ids}


@pytest.fixture
def purchaser(qtbot, ctx_for):
    """A purchaser's context; background reads (list counts) are delivered before the widgets go."""
    ctx = ctx_for(Role.PURCHASER)
    yield ctx
    ctx.ops.wait()
    QApplication.processEvents()


def calculate(qtbot, page):
    qtbot.mouseClick(page.calculate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.calculate_button.isEnabled() and page.result is not None, timeout=10000)


def group_index(page, supplier_id):
    return page.model.index(page.model.group_row(supplier_id), 0)


def line_row(page, group, sku):
    lines = page.model.group_at(group).lines
    return next(r for r, ln in enumerate(lines) if ln.sku == sku)


def test_suggestions_grouped_per_supplier_become_a_draft_order(qtbot, qtmodeltester, purchaser, world, sqlite_store):
    ctx = purchaser
    ws = open_workspace(qtbot, ctx)
    assert [ws.tabs.tabText(i) for i in range(ws.tabs.count())] == ["Orders", "Reorder", "Suppliers", "Product"]
    ws.tabs.setCurrentWidget(ws.reorder)
    page = ws.reorder
    assert page.empty.isVisible() and "Calculate" in page.empty.text()
    calculate(qtbot, page)
    qtmodeltester.check(page.model)
    assert "4 product(s) considered in" in page.status.text()
    model = page.model
    assert [g.supplier_name for g in model.groups] == ["ИП Петров", "ООО «Бытовая техника»", ""]
    tech = group_index(page, world["tech"])
    assert [ln.sku for ln in model.group_at(tech).lines] == ["TV-55", "KT-01"]
    kettle_row = line_row(page, tech, "KT-01")
    kettle = model.group_at(tech).lines[kettle_row]
    # 180 sold in 90 days, none of them in stock (the stock came today): 2/day; lead time 7 → 14;
    # 12 on hand ≤ 14; target 14 + 14 × 2 = 42 → need 30 → packs of 6 → 30.
    assert (kettle.daily_rate, kettle.reorder_point, kettle.quantity) == (2, 14, 30)
    assert model.index(kettle_row, COL_QTY, tech).data() == "30"
    tooltip = model.index(kettle_row, COL_NAME, tech).data(Qt.ItemDataRole.ToolTipRole)
    assert "→ reorder point 14" in tooltip and "= 12 ≤ 14" in tooltip and "order 30" in tooltip
    assert "cheapest of 2 offer(s)" in tooltip
    assert "below the minimum order" in model.index(tech.row(), 0).data()
    nobody = model.index(2, 0)
    assert "Nobody offers" in nobody.data() and not model.flags(nobody) & Qt.ItemFlag.ItemIsUserCheckable
    page.tree.setCurrentIndex(model.index(0, 0, nobody))
    assert not page.create_button.isVisible() and "Suppliers page" in page.group_note.text()
    assert "ЁЖ-7" in page.reason.text()

    # Untick the TV, order 24 kettles instead of 30, and make the draft.
    tv_row = line_row(page, tech, "TV-55")
    assert model.setData(model.index(tv_row, COL_NAME, tech), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)
    assert not model.setData(model.index(kettle_row, COL_QTY, tech), "2,5")  # whole units
    assert "whole units" in page.status.text()
    assert model.setData(model.index(kettle_row, COL_QTY, tech), "24")
    assert model.index(tech.row(), 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    page.tree.setCurrentIndex(model.index(kettle_row, 0, tech))
    assert page.create_button.isVisible() and page.create_button.isEnabled()
    assert "Sold 180 in 90 days" in page.reason.text()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.tabs.currentWidget() is ws.orders and ws.orders.editor.view is not None)

    editor = ws.orders.editor
    assert [(ln.sku, ln.quantity, ln.unit_price) for ln in editor.view.lines] == [("KT-01", 24, Decimal("1450.00"))]
    with sqlite_store.read_session() as s:
        order = s.get(PurchaseOrder, editor.view.id)
        assert order.supplier_id == world["tech"] and order.state == "draft"
        assert [(ln.product_id, ln.quantity) for ln in order.lines] == [(world["KT-01"], 24)]
    assert ws.orders.selected_id() == editor.view.id
    assert world["tech"] not in [g.supplier_id for g in model.groups]
    assert "Draft order for ООО «Бытовая техника» created with 1 line" in page.status.text()

    # Calculated again, the kettles on the draft count as coming: TV-55 is still suggested.
    calculate(qtbot, page)
    tech = group_index(page, world["tech"])
    assert [ln.sku for ln in model.group_at(tech).lines] == ["TV-55"]


def test_nothing_to_order_and_double_click_opens_the_product(qtbot, purchaser, world, sqlite_store):
    ctx = purchaser
    ws = open_workspace(qtbot, ctx)
    page = ws.reorder
    ws.tabs.setCurrentWidget(page)
    page.supplier_combo.setCurrentIndex(page.supplier_combo.findData(world["petrov"]))
    page.window_spin.setValue(30)
    calculate(qtbot, page)
    assert [g.supplier_name for g in page.model.groups] == ["ИП Петров"]
    group = page.model.index(0, 0)
    assert [ln.sku for ln in page.model.group_at(group).lines] == ["PH-13"]  # 3 sold in 30 days, none on hand
    page.tree.doubleClicked.emit(page.model.index(0, 1, group))
    assert ws.tabs.currentWidget() is ws.product and ws.product.title.text().startswith("PH-13")

    with sqlite_store.session() as s:
        s.execute(SalesOrderLine.__table__.delete())
    ws.tabs.setCurrentWidget(page)
    calculate(qtbot, page)
    assert page.empty.isVisible() and "Nothing needs ordering" in page.empty.text()


def test_product_page_shows_the_figures_and_adds_to_a_draft(qtbot, purchaser, world, sqlite_store, monkeypatch):
    ctx = purchaser
    with sqlite_store.session() as s:
        draft = purchasing.create_order(s, ctx.actor, world["tech"])
    ws = open_workspace(qtbot, ctx)
    page = ws.product
    ws.tabs.setCurrentWidget(page)
    assert page.empty_state.isVisible()
    type_text(page.search, "Чайник")
    qtbot.waitUntil(lambda: page.view is not None)
    view = page.view
    assert (view.sku, view.on_hand, view.sold_30, view.sold_90) == ("KT-01", 12, 60, 180)
    assert page.figures["sold_90"].value.text() == "180"
    assert page.figures["on_hand"].detail.text() == "A-01: 12"
    assert page.figures["lead_time"].value.text() == "3–7 d"
    assert page.offers.table.rowCount() == 2 and page.offers.table.item(0, 1).text() == "BT-4411"
    assert page.purchases.empty.isVisible() and not page.purchases.table.isVisible()
    assert page.orders.empty.text() == "Nothing on order."

    def add(dialog):
        assert dialog.supplier.currentData() == world["tech"]  # the cheapest offer first
        assert dialog.order.currentData() == draft
        assert dialog.quantity.text() == "48"  # 60 a month − 12 on hand = 48, in packs of 6
        dialog.quantity.setText("12")
        dialog.accept()

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    in_modal(add)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.tabs.currentWidget() is ws.orders)
    assert ws.orders.editor.view.id == draft
    assert [(ln.sku, ln.quantity) for ln in ws.orders.editor.view.lines] == [("KT-01", 12)]
    assert page.orders.table.rowCount() == 1 and page.figures["on_order"].detail.text() == "+ 12 on drafts"
    with sqlite_store.read_session() as s:
        assert s.scalars(select(PurchaseOrder.id)).all() == [draft]
