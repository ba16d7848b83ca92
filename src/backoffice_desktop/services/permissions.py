"""Who may do what. The service layer checks this, not only the UI."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..errors import PermissionDenied, Phrase
from ..models import Role


class Permission(enum.StrEnum):
    VIEW_CATALOG = "view_catalog"
    EDIT_PRODUCTS = "edit_products"
    EDIT_PRICES = "edit_prices"
    RECEIVE_GOODS = "receive_goods"
    MANAGE_STOCK = "manage_stock"
    MANAGE_PURCHASING = "manage_purchasing"
    APPROVE_PURCHASES = "approve_purchases"
    VIEW_REPORTS = "view_reports"
    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"
    RUN_SYNC = "run_sync"
    IMPORT_SALES = "import_sales"


ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.VIEW_CATALOG, Permission.RECEIVE_GOODS, Permission.MANAGE_STOCK}),
    Role.PURCHASER: frozenset({Permission.VIEW_CATALOG, Permission.MANAGE_PURCHASING}),
    Role.CONTENT_MANAGER: frozenset({Permission.VIEW_CATALOG, Permission.EDIT_PRODUCTS}),
    Role.MANAGER: frozenset(
        {
            Permission.VIEW_CATALOG,
            Permission.EDIT_PRICES,
            Permission.APPROVE_PURCHASES,
            Permission.VIEW_REPORTS,
            Permission.RUN_SYNC,
            Permission.IMPORT_SALES,
        }
    ),
    Role.ADMIN: frozenset(Permission),
}

#: The action in "User {username} is not allowed to {action}."; translated with the sentence.
PERMISSION_TITLES: dict[Permission, Phrase] = {
    Permission.VIEW_CATALOG: Phrase("view the catalog"),
    Permission.EDIT_PRODUCTS: Phrase("edit product cards"),
    Permission.EDIT_PRICES: Phrase("change prices"),
    Permission.RECEIVE_GOODS: Phrase("receive goods"),
    Permission.MANAGE_STOCK: Phrase("change stock"),
    Permission.MANAGE_PURCHASING: Phrase("manage purchasing"),
    Permission.APPROVE_PURCHASES: Phrase("approve purchase orders"),
    Permission.VIEW_REPORTS: Phrase("view reports"),
    Permission.MANAGE_USERS: Phrase("manage users"),
    Permission.MANAGE_SETTINGS: Phrase("change settings"),
    Permission.RUN_SYNC: Phrase("run the shop sync"),
    Permission.IMPORT_SALES: Phrase("import website orders"),
}


@dataclass(frozen=True)
class Actor:
    """The logged-in user as services see it: plain data, safe to hand to workers."""

    user_id: int
    username: str
    full_name: str
    roles: frozenset[Role]

    @property
    def display_name(self) -> str:
        return self.full_name or self.username

    @property
    def permissions(self) -> frozenset[Permission]:
        granted: set[Permission] = set()
        for role in self.roles:
            granted |= ROLE_PERMISSIONS[role]
        return frozenset(granted)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions


def require(actor: Actor, permission: Permission) -> None:
    """Raise :class:`PermissionDenied` unless ``actor`` holds ``permission``."""
    if not actor.can(permission):
        raise PermissionDenied(
            "User {username} is not allowed to {action}.",
            username=actor.username, action=PERMISSION_TITLES[permission],
        )
