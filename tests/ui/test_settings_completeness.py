"""Settings → Card completeness: an admin gives a category its own rule and takes it back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from backoffice_desktop.services import completeness
from backoffice_desktop.ui.settings.completeness_page import CompletenessPage

from .conftest import seed_products


def test_a_category_gets_its_own_rule_and_follows_the_parent_again(qtbot, sqlite_store, ctx_for):
    seed_products(sqlite_store)
    ctx = ctx_for()
    page = CompletenessPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    assert page.channel_combo.currentText() == "Website"
    assert page.source_label.text() == "The built-in rule for all categories (not changed yet)."
    assert (page.min_photos.value(), page.threshold.value()) == (1, 80)
    assert not page.inherit_button.isEnabled()

    page.channel_combo.setCurrentIndex(page.channel_combo.findData("marketplace"))
    page.category_combo.setCurrentIndex(1)  # Электроника
    assert page.source_label.text() == "Follows the rule for all categories; saving gives the category its own."
    assert page.min_photos.value() == 3
    page.min_photos.setValue(5)
    page.seo.setChecked(True)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Saved.", timeout=5000)
    assert page.source_label.text() == "This category's own rule."
    with sqlite_store.read_session() as s:
        own = completeness.list_rules(s, "marketplace")
        assert [(r.category_id is not None, r.min_photos, r.require_seo) for r in own] == [(True, 5, True)]

    qtbot.mouseClick(page.inherit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "The category follows its parent's rule again.", timeout=5000)
    assert page.min_photos.value() == 3 and not page.inherit_button.isEnabled()
    with sqlite_store.read_session() as s:
        assert completeness.list_rules(s, "marketplace") == [completeness.DEFAULT_RULES["marketplace"]]

