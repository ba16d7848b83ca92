"""The report step of an import wizard: a summary, a tab per kind of row (errors and
skipped rows shared by every importer), "leave out the rows with errors" and the Apply
message. A part of the wizard, not a widget of its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from ..messages import ERROR_CONTEXT, error_text
from ..settings.common import MessageLabel
from .report_model import ReportModel, report_table

#: One report tab: its key (the view is named ``wizard_<key>``), its title with {0} for the
#: row count, its rows, and the column that takes the spare width.
ReportTab = tuple[str, str, ReportModel, int]


class ReportTabs:
    """The report step's widgets, mixed into an :class:`~.frame.ImportWizard`."""

    report: Any
    tr: Callable[..., str]
    _update_buttons: Callable[[], None]

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

    def _errors_model(self, errors: Sequence[Any]) -> ReportModel:
        """The cells that can't be imported: where they stand and what was expected."""
        return ReportModel(
            [self.tr("File"), self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Value"),
             self.tr("What was expected")],
            [(e.file, e.sheet, str(e.row), e.column, e.value, error_text(e.problem)) for e in errors],
            numeric=(2,))

    def _skipped_model(self, skipped: Sequence[Any]) -> ReportModel:
        """The rows left out on purpose, and why."""
        return ReportModel(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Why"), self.tr("Text")],
            [(s.sheet, str(s.row), QCoreApplication.translate(ERROR_CONTEXT, str(s.reason)), s.text)
             for s in skipped], numeric=(1,))

    def _report_tab(self, key: str, view: QTableView) -> QWidget:
        """What a tab holds around its table (the importer may add controls)."""
        return view

    def _show_tabs(self, tabs: Sequence[ReportTab], first_of: Sequence[str]) -> None:
        """Fill the tabs (a tab without rows is disabled) and open the first of ``first_of`` that has rows."""
        self.report_tabs.clear()
        self.models = {}
        for key, title, model, stretch in tabs:
            model.setParent(self)  # type: ignore[call-overload]
            self.models[key] = model
            view = report_table(model, f"wizard_{key}", stretch)
            holder = self._report_tab(key, view)
            if model.rowCount() < 2000:
                view.resizeColumnsToContents()
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            tab = self.report_tabs.addTab(holder, title.format(model.rowCount()))
            self.report_tabs.setTabEnabled(tab, model.rowCount() > 0)
        keys = [key for key, *_rest in tabs]
        first = next((key for key in first_of if self.models[key].rowCount()), "errors")
        self.report_tabs.setCurrentIndex(keys.index(first))

    def _report_shown(self, skip_text: str, summary: str) -> None:
        """The "leave out the errors" choice (when there are errors), the summary, the buttons."""
        self.skip_errors.setText(skip_text)
        self.skip_errors.setChecked(False)
        self.skip_errors.setVisible(bool(self.report.errors))
        self.apply_message.clear_message()
        self.summary.setText(summary)
        self._update_buttons()
