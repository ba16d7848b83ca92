"""The columns step of an import wizard: the sheet, the header row and a column per field,
shown over a preview of the sheet (header row bold, mapped columns highlighted, rows
above the header greyed) and corrected by the user.

A part of the wizard, not a widget of its own: the importer lays the controls out and
answers :meth:`MappingControls._shown_sheet`, :meth:`~MappingControls._short_titles`, the
texts of its own wording and the notes of :meth:`~MappingControls._describe`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from openpyxl.utils import get_column_letter

from ...errors import ValidationError
from ..messages import error_text
from ..settings.common import NOTE_STYLE, MessageLabel

HEADER_BACKGROUND = QColor("#fff2c2")
MAPPED_BACKGROUND = QColor("#dcebff")
MUTED = QColor("#888888")


class MappingControls:
    """The mapping step's widgets and logic, mixed into an :class:`~.frame.ImportWizard`."""

    #: How the preview shows: caption characters in a column choice, column widths,
    #: tooltips on long cells, and scrolling the header row into view.
    CAPTION_CHARS = 40
    COLUMN_WIDTHS = (60, 260)
    CELL_TOOLTIPS = True
    SCROLL_TO_HEADER = True

    preview: Any
    _touched: bool
    tr: Callable[..., str]
    _update_buttons: Callable[[], None]
    current_mapping: Callable[[], Any]
    # What the importer answers: the sheet the preview shows, a short name of each field
    # for the preview's column headers, its wording of "every sheet" and "no column", the
    # note on where the header was found and the line on what the first rows hold.
    _shown_sheet: Callable[[], Any]
    _short_titles: Callable[[], dict[Any, str]]
    _all_sheets_text: Callable[[], str]
    _no_column_text: Callable[[], str]
    _found_note: Callable[[Any, list[Any]], str]
    _sample_text: Callable[[Any], str]

    def _mapping_controls(self) -> None:
        """The note, message, sheet choice, header row, preview table and sample line."""
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
        self.header_spin.valueChanged.connect(self._mapping_edited)
        self.field_combos: dict[Any, QComboBox] = {}
        self.preview_table = QTableWidget()
        self.preview_table.setObjectName("wizard_preview")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setWordWrap(False)
        self.preview_table.verticalHeader().setDefaultSectionSize(22)
        self.sample_label = QLabel()
        self.sample_label.setObjectName("wizard_sample")
        self.sample_label.setStyleSheet(NOTE_STYLE)
        self.sample_label.setWordWrap(True)

    def _column_combos(self, grid: QGridLayout, titles: dict[Any, str], first_row: int, per_row: int,
                       min_chars: int) -> None:
        """A labelled column choice per field, ``per_row`` to a grid row from ``first_row`` on."""
        for i, (f, title) in enumerate(titles.items()):
            combo = QComboBox()
            combo.setObjectName(f"wizard_column_{f.value}")
            combo.setMinimumContentsLength(min_chars)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self._mapping_edited)
            self.field_combos[f] = combo
            grid.addWidget(QLabel(title), first_row + i // per_row, (i % per_row) * 2)
            grid.addWidget(combo, first_row + i // per_row, (i % per_row) * 2 + 1)

    def show_preview(self, preview: Any) -> None:
        """Show the file's first rows and put the found mapping into the controls."""
        self.preview = preview
        self._touched = False
        mapping = preview.mapping
        widgets = [self.sheet_combo, self.header_spin, *self._more_mapping_widgets(), *self.field_combos.values()]
        for widget in widgets:
            widget.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItem(self._all_sheets_text(), None)
        for name in preview.sheet_names:
            self.sheet_combo.addItem(self.tr("Only the sheet “{0}”").format(name), name)
        chosen = mapping.sheets[0] if mapping and len(mapping.sheets) == 1 else None
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(chosen), 0))
        self.header_spin.setValue((mapping.header_row or 1) if mapping else 1)
        self._show_more_mapping(preview)
        width = max((s.width for s in preview.sheets), default=0)
        for f, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self._no_column_text(), None)
            for col in range(1, width + 1):
                combo.addItem(get_column_letter(col), get_column_letter(col))
            combo.setCurrentIndex(max(combo.findData(mapping.columns.get(f) if mapping else None), 0))
        for widget in widgets:
            widget.blockSignals(False)
        self._fill_preview()
        self._describe()

    def _more_mapping_widgets(self) -> Sequence[QWidget]:
        """The importer's own controls that ``show_preview`` sets without signals."""
        return ()

    def _show_more_mapping(self, preview: Any) -> None:
        """Set the importer's own controls from the preview."""

    def _chosen_columns(self) -> dict[Any, str]:
        """The column letter chosen for each field (fields without one left out)."""
        return {f: c.currentData() for f, c in self.field_combos.items() if c.currentData()}

    def _layout_shown(self) -> tuple[int | None, dict[Any, str]]:
        """The header row and columns to highlight on the shown sheet."""
        sheet = self._shown_sheet()
        if not self._touched and sheet is not None and sheet.table is not None:
            return sheet.table.header_row, dict(sheet.table.columns)
        if not self._touched and (self.preview is None or self.preview.mapping is None):
            return None, {}
        return self.header_spin.value(), self._chosen_columns()

    def _caption_columns(self, sheet: Any, header_row: int | None) -> None:
        """Name each column choice after its caption in the header row ("C — Артикул")."""
        cells: tuple[str, ...] = ()
        if header_row is not None:
            cells = next((r.cells for r in sheet.rows if r.row == header_row), ())
        for combo in self.field_combos.values():
            for i in range(1, combo.count()):
                letter = combo.itemData(i)
                caption = " ".join(cells[i - 1].split()) if i - 1 < len(cells) else ""
                combo.setItemText(i, f"{letter} — {caption[:self.CAPTION_CHARS]}" if caption else letter)

    def _fill_preview(self) -> None:
        sheet = self._shown_sheet()
        table = self.preview_table
        table.clear()
        if sheet is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        header_row, columns = self._layout_shown()
        self._caption_columns(sheet, header_row)
        by_letter = {letter: f for f, letter in columns.items()}
        short = self._short_titles()
        table.setColumnCount(sheet.width)
        table.setRowCount(len(sheet.rows))
        letters = [get_column_letter(c + 1) for c in range(sheet.width)]
        table.setHorizontalHeaderLabels([f"{x} · {short[by_letter[x]]}" if x in by_letter else x for x in letters])
        table.setVerticalHeaderLabels([str(r.row) for r in sheet.rows])
        bold = QFont()
        bold.setBold(True)
        for r, prow in enumerate(sheet.rows):
            for c in range(sheet.width):
                text = prow.cells[c] if c < len(prow.cells) else ""
                item = QTableWidgetItem(" ".join(text.split()))
                if self.CELL_TOOLTIPS:
                    item.setToolTip(text if len(text) > 20 else "")
                if prow.row == header_row:
                    item.setFont(bold)
                    item.setBackground(QBrush(HEADER_BACKGROUND))
                elif letters[c] in by_letter and header_row is not None and prow.row > header_row:
                    item.setBackground(QBrush(MAPPED_BACKGROUND))
                elif header_row is not None and prow.row < header_row:
                    item.setForeground(QBrush(MUTED))
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        narrowest, widest = self.COLUMN_WIDTHS
        for col in range(sheet.width):
            table.setColumnWidth(col, min(max(table.columnWidth(col), narrowest), widest))
        if self.SCROLL_TO_HEADER and header_row is not None:
            row = next((i for i, p in enumerate(sheet.rows) if p.row == header_row), 0)
            table.scrollTo(table.model().index(max(row - 2, 0), 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _describe(self) -> None:
        """The note above the controls, the problems, and the sample line under the preview."""
        preview = self.preview
        if preview is None:
            return
        tables = [s.table for s in preview.sheets if s.table is not None]
        if self._touched:
            self.mapping_note.setText(self.tr("Columns chosen by hand: they are checked when the file is analysed."))
        elif tables:
            self.mapping_note.setText(self._found_note(preview, tables))
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
            self.sample_label.setText(self._sample_text(preview))
        self._update_buttons()

    def _mapping_edited(self) -> None:
        self._touched = True
        self._fill_preview()
        self._describe()
