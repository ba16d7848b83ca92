"""The price-list wizard's last page: the report before anything is written (errors,
skipped rows, price changes, matches, name suggestions to accept, rows without a product
to create products from, offers no longer listed)."""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from ...services.pricelists import MatchKind, PriceListReport
from ..formatting import format_decimal, format_money, format_quantity
from ..import_wizard.report_model import ReportModel
from ..import_wizard.report_tabs import ReportTab, ReportTabs
from ..settings.common import NOTE_STYLE


class ReportPage(ReportTabs):
    """The report page of :class:`~.pricelist_wizard.PriceListWizard` (a part of it, not a widget of its own)."""

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
        tabs: list[ReportTab] = [
            ("errors", self.tr("Errors ({0})"), self._errors_model(report.errors), 5),
            ("skipped", self.tr("Skipped ({0})"), self._skipped_model(report.skipped), 3),
            ("changes", self.tr("Price changes ({0})"), ReportModel(
                [self.tr("Supplier SKU"), self.tr("Name"), self.tr("Our product"), self.tr("Old price"),
                 self.tr("New price"), self.tr("Change")],
                [(c.row.supplier_sku, c.row.name, product(c.product_id), self._price(c.old_price),
                  self._price(c.new_price),
                  f"{'+' if c.change > 0 else ''}{format_decimal(c.change * 100, 1)}\u00a0%"
                  if c.change is not None else self.tr("was zero"))
                 for c in report.price_changes], numeric=(3, 4, 5)), 1),
            ("matched", self.tr("Matched ({0})"), ReportModel(
                [self.tr("Supplier SKU"), self.tr("Name"), self.tr("Price"), self.tr("Stock"), self.tr("Our product"),
                 self.tr("Found by")],
                [(m.row.supplier_sku, m.row.name, self._price(m.row.price), stock(m.row.stock, m.row.stock_estimated),
                  product(m.product_id), by[m.matched_by])
                 for m in report.rows if m.matched_by is not MatchKind.NONE], numeric=(2, 3)), 1),
            ("suggestions", self.tr("Similar names ({0})"), ReportModel(
                [self.tr("Link"), self.tr("Supplier SKU"), self.tr("Supplier's name"), self.tr("Our product"),
                 self.tr("Similarity")],
                [("", s.row.supplier_sku, s.row.name, f"{s.product_sku} — {s.product_name}",
                  f"{round(s.score * 100)}\u00a0%") for s in report.suggestions],
                [s.row.key for s in report.suggestions], checkable=True, numeric=(4,)), 2),
            ("unmatched", self.tr("Without a product ({0})"), ReportModel(
                [self.tr("Create product"), self.tr("Supplier SKU"), self.tr("Name"), self.tr("Barcode"),
                 self.tr("Price"), self.tr("Stock")],
                [("", m.row.supplier_sku, m.row.name, ", ".join(m.row.barcodes), self._price(m.row.price),
                  stock(m.row.stock, m.row.stock_estimated)) for m in report.unmatched],
                [m.row.key for m in report.unmatched], checkable=True, numeric=(4, 5)), 2),
            ("absent", self.tr("Not in this list ({0})"), ReportModel(
                [self.tr("Supplier SKU"), self.tr("Name"), self.tr("Our product"), self.tr("Supplier stock now")],
                [(a.supplier_sku, a.name, product(a.product_id), stock(a.stock, False)) for a in report.absent],
                numeric=(3,)), 1),
        ]
        self._show_tabs(tabs, ("errors", "changes", "suggestions", "unmatched", "matched", "skipped", "absent"))
        self.models["suggestions"].toggled.connect(self._suggestions_toggled)
        self._report_shown(self.tr("Import the other rows and leave out the %n row(s) with errors", "",
                                   report.error_rows), self._summary_text(report))

    def _report_tab(self, key: str, view: QTableView) -> QWidget:
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(4, 4, 4, 4)
        if key == "unmatched":
            holder_layout.addLayout(self._tick_all_row(cast(ReportModel, view.model())))
        holder_layout.addWidget(view)
        if key in ("suggestions", "unmatched"):
            view.setColumnWidth(0, 110 if key == "unmatched" else 60)
        return holder

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
