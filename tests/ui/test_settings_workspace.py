"""Settings workspace: users and roles, company details, rules, store connection, language.

Real widgets are driven (typing, clicks, check boxes); writes run on the operation
worker, and the assertions look at both the store and the screen.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.errors import AuthenticationError
from backoffice_desktop.models import Role
from backoffice_desktop.services import auth, settings, users
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.ui.context import AppContext
from backoffice_desktop.ui.operations import Changes, Operations
from backoffice_desktop.ui.settings.users_page import UserDialog, UserTableModel
from backoffice_desktop.ui.settings.workspace import SettingsWorkspace

from ..conftest import make_admin
from .conftest import type_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ctx(sqlite_store):
    admin = make_admin(sqlite_store)
    context = AppContext(
        store=sqlite_store, actor=admin, paths=AppPaths.resolve(), local=LocalSettings(), ops=Operations()
    )
    yield context
    context.ops.wait()


@pytest.fixture
def ws(qtbot, ctx):
    widget = SettingsWorkspace(ctx)
    qtbot.addWidget(widget)
    ctx.ops.changed.connect(widget.refresh)  # what the main window does
    widget.resize(1100, 700)
    widget.show()
    return widget


@pytest.fixture
def warnings(monkeypatch):
    """Message boxes recorded instead of shown."""
    calls: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: calls.append((title, text)))
    return calls


def add_user(ctx: AppContext, username: str, roles: set[Role], full_name: str = "") -> int:
    with ctx.store.session() as s:
        return users.create_user(s, ctx.actor, username, "user-pass-123", roles, full_name).id


def user_rows(ws: SettingsWorkspace) -> dict[str, list[str]]:
    model = ws.users_page.model
    return {
        model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    }


def stored_users(ctx: AppContext) -> dict[str, users.UserInfo]:
    with ctx.read() as s:
        return {u.username: u for u in users.list_users(s, ctx.actor)}


def select_user(ws: SettingsWorkspace, username: str) -> None:
    page = ws.users_page
    row = next(r for r in range(page.model.rowCount()) if page.model.user_at(r).username == username)
    page.table.selectRow(row)


def click_ok_and_wait(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    qtbot.wait(20)


# --- sections -------------------------------------------------------------------------

def test_admin_sees_every_section(ws):
    assert ws.section_keys() == ["users", "company", "rules", "completeness", "mail", "shop", "connection", "language"]
    titles = [ws.sections.item(i).text() for i in range(ws.sections.count())]
    assert titles[0] == "Users and roles"
    ws.sections.setCurrentRow(2)
    assert ws.stack.currentWidget() is ws.rules_page


def test_a_user_without_admin_rights_only_gets_the_language(qtbot, ctx):
    clerk = Actor(user_id=99, username="clerk", full_name="", roles=frozenset({Role.CLERK}))
    widget = SettingsWorkspace(AppContext(ctx.store, clerk, ctx.paths, ctx.local, ctx.ops))
    qtbot.addWidget(widget)
    assert widget.section_keys() == ["language"]


# --- users ----------------------------------------------------------------------------

def test_users_table_shows_roles_status_and_last_login(qtbot, ctx, ws):
    add_user(ctx, "ivanov", {Role.CLERK, Role.MANAGER}, "Иванов Пётр")
    with ctx.store.session() as s:
        auth.authenticate(s, "ivanov", "user-pass-123")
    ws.refresh(Changes(users=True))
    rows = user_rows(ws)
    assert rows["ivanov"][1:4] == ["Иванов Пётр", "Warehouse clerk, Manager", "Active"]
    assert rows["ivanov"][4] not in ("", "never")
    assert rows["admin"][2] == "Administrator"
    assert "2 active" in ws.users_page.count_label.text()


def test_create_user_through_the_dialog(qtbot, ctx, ws):
    page = ws.users_page
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, UserDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "petrova")
    type_text(dialog.full_name, "Петрова Елена")
    qtbot.keyClicks(dialog.password, "secret-pass-1")
    qtbot.keyClicks(dialog.password_again, "secret-pass-1")
    dialog.role_boxes[Role.PURCHASER].click()
    dialog.role_boxes[Role.CONTENT_MANAGER].click()
    click_ok_and_wait(qtbot, dialog)

    assert not dialog.isVisible()
    assert user_rows(ws)["petrova"][1:4] == ["Петрова Елена", "Purchaser, Content manager", "Active"]
    assert page.selected_user().username == "petrova"
    assert "petrova" in page.status.text()
    with ctx.store.session() as s:
        actor = auth.authenticate(s, "petrova", "secret-pass-1")
    assert actor.roles == {Role.PURCHASER, Role.CONTENT_MANAGER}
    assert actor.full_name == "Петрова Елена"


def test_duplicate_user_name_is_refused_in_the_dialog(qtbot, ctx, ws):
    add_user(ctx, "ivanov", {Role.CLERK})
    ws.refresh(Changes(users=True))
    dialog = ws.users_page.new_user()
    qtbot.keyClicks(dialog.username, "IVANOV")  # names are unique ignoring case
    qtbot.keyClicks(dialog.password, "secret-pass-1")
    qtbot.keyClicks(dialog.password_again, "secret-pass-1")
    dialog.role_boxes[Role.CLERK].click()
    click_ok_and_wait(qtbot, dialog)

    assert dialog.isVisible()  # kept open with the input
    assert dialog.error_label.is_error()
    assert "already taken" in dialog.error_label.text()
    assert dialog.username.text() == "IVANOV"
    assert dialog.password.text() == "secret-pass-1"
    assert sorted(stored_users(ctx)) == ["admin", "ivanov"]
    assert sorted(user_rows(ws)) == ["admin", "ivanov"]

    # Correcting the name and trying again works from the same dialog.
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, "ivanov2")
    click_ok_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    assert "ivanov2" in stored_users(ctx)


@pytest.mark.parametrize(
    ("password", "again", "roles", "expected"),
    [
        ("secret-pass-1", "secret-pass-2", [Role.CLERK], "passwords differ"),
        ("short", "short", [Role.CLERK], "at least 8 characters"),
        ("secret-pass-1", "secret-pass-1", [], "at least one role"),
    ],
)
def test_new_user_input_errors_are_shown_and_nothing_is_written(qtbot, ctx, ws, password, again, roles, expected):
    dialog = ws.users_page.new_user()
    qtbot.keyClicks(dialog.username, "sidorov")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.password_again, again)
    for role in roles:
        dialog.role_boxes[role].click()
    click_ok_and_wait(qtbot, dialog)
    assert dialog.isVisible()
    assert expected in dialog.error_label.text()
    assert sorted(stored_users(ctx)) == ["admin"]


def test_edit_user_full_name_and_roles(qtbot, ctx, ws):
    add_user(ctx, "popov", {Role.CLERK}, "Попов")
    ws.refresh(Changes(users=True))
    select_user(ws, "popov")
    qtbot.mouseClick(ws.users_page.edit_button, LEFT)
    dialog = ws.users_page.dialog
    assert dialog.role_boxes[Role.CLERK].isChecked()
    dialog.full_name.clear()
    type_text(dialog.full_name, "Попов Дмитрий")
    dialog.role_boxes[Role.CLERK].click()
    dialog.role_boxes[Role.MANAGER].click()
    click_ok_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    info = stored_users(ctx)["popov"]
    assert info.full_name == "Попов Дмитрий" and info.roles == {Role.MANAGER}
    assert user_rows(ws)["popov"][1:3] == ["Попов Дмитрий", "Manager"]


def test_the_last_administrator_keeps_the_role(qtbot, ctx, ws):
    select_user(ws, "admin")
    dialog = ws.users_page.edit_user()
    dialog.role_boxes[Role.ADMIN].click()
    dialog.role_boxes[Role.MANAGER].click()
    click_ok_and_wait(qtbot, dialog)
    assert dialog.isVisible()
    assert "last active administrator" in dialog.error_label.text()
    assert stored_users(ctx)["admin"].roles == {Role.ADMIN}


def test_disable_and_enable_a_user(qtbot, ctx, ws):
    add_user(ctx, "lebedeva", {Role.CLERK}, "Лебедева Мария")
    ws.refresh(Changes(users=True))
    page = ws.users_page
    select_user(ws, "lebedeva")
    assert page.toggle_button.text() == "Disable"
    qtbot.mouseClick(page.toggle_button, LEFT)
    qtbot.waitUntil(lambda: user_rows(ws)["lebedeva"][3] == "Disabled", timeout=10000)

    assert not stored_users(ctx)["lebedeva"].is_active
    index = page.model.index(page.model.row_of(stored_users(ctx)["lebedeva"].id), UserTableModel.FULL_NAME)
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert "1 active" in page.count_label.text()
    with ctx.store.session() as s, pytest.raises(AuthenticationError, match="disabled"):
        auth.authenticate(s, "lebedeva", "user-pass-123")

    assert page.selected_user().username == "lebedeva"  # selection survives the reload
    assert page.toggle_button.text() == "Enable"
    qtbot.mouseClick(page.toggle_button, LEFT)
    qtbot.waitUntil(lambda: user_rows(ws)["lebedeva"][3] == "Active", timeout=10000)
    with ctx.store.session() as s:
        auth.authenticate(s, "lebedeva", "user-pass-123")


def test_you_cannot_disable_yourself(qtbot, ctx, ws, warnings):
    page = ws.users_page
    select_user(ws, "admin")
    assert not page.toggle_button.isEnabled()
    assert "own account" in page.toggle_button.toolTip()
    page.toggle_active()  # even if asked (a stale screen): the service refuses, the user is told
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "own account" in warnings[0][1]
    assert stored_users(ctx)["admin"].is_active


def test_reset_password(qtbot, ctx, ws):
    add_user(ctx, "kuznetsova", {Role.PURCHASER})
    ws.refresh(Changes(users=True))
    select_user(ws, "kuznetsova")
    qtbot.mouseClick(ws.users_page.password_button, LEFT)
    dialog = ws.users_page.dialog
    qtbot.keyClicks(dialog.password, "new-pass-456")
    qtbot.keyClicks(dialog.password_again, "new-pass-45")
    click_ok_and_wait(qtbot, dialog)
    assert "passwords differ" in dialog.error_label.text()
    qtbot.keyClicks(dialog.password_again, "6")
    click_ok_and_wait(qtbot, dialog)
    assert not dialog.isVisible()
    assert "kuznetsova" in ws.users_page.status.text()
    with ctx.store.session() as s:
        auth.authenticate(s, "kuznetsova", "new-pass-456")
    with ctx.store.session() as s, pytest.raises(AuthenticationError):
        auth.authenticate(s, "kuznetsova", "user-pass-123")


def test_users_changed_elsewhere_appear_on_refresh(qtbot, ctx, ws):
    ctx.write(
        lambda s, a: users.create_user(s, a, "sokolov", "user-pass-123", {Role.CLERK}),
        Changes(users=True),
    )
    qtbot.waitUntil(lambda: "sokolov" in user_rows(ws), timeout=10000)


# --- company --------------------------------------------------------------------------

def test_company_details_are_saved_and_reloaded(qtbot, ctx, ws):
    page = ws.company_page
    ws.show_section("company")
    assert not page.save_button.isEnabled()
    type_text(page.edits["name"], "ТехноМаркет")
    type_text(page.edits["legal_name"], "ООО «ТехноМаркет»")
    qtbot.keyClicks(page.edits["tax_id"], "7701234567")
    qtbot.keyClicks(page.edits["tax_reason_code"], "770101001")
    type_text(page.edits["address"], "г. Москва, ул. Тверская, д. 7")
    qtbot.keyClicks(page.edits["email"], "info@example.ru")
    page.edits["bank_details"].setPlainText("ПАО Сбербанк, БИК 044525225\nр/с 40702810938000012345")
    type_text(page.edits["director"], "Смирнова О. В.")
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.saving, timeout=10000)

    assert "saved" in page.message.text() and not page.message.is_error()
    assert not page.save_button.isEnabled()
    with ctx.read() as s:
        stored = settings.get_company(s)
    assert stored.name == "ТехноМаркет" and stored.tax_id == "7701234567"
    assert stored.bank_details.splitlines()[1] == "р/с 40702810938000012345"

    fresh = SettingsWorkspace(ctx)
    qtbot.addWidget(fresh)
    assert fresh.company_page.details() == stored


def test_invalid_tax_id_is_shown_inline_and_nothing_is_written(qtbot, ctx, ws):
    page = ws.company_page
    type_text(page.edits["name"], "ТехноМаркет")
    qtbot.keyClicks(page.edits["tax_id"], "12345abc")  # letters never get in
    assert page.edits["tax_id"].text() == "12345"
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.saving, timeout=10000)

    assert page.message.is_error()
    assert "ИНН" in page.message.text()
    assert page.edits["name"].text() == "ТехноМаркет"  # input kept
    assert page.save_button.isEnabled()
    with ctx.read() as s:
        assert settings.get_company(s) == settings.CompanyDetails()


def test_company_name_is_required(qtbot, ctx, ws):
    page = ws.company_page
    qtbot.keyClicks(page.edits["phone"], "+7 495 123-45-67")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.saving, timeout=10000)
    assert "company name" in page.message.text()


def test_unsaved_company_details_are_not_dropped_on_close(qtbot, ctx, ws, monkeypatch):
    assert ws.can_close()
    qtbot.keyClicks(ws.company_page.edits["phone"], "+7 495")
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not ws.can_close()
    assert "Company" in asked[0]


# --- rules ----------------------------------------------------------------------------

def test_rules_are_saved(qtbot, ctx, ws):
    page = ws.rules_page
    ws.show_section("rules")
    assert page.tolerance.value() == 10 and not page.allow_negative.isChecked()
    assert not page.save_button.isEnabled()
    page.allow_negative.click()
    page.tolerance.setValue(5)
    page.refuse_over.click()
    page.approval.selectAll()
    qtbot.keyClicks(page.approval, "250 000,50")
    assert page.vat_rate.currentText() == "22 %"
    page.vat_rate.setCurrentIndex(page.vat_rate.findData(10))
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.saving, timeout=10000)
    assert "saved" in page.message.text()
    with ctx.read() as s:
        assert settings.get_setting(s, "stock.allow_negative") is True
        assert settings.get_setting(s, "intake.over_delivery_tolerance_percent") == 5
        assert settings.get_setting(s, "intake.refuse_over_delivery") is True
        assert Decimal(settings.get_setting(s, "purchasing.approval_amount")) == Decimal("250000.50")
        assert settings.get_setting(s, "purchasing.vat_rate") == "10"
    assert not page.save_button.isEnabled()


def test_a_bad_approval_amount_is_shown_and_nothing_is_written(qtbot, ctx, ws):
    page = ws.rules_page
    page.tolerance.setValue(20)
    page.approval.selectAll()
    type_text(page.approval, "сто тысяч")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.wait(50)
    assert page.message.is_error()
    assert "not a price" in page.message.text()
    assert page.approval.text() == "сто тысяч"
    with ctx.read() as s:
        assert settings.get_setting(s, "intake.over_delivery_tolerance_percent") == 10


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_a_new_shop_time_zone_is_saved_and_the_reports_follow_it(qtbot, ctx, ws):
    from backoffice_desktop.services.reports import summary

    page = ws.rules_page
    ws.show_section("rules")
    assert page.time_zone.currentText() == "Europe/Moscow"
    page.time_zone.lineEdit().selectAll()
    type_text(page.time_zone.lineEdit(), "vladiv")  # any part of the name, any case
    popup = page.time_zone.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert page.save_button.isEnabled()
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.saving, timeout=10000)
    assert "saved" in page.message.text()
    with ctx.read() as s:
        assert settings.get_setting(s, "shop.time_zone") == "Asia/Vladivostok"
        assert summary.require_current(s).key == "Asia/Vladivostok"  # rebuilt: reports run
    assert page.time_zone.currentText() == "Asia/Vladivostok"
    assert not page.save_button.isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_misspelt_time_zone_is_refused_and_nothing_is_written(qtbot, ctx, ws):
    page = ws.rules_page
    page.tolerance.setValue(20)
    page.time_zone.lineEdit().selectAll()
    type_text(page.time_zone.lineEdit(), "Moscow")
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.wait(50)
    assert page.message.is_error()
    assert "'Moscow' is not a time zone" in page.message.text()
    with ctx.read() as s:
        assert settings.get_setting(s, "shop.time_zone") == "Europe/Moscow"
        assert settings.get_setting(s, "intake.over_delivery_tolerance_percent") == 10


# --- language -------------------------------------------------------------------------

def test_language_apply_saves_and_emits(qtbot, ctx, ws):
    page = ws.language_page
    assert page.buttons["system"].isChecked()
    assert not page.apply_button.isEnabled()
    page.buttons["ru"].click()
    assert page.apply_button.isEnabled()
    with qtbot.waitSignal(ws.language_changed, timeout=2000) as signal:
        qtbot.mouseClick(page.apply_button, LEFT)
    assert signal.args == ["ru"]
    assert ctx.local.language == "ru"
    saved = json.loads(ctx.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["language"] == "ru"
    assert LocalSettings.load(ctx.paths).language == "ru"
    assert not page.apply_button.isEnabled()


def test_language_preselected_from_local_settings(qtbot, ctx):
    ctx.local.language = "en"
    widget = SettingsWorkspace(ctx)
    qtbot.addWidget(widget)
    assert widget.language_page.buttons["en"].isChecked()


# --- store connection -----------------------------------------------------------------

def test_current_store_is_described(ws, ctx):
    page = ws.connection_page
    assert page.current_location.text() == ctx.store.description
    assert "SQLite" in page.current_kind.text()
    assert "up to date" in page.current_schema.text()


def test_bad_postgresql_address_shows_an_error(qtbot, ws):
    page = ws.connection_page
    form = page.form
    form.kind.setCurrentIndex(1)
    form.host.clear()
    qtbot.keyClicks(form.host, "127.0.0.1")
    form.port.setValue(1)
    qtbot.mouseClick(form.test_button, LEFT)
    assert form.result.text().startswith("✗")
    assert "127.0.0.1:1" in form.result.text()
    assert not page.open_button.isEnabled()


def test_new_sqlite_file_tests_fine_and_can_be_opened(qtbot, ws, tmp_path: Path):
    page = ws.connection_page
    form = page.form
    target = tmp_path / "branch.sqlite3"
    form.file_edit.clear()
    qtbot.keyClicks(form.file_edit, str(target))
    assert not page.open_button.isEnabled()
    qtbot.mouseClick(form.test_button, LEFT)
    assert form.result.text().startswith("✓")
    assert "new store" in form.result.text()
    assert page.open_button.isEnabled()
    assert not target.exists()  # testing changes nothing
    with qtbot.waitSignal(ws.open_store_requested, timeout=2000) as signal:
        qtbot.mouseClick(page.open_button, LEFT)
    assert signal.args == [str(target)]

    qtbot.keyClicks(form.file_edit, "x")  # another address must be tested again
    assert not page.open_button.isEnabled()
    assert form.result.text() == ""


def test_the_open_store_is_not_offered_again(qtbot, ws, ctx):
    page = ws.connection_page
    assert page.form.file_edit.text() == ctx.store.url.database
    qtbot.mouseClick(page.form.test_button, LEFT)
    assert page.form.result.text().startswith("✓")
    assert "already open" in page.form.result.text()
    assert not page.open_button.isEnabled()


# --- rendering ------------------------------------------------------------------------

def test_every_section_renders(qtbot, ctx, ws, tmp_path: Path):
    add_user(ctx, "ivanov", {Role.CLERK}, "Иванов Пётр Сергеевич")
    ws.refresh(Changes(users=True))
    for key in ws.section_keys():
        assert ws.show_section(key)
        qtbot.wait(10)
        image = ws.grab()
        assert image.save(str(tmp_path / f"settings_{key}.png"))
        assert image.width() >= 1000

