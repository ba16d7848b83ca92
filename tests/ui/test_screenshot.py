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


@pytest.mark.parametrize("workspace", ["intake", "stock", "purchasing", "reports", "catalog", "settings"])
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
                 "--workspace", "sync", "--out", str(out)])
    assert code == 2 and not out.exists()
    assert ("has no workspace 'sync' (allowed: intake, stock, purchasing, catalog, reports, settings)"
            in capsys.readouterr().err)
