"""Reports: the list of reports, what to ask for, the result on screen with drill-down,
and the result as PDF, XLSX or on paper. Reports run on a worker and can be cancelled."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import dead_stock, report_output, report_presets, supplier_returns
from ...services.permissions import Permission
from ...services.reports.common import ReportCancelled
from ...services.reports.registry import REPORTS, drill_params, run_report
from ...exports.report_data import DrillDown, ReportParams, ReportResult
from ..context import AppContext
from ..i18n import current_language
from ..messages import show_error
from ..operations import Changes
from ..pdf_output import open_document, print_path
from .dead_stock_actions import (
    MarkdownDialog,
    StopReorderingDialog,
    SupplierReturnDialog,
    markdown_allowed,
    reordering_allowed,
    returns_allowed,
)
from .print_document import report_html
from .params_panel import ParamsPanel
from .report_view import ReportView
from .sales_import_wizard import SalesImportWizard


class ReportsWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.language = current_language()
        self.result: ReportResult | None = None
        self.current: tuple[str, ReportParams] | None = None
        self.history: list[tuple[str, ReportParams, ReportResult]] = []
        self._cancel: threading.Event | None = None
        self._started = 0.0
        #: Said before the next result's row count: what an import or an action on the selection just did.
        self._notice = ""

        self.reports = QListWidget()
        self.reports.setObjectName("reports_list")
        self.reports.setFixedWidth(250)
        self.reports.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        for spec in REPORTS.values():
            if spec.drill_only:
                continue
            item = QListWidgetItem(spec.title(self.language))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(spec.description(self.language))
            self.reports.addItem(item)

        self.title = QLabel()
        self.title.setObjectName("report_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet("color: #555;")
        self.params = ParamsPanel(ctx, self.language)
        self.run_button = QPushButton(self.tr("Show"))
        self.run_button.setObjectName("report_run")
        self.run_button.setStyleSheet("font-weight: 600;")
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setObjectName("report_cancel")
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setObjectName("report_back")
        self.pdf_button = QPushButton(self.tr("PDF"))
        self.pdf_button.setObjectName("report_pdf")
        self.xlsx_button = QPushButton(self.tr("Excel"))
        self.xlsx_button.setObjectName("report_xlsx")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("report_print")
        self.presets = QComboBox()
        self.presets.setObjectName("report_presets")
        self.presets.setMinimumWidth(160)
        self.save_preset_button = QPushButton(self.tr("Save as preset…"))
        self.save_preset_button.setObjectName("report_save_preset")
        self.import_button = QPushButton(self.tr("Import sales…"))
        self.import_button.setObjectName("report_import_sales")
        self.import_button.setToolTip(self.tr("Import website orders from the shop's order export (.xlsx, .csv)"))
        self.import_button.setVisible(ctx.actor.can(Permission.IMPORT_SALES))
        self.status = QLabel()
        self.status.setObjectName("report_status")
        actions = QHBoxLayout()
        for widget in (self.run_button, self.cancel_button, self.back_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Presets:")))
        actions.addWidget(self.presets)
        actions.addWidget(self.save_preset_button)
        for widget in (self.pdf_button, self.xlsx_button, self.print_button, self.import_button):
            actions.addWidget(widget)

        # Actions on the selected rows, for the reports that offer them (dead stock).
        self.selection_label = QLabel()
        self.selection_label.setObjectName("report_selection")
        self.markdown_button = QPushButton(self.tr("Mark down…"))
        self.markdown_button.setObjectName("action_markdown")
        self.stop_reorder_button = QPushButton(self.tr("Stop reordering…"))
        self.stop_reorder_button.setObjectName("action_stop_reorder")
        self.return_button = QPushButton(self.tr("Return to supplier…"))
        self.return_button.setObjectName("action_return")
        self.row_actions = QWidget()
        self.row_actions.setObjectName("report_row_actions")
        row_actions = QHBoxLayout(self.row_actions)
        row_actions.setContentsMargins(0, 0, 0, 0)
        for button in (self.markdown_button, self.stop_reorder_button, self.return_button):
            row_actions.addWidget(button)
        row_actions.addWidget(self.selection_label)
        row_actions.addStretch(1)

        self.view = ReportView(self.language)
        self.view.drill_requested.connect(self.drill)
        self.view.selection_changed.connect(self._update_row_actions)
        self.empty = QLabel()
        self.empty.setObjectName("report_empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 14px; padding: 24px;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.params)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.status)
        right_layout.addWidget(self.row_actions)
        right_layout.addWidget(self.stack, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.reports)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.reports.currentItemChanged.connect(self._report_chosen)
        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.back_button.clicked.connect(self.back)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.print_button.clicked.connect(self.print_report)
        self.save_preset_button.clicked.connect(self.save_preset)
        self.import_button.clicked.connect(self.import_sales)
        self.presets.activated.connect(self._preset_chosen)
        self.markdown_button.clicked.connect(self.mark_down)
        self.stop_reorder_button.clicked.connect(self.stop_reordering)
        self.return_button.clicked.connect(self.return_to_supplier)
        self.reports.setCurrentRow(0)
        self._load_presets()
        self._update_buttons()
        self.run()  # the director's dashboard, as soon as the workspace opens

    # --- choosing and running ----------------------------------------------------------

    def report_key(self) -> str:
        item = self.reports.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "dashboard"

    def _report_chosen(self, *_args: Any) -> None:
        spec = REPORTS[self.report_key()]
        self.title.setText(spec.title(self.language))
        self.description.setText(spec.description(self.language))
        self.params.set_spec(spec)
        self.history.clear()
        self.result = None
        self.empty.setText(self.tr("Choose the period and filters, then press Show."))
        self.stack.setCurrentWidget(self.empty)
        self._update_buttons()

    def run(self) -> None:
        self.history.clear()
        self._run(self.report_key(), self.params.params())

    def _run(self, name: str, params: ReportParams) -> None:
        if self._cancel is not None:
            return
        cancel = threading.Event()
        self._cancel = cancel
        self._started = time.perf_counter()
        self.current = (name, params)
        read, actor = self.ctx.read, self.ctx.actor

        def job() -> ReportResult:
            with read() as session:
                return run_report(session, name, params, actor, cancelled=cancel.is_set)

        self.status.setText(self.tr("Working…"))
        self._update_buttons()
        self.ctx.ops.run(job, self._shown, self._failed, write=False)

    def _shown(self, result: ReportResult) -> None:
        self._cancel = None
        self.result = result
        seconds = time.perf_counter() - self._started
        shown = self.tr("%n row(s) in {0} s", "", len(result.rows)).format(f"{seconds:.1f}")
        self.status.setText(f"{self._notice} {shown}" if self._notice else shown)
        self._notice = ""
        if result.rows or result.figures:
            self.view.show_result(result)
            self.stack.setCurrentWidget(self.view)
        else:
            self.empty.setText(self.tr("No sales or stock match this period and these filters."))
            self.stack.setCurrentWidget(self.empty)
        self.title.setText(result.title(self.language))
        self._update_buttons()

    def _failed(self, exc: BaseException) -> None:
        self._cancel = None
        self._notice = ""
        if isinstance(exc, ReportCancelled):
            self.status.setText(self.tr("Stopped."))
        else:
            self.status.setText("")
            show_error(self, exc)
        self._update_buttons()

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.status.setText(self.tr("Stopping…"))

    def drill(self, drill: DrillDown) -> None:
        if self.current is None or self.result is None or self._cancel is not None:
            return
        name, params = self.current
        self.history.append((name, params, self.result))
        self._run(drill.report, drill_params(params, drill))

    def back(self) -> None:
        if not self.history or self._cancel is not None:
            return
        name, params, result = self.history.pop()
        self.current = (name, params)
        self._shown_again(result)

    def _shown_again(self, result: ReportResult) -> None:
        self.result = result
        self.view.show_result(result)
        self.stack.setCurrentWidget(self.view)
        self.title.setText(result.title(self.language))
        self.status.setText(self.tr("%n row(s)", "", len(result.rows)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        running = self._cancel is not None
        self.run_button.setEnabled(not running)
        self.cancel_button.setVisible(running)
        self.back_button.setVisible(bool(self.history))
        self.back_button.setEnabled(not running)
        for button in (self.pdf_button, self.xlsx_button, self.print_button):
            button.setEnabled(self.result is not None and not running)
        self._update_row_actions()

    # --- actions on the selected rows (dead stock) ---------------------------------------

    def _update_row_actions(self) -> None:
        shown = (self.result is not None and self.result.name == "dead_stock"
                 and self.stack.currentWidget() is self.view)
        self.row_actions.setVisible(shown)
        if not shown:
            return
        count = len(self.view.selected_products())
        idle = self._cancel is None
        self.selection_label.setText(self.tr("%n product(s) selected", "", count) if count
                                     else self.tr("Select goods in the table (Ctrl+click, Shift+click) to act on them"))
        for button, allowed in ((self.markdown_button, markdown_allowed(self.ctx)),
                                (self.stop_reorder_button, reordering_allowed(self.ctx)),
                                (self.return_button, returns_allowed(self.ctx))):
            button.setEnabled(bool(count) and idle and allowed)
            button.setToolTip("" if allowed else self.tr("Your role may not do this."))

    def _selected_ids(self) -> list[int]:
        return [pid for pid, _sku, _name in self.view.selected_products()]

    def _act(self, func: Any, changes: Changes, done_text: Any) -> None:
        def done(result: Any) -> None:
            self._notice = done_text(result)
            self.refresh_report()

        self.ctx.write(func, changes, done, lambda exc: show_error(self, exc))

    def refresh_report(self) -> None:
        """Run the report on screen again with the same parameters (after an action)."""
        if self.current is not None and self._cancel is None:
            self._run(*self.current)

    def mark_down(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        dialog = MarkdownDialog(self.ctx, ids, self)
        if not dialog.exec():
            return
        lines = list(dialog.plan)
        self._act(lambda s, a: dead_stock.apply_markdown(s, a, lines), Changes(products=True),
                  lambda n: self.tr("%n price(s) marked down.", "", n))

    def stop_reordering(self) -> None:
        selected = self.view.selected_products()
        if not selected:
            return
        ids = [pid for pid, _sku, _name in selected]
        dialog = StopReorderingDialog(ids, [(sku, name) for _pid, sku, name in selected], self)
        if not dialog.exec():
            return
        self._act(lambda s, a: dead_stock.stop_reordering(s, a, ids), Changes(products=True, purchasing=True),
                  lambda n: self.tr("%n product(s) will no longer be reordered.", "", n))

    def return_to_supplier(self) -> None:
        ids = self._selected_ids()
        if not ids:
            return
        dialog = SupplierReturnDialog(self.ctx, ids, self)
        if not dialog.exec():
            return
        self._act(lambda s, a: supplier_returns.start_unsold_returns(s, a, ids),
                  Changes(stock=True, documents=True),
                  lambda created: self.tr("%n draft return(s) to suppliers made; the warehouse posts them when "
                                          "the goods leave.", "", len(created)))

    # --- output ------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        result = self.result
        if result is None:
            return
        stem = f"{result.title('ru')} {result.params.period.start:%d.%m.%Y}-{result.params.period.end:%d.%m.%Y}"
        path = print_path(self.ctx.paths, stem, f".{fmt}")
        read, language = self.ctx.read, self.language

        def job() -> Path:
            with read() as session:
                return report_output.write_report(session, result, path, fmt, language)

        def done(written: Path) -> None:
            self.last_export = written
            self.status.setText(self.tr("Saved to {0}").format(written))
            open_document(written)

        self.ctx.ops.run(job, done, lambda exc: show_error(self, exc), write=False)

    def print_document(self) -> QTextDocument:
        assert self.result is not None
        document = QTextDocument(self)
        document.setHtml(report_html(self.result, self.language, self.view))
        return document

    def print_report(self) -> None:
        if self.result is None:
            return
        document = self.print_document()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(self.tr("Print preview"))
        preview.paintRequested.connect(document.print_)
        preview.resize(900, 700)
        preview.exec()

    # --- presets -----------------------------------------------------------------------

    def _load_presets(self) -> None:
        with self.ctx.read() as session:
            presets = report_presets.list_presets(session, self.ctx.actor)
        self.presets.clear()
        self.presets.addItem(self.tr("—"), None)
        for name in sorted(presets):
            self.presets.addItem(name, (name, presets[name]))

    def save_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save as preset"), self.tr("Preset name:"))
        if ok and name.strip():
            self.store_preset(name)

    def store_preset(self, name: str) -> None:
        preset = {"report": self.report_key(), **self.params.preset()}
        self.ctx.write(lambda s, a: report_presets.save_preset(s, a, name, preset), Changes(settings=True),
                       lambda _r: self._load_presets(), lambda exc: show_error(self, exc))

    def _preset_chosen(self, index: int) -> None:
        data = self.presets.itemData(index)
        if not data:
            return
        _name, preset = data
        for row in range(self.reports.count()):
            if self.reports.item(row).data(Qt.ItemDataRole.UserRole) == preset.get("report"):
                self.reports.setCurrentRow(row)
        self.params.apply_preset(preset)
        self.run()

    def import_sales(self) -> SalesImportWizard:
        """Open the sales import wizard; the report on screen is run again after Apply."""
        wizard = SalesImportWizard(self.ctx, parent=self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.applied.connect(lambda _result: self._imported(wizard.result_text()))
        self.wizard = wizard
        wizard.open()
        return wizard

    def _imported(self, text: str) -> None:
        self._notice = text
        self.status.setText(text)

    def refresh(self, changes: Changes) -> None:
        if changes.settings:
            self._load_presets()
        if changes.sales and self.current is not None and self._cancel is None:
            self.history.clear()  # what was drilled through is out of date too
            self._run(*self.current)
