"""The price-list import wizard over ``services.pricelists``: choose the file → check the
columns found (correct them if need be) → analyse off the UI thread → read the report,
accept name suggestions, tick rows to create products from → Apply in one transaction.

Nothing is written before Apply; Cancel at any step leaves the store as it was. Results
of background work that the user has moved on from (cancelled, or gone back) are dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import ValidationError
from ...services import pricelists, suppliers
from ...services.pricelists import ApplyResult, PriceListMapping, PriceListPreview, PriceListReport
from ..context import AppContext
from ..messages import error_text, show_error
from ..operations import Changes
from ..settings.common import NOTE_STYLE, MessageLabel
from .pricelist_mapping_page import MappingPage
from .pricelist_report_page import ReportPage


class Cancelled(Exception):
    """Raised inside a background analysis when the user cancels it."""


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread."""

    changed = Signal(int, int)


class PriceListWizard(MappingPage, ReportPage, QDialog):
    """Import one supplier's price list; ``applied`` carries the :class:`ApplyResult`."""

    FILE, MAPPING, ANALYSING, REPORT = range(4)
    applied = Signal(object)

    def __init__(self, ctx: AppContext, supplier_id: int, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.supplier_id = supplier_id
        self.path: Path | None = None
        self.preview: PriceListPreview | None = None
        self.report: PriceListReport | None = None
        self.result: ApplyResult | None = None
        self.busy = False
        self._job = 0
        self._cancel = threading.Event()
        self._touched = False
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        self.saved_mapping: PriceListMapping | None = None
        with ctx.read() as session:
            detail = suppliers.supplier_detail(session, supplier_id)
            try:
                self.saved_mapping = pricelists.saved_mapping(session, supplier_id)
            except ValidationError:
                self.saved_mapping = None  # an unreadable saved mapping: detect afresh
        self.supplier_name = detail.data.name
        self.currency = detail.data.currency
        self.setWindowTitle(self.tr("Import a price list — {0}").format(self.supplier_name))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._analysing_page())
        self.pages.addWidget(self._report_page())

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
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.cancel_button)
        self.step_label = QLabel()
        self.step_label.setObjectName("wizard_step")
        self.step_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1000, 640)
        self._set_page(self.FILE)
        if path is not None:
            self.open_file(path)

    # --- page 1: the file -----------------------------------------------------------
    def _file_page(self) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Choose the price list of {0}: an Excel workbook (.xlsx) or a CSV file. The file is read and "
            "checked first; nothing changes until you press Apply on the last page.").format(self.supplier_name))
        intro.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("wizard_path")
        self.path_edit.setPlaceholderText(self.tr("Path to the price list file"))
        self.path_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.path_edit.returnPressed.connect(self.go_next)
        browse = QPushButton(self.tr("Choose file…"))
        browse.setObjectName("wizard_browse")
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.file_message = MessageLabel()
        self.file_message.setObjectName("wizard_file_message")
        remembered = QLabel(
            self.tr("The columns of this supplier's last price list are remembered and tried first.")
            if self.saved_mapping else
            self.tr("The header row and the columns (article, name, price, stock, barcode, pack) are found "
                    "by their captions in Russian or English; you can correct them on the next page."))
        remembered.setWordWrap(True)
        remembered.setStyleSheet(NOTE_STYLE)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(remembered)
        layout.addWidget(self.file_message)
        layout.addStretch(1)
        return page

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a price list"), self.path_edit.text(),
            self.tr("Price lists (*.xlsx *.csv);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read the file's first rows and the columns (in the background), then show them."""
        self.path_edit.setText(str(path))
        self.path = path
        self.file_message.show_note(self.tr("Reading {0}…").format(path.name))
        mapping = self.saved_mapping

        def job() -> PriceListPreview:
            return pricelists.preview_file(path, mapping)

        self._run(job, self._previewed, self._file_failed)

    def _previewed(self, preview: PriceListPreview) -> None:
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
        self.path_edit.selectAll()

    # --- page 3: analysing ------------------------------------------------------------
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
        path, supplier_id, read = self.path, self.supplier_id, self.ctx.read
        assert path is not None
        cancel = self._cancel = threading.Event()
        progress = self._progress

        def report_progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled()
            progress.changed.emit(done, total)

        def job() -> tuple[PriceListReport, dict[int, tuple[str, str]]]:
            with read() as session:
                report = pricelists.analyse_price_list(session, supplier_id, path, mapping, report_progress)
                ids = [m.product_id for m in report.rows if m.product_id]
                ids += [s.product_id for s in report.suggestions]
                return report, suppliers.product_titles(session, ids)

        self.analysing_label.setText(self.tr("Reading and checking {0}…").format(path.name))
        self.progress.setValue(0)
        self._set_page(self.ANALYSING)
        self._run(job, self._analysed, self._analysis_failed)

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    def stop_analysis(self) -> None:
        self._cancel.set()
        self._job += 1
        self.busy = False
        self._set_page(self.MAPPING)

    def _analysed(self, result: tuple[PriceListReport, dict[int, tuple[str, str]]]) -> None:
        self.show_report(*result)
        self._set_page(self.REPORT)

    def _analysis_failed(self, exc: BaseException) -> None:
        self._set_page(self.MAPPING)
        if not isinstance(exc, Cancelled):
            self.mapping_message.show_error(error_text(exc))

    def apply(self) -> None:
        report = self.report
        if report is None or self.busy:
            return
        links, create, skip = self.links(), self.to_create(), self.skip_errors.isChecked()
        self.busy = True
        self.apply_message.show_note(self.tr("Applying…"))
        self._update_buttons()

        def done(result: ApplyResult) -> None:
            self.busy = False
            self.result = result
            self.applied.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.apply_message.clear_message()
            self._update_buttons()
            show_error(self, exc)

        self.ctx.write(lambda s, a: pricelists.apply_price_list(s, a, report, links, create, skip),
                       Changes(purchasing=True, products=bool(links or create)), done, failed)

    def result_text(self) -> str:
        """One line on what Apply did, for the page's status line."""
        r = self.result
        if r is None:
            return ""
        return self.tr("Price list imported. New offers: {0}; updated: {1}; price changes: {2}; "
                       "new products: {3}.").format(r.offers_created, r.offers_updated, r.prices_changed,
                                                    len(r.products_created))

    # --- navigation -----------------------------------------------------------------
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

    def _set_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.step_label.setText({
            self.FILE: self.tr("Step 1 of 3: the price list file"),
            self.MAPPING: self.tr("Step 2 of 3: where the columns are"),
            self.ANALYSING: self.tr("Step 3 of 3: checking the list"),
            self.REPORT: self.tr("Step 3 of 3: what the import will change"),
        }[page])
        self.next_button.setText({self.FILE: self.tr("Next >"), self.MAPPING: self.tr("Analyse >"),
                                  self.ANALYSING: self.tr("Analyse >"), self.REPORT: self.tr("Apply")}[page])
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        self.back_button.setVisible(page in (self.MAPPING, self.REPORT))
        self.back_button.setEnabled(not self.busy)
        self.cancel_button.setEnabled(not (self.busy and page == self.REPORT))
        if page == self.FILE:
            ready = bool(self.path_edit.text().strip())
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
        page = self.pages.currentIndex()
        self._set_page(self.FILE if page == self.MAPPING else self.MAPPING)

    def reject(self) -> None:
        """Cancel: stop what runs in the background; nothing has been written."""
        if self.busy and self.pages.currentIndex() == self.REPORT:
            return  # Apply is running: its transaction finishes or fails whole
        self._cancel.set()
        self._job += 1
        self.busy = False
        super().reject()
