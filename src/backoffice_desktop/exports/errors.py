"""The one error the export writers raise for input they refuse."""

from __future__ import annotations

from ..errors import ValidationError


class ExportError(ValidationError, ValueError):
    """Input a writer can't print (no labels, a bad copy count, an empty barcode...).

    A :class:`~backoffice_desktop.errors.ValidationError` (so the UI shows it like any
    domain error: template plus params) and a ``ValueError`` (so plain callers can catch
    it as bad input). Nothing is written when it is raised.
    """
