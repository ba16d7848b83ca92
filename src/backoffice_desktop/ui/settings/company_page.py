"""Company details: the header of every printed document (receipts, orders, reports)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from ...errors import BackofficeError
from ...services import settings
from ...services.settings import CompanyDetails
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from .common import MessageLabel, align_form_labels, form_column, page_layout



class CompanyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saving = False
        self._loaded = CompanyDetails()
        layout = page_layout(
            self,
            self.tr("Company"),
            self.tr("Printed receipts, purchase orders and reports show these details in their header."),
        )

        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        for field in fields(CompanyDetails):
            edit: QLineEdit | QPlainTextEdit
            if field.name == "bank_details":
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setFixedHeight(96)
                edit.setPlaceholderText(self.tr("Bank, BIC, settlement and correspondent accounts"))
                edit.textChanged.connect(self._update_state)
            else:
                edit = QLineEdit()
                edit.setMaxLength(300)
                edit.textChanged.connect(self._update_state)
            edit.setObjectName(f"company_{field.name}")
            self.edits[field.name] = edit
        tax_id, reason_code = self.edits["tax_id"], self.edits["tax_reason_code"]
        assert isinstance(tax_id, QLineEdit) and isinstance(reason_code, QLineEdit)
        tax_id.setValidator(QRegularExpressionValidator(QRegularExpression(r"\s*\d{0,12}\s*"), tax_id))
        tax_id.setMaximumWidth(180)
        tax_id.setPlaceholderText(self.tr("10 or 12 digits"))
        reason_code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\s*\d{0,9}\s*"), reason_code))
        reason_code.setMaximumWidth(180)
        reason_code.setPlaceholderText(self.tr("9 digits"))
        self.edits["legal_name"].setPlaceholderText(self.tr("e.g. Limited liability company “Horns and Hooves”"))
        self.edits["name"].setPlaceholderText(self.tr("as customers know it"))

        company = QGroupBox(self.tr("Organisation"))
        form = QFormLayout(company)
        form.addRow(self.tr("Name:"), self.edits["name"])
        form.addRow(self.tr("Legal name:"), self.edits["legal_name"])
        form.addRow(self.tr("Tax ID (INN):"), self.edits["tax_id"])
        form.addRow(self.tr("Tax reason code (KPP):"), self.edits["tax_reason_code"])
        form.addRow(self.tr("Address:"), self.edits["address"])
        form.addRow(self.tr("Phone:"), self.edits["phone"])
        form.addRow(self.tr("E-mail:"), self.edits["email"])
        form.addRow(self.tr("Bank details:"), self.edits["bank_details"])
        people = QGroupBox(self.tr("Signatures"))
        people_form = QFormLayout(people)
        people_form.addRow(self.tr("Director:"), self.edits["director"])
        people_form.addRow(self.tr("Chief accountant:"), self.edits["accountant"])
        align_form_labels(form, people_form)

        self.message = MessageLabel()
        self.message.setObjectName("company_message")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("company_save")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("company_revert")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        body = form_column((company, people, self.message), (self.save_button, self.revert_button))
        body.layout().addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)
        self.reload()

    # --- values ---------------------------------------------------------------
    def details(self) -> CompanyDetails:
        values = {}
        for name, edit in self.edits.items():
            values[name] = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
        return CompanyDetails(**values)

    def show_details(self, details: CompanyDetails) -> None:
        for name, edit in self.edits.items():
            value = getattr(details, name)
            if isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value)
            else:
                edit.setText(value)
                edit.setCursorPosition(0)

    def is_dirty(self) -> bool:
        return self.details() != self._loaded

    def reload(self) -> None:
        try:
            with self.ctx.read() as session:
                self._loaded = settings.get_company(session)
        except BackofficeError as exc:
            self.message.show_error(error_text(exc))
            return
        self.show_details(self._loaded)
        self.message.clear_message()
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self.saving)
        self.revert_button.setEnabled(dirty and not self.saving)

    # --- saving ---------------------------------------------------------------
    def save(self) -> None:
        if self.saving or not self.is_dirty():
            return
        details = self.details()
        self.saving = True
        self._update_state()
        self.message.clear_message()
        self.ctx.write(
            lambda s, a: settings.save_company(s, a, details),
            Changes(settings=True),
            on_success=self._saved,
            on_failure=self._failed,
        )

    def _saved(self, _result: None) -> None:
        self.saving = False
        self.reload()
        self.message.show_success(self.tr("Company details saved."))

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.message.show_error(error_text(exc))
        self._update_state()

    def refresh(self, changes: Changes) -> None:
        # Someone saved elsewhere: show it, unless that would throw away edits here.
        if changes.settings and not self.saving and not self.is_dirty():
            message, was_error = self.message.text(), self.message.is_error()
            self.reload()
            if message and not was_error:
                self.message.show_success(message)
