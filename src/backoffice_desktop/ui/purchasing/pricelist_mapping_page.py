"""The price-list wizard's second page: the columns found (header row, a column per field,
the sheet), shown over a preview of the sheet and corrected by the user."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from openpyxl.utils import get_column_letter

from ...errors import ValidationError
from ...exports.pricelist_model import SheetPreview
from ...services.pricelists import Field, PriceListMapping, PriceListPreview
from ..messages import error_text
from ..settings.common import NOTE_STYLE, MessageLabel

HEADER_BACKGROUND = QColor("#fff2c2")
MAPPED_BACKGROUND = QColor("#dcebff")
MUTED = QColor("#888888")


class MappingPage:
    """The mapping page of :class:`~.pricelist_wizard.PriceListWizard` (a part of it, not a widget of its own)."""

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
