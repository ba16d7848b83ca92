"""Typed errors raised by the core; the UI and CLI turn them into messages.

An error carries a *template* (a stable English sentence with ``{named}`` fields) and
the *params* to fill in. ``str(exc)`` is the English text (command line, logs); the UI
translates the template in the Qt context ``"errors"`` and fills the same params
(``ui/messages.error_text``). Write raises with a literal template, never an f-string::

    raise ValidationError("The user name '{username}' is already taken.", username=username)

so ``scripts/update_translations.py`` can list it for the translators (a test checks).
A param that is itself a translatable phrase is wrapped in :class:`Phrase`. Stays free of Qt.
"""

from __future__ import annotations

from typing import Any


class Phrase(str):
    """A piece of English put into an error's sentence that is translated too
    (context ``"errors"``), e.g. the action in "User {user} is not allowed to {action}."
    Behaves as the plain English string everywhere else."""

    __slots__ = ()


class PhraseList(tuple[Phrase, ...]):
    """Several :class:`Phrase` put into one field of a sentence ("main photo, SEO fields"):
    joined with ", ", each translated by the UI."""

    __slots__ = ()

    def __str__(self) -> str:
        return ", ".join(self)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def fill(template: str, params: dict[str, Any]) -> str:
    """``template.format(**params)``, or the template as is when it doesn't format
    (e.g. a message built elsewhere that contains literal braces)."""
    if not params:
        # A template without fields may still contain "{" from a value baked into it.
        try:
            return template.format()
        except (IndexError, KeyError, ValueError):
            return template
    try:
        return template.format(**params)
    except (IndexError, KeyError, ValueError):
        return template


class BackofficeError(Exception):
    """Base of every error a user is meant to read."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(fill(template, params))


class StoreError(BackofficeError):
    """The store can't be opened: bad URL, unreachable server, corrupt or locked file."""


class StoreNewerError(StoreError):
    """The store was written by a newer version of the application."""


class PermissionDenied(BackofficeError):
    """The user's roles do not allow this action."""


class AuthenticationError(BackofficeError):
    """Wrong user name or password, a disabled account, or a delayed retry."""

    def __init__(self, template: str, *, retry_after: float = 0.0, **params: Any) -> None:
        super().__init__(template, **params)
        self.retry_after = retry_after


class ValidationError(BackofficeError):
    """Input that breaks a rule; nothing was written."""


class ConflictError(BackofficeError):
    """Someone else saved a newer version of the record in the meantime."""


class NotFound(BackofficeError):
    """The record asked for does not exist (any more)."""


class SyncError(BackofficeError):
    """The exchange with the shop website failed as a whole."""


class SiteUnavailable(SyncError):
    """The site could not be reached or kept failing (timeouts, 5xx, 429): try later;
    ``retry_after`` is how long the site asked us to wait, in seconds, when it said."""

    def __init__(self, template: str, *, retry_after: float | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.retry_after = retry_after


class SiteRefused(SyncError):
    """The site refused us (credentials, address, plain HTTP): the settings need fixing."""


class ExchangeError(BackofficeError):
    """A shop website's exchange refused or failed a step (named in ``step``).

    ``retryable`` is true when the same request may succeed later (a timeout, a cut
    connection, HTTP 5xx or 429); ``retry_after`` is the site's Retry-After in seconds.
    A refusal the site states itself (``failure``, a wrong password) is not retryable.
    """

    def __init__(self, template: str, *, retryable: bool = False, retry_after: float | None = None,
                 **params: Any) -> None:
        super().__init__(template, **params)
        self.step = str(params.get("step", ""))
        self.retryable = retryable
        self.retry_after = retry_after
