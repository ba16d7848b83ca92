"""`backoffice screenshot` renders the real main window for documentation."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from backoffice_desktop.cli import main


@pytest.fixture
def store_with_admin(tmp_path, monkeypatch):
    db = str(tmp_path / "store.sqlite3")
    monkeypatch.setenv("PW", "admin-pass-1")
    assert main(["users", "create", "boss", "--role", "admin", "--password-env", "PW", "--db", db]) == 0
    return db


@pytest.mark.parametrize("workspace", ["intake", "stock", "purchasing", "reports", "catalog", "sync", "settings"])
def test_screenshot_of_each_workspace(qtbot, store_with_admin, tmp_path, workspace):
    out = tmp_path / f"{workspace}.png"
    code = main(["screenshot", "--db", store_with_admin, "--user", "boss", "--password", "admin-pass-1",
                 "--workspace", workspace, "--size", "1280x760", "--out", str(out)])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 760)


def test_unknown_workspace_is_explained(qtbot, store_with_admin, tmp_path, capsys):
    out = tmp_path / "x.png"
    code = main(["screenshot", "--db", store_with_admin, "--user", "boss", "--password", "admin-pass-1",
                 "--workspace", "shipping", "--out", str(out)])
    assert code == 2 and not out.exists()
    assert ("has no workspace 'shipping' (allowed: intake, stock, purchasing, catalog, reports, sync, settings)"
            in capsys.readouterr().err)


def test_screenshot_of_a_product_card(qtbot, store_with_admin, tmp_path, capsys):
    from backoffice_desktop.db import open_store, sqlite_url
    from backoffice_desktop.models import Product

    store = open_store(sqlite_url(tmp_path / "store.sqlite3"))
    with store.session() as s:
        s.add(Product(sku="KT-01", name="Чайник"))
    store.close()
    out = tmp_path / "card.png"
    args = ["screenshot", "--db", store_with_admin, "--user", "boss", "--password", "admin-pass-1",
            "--workspace", "catalog", "--size", "1000x640", "--out", str(out)]
    assert main([*args, "--card", "KT-01"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 640)
    assert main([*args, "--card", "NOPE"]) == 2
    assert "No product has the SKU NOPE." in capsys.readouterr().err
