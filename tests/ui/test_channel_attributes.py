"""A marketplace that demands more attributes than the website: an admin ticks an
attribute in Settings → Card completeness; the Catalog then lists a product without it
as incomplete for the marketplace only, and its card names the attribute as missing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from sqlalchemy import select

from backoffice_desktop.models import AttributeDefinition, Category, ProductAttributeValue, Role
from backoffice_desktop.services import completeness
from backoffice_desktop.services.completeness import MARKETPLACE, WEBSITE, Rule
from backoffice_desktop.ui.catalog.card import ProductCardWindow
from backoffice_desktop.ui.catalog.workspace import CatalogWorkspace
from backoffice_desktop.ui.settings.completeness_page import CompletenessPage

from .conftest import seed_products
from .test_attribute_sets import open_dialog, table, workspace


def only_attributes_count(store, ctx) -> None:
    """Both channels ask for nothing but attributes, so they alone make the difference."""
    with store.session() as s:
        for channel in (WEBSITE, MARKETPLACE):
            completeness.save_rule(s, ctx.actor, Rule(channel, None, require_main_photo=False, min_photos=0,
                                                      min_description_chars=0, require_seo=False))


def warranty(store) -> tuple[int, int]:
    """Электроника gets an optional "Гарантия"; every product but TV-55 has it filled."""
    with store.session() as s:
        category_id = s.scalar(select(Category.id).where(Category.name == "Электроника"))
        attr = AttributeDefinition(category_id=category_id, name="Гарантия", kind="number", unit="мес")
        s.add(attr)
        s.flush()
        return category_id, attr.id


def test_admin_makes_the_marketplace_require_an_attribute(qtbot, sqlite_store, ctx_for):
    ids = seed_products(sqlite_store)
    category_id, attr_id = warranty(sqlite_store)
    with sqlite_store.session() as s:
        s.add_all(ProductAttributeValue(product_id=pid, attribute_id=attr_id, value="12")
                  for sku, pid in ids.items() if sku != "TV-55")
    ctx = ctx_for()
    only_attributes_count(sqlite_store, ctx)

    page = CompletenessPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 760)
    page.show()
    assert page.attr_note.text() == "Pick a category to choose which of its attributes this channel requires."
    page.channel_combo.setCurrentIndex(page.channel_combo.findData(MARKETPLACE))
    page.category_combo.setCurrentIndex(page.category_combo.findData(category_id))
    check = page.attr_checks[attr_id]
    assert check.text() == "Гарантия" and not check.isChecked() and check.isEnabled()
    qtbot.wait(50)  # the new boxes laid out
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))  # on its box
    qtbot.waitUntil(lambda: page.message.text() != "", timeout=5000)
    assert page.message.text() == "Saved: Marketplace requires “Гарантия”."
    assert page.attr_checks[attr_id].isChecked()
    page.channel_combo.setCurrentIndex(page.channel_combo.findData(WEBSITE))  # the website doesn't
    assert not page.attr_checks[attr_id].isChecked()

    ws = CatalogWorkspace(ctx)
    ctx.ops.changed.connect(ws.refresh)
    qtbot.addWidget(ws)
    ws.resize(1300, 600)
    ws.show()

    def listed() -> set[int]:
        return {ws.model.product_id(r) for r in range(ws.model.rowCount())}

    ws.completeness_combo.setCurrentIndex(ws.completeness_combo.findData(MARKETPLACE))
    qtbot.waitUntil(lambda: listed() == {ids["TV-55"]}, timeout=5000)
    tip = ws.model.data(ws.model.index(0, 8), Qt.ItemDataRole.ToolTipRole)
    assert "required attributes: 0 of 1 (empty: Гарантия)" in tip
    ws.completeness_combo.setCurrentIndex(ws.completeness_combo.findData(WEBSITE))
    qtbot.waitUntil(lambda: listed() == set(), timeout=5000)

    card = ProductCardWindow(ctx, ids["TV-55"])
    qtbot.addWidget(card)
    card.show()
    card.tabs.setCurrentWidget(card.completeness)

    def shown(name: str, channel: str) -> str:
        return card.completeness.findChild(QLabel, f"{name}_{channel}").text()

    assert shown("completeness_percent", WEBSITE) == "100%"
    assert shown("completeness_missing", WEBSITE) == "Nothing missing."
    assert shown("completeness_percent", MARKETPLACE) == "0%"
    assert "• required attributes: 0 of 1 (empty: Гарантия)" in shown("completeness_missing", MARKETPLACE)
    card.tabs.setCurrentWidget(card.attributes)
    labels = [label.text() for label in card.attributes.body.findChildren(QLabel)]
    assert "Гарантия (Marketplace):" in labels
    card.close()


def test_the_attribute_form_names_the_channels_that_require_it(qtbot, sqlite_store, ctx_for):
    seed_products(sqlite_store)
    category_id, attr_id = warranty(sqlite_store)
    ws = workspace(qtbot, ctx_for(Role.CONTENT_MANAGER))
    dialog = open_dialog(qtbot, ws, category_id)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form is not None and set(form.channel_boxes) == {WEBSITE, MARKETPLACE}
    qtbot.mouseClick(form.channel_boxes[MARKETPLACE], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None, timeout=5000)
    assert table(dialog) == [("Гарантия", "Number", "мес", "", "Marketplace")]

    dialog.table.selectRow(0)  # required everywhere: the channel boxes have nothing to add
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form.channel_boxes[MARKETPLACE].isChecked()
    qtbot.mouseClick(form.required, Qt.MouseButton.LeftButton)
    assert not form.channel_boxes[MARKETPLACE].isEnabled()
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None, timeout=5000)
    assert table(dialog) == [("Гарантия", "Number", "мес", "", "yes")]
    with sqlite_store.read_session() as s:
        row = s.get(AttributeDefinition, attr_id)
        assert row.required
    dialog.close()
