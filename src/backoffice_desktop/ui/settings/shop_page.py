"""The shop website connection: a WooCommerce site, a CommerceML (1C) exchange, a
django-oscar shop (oscar-api) or feed files in a folder; its address, keys or folder, and a connection test.

The consumer secret (the exchange password) is never kept in the shared store: it goes
to this computer's password store (keyring), or comes from the BACKOFFICE_SYNC_SECRET
environment variable. Feeds need none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services import completeness
from ...services.permissions import Actor
from ...services.settings import set_setting
from ...sync import connections, price_guard
from ...sync.connections import COMMERCEML, FEED, OSCAR, WITH_USER, WOOCOMMERCE, ConnectionSettings
from ...sync.feeds.folder import FORMATS
from ..catalog.completeness_text import channel_title
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from .common import NOTE_STYLE, MessageLabel, form_column, page_layout



class ShopPage(QWidget):
    """Edits the shop connection (the first one; a store usually has one shop)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.connector_id: int | None = None
        layout = page_layout(self, self.tr("Shop website"), self.tr(
            "The site that gets our stock and prices and sends us its orders, or the feed files a platform reads."))
        box = QGroupBox(self.tr("Connection"))
        self.box = box
        form = QFormLayout(box)
        self.form = form
        self.kind = QComboBox()
        self.kind.setObjectName("shop_kind")
        self.kind.addItem(self.tr("WooCommerce (REST API)"), WOOCOMMERCE)
        self.kind.addItem(self.tr("CommerceML exchange (1C-Bitrix, InSales, UMI…)"), COMMERCEML)
        self.kind.addItem(self.tr("django-oscar (django-oscar-api admin API)"), OSCAR)
        self.kind.addItem(self.tr("Feed files (YML, CSV, XLSX)"), FEED)
        self.name = QLineEdit("shop")
        self.name.setObjectName("shop_name")
        self.url = QLineEdit()
        self.url.setObjectName("shop_url")
        self.key = QLineEdit()
        self.key.setObjectName("shop_key")
        self.key.setPlaceholderText("ck_…")
        self.user = QLineEdit()
        self.user.setObjectName("shop_user")
        self.secret = QLineEdit()
        self.secret.setObjectName("shop_secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.send_catalog = QCheckBox(self.tr("Send the product list (import.xml) with the offers"))
        self.send_catalog.setObjectName("shop_send_catalog")
        self.send_catalog.setChecked(True)
        self.send_catalog.setToolTip(self.tr("For sites that take their products from the exchange, such as "
                                             "1C-Bitrix; switch off when the site has them already."))
        self.whole_quantities = QCheckBox(self.tr("Whole quantities only (stock rounded down to whole units)"))
        self.whole_quantities.setObjectName("shop_whole_quantities")
        self.whole_quantities.setToolTip(self.tr("For sites that read only whole numbers, such as django-cml2: "
                                                 "2.5 m in stock goes to the site as 2."))
        self.folder = QLineEdit()
        self.folder.setObjectName("shop_folder")
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("shop_browse")
        self.folder_box = QWidget()
        folder_row = QHBoxLayout(self.folder_box)
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        self.formats = {fmt: QCheckBox(label) for fmt, label in
                        zip(FORMATS, (self.tr("YML (Yandex Market)"), "CSV", "XLSX"))}
        self.formats_box = QWidget()
        formats_row = QHBoxLayout(self.formats_box)
        formats_row.setContentsMargins(0, 0, 0, 0)
        for fmt, check in self.formats.items():
            check.setObjectName(f"shop_format_{fmt}")
            check.setChecked(True)
            formats_row.addWidget(check)
        formats_row.addStretch(1)
        self.product_url = QLineEdit()
        self.product_url.setObjectName("shop_product_url")
        self.product_url.setPlaceholderText("https://shop.example.ru/product/{slug}")
        self.product_url.setToolTip(self.tr("Each product's page on the site: {slug}, {sku} or {id} "
                                            "stand for the product's own values."))
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
        self.channel = QComboBox()
        self.channel.setObjectName("shop_channel")
        self.channel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.channel.setToolTip(self.tr("A product below this channel's publish threshold (Settings → Card "
                                        "completeness) goes to the site as not published."))
        self.enabled = QCheckBox(self.tr("Sync with this site"))
        self.enabled.setObjectName("shop_enabled")
        self.enabled.setChecked(True)
        form.addRow(self.tr("Platform:"), self.kind)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Site address:"), self.url)
        form.addRow(self.tr("Consumer key:"), self.key)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Consumer secret:"), self.secret)
        form.addRow("", self.send_catalog)
        form.addRow("", self.whole_quantities)
        form.addRow(self.tr("Feed folder:"), self.folder_box)
        form.addRow(self.tr("Files:"), self.formats_box)
        form.addRow(self.tr("Product pages:"), self.product_url)
        form.addRow(self.tr("Sales channel:"), self.channel)
        form.addRow(self.tr("Timeout:"), self.timeout)
        form.addRow(self.tr("Hold price drops over:"), self.guard)
        form.addRow("", self.enabled)
        self.note = QLabel()
        self.note.setObjectName("shop_note")
        note = self.note
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.message = MessageLabel()
        self.message.setObjectName("shop_message")
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("shop_save")
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("shop_test")
        layout.addWidget(form_column((box, note, self.message), (self.save_button, self.test_button)))
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.browse_button.clicked.connect(self._browse)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.reload()

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        """Show the fields of the chosen platform, named as that platform names them."""
        kind = self.current_kind()
        rows = {self.key: kind == WOOCOMMERCE, self.user: kind in WITH_USER, self.secret: kind != FEED,
                self.send_catalog: kind == COMMERCEML, self.whole_quantities: kind == COMMERCEML,
                self.folder_box: kind == FEED,
                self.formats_box: kind == FEED, self.product_url: kind == FEED, self.timeout: kind != FEED}
        for field, visible in rows.items():
            self.form.setRowVisible(field, visible)
        address = self.form.labelForField(self.url)
        secret = self.form.labelForField(self.secret)
        if kind == WOOCOMMERCE:
            address.setText(self.tr("Site address:"))
            secret.setText(self.tr("Consumer secret:"))
            self.url.setPlaceholderText("https://shop.example.ru")
            self.secret.setPlaceholderText(self.tr("cs_…; leave empty to keep the saved one"))
            self.note.setText(self.tr(
                "Create the keys in WooCommerce → Settings → Advanced → REST API with Read/Write access. "
                "The secret is kept in this computer's password store, never in the shared database; where "
                "there is none, set the environment variable {0}. The address must start with https://.")
                .format(connections.SECRET_ENV))
        elif kind == COMMERCEML:
            address.setText(self.tr("Exchange address:"))
            secret.setText(self.tr("Password:"))
            self.url.setPlaceholderText("https://shop.example.ru/bitrix/admin/1c_exchange.php")
            self.secret.setPlaceholderText(self.tr("leave empty to keep the saved one"))
            self.note.setText(self.tr(
                "The address and user of the site's 1C exchange (in 1C-Bitrix: Store → Settings → 1C "
                "integration; the user must be allowed to exchange). Stock and prices go as offers.xml; "
                "orders come from the site and are confirmed to it once saved here. The password is kept in "
                "this computer's password store; where there is none, set the environment variable {0}.")
                .format(connections.SECRET_ENV))
        elif kind == OSCAR:
            address.setText(self.tr("Site address:"))
            secret.setText(self.tr("Password:"))
            self.url.setPlaceholderText("https://shop.example.ru")
            self.secret.setPlaceholderText(self.tr("leave empty to keep the saved one"))
            self.note.setText(self.tr(
                "The site with django-oscar-api (its /api/ is assumed; give the full address when it lives "
                "elsewhere). The site must set OSCARAPI_BLOCK_ADMIN_API_ACCESS = False, and the user must be staff, "
                "allowed to view partners, products and orders and to change stock records. Each stock record "
                "whose partner SKU (or product UPC) is one of our SKUs gets our stock and price. The password is "
                "kept in this computer's password store; where there is none, set the environment variable {0}.")
                .format(connections.SECRET_ENV))
        else:
            address.setText(self.tr("Shop address:"))
            self.url.setPlaceholderText("https://shop.example.ru")
            self.note.setText(self.tr(
                "Every sync writes the chosen files for the whole catalogue to the folder, replacing the old "
                "ones only when complete; point the platform (Yandex Market, a price aggregator, a web server) "
                "at them. No orders come back through a feed."))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Feed folder"), self.folder.text())
        if chosen:
            self.folder.setText(str(Path(chosen)))

    def reload(self) -> None:
        with self.ctx.read() as session:
            stored = connections.list_connections(session)
            self.guard.setValue(int(price_guard.guard_percent(session)))
            channels = completeness.channels(session)
        self.channel.clear()
        for channel in channels:
            self.channel.addItem(channel_title(channel), channel)
        if not stored:
            return
        first = stored[0]
        self.connector_id = first.id
        self.kind.setCurrentIndex(max(self.kind.findData(first.kind), 0))
        self.name.setText(first.name)
        self.url.setText(first.base_url)
        self.key.setText(first.consumer_key)
        self.user.setText(first.username)
        self.send_catalog.setChecked(first.send_catalog)
        self.whole_quantities.setChecked(first.whole_quantities)
        self.folder.setText(first.folder)
        for fmt, check in self.formats.items():
            check.setChecked(fmt in first.formats)
        self.product_url.setText(first.product_url)
        self.timeout.setValue(first.timeout)
        if self.channel.findData(first.channel) < 0:
            self.channel.addItem(first.channel, first.channel)  # its rules are gone: shown so it can be changed
        self.channel.setCurrentIndex(self.channel.findData(first.channel))
        self.enabled.setChecked(first.enabled)

    def entered(self) -> ConnectionSettings:
        """The connection as the form shows it; only the chosen platform's fields count."""
        kind = self.current_kind()
        return ConnectionSettings(
            name=self.name.text().strip(), kind=kind, base_url=self.url.text().strip(),
            consumer_key=self.key.text().strip() if kind == WOOCOMMERCE else "",
            username=self.user.text().strip() if kind in WITH_USER else "",
            send_catalog=self.send_catalog.isChecked(),
            whole_quantities=self.whole_quantities.isChecked() and kind == COMMERCEML,
            folder=self.folder.text().strip() if kind == FEED else "",
            formats=tuple(fmt for fmt, check in self.formats.items() if check.isChecked()),
            product_url=self.product_url.text().strip() if kind == FEED else "",
            timeout=self.timeout.value(), enabled=self.enabled.isChecked(), id=self.connector_id,
            channel=self.channel.currentData() or completeness.WEBSITE)

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
        target = settings.folder if settings.kind == FEED else settings.base_url
        self.message.show_note(self.tr("Connecting to {0}…").format(target))
        self.ctx.ops.run(lambda: connections.try_connection(settings, secret), self._tested, self._failed,
                         write=False)

    def _tested(self, answer: str) -> None:
        self.busy = False
        self.test_button.setEnabled(True)
        self.message.show_success(self.tr("Connected: {0}").format(answer))
