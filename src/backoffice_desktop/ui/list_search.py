"""How a list's search box behaves, shared by the product and stock lists.

Typing searches after a short pause, from the third character on (one or two letters
match most of a large catalog and can't use the trigram index); Enter searches any
text. The total is counted on a worker so the first page never waits for it; a count
that finishes after the text changed again is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit
from shiboken6 import isValid

from .context import AppContext
from .messages import show_error

DEBOUNCE_MS = 150
MIN_TYPED_CHARS = 3


def tr(text: str) -> str:
    return QCoreApplication.translate("ListSearch", text)


class ListSearch(QObject):
    def __init__(
        self,
        ctx: AppContext,
        edit: QLineEdit,
        count_label: QLabel,
        run_search: Callable[[], None],
        count_text: Callable[[int], str],
    ) -> None:
        super().__init__(edit)
        self.ctx = ctx
        self.count_label = count_label
        self.count_text = count_text
        self._generation = 0
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(run_search)
        edit.textChanged.connect(self._text_changed)
        edit.returnPressed.connect(run_search)

    def _text_changed(self, text: str) -> None:
        typed = len("".join(text.split()))
        if typed == 0 or typed >= MIN_TYPED_CHARS:
            self.debounce.start()
        else:
            self.debounce.stop()
            self._generation += 1  # a count still running is for the old text
            self.count_label.setText(tr("Press Enter to search"))

    def count(self, count: Callable[[], int]) -> None:
        """Run ``count`` on a worker and show its result, unless the search moved on."""
        self.debounce.stop()
        self._generation += 1
        generation = self._generation

        def alive() -> bool:
            # The list may be closed while its count still runs on the worker.
            return isValid(self.count_label) and generation == self._generation

        def show(total: int) -> None:
            if alive():
                self.count_label.setText(self.count_text(total))

        def failed(exc: BaseException) -> None:
            if alive():
                show_error(self.count_label, exc)

        self.count_label.setText(tr("counting…"))
        self.ctx.ops.run(count, show, failed, write=False)


def keep_sort_indicator(header: QHeaderView, sortable: list[bool], current: int, descending: bool) -> None:
    """After a click on a column that can't be sorted in SQL, put the indicator back."""
    if not sortable[header.sortIndicatorSection()]:
        header.blockSignals(True)
        header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
