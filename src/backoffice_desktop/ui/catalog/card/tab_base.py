"""What every tab of the card is: it shows a card and reports each edit as (key, value)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QWidget

from ....services.product_cards import ProductCard


class CardTab(QWidget):
    """A tab never changes the card itself: it emits ``edited(key, value)`` and the
    dialog turns that into an undoable command, then calls :meth:`show_card` back."""

    edited = Signal(str, object)
    #: A value typed that can't be used (e.g. "12,345" as a price): the message to show.
    problem = Signal(str)
    #: Each tab's own: put the card's values into the widgets (no ``edited`` while it runs).
    fill: Callable[[ProductCard], None]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filling = False

    def show_card(self, card: ProductCard) -> None:
        self.filling = True
        try:
            self.fill(card)
        finally:
            self.filling = False

    def emit_edit(self, key: str, value: object) -> None:
        if not self.filling:
            self.edited.emit(key, value)


def set_cell(table: QTableWidget, row: int, col: int, text: str, flags: Qt.ItemFlag | None = None) -> QTableWidgetItem:
    """Show ``text`` in a cell, reusing its item: a refill may run inside the table's own
    ``itemChanged`` (the edit that caused it), where replacing the item would delete it."""
    item = table.item(row, col)
    if item is None:
        item = QTableWidgetItem(text)
        table.setItem(row, col, item)
    elif item.text() != text:
        item.setText(text)
    if flags is not None and item.flags() != flags:
        item.setFlags(flags)
    return item
