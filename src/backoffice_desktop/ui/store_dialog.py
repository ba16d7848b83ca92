"""Choosing a store: an SQLite file or a PostgreSQL server, with "Test connection"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from .. import migrations
from ..db import parse_url, probe_store
from ..errors import BackofficeError, StoreError
from .messages import error_text


class StoreConnectionForm(QWidget):
    """Fields for a store address, and a button that tries it without changing anything."""

    url_changed = Signal()

    def __init__(self, current_url: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("SQLite file (one workstation)"), "sqlite")
        self.kind.addItem(self.tr("PostgreSQL server (several workstations)"), "postgresql")
        self.file_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.setContentsMargins(0, 0, 0, 0)
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(browse)
        file_page = QWidget()
        file_form = QFormLayout(file_page)
        file_form.addRow(self.tr("File:"), file_row)

        self.host = QLineEdit("localhost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("backoffice")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        pg_page = QWidget()
        pg_form = QFormLayout(pg_page)
        pg_form.addRow(self.tr("Host:"), self.host)
        pg_form.addRow(self.tr("Port:"), self.port)
        pg_form.addRow(self.tr("Database:"), self.database)
        pg_form.addRow(self.tr("User:"), self.user)
        pg_form.addRow(self.tr("Password:"), self.password)

        self.pages = QStackedWidget()
        self.pages.addWidget(file_page)
        self.pages.addWidget(pg_page)
        self.kind.currentIndexChanged.connect(self._show_page)

        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setObjectName("connection_result")

        layout = QVBoxLayout(self)
        layout.addWidget(self.kind)
        layout.addWidget(self.pages)
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self._show_page(0)
        if current_url:
            self.set_url(current_url)

    def _show_page(self, index: int) -> None:
        # The stack is as tall as its tallest page unless hidden pages are ignored.
        for i in range(self.pages.count()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            self.pages.widget(i).setSizePolicy(policy, policy)
        self.pages.setCurrentIndex(index)
        self.pages.updateGeometry()

    def set_url(self, text: str) -> None:
        try:
            url = parse_url(text)
        except StoreError:
            return
        if url.get_backend_name() == "sqlite":
            self.kind.setCurrentIndex(0)
            self.file_edit.setText(url.database or "")
        else:
            self.kind.setCurrentIndex(1)
            self.host.setText(url.host or "localhost")
            self.port.setValue(url.port or 5432)
            self.database.setText(url.database or "")
            self.user.setText(url.username or "")
            self.password.setText(url.password or "")

    def url(self) -> str:
        """The address entered, as a URL string (the password included, for connecting)."""
        if self.kind.currentData() == "sqlite":
            path = self.file_edit.text().strip()
            if not path:
                raise StoreError(self.tr("Choose the store file."))
            return path
        if not self.host.text().strip() or not self.database.text().strip():
            raise StoreError(self.tr("Enter the server host and the database name."))
        return URL.create(
            "postgresql+psycopg",
            username=self.user.text().strip() or None,
            password=self.password.text() or None,
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
        ).render_as_string(hide_password=False)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Store file"),
            self.file_edit.text(),
            self.tr("SQLite store (*.sqlite3 *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.file_edit.setText(path)

    def test_connection(self) -> bool:
        """Try the address; show what was found. Returns whether it can be opened."""
        try:
            probe = probe_store(self.url())
        except BackofficeError as exc:
            self.result.setText(self.tr("✗ {0}").format(error_text(exc)))
            self.result.setStyleSheet("color: #b00020;")
            return False
        if probe.has_other_data:
            self.result.setText(self.tr("✗ {0} holds other data; it is not a Back Office store.").format(probe.description))
            self.result.setStyleSheet("color: #b00020;")
            return False
        if probe.schema is None or probe.schema.current is None:
            status = self.tr("empty: a new store will be created")
        elif not migrations.is_known_revision(probe.schema.current):
            self.result.setText(
                self.tr("✗ {0}: written by a newer version of Back Office; update the application.").format(
                    probe.description
                )
            )
            self.result.setStyleSheet("color: #b00020;")
            return False
        elif probe.schema.needs_upgrade:
            status = self.tr("schema {0}, will be upgraded to {1}").format(probe.schema.current, probe.schema.head)
        else:
            status = self.tr("schema {0}, up to date").format(probe.schema.current)
        self.result.setText(self.tr("✓ Connected to {0} ({1}); {2}.").format(probe.description, probe.server, status))
        self.result.setStyleSheet("color: #1b7f3b;")
        return True


class StoreDialog(QDialog):
    """Asks for a store to open (File → Switch store, or after a store failed to open)."""

    def __init__(self, current_url: str = "", message: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a store"))
        self.form = StoreConnectionForm(current_url)
        layout = QVBoxLayout(self)
        if message:
            note = QLabel(message)
            note.setWordWrap(True)
            note.setObjectName("store_problem")
            note.setStyleSheet("color: #b00020;")
            layout.addWidget(note)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 0)
        self.chosen_url = ""

    def _accept(self) -> None:
        if self.form.test_connection():
            self.chosen_url = self.form.url()
            self.accept()
