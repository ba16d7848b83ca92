"""The shop website connection (WooCommerce): address, keys, a connection test.

The consumer secret is never kept in the shared store: it goes to this computer's
password store (keyring), or comes from the BACKOFFICE_SYNC_SECRET environment variable.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services.permissions import Actor
from ...services.settings import set_setting
from ...sync import connections, price_guard
from ...sync.connections import ConnectionSettings
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from .common import NOTE_STYLE, MessageLabel, page_layout

FORM_MAX_WIDTH = 760


class ShopPage(QWidget):
    """Edits the shop connection (the first one; a store usually has one shop)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.connector_id: int | None = None
        layout = page_layout(self, self.tr("Shop website"), self.tr(
            "The WooCommerce site that gets our stock and prices and sends us its orders."))
        box = QGroupBox(self.tr("WooCommerce REST API"))
        form = QFormLayout(box)
        self.name = QLineEdit("shop")
        self.name.setObjectName("shop_name")
        self.url = QLineEdit()
        self.url.setObjectName("shop_url")
        self.url.setPlaceholderText("https://shop.example.ru")
        self.key = QLineEdit()
        self.key.setObjectName("shop_key")
        self.key.setPlaceholderText("ck_…")
        self.secret = QLineEdit()
        self.secret.setObjectName("shop_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("cs_…; leave empty to keep the saved one"))
        self.timeout = QSpinBox()
        self.timeout.setObjectName("shop_timeout")
        self.timeout.setRange(1, connections.MAX_TIMEOUT)
        self.timeout.setValue(30)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.guard = QSpinBox()
        self.guard.setObjectName("shop_guard")
        self.guard.setRange(1, 100)
        self.guard.setSuffix(" %")
        self.guard.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.guard.setToolTip(self.tr("A price that would drop by more than this, or to zero, is held back "
                                      "until a manager confirms it in the Sync workspace."))
        self.enabled = QCheckBox(self.tr("Sync with this site"))
        self.enabled.setObjectName("shop_enabled")
        self.enabled.setChecked(True)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Site address:"), self.url)
        form.addRow(self.tr("Consumer key:"), self.key)
        form.addRow(self.tr("Consumer secret:"), self.secret)
        form.addRow(self.tr("Timeout:"), self.timeout)
        form.addRow(self.tr("Hold price drops over:"), self.guard)
        form.addRow("", self.enabled)
        note = QLabel(self.tr(
            "Create the keys in WooCommerce → Settings → Advanced → REST API with Read/Write access. "
            "The secret is kept in this computer's password store, never in the shared database; where "
            "there is none, set the environment variable {0}. The address must start with https://.")
            .format(connections.SECRET_ENV))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.message = MessageLabel()
        self.message.setObjectName("shop_message")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("shop_save")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("shop_test")
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        body = QWidget()
        body.setMaximumWidth(FORM_MAX_WIDTH)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(box)
        body_layout.addWidget(note)
        body_layout.addWidget(self.message)
        body_layout.addLayout(buttons)
        layout.addWidget(body)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.reload()

    def reload(self) -> None:
        with self.ctx.read() as session:
            stored = connections.list_connections(session)
            self.guard.setValue(int(price_guard.guard_percent(session)))
        if not stored:
            return
        first = stored[0]
        self.connector_id = first.id
        self.name.setText(first.name)
        self.url.setText(first.base_url)
        self.key.setText(first.consumer_key)
        self.timeout.setValue(first.timeout)
        self.enabled.setChecked(first.enabled)

    def entered(self) -> ConnectionSettings:
        return ConnectionSettings(name=self.name.text().strip(), base_url=self.url.text().strip(),
                                  consumer_key=self.key.text().strip(), timeout=self.timeout.value(),
                                  enabled=self.enabled.isChecked(), id=self.connector_id)

    def save(self) -> None:
        settings, secret, guard = self.entered(), self.secret.text().strip() or None, self.guard.value()

        def write(session: Session, actor: Actor) -> ConnectionSettings:
            set_setting(session, actor, price_guard.SETTING, guard)
            return connections.save_connection(session, actor, settings, secret)

        self.message.clear_message()
        self.busy = True
        self.ctx.write(write, Changes(settings=True), self._saved, self._failed)

    def _saved(self, stored: ConnectionSettings) -> None:
        self.busy = False
        self.connector_id = stored.id
        self.secret.clear()
        self.message.show_success(self.tr("Shop connection saved."))

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self.test_button.setEnabled(True)
        self.message.show_error(error_text(exc))

    def test_connection(self) -> None:
        settings, secret = self.entered(), self.secret.text().strip() or None
        self.busy = True
        self.test_button.setEnabled(False)
        self.message.show_note(self.tr("Connecting to {0}…").format(settings.base_url))
        self.ctx.ops.run(lambda: connections.try_connection(settings, secret), self._tested, self._failed,
                         write=False)

    def _tested(self, answer: str) -> None:
        self.busy = False
        self.test_button.setEnabled(True)
        self.message.show_success(self.tr("Connected: {0}").format(answer))
