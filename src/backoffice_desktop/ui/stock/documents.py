"""Stock documents from the Stock workspace: adjust, write off, transfer one product in a
bin, and count bins. Each is a document that posts moves in one transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ...errors import BackofficeError
from ...services import stock_documents, stock_queries
from ...services.permissions import Permission
from ...services.stock_documents import LineInput, WriteOffReason
from ...services.stock_queries import StockRow
from ..formatting import format_quantity
from ..messages import error_text
from ..operations import Changes
from .count_dialog import CountDialog

if TYPE_CHECKING:
    from .workspace import StockWorkspace

ERROR_STYLE = "color: #b00020;"
WRITE_OFF_REASONS = (
    (WriteOffReason.DAMAGED, QT_TRANSLATE_NOOP("MoveDialog", "Damaged")),
    (WriteOffReason.EXPIRED, QT_TRANSLATE_NOOP("MoveDialog", "Expired")),
    (WriteOffReason.DEFECTIVE, QT_TRANSLATE_NOOP("MoveDialog", "Defective")),
    (WriteOffReason.LOST, QT_TRANSLATE_NOOP("MoveDialog", "Lost")),
    (WriteOffReason.OTHER, QT_TRANSLATE_NOOP("MoveDialog", "Other (explain)")),
)


class MoveDialog(QDialog):
    """One line of an adjustment, a write-off or a transfer, posted at once."""

    def __init__(self, kind: str, row: StockRow, bins: list[stock_queries.BinChoice], parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        self.row = row
        titles = {"adjustment": self.tr("Adjust stock"), "write_off": self.tr("Write off"),
                  "transfer": self.tr("Move to another bin")}
        self.setWindowTitle(titles[kind])
        self.quantity = QLineEdit()
        self.quantity.setObjectName("move_quantity")
        self.reason_code = QComboBox()
        for code, title in WRITE_OFF_REASONS:
            self.reason_code.addItem(self.tr(title), code.value)
        self.reason = QLineEdit()
        self.reason.setObjectName("move_reason")
        self.target = QComboBox()
        for choice in bins:
            if choice.id != row.location_id:
                self.target.addItem(choice.code, choice.id)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(QLabel(f"<b>{row.sku}</b> {row.name}"))
        form.addRow(self.tr("Bin:"), QLabel(self.tr("{0}, on hand {1}").format(
            row.location_code, format_quantity(row.on_hand))))
        if kind == "adjustment":
            form.addRow(self.tr("Change (+ or −):"), self.quantity)
            form.addRow(self.tr("Reason:"), self.reason)
        elif kind == "write_off":
            form.addRow(self.tr("Quantity:"), self.quantity)
            form.addRow(self.tr("Reason:"), self.reason_code)
            form.addRow(self.tr("Explanation:"), self.reason)
        else:
            form.addRow(self.tr("Quantity:"), self.quantity)
            form.addRow(self.tr("To bin:"), self.target)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Post"))
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.resize(460, 0)

    def line(self) -> LineInput:
        assert self.row.location_id is not None
        return LineInput(
            product_id=self.row.product_id,
            quantity=self.quantity.text().replace("−", "-"),
            location_id=self.row.location_id,
            to_location_id=self.target.currentData() if self.kind == "transfer" else None,
            reason_code=self.reason_code.currentData() if self.kind == "write_off" else "",
            reason=self.reason.text(),
        )


def post_single_line(session: Any, actor: Any, kind: str, line: LineInput) -> str:
    """Create the document, add its line and post it: one transaction, all or nothing."""
    create = {
        "adjustment": stock_documents.create_adjustment,
        "write_off": stock_documents.create_write_off,
        "transfer": stock_documents.create_transfer,
    }[kind]
    document_id = create(session, actor)
    saved = stock_documents.add_line(session, actor, document_id, line)
    return stock_documents.post_document(session, actor, document_id, saved.version)


class DocumentActions:
    """The row of document buttons above the stock list, enabled by role and selection."""

    def __init__(self, workspace: StockWorkspace) -> None:
        self.workspace = workspace
        self.ctx = workspace.ctx
        allowed = self.ctx.actor.can(Permission.MANAGE_STOCK)
        self.buttons: dict[str, QPushButton] = {}
        self.layout_row = QHBoxLayout()
        for key, title in (
            ("adjustment", QCoreApplication.translate("StockWorkspace", "Adjust…")),
            ("write_off", QCoreApplication.translate("StockWorkspace", "Write off…")),
            ("transfer", QCoreApplication.translate("StockWorkspace", "Move to bin…")),
        ):
            button = QPushButton(title)
            button.setObjectName(f"stock_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.open_move(k))
            button.setVisible(allowed)
            self.buttons[key] = button
            self.layout_row.addWidget(button)
        self.count_button = QPushButton(QCoreApplication.translate("StockWorkspace", "Stock count…"))
        self.count_button.setObjectName("stock_count_start")
        self.count_button.setVisible(allowed)
        self.count_button.clicked.connect(self.open_count)
        self.blind = QCheckBox(QCoreApplication.translate("StockWorkspace", "blind"))
        self.blind.setToolTip(QCoreApplication.translate("StockWorkspace", "Counters don't see the expected quantities"))
        self.blind.setVisible(allowed)
        self.layout_row.addWidget(self.count_button)
        self.layout_row.addWidget(self.blind)
        self.layout_row.addStretch(1)
        self.status = QLabel()
        self.status.setObjectName("stock_status")
        self.layout_row.addWidget(self.status)
        self.dialog: QDialog | None = None

    def selection_changed(self, row: StockRow | None) -> None:
        in_bin = row is not None and row.location_id is not None
        for button in self.buttons.values():
            button.setEnabled(in_bin)

    def open_move(self, kind: str) -> MoveDialog | None:
        row = self.workspace.selected_row()
        if row is None or row.location_id is None:
            return None
        with self.ctx.read() as session:
            bins = stock_queries.list_bins(session)
        dialog = MoveDialog(kind, row, bins, self.workspace)
        dialog.buttons.accepted.connect(lambda: self.post_move(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def post_move(self, dialog: MoveDialog) -> None:
        try:
            line = dialog.line()
            number = self.ctx.write_now(
                lambda s, a: post_single_line(s, a, dialog.kind, line), Changes(stock=True, documents=True)
            )
        except BackofficeError as exc:
            dialog.error.setText(error_text(exc))  # the dialog stays open with what was typed
            return
        dialog.accept()
        self.status.setText(QCoreApplication.translate("StockWorkspace", "{0} posted.").format(number))

    def open_count(self) -> CountDialog | None:
        location = self.workspace.bin_combo.currentData()
        blind = self.blind.isChecked()
        try:
            document_id = self.ctx.write_now(
                lambda s, a: stock_documents.start_count(
                    s, a, [location] if location is not None else None, self.workspace.category_combo.currentData(),
                    blind),
                Changes(documents=True),
            )
        except BackofficeError as exc:
            self.status.setText(error_text(exc))
            self.status.setStyleSheet(ERROR_STYLE)
            return None
        dialog = CountDialog(self.ctx, document_id, location, self.workspace)
        dialog.finished.connect(lambda _result: self.workspace.run_search())
        self.dialog = dialog
        dialog.open()
        return dialog

