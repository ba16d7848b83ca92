"""Cyclic garbage collected on the GUI thread only (as Anki's ``GarbageCollector`` does).

Python starts a collection in whichever thread allocates when a threshold is crossed.
When that is a worker (an operation, an import, a sync run) and the garbage holds a
widget from a closed dialog, Qt destroys the widget off the GUI thread and the process
dies with a segmentation fault. So automatic collection is off, and a timer on the GUI
thread does what it would have done. Bulk work that paused collection is left alone.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from ..collector import collect_when_due, collection_paused


class GarbageCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> None:
        if not collection_paused():
            collect_when_due()
