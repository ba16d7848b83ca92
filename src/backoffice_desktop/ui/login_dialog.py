"""Logging in, and creating the administrator on a store's first start."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..db import Store
from ..errors import AuthenticationError, BackofficeError
from ..services import auth
from ..services.permissions import Actor
from .messages import error_text


class _Form(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("login_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(lambda: self.submit())  # defined by each dialog
        self.buttons.rejected.connect(self.reject)
        self.header = QLabel()
        self.header.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()



class LoginDialog(_Form):
    def __init__(self, store: Store, last_user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setWindowTitle(self.tr("Log in — Back Office"))
        self.header.setText(self.tr("Store: {0}").format(store.description))
        self.username = QLineEdit(last_user)
        self.username.setObjectName("login_user")
        self.password = QLineEdit()
        self.password.setObjectName("login_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("User name:"), self.username)
        self.form.addRow(self.tr("Password:"), self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        (self.password if last_user else self.username).setFocus()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._retry_allowed)

    def submit(self) -> None:
        if not self.username.text().strip():
            self.show_error(self.tr("Enter your user name."))
            return
        try:
            with self.store.session() as session:
                try:
                    self.actor = auth.authenticate(session, self.username.text(), self.password.text())
                except AuthenticationError as exc:
                    failure: AuthenticationError | None = exc
                else:
                    failure = None
            # The transaction above commits the failed-login count too.
        except BackofficeError as exc:
            self.show_error(error_text(exc))
            return
        if failure is not None:
            self.password.clear()
            self.show_error(error_text(failure))
            if failure.retry_after > 0:
                ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
                ok.setEnabled(False)
                self._retry.start(int(failure.retry_after * 1000) + 100)
            return
        self.accept()

    def _retry_allowed(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.error.hide()


class FirstAdminDialog(_Form):
    """A new store has no users: the person starting it becomes its administrator."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(store, parent)
        self.setWindowTitle(self.tr("Create the administrator — Back Office"))
        self.header.setText(
            self.tr("This store ({0}) is new. Create the administrator account: it manages users "
                    "and settings.").format(store.description)
        )
        self.username = QLineEdit("admin")
        self.username.setObjectName("admin_user")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("admin_full_name")
        self.password = QLineEdit()
        self.password.setObjectName("admin_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setObjectName("admin_repeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("User name:"), self.username)
        self.form.addRow(self.tr("Full name:"), self.full_name)
        self.form.addRow(self.tr("Password:"), self.password)
        self.form.addRow(self.tr("Repeat password:"), self.repeat)
        hint = QLabel(self.tr("At least {0} characters.").format(auth.MIN_PASSWORD_LENGTH))
        hint.setStyleSheet("color: #666;")
        self.form.addRow("", hint)
        self.with_demo = QCheckBox(self.tr("Then fill the store with a demo shop to try the application"))
        self.with_demo.setObjectName("admin_with_demo")
        self.form.addRow("", self.with_demo)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("The passwords differ."))
            return
        try:
            with self.store.session() as session:
                self.actor = auth.create_first_admin(
                    session, self.username.text(), self.password.text(), self.full_name.text()
                )
        except BackofficeError as exc:
            self.show_error(error_text(exc))
            return
        self.accept()
