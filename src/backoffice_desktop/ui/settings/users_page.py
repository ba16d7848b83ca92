"""Users and roles: who may log in, and what each person may do."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...errors import BackofficeError
from ...models import Role
from ...services import users
from ...services.auth import MIN_PASSWORD_LENGTH
from ...services.users import UserInfo
from ..context import AppContext
from ..formatting import format_datetime
from ..messages import error_text, show_error
from ..operations import Changes
from .common import NOTE_STYLE, ROLE_ORDER, MessageLabel, page_layout, role_title, roles_text

ModelIndex = QModelIndex | QPersistentModelIndex
DISABLED_COLOR = QColor("#8a8a8a")


class UserTableModel(QAbstractTableModel):
    """The store's users (a short list: a shop has tens of them, not thousands)."""

    USERNAME, FULL_NAME, ROLES, STATUS, LAST_LOGIN = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UserInfo] = []

    def set_users(self, rows: list[UserInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def user_at(self, row: int) -> UserInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: int) -> int:
        return next((i for i, u in enumerate(self._rows) if u.id == user_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else 5

    def headerData(  # noqa: N802 (Qt API)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("User name"),
            self.tr("Full name"),
            self.tr("Roles"),
            self.tr("Status"),
            self.tr("Last login"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.USERNAME:
                return user.username
            if column == self.FULL_NAME:
                return user.full_name
            if column == self.ROLES:
                return roles_text(user.roles)
            if column == self.STATUS:
                return self.tr("Active") if user.is_active else self.tr("Disabled")
            if column == self.LAST_LOGIN:
                return format_datetime(user.last_login_at) if user.last_login_at else self.tr("never")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ROLES:
            return roles_text(user.roles)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not user.is_active or (column == self.LAST_LOGIN and user.last_login_at is None):
                return QBrush(DISABLED_COLOR)
        if role == Qt.ItemDataRole.FontRole and not user.is_active and column == self.STATUS:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class _SaveDialog(QDialog):
    """A dialog whose OK runs one write in the background and stays open if it fails.

    The user's input is kept and the reason is shown in red under the fields; the
    dialog closes (accepts) only once the store has taken the change.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.result_info: Any = None
        self.error_label = MessageLabel()
        self.error_label.setObjectName("dialog_error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def submit(self) -> None:
        if self.busy:
            return
        self.error_label.clear_message()
        problem = self.check()
        if problem:
            self.error_label.show_error(problem)
            return
        self._set_busy(True)
        self.ctx.write(self.operation(), Changes(users=True), on_success=self._saved, on_failure=self._failed)

    def check(self) -> str:
        """A problem the dialog sees by itself (e.g. passwords differ), or ''."""
        return ""

    operation: Callable[[], Any]  # each dialog defines the service call its OK button runs

    def _saved(self, result: Any) -> None:
        self._set_busy(False)
        self.result_info = result
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.error_label.show_error(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)

    def reject(self) -> None:
        if not self.busy:  # the write is under way: its answer must find the dialog
            super().reject()


def _password_fields() -> tuple[QLineEdit, QLineEdit]:
    first, second = QLineEdit(), QLineEdit()
    for edit in (first, second):
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    first.setPlaceholderText(
        QCoreApplication.translate("UserDialog", "at least {0} characters").format(MIN_PASSWORD_LENGTH)
    )
    return first, second


class UserDialog(_SaveDialog):
    """New user (``user`` is None) or Edit user: name, full name, password, roles."""

    def __init__(self, ctx: AppContext, user: UserInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.user = user
        self.setWindowTitle(self.tr("New user") if user is None else self.tr("Edit user {0}").format(user.username))
        self.username = QLineEdit()
        self.username.setObjectName("user_username")
        self.username.setMaxLength(64)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("user_full_name")
        self.full_name.setMaxLength(200)
        self.password, self.password_again = _password_fields()
        self.password.setObjectName("user_password")
        self.password_again.setObjectName("user_password_again")

        form = QFormLayout()
        if user is None:
            form.addRow(self.tr("User name:"), self.username)
        else:
            name = QLabel(user.username)
            name.setStyleSheet("font-weight: 600;")
            form.addRow(self.tr("User name:"), name)
            self.username.setText(user.username)
            self.full_name.setText(user.full_name)
        form.addRow(self.tr("Full name:"), self.full_name)
        if user is None:
            form.addRow(self.tr("Password:"), self.password)
            form.addRow(self.tr("Repeat password:"), self.password_again)

        self.role_boxes: dict[Role, QCheckBox] = {}
        roles_box = QGroupBox(self.tr("Roles"))
        roles_layout = QVBoxLayout(roles_box)
        hints = {
            Role.CLERK: self.tr("receives goods, counts and writes off stock"),
            Role.PURCHASER: self.tr("keeps suppliers, sends purchase orders"),
            Role.CONTENT_MANAGER: self.tr("edits product cards and photos"),
            Role.MANAGER: self.tr("reports, prices, approves orders, runs the sync"),
            Role.ADMIN: self.tr("users, settings and everything else"),
        }
        for role in ROLE_ORDER:
            box = QCheckBox(role_title(role))
            box.setObjectName(f"role_{role.value}")
            box.setChecked(user is not None and role in user.roles)
            hint = QLabel(hints[role])
            hint.setStyleSheet(NOTE_STYLE)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(hint, 1)
            roles_layout.addLayout(row)
            self.role_boxes[role] = box

        self.ok_button.setText(self.tr("Create user") if user is None else self.tr("Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(roles_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def chosen_roles(self) -> frozenset[Role]:
        return frozenset(role for role, box in self.role_boxes.items() if box.isChecked())

    def check(self) -> str:
        if self.user is None and self.password.text() != self.password_again.text():
            return self.tr("The two passwords differ; type the same password twice.")
        return ""

    def operation(self) -> Any:
        full_name, roles = self.full_name.text(), set(self.chosen_roles())
        if self.user is None:
            username, password = self.username.text(), self.password.text()
            return lambda s, a: users.create_user(s, a, username, password, roles, full_name)
        user_id = self.user.id
        return lambda s, a: users.update_user(s, a, user_id, full_name=full_name, roles=roles)


class PasswordDialog(_SaveDialog):
    """Set a new password for a user (who forgot theirs, or a new colleague)."""

    def __init__(self, ctx: AppContext, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.user = user
        self.setWindowTitle(self.tr("Reset password"))
        self.password, self.password_again = _password_fields()
        self.password.setObjectName("reset_password")
        self.password_again.setObjectName("reset_password_again")
        intro = QLabel(
            self.tr("New password for {0}. Tell it to them in person; a locked account is unlocked too.").format(
                f"<b>{user.full_name or user.username}</b> ({user.username})"
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.password_again)
        self.ok_button.setText(self.tr("Set password"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def check(self) -> str:
        if self.password.text() != self.password_again.text():
            return self.tr("The two passwords differ; type the same password twice.")
        return ""

    def operation(self) -> Any:
        user_id, password = self.user.id, self.password.text()
        return lambda s, a: users.reset_password(s, a, user_id, password)


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog: _SaveDialog | None = None
        self.model = UserTableModel(self)
        layout = page_layout(
            self,
            self.tr("Users and roles"),
            self.tr("Who may log in, and what each person may do. Disabled users keep their history but can't log in."),
        )

        self.new_button = QPushButton(self.tr("New user…"))
        self.new_button.setObjectName("users_new")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("users_edit")
        self.toggle_button = QPushButton(self.tr("Disable"))
        self.toggle_button.setObjectName("users_toggle")
        self.password_button = QPushButton(self.tr("Reset password…"))
        self.password_button.setObjectName("users_password")
        self.count_label = QLabel()
        self.count_label.setStyleSheet(NOTE_STYLE)
        bar = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.toggle_button, self.password_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setObjectName("users_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(UserTableModel.ROLES, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for column, width in (
            (UserTableModel.USERNAME, 130),
            (UserTableModel.FULL_NAME, 240),
            (UserTableModel.STATUS, 100),
            (UserTableModel.LAST_LOGIN, 140),
        ):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self.status = MessageLabel()
        self.status.setObjectName("users_status")
        layout.addWidget(self.status)

        self.new_button.clicked.connect(self.new_user)
        self.edit_button.clicked.connect(self.edit_user)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.reset_password)
        self.table.doubleClicked.connect(lambda _index: self.edit_user())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    # --- reading --------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected_user()
        try:
            with self.ctx.read() as session:
                rows = users.list_users(session, self.ctx.actor)
        except BackofficeError as exc:
            rows = []
            self.status.show_error(error_text(exc))
        self.model.set_users(rows)
        active = sum(1 for u in rows if u.is_active)
        self.count_label.setText(self.tr("%n user(s)", "", len(rows)) + ", " + self.tr("%n active", "", active))
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_user(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.user_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        user = self.selected_user()
        self.edit_button.setEnabled(user is not None)
        self.password_button.setEnabled(user is not None)
        self.toggle_button.setEnabled(user is not None)
        self.toggle_button.setText(self.tr("Enable") if user is not None and not user.is_active else self.tr("Disable"))
        self.toggle_button.setToolTip("")
        if user is not None and user.id == self.ctx.actor.user_id:
            self.toggle_button.setEnabled(False)
            self.toggle_button.setToolTip(self.tr("You can't disable your own account."))

    # --- actions --------------------------------------------------------------
    def _open(self, dialog: _SaveDialog, done: Any) -> _SaveDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: done(dialog.result_info))
        dialog.open()
        return dialog

    def new_user(self) -> _SaveDialog:
        def done(info: UserInfo) -> None:
            self.reload()
            self.select_user(info.id)
            self.status.show_success(self.tr("User {0} created.").format(info.username))

        return self._open(UserDialog(self.ctx, None, self), done)

    def edit_user(self) -> _SaveDialog | None:
        user = self.selected_user()
        if user is None:
            return None

        def done(info: UserInfo) -> None:
            self.reload()
            self.status.show_success(self.tr("User {0} saved.").format(info.username))

        return self._open(UserDialog(self.ctx, user, self), done)

    def reset_password(self) -> _SaveDialog | None:
        user = self.selected_user()
        if user is None:
            return None

        def done(_result: None) -> None:
            self.status.show_success(self.tr("New password set for {0}.").format(user.username))

        return self._open(PasswordDialog(self.ctx, user, self), done)

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        enable = not user.is_active
        self.toggle_button.setEnabled(False)

        def done(info: UserInfo) -> None:
            self.reload()
            if info.is_active:
                self.status.show_success(self.tr("User {0} enabled; they can log in again.").format(info.username))
            else:
                self.status.show_success(self.tr("User {0} disabled; they can no longer log in.").format(info.username))

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            show_error(self, exc)

        self.ctx.write(
            lambda s, a: users.update_user(s, a, user.id, is_active=enable),
            Changes(users=True),
            on_success=done,
            on_failure=failed,
        )

    def refresh(self, changes: Changes) -> None:
        if changes.users:
            self.reload()
