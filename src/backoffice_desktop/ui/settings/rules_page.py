"""Stock, purchasing and report rules shared by every workstation (kept in the store)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sqlalchemy.orm import Session

from ...errors import BackofficeError
from ...services import catalog, settings
from ...services.permissions import Actor
from ...services.reports import summary
from ...services.reports.zones import ZONE_SETTING, zone_names
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from .common import FORM_MAX_WIDTH, NOTE_STYLE, MessageLabel, page_layout

ALLOW_NEGATIVE = "stock.allow_negative"
TOLERANCE = "intake.over_delivery_tolerance_percent"
REFUSE_OVER = "intake.refuse_over_delivery"
APPROVAL = "purchasing.approval_amount"
VAT_RATE = "purchasing.vat_rate"
VAT_RATES = (0, 10, 20, 22)


@dataclass(frozen=True)
class Rules:
    allow_negative: bool
    tolerance_percent: int
    refuse_over_delivery: bool
    approval_amount: Decimal
    vat_rate: int
    time_zone: str


def _as_decimal(value: object) -> Decimal:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except InvalidOperation:
        return Decimal(str(settings.SPECS[APPROVAL].default))


def money_text(value: Decimal) -> str:
    """Money for editing: no group separators (so it reads back unambiguously)."""
    return f"{value:.2f}".replace(".", QLocale().decimalPoint())


class RulesPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.saving = False
        self._loaded: Rules | None = None
        layout = page_layout(
            self,
            self.tr("Stock and purchasing rules"),
            self.tr("These rules apply to every workstation that uses this store."),
        )

        stock = QGroupBox(self.tr("Stock"))
        stock_layout = QVBoxLayout(stock)
        self.allow_negative = QCheckBox(self.tr("Allow stock to go negative"))
        self.allow_negative.setObjectName("rules_allow_negative")
        stock_layout.addWidget(self.allow_negative)
        stock_layout.addWidget(
            self._hint(
                self.tr(
                    "Lets clerks ship or write off goods the system doesn't show yet; "
                    "a stock count puts it right later. Leave off unless receipts are often posted late."
                )
            )
        )

        intake = QGroupBox(self.tr("Receiving goods"))
        intake_layout = QVBoxLayout(intake)
        self.tolerance = QSpinBox()
        self.tolerance.setObjectName("rules_tolerance")
        self.tolerance.setRange(0, 100)
        self.tolerance.setSuffix(" %")
        self.tolerance.setMinimumWidth(90)
        tolerance_label = QLabel(self.tr("Over-delivery tolerance:"))
        tolerance_label.setBuddy(self.tolerance)
        tolerance_row = QHBoxLayout()
        tolerance_row.addWidget(tolerance_label)
        tolerance_row.addWidget(self.tolerance)
        tolerance_row.addStretch(1)
        intake_layout.addLayout(tolerance_row)
        self.refuse_over = QCheckBox(self.tr("Refuse deliveries above the tolerance"))
        self.refuse_over.setObjectName("rules_refuse_over")
        intake_layout.addWidget(self.refuse_over)
        intake_layout.addWidget(
            self._hint(
                self.tr(
                    "A receipt may exceed the ordered quantity by this share. Beyond it the clerk is warned, "
                    "or, if refused, can't post the receipt."
                )
            )
        )

        purchasing = QGroupBox(self.tr("Purchasing"))
        purchasing_layout = QVBoxLayout(purchasing)
        self.approval = QLineEdit()
        self.approval.setObjectName("rules_approval")
        self.approval.setMaximumWidth(160)
        self.approval.setAlignment(Qt.AlignmentFlag.AlignRight)
        approval_label = QLabel(self.tr("Purchase orders above this amount need approval:"))
        approval_label.setBuddy(self.approval)
        amount_row = QHBoxLayout()
        amount_row.addWidget(approval_label)
        amount_row.addWidget(self.approval)
        amount_row.addWidget(QLabel("₽"))
        amount_row.addStretch(1)
        purchasing_layout.addLayout(amount_row)
        purchasing_layout.addWidget(
            self._hint(self.tr("Such orders wait for a manager's approval before they can be sent to the supplier."))
        )
        self.vat_rate = QComboBox()
        self.vat_rate.setObjectName("rules_vat_rate")
        for rate in VAT_RATES:
            self.vat_rate.addItem(f"{rate} %", rate)
        vat_label = QLabel(self.tr("VAT rate of products without their own rate:"))
        vat_label.setBuddy(self.vat_rate)
        vat_row = QHBoxLayout()
        vat_row.addWidget(vat_label)
        vat_row.addWidget(self.vat_rate)
        vat_row.addStretch(1)
        purchasing_layout.addLayout(vat_row)

        reports = QGroupBox(self.tr("Reports"))
        reports_layout = QVBoxLayout(reports)
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("rules_time_zone")
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(list(zone_names()))
        self.time_zone.setMinimumWidth(240)
        completer = QCompleter(list(zone_names()), self.time_zone)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.time_zone.setCompleter(completer)
        zone_label = QLabel(self.tr("Shop time zone:"))
        zone_label.setBuddy(self.time_zone)
        zone_row = QHBoxLayout()
        zone_row.addWidget(zone_label)
        zone_row.addWidget(self.time_zone)
        zone_row.addStretch(1)
        reports_layout.addLayout(zone_row)
        reports_layout.addWidget(
            self._hint(
                self.tr(
                    "Reports count an order on its calendar day in this zone. Changing it recounts the report "
                    "tables from all orders, which takes a while on a large store."
                )
            )
        )

        self.message = MessageLabel()
        self.message.setObjectName("rules_message")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("rules_save")
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.setObjectName("rules_revert")
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.reload)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)

        body = QWidget()
        body.setMaximumWidth(FORM_MAX_WIDTH)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for box in (stock, intake, purchasing, reports):
            body_layout.addWidget(box)
        body_layout.addWidget(self.message)
        body_layout.addLayout(buttons)
        layout.addWidget(body)
        layout.addStretch(1)

        self.allow_negative.toggled.connect(self._update_state)
        self.tolerance.valueChanged.connect(self._update_state)
        self.refuse_over.toggled.connect(self._update_state)
        self.approval.textChanged.connect(self._update_state)
        self.vat_rate.currentIndexChanged.connect(self._update_state)
        self.time_zone.currentTextChanged.connect(self._update_state)
        self.reload()

    @staticmethod
    def _hint(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet(NOTE_STYLE)
        return label

    # --- values ---------------------------------------------------------------
    def reload(self) -> None:
        try:
            with self.ctx.read() as session:
                loaded = Rules(
                    allow_negative=bool(settings.get_setting(session, ALLOW_NEGATIVE)),
                    tolerance_percent=int(settings.get_setting(session, TOLERANCE)),
                    refuse_over_delivery=bool(settings.get_setting(session, REFUSE_OVER)),
                    approval_amount=_as_decimal(settings.get_setting(session, APPROVAL)),
                    vat_rate=int(Decimal(str(settings.get_setting(session, VAT_RATE)))),
                    time_zone=str(settings.get_setting(session, ZONE_SETTING)),
                )
        except BackofficeError as exc:
            self.message.show_error(error_text(exc))
            return
        self._loaded = loaded
        self.allow_negative.setChecked(loaded.allow_negative)
        self.tolerance.setValue(loaded.tolerance_percent)
        self.refuse_over.setChecked(loaded.refuse_over_delivery)
        self.approval.setText(money_text(loaded.approval_amount))
        if self.vat_rate.findData(loaded.vat_rate) < 0:
            self.vat_rate.addItem(f"{loaded.vat_rate} %", loaded.vat_rate)
        self.vat_rate.setCurrentIndex(self.vat_rate.findData(loaded.vat_rate))
        self.time_zone.setCurrentText(loaded.time_zone)
        self.message.clear_message()
        self._update_state()

    def _entered(self) -> tuple[bool, int, bool, str]:
        return (
            self.allow_negative.isChecked(),
            self.tolerance.value(),
            self.refuse_over.isChecked(),
            self.approval.text(),
        )

    def is_dirty(self) -> bool:
        if self._loaded is None:
            return False
        loaded = self._loaded
        allow, tolerance, refuse, amount = self._entered()
        if (allow, tolerance, refuse) != (loaded.allow_negative, loaded.tolerance_percent, loaded.refuse_over_delivery):
            return True
        if self.vat_rate.currentData() != loaded.vat_rate or self.time_zone.currentText().strip() != loaded.time_zone:
            return True
        try:
            return catalog.parse_money(amount) != loaded.approval_amount
        except BackofficeError:
            return True

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self.saving)
        self.revert_button.setEnabled(dirty and not self.saving)

    # --- saving ---------------------------------------------------------------
    def save(self) -> None:
        if self.saving or not self.is_dirty():
            return
        allow, tolerance, refuse, amount_text = self._entered()
        vat_rate = self.vat_rate.currentData()
        zone = self.time_zone.currentText().strip()
        if zone not in zone_names():
            self.message.show_error(
                self.tr("'{0}' is not a time zone: pick one from the list, such as Europe/Moscow.").format(zone))
            self.time_zone.setFocus()
            return
        try:
            amount = catalog.parse_money(amount_text)
        except BackofficeError as exc:
            self.message.show_error(self.tr("Approval amount: {0}").format(error_text(exc)))
            self.approval.setFocus()
            return

        def write(session: Session, actor: Actor) -> None:
            settings.set_setting(session, actor, ALLOW_NEGATIVE, allow)
            settings.set_setting(session, actor, TOLERANCE, tolerance)
            settings.set_setting(session, actor, REFUSE_OVER, refuse)
            settings.set_setting(session, actor, APPROVAL, f"{amount:.2f}")
            settings.set_setting(session, actor, VAT_RATE, str(vat_rate))
            summary.set_time_zone(session, actor, zone)

        self.saving = True
        self._update_state()
        self.message.clear_message()
        self.ctx.write(write, Changes(settings=True), on_success=self._saved, on_failure=self._failed)

    def _saved(self, _result: None) -> None:
        self.saving = False
        self.reload()
        self.message.show_success(self.tr("Rules saved."))

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.message.show_error(error_text(exc))
        self._update_state()

    def refresh(self, changes: Changes) -> None:
        if changes.settings and not self.saving and not self.is_dirty():
            message, was_error = self.message.text(), self.message.is_error()
            self.reload()
            if message and not was_error:
                self.message.show_success(message)
