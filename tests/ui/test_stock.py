"""Stock as a clerk uses it: levels and the ledger, adjust / write off / move, count a bin."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from backoffice_desktop.models import Location, LocationKind, Product, ProductBarcode, Role
from backoffice_desktop.services.stock import MoveRequest, check_levels, ensure_virtual_locations, post_moves
from backoffice_desktop.ui.stock.workspace import StockWorkspace

from .conftest import type_text


@pytest.fixture
def world(sqlite_store):
    with sqlite_store.session() as s:
        supplier = ensure_virtual_locations(s)[LocationKind.SUPPLIER]
        wh = Location(code="WH1", name="Основной склад", kind=LocationKind.WAREHOUSE.value)
        s.add(wh)
        s.flush()
        a = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value, parent_id=wh.id)
        b = Location(code="B-01", name="B-01", kind=LocationKind.BIN.value, parent_id=wh.id)
        kettle = Product(sku="KT-01", name="Чайник Bosch", average_cost=Decimal("1500"), retail_price=Decimal("2490"))
        kettle.barcodes.append(ProductBarcode(barcode="4607654321098"))
        kettle.barcodes.append(ProductBarcode(barcode="4607654321104", kind="pack", pack_quantity=Decimal(6)))
        mouse = Product(sku="MS-01", name="Мышь Logitech", average_cost=Decimal("500"), retail_price=Decimal("990"))
        s.add_all([a, b, kettle, mouse])
        s.flush()
        post_moves(s, None, [MoveRequest(kettle.id, Decimal(10), supplier, a.id, Decimal(1500)),
                             MoveRequest(mouse.id, Decimal(4), supplier, a.id, Decimal(500))], "receipt")
        return {"a": a.id, "b": b.id, "kettle": kettle.id, "mouse": mouse.id}


@pytest.fixture
def stock(qtbot, ctx_for, world):
    ctx = ctx_for(Role.CLERK)
    ws = StockWorkspace(ctx)
    qtbot.addWidget(ws)
    ctx.ops.changed.connect(ws.refresh)
    ws.resize(1200, 700)
    ws.show()
    return ws, ctx


def rows(ws):
    return [(r.sku, r.location_code, r.on_hand) for r in (ws.model.row_at(i) for i in range(ws.model.rowCount()))]


def select_sku(ws, sku):
    for i in range(ws.model.rowCount()):
        if ws.model.row_at(i).sku == sku:
            ws.table.selectRow(i)
            return
    raise AssertionError(sku)


def test_levels_value_and_ledger(qtbot, stock):
    ws, _ = stock
    assert rows(ws) == [("MS-01", "A-01", Decimal(4)), ("KT-01", "A-01", Decimal(10))]  # by name
    assert ws.model.data(ws.model.index(1, 7)) in ("15,000.00\u00a0₽", "15\u00a0000,00\u00a0₽")
    select_sku(ws, "KT-01")
    assert "KT-01" in ws.ledger.title.text()
    assert ws.ledger.table.rowCount() == 1 and ws.ledger.table.item(0, 5).text() == "10"


def test_write_off_too_much_keeps_the_dialog_open_with_a_message(qtbot, stock, sqlite_store):
    ws, _ = stock
    select_sku(ws, "KT-01")
    dialog = ws.document_actions.open_move("write_off")
    type_text(dialog.quantity, "25")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "Not enough stock of KT-01 in A-01" in dialog.error.text()
    dialog.quantity.clear()
    type_text(dialog.quantity, "2")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert "posted" in ws.document_actions.status.text()
    assert ("KT-01", "A-01", Decimal(8)) in rows(ws)
    with sqlite_store.read_session() as s:
        assert check_levels(s) == []


def test_move_to_another_bin(qtbot, stock, world):
    ws, _ = stock
    select_sku(ws, "MS-01")
    dialog = ws.document_actions.open_move("transfer")
    dialog.target.setCurrentIndex(dialog.target.findData(world["b"]))
    type_text(dialog.quantity, "3")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert ("MS-01", "B-01", Decimal(3)) in rows(ws) and ("MS-01", "A-01", Decimal(1)) in rows(ws)


def test_count_a_bin_by_scanning_and_post_the_variance(qtbot, stock, world, sqlite_store):
    ws, _ = stock
    ws.bin_combo.setCurrentIndex(ws.bin_combo.findData(world["a"]))
    dialog = ws.document_actions.open_count()
    assert dialog.table.rowCount() == 2
    for code in ("4607654321104", "3*4607654321098"):  # a box of 6, then 3 singles: 9 kettles
        dialog.scan.setFocus()
        type_text(dialog.scan, code)
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "KT-01" in dialog.banner.text()
    type_text(dialog.scan, "4600000000000")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert "#c5221f" in dialog.banner.styleSheet()
    dialog.set_count(world["mouse"], world["a"], "4")
    dialog.variance_button.setChecked(True)
    kettle_row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "KT-01")
    assert dialog.table.item(kettle_row, 5).text() == "-1"  # one kettle short
    dialog.post_button.click()
    assert not dialog.isVisible()
    assert ("KT-01", "A-01", Decimal(9)) in rows(ws)
    with sqlite_store.read_session() as s:
        assert check_levels(s) == []
    assert QApplication.instance() is not None


def test_content_manager_has_no_stock_tab(ctx_for, world):
    from backoffice_desktop.ui.workspaces import allowed_workspaces

    keys = [spec.key for spec in allowed_workspaces(ctx_for(Role.CONTENT_MANAGER).actor)]
    assert "stock" not in keys and "intake" not in keys
