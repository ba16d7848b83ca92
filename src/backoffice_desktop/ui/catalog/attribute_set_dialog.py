"""The attribute set of a category: the fields its product cards show on the Attributes tab.

Opened from the Catalog list for the category the list shows. Attributes inherited from
a parent category are listed greyed (they are edited in that category); each Add, Edit,
Delete and move is saved at once, one transaction each. An attribute is required on
every sales channel or only by the channels ticked for it (a marketplace that demands
more attributes than the website).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services import attribute_sets, completeness
from ...services.attribute_sets import AttributeRow, AttributeSpec
from ...services.permissions import Actor
from ..context import AppContext
from ..messages import error_text, show_error
from ..operations import Changes
from .completeness_text import channel_title

#: How each attribute kind is called in the interface (context "AttributeSetDialog").
KIND_TITLES: dict[str, str] = {
    "text": QT_TRANSLATE_NOOP("AttributeSetDialog", "Text"),
    "number": QT_TRANSLATE_NOOP("AttributeSetDialog", "Number"),
    "choice": QT_TRANSLATE_NOOP("AttributeSetDialog", "Choice list"),
    "bool": QT_TRANSLATE_NOOP("AttributeSetDialog", "Yes/no"),
}


def kind_title(kind: str) -> str:
    return QCoreApplication.translate("AttributeSetDialog", KIND_TITLES.get(kind, kind))


class AttributeForm(QDialog):
    """One attribute's name, kind, unit (numbers), choices (choice lists) and which sales
    channels require it (every one, or those ticked). OK saves through ``save``; a
    refusal stays in the form, shown in red."""

    def __init__(self, title: str, spec: AttributeSpec,
                 save: Callable[[AttributeSpec, Callable[[], None], Callable[[BaseException], None]], None],
                 channels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.name = QLineEdit(spec.name)
        self.name.setObjectName("attribute_name")
        self.name.setMaxLength(attribute_sets.NAME_MAX)
        self.kind = QComboBox()
        self.kind.setObjectName("attribute_kind")
        for kind in attribute_sets.KINDS:
            self.kind.addItem(kind_title(kind), kind)
        self.kind.setCurrentIndex(max(self.kind.findData(spec.kind), 0))
        self.unit = QLineEdit(spec.unit)
        self.unit.setObjectName("attribute_unit")
        self.unit.setMaxLength(attribute_sets.UNIT_MAX)
        self.unit.setPlaceholderText(self.tr("e.g. kg, cm, W"))
        self.choices = QPlainTextEdit("\n".join(spec.choices))
        self.choices.setObjectName("attribute_choices")
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.choices.setTabChangesFocus(True)
        self.required = QCheckBox(self.tr("Required on every sales channel"))
        self.required.setObjectName("attribute_required")
        self.required.setChecked(spec.required)
        #: A box per channel: required by that channel only (when not on every channel).
        self.channel_boxes: dict[str, QCheckBox] = {}
        channel_row = QHBoxLayout()
        for channel in channels:
            box = QCheckBox(channel_title(channel))
            box.setObjectName(f"attribute_required_{channel}")
            box.setChecked(channel in spec.required_for)
            self.channel_boxes[channel] = box
            channel_row.addWidget(box)
        channel_row.addStretch(1)
        self.channels_widget = QWidget()
        self.channels_widget.setLayout(channel_row)
        channel_row.setContentsMargins(0, 0, 0, 0)
        self.error = QLabel()
        self.error.setObjectName("attribute_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        self.form = QFormLayout()
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("Kind:"), self.kind)
        self.form.addRow(self.tr("Unit:"), self.unit)
        self.form.addRow(self.tr("Choices:"), self.choices)
        self.form.addRow("", self.required)
        self.form.addRow(self.tr("Or only by:"), self.channels_widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._show_kind_fields)
        self.required.toggled.connect(self._show_required)
        self._show_kind_fields()
        self._show_required()
        self.resize(420, 0)

    def _show_kind_fields(self) -> None:
        kind = self.kind.currentData()
        self.form.setRowVisible(self.unit, kind == "number")
        self.form.setRowVisible(self.choices, kind == "choice")
        self.adjustSize()

    def _show_required(self) -> None:
        """Required everywhere: the channels' boxes have nothing to add and are locked."""
        everywhere = self.required.isChecked()
        for box in self.channel_boxes.values():
            box.setEnabled(not everywhere)
        self.channels_widget.setToolTip(
            self.tr("Every channel requires it; untick “Required on every sales channel” to choose.")
            if everywhere else self.tr("Channels that require it while the others don't."))

    def spec(self) -> AttributeSpec:
        kind = self.kind.currentData()
        required = self.required.isChecked()
        return AttributeSpec(
            name=self.name.text(),
            kind=kind,
            unit=self.unit.text() if kind == "number" else "",
            choices=tuple(self.choices.toPlainText().splitlines()) if kind == "choice" else (),
            required=required,
            required_for=() if required else tuple(c for c, box in self.channel_boxes.items() if box.isChecked()),
        )

    def submit(self) -> None:
        self.buttons.setEnabled(False)
        self.error.hide()
        self.save(self.spec(), self._saved, self._refused)

    def _saved(self) -> None:
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        self.error.show()


class AttributeSetDialog(QDialog):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AttributeSetDialog", "Name"),
        QT_TRANSLATE_NOOP("AttributeSetDialog", "Kind"),
        QT_TRANSLATE_NOOP("AttributeSetDialog", "Unit"),
        QT_TRANSLATE_NOOP("AttributeSetDialog", "Choices"),
        QT_TRANSLATE_NOOP("AttributeSetDialog", "Required"),
        QT_TRANSLATE_NOOP("AttributeSetDialog", "Products"),
        QT_TRANSLATE_NOOP("AttributeSetDialog", "Defined in"),
    )

    def __init__(self, ctx: AppContext, category_id: int, category_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.category_id = category_id
        self.rows: list[AttributeRow] = []
        self.channels: list[str] = []
        self.form: AttributeForm | None = None
        self.setWindowTitle(self.tr("Attributes of {0}").format(category_title))

        heading = QLabel(self.tr("Category: <b>{0}</b>").format(category_title.replace("<", "&lt;")))
        heading.setObjectName("attribute_set_category")
        hint = QLabel(self.tr("Product cards of this category show these fields on the Attributes tab. "
                              "Greyed attributes come from a parent category and are edited there."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("attribute_set_table")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 4, 5, 6):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("This category has no attributes yet. Add the first one."))
        self.empty.setObjectName("attribute_set_empty")
        self.empty.setStyleSheet("color: #555;")

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("attribute_add")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("attribute_edit")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("attribute_delete")
        self.up_button = QPushButton(self.tr("Up"))
        self.up_button.setObjectName("attribute_up")
        self.down_button = QPushButton(self.tr("Down"))
        self.down_button.setObjectName("attribute_down")
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(body, 1)
        layout.addWidget(self.empty)
        layout.addWidget(close)

        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.remove_attribute)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        self.resize(820, 440)
        self.reload()

    # --- the list -------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self.current().id if self.current() else None)
        with self.ctx.read() as session:
            self.rows = attribute_sets.list_attributes(session, self.category_id)
            self.channels = completeness.channels(session)
        self.table.setRowCount(len(self.rows))
        grey = QBrush(QColor("#777"))
        for r, row in enumerate(self.rows):
            cells = (
                row.name, kind_title(row.kind), row.unit, ", ".join(row.choices),
                self.required_text(row), str(row.used_by) if row.used_by else "",
                row.category_name,
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.inherited:
                    item.setForeground(grey)
                    item.setToolTip(self.tr("From the parent category {0}; edit it there.").format(row.category_name))
                self.table.setItem(r, c, item)
        self.empty.setVisible(not self.rows)
        index = next((r for r, row in enumerate(self.rows) if row.id == keep), None)
        if index is not None:
            self.table.selectRow(index)
        else:
            self.table.clearSelection()
        self._update_buttons()

    def required_text(self, row: AttributeRow) -> str:
        """"yes" (every channel), the channels that require it, or nothing."""
        if row.required:
            return self.tr("yes")
        return ", ".join(channel_title(c) for c in row.required_for)

    def current(self) -> AttributeRow | None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.rows[selected[0].row()] if selected and selected[0].row() < len(self.rows) else None

    def _own_ids(self) -> list[int]:
        return [row.id for row in self.rows if not row.inherited]

    def _update_buttons(self) -> None:
        row = self.current()
        ids = self._own_ids()
        position = ids.index(row.id) if row is not None and row.id in ids else None
        self.edit_button.setEnabled(position is not None)
        self.delete_button.setEnabled(position is not None)
        self.up_button.setEnabled(position is not None and position > 0)
        self.down_button.setEnabled(position is not None and position < len(ids) - 1)

    # --- actions ----------------------------------------------------------------------------

    def _write(self, func: Callable[[Session, Actor], object], on_done: Callable[[object], None],
               on_failure: Callable[[BaseException], None]) -> None:
        self.ctx.write(func, Changes(products=True), on_success=on_done, on_failure=on_failure)

    def _open_form(self, title: str, spec: AttributeSpec,
                   call: Callable[[Session, Actor, AttributeSpec], object]) -> None:
        def save(spec: AttributeSpec, saved: Callable[[], None], refused: Callable[[BaseException], None]) -> None:
            def done(result: object) -> None:
                saved()
                self.reload(result if isinstance(result, int) else None)
            self._write(lambda s, a: call(s, a, spec), done, refused)

        self.form = AttributeForm(title, spec, save, self.channels, self)
        self.form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form.finished.connect(self._form_closed)
        self.form.open()

    def _form_closed(self, _result: int) -> None:
        self.form = None

    def add(self) -> None:
        category_id = self.category_id
        self._open_form(self.tr("New attribute"), AttributeSpec("", "text"),
                        lambda s, a, spec: attribute_sets.add_attribute(s, a, category_id, spec))

    def edit(self) -> None:
        row = self.current()
        if row is None or row.inherited:
            return
        attribute_id = row.id
        self._open_form(self.tr("Attribute {0}").format(row.name), row.spec(),
                        lambda s, a, spec: attribute_sets.change_attribute(s, a, attribute_id, spec))

    def remove_attribute(self) -> None:
        row = self.current()
        if row is None or row.inherited:
            return
        if row.used_by:
            question = self.tr("'{0}' is filled in on %n product(s). Delete the attribute and remove "
                               "these values from the products?", "", row.used_by).format(row.name)
        else:
            question = self.tr("Delete the attribute '{0}'?").format(row.name)
        answer = QMessageBox.question(self, self.tr("Delete attribute"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        attribute_id, force = row.id, row.used_by > 0
        self._write(lambda s, a: attribute_sets.delete_attribute(s, a, attribute_id, force=force),
                    lambda _n: self.reload(), self._failed)

    def move(self, step: int) -> None:
        row = self.current()
        if row is None or row.inherited:
            return
        attribute_id = row.id
        self._write(lambda s, a: attribute_sets.move_attribute(s, a, attribute_id, step),
                    lambda _r: self.reload(attribute_id), self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.reload()
        show_error(self, exc)
