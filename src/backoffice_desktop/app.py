"""Start-up of the GUI: settings, translators, opening the store, login, the main window.

:class:`AppController` owns what outlives a main window (the store, the user, the
language) and rebuilds the window when one of them changes.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from . import APP_NAME, __version__
from .config import AppPaths, LocalSettings, choose_store_url
from .db import Store, open_store
from .errors import AuthenticationError, BackofficeError, StoreError
from .services import auth
from .services.permissions import Actor
from .services.product_cards import card_id_by_sku
from .ui import i18n
from .ui.context import AppContext
from .ui.garbage import GarbageCollector
from .ui.login_dialog import FirstAdminDialog, LoginDialog
from .ui.main_window import MainWindow
from .ui.messages import error_text
from .ui.operations import Operations
from .ui.store_dialog import StoreDialog

RESOURCES = Path(__file__).resolve().parent / "resources"
log = logging.getLogger(__name__)


def make_qapplication() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Back Office")
    app.setApplicationVersion(__version__)
    # Bundled fonts make Cyrillic render even where the system has no suitable font.
    for font in sorted((RESOURCES / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    icon = RESOURCES / "icons" / "backoffice.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    if app.findChild(GarbageCollector) is None:
        GarbageCollector(app)
    return app


class AppController:
    def __init__(self, paths: AppPaths, local: LocalSettings, language_override: str | None = None) -> None:
        self.paths = paths
        self.local = local
        self.language = i18n.install(language_override or local.language)
        self.ops = Operations()
        self.store: Store | None = None
        self.actor: Actor | None = None
        self.window: MainWindow | None = None
        #: The first administrator asked for a demo shop: offered once the window shows.
        self.demo_wanted = False

    # --- store ---------------------------------------------------------------
    def open_first_store(self, url: str) -> bool:
        """Open ``url``; on failure explain and let the user pick another store or quit."""
        message = ""
        while True:
            if not message:
                try:
                    self._set_store(open_store(url), url)
                    return True
                except BackofficeError as exc:
                    message = error_text(exc)
            dialog = StoreDialog(url, message)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            url, message = dialog.chosen_url, ""

    def _set_store(self, store: Store, url: str) -> None:
        if self.store is not None:
            self.ops.wait()
            self.store.close()
        self.store = store
        self.local.remember_store(url)
        try:
            self.local.save(self.paths)
        except OSError as exc:
            log.warning("could not save local settings: %s", exc)

    # --- login ---------------------------------------------------------------
    def login(self) -> bool:
        assert self.store is not None
        with self.store.read_session() as session:
            first_start = not auth.has_users(session)
        last_user = self.actor.username if self.actor else ""
        dialog: QDialog = FirstAdminDialog(self.store) if first_start else LoginDialog(self.store, last_user)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.actor = dialog.actor  # type: ignore[attr-defined]
        self.demo_wanted = isinstance(dialog, FirstAdminDialog) and dialog.with_demo.isChecked()
        return True

    # --- window --------------------------------------------------------------
    def show_main_window(self, workspace: str | None = None) -> MainWindow:
        assert self.store is not None and self.actor is not None
        previous = self.window
        ctx = AppContext(self.store, self.actor, self.paths, self.local, self.ops)
        window = MainWindow(ctx)
        window.switch_store_requested.connect(self.switch_store)
        window.language_changed.connect(self.change_language)
        window.open_store_requested.connect(self.open_other_store)
        window.logout_requested.connect(self.logout)
        if previous is not None:
            window.tabs.setCurrentIndex(previous.tabs.currentIndex())
            window.restoreGeometry(previous.saveGeometry())
            previous.hide()
            previous.deleteLater()
        if workspace:
            window.show_workspace(workspace)
        self.window = window
        window.show()
        if self.demo_wanted:
            self.demo_wanted = False
            window.show_demo_dialog()
        return window

    def change_language(self, code: str) -> None:
        self.local.language = code
        try:
            self.local.save(self.paths)
        except OSError as exc:
            log.warning("could not save local settings: %s", exc)
        self.language = i18n.install(code)
        self.show_main_window()

    def switch_store(self) -> None:
        dialog = StoreDialog(self.local.store_url, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.open_other_store(dialog.chosen_url)

    def open_other_store(self, url: str) -> None:
        try:
            store = open_store(url)
        except BackofficeError as exc:
            QMessageBox.warning(
                self.window, QCoreApplication.translate("AppController", "Cannot open the store"), error_text(exc)
            )
            return
        self._set_store(store, url)
        self.actor = None
        if self.window is not None:
            self.window.hide()
        if self.login():
            self.show_main_window()
        else:
            QApplication.quit()

    def logout(self) -> None:
        if self.window is not None:
            self.window.hide()
        if self.login():
            self.show_main_window()
        else:
            QApplication.quit()


def run_gui(args: argparse.Namespace) -> int:
    paths = AppPaths.resolve(args.config_dir)
    local = LocalSettings.load(paths)
    app = make_qapplication()
    controller = AppController(paths, local, getattr(args, "lang", None))
    if not controller.open_first_store(choose_store_url(args.db, paths, local)):
        return 1
    if not controller.login():
        return 0
    controller.show_main_window()
    code = app.exec()
    if controller.store is not None:
        controller.ops.wait()
        controller.store.close()
    return code


def _open_card(controller: AppController, workspace: QWidget | None, sku: str) -> QWidget:
    """The product card of ``sku``, opened from the Catalog workspace as a user would."""
    open_card = getattr(workspace, "open_card", None)
    if open_card is None or controller.store is None:
        raise BackofficeError("--card needs the catalog workspace.")
    with controller.store.read_session() as session:
        product_id = card_id_by_sku(session, sku)
    if product_id is None:
        raise BackofficeError(f"No product has the SKU {sku}.")
    card: QWidget | None = open_card(product_id)
    if card is None:
        raise BackofficeError(f"The card of {sku} could not be opened.")
    return card


def take_screenshot(args: argparse.Namespace) -> int:
    """Render the real main window offscreen, logged in, showing one workspace."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = AppPaths.resolve(args.config_dir)
    local = LocalSettings.load(paths)
    if args.db is None:
        raise StoreError("screenshot needs --db (the store to show).")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        raise BackofficeError(f"--size must look like 1280x800, not '{args.size}'.") from None
    app = make_qapplication()
    controller = AppController(paths, local, getattr(args, "lang", None) or "en")
    controller.store = open_store(args.db)
    try:
        with controller.store.session() as session:
            try:
                controller.actor = auth.authenticate(session, args.user, args.password)
            except AuthenticationError as exc:
                failure: AuthenticationError | None = exc
            else:
                failure = None
        if failure is not None:
            raise failure
        window = controller.show_main_window()
        if window.show_workspace(args.workspace) is None:
            allowed = ", ".join(window.workspace_keys()) or "none"
            raise BackofficeError(
                f"User {args.user} has no workspace '{args.workspace}' (allowed: {allowed})."
            )
        window.resize(QSize(width, height))
        shown: QWidget = window
        if getattr(args, "card", None):
            shown = _open_card(controller, window.show_workspace(args.workspace), args.card)
            shown.resize(QSize(width, height))
        for _ in range(5):
            app.processEvents()
        # What the workspace started in the background (a report, a count) is shown too.
        controller.ops.wait()
        for _ in range(5):
            app.processEvents()
        out = Path(args.out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if not shown.grab().save(str(out)):
            raise BackofficeError(f"Could not write the screenshot to {out}.")
        print(f"Screenshot of {args.workspace} written to {out}")
        controller.ops.wait()
        window.close()
        return 0
    finally:
        controller.store.close()
