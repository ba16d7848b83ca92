"""Syncing every N minutes while the application is open on this computer.

A :class:`SyncScheduler` lives with the main window. When this workstation's setting
(:attr:`LocalSettings.sync_every_minutes`, 0 = off) asks for it, a timer runs a push and
then a pull of each enabled shop connection (a website, a marketplace feed...) in turn in
the background worker — one that fails doesn't stop the others — one run at a time (a run
the user started in the Sync workspace is waited for), and tells how it goes through
signals the status bar and the Sync workspace show, and keeps when the next run is due
(:attr:`SyncScheduler.next_run_at`) for the workspace to show. The schedule belongs to the
workstation, not the shared store, so one computer can keep the site in step without
every open window doing the same.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from ...errors import BackofficeError
from ...models import utcnow
from ...sync import connections
from ...sync.engine import RunResult, RunStatus
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes

#: The longest interval offered: once a day.
MAX_MINUTES = 24 * 60


@dataclass(frozen=True)
class _ConnectionRuns:
    """What a scheduled turn did with one connection: its push and pull, or why it couldn't."""

    name: str
    pushed: RunResult | None
    pulled: RunResult | None
    error: BackofficeError | None = None


class SyncScheduler(QObject):
    """``progressed(text)`` while a scheduled run works; ``finished(text, ok)`` after it;
    ``rescheduled`` when :attr:`next_run_at` moved (the interval changed, or a turn came)."""

    started = Signal()
    progressed = Signal(str)
    finished = Signal(str, bool)
    rescheduled = Signal()
    #: From the worker thread: (done, total, kind), carried to the window's thread.
    _moved = Signal(int, int, str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.running = False
        #: Asked before a scheduled run: True (a user's run in progress) skips this turn.
        self.blocked: Callable[[], bool] = lambda: False
        #: When the timer fires next (UTC); None while the schedule is off.
        self.next_run_at: datetime | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("sync_schedule_timer")
        self.timer.timeout.connect(self._turn_came)
        self.timer.timeout.connect(self.run_once)
        self._moved.connect(self._show_progress)
        self._apply(ctx.local.sync_every_minutes)

    @property
    def minutes(self) -> int:
        return self.ctx.local.sync_every_minutes

    def set_minutes(self, minutes: int) -> None:
        """Keep the interval in this computer's settings (0 switches the schedule off) and follow it."""
        minutes = max(0, min(int(minutes), MAX_MINUTES))
        self.ctx.local.sync_every_minutes = minutes
        self.ctx.local.save(self.ctx.paths)
        self._apply(minutes)

    def _apply(self, minutes: int) -> None:
        if minutes > 0:
            self.timer.start(minutes * 60_000)
            self.next_run_at = utcnow() + timedelta(minutes=minutes)
        else:
            self.timer.stop()
            self.next_run_at = None
        self.rescheduled.emit()

    def _turn_came(self) -> None:
        """The timer fired and goes on counting: the next turn is one interval from now
        (a turn skipped because a run is still going is simply the next one)."""
        self.next_run_at = utcnow() + timedelta(milliseconds=self.timer.interval())
        self.rescheduled.emit()

    def run_once(self) -> None:
        """One scheduled push and pull, unless one is running or a user's run is."""
        if self.running or self.blocked():
            return
        self.running = True
        self.started.emit()
        self.progressed.emit(self.tr("Sync: sending changes to the site…"))
        store, actor, moved = self.ctx.store, self.ctx.actor, self._moved.emit

        def job() -> list[_ConnectionRuns]:
            with store.read_session() as session:
                enabled = [c for c in connections.list_connections(session) if c.enabled]
                if not enabled:
                    connections.find_connection(session)  # says what to set up
            done = []
            for settings in enabled:
                try:
                    pushed = connections.run_now(store, actor, "push", name=settings.name, progress=moved)
                    pulled = None
                    if pushed.site_error is None and settings.kind != connections.FEED:  # no orders through a feed
                        pulled = connections.run_now(store, actor, "pull", name=settings.name, progress=moved)
                    done.append(_ConnectionRuns(settings.name, pushed, pulled))
                except BackofficeError as exc:  # this connection can't be used now; the next one still runs
                    done.append(_ConnectionRuns(settings.name, None, None, exc))
            return done

        self.ctx.ops.run(job, self._done, self._failed, changes=Changes(stock=True), write=False)

    def _show_progress(self, done: int, total: int, kind: str) -> None:
        if not self.running:
            return
        if kind == "push" and total:
            self.progressed.emit(self.tr("Sync: sent {0} of {1}…").format(done, total))
        elif kind == "pull":
            self.progressed.emit(self.tr("Sync: orders read: {0}…").format(done))

    def _done(self, results: list[_ConnectionRuns]) -> None:
        self.running = False
        parts, failed, ok = [], False, True
        for runs in results:
            error = runs.error or next((r.site_error for r in (runs.pushed, runs.pulled)
                                        if r is not None and r.site_error is not None), None)
            if error is not None:
                failed, ok = True, False
                text = error_text(error)
            else:
                ok = ok and all(r.status == RunStatus.OK for r in (runs.pushed, runs.pulled) if r is not None)
                text = runs.pushed.message if runs.pulled is None else f"{runs.pushed.message}; {runs.pulled.message}"
            parts.append(text if len(results) == 1 else f"{runs.name}: {text}")
        summary = " | ".join(parts)
        if failed:
            self.finished.emit(self.tr("Sync failed: {0}").format(summary), False)
        else:
            self.finished.emit(self.tr("Sync: {0}").format(summary), ok)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.finished.emit(self.tr("Sync failed: {0}").format(error_text(exc)), False)
