"""The Catalog list's Completeness column and "incomplete" filter, its "Photos…" button,
and the publish gate's message in the interface."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.models import Product, Role
from backoffice_desktop.services import catalog
from backoffice_desktop.ui.catalog.card import ProductCardWindow
from backoffice_desktop.ui.catalog.photos_panel import PhotosDialog
from backoffice_desktop.ui.catalog.workspace import CatalogWorkspace
from backoffice_desktop.ui.messages import error_text

from .conftest import seed_products
from .test_photos_panel import GOOD, images, import_by_drop


def test_catalog_opens_the_photos_and_shows_completeness(qtbot, sqlite_store, ctx_for, monkeypatch):
    ids = seed_products(sqlite_store)
    ctx = ctx_for(Role.CONTENT_MANAGER)
    ws = CatalogWorkspace(ctx)
    ctx.ops.changed.connect(ws.refresh)
    qtbot.addWidget(ws)
    ws.resize(1300, 600)
    ws.show()
    column = 8
    assert ws.model.headerData(column, Qt.Orientation.Horizontal) == "Completeness"
    row = next(r for r in range(ws.model.rowCount()) if ws.model.product_id(r) == ids["KT-01"])
    assert ws.model.data(ws.model.index(row, column)) == "0%"
    tip = ws.model.data(ws.model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    assert "Missing:" in tip and "main photo" in tip and "photos: 0 of 1" in tip

    opened: list[PhotosDialog] = []

    def show_instead(dialog: PhotosDialog) -> int:
        opened.append(dialog)
        dialog.show()
        return 0

    monkeypatch.setattr(PhotosDialog, "exec", show_instead)
    assert not ws.photos_button.isEnabled()
    ws.table.selectRow(row)
    qtbot.mouseClick(ws.photos_button, Qt.MouseButton.LeftButton)
    dialog = opened[0]
    assert dialog.windowTitle().startswith("Photos — KT-01")

    def shown_percent() -> str:
        return dialog.completeness.findChild(QLabel, "completeness_percent_website").text()

    def missing_text() -> str:
        return dialog.completeness.findChild(QLabel, "completeness_missing_website").text()

    assert shown_percent() == "0%" and "• main photo" in missing_text()
    import_by_drop(qtbot, dialog.panel, [images() / GOOD[0]])
    assert shown_percent() == "50%" and "main photo" not in missing_text()
    assert "Publishing here needs 80%." in missing_text()
    # The list follows: main photo and one photo now count (2 of 4 checks: no attributes are required).
    qtbot.waitUntil(lambda: ws.model.data(ws.model.index(row, column)) == "50%", timeout=5000)
    dialog.reject()

    ws.completeness_combo.setCurrentIndex(ws.completeness_combo.findData("marketplace"))
    assert ws.completeness_combo.currentText() == "Incomplete for Marketplace"
    assert ws.model.rowCount() == 4  # nobody is complete yet
    assert ws.model.filter.incomplete_for == "marketplace"


def test_the_publish_gate_names_what_is_missing(sqlite_store, ctx_for):
    ids = seed_products(sqlite_store)
    ctx = ctx_for(Role.CONTENT_MANAGER)
    with sqlite_store.session() as s:
        product = s.get(Product, ids["PH-13"])  # hidden, no photos, no description, no SEO
        version = product.version
    with sqlite_store.session() as s, pytest.raises(ValidationError) as refused:
        catalog.set_published(s, ctx.actor, ids["PH-13"], True, version)
    assert error_text(refused.value) == (
        "PH-13 is 0% complete for the website; publishing there needs 80%. "
        "Missing: main photo, more photos, a longer description, SEO fields."
    )


def test_the_card_has_photos_and_completeness_tabs(qtbot, sqlite_store, ctx_for):
    ids = seed_products(sqlite_store)
    ctx = ctx_for(Role.CONTENT_MANAGER)
    card = ProductCardWindow(ctx, ids["KT-01"])
    qtbot.addWidget(card)
    card.show()
    titles = [card.tabs.tabText(i) for i in range(card.tabs.count())]
    assert titles == ["Main", "Description", "Photos", "Attributes", "Variants", "SEO", "Completeness", "History"]
    percent = card.completeness.findChild(QLabel, "completeness_percent_website")
    assert percent.text() == "0%"
    card.tabs.setCurrentWidget(card.photos)
    import_by_drop(qtbot, card.photos, [images() / GOOD[0]])
    assert card.photos.grid.count() == 1
    assert card.completeness.findChild(QLabel, "completeness_percent_website").text() == "50%"


def ids_of_first_product(store) -> int:
    with store.read_session() as s:
        return min(s.scalars(select(Product.id)))


def test_a_new_product_gets_its_photos_tab_once_saved(qtbot, sqlite_store, ctx_for):
    seed_products(sqlite_store)
    card = ProductCardWindow(ctx_for(Role.CONTENT_MANAGER), None)
    qtbot.addWidget(card)
    assert card.photos is None and card.tabs.count() == 6
    card.product_loaded.emit(ids_of_first_product(sqlite_store))  # what a first save announces
    assert card.photos is not None and card.tabs.tabText(2) == "Photos"
