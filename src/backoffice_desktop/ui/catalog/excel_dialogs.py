"""Excel round-trip in the Catalog: export with progress, and the import report
(changes and errors, per row and column) with Apply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.catalog_excel import ImportReport, ImportResult, apply_import
from ..context import AppContext
from ..messages import error_text
from ..operations import Changes


#: The sheet's columns as the report names them (translated like the rest of the UI).
COLUMN_TITLES = {
    "id": QT_TRANSLATE_NOOP("ExcelDialogs", "ID"),
    "version": QT_TRANSLATE_NOOP("ExcelDialogs", "Version"),
    "sku": QT_TRANSLATE_NOOP("ExcelDialogs", "SKU"),
    "name": QT_TRANSLATE_NOOP("ExcelDialogs", "Name"),
    "category": QT_TRANSLATE_NOOP("ExcelDialogs", "Category"),
    "brand": QT_TRANSLATE_NOOP("ExcelDialogs", "Brand"),
    "unit": QT_TRANSLATE_NOOP("ExcelDialogs", "Unit"),
    "retail_price": QT_TRANSLATE_NOOP("ExcelDialogs", "Retail price"),
    "compare_at_price": QT_TRANSLATE_NOOP("ExcelDialogs", "Old price"),
    "published": QT_TRANSLATE_NOOP("ExcelDialogs", "Published"),
    "barcodes": QT_TRANSLATE_NOOP("ExcelDialogs", "Barcodes"),
    "weight_kg": QT_TRANSLATE_NOOP("ExcelDialogs", "Weight, kg"),
    "meta_title": QT_TRANSLATE_NOOP("ExcelDialogs", "Meta title"),
    "meta_description": QT_TRANSLATE_NOOP("ExcelDialogs", "Meta description"),
    "short_description": QT_TRANSLATE_NOOP("ExcelDialogs", "Short description"),
}


def column_title(key: str) -> str:
    return QCoreApplication.translate("ExcelDialogs", COLUMN_TITLES[key]) if key in COLUMN_TITLES else "—"


class ProgressRelay(QObject):
    """Carries a worker's progress (done, total) to the GUI thread."""

    changed = Signal(int, int)


class ProgressDialog(QDialog):
    """A modal "working…" window with a bar; closed by whoever started the work."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.label = QLabel(title)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.relay = ProgressRelay(self)
        self.relay.changed.connect(self.show_progress, Qt.ConnectionType.QueuedConnection)

    def show_progress(self, done: int, total: int) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
        else:
            self.label.setText(self.tr("%n row(s) read", "", done))


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class ImportReportDialog(QDialog):
    """What the file would change and what is wrong in it; Apply only when nothing is wrong."""

    applied = Signal(object)  # ImportResult

    def __init__(self, ctx: AppContext, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report = report
        self.setWindowTitle(self.tr("Import from Excel"))
        self.resize(860, 560)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.changes = _table([self.tr("Row"), self.tr("SKU"), self.tr("Column"), self.tr("Now"), self.tr("In the file")])
        self.changes.setObjectName("import_changes")
        self.errors = _table([self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("What is expected")])
        self.errors.setObjectName("import_errors")
        for table in (self.changes, self.errors):
            table.setColumnWidth(0, 50)
        self.changes.setColumnWidth(1, 100)
        self.changes.setColumnWidth(2, 130)
        self.changes.setColumnWidth(3, 200)
        self.errors.setColumnWidth(1, 130)
        self.errors.setColumnWidth(2, 180)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.changes, self.tr("Changes (%n)", "", len(report.changes)))
        self.tabs.addTab(self.errors, self.tr("Errors (%n)", "", len(report.errors)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setObjectName("import_apply")
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self._fill()

    def _fill(self) -> None:
        report = self.report
        self.changes.setRowCount(len(report.changes))
        for row, change in enumerate(report.changes):
            for col, text in enumerate((str(change.row), change.sku, column_title(change.column), change.old, change.new)):
                self.changes.setItem(row, col, QTableWidgetItem(text))
        self.errors.setRowCount(len(report.errors))
        for row, error in enumerate(report.errors):
            for col, text in enumerate((str(error.row), column_title(error.column) if error.column else "—",
                                        error.value, error_text(error.error))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.errors.setItem(row, col, item)
        name = Path(report.file).name
        if report.errors:
            self.summary.setText(
                self.tr("{0}: %n row(s) read.", "", report.rows_read).format(name) + " "
                + self.tr("%n error(s) must be corrected in the file before anything is imported; "
                          "nothing was written.", "", len(report.errors)))
            self.summary.setStyleSheet("color: #b00020;")
            self.tabs.setCurrentWidget(self.errors)
            self.apply_button.setEnabled(False)
        elif not report.changes:
            self.summary.setText(self.tr("{0}: %n row(s) read; nothing differs from the catalog.", "",
                                         report.rows_read).format(name))
            self.apply_button.setEnabled(False)
        else:
            self.summary.setText(
                self.tr("{0}: %n row(s) read.", "", report.rows_read).format(name) + " "
                + self.tr("%n changed cell(s)", "", len(report.changes)) + " "
                + self.tr("in %n product(s) will be saved by Apply, in one go.", "", report.changed_products))

    def apply(self) -> None:
        report = self.report
        self.apply_button.setEnabled(False)
        self.summary.setText(self.tr("Saving…"))
        self.ctx.write(lambda s, a: apply_import(s, a, report), Changes(products=True),
                       on_success=self._applied, on_failure=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.summary.setText(error_text(exc))
        self.summary.setStyleSheet("color: #b00020;")

    def _applied(self, result: ImportResult) -> None:
        self.applied.emit(result)
        self.accept()
