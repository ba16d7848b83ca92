"""The price-list import wizard over ``services.pricelists``: choose the file → check the
columns found (correct them if need be) → analyse off the UI thread → read the report,
accept name suggestions, tick rows to create products from → Apply in one transaction.

Nothing is written before Apply; Cancel at any step leaves the store as it was (see
:mod:`..import_wizard.frame`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...errors import ValidationError
from ...services import pricelists, suppliers
from ...services.pricelists import ApplyResult, PriceListMapping, PriceListPreview, PriceListReport
from ..context import AppContext
from ..import_wizard.frame import ImportWizard, Progress
from ..messages import show_error
from ..operations import Changes
from .pricelist_mapping_page import MappingPage
from .pricelist_report_page import ReportPage

Analysis = tuple[PriceListReport, dict[int, tuple[str, str]]]


class PriceListWizard(MappingPage, ReportPage, ImportWizard):
    """Import one supplier's price list; ``applied`` carries the :class:`ApplyResult`."""

    def __init__(self, ctx: AppContext, supplier_id: int, path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.supplier_id = supplier_id
        self.preview: PriceListPreview | None = None
        self.report: PriceListReport | None = None
        self.result: ApplyResult | None = None
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
        self._build(self._file_page(), self._mapping_page(), self._report_page(), 1000, 640)
        if path is not None:
            self.open_file(path)

    # --- page 1: the file -----------------------------------------------------------
    def _file_page(self) -> QWidget:
        browse = self._path_row(self.tr("Path to the price list file"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        return self._file_step(
            self.tr("Choose the price list of {0}: an Excel workbook (.xlsx) or a CSV file. The file is read and "
                    "checked first; nothing changes until you press Apply on the last page.").format(
                self.supplier_name),
            row,
            self.tr("The columns of this supplier's last price list are remembered and tried first.")
            if self.saved_mapping else
            self.tr("The header row and the columns (article, name, price, stock, barcode, pack) are found "
                    "by their captions in Russian or English; you can correct them on the next page."))

    def browse(self) -> None:
        self._choose_file(self.tr("Choose a price list"), self.tr("Price lists (*.xlsx *.csv);;All files (*)"))

    def open_file(self, path: Path) -> None:
        """Read the file's first rows and the columns (in the background), then show them."""
        self.path_edit.setText(str(path))
        self.path = path
        self.file_message.show_note(self.tr("Reading {0}…").format(path.name))
        mapping = self.saved_mapping

        def job() -> PriceListPreview:
            return pricelists.preview_file(path, mapping)

        self._run(job, self._previewed, self._file_failed)

    def _file_failed(self, exc: BaseException) -> None:
        super()._file_failed(exc)
        self.path_edit.selectAll()

    # --- page 3: analysing ------------------------------------------------------------
    def _analysis_job(self, path: Path, mapping: PriceListMapping) -> Callable[[Progress], Analysis]:
        supplier_id, read = self.supplier_id, self.ctx.read

        def job(progress: Progress) -> Analysis:
            with read() as session:
                report = pricelists.analyse_price_list(session, supplier_id, path, mapping, progress)
                ids = [m.product_id for m in report.rows if m.product_id]
                ids += [s.product_id for s in report.suggestions]
                return report, suppliers.product_titles(session, ids)

        return job

    def _analysed(self, result: Analysis) -> None:
        self.show_report(*result)
        self._set_page(self.REPORT)

    # --- page 4: apply ------------------------------------------------------------------
    def apply(self) -> None:
        report = self.report
        if report is None or self.busy:
            return
        links, create, skip = self.links(), self.to_create(), self.skip_errors.isChecked()
        self._apply(lambda s, a: pricelists.apply_price_list(s, a, report, links, create, skip),
                    Changes(purchasing=True, products=bool(links or create)), show_error)

    def result_text(self) -> str:
        """One line on what Apply did, for the page's status line."""
        r = self.result
        if r is None:
            return ""
        return self.tr("Price list imported. New offers: {0}; updated: {1}; price changes: {2}; "
                       "new products: {3}.").format(r.offers_created, r.offers_updated, r.prices_changed,
                                                    len(r.products_created))

    def _step_titles(self) -> dict[int, str]:
        return {**super()._step_titles(), self.FILE: self.tr("Step 1 of 3: the price list file"),
                self.ANALYSING: self.tr("Step 3 of 3: checking the list")}
