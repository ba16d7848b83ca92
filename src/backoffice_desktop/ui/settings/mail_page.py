"""The mail server (SMTP) through which purchase orders go to suppliers.

The password is never kept in the shared store: it goes to this computer's password
store (keyring), or comes from the BACKOFFICE_SMTP_PASSWORD environment variable.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from ...errors import BackofficeError
from ...services import mail
from ...services.mail import SmtpSettings
from ...services.permissions import Actor
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from .common import NOTE_STYLE, MessageLabel, form_column, page_layout

SECURITY = (("starttls", "STARTTLS", 587), ("ssl", "SSL/TLS", 465), ("none", "—", 25))


class MailPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        layout = page_layout(self, self.tr("Mail"), self.tr(
            "The mail server through which purchase orders are sent to suppliers."))
        box = QGroupBox(self.tr("Mail server (SMTP)"))
        form = QFormLayout(box)
        self.host = QLineEdit()
        self.host.setObjectName("mail_host")
        self.host.setPlaceholderText("smtp.yandex.ru")
        self.security = QComboBox()
        self.security.setObjectName("mail_security")
        for key, title, _port in SECURITY:
            self.security.addItem(title if key != "none" else self.tr("none (only a relay on this computer)"), key)
        self.port = QSpinBox()
        self.port.setObjectName("mail_port")
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        self.username = QLineEdit()
        self.username.setObjectName("mail_username")
        self.sender = QLineEdit()
        self.sender.setObjectName("mail_sender")
        self.sender.setPlaceholderText(self.tr("zakupki@shop.ru (empty: the user name)"))
        self.password = QLineEdit()
        self.password.setObjectName("mail_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("leave empty to keep the saved one"))
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(QLabel(self.tr("port")))
        server_row.addWidget(self.port)
        form.addRow(self.tr("Server:"), server_row)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Sender address:"), self.sender)
        note = QLabel(self.tr("The password is kept in this computer's password store, never in the shared "
                              "database; where there is none, set the environment variable {0}.")
                      .format(mail.PASSWORD_ENV))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.message = MessageLabel()
        self.message.setObjectName("mail_message")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("mail_save")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("mail_test")
        layout.addWidget(form_column((box, note, self.message), (self.save_button, self.test_button)))
        layout.addStretch(1)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.reload()

    def _security_changed(self, index: int) -> None:
        default_ports = {port for _key, _title, port in SECURITY}
        if self.port.value() in default_ports:
            self.port.setValue(SECURITY[index][2])

    def reload(self) -> None:
        with self.ctx.read() as session:
            stored = mail.get_smtp_settings(session)
        if stored is None:
            return
        self.host.setText(stored.host)
        self.security.blockSignals(True)
        self.security.setCurrentIndex(max(self.security.findData(stored.security), 0))
        self.security.blockSignals(False)
        self.port.setValue(stored.port)
        self.username.setText(stored.username)
        self.sender.setText(stored.sender)

    def entered(self) -> SmtpSettings:
        return SmtpSettings(host=self.host.text().strip(), port=self.port.value(),
                            security=self.security.currentData(), username=self.username.text().strip(),
                            sender=self.sender.text().strip())

    def _password(self, settings: SmtpSettings) -> str | None:
        return self.password.text() or mail.smtp_password(settings)

    def save(self) -> None:
        settings, password = self.entered(), self.password.text() or None

        def write(session: Session, actor: Actor) -> SmtpSettings:
            return mail.save_smtp_settings(session, actor, settings, password)

        self.message.clear_message()
        self.ctx.write(write, Changes(settings=True), self._saved, self._failed)

    def _saved(self, _stored: SmtpSettings) -> None:
        self.password.clear()
        self.message.show_success(self.tr("Mail settings saved."))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.test_button.setEnabled(True)
        self.message.show_error(error_text(exc))

    def test_connection(self) -> None:
        settings = self.entered()
        try:
            password = self._password(settings)
        except BackofficeError as exc:
            self._failed(exc)
            return
        self.busy = True
        self.test_button.setEnabled(False)
        self.message.show_note(self.tr("Connecting to {0}…").format(settings.server))
        self.ctx.ops.run(lambda: mail.test_connection(settings, password), self._tested, self._failed, write=False)

    def _tested(self, _result: None) -> None:
        self.busy = False
        self.test_button.setEnabled(True)
        self.message.show_success(self.tr("The mail server accepted the connection."))
