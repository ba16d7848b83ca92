"""Pieces every Settings page shares: the page header, message labels, role names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from collections.abc import Sequence

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...models import Role

ERROR_STYLE = "color: #b00020;"
SUCCESS_STYLE = "color: #1b7f3b;"
NOTE_STYLE = "color: #5f6368;"
#: Forms stop growing here: on a wide window longer fields only push values away from labels.
FORM_MAX_WIDTH = 760

#: The order roles are listed in, everywhere (the way work flows through the shop).
ROLE_ORDER: tuple[Role, ...] = (Role.CLERK, Role.PURCHASER, Role.CONTENT_MANAGER, Role.MANAGER, Role.ADMIN)


def role_title(role: Role) -> str:
    """A role's name in the interface language."""
    # Literal strings, so pyside6-lupdate finds them (context "RoleNames").
    titles = {
        Role.CLERK: QCoreApplication.translate("RoleNames", "Warehouse clerk"),
        Role.PURCHASER: QCoreApplication.translate("RoleNames", "Purchaser"),
        Role.CONTENT_MANAGER: QCoreApplication.translate("RoleNames", "Content manager"),
        Role.MANAGER: QCoreApplication.translate("RoleNames", "Manager"),
        Role.ADMIN: QCoreApplication.translate("RoleNames", "Administrator"),
    }
    return titles[role]


def roles_text(roles: frozenset[Role] | set[Role]) -> str:
    return ", ".join(role_title(r) for r in ROLE_ORDER if r in roles)


class MessageLabel(QLabel):
    """A word-wrapped line under a form: red for a problem, green for done, empty otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def show_success(self, text: str) -> None:
        self._show(text, SUCCESS_STYLE)

    def show_note(self, text: str) -> None:
        self._show(text, NOTE_STYLE)

    def clear_message(self) -> None:
        self.clear()
        self.hide()

    def is_error(self) -> bool:
        return not self.isHidden() and self.styleSheet() == ERROR_STYLE

    def _show(self, text: str, style: str) -> None:
        self.setText(text)
        self.setStyleSheet(style)
        self.show()


def page_layout(page: QWidget, title: str, description: str = "") -> QVBoxLayout:
    """The page's layout, started with a bold title and a one-line explanation."""
    layout = QVBoxLayout(page)
    layout.setContentsMargins(20, 14, 20, 14)
    layout.setSpacing(10)
    heading = QLabel(title)
    heading.setObjectName("page_title")
    heading.setStyleSheet("font-size: 17px; font-weight: 600;")
    layout.addWidget(heading)
    if description:
        note = QLabel(description)
        note.setObjectName("page_description")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(note)
    return layout


def align_form_labels(*forms: QFormLayout) -> None:
    """Give the label column of several forms (in separate group boxes) one width."""
    labels = []
    for form in forms:
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and item.widget() is not None:
                labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def form_column(parts: Sequence[QWidget], buttons: Sequence[QPushButton] = ()) -> QWidget:
    """A page's form column: ``parts`` one under another, then ``buttons`` in a row on
    the left, at most :data:`FORM_MAX_WIDTH` wide."""
    column = QWidget()
    column.setMaximumWidth(FORM_MAX_WIDTH)
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        layout.addWidget(part)
    if buttons:
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
    return column
