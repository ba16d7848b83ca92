"""The workspaces the main window can show, and which roles see them.

A workspace is a QWidget built from an :class:`AppContext`; it may define
``refresh(changes)`` to update itself after operations. Only finished workspaces are
listed here: no tab is shown before its workspace works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from ..services.permissions import Actor, Permission
from .context import AppContext


@dataclass(frozen=True)
class WorkspaceSpec:
    key: str
    title: Callable[[], str]
    allowed: Callable[[Actor], bool]
    factory: Callable[[AppContext], QWidget]


def _intake(ctx: AppContext) -> QWidget:
    from .intake.workspace import IntakeWorkspace

    return IntakeWorkspace(ctx)


def _stock(ctx: AppContext) -> QWidget:
    from .stock.workspace import StockWorkspace

    return StockWorkspace(ctx)


def _purchasing(ctx: AppContext) -> QWidget:
    from .purchasing.workspace import PurchasingWorkspace

    return PurchasingWorkspace(ctx)


def _reports(ctx: AppContext) -> QWidget:
    from .reports.workspace import ReportsWorkspace

    return ReportsWorkspace(ctx)


def _catalog(ctx: AppContext) -> QWidget:
    from .catalog.workspace import CatalogWorkspace

    return CatalogWorkspace(ctx)


def _sync(ctx: AppContext) -> QWidget:
    from .sync.workspace import SyncWorkspace

    return SyncWorkspace(ctx)


def _settings(ctx: AppContext) -> QWidget:
    from .settings.workspace import SettingsWorkspace

    return SettingsWorkspace(ctx)


def _tr(text: str) -> Callable[[], str]:
    """Translate when the tab is built (the language can change while the app runs)."""
    return lambda: QCoreApplication.translate("Workspaces", text)


WORKSPACES: tuple[WorkspaceSpec, ...] = (
    WorkspaceSpec(
        "intake", _tr(QT_TRANSLATE_NOOP("Workspaces", "Intake")), lambda a: a.can(Permission.RECEIVE_GOODS), _intake
    ),
    WorkspaceSpec(
        "stock", _tr(QT_TRANSLATE_NOOP("Workspaces", "Stock")), lambda a: a.can(Permission.MANAGE_STOCK), _stock
    ),
    WorkspaceSpec(
        "purchasing",
        _tr(QT_TRANSLATE_NOOP("Workspaces", "Purchasing")),
        lambda a: a.can(Permission.MANAGE_PURCHASING) or a.can(Permission.APPROVE_PURCHASES),
        _purchasing,
    ),
    WorkspaceSpec(
        "catalog", _tr(QT_TRANSLATE_NOOP("Workspaces", "Catalog")), lambda a: a.can(Permission.VIEW_CATALOG), _catalog
    ),
    WorkspaceSpec(
        "reports", _tr(QT_TRANSLATE_NOOP("Workspaces", "Reports")), lambda a: a.can(Permission.VIEW_REPORTS), _reports
    ),
    WorkspaceSpec(
        "sync", _tr(QT_TRANSLATE_NOOP("Workspaces", "Sync")), lambda a: a.can(Permission.RUN_SYNC), _sync
    ),
    WorkspaceSpec(
        "settings",
        _tr(QT_TRANSLATE_NOOP("Workspaces", "Settings")),
        lambda a: a.can(Permission.MANAGE_USERS) or a.can(Permission.MANAGE_SETTINGS),
        _settings,
    ),
)


def allowed_workspaces(actor: Actor) -> list[WorkspaceSpec]:
    return [spec for spec in WORKSPACES if spec.allowed(actor)]
