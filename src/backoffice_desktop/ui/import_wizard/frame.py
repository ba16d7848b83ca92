"""The frame of a file import wizard: four steps (the file → the columns → analysing →
the report), Back / Next / Cancel, reads in the background with a progress bar and Stop,
and Apply in one transaction.

Nothing is written before Apply; Cancel at any step leaves the store as it was. Results
of background work that the user has moved on from (cancelled, or gone back) are dropped.
An importer subclasses :class:`ImportWizard`, builds its file, mapping and report pages
and answers the hooks (:meth:`current_mapping`, :meth:`_analysis_job`, :meth:`_analysed`,
:meth:`show_preview`, :meth:`apply`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...services.permissions import Actor
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes
from ..settings.common import NOTE_STYLE, MessageLabel

#: Reports the analysis' progress (rows done, rows in all); raises :class:`Cancelled` on Stop.
Progress = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside a background analysis when the user cancels it."""


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread."""

    changed = Signal(int, int)


class ImportWizard(QDialog):
    """The steps, buttons and background work of an import; ``applied`` carries what Apply returned."""

    FILE, MAPPING, ANALYSING, REPORT = range(4)
    applied = Signal(object)

    # Made by the importer's pages (see _path_row, MappingControls and ReportTabs).
    path_edit: QLineEdit
    file_message: MessageLabel
    mapping_message: MessageLabel
    apply_message: MessageLabel
    skip_errors: QCheckBox
    # What the importer answers.
    browse: Callable[[], None]
    open_file: Callable[[Path], None]
    show_preview: Callable[[Any], None]
    #: The mapping to import with; raises ValidationError.
    current_mapping: Callable[[], Any]
    #: The background read of the whole file, given what to report progress to.
    _analysis_job: Callable[[Path, Any], Callable[[Progress], Any]]
    _analysed: Callable[[Any], None]
    apply: Callable[[], None]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: Any = None
        self.report: Any = None
        self.result: Any = None
        self.busy = False
        self._job = 0
        self._cancel = threading.Event()
        self._touched = False
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)

    def _build(self, file_page: QWidget, mapping_page: QWidget, report_page: QWidget, width: int,
               height: int) -> None:
        """Lay out the steps and the buttons, and show the first step."""
        self.pages = QStackedWidget()
        for page in (file_page, mapping_page, self._analysing_page(), report_page):
            self.pages.addWidget(page)
        self.back_button = QPushButton(self.tr("< Back"))
        self.back_button.setObjectName("wizard_back")
        self.next_button = QPushButton()
        self.next_button.setObjectName("wizard_next")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("wizard_cancel")
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        self.step_label = QLabel()
        self.step_label.setObjectName("wizard_step")
        self.step_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(width, height)
        self._set_page(self.FILE)

    # --- page 1: the file -----------------------------------------------------------------
    def _path_row(self, placeholder: str) -> QPushButton:
        """The path field and the file message; returns the "Choose file…" button to lay out."""
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("wizard_path")
        self.path_edit.setPlaceholderText(placeholder)
        self.path_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.path_edit.returnPressed.connect(self.go_next)
        browse = QPushButton(self.tr("Choose file…"))
        browse.setObjectName("wizard_browse")
        browse.clicked.connect(self.browse)
        self.file_message = MessageLabel()
        self.file_message.setObjectName("wizard_file_message")
        return browse


    def _file_step(self, intro: str, fields: QLayout, note: str) -> QWidget:
        """The first step: what to choose, the fields (with the path row), a note, the file message."""
        page = QWidget()
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        note_label = QLabel(note)
        note_label.setWordWrap(True)
        note_label.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(intro_label)
        layout.addLayout(fields)
        layout.addWidget(note_label)
        layout.addWidget(self.file_message)
        layout.addStretch(1)
        return page

    def _choose_file(self, title: str, filters: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, title, self.path_edit.text(), filters)
        if path:
            self.open_file(Path(path))


    def _file_ready(self) -> bool:
        """Whether the first step is filled in enough for Next."""
        return bool(self.path_edit.text().strip())

    def _previewed(self, preview: Any) -> None:
        if preview.problem is not None and not any(
            cell.strip() for sheet in preview.sheets for row in sheet.rows for cell in row.cells
        ):
            self._file_failed(preview.problem)  # nothing in it to map: choose another file
            return
        self.file_message.clear_message()
        self._set_page(self.MAPPING)
        self.show_preview(preview)


    def _file_failed(self, exc: BaseException) -> None:
        self.file_message.show_error(error_text(exc))
        self._set_page(self.FILE)
        self.path_edit.setFocus()

    # --- page 3: analysing ------------------------------------------------------------------
    def _analysing_page(self) -> QWidget:
        page = QWidget()
        self.analysing_label = QLabel()
        self.analysing_label.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("wizard_progress")
        self.progress.setRange(0, 100)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("wizard_stop")
        self.stop_button.clicked.connect(self.stop_analysis)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.analysing_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.stop_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        return page


    def analyse(self) -> None:
        try:
            mapping = self.current_mapping()
        except ValidationError as exc:
            self.mapping_message.show_error(error_text(exc))
            return
        path = self.path
        assert path is not None
        job = self._analysis_job(path, mapping)
        cancel = self._cancel = threading.Event()
        progress = self._progress

        def report_progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled()
            progress.changed.emit(done, total)

        self.analysing_label.setText(self.tr("Reading and checking {0}…").format(path.name))
        self.progress.setValue(0)
        self._set_page(self.ANALYSING)
        self._run(lambda: job(report_progress), self._analysed, self._analysis_failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    def stop_analysis(self) -> None:
        self._cancel.set()
        self._job += 1
        self.busy = False
        self._set_page(self.MAPPING)


    def _analysis_failed(self, exc: BaseException) -> None:
        self._set_page(self.MAPPING)
        if not isinstance(exc, Cancelled):
            self.mapping_message.show_error(error_text(exc))

    # --- page 4: the report (ReportTabs) ------------------------------------------------------

    def _apply(self, write: Callable[[Session, Actor], Any], changes: Changes,
               show_error: Callable[[QWidget, BaseException], None]) -> None:
        """Write the import in one transaction; close on success, say why on failure."""
        self.busy = True
        self.apply_message.show_note(self.tr("Applying…"))
        self._update_buttons()

        def done(result: Any) -> None:
            self.busy = False
            self.result = result
            self.applied.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.apply_message.clear_message()
            self._update_buttons()
            show_error(self, exc)

        self.ctx.write(write, changes, done, failed)

    # --- navigation -----------------------------------------------------------------------------
    def _run(self, func: Callable[[], Any], on_success: Callable[[Any], None],
             on_failure: Callable[[BaseException], None]) -> None:
        """Run a read in the background; its result is dropped if the user moved on."""
        self._job += 1
        job = self._job
        self.busy = True
        self._update_buttons()

        def done(result: Any) -> None:
            if job == self._job:
                self.busy = False
                on_success(result)

        def failed(exc: BaseException) -> None:
            if job == self._job:
                self.busy = False
                on_failure(exc)

        self.ctx.ops.run(func, done, failed, write=False)

    def _step_titles(self) -> dict[int, str]:
        """The title over each step; the importer names its file and what is checked."""
        return {self.MAPPING: self.tr("Step 2 of 3: where the columns are"),
                self.REPORT: self.tr("Step 3 of 3: what the import will change")}

    def _set_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.step_label.setText(self._step_titles()[page])
        self.next_button.setText({self.FILE: self.tr("Next >"), self.MAPPING: self.tr("Analyse >"),
                                  self.ANALYSING: self.tr("Analyse >"), self.REPORT: self.tr("Apply")}[page])
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setVisible(page in (self.MAPPING, self.REPORT))
        self.back_button.setEnabled(not self.busy)
        self.cancel_button.setEnabled(not (self.busy and page == self.REPORT))
        if page == self.FILE:
            ready = self._file_ready()
        elif page == self.MAPPING:
            try:
                self.current_mapping()
                # Without a header found, the user has to choose the columns first.
                ready = self._touched or (self.preview is not None and self.preview.mapping is not None)
            except ValidationError:
                ready = False
        elif page == self.REPORT:
            report = self.report
            ready = report is not None and (not report.errors or self.skip_errors.isChecked())
        else:
            ready = False
        self.next_button.setEnabled(ready and not self.busy)

    def go_next(self) -> None:
        page = self.pages.currentIndex()
        if page == self.FILE and not self.busy:
            text = self.path_edit.text().strip()
            if text:
                self.open_file(Path(text))
        elif page == self.MAPPING:
            self.analyse()
        elif page == self.REPORT:
            self.apply()

    def go_back(self) -> None:
        self._set_page(self.FILE if self.pages.currentIndex() == self.MAPPING else self.MAPPING)

    def reject(self) -> None:
        """Cancel: stop what runs in the background; nothing has been written."""
        if self.busy and self.pages.currentIndex() == self.REPORT:
            return  # Apply is running: its transaction finishes or fails whole
        self._cancel.set()
        self._job += 1
        self.busy = False
        super().reject()
