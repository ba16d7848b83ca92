"""The photos panel: dropping files from the file manager, progress and refusals,
reordering by dragging, main photo, alt text, deletion."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from backoffice_desktop.models import Role
from backoffice_desktop.services import photos
from backoffice_desktop.ui.catalog.photos_panel import PhotosPanel

from .. import conftest
from .conftest import seed_products, type_text

GOOD = ["hopper_orientation_6.jpg", "pil123rgba.png", "pil_sample_cmyk.jpg"]


def images() -> Path:
    return conftest.testdata_dir("images")


def drop(grid, mime: QMimeData, pos: QPoint) -> None:
    """What the window system delivers when something is dropped on the grid."""
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = grid.viewport()
    enter = QDragEnterEvent(pos, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDragMoveEvent(pos, actions, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(pos), actions, mime, buttons, mods))


def files_mime(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def stored(store, product_id) -> list[photos.PhotoRow]:
    with store.read_session() as s:
        return photos.list_photos(s, product_id)


@pytest.fixture
def panel(qtbot, sqlite_store, ctx_for):
    ids = seed_products(sqlite_store)
    ctx = ctx_for(Role.CONTENT_MANAGER)
    widget = PhotosPanel(ctx, ids["KT-01"])
    qtbot.addWidget(widget)
    widget.resize(820, 520)
    widget.show()
    return widget, ids["KT-01"]


def import_by_drop(qtbot, widget, paths: list[Path]) -> None:
    drop(widget.grid, files_mime(paths), QPoint(100, 100))
    assert widget.progress_row.isVisible() or not widget.importing
    qtbot.waitUntil(lambda: not widget.importing, timeout=30000)


def test_dropping_files_imports_the_good_ones_and_lists_the_refused(qtbot, panel, sqlite_store, tmp_path):
    widget, product_id = panel
    assert widget.grid.count() == 0 and not widget.delete_button.isEnabled()
    notes = tmp_path / "notes.txt"
    notes.write_text("не фото", encoding="utf-8")
    folder = tmp_path / "from-supplier"
    folder.mkdir()
    (folder / "cmyk.jpg").write_bytes((images() / "pil_sample_cmyk.jpg").read_bytes())
    (folder / "readme.txt").write_text("skipped: not a picture name")
    paths = [images() / GOOD[0], images() / "truncated_jpeg.jpg", images() / GOOD[1], notes, folder]
    import_by_drop(qtbot, widget, paths)

    assert widget.grid.count() == 3
    assert [r.is_main for r in stored(sqlite_store, product_id)] == [True, False, False]
    assert widget.grid.item(0).text() == "★ Main" and widget.count_label.text() == "3 photo(s)"
    assert not widget.grid.item(0).icon().isNull()
    message = widget.message.text()
    assert widget.message.is_error() and widget.progress_row.isHidden()
    assert "Added 3 photo(s)." in message and "2 file(s) could not be added:" in message
    assert "• truncated_jpeg.jpg — The picture is damaged or incomplete" in message
    assert "• notes.txt — The file is not a picture" in message

    import_by_drop(qtbot, widget, [images() / GOOD[0]])  # the same file again
    assert widget.grid.count() == 3
    assert "Already among the photos (not added again): hopper_orientation_6.jpg" in widget.message.text()


def test_reorder_by_dragging_main_photo_alt_text_and_delete(qtbot, panel, sqlite_store, monkeypatch):
    widget, product_id = panel
    import_by_drop(qtbot, widget, [images() / n for n in GOOD])
    first, second, third = (r.id for r in stored(sqlite_store, product_id))

    # Drag the last photo onto the left half of the first one: it goes first.
    grid = widget.grid
    mime = grid.mimeData([grid.item(2)])
    target = grid.visualItemRect(grid.item(0))
    drop(grid, mime, QPoint(target.left() + 5, target.center().y()))
    assert grid.photo_ids() == [third, first, second]  # shown at once
    qtbot.waitUntil(lambda: [r.id for r in stored(sqlite_store, product_id)] == [third, first, second],
                    timeout=5000)
    assert grid.count() == 3  # nothing lost from the view on the way

    # Make the (now) last photo the main one.
    grid.clearSelection()
    grid.item(1).setSelected(True)
    assert not widget.main_button.isEnabled()  # already the main one
    grid.clearSelection()
    grid.item(2).setSelected(True)
    qtbot.mouseClick(widget.main_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.is_main for r in stored(sqlite_store, product_id)] == [False, False, True],
                    timeout=5000)
    qtbot.waitUntil(lambda: grid.item(2).text() == "★ Main", timeout=5000)

    # Alt text, typed and confirmed with Enter.
    grid.clearSelection()
    grid.item(0).setSelected(True)
    widget.alt_edit.setFocus()
    type_text(widget.alt_edit, "Чайник, вид сбоку")
    qtbot.keyClick(widget.alt_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(sqlite_store, product_id)[0].alt_text == "Чайник, вид сбоку", timeout=5000)

    # The Delete key asks too; saying No keeps the photo.
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.No)
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert asked == ["Delete 1 photo(s) of this product? The website loses them at the next sync."]
    assert len(stored(sqlite_store, product_id)) == 3

    # Delete two photos after confirming; the main one among them passes the role on.
    asked.clear()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    grid.item(2).setSelected(True)
    qtbot.mouseClick(widget.delete_button, Qt.MouseButton.LeftButton)
    assert asked and "Delete 2 photo(s)" in asked[0]
    qtbot.waitUntil(lambda: len(stored(sqlite_store, product_id)) == 1, timeout=5000)
    left = stored(sqlite_store, product_id)
    assert left[0].id == first and left[0].is_main
    qtbot.waitUntil(lambda: grid.count() == 1 and grid.item(0).text() == "★ Main", timeout=5000)


def test_without_the_right_to_edit_the_photos_are_read_only(qtbot, sqlite_store, ctx_for):
    ids = seed_products(sqlite_store)
    editor = ctx_for()
    photos.import_photo_files(sqlite_store.session, editor.actor, ids["TV-55"], [images() / GOOD[0]])
    widget = PhotosPanel(ctx_for(Role.CLERK), ids["TV-55"])
    qtbot.addWidget(widget)
    widget.show()
    assert widget.grid.count() == 1
    assert not widget.add_button.isVisible() and not widget.delete_button.isVisible()
    assert widget.alt_edit.isReadOnly()
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, files_mime([images() / GOOD[1]]),
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget.grid.viewport(), enter)
    assert not enter.isAccepted()


def test_stopping_an_import_keeps_what_was_saved(qtbot, panel, sqlite_store, tmp_path):
    widget, product_id = panel
    paths = []
    for n in range(8):  # different files, so none is a duplicate of another
        path = tmp_path / f"photo-{n}.jpg"
        Image.effect_noise((2400, 1800), 30 + n).convert("RGB").save(path)  # ~0.2 s each to convert
        paths.append(path)
    drop(widget.grid, files_mime(paths), QPoint(100, 100))
    assert widget.importing and widget.progress_row.isVisible()
    qtbot.waitUntil(lambda: widget.progress.value() >= 1, timeout=20000)
    qtbot.mouseClick(widget.stop_button, Qt.MouseButton.LeftButton)
    assert widget.progress_label.text() == "Stopping after the current file…"
    qtbot.waitUntil(lambda: not widget.importing, timeout=20000)
    saved = len(stored(sqlite_store, product_id))
    assert 1 <= saved < len(paths) and widget.grid.count() == saved
    assert "Stopped: the remaining files were not imported." in widget.message.text()
