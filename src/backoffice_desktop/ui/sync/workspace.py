"""The Sync workspace: how the shop website stands and a button to bring it up to date.

Shows one connection at a time (a choice when there are several): its queue (products
waiting to be sent to it, parked ones), its latest runs with the selected run's log,
and runs its push or pull in a background worker — the network never blocks the
window. Parked products (the site kept refusing them) can be queued again once the
cause is fixed, for that connection only.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.permissions import Permission
from ...sync import connections, engine, outbox, price_guard
from ...sync.status import SyncOverview, read_overview
from ...sync.engine import RunResult, RunStatus, RunSummary
from ..context import AppContext
from ..formatting import format_datetime, format_money
from ..messages import error_text
from ..operations import Changes
from ..settings.common import ERROR_STYLE, NOTE_STYLE, SUCCESS_STYLE
from .differences_dialog import DifferencesDialog
from .rows import RowsModel, rows_table
from .schedule import MAX_MINUTES, SyncScheduler

class _ProgressRelay(QObject):
    """Carries a run's progress from the worker thread to the window (a queued signal)."""

    moved = Signal(int, int, str)


class SyncWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.overview: SyncOverview | None = None
        #: The connection shown (None: the first enabled one).
        self.connection_id: int | None = None
        self.differences_dialog: DifferencesDialog | None = None
        statuses = {
            RunStatus.OK: self.tr("done"), RunStatus.PARTIAL: self.tr("needs attention"),
            RunStatus.FAILED: self.tr("failed"), RunStatus.RUNNING: self.tr("running"),
            RunStatus.INTERRUPTED: self.tr("interrupted"),
        }
        kinds = {"push": self.tr("send"), "pull": self.tr("orders")}
        self.status_titles = statuses

        self.title = QLabel()
        self.title.setObjectName("sync_title")
        self.title.setStyleSheet("font-size: 17px; font-weight: 600;")
        self.connection_choice = QComboBox()
        self.connection_choice.setObjectName("sync_connection")
        self.connection_choice.setToolTip(self.tr("Each connection sends every change and keeps its own queue"))
        self.connection_label = QLabel(self.tr("Connection:"))
        self.connection_label.setBuddy(self.connection_choice)
        self.connection_choice.hide()
        self.connection_label.hide()
        self.queue_label = QLabel()
        self.queue_label.setObjectName("sync_queue")
        self.last_label = QLabel()
        self.last_label.setObjectName("sync_last")
        self.last_label.setWordWrap(True)
        self.push_button = QPushButton(self.tr("Send changes now"))
        self.push_button.setObjectName("sync_push")
        self.pull_button = QPushButton(self.tr("Fetch orders now"))
        self.pull_button.setObjectName("sync_pull")
        self.compare_button = QPushButton(self.tr("Compare with the site…"))
        self.compare_button.setObjectName("sync_compare")
        self.compare_button.setToolTip(self.tr("Read the site's stock and prices for every product and show "
                                               "what differs from ours"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("sync_stop")
        self.stop_button.hide()
        self._stop = threading.Event()
        self._relay = _ProgressRelay(self)
        self._relay.moved.connect(self._moved)
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.message = QLabel()
        self.message.setObjectName("sync_message")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.push_button)
        buttons.addWidget(self.pull_button)
        buttons.addWidget(self.compare_button)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.message, 1)

        self.scheduler: SyncScheduler | None = None
        self.schedule_check = QCheckBox(self.tr("Sync automatically (send changes, fetch orders) every"))
        self.schedule_check.setObjectName("sync_schedule")
        self.schedule_minutes = QSpinBox()
        self.schedule_minutes.setObjectName("sync_schedule_minutes")
        self.schedule_minutes.setRange(1, MAX_MINUTES)
        self.schedule_minutes.setValue(15)
        self.schedule_minutes.setSuffix(self.tr(" min"))
        self.schedule_note = QLabel(self.tr("while the application is open on this computer"))
        self.schedule_note.setStyleSheet(NOTE_STYLE)
        self.next_run_label = QLabel()
        self.next_run_label.setObjectName("sync_next_run")
        self.schedule_box = QWidget()
        schedule_lines = QVBoxLayout(self.schedule_box)
        schedule_lines.setContentsMargins(0, 0, 0, 0)
        schedule_lines.setSpacing(2)
        schedule_row = QHBoxLayout()
        schedule_row.addWidget(self.schedule_check)
        schedule_row.addWidget(self.schedule_minutes)
        schedule_row.addWidget(self.schedule_note)
        schedule_row.addStretch(1)
        schedule_lines.addLayout(schedule_row)
        # A line of its own: beside the row it would widen the window past a laptop's screen in Russian.
        schedule_lines.addWidget(self.next_run_label)
        self.schedule_box.hide()

        self.runs_model = RowsModel(
            [self.tr("Started"), self.tr("Kind"), self.tr("Result"), self.tr("Sent"), self.tr("Refused"),
             self.tr("Summary")],
            [lambda r: format_datetime(r.started_at), lambda r: kinds.get(r.kind, r.kind),
             lambda r: statuses.get(r.status, r.status), lambda r: str(r.sent), lambda r: str(r.failed),
             lambda r: r.message],
        )
        self.runs_view = rows_table(self.runs_model, "sync_runs")
        self.runs_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.log_view = QPlainTextEdit()
        self.log_view.setObjectName("sync_log")
        self.log_view.setReadOnly(True)
        self.log_view.setPlaceholderText(self.tr("Choose a run to read its log."))
        runs_box = QGroupBox(self.tr("Runs"))
        QVBoxLayout(runs_box).addWidget(self.runs_view)
        log_box = QGroupBox(self.tr("Log of the chosen run"))
        QVBoxLayout(log_box).addWidget(self.log_view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(runs_box)
        split.addWidget(log_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)

        self.parked_model = RowsModel(
            [self.tr("SKU"), self.tr("Product"), self.tr("Tries"), self.tr("Held price"), self.tr("Why")],
            [lambda p: p.sku, lambda p: p.name, lambda p: str(p.attempts),
             lambda p: "" if p.held_price is None else format_money(p.held_price), lambda p: p.error],
        )
        self.parked_view = rows_table(self.parked_model, "sync_parked")
        self.retry_button = QPushButton(self.tr("Queue selected again"))
        self.retry_button.setObjectName("sync_retry")
        self.retry_all_button = QPushButton(self.tr("Queue all again"))
        self.retry_all_button.setObjectName("sync_retry_all")
        self.confirm_button = QPushButton(self.tr("Confirm the held price"))
        self.confirm_button.setObjectName("sync_confirm_price")
        self.confirm_button.setToolTip(self.tr("Let the selected products' lower prices go to the site"))
        parked_box = QGroupBox(self.tr("Set aside: refused by the site, or a price drop waiting for a manager"))
        parked_layout = QVBoxLayout(parked_box)
        parked_layout.addWidget(self.parked_view)
        retry_row = QHBoxLayout()
        retry_row.addWidget(self.retry_button)
        retry_row.addWidget(self.retry_all_button)
        retry_row.addWidget(self.confirm_button)
        retry_row.addStretch(1)
        parked_layout.addLayout(retry_row)

        self.empty = QLabel(self.tr("No shop website is connected yet. An administrator sets it up in "
                                    "Settings → Shop website."))
        self.empty.setObjectName("sync_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(NOTE_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.connection_label)
        heading.addWidget(self.connection_choice)
        layout.addLayout(heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.queue_label)
        layout.addWidget(self.last_label)
        layout.addLayout(buttons)
        layout.addWidget(self.schedule_box)
        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(split)
        vertical.addWidget(parked_box)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 1)
        layout.addWidget(vertical, 1)

        self.push_button.clicked.connect(lambda: self.run("push"))
        self.pull_button.clicked.connect(lambda: self.run("pull"))
        self.stop_button.clicked.connect(self.stop)
        self.compare_button.clicked.connect(self.compare)
        self.retry_button.clicked.connect(self.retry_selected)
        self.retry_all_button.clicked.connect(lambda: self._retry(None))
        self.confirm_button.clicked.connect(self.confirm_prices)
        self.runs_view.selectionModel().currentRowChanged.connect(self._show_log)
        self.parked_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.connection_choice.activated.connect(self._choose_connection)
        self.reload()

    # --- the schedule

    def attach_scheduler(self, scheduler: SyncScheduler) -> None:
        """Show and drive the main window's schedule; its runs and this panel's take turns."""
        self.scheduler = scheduler
        scheduler.blocked = lambda: self.busy
        scheduler.started.connect(self._update_buttons)
        scheduler.started.connect(self._show_next_run)
        scheduler.finished.connect(self._scheduled_run_finished)
        scheduler.rescheduled.connect(self._show_next_run)
        self.schedule_check.setChecked(scheduler.minutes > 0)
        if scheduler.minutes > 0:
            self.schedule_minutes.setValue(scheduler.minutes)
        self.schedule_check.toggled.connect(self._schedule_changed)
        self.schedule_minutes.valueChanged.connect(self._schedule_changed)
        self.schedule_box.show()
        self._show_next_run()
        self._update_buttons()

    def _show_next_run(self) -> None:
        """When the schedule runs next, in local time; nothing while it is off."""
        due = self.scheduler.next_run_at if self.scheduler is not None else None
        self.next_run_label.setVisible(due is not None)
        if due is None:
            self.next_run_label.clear()
        elif self.scheduler.running:
            self.next_run_label.setText(self.tr("Running now; next run at {0}").format(format_datetime(due)))
        else:
            self.next_run_label.setText(self.tr("Next run at {0}").format(format_datetime(due)))

    def _schedule_changed(self) -> None:
        if self.scheduler is not None:
            self.scheduler.set_minutes(self.schedule_minutes.value() if self.schedule_check.isChecked() else 0)

    def _scheduled_run_finished(self, text: str, ok: bool) -> None:
        self.reload(newest=True)
        self._show_next_run()
        self._update_buttons()
        self._say(text, SUCCESS_STYLE if ok else ERROR_STYLE)

    # --- reading

    def reload(self, newest: bool = False) -> None:
        """Read the panel again; keeps the chosen run unless ``newest`` (after a run) says otherwise."""
        selected = None if newest else self._selected_run()
        overview = read_overview(self.ctx.store, self.connection_id)
        self.overview = overview
        connection = overview.connection
        self._fill_choice(overview)
        if connection is None:
            self.title.setText(self.tr("Shop website"))
        else:
            self.title.setText(self.tr("Shop website: {0} ({1})").format(connection.name, connection.base_url))
        self.empty.setVisible(connection is None)
        queue = overview.queue
        self.queue_label.setText(self.tr("Waiting to be sent: {0} product(s), of them {1} waiting to retry; "
                                         "parked: {2}").format(queue.waiting, queue.delayed, queue.parked))
        self.last_label.setText(self._last_text(overview.runs))
        self.runs_model.set_rows(overview.runs)
        self.parked_model.set_rows(overview.parked)
        rows = [r.run_id for r in overview.runs]
        if rows:
            self.runs_view.selectRow(rows.index(selected) if selected in rows else 0)
        else:
            self.log_view.clear()
        self._update_buttons()

    def _fill_choice(self, overview: SyncOverview) -> None:
        choice = self.connection_choice
        choice.blockSignals(True)
        choice.clear()
        for found in overview.connections:
            choice.addItem(found.name if found.enabled else self.tr("{0} (switched off)").format(found.name), found.id)
        if overview.connection is not None:
            choice.setCurrentIndex(choice.findData(overview.connection.id))
        choice.blockSignals(False)
        choice.setVisible(len(overview.connections) > 1)
        self.connection_label.setVisible(len(overview.connections) > 1)

    def _choose_connection(self, index: int) -> None:
        self.connection_id = self.connection_choice.itemData(index)
        self._say("", NOTE_STYLE)  # what the last run said was about the other connection
        self.reload(newest=True)

    def _shown(self) -> connections.ConnectionSettings | None:
        return self.overview.connection if self.overview is not None else None

    def _last_text(self, runs: list[RunSummary]) -> str:
        if not runs:
            return self.tr("No run yet.")
        last = runs[0]
        return self.tr("Last run: {0}, {1} — {2}").format(
            format_datetime(last.started_at), self.status_titles.get(last.status, last.status), last.message)

    def _selected_run(self) -> int | None:
        index = self.runs_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.runs_model.rows):
            return None
        return self.runs_model.rows[index.row()].run_id

    def _show_log(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.row() < len(self.runs_model.rows):
            self.log_view.setPlainText(self.runs_model.rows[current.row()].log)

    def _update_buttons(self) -> None:
        usable = (self.overview is not None and self.overview.connection is not None
                  and self.overview.connection.enabled and self.ctx.actor.can(Permission.RUN_SYNC))
        free = not self.busy and not (self.scheduler is not None and self.scheduler.running)
        self.connection_choice.setEnabled(not self.busy)
        self.push_button.setEnabled(usable and free)
        self.pull_button.setEnabled(usable and free)
        self.compare_button.setEnabled(usable and free)
        failed = [p for p in self.parked_model.rows if p.held_price is None]
        chosen = self._chosen_parked()
        self.retry_all_button.setEnabled(bool(failed) and not self.busy)
        self.retry_button.setEnabled(any(p.held_price is None for p in chosen) and not self.busy)
        self.confirm_button.setVisible(self.ctx.actor.can(Permission.EDIT_PRICES))
        self.confirm_button.setEnabled(any(p.held_price is not None for p in chosen) and not self.busy)

    def _chosen_parked(self) -> list[outbox.ParkedItem]:
        rows = sorted({i.row() for i in self.parked_view.selectionModel().selectedRows()})
        return [self.parked_model.rows[r] for r in rows if r < len(self.parked_model.rows)]

    def refresh(self, changes: Changes) -> None:
        if not self.busy and (changes.stock or changes.products or changes.settings):
            self.reload()

    # --- running

    def run(self, kind: str) -> None:
        store, actor, stop, moved = self.ctx.store, self.ctx.actor, self._stop, self._relay.moved
        name = self._shown().name
        stop.clear()
        self.busy = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.setEnabled(True)
        self.stop_button.show()
        self._update_buttons()
        self._say(self.tr("Sending changes to the site…") if kind == "push"
                  else self.tr("Fetching orders from the site…"), NOTE_STYLE)
        self.ctx.ops.run(lambda: connections.run_now(store, actor, kind, name=name, progress=moved.emit,
                                                     should_stop=stop.is_set),
                         self._ran, self._failed, changes=Changes(stock=True), write=False)

    def compare(self) -> None:
        store, actor, name = self.ctx.store, self.ctx.actor, self._shown().name
        self.busy = True
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update_buttons()
        self._say(self.tr("Reading the site's stock and prices…"), NOTE_STYLE)
        self.ctx.ops.run(lambda: connections.reconcile_now(store, actor, name=name), self._compared, self._failed, write=False)

    def _compared(self, found: engine.ReconcileResult) -> None:
        self._finish()
        if not found.differences:
            self._say(self.tr("The site shows the same as we do ({0} product(s) compared).").format(found.checked),
                      SUCCESS_STYLE)
            return
        self._say(self.tr("{0} difference(s) found.").format(len(found.differences)), ERROR_STYLE)
        self.differences_dialog = DifferencesDialog(self.ctx, found, self)
        self.differences_dialog.finished.connect(lambda _code: self.reload())
        self.differences_dialog.open()

    def stop(self) -> None:
        """Ask the running sync to end after the batch in flight; what is left stays queued."""
        self._stop.set()
        self.stop_button.setEnabled(False)
        self._say(self.tr("Stopping after the current batch…"), NOTE_STYLE)

    def _moved(self, done: int, total: int, kind: str) -> None:
        if not self.busy or self._stop.is_set():
            return
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            self._say(self.tr("Sent {0} of {1}…").format(done, total), NOTE_STYLE)
        else:
            self._say(self.tr("Orders read: {0}…").format(done), NOTE_STYLE)

    def _ran(self, result: RunResult) -> None:
        self._finish()
        style = {RunStatus.OK: SUCCESS_STYLE, RunStatus.PARTIAL: ERROR_STYLE}.get(result.status, ERROR_STYLE)
        text = (error_text(result.site_error) if result.site_error is not None else result.message)
        self._say(text, style)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        self._say(error_text(exc), ERROR_STYLE)

    def _finish(self) -> None:
        self.busy = False
        self.progress.hide()
        self.stop_button.hide()
        self.reload(newest=True)

    def _say(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)

    # --- parked

    def retry_selected(self) -> None:
        self._retry([p.product_id for p in self._chosen_parked() if p.held_price is None])

    def confirm_prices(self) -> None:
        chosen = [p.product_id for p in self._chosen_parked() if p.held_price is not None]
        connection_id = self._shown().id

        def write(session, actor) -> int:
            return price_guard.confirm(session, actor, connection_id, chosen)

        self.ctx.write(write, Changes(stock=True), self._confirmed, self._failed)

    def _confirmed(self, count: int) -> None:
        self.reload()
        self._say(self.tr("{0} price(s) confirmed: they go to the site with the next run.").format(count),
                  SUCCESS_STYLE)

    def _retry(self, product_ids: list[int] | None) -> None:
        connection_id = self._shown().id

        def write(session, _actor) -> int:
            return outbox.retry_parked(session, connection_id, product_ids)

        self.ctx.write(write, Changes(stock=True), self._retried, self._failed)

    def _retried(self, count: int) -> None:
        self.reload()
        self._say(self.tr("{0} product(s) queued again for the next run.").format(count), SUCCESS_STYLE)
