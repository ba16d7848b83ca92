"""Sending an order to the supplier by e-mail: the PDF (and the XLSX) attached."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services import mail, purchase_printing
from ...services.purchase_queries import OrderView
from ..context import AppContext
from ..messages import error_text

ERROR_STYLE = "color: #b00020;"


def default_body(view: OrderView, company: str) -> str:
    """The letter, in Russian: it goes to a Russian supplier whatever the interface language."""
    date = f" Ожидаемая дата поставки: {view.expected_date:%d.%m.%Y}." if view.expected_date else ""
    return (f"Добрый день!\n\nНаправляем заказ {view.number}.{date}\n"
            "Просим подтвердить получение заказа и сроки поставки.\n\n"
            f"С уважением,\n{view.author}\n{company}")


class OrderMailDialog(QDialog):
    def __init__(self, ctx: AppContext, view: OrderView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view = view
        self.setWindowTitle(self.tr("Send order {0} by e-mail").format(view.number))
        with ctx.read() as session:
            self.settings = mail.get_smtp_settings(session)
            company = purchase_printing.company_header(session).name
        self.to = QLineEdit(view.supplier_email)
        self.to.setObjectName("mail_to")
        self.subject = QLineEdit(f"Заказ {view.number} — {company}".strip(" —"))
        self.subject.setObjectName("mail_subject")
        self.body = QPlainTextEdit(default_body(view, company))
        self.body.setObjectName("mail_body")
        self.with_xlsx = QCheckBox(self.tr("Attach the order as Excel too"))
        self.with_xlsx.setChecked(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("To:"), self.to)
        form.addRow(self.tr("Subject:"), self.subject)
        form.addRow(self.tr("Message:"), self.body)
        form.addRow("", self.with_xlsx)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if self.settings is None:
            self._error(self.tr("No mail server is set up yet: an administrator sets it in Settings → Mail."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.resize(620, 420)

    def _error(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def send(self) -> None:
        assert self.settings is not None
        settings, order_id, number = self.settings, self.view.id, self.view.number
        to = [part.strip() for part in self.to.text().replace(";", ",").split(",") if part.strip()]
        subject, body, with_xlsx = self.subject.text(), self.body.toPlainText(), self.with_xlsx.isChecked()
        read = self.ctx.read

        def job() -> None:
            password = mail.smtp_password(settings)
            folder = Path(tempfile.mkdtemp(prefix="backoffice-mail-"))
            stem = purchase_printing.file_stem(number)
            with read() as session:
                files = [purchase_printing.write_order_pdf(session, order_id, folder / f"{stem}.pdf")]
                if with_xlsx:
                    files.append(purchase_printing.write_order_xlsx(session, order_id, folder / f"{stem}.xlsx"))
            mail.send_mail(settings, password, to, subject, body, files)

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self._error(error_text(exc))

        self.buttons.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sending to {0}…").format(", ".join(to)))
        self.ctx.ops.run(job, lambda _r: self.accept(), failed, write=False)
