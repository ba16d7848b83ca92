"""A barcode scanner is a keyboard: while Intake is shown, keystrokes go to the scan field.

Installed on the application while the workspace is visible. Keys typed into another
text field stay there; everywhere else (the table, a button, the tab bar) they are
sent to the scan field, which takes the focus. Dialogs are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit, QComboBox)


class ScanRouter(QObject):
    def __init__(self, scope: QWidget, scan_field: QLineEdit) -> None:
        super().__init__(scope)
        self.scope = scope
        self.scan_field = scan_field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if not self.scan_field.isEnabled() or QApplication.activeModalWidget() is not None:
            return False
        # Only the first delivery, to the focus widget: an event a widget ignored and
        # passed on to its parent is not typed twice.
        if watched is not QApplication.focusWidget() or watched is self.scan_field:
            return False
        if not isinstance(watched, QWidget) or isinstance(watched, TEXT_INPUTS):
            return False
        if watched.window() is not self.scope.window():
            return False
        # Printable characters only: once the first one moved the focus to the scan
        # field, the rest of the scan and its Enter go there by themselves.
        if not event.text() or not event.text().isprintable():
            return False
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(self.scan_field, QKeyEvent(event.type(), event.key(), event.modifiers(), event.text()))
        return True
