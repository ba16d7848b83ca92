"""Settings (admin): a list of sections on the left, the chosen section on the right.

Each section is a page module of its own; the workspace only decides which pages the
user's roles allow, forwards ``refresh`` to them and re-emits the two signals the main
window acts on (they need a new window: another language, another store).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QMessageBox, QStackedWidget, QWidget

from ...services.permissions import Permission
from ..context import AppContext
from ..operations import Changes
from .company_page import CompanyPage
from .completeness_page import CompletenessPage
from .connection_page import ConnectionPage
from .language_page import LanguagePage
from .mail_page import MailPage
from .rules_page import RulesPage
from .shop_page import ShopPage
from .users_page import UsersPage


class SettingsWorkspace(QWidget):
    language_changed = Signal(str)
    open_store_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sections = QListWidget()
        self.sections.setObjectName("settings_sections")
        self.sections.setFixedWidth(220)
        self.sections.setSpacing(1)
        self.sections.setStyleSheet("QListWidget::item { padding: 7px 10px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}

        self.users_page: UsersPage | None = None
        self.company_page: CompanyPage | None = None
        self.connection_page: ConnectionPage | None = None
        self.rules_page: RulesPage | None = None
        self.mail_page: MailPage | None = None
        self.shop_page: ShopPage | None = None
        self.completeness_page: CompletenessPage | None = None
        if ctx.actor.can(Permission.MANAGE_USERS):
            self.users_page = UsersPage(ctx)
            self._add("users", self.tr("Users and roles"), self.users_page)
        if ctx.actor.can(Permission.MANAGE_SETTINGS):
            self.company_page = CompanyPage(ctx)
            self._add("company", self.tr("Company"), self.company_page)
            self.rules_page = RulesPage(ctx)
            self._add("rules", self.tr("Stock and purchasing rules"), self.rules_page)
            self.completeness_page = CompletenessPage(ctx)
            self._add("completeness", self.tr("Card completeness"), self.completeness_page)
            self.mail_page = MailPage(ctx)
            self._add("mail", self.tr("Mail"), self.mail_page)
            self.shop_page = ShopPage(ctx)
            self._add("shop", self.tr("Shop website"), self.shop_page)
            self.connection_page = ConnectionPage(ctx)
            self.connection_page.open_store_requested.connect(self.open_store_requested)
            self._add("connection", self.tr("Store connection"), self.connection_page)
        self.language_page = LanguagePage(ctx)
        self.language_page.language_changed.connect(self.language_changed)
        self._add("language", self.tr("Interface language"), self.language_page)

        self.sections.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sections.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.sections)
        layout.addWidget(self.stack, 1)

    def _add(self, key: str, title: str, page: QWidget) -> None:
        page.setObjectName(f"settings_{key}")
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setSizeHint(QSize(0, 34))
        self.sections.addItem(item)
        self.stack.addWidget(page)
        self.pages[key] = page

    def section_keys(self) -> list[str]:
        return list(self.pages)

    def show_section(self, key: str) -> bool:
        if key not in self.pages:
            return False
        self.sections.setCurrentRow(list(self.pages).index(key))
        return True

    def refresh(self, changes: Changes) -> None:
        for page in self.pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh(changes)

    def unsaved_sections(self) -> list[str]:
        titles = {"company": self.tr("Company"), "rules": self.tr("Stock and purchasing rules")}
        return [
            titles[key]
            for key in ("company", "rules")
            if key in self.pages and getattr(self.pages[key], "is_dirty")()
        ]

    def can_close(self) -> bool:
        """Asked by the main window before it closes: unsaved edits are never dropped silently."""
        unsaved = self.unsaved_sections()
        if not unsaved:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved settings"),
            self.tr("Settings → {0} has unsaved changes. Close anyway and lose them?").format(", ".join(unsaved)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard
