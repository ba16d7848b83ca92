"""A new user's first start: the administrator asks for a demo shop, which is made in the
background and comes with sample price lists to import; a filled store refuses another."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from backoffice_desktop.app import AppController
from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.models import Product, PurchaseOrder, Supplier, User
from backoffice_desktop.ui.demo_dialog import DemoShopDialog
from backoffice_desktop.ui.login_dialog import FirstAdminDialog

from .conftest import type_text


def create_admin_with_demo(dialog: FirstAdminDialog) -> int:
    type_text(dialog.password, "secret-pass-1")
    type_text(dialog.repeat, "secret-pass-1")
    dialog.with_demo.setChecked(True)
    dialog.submit()
    return dialog.result()


def test_first_administrator_fills_the_new_store_with_a_demo_shop(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(FirstAdminDialog, "exec", create_admin_with_demo)
    controller = AppController(AppPaths.resolve(), LocalSettings(), "en")
    controller._set_store(open_store(sqlite_url(tmp_path / "new.sqlite3")), str(tmp_path / "new.sqlite3"))
    assert controller.login()
    window = controller.show_main_window()
    qtbot.addWidget(window)
    dialog = window.findChild(DemoShopDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.products.setValue(40)
    dialog.orders.setValue(30)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.close_button.isEnabled()  # no closing half-way
    qtbot.waitUntil(lambda: bool(dialog.files), timeout=60000)
    assert "manager / manager-demo-1" in dialog.status.text() and dialog.folder_button.isVisible()
    assert {path.suffix for path in dialog.files} == {".xlsx", ".csv"}
    assert all(path.parent == Path(controller.paths.data_dir) / "demo files" for path in dialog.files)
    with controller.store.read_session() as s:
        assert s.query(Product).filter(Product.parent_id.is_(None)).count() == 40
        assert s.query(Supplier).count() and s.query(PurchaseOrder).count()
        assert {"admin", "manager", "zakupki"} <= {u.username for u in s.query(User)}
    dialog.close()

    again = window.show_demo_dialog()
    assert not again.start_button.isEnabled() and "already has" in again.status.text()
    again.close()
    controller.ops.wait()
    controller.store.close()


def test_without_the_tick_no_demo_is_offered(qtbot, monkeypatch, tmp_path):
    def plain(dialog: FirstAdminDialog) -> int:
        type_text(dialog.password, "secret-pass-1")
        type_text(dialog.repeat, "secret-pass-1")
        dialog.submit()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstAdminDialog, "exec", plain)
    controller = AppController(AppPaths.resolve(), LocalSettings(), "en")
    controller._set_store(open_store(sqlite_url(tmp_path / "new.sqlite3")), str(tmp_path / "new.sqlite3"))
    assert controller.login()
    window = controller.show_main_window()
    qtbot.addWidget(window)
    assert window.findChild(DemoShopDialog) is None
    controller.store.close()
