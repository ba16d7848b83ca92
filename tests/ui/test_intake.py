"""Intake as a clerk uses it: receive a purchase order by scanning, post, print."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from backoffice_desktop.models import (
    Location,
    LocationKind,
    Product,
    ProductBarcode,
    PurchaseOrder,
    PurchaseOrderLine,
    Role,
    Supplier,
)
from backoffice_desktop.services.stock import check_levels, ensure_virtual_locations, on_hand
from backoffice_desktop.ui.intake.workspace import IntakeWorkspace

from .conftest import type_text

KETTLE = "4607654321098"
KETTLE_BOX = "4607654321104"
MOUSE = "4601234567893"


@pytest.fixture
def world(sqlite_store):
    with sqlite_store.session() as s:
        ensure_virtual_locations(s)
        wh = Location(code="WH1", name="Основной склад", kind=LocationKind.WAREHOUSE.value)
        s.add(wh)
        s.flush()
        bin_a = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value, parent_id=wh.id)
        quarantine = Location(code="WH1-Q", name="Карантин", kind=LocationKind.QUARANTINE.value, parent_id=wh.id)
        supplier = Supplier(name="ООО «Поставщик»", tax_id="7702345678")
        s.add_all([bin_a, quarantine, supplier])
        s.flush()
        kettle = Product(sku="KT-01", name="Чайник Bosch", retail_price=Decimal("2490.00"), default_bin_id=bin_a.id)
        kettle.barcodes.append(ProductBarcode(barcode=KETTLE))
        kettle.barcodes.append(ProductBarcode(barcode=KETTLE_BOX, kind="pack", pack_quantity=Decimal(6)))
        mouse = Product(sku="MS-01", name="Мышь Logitech", retail_price=Decimal("990.00"), default_bin_id=bin_a.id)
        mouse.barcodes.append(ProductBarcode(barcode=MOUSE))
        s.add_all([kettle, mouse])
        s.flush()
        order = PurchaseOrder(number="PO-2026-000001", supplier_id=supplier.id, state="sent")
        order.lines.append(PurchaseOrderLine(line_no=1, product_id=kettle.id, quantity=Decimal(8), unit_price=Decimal("1500.00")))
        order.lines.append(PurchaseOrderLine(line_no=2, product_id=mouse.id, quantity=Decimal(3), unit_price=Decimal("500.00")))
        s.add(order)
        s.flush()
        return {"warehouse": wh.id, "order": order.id, "kettle": kettle.id, "mouse": mouse.id, "bin": bin_a.id}


@pytest.fixture
def intake(qtbot, ctx_for, world, monkeypatch):
    opened: list[Path] = []
    monkeypatch.setattr("backoffice_desktop.ui.intake.receipt_editor.open_document", opened.append)
    ctx = ctx_for(Role.CLERK)
    ws = IntakeWorkspace(ctx)
    qtbot.addWidget(ws)
    ws.resize(1280, 760)
    ws.show()
    qtbot.waitExposed(ws)
    return ws, ctx, opened


def scan(qtbot, widget, code: str) -> None:
    """A scanner: fast keystrokes ending with Enter, each sent to whatever has the focus."""
    widget.setFocus()
    for char in code:
        type_text(QApplication.focusWidget() or widget, char)
    qtbot.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Return)


def test_receive_an_order_by_scanning_and_post(qtbot, intake, world, sqlite_store):
    ws, ctx, opened = intake
    receipt_id = ws.start_receipt(world["order"], None, world["warehouse"])
    editor = ws.editor
    assert [ln.sku for ln in editor.model.lines] == ["KT-01", "MS-01"]

    scan(qtbot, editor.scan, KETTLE)
    assert editor.banner.property("tone") == "good"
    assert "KT-01" in editor.banner.text()
    # The focus went to the table: the next scan still lands in the scan field.
    scan(qtbot, editor.table, KETTLE_BOX)  # a box of 6
    assert editor.scan.text() == ""
    scan(qtbot, editor.scan, "3*" + MOUSE)
    kettle, mouse = editor.model.lines
    assert (kettle.received, mouse.received) == (Decimal(7), Decimal(3))
    assert "✓" in editor.model.data(editor.model.index(1, 6))

    scan(qtbot, editor.scan, "4600000000000")  # wrong check digit
    assert editor.banner.property("tone") == "bad"
    scan(qtbot, editor.scan, "4606666666664")  # valid, but nobody's barcode
    assert editor.link_button.isVisibleTo(editor)

    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        editor.post_button.click()
    qtbot.waitUntil(lambda: editor.summary is not None and editor.summary.state == "posted", timeout=5000)
    assert editor.banner.property("tone") == "good"
    assert not editor.scan.isEnabled()
    with sqlite_store.read_session() as s:
        assert on_hand(s, world["kettle"]) == Decimal(7)
        assert on_hand(s, world["mouse"]) == Decimal(3)
        assert check_levels(s) == []
        order = s.get(PurchaseOrder, world["order"])
        assert order.state == "partially_received"

    editor.print_receipt()
    ctx.ops.wait()
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=5000)
    assert opened[0].read_bytes().startswith(b"%PDF")
    editor.write_labels({"KT-01": 7, "MS-01": 0}, "label_58x40")
    ctx.ops.wait()
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=5000)
    assert opened[1].read_bytes().startswith(b"%PDF")
    assert receipt_id is not None


def test_bad_quantity_is_refused_and_the_line_kept(qtbot, intake, world, monkeypatch):
    ws, _ctx, _opened = intake
    shown = []
    monkeypatch.setattr("backoffice_desktop.ui.intake.receipt_editor.show_error", lambda p, e: shown.append(str(e)))
    ws.start_receipt(world["order"], None, world["warehouse"])
    editor = ws.editor
    scan(qtbot, editor.scan, KETTLE)
    line = editor.model.lines[0]
    editor.set_quantity(line.line_id, "много")
    assert shown and "not a quantity" in shown[0]
    assert editor.model.lines[0].received == Decimal(1)


def test_posting_an_empty_receipt_is_explained(qtbot, intake, world):
    ws, ctx, _opened = intake
    ws.start_receipt(None, _supplier_id(ctx), world["warehouse"])
    editor = ws.editor
    editor.post()
    ctx.ops.wait()
    qtbot.waitUntil(lambda: editor.banner.property("tone") == "bad", timeout=5000)
    assert editor.summary.state == "draft"


def _supplier_id(ctx) -> int:
    with ctx.read() as s:
        return s.scalar(select(Supplier.id))


def test_damage_with_a_photo_then_return_it_to_the_supplier(qtbot, intake, world, sqlite_store, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from backoffice_desktop.models import Blob, StockDocument
    from backoffice_desktop.ui.intake.dialogs import DamageDialog

    from ..conftest import testdata_dir

    photo = testdata_dir("images") / "orientation_rectangle.jpg"
    ws, ctx, _opened = intake
    ws.start_receipt(world["order"], None, world["warehouse"])
    editor = ws.editor
    scan(qtbot, editor.scan, "3*" + MOUSE)
    mouse = next(ln for ln in editor.model.lines if ln.sku == "MS-01")

    # The dialog: choosing a file shows its name and a thumbnail.
    dialog = DamageDialog(mouse, editor)
    qtbot.addWidget(dialog)
    dialog.set_photo(str(photo))
    assert dialog.photo_name.text() == "orientation_rectangle.jpg"
    assert dialog.thumbnail.pixmap() is not None and not dialog.thumbnail.pixmap().isNull()

    editor.set_damage(mouse.line_id, "1", "Разбита", "quarantine", dialog.photo_path)
    ctx.ops.wait()
    qtbot.waitUntil(lambda: editor.model.lines[1].damage_photo_sha256 is not None, timeout=5000)
    mouse = editor.model.lines[1]
    assert (mouse.good, mouse.damaged) == (Decimal(2), Decimal(1))
    assert "photo" in editor.model.data(editor.model.index(1, 5), Qt.ItemDataRole.ToolTipRole)
    with sqlite_store.read_session() as s:
        assert s.get(Blob, mouse.damage_photo_sha256).mime_type == "image/jpeg"
    assert not editor.return_button.isEnabled()  # a draft: nothing to return yet

    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        editor.post_button.click()
    qtbot.waitUntil(lambda: editor.summary.state == "posted", timeout=5000)
    assert editor.return_button.isEnabled()

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Yes)
    editor.return_button.click()
    ctx.ops.wait()
    qtbot.waitUntil(lambda: "RS-" in editor.banner.text(), timeout=5000)
    assert asked and editor.banner.property("tone") == "good"
    assert not editor.return_button.isEnabled()
    with sqlite_store.read_session() as s:
        quarantine = s.scalar(select(Location.id).where(Location.kind == LocationKind.QUARANTINE.value))
        from backoffice_desktop.models import StockLevel

        left = s.scalar(select(StockLevel.quantity).where(StockLevel.product_id == world["mouse"],
                                                          StockLevel.location_id == quarantine))
        assert left == 0
        assert on_hand(s, world["mouse"]) == Decimal(2)
        assert s.scalar(select(StockDocument.kind)) == "supplier_return"
        assert check_levels(s) == []


def test_delivery_charges_raise_the_cost_of_what_was_received(qtbot, intake, world, sqlite_store, monkeypatch):
    from PySide6.QtCore import QTimer

    ws, ctx, _opened = intake
    ws.start_receipt(world["order"], None, world["warehouse"])
    editor = ws.editor
    scan(qtbot, editor.scan, "8*" + KETTLE)
    scan(qtbot, editor.scan, "3*" + MOUSE)

    def fill(dialog) -> None:
        dialog.add_row()
        dialog.table.item(0, 1).setText("Доставка ТК «ПЭК»")
        dialog.table.item(0, 2).setText("1 350,00")  # by value: 12 000 + 1 500 → 100 ₽ per 1 000 ₽
        dialog.accept()

    QTimer.singleShot(0, lambda: fill(QApplication.activeModalWidget()))
    qtbot.mouseClick(editor.charges_button, Qt.MouseButton.LeftButton)
    assert [c.amount for c in editor.summary.charges] == [Decimal("1350.00")]
    assert "1" in editor.totals.text() and "350" in editor.totals.text()

    with qtbot.waitSignal(ctx.ops.changed, timeout=5000):
        editor.post_button.click()
    qtbot.waitUntil(lambda: editor.summary.state == "posted", timeout=5000)
    with sqlite_store.read_session() as s:
        assert s.get(Product, world["kettle"]).average_cost == Decimal("1650.0000")
        assert s.get(Product, world["mouse"]).average_cost == Decimal("550.0000")
