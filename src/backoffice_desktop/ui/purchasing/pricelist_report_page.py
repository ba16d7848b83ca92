"""The price-list wizard's last page: the report before anything is written (errors,
skipped rows, price changes, matches, name suggestions to accept, rows without a product
to create products from, offers no longer listed)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...services.pricelists import MatchKind, PriceListReport
from ..formatting import format_decimal, format_money, format_quantity
from ..messages import ERROR_CONTEXT, error_text
from ..settings.common import NOTE_STYLE, MessageLabel
from .pricelist_report_model import ReportModel, report_table


class ReportPage:
    """The report page of :class:`~.pricelist_wizard.PriceListWizard` (a part of it, not a widget of its own)."""

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
            view = report_table(model, f"wizard_{key}", stretch[key])
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
