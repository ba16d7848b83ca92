"""The sales import wizard over ``services.sales_import``, shaped like the price-list one:
the source and the file → the columns found (correct them if need be) → analyse off the
UI thread → read the report (new, updated and unchanged orders, errors, SKUs we don't
have) → Apply in one transaction.

Nothing is written before Apply; Cancel at any step leaves the store as it was (see
:mod:`..import_wizard.frame`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...errors import ValidationError
from ...exports.order_export_reader import OrderExportPreview, SalesSheetPreview, SalesTable
from ...models import OPEN_STATUSES, SalesOrderStatus
from ...services import sales_import
from ...services.sales_import import SalesField, SalesImportReport, SalesImportResult, SalesMapping
from ..context import AppContext
from ..formatting import format_datetime, format_money
from ..import_wizard.frame import ImportWizard, Progress
from ..import_wizard.mapping_controls import MappingControls
from ..import_wizard.report_model import ReportModel
from ..import_wizard.report_tabs import ReportTab, ReportTabs
from ..messages import error_text, show_error
from ..operations import Changes


def _status_titles() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("SalesImportWizard", text)

    return {
        SalesOrderStatus.NEW.value: tr("new"), SalesOrderStatus.PROCESSING.value: tr("processing"),
        SalesOrderStatus.SHIPPED.value: tr("shipped"), SalesOrderStatus.COMPLETED.value: tr("completed"),
        SalesOrderStatus.CANCELLED.value: tr("cancelled"), SalesOrderStatus.RETURNED.value: tr("returned"),
    }


class SalesImportWizard(MappingControls, ReportTabs, ImportWizard):
    """Import website orders from the shop's export; ``applied`` carries the :class:`SalesImportResult`."""

    CAPTION_CHARS = 30
    COLUMN_WIDTHS = (50, 220)
    CELL_TOOLTIPS = False
    SCROLL_TO_HEADER = False

    def __init__(self, ctx: AppContext, path: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preview: OrderExportPreview | None = None
        self.report: SalesImportReport | None = None
        self.result: SalesImportResult | None = None
        with ctx.read() as session:
            sources = sales_import.known_sources(session)
        self.setWindowTitle(self.tr("Import sales from the shop's order export"))
        self._build(self._file_page(sources), self._mapping_page(), self._report_page(), 1040, 660)
        self.path_edit.setFocus()
        if path is not None:
            self.open_file(path)

    # --- page 1: source and file ---------------------------------------------------------
    def _file_page(self, sources: list[str]) -> QWidget:
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("wizard_source")
        self.source_combo.setEditable(True)
        self.source_combo.addItems(sources)
        self.source_combo.setMinimumContentsLength(24)
        browse = self._path_row(self.tr("Path to the order export file"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Orders from:")), 0, 0)
        grid.addWidget(self.source_combo, 0, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("File:")), 1, 0)
        grid.addWidget(self.path_edit, 1, 1)
        grid.addWidget(browse, 1, 2)
        grid.setColumnStretch(1, 1)
        return self._file_step(
            self.tr("Choose the order export of the shop: an Excel workbook (.xlsx) or a CSV file with one row per "
                    "order line. Orders are matched by their number: importing the same file again changes nothing, "
                    "and a newer export updates the orders that changed. Nothing is written until you press Apply."),
            grid,
            self.tr("The columns (order number, date, status, SKU or barcode, quantity, price, discount, line total, "
                    "return reason) are found by their captions in Russian or English; the columns of a source's last "
                    "import are remembered and tried first. You can correct them on the next page."))

    def source(self) -> str:
        return self.source_combo.currentText().strip()

    def browse(self) -> None:
        self._choose_file(self.tr("Choose an order export"), self.tr("Order exports (*.xlsx *.csv);;All files (*)"))

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

    def _file_ready(self) -> bool:
        return bool(self.path_edit.text().strip() and self.source())

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
        self._mapping_controls()
        self.dates_combo = QComboBox()
        self.dates_combo.setObjectName("wizard_dates")
        self.dates_combo.addItem(self.tr("found from the file"), None)
        self.dates_combo.addItem(self.tr("day first (31.12.2026)"), True)
        self.dates_combo.addItem(self.tr("month first (12/31/2026)"), False)
        grid = QGridLayout()
        self.sheet_label = QLabel(self.tr("Import:"))
        grid.addWidget(self.sheet_label, 0, 0)
        grid.addWidget(self.sheet_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Header row:")), 0, 2)
        grid.addWidget(self.header_spin, 0, 3, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(QLabel(self.tr("Dates:")), 0, 4)
        grid.addWidget(self.dates_combo, 0, 5)
        self._column_combos(grid, self._field_titles(), first_row=1, per_row=3, min_chars=14)
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.mapping_message)
        layout.addLayout(grid)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.sample_label)
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._mapping_shown())
        self.dates_combo.currentIndexChanged.connect(lambda _i: self._update_buttons())
        return page

    def _all_sheets_text(self) -> str:
        return self.tr("All sheets with orders")

    def _no_column_text(self) -> str:
        return self.tr("— none —")

    def _more_mapping_widgets(self) -> Sequence[QWidget]:
        return (self.dates_combo,)

    def _show_more_mapping(self, preview: OrderExportPreview) -> None:
        mapping = preview.mapping
        self.sheet_combo.setVisible(len(preview.sheet_names) > 1)
        self.sheet_label.setVisible(len(preview.sheet_names) > 1)
        self.dates_combo.setCurrentIndex(max(self.dates_combo.findData(mapping.day_first if mapping else None), 0))

    def _shown_sheet(self) -> SalesSheetPreview | None:
        if self.preview is None or not self.preview.sheets:
            return None
        name = self.sheet_combo.currentData()
        with_table = [s for s in self.preview.sheets if s.table is not None]
        return next((s for s in self.preview.sheets if s.name == name), None) or (with_table or
                                                                                  list(self.preview.sheets))[0]

    def _mapping_shown(self) -> None:
        self._fill_preview()
        self._describe()

    def _found_note(self, preview: OrderExportPreview, tables: list[SalesTable]) -> str:
        return self.tr("The header was found in row {0}; the highlighted columns will be read. Correct them below if "
                       "they are wrong.").format(tables[0].header_row)

    def _sample_text(self, preview: OrderExportPreview) -> str:
        orders = len({r.order for r in preview.parsed})
        return self.tr("In the first rows: {0} lines of {1} orders, {2} rows with errors, {3} skipped.").format(
            len(preview.parsed), orders, len({(e.sheet, e.row) for e in preview.errors}), len(preview.skipped))

    def current_mapping(self) -> SalesMapping:
        """The mapping to import with: as found, or as corrected; raises ValidationError."""
        sheets = (self.sheet_combo.currentData(),) if self.sheet_combo.currentData() else ()
        day_first = self.dates_combo.currentData()
        found = self.preview.mapping if self.preview is not None else None
        if found is not None and not self._touched:
            return replace(found, sheets=sheets, day_first=day_first)
        return SalesMapping(columns=self._chosen_columns(), header_row=self.header_spin.value(), sheets=sheets,
                            day_first=day_first)

    # --- page 3: analysing ------------------------------------------------------------------
    def _analysis_job(self, path: Path, mapping: SalesMapping) -> Callable[[Progress], SalesImportReport]:
        source, read = self.source(), self.ctx.read

        def job(progress: Progress) -> SalesImportReport:
            with read() as session:
                return sales_import.analyse_sales(session, source, path, mapping, progress)

        return job

    def _analysed(self, report: SalesImportReport) -> None:
        self.show_report(report)
        self._set_page(self.REPORT)

    # --- page 4: the report -------------------------------------------------------------------
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

        tabs: list[ReportTab] = [
            ("errors", self.tr("Errors ({0})"), self._errors_model(report.errors), 5),
            ("new", self.tr("New orders ({0})"), ReportModel(order_headers, order_rows(report.new), numeric=(4, 5)), 3),
            ("updated", self.tr("Updated ({0})"), ReportModel(order_headers, order_rows(report.updated, True),
                                                              numeric=(4, 5)), 3),
            ("unknown", self.tr("SKUs we don't have ({0})"), ReportModel(
                [self.tr("SKU"), self.tr("Name in the file"), self.tr("Lines"), self.tr("First row")],
                [(u.sku, u.name, str(u.lines), str(u.first_row)) for u in report.unknown], numeric=(2, 3)), 1),
            ("unchanged", self.tr("Already imported ({0})"), ReportModel(order_headers, order_rows(report.unchanged),
                                                                         numeric=(4, 5)), 3),
            ("skipped", self.tr("Skipped ({0})"), self._skipped_model(report.skipped), 3),
        ]
        self._show_tabs(tabs, ("errors", "updated", "new", "unknown", "unchanged", "skipped"))
        self._report_shown(self.tr("Import the other orders and leave out the %n order(s) with errors", "",
                                   len(report.error_orders)), self._summary_text(report))

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
        reserving = any(p.order.status in OPEN_STATUSES for p in report.orders)
        self._apply(lambda s, a: sales_import.apply_sales(s, a, report, skip),
                    Changes(sales=True, stock=reserving, settings=True), show_error)

    def result_text(self) -> str:
        """One line on what Apply did, for the workspace's status line."""
        r = self.result
        if r is None:
            return ""
        return self.tr("Sales imported. New orders: {0}; updated: {1}; unchanged: {2}; lines: {3}.").format(
            r.created, r.updated, r.unchanged, r.lines_written)

    def _step_titles(self) -> dict[int, str]:
        return {**super()._step_titles(), self.FILE: self.tr("Step 1 of 3: the order export"),
                self.ANALYSING: self.tr("Step 3 of 3: checking the orders")}
