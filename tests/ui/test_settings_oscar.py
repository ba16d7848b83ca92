"""Settings → Shop website with a django-oscar shop: an administrator picks the platform,
tests the connection (a wrong password is told plainly), saves, and the Sync panel's
push reaches the real shop (django-oscar 3.2 + django-oscar-api on loopback)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from backoffice_desktop.ui.settings.workspace import SettingsWorkspace
from backoffice_desktop.ui.sync.workspace import SyncWorkspace

from ..integration.oscar_shop import PASSWORD, USER, OscarSite, require_oscar, running
from ..sync.helpers import website_publishes_any_card
from .conftest import seed_products, type_text

require_oscar()

LEFT = Qt.MouseButton.LeftButton
#: The shop has two of the seeded products; ЁЖ-7 is not on it.
SEED = {
    "partner": "Склад",
    "products": [
        {"upc": "TV-55", "title": "Телевизор", "stock": [{"sku": "TV-55", "in_stock": 0, "price": "1.00"}]},
        {"upc": "KT-01", "title": "Чайник", "stock": [{"sku": "KT-01", "in_stock": 0, "price": "1.00"}]},
    ],
}


@pytest.fixture(scope="module")
def oscar_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OscarSite]:
    with running(tmp_path_factory.mktemp("oscar-gui-site"), SEED) as site:
        yield site


def test_an_admin_connects_a_django_oscar_shop_and_sends_the_queue(qtbot, ctx_for, memory_keyring, oscar_site,
                                                                   tmp_path: Path):
    ctx = ctx_for()
    seed_products(ctx.store)
    with ctx.store.session() as session:
        website_publishes_any_card(session)  # the bare seeded cards go out published: the connection is tested here
    settings = SettingsWorkspace(ctx)
    qtbot.addWidget(settings)
    assert settings.show_section("shop")
    page = settings.shop_page
    page.kind.setCurrentIndex(page.kind.findData("oscar"))
    assert page.form.labelForField(page.url).text() == "Site address:"
    assert page.form.labelForField(page.secret).text() == "Password:"
    assert page.user.isVisibleTo(page) and not page.key.isVisibleTo(page) and not page.folder.isVisibleTo(page)
    assert "OSCARAPI_BLOCK_ADMIN_API_ACCESS = False" in page.note.text()

    type_text(page.url, "http://shop.example.com")
    type_text(page.user, USER)
    type_text(page.secret, "wrong")
    qtbot.mouseClick(page.test_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert "plain HTTP" in page.message.text()

    page.url.clear()
    type_text(page.url, oscar_site.url)
    qtbot.mouseClick(page.test_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert f"refused the user '{USER}'" in page.message.text()
    assert "Check the user name and password" in page.message.text()

    page.secret.clear()
    type_text(page.secret, PASSWORD)
    qtbot.mouseClick(page.test_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.message.text() == f"Connected: django-oscar at {oscar_site.url}/api: partners Склад"
    settings.resize(1100, 700)
    settings.grab().save(str(tmp_path / "settings-oscar.png"))
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.message.text() == "Shop connection saved."
    assert list(memory_keyring.entries.values()) == [PASSWORD]

    sync = SyncWorkspace(ctx)
    qtbot.addWidget(sync)
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: not sync.busy, timeout=30000)
    assert sync.message.text().startswith("2 sent, 1 refused by the site")
    assert oscar_site.records()["KT-01"][0] == 12
    assert "SKU ЁЖ-7 is not on the site" in sync.log_view.toPlainText()

    again = SettingsWorkspace(ctx)
    qtbot.addWidget(again)
    assert again.shop_page.current_kind() == "oscar" and again.shop_page.user.text() == USER
