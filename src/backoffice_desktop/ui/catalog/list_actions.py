"""The Catalog list's actions on many products: bulk edit, undo the last bulk change,
export to Excel and import from Excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QWidget

from ...errors import BackofficeError
from ...services.catalog import ProductFilter
from ...services.catalog_bulk import BulkField, BulkResult, UndoPlan, last_bulk_change, plan_undo, undo_bulk_change
from ...services.catalog_excel import ImportReport, analyse_import, export_catalog
from ...services.permissions import Permission
from ..context import AppContext
from ..i18n import current_language
from ..messages import show_error
from ..operations import Changes
from .bulk_dialog import BulkEditDialog
from .excel_dialogs import ImportReportDialog, ProgressDialog


class ListActions(QWidget):
    """Buttons under the product list; ``selected()`` and ``current_filter()`` come from the list."""

    def __init__(self, ctx: AppContext, selected: Callable[[], list[int]], current_filter: Callable[[], ProductFilter],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.selected = selected
        self.current_filter = current_filter
        self.dialog: QWidget | None = None  # the bulk edit or import report shown last (tests reach it)
        can_edit = ctx.actor.can(Permission.EDIT_PRODUCTS) or ctx.actor.can(Permission.EDIT_PRICES)
        self.bulk_button = QPushButton(self.tr("Bulk edit…"))
        self.bulk_button.setObjectName("catalog_bulk_edit")
        self.bulk_button.setToolTip(self.tr("Set category, brand, publish state or change prices of the selected "
                                            "products (or of the whole list) with a preview"))
        self.bulk_button.clicked.connect(self.open_bulk_edit)
        self.undo_button = QPushButton(self.tr("Undo last bulk change"))
        self.undo_button.setObjectName("catalog_bulk_undo")
        self.undo_button.clicked.connect(self.undo_last)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setObjectName("catalog_export_xlsx")
        self.export_button.clicked.connect(self.choose_export_file)
        self.import_button = QPushButton(self.tr("Import from Excel…"))
        self.import_button.setObjectName("catalog_import_xlsx")
        self.import_button.clicked.connect(self.choose_import_file)
        for button in (self.bulk_button, self.undo_button, self.import_button):
            button.setVisible(can_edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bulk_button)
        layout.addWidget(self.undo_button)
        layout.addStretch(1)
        layout.addWidget(self.export_button)
        layout.addWidget(self.import_button)
        self.refresh()

    def refresh(self) -> None:
        with self.ctx.read() as session:
            last = last_bulk_change(session)
        self.undo_button.setEnabled(last is not None)
        self.undo_button.setToolTip("" if last is None else self.tr(
            "Changed {0} of %n product(s) on {1} ({2})", "", last.products).format(
                self._field_title(last.field), last.at.strftime("%d.%m.%Y %H:%M"), last.user))

    def _field_title(self, field: BulkField) -> str:
        return {BulkField.CATEGORY: self.tr("the category"), BulkField.BRAND: self.tr("the brand"),
                BulkField.PUBLISHED: self.tr("the publish state"), BulkField.PRICE: self.tr("the prices")}[field]

    # --- bulk edit ------------------------------------------------------------------------

    def open_bulk_edit(self) -> BulkEditDialog:
        dialog = BulkEditDialog(self.ctx, self.selected(), self.current_filter(), self)
        dialog.applied.connect(self._bulk_applied)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _bulk_applied(self, result: BulkResult) -> None:
        self.refresh()
        text = self.tr("%n product(s) changed.", "", result.changed)
        if result.skipped:
            text += " " + self.tr("%n left as they were.", "", result.skipped)
        QMessageBox.information(self, self.tr("Bulk edit"), text)

    def undo_last(self) -> None:
        try:
            with self.ctx.read() as session:
                last = last_bulk_change(session)
                if last is None:
                    return
                plan = plan_undo(session, last.tag)
        except BackofficeError as exc:
            show_error(self, exc)
            return
        if not self.confirm_undo(plan):
            return
        self.ctx.write(lambda s, a: undo_bulk_change(s, a, plan.change.tag, keep_changed=True),
                       Changes(products=True), on_success=self._undone, on_failure=lambda e: show_error(self, e))

    def confirm_undo(self, plan: UndoPlan) -> bool:
        text = self.tr("Restore {0} of %n product(s) as they were before the bulk change of {1} by {2}?", "",
                       plan.restorable).format(self._field_title(plan.change.field),
                                               plan.change.at.strftime("%d.%m.%Y %H:%M"), plan.change.user)
        if plan.changed_since:
            text += "\n\n" + self.tr("These products were changed since and keep their values: {0}").format(
                ", ".join(plan.changed_since[:20]))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Undo last bulk change"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("bulk_undo_confirm")
        self.dialog = box
        return box.exec() == QMessageBox.StandardButton.Yes

    def _undone(self, count: int) -> None:
        self.refresh()
        QMessageBox.information(self, self.tr("Undo last bulk change"),
                                self.tr("%n product(s) restored.", "", count))

    # --- Excel -------------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), str(Path.home() / "catalog.xlsx"),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.export_to(Path(name if name.lower().endswith(".xlsx") else name + ".xlsx"))

    def export_to(self, path: Path, on_done: Callable[[int], None] | None = None) -> None:
        """Write the products the list shows to ``path`` on a worker, with progress."""
        progress = ProgressDialog(self.tr("Exporting the catalog to Excel…"), self)
        read, filt, relay = self.ctx.read, self.current_filter(), progress.relay
        language = current_language()

        def job() -> int:
            with read() as session:
                return export_catalog(session, path, filt, language, lambda done, total: relay.changed.emit(done, total))

        def done(count: int) -> None:
            progress.accept()
            if on_done is not None:
                on_done(count)
            else:
                QMessageBox.information(self, self.tr("Export to Excel"),
                                        self.tr("%n product(s) exported to {0}.", "", count).format(path))

        def failed(exc: BaseException) -> None:
            progress.reject()
            show_error(self, exc)

        progress.open()
        self.ctx.ops.run(job, done, failed, write=False)

    def choose_import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), str(Path.home()),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> None:
        """Check the workbook on a worker, then show the report with Apply."""
        progress = ProgressDialog(self.tr("Checking {0}…").format(path.name), self)
        read, relay = self.ctx.read, progress.relay

        def job() -> ImportReport:
            with read() as session:
                return analyse_import(session, path, lambda done, total: relay.changed.emit(done, total))

        def done(report: ImportReport) -> None:
            progress.accept()
            dialog = ImportReportDialog(self.ctx, report, self)
            self.dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            progress.reject()
            show_error(self, exc)

        progress.open()
        self.ctx.ops.run(job, done, failed, write=False)
