"""The main window: one tab per workspace the user may use, a menu and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from .. import __version__
from ..models import Role
from ..services.permissions import Permission
from .change_watcher import ChangeWatcher
from .context import AppContext
from .demo_dialog import DemoShopDialog
from .messages import show_error
from .operations import Changes
from .workspaces import allowed_workspaces

LANGUAGE_CHOICES = (
    ("system", QT_TRANSLATE_NOOP("MainWindow", "System language")),
    ("ru", "Русский"),
    ("en", "English"),
)


class MainWindow(QMainWindow):
    """Emits ``switch_store_requested``, ``language_changed`` and ``logout_requested``;
    the application controller acts on them (they need a new window)."""

    switch_store_requested = Signal()
    open_store_requested = Signal(str)
    language_changed = Signal(str)
    logout_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Back Office — {0}").format(ctx.store.description))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # A workspace is built the first time its tab is shown: the window opens fast
        # and holds only what the user has looked at.
        self.workspaces: dict[str, QWidget] = {}
        # Syncing every N minutes (when this computer's settings ask for it) goes on
        # whichever tab is shown; the Sync workspace shows and changes the schedule.
        self.scheduler = None
        if ctx.actor.can(Permission.RUN_SYNC):
            from .sync.schedule import SyncScheduler

            self.scheduler = SyncScheduler(ctx, self)
        self._specs = allowed_workspaces(ctx.actor)
        for spec in self._specs:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, spec.title())
        self.tabs.currentChanged.connect(self._build_workspace)
        if self._specs:
            self._build_workspace(0)
        else:
            empty = QLabel(self.tr("Your roles give you no workspace yet. Ask an administrator."))
            empty.setMargin(24)
            self.tabs.addTab(empty, self.tr("Welcome"))
        ctx.ops.changed.connect(self._on_changed)
        self.watcher = ChangeWatcher(ctx, self)
        self._build_menu()
        self._build_status_bar()
        if ctx.local.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(ctx.local.window_geometry.encode()))
        else:
            self.resize(1280, 800)

    # --- menu ----------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        switch = QAction(self.tr("Switch store…"), self)
        switch.triggered.connect(self.switch_store_requested)
        file_menu.addAction(switch)
        self.backup_action = QAction(self.tr("Save a backup copy…"), self)
        self.backup_action.setEnabled(self.ctx.store.is_sqlite)
        self.backup_action.triggered.connect(self.save_backup)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        logout = QAction(self.tr("Log out"), self)
        logout.triggered.connect(self.logout_requested)
        file_menu.addAction(logout)
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        view_menu = self.menuBar().addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, title in LANGUAGE_CHOICES:
            action = QAction(self.tr(title) if code == "system" else title, self, checkable=True)
            action.setChecked(self.ctx.local.language == code)
            action.setData(code)
            group.addAction(action)
            view_menu.addAction(action)
        group.triggered.connect(lambda action: self.language_changed.emit(action.data()))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        if Role.ADMIN in self.ctx.actor.roles:
            demo = QAction(self.tr("Fill with a demo shop…"), self)
            demo.triggered.connect(self.show_demo_dialog)
            help_menu.addAction(demo)
        about = QAction(self.tr("About Back Office"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.user_label = QLabel(self.tr("User: {0}").format(self.ctx.actor.display_name))
        self.store_label = QLabel(self.tr("Store: {0}").format(self.ctx.store.description))
        for label in (self.user_label, self.store_label):
            label.setContentsMargins(8, 0, 8, 0)
        self.user_label.setObjectName("status_user")
        self.store_label.setObjectName("status_store")
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(self.store_label)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("status_sync")
        self.sync_label.setContentsMargins(8, 0, 8, 0)
        bar.addWidget(self.sync_label, 1)
        if self.scheduler is not None:
            self.scheduler.progressed.connect(self._sync_progress)
            self.scheduler.finished.connect(self._sync_finished)

    def _sync_progress(self, text: str) -> None:
        self.sync_label.setStyleSheet("")
        self.sync_label.setText(text)

    def _sync_finished(self, text: str, ok: bool) -> None:
        self.sync_label.setStyleSheet("" if ok else "color: #b3261e;")
        self.sync_label.setText(text)

    # --- actions -------------------------------------------------------------
    def _build_workspace(self, index: int) -> None:
        if not 0 <= index < len(self._specs) or self._specs[index].key in self.workspaces:
            return
        spec = self._specs[index]
        widget = spec.factory(self.ctx)
        widget.setObjectName(f"workspace_{spec.key}")
        self.workspaces[spec.key] = widget
        for name in ("language_changed", "open_store_requested"):
            if hasattr(widget, name):
                getattr(widget, name).connect(getattr(self, name))
        if self.scheduler is not None and hasattr(widget, "attach_scheduler"):
            widget.attach_scheduler(self.scheduler)
        holder = self.tabs.widget(index)
        assert holder is not None
        holder.layout().addWidget(widget)

    def workspace_keys(self) -> list[str]:
        return [spec.key for spec in self._specs]

    def show_workspace(self, key: str) -> QWidget | None:
        """Show (building it if needed) and return the workspace, or None if not allowed."""
        keys = self.workspace_keys()
        if key not in keys:
            return None
        self.tabs.setCurrentIndex(keys.index(key))
        self._build_workspace(keys.index(key))
        return self.workspaces[key]

    def about_text(self) -> str:
        state = self.ctx.store.schema_state()
        return self.tr(
            "<h3>Back Office Desktop {0}</h3>"
            "<p>The back office of an online shop: intake, stock, purchasing, catalog, reports, sync.</p>"
            "<p>Store: {1}<br>Store schema version: {2}</p>"
        ).format(__version__, self.ctx.store.description, state.current or "—")

    def show_demo_dialog(self) -> DemoShopDialog:
        dialog = DemoShopDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Back Office"), self.about_text())

    def save_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a backup copy"), "backoffice-backup.sqlite3", self.tr("SQLite store (*.sqlite3 *.db)")
        )
        if path:
            self.run_backup(path)

    def run_backup(self, path: str) -> None:
        store = self.ctx.store
        self.statusBar().showMessage(self.tr("Writing the backup copy…"))

        def done(result: object) -> None:
            self.statusBar().showMessage(self.tr("Backup copy saved to {0}").format(result), 10000)

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            show_error(self, exc)

        self.ctx.ops.run(lambda: store.backup_sqlite(path), done, failed, write=False)

    def _on_changed(self, changes: Changes) -> None:
        for widget in self.workspaces.values():
            refresh = getattr(widget, "refresh", None)
            if refresh is not None:
                refresh(changes)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        for widget in self.workspaces.values():
            can_close = getattr(widget, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        self.ctx.ops.wait()
        self.ctx.local.window_geometry = bytes(self.saveGeometry().toBase64()).decode()
        try:
            self.ctx.local.save(self.ctx.paths)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Cannot save"), self.tr("Could not save the window settings: {0}").format(exc.strerror)
            )
        event.accept()
