"""The pieces the Purchasing lists share (orders, suppliers): a one-row-at-a-time table,
the centred text shown instead of an empty list, and the list's column with its action
button, row count and filters above."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

EMPTY_STYLE = "color: #555; font-size: 14px; padding: 24px;"


def compact_rows(table: QTableView) -> None:
    """Whole rows, one selected at a time, alternating colours, one line each, no row numbers."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)


def record_table(model: QAbstractItemModel, name: str) -> QTableView:
    """A table of records over ``model`` (see :func:`compact_rows`)."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    compact_rows(table)
    return table


def empty_label(name: str) -> QLabel:
    """The text that stands in for a list with nothing to show (what to do next)."""
    label = QLabel()
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(EMPTY_STYLE)
    return label


def list_column(button: QPushButton, count_label: QLabel, filters: QBoxLayout,
                *body: QWidget | QLayout) -> QWidget:
    """The list side of a page: the action button and the row count on top, the filters
    under them, then ``body`` (the first part stretching)."""
    column = QWidget()
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 0, 0, 0)
    top = QHBoxLayout()
    top.addWidget(button)
    top.addStretch(1)
    top.addWidget(count_label)
    layout.addLayout(top)
    layout.addLayout(filters)
    for index, part in enumerate(body):
        if isinstance(part, QLayout):
            layout.addLayout(part, 1 if index == 0 else 0)
        else:
            layout.addWidget(part, 1 if index == 0 else 0)
    return column
