"""Typed errors raised by the core; the UI and CLI turn them into messages.

Each error carries a plain English message (shown on the command line and passed
through the translator in the UI) and stays free of Qt.
"""

from __future__ import annotations


class BackofficeError(Exception):
    """Base of every error a user is meant to read."""


class StoreError(BackofficeError):
    """The store can't be opened: bad URL, unreachable server, corrupt or locked file."""


class StoreNewerError(StoreError):
    """The store was written by a newer version of the application."""


class PermissionDenied(BackofficeError):
    """The user's roles do not allow this action."""


class AuthenticationError(BackofficeError):
    """Wrong user name or password, a disabled account, or a delayed retry."""

    def __init__(self, message: str, retry_after: float = 0.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ValidationError(BackofficeError):
    """Input that breaks a rule; nothing was written."""


class ConflictError(BackofficeError):
    """Someone else saved a newer version of the record in the meantime."""


class NotFound(BackofficeError):
    """The record asked for does not exist (any more)."""
