"""Turning errors into messages: typed domain errors are shown, anything else is a bug report.

A :class:`BackofficeError` carries an English template and its params; here, at the UI
edge, the template is translated in the context ``"errors"`` (the catalogue
``ui/error_texts.py`` is what lupdate reads) and the params are filled in. A param that
is a :class:`Phrase` ("change prices") is translated too. Use :func:`error_text`, not
``str(exc)``, wherever an error reaches the screen.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import BackofficeError, ConflictError, PermissionDenied, Phrase, PhraseList, fill
from .formatting import format_decimal, format_quantity

log = logging.getLogger(__name__)

ERROR_CONTEXT = "errors"


def tr(text: str) -> str:
    """Translate in the context "messages" (for text passed through a variable)."""
    return QCoreApplication.translate("messages", text)


# The literal translate("messages", ...) calls below are what lupdate reads: it files a
# call of a module-level tr() under an empty context, where the runtime never looks.
def error_title(exc: BaseException) -> str:
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("messages", "Not allowed")
    if isinstance(exc, ConflictError):
        return QCoreApplication.translate("messages", "Changed by someone else")
    if isinstance(exc, BackofficeError):
        return QCoreApplication.translate("messages", "Cannot do that")
    return QCoreApplication.translate("messages", "Unexpected error")


def _translated_param(value: Any) -> Any:
    if isinstance(value, Phrase):
        return QCoreApplication.translate(ERROR_CONTEXT, str(value))
    if isinstance(value, PhraseList):
        return ", ".join(QCoreApplication.translate(ERROR_CONTEXT, str(v)) for v in value)
    if isinstance(value, Decimal) and value.is_finite():
        # Money has two places (1 234,50); quantities and costs lose their trailing zeros.
        exponent = value.as_tuple().exponent
        return format_decimal(value) if exponent == -2 else format_quantity(value)
    return value


def translate_error(exc: BackofficeError) -> str:
    """The error's sentence in the interface language, its values filled in."""
    template = QCoreApplication.translate(ERROR_CONTEXT, exc.template)
    params = {key: _translated_param(value) for key, value in exc.params.items()}
    return fill(template, params)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, BackofficeError):
        return translate_error(exc)
    log.error("unexpected error: %s", getattr(exc, "__traceback_text__", repr(exc)))
    return QCoreApplication.translate("messages", "Something went wrong and nothing was saved: {0}").format(f"{type(exc).__name__}: {exc}")


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    QMessageBox.warning(parent, error_title(exc), error_text(exc))
