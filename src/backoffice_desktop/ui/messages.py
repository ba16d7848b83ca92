"""Turning errors into messages: typed domain errors are shown, anything else is a bug report."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import BackofficeError, ConflictError, PermissionDenied

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def error_title(exc: BaseException) -> str:
    if isinstance(exc, PermissionDenied):
        return tr("Not allowed")
    if isinstance(exc, ConflictError):
        return tr("Changed by someone else")
    if isinstance(exc, BackofficeError):
        return tr("Cannot do that")
    return tr("Unexpected error")


def error_text(exc: BaseException) -> str:
    if isinstance(exc, BackofficeError):
        return str(exc)
    log.error("unexpected error: %s", getattr(exc, "__traceback_text__", repr(exc)))
    return tr("Something went wrong and nothing was saved: {0}").format(f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, error_title(exc), error_text(exc))
