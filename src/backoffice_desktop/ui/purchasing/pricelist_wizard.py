"""The price-list import wizard over ``services.pricelists``: choose the file → check the
columns found (correct them if need be) → analyse off the UI thread → read the report,
accept name suggestions, tick rows to create products from → Apply in one transaction.

Nothing is written before Apply; Cancel at any step leaves the store as it was. Results
of background work that the user has moved on from (cancelled, or gone back) are dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal
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
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from openpyxl.utils import get_column_letter

from ...errors import ValidationError
from ...exports.pricelist_reader import SheetPreview
from ...services import pricelists, suppliers
from ...services.pricelists import (
    ApplyResult,
    Field,
    MatchKind,
    PriceListMapping,
    PriceListPreview,
    PriceListReport,
)
from ..context import AppContext
from ..formatting import format_decimal, format_money, format_quantity
from ..messages import ERROR_CONTEXT, error_text, show_error
from ..operations import Changes
from ..paged_model import Index
from ..settings.common import NOTE_STYLE, MessageLabel

HEADER_BACKGROUND = QColor("#fff2c2")
MAPPED_BACKGROUND = QColor("#dcebff")
MUTED = QColor("#888888")


class Cancelled(Exception):
    """Raised inside a background analysis when the user cancels it."""


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread."""

    changed = Signal(int, int)


class ReportModel(QAbstractTableModel):
    """One tab of the report: rows already in memory, an optional checkbox in column 0."""

    toggled = Signal()

    def __init__(self, headers: Sequence[str], rows: Sequence[tuple[str, ...]], keys: Sequence[str] = (),
                 checkable: bool = False, numeric: Sequence[int] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.numeric = frozenset(numeric)
        self.rows = list(rows)
        self.keys = list(keys)
        self.checkable = checkable
        self.checked: set[str] = set()
        self.disabled: set[str] = set()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0:
            if self.keys[index.row()] in self.disabled:
                return Qt.ItemFlag.ItemIsSelectable
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.rows[index.row()][index.column()] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            checked = self.keys[index.row()] in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not (self.checkable and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole):
            return False
        self.set_checked([self.keys[index.row()]], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def set_checked(self, keys: Sequence[str], checked: bool) -> None:
        for key in keys:
            if key in self.disabled:
                continue
            if checked:
                self.checked.add(key)
            else:
                self.checked.discard(key)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))
        self.toggled.emit()

    def set_disabled(self, keys: set[str]) -> None:
        self.disabled = keys
        self.checked -= keys
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))


def _table(model: QAbstractTableModel, name: str, stretch: int) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class PriceListWizard(QDialog):
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

    # --- page 2: the mapping --------------------------------------------------------
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
        self.field_combos: dict[Field, QComboBox] = {}
        titles = {
            Field.SKU: self.tr("Supplier SKU:"), Field.NAME: self.tr("Name:"), Field.PRICE: self.tr("Price:"),
            Field.STOCK: self.tr("Stock:"), Field.BARCODE: self.tr("Barcode:"), Field.PACK: self.tr("Pack size:"),
        }
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Import:")), 0, 0)
        grid.addWidget(self.sheet_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Header row:")), 0, 2)
        grid.addWidget(self.header_spin, 0, 3, Qt.AlignmentFlag.AlignLeft)
        for i, f in enumerate(Field):
            combo = QComboBox()
            combo.setObjectName(f"wizard_column_{f.value}")
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.field_combos[f] = combo
            grid.addWidget(QLabel(titles[f]), 1 + i // 2, (i % 2) * 2)
            grid.addWidget(combo, 1 + i // 2, (i % 2) * 2 + 1)
            combo.currentIndexChanged.connect(self._mapping_edited)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.sheet_tabs = QTabBar()
        self.sheet_tabs.setObjectName("wizard_sheet_tabs")
        self.sheet_tabs.setDocumentMode(True)
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("wizard_preview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(22)
        self.preview_table.horizontalHeader().setDefaultSectionSize(110)
        self.sample_label = QLabel()
        self.sample_label.setObjectName("wizard_sample")
        self.sample_label.setStyleSheet(NOTE_STYLE)
        self.sample_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.mapping_message)
        layout.addLayout(grid)
        layout.addWidget(self.sheet_tabs)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.sample_label)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._mapping_edited)
        self.sheet_tabs.currentChanged.connect(lambda _i: self._fill_preview())
        return page

    def show_preview(self, preview: PriceListPreview) -> None:
        """Show the file's first rows and put the found mapping into the controls."""
        self.preview = preview
        self._touched = False
        mapping = preview.mapping
        widgets = [self.sheet_combo, self.header_spin, self.sheet_tabs, *self.field_combos.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItem(self.tr("All sheets with a table"), None)
        for name in preview.sheet_names:
            self.sheet_combo.addItem(self.tr("Only the sheet “{0}”").format(name), name)
        chosen = mapping.sheets[0] if mapping and len(mapping.sheets) == 1 else None
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(chosen), 0))
        while self.sheet_tabs.count():
            self.sheet_tabs.removeTab(0)
        for sheet in preview.sheets:
            self.sheet_tabs.addTab(sheet.name)
        self.sheet_tabs.setVisible(len(preview.sheets) > 1)
        first_table = next((i for i, s in enumerate(preview.sheets) if s.table is not None), 0)
        self.sheet_tabs.setCurrentIndex(first_table)
        self.header_spin.setValue((mapping.header_row or 1) if mapping else 1)
        width = max((s.width for s in preview.sheets), default=0)
        for f, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("— not in the list —"), None)
            for col in range(1, width + 1):
                combo.addItem(get_column_letter(col), get_column_letter(col))
            column = mapping.columns.get(f) if mapping else None
            combo.setCurrentIndex(max(combo.findData(column), 0))
        for widget in widgets:
            widget.blockSignals(False)
        self._fill_preview()
        self._describe()

    def _caption_columns(self, header_row: int | None) -> None:
        """Name each column choice after its caption in the header row ("C — Артикул")."""
        sheet = self._shown_sheet()
        cells: tuple[str, ...] = ()
        if sheet is not None and header_row is not None:
            cells = next((r.cells for r in sheet.rows if r.row == header_row), ())
        for combo in self.field_combos.values():
            for i in range(1, combo.count()):
                letter = combo.itemData(i)
                caption = " ".join(cells[i - 1].split()) if i - 1 < len(cells) else ""
                combo.setItemText(i, f"{letter} — {caption[:40]}" if caption else letter)

    def _shown_sheet(self) -> SheetPreview | None:
        if self.preview is None or not self.preview.sheets:
            return None
        return self.preview.sheets[max(self.sheet_tabs.currentIndex(), 0)]

    def _layout_shown(self) -> tuple[int | None, dict[Field, str]]:
        """The header row and columns to highlight on the shown sheet."""
        sheet = self._shown_sheet()
        if not self._touched and sheet is not None and sheet.table is not None:
            return sheet.table.header_row, dict(sheet.table.columns)
        if not self._touched and (self.preview is None or self.preview.mapping is None):
            return None, {}
        columns = {f: c.currentData() for f, c in self.field_combos.items() if c.currentData()}
        return self.header_spin.value(), columns

    def _fill_preview(self) -> None:
        sheet = self._shown_sheet()
        table = self.preview_table
        table.clear()
        if sheet is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        header_row, columns = self._layout_shown()
        self._caption_columns(header_row)
        by_letter = {letter: f for f, letter in columns.items()}
        table.setColumnCount(sheet.width)
        table.setRowCount(len(sheet.rows))
        short = {Field.SKU: self.tr("SKU"), Field.NAME: self.tr("name"), Field.PRICE: self.tr("price"),
                 Field.STOCK: self.tr("stock"), Field.BARCODE: self.tr("barcode"), Field.PACK: self.tr("pack")}
        labels = []
        for col in range(sheet.width):
            letter = get_column_letter(col + 1)
            f = by_letter.get(letter)
            labels.append(f"{letter} · {short[f]}" if f else letter)
        table.setHorizontalHeaderLabels(labels)
        table.setVerticalHeaderLabels([str(r.row) for r in sheet.rows])
        bold = QFont()
        bold.setBold(True)
        for r, prow in enumerate(sheet.rows):
            is_header = prow.row == header_row
            for c in range(sheet.width):
                text = prow.cells[c] if c < len(prow.cells) else ""
                item = QTableWidgetItem(" ".join(text.split()))
                item.setToolTip(text if len(text) > 20 else "")
                mapped = get_column_letter(c + 1) in by_letter
                if is_header:
                    item.setFont(bold)
                    item.setBackground(QBrush(HEADER_BACKGROUND))
                elif mapped and header_row is not None and prow.row > header_row:
                    item.setBackground(QBrush(MAPPED_BACKGROUND))
                elif header_row is not None and prow.row < header_row:
                    item.setForeground(QBrush(MUTED))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        for col in range(sheet.width):
            table.setColumnWidth(col, min(max(table.columnWidth(col), 60), 260))
        if header_row is not None:
            row = next((i for i, p in enumerate(sheet.rows) if p.row == header_row), 0)
            table.scrollTo(table.model().index(max(row - 2, 0), 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _describe(self) -> None:
        """The note above the controls and the sample line under the preview."""
        preview = self.preview
        if preview is None:
            return
        tables = [s.table for s in preview.sheets if s.table is not None]
        if self._touched:
            self.mapping_note.setText(self.tr("Columns chosen by hand: they are checked when the file is analysed."))
        elif tables:
            first = tables[0]
            where = (self.tr("in row {0} of the sheet “{1}”").format(first.header_row, first.sheet)
                     if len(preview.sheets) > 1 else self.tr("in row {0}").format(first.header_row))
            self.mapping_note.setText(
                self.tr("The header was found {0}; the highlighted columns will be read. Correct them below if "
                        "they are wrong.").format(where)
                + (" " + self.tr("Tables found on %n sheet(s).", "", len(tables)) if len(preview.sheets) > 1 else ""))
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
            self.sample_label.setText(self.tr("In the first rows: {0} items, {1} with errors, {2} skipped.").format(
                len(preview.parsed), len({(e.sheet, e.row) for e in preview.errors}), len(preview.skipped)))
        self._update_buttons()

    def _sheet_chosen(self) -> None:
        name = self.sheet_combo.currentData()
        if name is not None and self.preview is not None:
            self.sheet_tabs.setCurrentIndex(list(self.preview.sheet_names).index(name))
        self._describe()

    def _mapping_edited(self) -> None:
        self._touched = True
        self._fill_preview()
        self._describe()

    def current_mapping(self) -> PriceListMapping:
        """The mapping to import with: as found, or as corrected; raises ValidationError."""
        sheets = (self.sheet_combo.currentData(),) if self.sheet_combo.currentData() else ()
        found = self.preview.mapping if self.preview is not None else None
        if found is not None and not self._touched:
            return replace(found, sheets=sheets)
        columns = {f: c.currentData() for f, c in self.field_combos.items() if c.currentData()}
        estimate = found.stock_estimate if found is not None else PriceListMapping().stock_estimate
        return PriceListMapping(columns=columns, header_row=self.header_spin.value(), sheets=sheets,
                                stock_estimate=estimate)

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

    # --- page 4: the report -------------------------------------------------------------
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

    def _price(self, value: Decimal | None) -> str:
        return format_money(value, self.currency) if value is not None else ""

    def show_report(self, report: PriceListReport, titles: dict[int, tuple[str, str]]) -> None:
        self.report = report

        def product(pid: int | None) -> str:
            if not pid:
                return ""
            sku, name = titles.get(pid, (f"#{pid}", ""))
            return f"{sku} — {name}" if name else sku

        def stock(value: Decimal | None, estimated: bool) -> str:
            if value is None:
                return ""
            return ("≈" if estimated else "") + format_quantity(value)

        by = {MatchKind.SUPPLIER_SKU: self.tr("supplier SKU"), MatchKind.BARCODE: self.tr("barcode")}
        tabs: list[tuple[str, str, ReportModel]] = [
            ("errors", self.tr("Errors ({0})"), ReportModel(
                [self.tr("File"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
                 self.tr("What was expected")],
                [(e.file, e.sheet, str(e.row), e.column, e.value, error_text(e.problem)) for e in report.errors],
                numeric=(2,))),
            ("skipped", self.tr("Skipped ({0})"), ReportModel(
                [self.tr("Sheet"), self.tr("Row"), self.tr("Why"), self.tr("Text")],
                [(s.sheet, str(s.row), QCoreApplication.translate(ERROR_CONTEXT, str(s.reason)), s.text)
                 for s in report.skipped], numeric=(1,))),
            ("changes", self.tr("Price changes ({0})"), ReportModel(
                [self.tr("Supplier SKU"), self.tr("Name"), self.tr("Our product"), self.tr("Old price"),
                 self.tr("New price"), self.tr("Change")],
                [(c.row.supplier_sku, c.row.name, product(c.product_id), self._price(c.old_price),
                  self._price(c.new_price),
                  f"{'+' if c.change > 0 else ''}{format_decimal(c.change * 100, 1)}\u00a0%"
                  if c.change is not None else self.tr("was zero"))
                 for c in report.price_changes], numeric=(3, 4, 5))),
            ("matched", self.tr("Matched ({0})"), ReportModel(
                [self.tr("Supplier SKU"), self.tr("Name"), self.tr("Price"), self.tr("Stock"), self.tr("Our product"),
                 self.tr("Found by")],
                [(m.row.supplier_sku, m.row.name, self._price(m.row.price), stock(m.row.stock, m.row.stock_estimated),
                  product(m.product_id), by[m.matched_by])
                 for m in report.rows if m.matched_by is not MatchKind.NONE], numeric=(2, 3))),
            ("suggestions", self.tr("Similar names ({0})"), ReportModel(
                [self.tr("Link"), self.tr("Supplier SKU"), self.tr("Supplier's name"), self.tr("Our product"),
                 self.tr("Similarity")],
                [("", s.row.supplier_sku, s.row.name, f"{s.product_sku} — {s.product_name}",
                  f"{round(s.score * 100)}\u00a0%") for s in report.suggestions],
                [s.row.key for s in report.suggestions], checkable=True, numeric=(4,))),
            ("unmatched", self.tr("Without a product ({0})"), ReportModel(
                [self.tr("Create product"), self.tr("Supplier SKU"), self.tr("Name"), self.tr("Barcode"),
                 self.tr("Price"), self.tr("Stock")],
                [("", m.row.supplier_sku, m.row.name, ", ".join(m.row.barcodes), self._price(m.row.price),
                  stock(m.row.stock, m.row.stock_estimated)) for m in report.unmatched],
                [m.row.key for m in report.unmatched], checkable=True, numeric=(4, 5))),
            ("absent", self.tr("Not in this list ({0})"), ReportModel(
                [self.tr("Supplier SKU"), self.tr("Name"), self.tr("Our product"), self.tr("Supplier stock now")],
                [(a.supplier_sku, a.name, product(a.product_id), stock(a.stock, False)) for a in report.absent],
                numeric=(3,))),
        ]
        self.report_tabs.clear()
        self.models = {}
        stretch = {"errors": 5, "skipped": 3, "changes": 1, "matched": 1, "suggestions": 2, "unmatched": 2,
                   "absent": 1}
        for key, title, model in tabs:
            model.setParent(self)
            self.models[key] = model
            view = _table(model, f"wizard_{key}", stretch[key])
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(4, 4, 4, 4)
            if key == "unmatched":
                holder_layout.addLayout(self._tick_all_row(model))
            holder_layout.addWidget(view)
            if key in ("suggestions", "unmatched"):
                view.setColumnWidth(0, 110 if key == "unmatched" else 60)
            if model.rowCount() < 2000:
                view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(stretch[key], QHeaderView.ResizeMode.Stretch)
            tab = self.report_tabs.addTab(holder, title.format(model.rowCount()))
            self.report_tabs.setTabEnabled(tab, model.rowCount() > 0)
        self.models["suggestions"].toggled.connect(self._suggestions_toggled)
        keys = [key for key, _title, _model in tabs]
        first = next((key for key in ("errors", "changes", "suggestions", "unmatched", "matched", "skipped", "absent")
                      if self.models[key].rowCount()), "errors")
        self.report_tabs.setCurrentIndex(keys.index(first))
        self.skip_errors.setText(self.tr("Import the other rows and leave out the %n row(s) with errors", "",
                                    report.error_rows))
        self.skip_errors.setChecked(False)
        self.skip_errors.setVisible(bool(report.errors))
        self.apply_message.clear_message()
        self.summary.setText(self._summary_text(report))
        self._update_buttons()

    def _tick_all_row(self, model: ReportModel) -> QHBoxLayout:
        row = QHBoxLayout()
        note = QLabel(self.tr("Ticked rows become new products (inactive, unpublished: complete their cards in "
                              "Catalog). The others are kept as offers without a product."))
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        tick = QPushButton(self.tr("Tick all"))
        tick.setObjectName("wizard_create_all")
        tick.clicked.connect(lambda: model.set_checked(model.keys, True))
        untick = QPushButton(self.tr("Untick all"))
        untick.clicked.connect(lambda: model.set_checked(model.keys, False))
        row.addWidget(note, 1)
        row.addWidget(tick)
        row.addWidget(untick)
        return row

    def _suggestions_toggled(self) -> None:
        # A row linked to a suggested product can't also become a new product.
        self.models["unmatched"].set_disabled(set(self.models["suggestions"].checked))

    def _summary_text(self, report: PriceListReport) -> str:
        lines = [
            self.tr("{0}: {1} items read from {2}.").format(report.supplier_name, len(report.rows), report.file),
            self.tr("Matched to our products: {0} by supplier SKU, {1} by barcode; {2} without a product.").format(
                len(report.matched_by_sku), len(report.matched_by_barcode), len(report.unmatched)),
            self.tr("New offers: {0}. Price changes: {1}. Rows with errors: {2}. Skipped rows: {3}.").format(
                len(report.new_offers), len(report.price_changes), report.error_rows, len(report.skipped)),
        ]
        if report.absent:
            lines.append(self.tr(
                "%n offer(s) of this supplier are not in the list: their supplier stock becomes 0.", "",
                            len(report.absent)))
        if report.sheets_without_table:
            lines.append(self.tr("Sheets without a price table: {0}.").format(", ".join(report.sheets_without_table)))
        return "\n".join(lines)

    def links(self) -> dict[str, int]:
        """Rows the user linked to a suggested product: row key → product id."""
        if self.report is None:
            return {}
        chosen = self.models["suggestions"].checked
        return {s.row.key: s.product_id for s in self.report.suggestions if s.row.key in chosen}

    def to_create(self) -> set[str]:
        return set(self.models["unmatched"].checked) if self.report is not None else set()

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
