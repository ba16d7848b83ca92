"""The product card window: tabs over one card, undo/redo, save, conflicts, history.

The window holds two immutable cards: ``base`` (as loaded or last saved) and ``card``
(as edited). Every edit is a :class:`SetCardCommand` on the window's undo stack; saving
hands both to the service, which writes only what differs. A stale save opens the
conflict dialog; the person's choices are merged onto the other person's card and saved.

Another panel (the photos) plugs in with :meth:`ProductCardWindow.add_tab` and follows
``product_loaded``.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QTabWidget, QToolBar, QWidget

from ....errors import BackofficeError
from ....services import catalog
from ....services.permissions import Permission
from ....services.product_cards import (
    VARIANTS_KEY,
    CardConflict,
    ProductCard,
    attribute_fields,
    card_history,
    get_value,
    is_changed,
    load_card,
    new_card,
    resolve,
    revert_change,
    save_card,
    suggest_slug,
    with_value,
)
from ....services.settings import get_company
from ...context import AppContext
from ...messages import error_text
from ...operations import Changes
from ..completeness_panel import CompletenessPanel
from ..photos_panel import PhotosPanel
from .attributes_tab import AttributesTab
from .conflict_dialog import ConflictDialog
from .description_tab import DescriptionTab
from .fields import ValueNames, field_title
from .history_tab import HistoryTab
from .main_tab import MainTab
from .seo_tab import SeoTab
from .tab_base import CardTab
from .undo import SetCardCommand, UndoShortcutGuard
from .variants_tab import VariantsTab

#: Edits of these fields merge while typing (one undo step per burst, not per letter).
TYPED_KEYS = frozenset({"name", "sku", "short_description", "description_html", "slug", "meta_title",
                        "meta_description", "meta_keywords"})
ERROR_STYLE = "color: #b00020; font-weight: 600;"
OK_STYLE = "color: #2e7d32;"
CHANGED = Changes(products=True)


class ProductCardWindow(QMainWindow):
    #: The product shown (after loading, creating or saving): panels such as photos follow it.
    product_loaded = Signal(int)

    def __init__(self, ctx: AppContext, product_id: int | None, parent: QWidget | None = None,
                 category_id: int | None = None) -> None:
        """The card of ``product_id``, or a new product (in ``category_id``, if given)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("product_card")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = ctx
        self.close_after_save = False
        self.saving = False
        self.conflict: ConflictDialog | None = None
        can_edit = ctx.actor.can(Permission.EDIT_PRODUCTS)
        can_price = ctx.actor.can(Permission.EDIT_PRICES)
        with ctx.read() as session:
            categories = catalog.list_categories(session)
            brands = catalog.list_brands(session)
            site = get_company(session).name or self.tr("Our shop")
            loaded = load_card(session, product_id) if product_id is not None else None
        self.base: ProductCard | None = loaded
        self.card: ProductCard = loaded or dataclasses.replace(new_card(), category_id=category_id)
        #: What "unchanged" means for a new product: the card as it opened.
        self.blank = self.card
        self.names = ValueNames({c.id: c.name for c in categories}, dict(brands), {})

        self.undo_stack = QUndoStack(self)
        self.main = MainTab(can_edit, can_price)
        self.main.set_choices(categories, brands)
        self.description = DescriptionTab(can_edit)
        self.attributes = AttributesTab(can_edit)
        self.variants = VariantsTab(can_edit, can_price)
        self.seo = SeoTab(can_edit, site)
        self.history = HistoryTab(can_edit or can_price)
        self.card_tabs: list[CardTab] = [self.main, self.description, self.attributes, self.variants, self.seo]
        self.tabs = QTabWidget()
        self.tabs.setObjectName("card_tabs")
        self.tabs.addTab(self.main, self.tr("Main"))
        self.tabs.addTab(self.description, self.tr("Description"))
        self.tabs.addTab(self.attributes, self.tr("Attributes"))
        self.tabs.addTab(self.variants, self.tr("Variants"))
        self.tabs.addTab(self.seo, self.tr("SEO"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.setCentralWidget(self.tabs)

        self.save_action = QAction(self.tr("Save"), self)
        self.save_action.setObjectName("card_save")
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        toolbar = QToolBar(self.tr("Card"))
        toolbar.setObjectName("card_toolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.save_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)
        self.status = QLabel()
        self.status.setObjectName("card_status")
        self.status.setWordWrap(True)
        self.statusBar().addWidget(self.status, 1)

        for tab in self.card_tabs:
            tab.edited.connect(self.on_edited)
            tab.problem.connect(self.show_problem)
        self.seo.slug_wanted.connect(self.make_slug)
        self.history.revert_wanted.connect(self.revert)
        self.undo_stack.indexChanged.connect(self._stack_moved)

        #: Photos and completeness work on a saved product: shown once it has an id.
        self.photos: PhotosPanel | None = None
        self.completeness: CompletenessPanel | None = None
        if self.card.id is not None:
            self._attach_product_panels(self.card.id)
        self.product_loaded.connect(self._product_shown)
        ctx.ops.changed.connect(self._store_changed)

        self._show_attributes(self.card.category_id)
        self._refresh()
        self.guard = UndoShortcutGuard(self)
        self.guard.watch(self)
        self._load_history()
        self.resize(980, 680)

    # --- showing ---------------------------------------------------------------------

    @property
    def product_id(self) -> int | None:
        return self.card.id

    def is_dirty(self) -> bool:
        return is_changed(self.base or self.blank, self.card)

    def _update_title(self) -> None:
        if self.card.id is None:
            title = self.tr("New product")
        else:
            title = self.tr("{0} — {1}").format(self.card.sku, self.card.name)
        dirty = self.is_dirty()
        self.setWindowTitle(title + (" *" if dirty else ""))
        self.history.set_dirty(dirty)

    def _stack_moved(self, _index: int) -> None:
        self._update_title()

    def _show_attributes(self, category_id: int | None) -> None:
        with self.ctx.read() as session:
            fields = attribute_fields(session, category_id)
        self.names.attribute_names = {**self.names.attribute_names, **{f.id: f.name for f in fields}}
        self.attributes.set_fields(fields)
        if hasattr(self, "guard"):
            self.guard.watch(self.attributes)

    def _refresh(self) -> None:
        for tab in self.card_tabs:
            tab.show_card(self.card)
        self._update_title()

    def _load_history(self) -> None:
        if self.card.id is None:
            self.history.show_entries([], self.names)
            return
        with self.ctx.read() as session:
            entries = card_history(session, self.card.id)
        self.history.show_entries(entries, self.names)

    def _attach_product_panels(self, product_id: int) -> None:
        self.photos = PhotosPanel(self.ctx, product_id)
        self.photos.setObjectName("card_photos")
        self.completeness = CompletenessPanel(self.ctx, product_id)
        self.completeness.setObjectName("card_completeness")
        self.photos.reloaded.connect(self.completeness.refresh)
        for panel in (self.photos, self.completeness):
            panel.setContentsMargins(10, 10, 10, 10)
        self.add_tab(self.photos, self.tr("Photos"), 2)
        self.add_tab(self.completeness, self.tr("Completeness"), self.tabs.indexOf(self.history))

    def _product_shown(self, product_id: int) -> None:
        if self.photos is None:
            self._attach_product_panels(product_id)  # a new product was saved
        elif self.completeness is not None:
            self.completeness.refresh()  # the saved description, attributes or SEO count now

    def _store_changed(self, changes: Changes) -> None:
        """Products changed elsewhere (a bulk edit, an Excel import, another workstation):
        a card without unsaved edits shows the stored values; one with edits keeps them,
        and its save shows the conflict."""
        base = self.base
        if not changes.products or base is None or base.id is None or self.saving or self.is_dirty():
            return
        try:
            with self.ctx.read() as session:
                stored = load_card(session, base.id)
        except BackofficeError:
            return  # gone: the card keeps what it shows, its save says why
        if stored.version == base.version:
            return
        self.undo_stack.clear()
        self.base = stored
        self.card = stored
        self._show_attributes(stored.category_id)
        self._refresh()
        self._load_history()
        if self.completeness is not None:
            self.completeness.refresh()
        self._say(self.tr("Updated: this product was changed elsewhere."))

    def add_tab(self, widget: QWidget, title: str, index: int = 2) -> None:
        """Insert another panel (e.g. photos, after Description) into the card's tabs."""
        self.tabs.insertTab(index, widget, title)

    def show_problem(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def _say(self, text: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(text)

    # --- editing ---------------------------------------------------------------------

    def on_edited(self, key: str, value: object) -> None:
        if get_value(self.card, key) == value:
            return
        after = with_value(self.card, key, value)
        title = self.tr("Variants") if key == VARIANTS_KEY else field_title(key, self.names.attribute_names)
        self.undo_stack.push(SetCardCommand(self._apply, self.card, after, self.tr("Edit {0}").format(title),
                                            key, key in TYPED_KEYS))

    def _apply(self, card: ProductCard, refresh: bool) -> None:
        category_changed = card.category_id != self.card.category_id
        self.card = card
        if category_changed:
            self._show_attributes(card.category_id)
        if refresh or category_changed:
            self._refresh()
        else:
            self.seo.update_preview(card)
            self._update_title()
        if self.status.styleSheet() == ERROR_STYLE:
            self.status.clear()

    def make_slug(self) -> None:
        with self.ctx.read() as session:
            slug = suggest_slug(session, self.card.name, self.card.id)
        self.on_edited("slug", slug)
        self.seo.show_card(self.card)

    # --- saving ----------------------------------------------------------------------

    def save(self) -> None:
        if self.saving:
            return
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # a price being typed is taken (editingFinished) before saving
        if not self.is_dirty():
            if self.close_after_save:
                self.close()
            return
        self.saving = True
        self.save_action.setEnabled(False)
        self._say(self.tr("Saving…"))
        base, card = self.base, self.card
        self.ctx.write(lambda s, a: save_card(s, a, base, card), CHANGED, self._saved, self._failed)

    def _saved(self, card: ProductCard) -> None:
        self.saving = False
        self.save_action.setEnabled(True)
        self.base = card
        self.card = card
        self.undo_stack.clear()
        self._show_attributes(card.category_id)
        self._refresh()
        self._load_history()
        self._say(self.tr("Saved."))
        assert card.id is not None
        self.product_loaded.emit(card.id)
        if self.close_after_save:
            self.close()

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        self.save_action.setEnabled(True)
        self.close_after_save = False
        if isinstance(exc, CardConflict):
            self._resolve(exc)
            return
        if not isinstance(exc, BackofficeError):
            raise exc
        self.show_problem(self.tr("Not saved: {0}").format(error_text(exc)))

    def _resolve(self, conflict: CardConflict) -> None:
        self.show_problem(self.tr("Not saved yet: someone else changed this card. Choose what to keep."))
        dialog = ConflictDialog(error_text(conflict), conflict.fields, self.names, self)
        self.conflict = dialog
        base, mine, theirs = self.base, self.card, conflict.theirs

        def done(result: int) -> None:
            if result != ConflictDialog.DialogCode.Accepted or base is None:
                return
            merged = resolve(base, mine, theirs, dialog.take_mine())
            self.undo_stack.clear()
            self.base = theirs
            self.card = merged
            self._show_attributes(merged.category_id)
            self._refresh()
            self.save()

        dialog.finished.connect(done)
        dialog.open()

    def revert(self, entry_id: int) -> None:
        if self.base is None or self.is_dirty() or self.saving:
            return
        base = self.base
        self.saving = True
        self._say(self.tr("Reverting…"))
        self.ctx.write(lambda s, a: revert_change(s, a, entry_id, base), CHANGED, self._saved, self._failed)

    # --- closing ---------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self.saving:
            event.ignore()
            return
        if self.is_dirty() and not self.close_after_save:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"),
                self.tr("The card “{0}” has unsaved changes. Save them before closing?").format(
                    self.card.name or self.tr("New product")),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                self.close_after_save = True
                event.ignore()
                self.save()
                return
        event.accept()
