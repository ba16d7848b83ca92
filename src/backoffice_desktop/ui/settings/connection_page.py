"""The store this workstation uses, and switching to another one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ... import migrations
from ...db import parse_url
from ...errors import BackofficeError
from ..context import AppContext
from ..messages import error_text
from ..store_dialog import StoreConnectionForm
from .common import ERROR_STYLE, NOTE_STYLE, form_column, page_layout



class ConnectionPage(QWidget):
    """Shows the open store; tests another address and asks to open it (``open_store_requested``)."""

    open_store_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tested_url = ""
        layout = page_layout(
            self,
            self.tr("Store connection"),
            self.tr(
                "Where the shop's data is kept. One workstation can use an SQLite file; "
                "several workstations share a PostgreSQL server."
            ),
        )

        current = QGroupBox(self.tr("Current store"))
        current_form = QFormLayout(current)
        self.current_location = QLabel()
        self.current_location.setObjectName("store_location")
        self.current_location.setWordWrap(True)
        self.current_kind = QLabel()
        self.current_kind.setObjectName("store_kind")
        self.current_schema = QLabel()
        self.current_schema.setObjectName("store_schema")
        self.current_schema.setWordWrap(True)
        current_form.addRow(self.tr("Location:"), self.current_location)
        current_form.addRow(self.tr("Type:"), self.current_kind)
        current_form.addRow(self.tr("Schema version:"), self.current_schema)

        other = QGroupBox(self.tr("Open another store"))
        other_layout = QVBoxLayout(other)
        self.form = StoreConnectionForm(self._current_url_without_password())
        self.form.layout().setContentsMargins(0, 0, 0, 0)
        for index in range(self.form.pages.count()):
            self.form.pages.widget(index).layout().setContentsMargins(0, 4, 0, 4)
        self.form.port.setMaximumWidth(110)
        # The stack is as tall as its tallest page; size it to the page shown (no gap under "File").
        self.form.kind.currentIndexChanged.connect(self._fit_address_page)
        self._fit_address_page(self.form.kind.currentIndex())
        # We want the test's verdict, so the button runs our slot, which runs the form's test.
        self.form.test_button.clicked.disconnect()
        self.form.test_button.clicked.connect(self.test_connection)
        other_layout.addWidget(self.form)
        self.open_button = QPushButton(self.tr("Open this store"))
        self.open_button.setObjectName("store_open")
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_store)
        open_row = QHBoxLayout()
        open_row.addWidget(self.open_button)
        open_row.addStretch(1)
        other_layout.addLayout(open_row)
        note = QLabel(
            self.tr(
                "Test the connection first. Opening another store closes this one; "
                "you log in again with a user of that store."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        other_layout.addWidget(note)

        layout.addWidget(form_column((current, other)))
        layout.addStretch(1)

        for edit in (self.form.file_edit, self.form.host, self.form.database, self.form.user, self.form.password):
            edit.textChanged.connect(self._address_changed)
        self.form.port.valueChanged.connect(self._address_changed)
        self.form.kind.currentIndexChanged.connect(self._address_changed)
        self.show_current()

    def _fit_address_page(self, current: int) -> None:
        pages = self.form.pages
        for index in range(pages.count()):
            policy = QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            pages.widget(index).setSizePolicy(policy, policy)
        pages.updateGeometry()

    def _current_url_without_password(self) -> str:
        url = self.ctx.store.url
        if self.ctx.store.is_sqlite:
            return url.database or ""
        return url.set(password=None).render_as_string(hide_password=False)

    def show_current(self) -> None:
        store = self.ctx.store
        self.current_location.setText(store.description)
        self.current_kind.setText(
            self.tr("SQLite file (one workstation)") if store.is_sqlite else self.tr("PostgreSQL server")
        )
        try:
            state = store.schema_state()
        except Exception as exc:  # noqa: BLE001 (a server gone away is shown here, not raised)
            self.current_schema.setText(self.tr("unknown: {0}").format(error_text(exc)))
            self.current_schema.setStyleSheet(ERROR_STYLE)
            return
        self.current_schema.setStyleSheet("")
        if state.current is None:
            self.current_schema.setText(self.tr("empty store"))
        elif state.needs_upgrade and migrations.is_known_revision(state.current):
            self.current_schema.setText(
                self.tr("{0}; an upgrade to {1} is due").format(state.current, state.head)
            )
        elif state.needs_upgrade:
            self.current_schema.setText(self.tr("{0}, newer than this application").format(state.current))
        else:
            self.current_schema.setText(self.tr("{0}, up to date").format(state.current))

    def _address_changed(self, *_args: object) -> None:
        self.tested_url = ""
        self.open_button.setEnabled(False)
        self.form.result.clear()

    def test_connection(self) -> bool:
        """Try the address entered (the form shows the verdict); enables "Open this store"."""
        ok = self.form.test_connection()
        self.tested_url = self.form.url() if ok else ""
        self.open_button.setEnabled(ok and not self._is_current(self.tested_url))
        if ok and self._is_current(self.tested_url):
            self.form.result.setText(self.form.result.text() + " " + self.tr("This is the store already open."))
        return ok

    def _is_current(self, url: str) -> bool:
        try:
            parsed = parse_url(url)
        except BackofficeError:
            return False
        return parsed.set(password=None) == self.ctx.store.url.set(password=None)

    def open_store(self) -> None:
        if not self.tested_url:
            return
        self.open_store_requested.emit(self.tested_url)
