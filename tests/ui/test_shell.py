"""The application shell: first start, login, tabs per role, status bar, menus."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from backoffice_desktop import __version__, migrations
from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.models import Role, User
from backoffice_desktop.services import auth, users
from backoffice_desktop.ui.context import AppContext
from backoffice_desktop.ui.login_dialog import FirstAdminDialog, LoginDialog
from backoffice_desktop.ui.main_window import MainWindow
from backoffice_desktop.ui.operations import Operations

from ..conftest import ADMIN_PASSWORD, make_admin
from .conftest import type_text


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_first_start_creates_the_administrator(qtbot, sqlite_store):
    dialog = FirstAdminDialog(sqlite_store)
    qtbot.addWidget(dialog)
    dialog.username.setText("")
    type_text(dialog.username, "директор")
    type_text(dialog.full_name, "Иван Петров")
    type_text(dialog.password, "secret-pass-1")
    type_text(dialog.repeat, "secret-pass-2")
    ok_button(dialog).click()
    assert dialog.error.text() == "The passwords differ."
    dialog.repeat.clear()
    type_text(dialog.repeat, "secret-pass-1")
    ok_button(dialog).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.actor.roles == frozenset({Role.ADMIN})
    with sqlite_store.session() as s:
        assert auth.authenticate(s, "Директор", "secret-pass-1").full_name == "Иван Петров"


def test_short_admin_password_is_explained(qtbot, sqlite_store):
    dialog = FirstAdminDialog(sqlite_store)
    qtbot.addWidget(dialog)
    type_text(dialog.password, "123")
    type_text(dialog.repeat, "123")
    ok_button(dialog).click()
    assert "at least 8 characters" in dialog.error.text()
    with sqlite_store.read_session() as s:
        assert not auth.has_users(s)


def test_login_wrong_password_then_delay(qtbot, sqlite_store):
    make_admin(sqlite_store)
    dialog = LoginDialog(sqlite_store, "admin")
    qtbot.addWidget(dialog)
    for _ in range(4):
        type_text(dialog.password, "wrong-password")
        ok_button(dialog).click()
        assert dialog.error.text() == "Wrong user name or password."
        assert dialog.password.text() == ""
    type_text(dialog.password, "wrong-password")
    ok_button(dialog).click()
    assert "try again in 30 s" in dialog.error.text()
    assert not ok_button(dialog).isEnabled()
    with sqlite_store.read_session() as s:
        assert s.query(User).one().failed_logins == 5


def test_login_succeeds(qtbot, sqlite_store):
    make_admin(sqlite_store)
    dialog = LoginDialog(sqlite_store, "")
    qtbot.addWidget(dialog)
    type_text(dialog.username, "admin")
    type_text(dialog.password, ADMIN_PASSWORD)
    ok_button(dialog).click()
    assert dialog.actor is not None and dialog.actor.username == "admin"


def _window(qtbot, store, actor) -> MainWindow:
    ctx = AppContext(store, actor, AppPaths.resolve(), LocalSettings(), Operations())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize(
    ("roles", "tabs"),
    [
        ({Role.CLERK}, ["Intake", "Stock", "Catalog"]),
        ({Role.CONTENT_MANAGER}, ["Catalog"]),
        ({Role.MANAGER}, ["Purchasing", "Catalog", "Reports", "Sync"]),
        ({Role.PURCHASER}, ["Purchasing", "Catalog"]),
        ({Role.ADMIN}, ["Intake", "Stock", "Purchasing", "Catalog", "Reports", "Sync", "Settings"]),
    ],
)
def test_tabs_follow_roles_and_status_bar_shows_user_and_store(qtbot, sqlite_store, roles, tabs):
    admin = make_admin(sqlite_store)
    with sqlite_store.session() as s:
        users.create_user(s, admin, "anna", "anna-pass-123", roles, "Анна Смирнова")
        actor = auth.authenticate(s, "anna", "anna-pass-123")
    window = _window(qtbot, sqlite_store, actor)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == tabs
    assert window.user_label.text() == "User: Анна Смирнова"
    assert sqlite_store.description in window.store_label.text()


def test_about_shows_version_and_schema(qtbot, sqlite_store):
    window = _window(qtbot, sqlite_store, make_admin(sqlite_store))
    text = window.about_text()
    assert __version__ in text and migrations.head_revision() in text


def test_backup_from_the_menu_writes_a_copy(qtbot, sqlite_store, tmp_path):
    window = _window(qtbot, sqlite_store, make_admin(sqlite_store))
    assert window.backup_action.isEnabled()
    target = tmp_path / "copy.sqlite3"
    window.run_backup(str(target))
    window.ctx.ops.wait()
    qtbot.waitUntil(lambda: "Backup copy saved" in window.statusBar().currentMessage(), timeout=3000)
    assert target.stat().st_size > 0
