"""Variants tab: one or two axes (size, colour) and a grid of variants, each with its own
SKU, barcode and price; "Make grid" adds every combination of the values typed."""

from __future__ import annotations

import dataclasses
import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....errors import BackofficeError
from ....services.catalog import parse_money
from ....services.product_cards import VARIANTS_KEY, ProductCard, VariantRow, slugify
from ...formatting import format_decimal, format_quantity
from ...messages import error_text
from .tab_base import CardTab, set_cell

READ_ONLY = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


def split_values(text: str) -> list[str]:
    """``S, M, L`` → ["S", "M", "L"]; with a ";" anywhere only ";" separates, so values
    with decimal commas work (``1,5 л; 2 л``). Blanks and repeats are dropped."""
    out: list[str] = []
    for part in text.split(";" if ";" in text else ","):
        value = " ".join(part.split())
        if value and value.casefold() not in (v.casefold() for v in out):
            out.append(value)
    return out


def grid_rows(card: ProductCard, values: list[list[str]]) -> tuple[VariantRow, ...]:
    """The card's variants plus a new row for each combination of ``values`` not there yet."""
    have = {tuple(v.casefold() for v in row.values) for row in card.variants if row.is_active}
    skus = {row.sku for row in card.variants} | {card.sku}
    added = []
    for combo in itertools.product(*values):
        if tuple(v.casefold() for v in combo) in have:
            continue
        stem = "-".join(slugify(v).upper() or str(i + 1) for i, v in enumerate(combo))
        sku, n = f"{card.sku}-{stem}", 1
        while sku in skus:
            n += 1
            sku = f"{card.sku}-{stem}-{n}"
        skus.add(sku)
        added.append(VariantRow(None, tuple(combo), sku, "", card.retail_price))
    return card.variants + tuple(added)


class GridDialog(QDialog):
    """Values per axis, comma separated: "S, M, L" × "белый, чёрный"."""

    def __init__(self, axes: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Make variants"))
        self.edits = [QLineEdit() for _ in axes]
        form = QFormLayout(self)
        hint = QLabel(self.tr("Type the values of each axis separated by commas, or by semicolons when the "
                              "values have commas (1,5 л; 2 л). Every combination not in the grid yet is added."))
        hint.setWordWrap(True)
        form.addRow(hint)
        for axis, edit in zip(axes, self.edits):
            edit.setPlaceholderText(self.tr("e.g. S, M, L"))
            form.addRow(f"{axis}:", edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> list[list[str]]:
        return [split_values(edit.text()) for edit in self.edits]


class VariantsTab(CardTab):
    def __init__(self, can_edit: bool, can_price: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.can_edit = can_edit
        self.can_price = can_price
        self.card: ProductCard | None = None
        #: Grid row → index in ``card.variants`` (retired variants are not shown).
        self.shown: list[int] = []
        self.axis_edits = [QLineEdit(), QLineEdit()]
        for i, edit in enumerate(self.axis_edits):
            edit.setObjectName(f"card_axis_{i + 1}")
            edit.setEnabled(can_edit)
            edit.textEdited.connect(self._axes_edited)
        self.axis_edits[0].setPlaceholderText(self.tr("e.g. Size"))
        self.axis_edits[1].setPlaceholderText(self.tr("e.g. Colour (optional)"))
        for edit in self.axis_edits:  # the hint is read whole, in any language
            edit.setMinimumWidth(max(160, edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24))
        self.table = QTableWidget(0, 0)
        self.table.setObjectName("card_variants")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self._cell_edited)
        self.add_button = QPushButton(self.tr("Add variant"))
        self.add_button.setObjectName("card_add_variant")
        self.grid_button = QPushButton(self.tr("Make grid…"))
        self.grid_button.setObjectName("card_make_grid")
        self.remove_button = QPushButton(self.tr("Remove variant"))
        self.remove_button.setObjectName("card_remove_variant")
        for button in (self.add_button, self.grid_button, self.remove_button):
            button.setEnabled(can_edit)
        self.add_button.clicked.connect(self._add)
        self.grid_button.clicked.connect(self._make_grid)
        self.remove_button.clicked.connect(self._remove)
        self.note = QLabel()
        self.note.setObjectName("card_variants_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #555;")

        axes = QHBoxLayout()
        axes.addWidget(QLabel(self.tr("Axes:")))
        axes.addWidget(self.axis_edits[0])
        axes.addWidget(QLabel("×"))
        axes.addWidget(self.axis_edits[1])
        axes.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.grid_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(axes)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

    def axes(self) -> tuple[str, ...]:
        first, second = (e.text() for e in self.axis_edits)
        if second.strip():
            return (first, second)
        return (first,) if first.strip() else ()

    def fill(self, card: ProductCard) -> None:
        self.card = card
        for i, edit in enumerate(self.axis_edits):
            text = card.variant_axes[i] if i < len(card.variant_axes) else ""
            if edit.text() != text:
                edit.setText(text)
        is_variant = card.parent_id is not None
        for widget in (*self.axis_edits, self.add_button, self.grid_button, self.remove_button, self.table):
            widget.setEnabled(self.can_edit and not is_variant)
        self.note.setText(self.tr("This product is itself a variant; its variants are edited on its parent's card.")
                          if is_variant else self.tr("Variants share the category, brand and unit of this card. "
                                                     "A removed variant keeps its stock and history."))
        axes = card.variant_axes
        headers = [*axes, self.tr("SKU"), self.tr("Barcode"), self.tr("Price"), self.tr("On hand")]
        self.shown = [i for i, row in enumerate(card.variants) if row.is_active]
        self.table.blockSignals(True)
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.shown))
        price_col, stock_col = len(headers) - 2, len(headers) - 1
        editable = READ_ONLY | Qt.ItemFlag.ItemIsEditable
        for r, index in enumerate(self.shown):
            row = card.variants[index]
            cells = [*row.values, row.sku, row.barcode, format_decimal(row.retail_price), format_quantity(row.on_hand)]
            for c, text in enumerate(cells):
                can = self.can_price if c == price_col else self.can_edit and c != stock_col
                item = set_cell(self.table, r, c, text, editable if can else READ_ONLY)
                if c >= price_col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = self.table.horizontalHeader()
        for c in range(len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c < len(axes)
                                        else QHeaderView.ResizeMode.ResizeToContents)
        self.table.blockSignals(False)

    def _emit(self, axes: tuple[str, ...], rows: tuple[VariantRow, ...]) -> None:
        self.emit_edit(VARIANTS_KEY, (axes, rows))

    def _axes_edited(self) -> None:
        if self.card is None:
            return
        axes = self.axes()
        rows = tuple(dataclasses.replace(row, values=(row.values + ("",) * len(axes))[: len(axes)])
                     for row in self.card.variants)
        self._emit(axes, rows)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self.card is None or self.filling:
            return
        axes = self.card.variant_axes
        index = self.shown[item.row()]
        row = self.card.variants[index]
        col, text = item.column(), item.text().strip()
        if col < len(axes):
            values = list(row.values)
            values[col] = text
            row = dataclasses.replace(row, values=tuple(values))
        elif col == len(axes):
            row = dataclasses.replace(row, sku=text)
        elif col == len(axes) + 1:
            row = dataclasses.replace(row, barcode=text)
        else:
            try:
                row = dataclasses.replace(row, retail_price=parse_money(text))
            except BackofficeError as exc:
                self.problem.emit(error_text(exc))
                self.show_card(self.card)
                return
        rows = list(self.card.variants)
        rows[index] = row
        self._emit(axes, tuple(rows))

    def _add(self) -> None:
        if self.card is None:
            return
        axes = self.card.variant_axes
        if not axes:
            self.problem.emit(self.tr("Name an axis first (e.g. Size), then add its variants."))
            self.axis_edits[0].setFocus()
            return
        n = len(self.card.variants) + 1
        skus = {row.sku for row in self.card.variants}
        while f"{self.card.sku}-{n}" in skus:
            n += 1
        row = VariantRow(None, ("",) * len(axes), f"{self.card.sku}-{n}", "", self.card.retail_price)
        self._emit(axes, self.card.variants + (row,))
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)

    def _make_grid(self) -> None:
        if self.card is None:
            return
        axes = self.card.variant_axes
        if not axes:
            self.problem.emit(self.tr("Name an axis first (e.g. Size), then add its variants."))
            return
        dialog = GridDialog(axes, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and all(dialog.values()):
            self._emit(axes, grid_rows(self.card, dialog.values()))

    def _remove(self) -> None:
        if self.card is None:
            return
        r = self.table.currentRow()
        if not 0 <= r < len(self.shown):
            return
        index = self.shown[r]
        rows = list(self.card.variants)
        if rows[index].id is None:
            del rows[index]
        else:
            rows[index] = dataclasses.replace(rows[index], is_active=False)
        self._emit(self.card.variant_axes, tuple(rows))
