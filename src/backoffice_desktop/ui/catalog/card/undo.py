"""Undo/redo of card edits: each edit is a command that swaps the whole (immutable) card.

Typing in one field merges into one step ("Edit Name"), so Ctrl+Z takes back a word
burst rather than a letter. The text widgets' own undo is switched off and their
Ctrl+Z/Ctrl+Y shortcut is left to the card's Undo/Redo actions, so there is one
history for the whole card.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from ....services.product_cards import ProductCard

#: Keys whose consecutive edits merge into one undo step (typing).
_MERGE_IDS: dict[str, int] = {}


def merge_id(key: str) -> int:
    return _MERGE_IDS.setdefault(key, len(_MERGE_IDS) + 1)


class SetCardCommand(QUndoCommand):
    """Replace the card being edited; ``apply`` shows it (``refresh`` False on the first run,
    when the widget that made the edit already shows it)."""

    def __init__(self, apply: Callable[[ProductCard, bool], None], before: ProductCard, after: ProductCard,
                 text: str, key: str, mergeable: bool) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.key = key
        self._id = merge_id(key) if mergeable else -1
        self._first = True

    def id(self) -> int:  # noqa: A003 (Qt API)
        return self._id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt API)
        if not isinstance(other, SetCardCommand) or other.key != self.key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        # The first run comes from the widget that made the edit: typed text is already
        # shown (refilling would move the cursor); a structural edit (a row added) is not.
        self._apply(self.after, not self._first or self._id == -1)
        self._first = False

    def undo(self) -> None:
        self._apply(self.before, True)


class UndoShortcutGuard(QObject):
    """Lets Ctrl+Z/Ctrl+Y reach the card's actions instead of a text field's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo):
                return True  # not accepted by the field: the window's shortcut fires
        return False

    def watch(self, root: QWidget) -> None:
        for widget in root.findChildren(QWidget):
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                if isinstance(widget, (QPlainTextEdit, QTextEdit)):
                    widget.setUndoRedoEnabled(False)
                widget.installEventFilter(self)
