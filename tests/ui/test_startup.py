"""Start-up: a store that can't be opened is explained in the GUI, and the user may pick another."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialog

from backoffice_desktop.app import AppController
from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.ui.store_dialog import StoreDialog


def _controller() -> AppController:
    return AppController(AppPaths.resolve(), LocalSettings(), "en")


def test_unopenable_store_shows_why_and_can_be_cancelled(qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"not a database at all" * 20)
    shown: list[str] = []

    def fake_exec(dialog: StoreDialog) -> int:
        shown.append(dialog.findChild(type(dialog.form.result), "store_problem").text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(StoreDialog, "exec", fake_exec)
    controller = _controller()
    assert controller.open_first_store(str(bad)) is False
    assert shown and "not a Back Office store" in shown[0]
    assert bad.read_bytes() == b"not a database at all" * 20


def test_user_picks_another_store_after_a_failure(qtbot, monkeypatch, tmp_path):
    good = tmp_path / "good.sqlite3"

    def choose_good(dialog: StoreDialog) -> int:
        dialog.form.file_edit.setText(str(good))
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(StoreDialog, "exec", choose_good)
    controller = _controller()
    assert controller.open_first_store(str(tmp_path / "missing-dir" / "x.sqlite3")) is True
    assert controller.store is not None and controller.store.description == str(good)
    assert controller.local.store_url == str(good)
    controller.store.close()


def test_newer_store_is_not_opened(qtbot, monkeypatch, tmp_path):
    path = tmp_path / "store.sqlite3"
    controller = _controller()
    assert controller.open_first_store(str(path))
    controller.store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    shown: list[str] = []
    monkeypatch.setattr(
        StoreDialog, "exec",
        lambda d: shown.append(d.findChild(type(d.form.result), "store_problem").text()) or QDialog.DialogCode.Rejected,
    )
    assert _controller().open_first_store(str(path)) is False
    assert "newer version" in shown[0]


def test_the_application_collects_garbage_on_its_own_thread(qtbot):
    """A widget freed by a collection in a worker thread crashes Qt: the application
    turns automatic collection off and collects from a timer on the GUI thread."""
    import gc
    import weakref

    from PySide6.QtWidgets import QWidget

    from backoffice_desktop.app import make_qapplication
    from backoffice_desktop.ui.garbage import GarbageCollector

    app = make_qapplication()
    make_qapplication()
    collectors = app.findChildren(GarbageCollector)
    assert len(collectors) == 1
    assert not gc.isenabled()

    widget = QWidget()
    widget.me = widget  # a closed dialog kept in a cycle, as slots and lambdas do
    gone = weakref.ref(widget)
    del widget
    young = [[] for _ in range(1000)]  # enough new objects for the youngest generation to be due
    qtbot.waitUntil(lambda: gone() is None, timeout=3000)
    del young
