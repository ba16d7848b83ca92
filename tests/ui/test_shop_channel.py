"""Settings → Shop website: the sales channel a connection sells on is picked, saved and shown again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from backoffice_desktop.sync import connections
from backoffice_desktop.ui.settings.workspace import SettingsWorkspace

from .conftest import type_text

LEFT = Qt.MouseButton.LeftButton


def test_an_admin_sells_a_feed_on_the_marketplace_channel(qtbot, ctx_for, tmp_path: Path) -> None:
    ctx = ctx_for()
    settings = SettingsWorkspace(ctx)
    qtbot.addWidget(settings)
    assert settings.show_section("shop")
    page = settings.shop_page
    page.kind.setCurrentIndex(page.kind.findData(connections.FEED))
    assert page.form.labelForField(page.channel).text() == "Sales channel:"
    assert [page.channel.itemText(i) for i in range(page.channel.count())] == ["Website", "Marketplace"]
    assert page.channel.currentData() == "website"
    type_text(page.url, "https://shop.example.ru")
    type_text(page.folder, str(tmp_path))
    page.channel.setFocus()
    qtbot.keyClick(page.channel, Qt.Key.Key_Down)  # the next channel: the marketplace
    assert page.channel.currentText() == "Marketplace"
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.message.text() == "Shop connection saved."
    with ctx.read() as session:
        assert connections.find_connection(session).channel == "marketplace"

    again = SettingsWorkspace(ctx)
    qtbot.addWidget(again)
    assert again.show_section("shop")
    assert (again.shop_page.channel.currentText(), again.shop_page.channel.currentData()) == (
        "Marketplace", "marketplace")
