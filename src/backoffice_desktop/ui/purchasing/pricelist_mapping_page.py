"""The price-list wizard's second page: the columns found (header row, a column per field,
the sheet), shown over a preview of the sheet and corrected by the user."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QTabBar, QVBoxLayout, QWidget

from ...exports.pricelist_model import SheetPreview, SheetTable
from ...services.pricelists import Field, PriceListMapping, PriceListPreview
from ..import_wizard.mapping_controls import MappingControls


class MappingPage(MappingControls):
    """The mapping page of :class:`~.pricelist_wizard.PriceListWizard` (a part of it, not a widget of its own)."""

    preview: PriceListPreview | None

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        self._mapping_controls()
        titles = {
            Field.SKU: self.tr("Supplier SKU:"), Field.NAME: self.tr("Name:"), Field.PRICE: self.tr("Price:"),
            Field.STOCK: self.tr("Stock:"), Field.BARCODE: self.tr("Barcode:"), Field.PACK: self.tr("Pack size:"),
        }
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Import:")), 0, 0)
        grid.addWidget(self.sheet_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Header row:")), 0, 2)
        grid.addWidget(self.header_spin, 0, 3, Qt.AlignmentFlag.AlignLeft)
        self._column_combos(grid, {f: titles[f] for f in Field}, first_row=1, per_row=2, min_chars=16)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.sheet_tabs = QTabBar()
        self.sheet_tabs.setObjectName("wizard_sheet_tabs")
        self.sheet_tabs.setDocumentMode(True)
        self.preview_table.horizontalHeader().setDefaultSectionSize(110)
        layout = QVBoxLayout(page)
        layout.addWidget(self.mapping_note)
        layout.addWidget(self.mapping_message)
        layout.addLayout(grid)
        layout.addWidget(self.sheet_tabs)
        layout.addWidget(self.preview_table, 1)
        layout.addWidget(self.sample_label)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.sheet_tabs.currentChanged.connect(lambda _i: self._fill_preview())
        return page

    def _all_sheets_text(self) -> str:
        return self.tr("All sheets with a table")

    def _no_column_text(self) -> str:
        return self.tr("— not in the list —")

    def _more_mapping_widgets(self) -> Sequence[QWidget]:
        return (self.sheet_tabs,)

    def _show_more_mapping(self, preview: PriceListPreview) -> None:
        while self.sheet_tabs.count():
            self.sheet_tabs.removeTab(0)
        for sheet in preview.sheets:
            self.sheet_tabs.addTab(sheet.name)
        self.sheet_tabs.setVisible(len(preview.sheets) > 1)
        first_table = next((i for i, s in enumerate(preview.sheets) if s.table is not None), 0)
        self.sheet_tabs.setCurrentIndex(first_table)

    def _shown_sheet(self) -> SheetPreview | None:
        if self.preview is None or not self.preview.sheets:
            return None
        return self.preview.sheets[max(self.sheet_tabs.currentIndex(), 0)]

    def _short_titles(self) -> dict[Field, str]:
        return {Field.SKU: self.tr("SKU"), Field.NAME: self.tr("name"), Field.PRICE: self.tr("price"),
                Field.STOCK: self.tr("stock"), Field.BARCODE: self.tr("barcode"), Field.PACK: self.tr("pack")}

    def _found_note(self, preview: PriceListPreview, tables: list[SheetTable]) -> str:
        first = tables[0]
        where = (self.tr("in row {0} of the sheet “{1}”").format(first.header_row, first.sheet)
                 if len(preview.sheets) > 1 else self.tr("in row {0}").format(first.header_row))
        return (self.tr("The header was found {0}; the highlighted columns will be read. Correct them below if "
                        "they are wrong.").format(where)
                + (" " + self.tr("Tables found on %n sheet(s).", "", len(tables)) if len(preview.sheets) > 1 else ""))

    def _sample_text(self, preview: PriceListPreview) -> str:
        return self.tr("In the first rows: {0} items, {1} with errors, {2} skipped.").format(
            len(preview.parsed), len({(e.sheet, e.row) for e in preview.errors}), len(preview.skipped))

    def _sheet_chosen(self) -> None:
        name = self.sheet_combo.currentData()
        if name is not None and self.preview is not None:
            self.sheet_tabs.setCurrentIndex(list(self.preview.sheet_names).index(name))
        self._describe()

    def current_mapping(self) -> PriceListMapping:
        """The mapping to import with: as found, or as corrected; raises ValidationError."""
        sheets = (self.sheet_combo.currentData(),) if self.sheet_combo.currentData() else ()
        found = self.preview.mapping if self.preview is not None else None
        if found is not None and not self._touched:
            return replace(found, sheets=sheets)
        estimate = found.stock_estimate if found is not None else PriceListMapping().stock_estimate
        return PriceListMapping(columns=self._chosen_columns(), header_row=self.header_spin.value(), sheets=sheets,
                                stock_estimate=estimate)
