"""Another workstation's postings show up in open lists within a few seconds.

Polls the store's stamp (:mod:`..services.change_feed`) on a timer and announces what
moved through the app-wide ``changed`` signal, as if the change had been made here.
Polling works the same on SQLite and PostgreSQL and costs two indexed reads.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..errors import BackofficeError
from ..services.change_feed import StoreStamp, current_stamp
from .context import AppContext
from .operations import Changes

POLL_MS = 3000


class ChangeWatcher(QObject):
    def __init__(self, ctx: AppContext, parent: QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stamp = self._read()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        # Our own operations announce themselves; take their stamp so they aren't
        # announced a second time by the next poll.
        ctx.ops.changed.connect(self._seen)

    def _seen(self, _changes: Changes) -> None:
        self.stamp = self._read() or self.stamp

    def _read(self) -> StoreStamp | None:
        try:
            with self.ctx.read() as session:
                return current_stamp(session)
        except BackofficeError:  # a server gone for a moment: try again next tick
            return None

    def poll(self) -> None:
        stamp = self._read()
        if stamp is None or self.stamp is None or stamp == self.stamp:
            self.stamp = stamp or self.stamp
            return
        old, self.stamp = self.stamp, stamp
        moved = stamp.last_move != old.last_move
        edited = stamp.last_audit != old.last_audit
        scanned = stamp.last_scan != old.last_scan
        self.ctx.ops.changed.emit(
            Changes(
                stock=moved,
                documents=moved or edited or scanned,
                products=moved or edited,
                users=edited,
                settings=edited,
                purchasing=moved or edited,
            )
        )
