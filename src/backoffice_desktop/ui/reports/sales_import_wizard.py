"""The sales import wizard over ``services.sales_import``, shaped like the price-list one:
the source and the file → the columns found (correct them if need be) → analyse off the
UI thread → read the report (new, updated and unchanged orders, errors, SKUs we don't
have) → Apply in one transaction.

Nothing is written before Apply; Cancel at any step leaves the store as it was. Results
of background work the user has moved on from are dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from openpyxl.utils import get_column_letter

from ...errors import ValidationError
from ...exports.order_export_reader import OrderExportPreview, SalesSheetPreview
from ...models import OPEN_STATUSES, SalesOrderStatus
from ...services import sales_import
from ...services.sales_import import SalesField, SalesImportReport, SalesImportResult, SalesMapping
from ..context import AppContext
from ..formatting import format_datetime, format_money
from ..messages import ERROR_CONTEXT, error_text, show_error
from ..operations import Changes
from ..purchasing.pricelist_wizard import Cancelled, ReportModel
from ..settings.common import NOTE_STYLE, MessageLabel

HEADER_BACKGROUND = QColor("#fff2c2")
MAPPED_BACKGROUND = QColor("#dcebff")
MUTED = QColor("#888888")


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread."""

    changed = Signal(int, int)


def _status_titles() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("SalesImportWizard", text)

    return {
        SalesOrderStatus.NEW.value: tr("new"), SalesOrderStatus.PROCESSING.value: tr("processing"),
        SalesOrderStatus.SHIPPED.value: tr("shipped"), SalesOrderStatus.COMPLETED.value: tr("completed"),
        SalesOrderStatus.CANCELLED.value: tr("cancelled"), SalesOrderStatus.RETURNED.value: tr("returned"),
    }


class SalesImportWizard(QDialog):
    """Import website orders from the shop's export; ``applied`` carries the :class:`SalesImportResult`."""

    FILE, MAPPING, ANALYSING, REPORT = range(4)
    applied = Signal(object)

    def __init__(self, ctx: AppContext, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.preview: OrderExportPreview | None = None
        self.report: SalesImportReport | None = None
        self.result: SalesImportResult | None = None
        self.busy = False
        self._job = 0
        self._cancel = threading.Event()
        self._touched = False
        self._progress = _Progress(self)
        self._progress.changed.connect(self._show_progress, Qt.ConnectionType.QueuedConnection)
        with ctx.read() as session:
            sources = sales_import.known_sources(session)
        self.setWindowTitle(self.tr("Import sales from the shop's order export"))

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page(sources))
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
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        self.step_label = QLabel()
        self.step_label.setObjectName("wizard_step")
        self.step_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.resize(1040, 660)
        self._set_page(self.FILE)
        self.path_edit.setFocus()
        if path is not None:
            self.open_file(path)

    # --- page 1: source and file ---------------------------------------------------------
    def _file_page(self, sources: list[str]) -> QWidget:
        page = QWidget()
        intro = QLabel(self.tr(
            "Choose the order export of the shop: an Excel workbook (.xlsx) or a CSV file with one row per order "
            "line. Orders are matched by their number: importing the same file again changes nothing, and a newer "
            "export updates the orders that changed. Nothing is written until you press Apply."))
        intro.setWordWrap(True)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("wizard_source")
        self.source_combo.setEditable(True)
        self.source_combo.addItems(sources)
        self.source_combo.setMinimumContentsLength(24)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("wizard_path")
        self.path_edit.setPlaceholderText(self.tr("Path to the order export file"))
        self.path_edit.textChanged.connect(lambda _text: self._update_buttons())
        self.path_edit.returnPressed.connect(self.go_next)
        browse = QPushButton(self.tr("Choose file…"))
        browse.setObjectName("wizard_browse")
        browse.clicked.connect(self.browse)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Orders from:")), 0, 0)
        grid.addWidget(self.source_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("File:")), 1, 0)
        grid.addWidget(self.path_edit, 1, 1)
        grid.addWidget(browse, 1, 2)
        grid.setColumnStretch(1, 1)
        note = QLabel(self.tr(
            "The columns (order number, date, status, SKU or barcode, quantity, price, discount, line total, return "
            "reason) are found by their captions in Russian or English; the columns of a source's last import are "
            "remembered and tried first. You can correct them on the next page."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.file_message = MessageLabel()
        self.file_message.setObjectName("wizard_file_message")
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(note)
        layout.addWidget(self.file_message)
        layout.addStretch(1)
        return page

    def source(self) -> str:
        return self.source_combo.currentText().strip()

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose an order export"), self.path_edit.text(),
            self.tr("Order exports (*.xlsx *.csv);;All files (*)"))
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> None:
        """Read the file's first rows and find the columns in the background, then show them."""
        self.path_edit.setText(str(path))
        self.path = path
        source = self.source()
        try:
            with self.ctx.read() as session:
                mapping = sales_import.saved_mapping(session, source)
        except ValidationError as exc:
            self.file_message.show_error(error_text(exc))
            return
        self.file_message.show_note(self.tr("Reading {0}…").format(path.name))
        self._run(lambda: sales_import.preview_file(path, mapping), self._previewed, self._file_failed)

    def _previewed(self, preview: OrderExportPreview) -> None:
        if preview.problem is not None and not any(
            cell.strip() for sheet in preview.sheets for row in sheet.rows for cell in row.cells
        ):
            self._file_failed(preview.problem)
            return
        self.file_message.clear_message()
        self._set_page(self.MAPPING)
        self.show_preview(preview)

    def _file_failed(self, exc: BaseException) -> None:
        self.file_message.show_error(error_text(exc))
        self._set_page(self.FILE)
        self.path_edit.setFocus()

    # --- page 2: the columns -------------------------------------------------------------
    def _field_titles(self) -> dict[SalesField, str]:
        return {
            SalesField.ORDER: self.tr("Order number:"), SalesField.DATE: self.tr("Date:"),
            SalesField.STATUS: self.tr("Status:"), SalesField.CUSTOMER: self.tr("Customer:"),
            SalesField.EMAIL: self.tr("E-mail:"), SalesField.SKU: self.tr("SKU:"),
            SalesField.BARCODE: self.tr("Barcode:"), SalesField.NAME: self.tr("Product name:"),
            SalesField.QUANTITY: self.tr("Quantity:"), SalesField.PRICE: self.tr("Unit price:"),
            SalesField.DISCOUNT: self.tr("Discount:"), SalesField.TOTAL: self.tr("Line total:"),
            SalesField.REASON: self.tr("Return reason:"),
        }

    def _short_titles(self) -> dict[SalesField, str]:
        return {
            SalesField.ORDER: self.tr("order"), SalesField.DATE: self.tr("date"), SalesField.STATUS: self.tr("status"),
            SalesField.CUSTOMER: self.tr("customer"), SalesField.EMAIL: self.tr("e-mail"),
            SalesField.SKU: self.tr("SKU"), SalesField.BARCODE: self.tr("barcode"), SalesField.NAME: self.tr("name"),
            SalesField.QUANTITY: self.tr("qty"), SalesField.PRICE: self.tr("price"),
            SalesField.DISCOUNT: self.tr("discount"), SalesField.TOTAL: self.tr("total"),
            SalesField.REASON: self.tr("reason"),
        }

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_note = QLabel()
        self.mapping_note.setObjectName("wizard_mapping_note")
        self.mapping_note.setWordWrap(True)
        self.mapping_message = MessageLabel()
        self.mapping_message.setObjectName("wizard_mapping_message")
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("wizard_sheets")
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("wizard_header_row")
        self.header_spin.setRange(1, 10000)
        self.dates_combo = QComboBox()
        self.dates_combo.setObjectName("wizard_dates")
        self.dates_combo.addItem(self.tr("found from the file"), None)
        self.dates_combo.addItem(self.tr("day first (31.12.2026)"), True)
        self.dates_combo.addItem(self.tr("month first (12/31/2026)"), False)
        self.field_combos: dict[SalesField, QComboBox] = {}
        grid = QGridLayout()
        self.sheet_label = QLabel(self.tr("Import:"))
        grid.addWidget(self.sheet_label, 0, 0)
        grid.addWidget(self.sheet_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Header row:")), 0, 2)
        grid.addWidget(self.header_spin, 0, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Dates:")), 0, 4)
        grid.addWidget(self.dates_combo, 0, 5)
        for i, (f, title) in enumerate(self._field_titles().items()):
            combo = QComboBox()
            combo.setObjectName(f"wizard_column_{f.value}")
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._mapping_edited)
            self.field_combos[f] = combo
            grid.addWidget(QLabel(title), 1 + i // 3, (i % 3) * 2)
            grid.addWidget(combo, 1 + i // 3, (i % 3) * 2 + 1)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("wizard_preview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(22)
        self.sample_label = QLabel()
        self.sample_label.setObjectName("wizard_sample")
        self.sample_label.setStyleSheet(NOTE_STYLE)
        self.sample_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.mapping_message)
        layout.addLayout(grid)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.sample_label)
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._mapping_shown())
        self.header_spin.valueChanged.connect(self._mapping_edited)
        self.dates_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        return page

    def show_preview(self, preview: OrderExportPreview) -> None:
        """Show the file's first rows and put the found mapping into the controls."""
        self.preview = preview
        self._touched = False
        mapping = preview.mapping
        widgets = [self.sheet_combo, self.header_spin, self.dates_combo, *self.field_combos.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItem(self.tr("All sheets with orders"), None)
        for name in preview.sheet_names:
            self.sheet_combo.addItem(self.tr("Only the sheet “{0}”").format(name), name)
        chosen = mapping.sheets[0] if mapping and len(mapping.sheets) == 1 else None
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(chosen), 0))
        self.sheet_combo.setVisible(len(preview.sheet_names) > 1)
        self.sheet_label.setVisible(len(preview.sheet_names) > 1)
        self.header_spin.setValue((mapping.header_row or 1) if mapping else 1)
        self.dates_combo.setCurrentIndex(max(self.dates_combo.findData(mapping.day_first if mapping else None), 0))
        width = max((s.width for s in preview.sheets), default=0)
        for f, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("— none —"), None)
            for col in range(1, width + 1):
                combo.addItem(get_column_letter(col), get_column_letter(col))
            combo.setCurrentIndex(max(combo.findData(mapping.columns.get(f) if mapping else None), 0))
        for widget in widgets:
            widget.blockSignals(False)
        self._mapping_shown()

    def _shown_sheet(self) -> SalesSheetPreview | None:
        if self.preview is None or not self.preview.sheets:
            return None
        name = self.sheet_combo.currentData()
        with_table = [s for s in self.preview.sheets if s.table is not None]
        return next((s for s in self.preview.sheets if s.name == name), None) or (with_table or
                                                                                  list(self.preview.sheets))[0]

    def _layout_shown(self) -> tuple[int | None, dict[SalesField, str]]:
        sheet = self._shown_sheet()
        if not self._touched and sheet is not None and sheet.table is not None:
            return sheet.table.header_row, dict(sheet.table.columns)
        if not self._touched and (self.preview is None or self.preview.mapping is None):
            return None, {}
        return self.header_spin.value(), {f: c.currentData() for f, c in self.field_combos.items() if c.currentData()}

    def _fill_preview(self) -> None:
        sheet = self._shown_sheet()
        table = self.preview_table
        table.clear()
        if sheet is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        header_row, columns = self._layout_shown()
        cells = next((r.cells for r in sheet.rows if r.row == header_row), ())
        for combo in self.field_combos.values():
            for i in range(1, combo.count()):
                caption = " ".join(cells[i - 1].split()) if i - 1 < len(cells) else ""
                combo.setItemText(i, f"{combo.itemData(i)} — {caption[:30]}" if caption else combo.itemData(i))
        by_letter = {letter: f for f, letter in columns.items()}
        short = self._short_titles()
        table.setColumnCount(sheet.width)
        table.setRowCount(len(sheet.rows))
        table.setHorizontalHeaderLabels([
            f"{get_column_letter(c + 1)} · {short[by_letter[get_column_letter(c + 1)]]}"
            if get_column_letter(c + 1) in by_letter else get_column_letter(c + 1) for c in range(sheet.width)])
        table.setVerticalHeaderLabels([str(r.row) for r in sheet.rows])
        bold = QFont()
        bold.setBold(True)
        for r, prow in enumerate(sheet.rows):
            for c in range(sheet.width):
                text = prow.cells[c] if c < len(prow.cells) else ""
                item = QTableWidgetItem(" ".join(text.split()))
                if prow.row == header_row:
                    item.setFont(bold)
                    item.setBackground(QBrush(HEADER_BACKGROUND))
                elif get_column_letter(c + 1) in by_letter and header_row is not None and prow.row > header_row:
                    item.setBackground(QBrush(MAPPED_BACKGROUND))
                elif header_row is not None and prow.row < header_row:
                    item.setForeground(QBrush(MUTED))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        for col in range(sheet.width):
            table.setColumnWidth(col, min(max(table.columnWidth(col), 50), 220))

    def _mapping_shown(self) -> None:
        """The preview, the note above the controls and the sample line under the preview."""
        self._fill_preview()
        preview = self.preview
        if preview is None:
            return
        tables = [s.table for s in preview.sheets if s.table is not None]
        if self._touched:
            self.mapping_note.setText(self.tr("Columns chosen by hand: they are checked when the file is analysed."))
        elif tables:
            self.mapping_note.setText(self.tr(
                "The header was found in row {0}; the highlighted columns will be read. Correct them below if they "
                "are wrong.").format(tables[0].header_row))
        else:
            self.mapping_note.setText(self.tr("Choose the header row and the columns by hand."))
        if preview.problem is not None and not self._touched:
            self.mapping_message.show_error(error_text(preview.problem))
        else:
            self.mapping_message.clear_message()
        try:
            self.current_mapping()
        except ValidationError as exc:
            if self._touched or preview.problem is None:
                self.mapping_message.show_error(error_text(exc))
        if self._touched or not tables:
            self.sample_label.clear()
        else:
            orders = len({r.order for r in preview.parsed})
            self.sample_label.setText(self.tr(
                "In the first rows: {0} lines of {1} orders, {2} rows with errors, {3} skipped.").format(
                len(preview.parsed), orders, len({(e.sheet, e.row) for e in preview.errors}), len(preview.skipped)))
        self._update_buttons()

    def _mapping_edited(self) -> None:
        self._touched = True
        self._mapping_shown()

    def current_mapping(self) -> SalesMapping:
        """The mapping to import with: as found, or as corrected; raises ValidationError."""
        sheets = (self.sheet_combo.currentData(),) if self.sheet_combo.currentData() else ()
        day_first = self.dates_combo.currentData()
        found = self.preview.mapping if self.preview is not None else None
        if found is not None and not self._touched:
            return replace(found, sheets=sheets, day_first=day_first)
        columns = {f: c.currentData() for f, c in self.field_combos.items() if c.currentData()}
        return SalesMapping(columns=columns, header_row=self.header_spin.value(), sheets=sheets, day_first=day_first)

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
        path, source, read = self.path, self.source(), self.ctx.read
        assert path is not None
        cancel = self._cancel = threading.Event()
        progress = self._progress

        def report_progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise Cancelled()
            progress.changed.emit(done, total)

        def job() -> SalesImportReport:
            with read() as session:
                return sales_import.analyse_sales(session, source, path, mapping, report_progress)

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

    def _analysed(self, report: SalesImportReport) -> None:
        self.show_report(report)
        self._set_page(self.REPORT)

    def _analysis_failed(self, exc: BaseException) -> None:
        self._set_page(self.MAPPING)
        if not isinstance(exc, Cancelled):
            self.mapping_message.show_error(error_text(exc))

    # --- page 4: the report -------------------------------------------------------------------
    def _report_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("wizard_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_tabs = QTabWidget()
        self.report_tabs.setObjectName("wizard_report_tabs")
        self.skip_errors = QCheckBox()
        self.skip_errors.setObjectName("wizard_skip_errors")
        self.skip_errors.toggled.connect(lambda _on: self._update_buttons())
        self.apply_message = MessageLabel()
        self.apply_message.setObjectName("wizard_apply_message")
        self.models: dict[str, ReportModel] = {}
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary)
        layout.addWidget(self.report_tabs, 1)
        layout.addWidget(self.skip_errors)
        layout.addWidget(self.apply_message)
        return page

    def show_report(self, report: SalesImportReport) -> None:
        self.report = report
        status = _status_titles()
        money = format_money
        order_headers = [self.tr("Order"), self.tr("Date"), self.tr("Status"), self.tr("Customer"), self.tr("Lines"),
                         self.tr("Total")]

        def order_rows(planned: tuple[sales_import.PlannedOrder, ...], changed: bool = False) -> list[tuple[str, ...]]:
            return [(p.order.number, format_datetime(p.order.ordered_at),
                     (f"{status.get(p.old_status or '', p.old_status)} → " if changed and p.old_status
                      != p.order.status.value else "") + status[p.order.status.value],
                     p.order.customer_name, str(len(p.order.lines)), money(p.order.total)) for p in planned]

        tabs: list[tuple[str, str, ReportModel, int]] = [
            ("errors", self.tr("Errors ({0})"), ReportModel(
                [self.tr("File"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
                 self.tr("What was expected")],
                [(e.file, e.sheet, str(e.row), e.column, e.value, error_text(e.problem)) for e in report.errors],
                numeric=(2,)), 5),
            ("new", self.tr("New orders ({0})"), ReportModel(order_headers, order_rows(report.new), numeric=(4, 5)), 3),
            ("updated", self.tr("Updated ({0})"), ReportModel(order_headers, order_rows(report.updated, True),
                                                              numeric=(4, 5)), 3),
            ("unknown", self.tr("SKUs we don't have ({0})"), ReportModel(
                [self.tr("SKU"), self.tr("Name in the file"), self.tr("Lines"), self.tr("First row")],
                [(u.sku, u.name, str(u.lines), str(u.first_row)) for u in report.unknown], numeric=(2, 3)), 1),
            ("unchanged", self.tr("Already imported ({0})"), ReportModel(order_headers, order_rows(report.unchanged),
                                                                         numeric=(4, 5)), 3),
            ("skipped", self.tr("Skipped ({0})"), ReportModel(
                [self.tr("Sheet"), self.tr("Row"), self.tr("Why"), self.tr("Text")],
                [(s.sheet, str(s.row), QCoreApplication.translate(ERROR_CONTEXT, str(s.reason)), s.text)
                 for s in report.skipped], numeric=(1,)), 3),
        ]
        self.report_tabs.clear()
        self.models = {}
        for key, title, model, stretch in tabs:
            model.setParent(self)
            self.models[key] = model
            view = QTableView()
            view.setObjectName(f"wizard_{key}")
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setAlternatingRowColors(True)
            view.setWordWrap(False)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(22)
            if model.rowCount() < 2000:
                view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            tab = self.report_tabs.addTab(view, title.format(model.rowCount()))
            self.report_tabs.setTabEnabled(tab, model.rowCount() > 0)
        keys = [key for key, *_rest in tabs]
        first = next((k for k in ("errors", "updated", "new", "unknown", "unchanged", "skipped")
                      if self.models[k].rowCount()), "errors")
        self.report_tabs.setCurrentIndex(keys.index(first))
        self.skip_errors.setText(self.tr("Import the other orders and leave out the %n order(s) with errors", "",
                                         len(report.error_orders)))
        self.skip_errors.setChecked(False)
        self.skip_errors.setVisible(bool(report.errors))
        self.apply_message.clear_message()
        self.summary.setText(self._summary_text(report))
        self._update_buttons()

    def _summary_text(self, report: SalesImportReport) -> str:
        lines = [
            self.tr("{0}: {1} lines of {2} orders read for the source “{3}”.").format(
                report.file, report.lines_read, len(report.orders), report.source),
            self.tr("New orders: {0}. Updated: {1}. Already imported and unchanged: {2}.").format(
                len(report.new), len(report.updated), len(report.unchanged)),
            self.tr("Cancelled: {0}. Returned: {1}. Returned lines: {2}. Revenue of the file: {3}.").format(
                report.count(SalesOrderStatus.CANCELLED), report.count(SalesOrderStatus.RETURNED),
                report.return_lines, format_money(report.revenue)),
            self.tr("Rows with errors: {0}. Skipped rows: {1}.").format(report.error_rows, len(report.skipped))
            + " " + (self.tr("Dates read day first (01.02 is 1 February).") if report.day_first
                     else self.tr("Dates read month first (02/01 is 1 February).")),
        ]
        if report.unknown:
            lines.append(self.tr(
                "%n SKU(s) are not in our catalog: their lines are imported without a product (revenue without cost "
                "of goods).", "", len(report.unknown)))
        return "\n".join(lines)

    def apply(self) -> None:
        report = self.report
        if report is None or self.busy:
            return
        skip = self.skip_errors.isChecked()
        self.busy = True
        self.apply_message.show_note(self.tr("Applying…"))
        self._update_buttons()

        def done(result: SalesImportResult) -> None:
            self.busy = False
            self.result = result
            self.applied.emit(result)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.busy = False
            self.apply_message.clear_message()
            self._update_buttons()
            show_error(self, exc)

        reserving = any(p.order.status in OPEN_STATUSES for p in report.orders)
        self.ctx.write(lambda s, a: sales_import.apply_sales(s, a, report, skip),
                       Changes(sales=True, stock=reserving, settings=True), done, failed)

    def result_text(self) -> str:
        """One line on what Apply did, for the workspace's status line."""
        r = self.result
        if r is None:
            return ""
        return self.tr("Sales imported. New orders: {0}; updated: {1}; unchanged: {2}; lines: {3}.").format(
            r.created, r.updated, r.unchanged, r.lines_written)

    # --- navigation ---------------------------------------------------------------------------
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
            self.FILE: self.tr("Step 1 of 3: the order export"),
            self.MAPPING: self.tr("Step 2 of 3: where the columns are"),
            self.ANALYSING: self.tr("Step 3 of 3: checking the orders"),
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
            ready = bool(self.path_edit.text().strip() and self.source())
        elif page == self.MAPPING:
            try:
                self.current_mapping()
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
