"""Purchase orders as a purchaser and a manager use them: make a draft, add lines, price
them, send (or get approval first), print, and see Intake's receipts arrive."""

from __future__ import annotations

import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from backoffice_desktop.models import Location, LocationKind, PurchaseOrder, Role, Supplier, SupplierOffer
from backoffice_desktop.services import receiving
from backoffice_desktop.services.settings import set_setting
from backoffice_desktop.ui.purchasing.workspace import PurchasingWorkspace

from .conftest import seed_products, type_text


@pytest.fixture
def world(sqlite_store):
    ids = seed_products(sqlite_store)
    with sqlite_store.session() as s:
        supplier = Supplier(name="ООО «Бытовая техника»", email="zakaz@example.ru", payment_deferral_days=14)
        s.add(supplier)
        s.flush()
        s.add(SupplierOffer(supplier_id=supplier.id, product_id=ids["KT-01"], supplier_sku="BT-4411",
                            price=Decimal("1450.00")))
        warehouse = s.query(Location).filter_by(kind=LocationKind.WAREHOUSE.value).one().id
    return {"supplier": supplier.id, "warehouse": warehouse, **ids}


def open_workspace(qtbot, ctx):
    ws = PurchasingWorkspace(ctx)
    qtbot.addWidget(ws)
    ctx.ops.changed.connect(ws.refresh)
    ws.resize(1400, 800)
    ws.show()
    return ws


def in_modal(handle) -> None:
    """Run ``handle(dialog)`` on the next modal dialog once it is shown."""
    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        handle(dialog)

    QTimer.singleShot(0, attempt)


def new_order(qtbot, ws, ctx):
    def choose(dialog):
        dialog.accept()  # the only supplier is preselected

    in_modal(choose)
    qtbot.mouseClick(ws.orders.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ws.orders.editor.view is not None)
    return ws.orders.editor


def add_product(qtbot, editor, text: str, quantity: str):
    before = len(editor.view.lines)

    def pick(dialog):
        type_text(dialog.search, text)
        dialog.quantity.setText(quantity)
        dialog.accept()

    in_modal(pick)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editor.view.lines) == before + 1)


def test_purchaser_makes_prices_sends_and_prints_an_order_then_sees_it_received(
        qtbot, ctx_for, world, sqlite_store, monkeypatch, tmp_path):
    ctx = ctx_for(Role.PURCHASER)
    ws = open_workspace(qtbot, ctx)
    assert ws.orders.empty_label.isVisible() and "New order" in ws.orders.empty_label.text()

    editor = new_order(qtbot, ws, ctx)
    assert editor.view.state == "draft" and "отсрочкой 14 дн." in editor.terms.toPlainText()
    add_product(qtbot, editor, "Чайник", "12")
    line = editor.view.lines[0]
    assert (line.sku, line.supplier_sku, line.unit_price, line.quantity) == ("KT-01", "BT-4411", Decimal("1450.00"), 12)
    assert ws.orders.model.rowCount() == 1

    # The supplier agreed on 1 400: change the price in the table.
    editor.table.item(0, 7).setText("1400")
    qtbot.waitUntil(lambda: editor.view.lines[0].unit_price == Decimal("1400.00"))
    assert "16" in editor.totals.text() and "800" in editor.totals.text()  # 16 800,00

    # A wrong quantity is refused with a message; the line keeps 12.
    shown = []
    monkeypatch.setattr("backoffice_desktop.ui.purchasing.order_editor.show_error",
                        lambda parent, exc: shown.append(str(exc)))
    editor.table.item(0, 4).setText("-3")
    qtbot.waitUntil(lambda: bool(shown))
    assert "more than zero" in shown[0] and editor.view.lines[0].quantity == 12

    editor.no_date.setChecked(False)
    editor.notes.setText("Доставка до 12:00")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view.notes == "Доставка до 12:00")

    opened = []
    monkeypatch.setattr("backoffice_desktop.ui.purchasing.order_actions.open_document", opened.append)
    qtbot.mouseClick(editor.documents.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened))
    text = subprocess.run(["pdftotext", str(opened[0]), "-"], capture_output=True, text=True, check=True).stdout
    assert "Заказ поставщику" in text and "BT-4411" in text and "Черновик" in text

    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    assert editor.buttons["send"].isVisible() and not editor.buttons["request_approval"].isVisible()
    qtbot.mouseClick(editor.buttons["send"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view.state == "sent")
    assert not editor.add_button.isVisible()
    assert not editor.table.item(0, 4).flags() & Qt.ItemFlag.ItemIsEditable

    # Intake receives 5 of 12: the list and the order show it after the refresh.
    with sqlite_store.session() as s:
        clerk = ctx_for(Role.CLERK).actor
        receipt_id = receiving.start_receipt_from_order(s, clerk, editor.view.id, world["warehouse"])
        line_id = receiving.receipt_summary(s, receipt_id).lines[0].line_id
        receiving.set_line_quantity(s, clerk, line_id, Decimal(5))
    with sqlite_store.session() as s:
        number = receiving.post_receipt(s, clerk, receipt_id, receiving.receipt_summary(s, receipt_id).version)
    from backoffice_desktop.ui.operations import Changes
    ctx.ops.changed.emit(Changes(stock=True, purchasing=True))
    assert editor.view.state == "partially_received"
    assert editor.table.item(0, 6).text() == "7"
    assert number in editor.history.text()
    assert ws.orders.model.row_at(0).received_percent == 41


def test_an_order_above_the_limit_goes_to_a_manager_who_approves_it(qtbot, ctx_for, world, sqlite_store):
    purchaser = ctx_for(Role.PURCHASER)
    with sqlite_store.session() as s:
        set_setting(s, ctx_for().actor, "purchasing.approval_amount", "10000.00")
    ws = open_workspace(qtbot, purchaser)
    editor = new_order(qtbot, ws, purchaser)
    add_product(qtbot, editor, "Чайник", "10")  # 14 500 > 10 000
    assert editor.buttons["request_approval"].isVisible() and not editor.buttons["send"].isVisible()
    qtbot.mouseClick(editor.buttons["request_approval"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view.state == "awaiting_approval")
    order_id = editor.view.id

    manager = ctx_for(Role.MANAGER)
    mws = open_workspace(qtbot, manager)
    assert not mws.orders.new_button.isVisible()
    mws.orders.group_combo.setCurrentIndex(2)  # awaiting approval
    assert mws.orders.model.rowCount() == 1
    mws.orders.table.selectRow(0)
    meditor = mws.orders.editor
    assert meditor.buttons["approve"].isVisible() and meditor.buttons["approve"].isEnabled()
    qtbot.mouseClick(meditor.buttons["approve"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: meditor.view.state == "approved")
    with sqlite_store.read_session() as s:
        assert s.get(PurchaseOrder, order_id).approved_by_id == manager.actor.user_id


def test_a_sent_order_is_revised_with_a_reason(qtbot, ctx_for, world, sqlite_store, monkeypatch):
    ctx = ctx_for(Role.PURCHASER)
    ws = open_workspace(qtbot, ctx)
    editor = new_order(qtbot, ws, ctx)
    add_product(qtbot, editor, "Чайник", "10")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(editor.buttons["send"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view.state == "sent")

    def revise(dialog):
        dialog.table.item(0, 3).setText("8")
        type_text(dialog.reason_edit, "У поставщика только 8")
        dialog.accept()

    in_modal(revise)
    qtbot.mouseClick(editor.buttons["revise"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view.revision == 1)
    assert editor.view.lines[0].quantity == 8
    assert "У поставщика только 8" in editor.history.text()
    assert "(rev. 1)" in editor.title.text() or "ред." in editor.title.text()


def test_admin_sets_up_mail_and_the_purchaser_emails_the_order(qtbot, ctx_for, world, sqlite_store, monkeypatch):
    import email
    from email import policy

    from ..unit.test_mail import Server

    from backoffice_desktop.ui.settings.workspace import SettingsWorkspace

    server = Server()
    server.controller.start()
    try:
        admin = ctx_for()
        settings_ws = SettingsWorkspace(admin)
        qtbot.addWidget(settings_ws)
        settings_ws.show_section("mail")
        page = settings_ws.mail_page
        type_text(page.host, "127.0.0.1")
        page.security.setCurrentIndex(page.security.findData("none"))
        page.port.setValue(server.port)
        type_text(page.sender, "zakupki@shop.ru")
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "accepted" in page.message.text(), timeout=10000)
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "saved" in page.message.text(), timeout=10000)

        ctx = ctx_for(Role.PURCHASER)
        ws = open_workspace(qtbot, ctx)
        editor = new_order(qtbot, ws, ctx)
        add_product(qtbot, editor, "Чайник", "6")
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)

        def send(dialog):
            assert dialog.to.text() == "zakaz@example.ru"
            dialog.buttons.accepted.emit()

        in_modal(send)
        qtbot.mouseClick(editor.documents.mail_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.view.state == "sent", timeout=10000)
        message = email.message_from_bytes(server.handler.envelopes[0].content, policy=policy.default)
        assert message["Subject"].startswith("Заказ PO-")
        names = [part.get_filename() for part in message.iter_attachments()]
        assert any(n.endswith(".pdf") for n in names) and any(n.endswith(".xlsx") for n in names)
        assert server.handler.envelopes[0].rcpt_tos == ["zakaz@example.ru"]
    finally:
        server.controller.stop()
