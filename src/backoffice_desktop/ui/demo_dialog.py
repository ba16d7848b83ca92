"""Filling an empty store with the demo shop from the GUI, so a new user can try every
workspace (and the imports, with the sample price lists written beside the store)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..errors import ValidationError
from ..services.demo import DemoOptions, generate_demo, refuse_if_filled
from ..services.demo_files import demo_files_folder, write_demo_files
from .context import AppContext
from .messages import error_text
from .operations import Changes

EVERYTHING = Changes(products=True, stock=True, users=True, settings=True, documents=True, purchasing=True)
DEMO_USERS = (("sklad", "sklad-demo-1"), ("zakupki", "zakupki-demo-1"), ("kontent", "kontent-demo-1"),
              ("manager", "manager-demo-1"))


class _Progress(QObject):
    """Carries the worker's progress (percent) to the GUI thread."""

    changed = Signal(int)


class DemoShopDialog(QDialog):
    """Asks how big a demo shop to make, makes it in the background, then says who can log in."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.files: list[Path] = []
        self.setWindowTitle(self.tr("Demo shop — Back Office"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr(
            "Fill this empty store with a Russian-language demo shop: categories, brands, products with "
            "barcodes and photos, suppliers with their offers, stock in a warehouse, purchase orders in "
            "every state and a year of website orders. Sample supplier price lists and a website order "
            "export are written to a folder so you can try the imports."))
        intro.setWordWrap(True)
        self.products = QSpinBox()
        self.products.setObjectName("demo_products")
        self.products.setRange(10, 100_000)
        self.products.setSingleStep(500)
        self.products.setValue(2000)
        self.orders = QSpinBox()
        self.orders.setObjectName("demo_orders")
        self.orders.setRange(0, 1_000_000)
        self.orders.setSingleStep(1000)
        self.orders.setValue(5000)
        form = QFormLayout()
        form.addRow(self.tr("Products:"), self.products)
        form.addRow(self.tr("Website orders over 12 months:"), self.orders)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("demo_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(self.tr("Fill the store"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setObjectName("demo_start")
        self.folder_button = QPushButton(self.tr("Open the sample files folder"))
        self.folder_button.hide()
        self.folder_button.clicked.connect(self.open_folder)
        self.buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        try:
            refuse_if_filled(ctx.store)
        except ValidationError as exc:
            self.start_button.setEnabled(False)
            self._say(error_text(exc))

    def _say(self, text: str) -> None:
        """Show ``text`` under the progress; the dialog's height follows the wrapped text."""
        self.status.setText(text)
        self.adjustSize()

    @property
    def folder(self) -> Path:
        return demo_files_folder(self.ctx.paths.data_dir)

    def start(self) -> None:
        options = DemoOptions(products=self.products.value(), orders=self.orders.value())
        store, folder, progress = self.ctx.store, self.folder, self._progress

        def job() -> list[Path]:
            generate_demo(store, options, lambda done, total, _message: progress.changed.emit(
                done * 100 // max(total, 1)))
            return write_demo_files(store, folder)

        for widget in (self.products, self.orders, self.start_button, self.close_button):
            widget.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self._say(self.tr("Making the demo shop…"))
        self.ctx.ops.run(job, self._done, self._failed, changes=EVERYTHING)

    def _show_progress(self, percent: int) -> None:
        self.progress.setValue(percent)

    def _done(self, files: list[Path]) -> None:
        self.files = files
        self.progress.setValue(100)
        logins = ", ".join(f"{user} / {password}" for user, password in DEMO_USERS)
        self._say(self.tr(
            "The demo shop is ready. Log in as one of the demo users to see their workspace: {0}. "
            "Sample files to import: {1}").format(logins, self.folder))
        self.close_button.setEnabled(True)
        self.folder_button.setVisible(bool(files))

    def _failed(self, exc: BaseException) -> None:
        self.progress.hide()
        self._say(error_text(exc))
        for widget in (self.products, self.orders, self.start_button, self.close_button):
            widget.setEnabled(True)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
