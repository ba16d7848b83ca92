"""One report's result on screen: the figures as tiles, the charts, the sortable table;
a double-click on a row asks for its drill-down."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...exports.report_data import ColumnKind, DrillDown, Figure, ReportResult
from .charts import chart_view
from .table_model import ReportTableModel, format_value

TILE_STYLE = "QFrame#report_tile { background: #f4f6f8; border-radius: 6px; }"
UP, DOWN = "#1b7f3b", "#b00020"


class FigureTile(QFrame):
    def __init__(self, figure: Figure, language: str, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("report_tile")
        self.setStyleSheet(TILE_STYLE)
        title = QLabel(figure.title(language))
        title.setStyleSheet("color: #555;")
        text = format_value(figure.value, figure.kind) or "—"
        if figure.kind == ColumnKind.MONEY and figure.value is not None:
            text += " ₽" if currency == "RUB" else f" {currency}"
        value = QLabel(text)
        value.setObjectName("tile_value")
        value.setStyleSheet("font-size: 20px; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(value)
        if figure.change_percent is not None:
            change = figure.change_percent
            arrow = "▲" if change > 0 else "▼" if change < 0 else "■"
            colour = UP if change > 0 else DOWN if change < 0 else "#555"
            delta = QLabel(self.tr("{0} {1} % vs previous period").format(
                arrow, format_value(abs(change), ColumnKind.RATIO).replace(",00", "")))
            delta.setStyleSheet(f"color: {colour};")
            layout.addWidget(delta)


class ReportView(QWidget):
    drill_requested = Signal(object)  # DrillDown
    selection_changed = Signal()

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.result: ReportResult | None = None
        self.model = ReportTableModel(language, self)
        self.table = QTableView()
        self.table.setObjectName("report_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed.emit)
        self.tiles = QGridLayout()
        self.charts = QHBoxLayout()
        self.chart_holder = QWidget()
        self.chart_holder.setLayout(self.charts)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(self.tiles)
        top_layout.addWidget(self.chart_holder, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

    def show_result(self, result: ReportResult) -> None:
        self.result = result
        for layout in (self.tiles, self.charts):
            while layout.count():
                item = layout.takeAt(0)
                if item.widget() is not None:
                    item.widget().deleteLater()
        for i, figure in enumerate(result.figures):
            self.tiles.addWidget(FigureTile(figure, self.language, result.currency), i // 4, i % 4)
        for chart in result.charts:
            self.charts.addWidget(chart_view(chart, self.language))
        has_top = bool(result.figures or result.charts)
        self.chart_holder.setVisible(bool(result.charts))
        self.splitter.widget(0).setVisible(has_top)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.model.set_result(result)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        widths = [c.width for c in result.columns]
        unit = max(60, min(110, 900 // max(1, int(sum(widths)))))
        for col, column in enumerate(result.columns):
            # At least the title's and the values' width: "ock value at co" or "1 11 2…" read as nothing.
            # Names (text) get their share of the width and are cut with "…" if longer.
            if column.kind == ColumnKind.TEXT:
                width = max(int(unit * column.width), header.sectionSizeHint(col))
            else:
                width = max(header.sectionSizeHint(col), self.table.sizeHintForColumn(col))
            self.table.setColumnWidth(col, width)
        if result.columns and result.columns[0].kind == ColumnKind.TEXT:
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if has_top:
            self.splitter.setSizes([300 if result.charts else 110, 500])

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def selected_products(self) -> list[tuple[int, str, str]]:
        """The selected rows that stand for a product: ``(product_id, sku, name)``."""
        found = []
        for row in self.selected_rows():
            pid = self.model.product_at(row)
            if pid is not None:
                values = self.model.rows[row].values
                found.append((pid, str(values[0]), str(values[1])))
        return found

    def _double_clicked(self, index) -> None:  # noqa: ANN001 - QModelIndex
        drill: DrillDown | None = self.model.drill_at(index.row())
        if drill is not None:
            self.drill_requested.emit(drill)
