"""The interface language of this workstation (kept in its local settings, not in the store)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGroupBox, QHBoxLayout, QPushButton, QRadioButton, QVBoxLayout, QWidget

from ...errors import BackofficeError
from ..context import AppContext
from ..i18n import resolve_language
from ..messages import show_error
from .common import MessageLabel, page_layout

NATIVE_NAMES = {"ru": "Русский", "en": "English"}


class LanguagePage(QWidget):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = page_layout(
            self,
            self.tr("Interface language"),
            self.tr("The language of menus and windows on this workstation."),
        )
        box = QGroupBox(self.tr("Language"))
        box_layout = QVBoxLayout(box)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        system_name = NATIVE_NAMES[resolve_language("system")]
        for code, title in (
            ("system", self.tr("System language (currently {0})").format(system_name)),
            ("ru", NATIVE_NAMES["ru"]),
            ("en", NATIVE_NAMES["en"]),
        ):
            button = QRadioButton(title)
            button.setObjectName(f"language_{code}")
            self.group.addButton(button)
            self.buttons[code] = button
            box_layout.addWidget(button)
        box.setMaximumWidth(420)
        layout.addWidget(box)

        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("language_apply")
        self.apply_button.clicked.connect(self.apply)
        row = QHBoxLayout()
        row.addWidget(self.apply_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = MessageLabel()
        self.message.setObjectName("language_message")
        self.message.show_note(
            self.tr("Applying a language rebuilds the main window in it: save your work in other workspaces first.")
        )
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.group.buttonToggled.connect(self._update_state)
        self.check_language(ctx.local.language)

    def check_language(self, code: str) -> None:
        self.buttons.get(code, self.buttons["system"]).setChecked(True)
        self._update_state()

    def chosen(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    def _update_state(self, *_args: object) -> None:
        self.apply_button.setEnabled(self.chosen() != self.ctx.local.language)

    def apply(self) -> None:
        code = self.chosen()
        if code == self.ctx.local.language:
            return
        previous = self.ctx.local.language
        self.ctx.local.language = code
        try:
            self.ctx.local.save(self.ctx.paths)
        except OSError as exc:
            self.ctx.local.language = previous
            show_error(self, BackofficeError(self.tr("Could not save the language setting: {0}").format(exc)))
            return
        self._update_state()
        self.language_changed.emit(code)
