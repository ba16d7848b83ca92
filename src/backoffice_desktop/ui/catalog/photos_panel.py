"""One product's photos: thumbnails in a grid, added from a file dialog or dropped from
the file manager (several at once, folders too), reordered by dragging, the main
photo, alt text, deletion.

Importing converts the files on a worker (:func:`services.photos.import_photo_files`,
each file saved in its own short transaction) while a progress bar shows the file
being read; the panel stays usable and the import can be stopped. Refused files are
listed with the reason under the grid. The card editor embeds :class:`PhotosPanel`;
:class:`PhotosDialog` shows it on its own (the Catalog's "Photos…" button).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QIcon,
    QImage,
    QImageReader,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPixmap,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sqlalchemy.orm import Session

from ...errors import BackofficeError
from ...services import photos
from ...services.catalog import product_details
from ...services.permissions import Actor, Permission
from ...services.photos import PhotoImportReport, PhotoRow
from ..context import AppContext
from ..messages import error_text, show_error
from ..operations import Changes
from ..settings.common import MessageLabel
from .completeness_panel import CompletenessPanel

#: The drag format of photos moved inside the grid: their ids, comma-separated.
PHOTO_IDS_MIME = "application/x-backoffice-photo-ids"
#: What a dropped folder contributes (a file dropped on its own is always tried).
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".png", ".webp", ".gif", ".tif", ".tiff", ".bmp"}
THUMB = QSize(150, 150)
#: Space above each thumbnail inside its icon (keeps the first row off the frame).
THUMB_TOP = 10
ICON = QSize(THUMB.width(), THUMB.height() + THUMB_TOP)
ID_ROLE = Qt.ItemDataRole.UserRole
#: Key prefix of decoded thumbnails in Qt's pixmap cache (about 100 fit its default 10 MB).
THUMB_CACHE_PREFIX = "photo-thumb:"


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files a drop carries; a folder brings its pictures (not its subfolders)."""
    found: list[Path] = []
    for url in mime.urls():
        if not url.isLocalFile():
            continue
        path = Path(url.toLocalFile())
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)
        else:
            found.append(path)
    return found


def square_thumbnail(data: bytes) -> QPixmap:
    """The thumbnail scaled into a :data:`THUMB` square (centred), so the grid's cells
    and captions line up whatever the photos' proportions.

    Decoded straight at the shown size (the WebP reader scales while decoding): half the
    time of decoding the whole thumbnail and scaling the pixmap afterwards."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    size = reader.size()
    if size.isValid():
        size.scale(THUMB, Qt.AspectRatioMode.KeepAspectRatio)
        reader.setScaledSize(size)
    source = reader.read()
    square = QImage(ICON, QImage.Format.Format_ARGB32_Premultiplied)
    square.fill(Qt.GlobalColor.transparent)
    if not source.isNull():
        if source.width() > THUMB.width() or source.height() > THUMB.height():  # a reader that can't scale
            source = source.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        painter = QPainter(square)
        painter.drawImage((THUMB.width() - source.width()) // 2,
                          THUMB_TOP + (THUMB.height() - source.height()) // 2, source)
        painter.end()
    return QPixmap.fromImage(square)


def cached_thumbnail(sha256: str) -> QPixmap | None:
    """A thumbnail already decoded in this session (any card's): its blob is
    content-addressed, so the same hash always means the same picture."""
    pixmap = QPixmap()
    return pixmap if QPixmapCache.find(THUMB_CACHE_PREFIX + sha256, pixmap) else None


def remember_thumbnail(sha256: str, pixmap: QPixmap) -> None:
    QPixmapCache.insert(THUMB_CACHE_PREFIX + sha256, pixmap)


class PhotoGrid(QListWidget):
    """Thumbnails in reading order. Dragging a photo onto another's place reorders
    (``order_changed`` with all ids in the new order); dropping files imports them
    (``files_dropped``)."""

    order_changed = Signal(list)
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photos_grid")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(ICON)
        self.setGridSize(QSize(ICON.width() + 28, ICON.height() + 30))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Snap)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setAcceptDrops(True)
        self.editable = True
        self.accepting_files = True
        self.empty_text = ""

    def photo_ids(self) -> list[int]:
        return [int(self.item(row).data(ID_ROLE)) for row in range(self.count())]

    # --- dragging out: our own format, so a drop elsewhere can't take the photos along ----
    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt API)
        return [PHOTO_IDS_MIME, "text/uri-list"]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        ids = ",".join(str(item.data(ID_ROLE)) for item in items)
        mime.setData(PHOTO_IDS_MIME, QByteArray(ids.encode("ascii")))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def _wanted(self, mime: QMimeData) -> bool:
        if not self.editable:
            return False
        if mime.hasFormat(PHOTO_IDS_MIME):
            return True
        return self.accepting_files and any(url.isLocalFile() for url in mime.urls())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._wanted(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._wanted(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if not self._wanted(mime):
            event.ignore()
            return
        # Copy, never Move: the view would otherwise remove the dragged rows itself.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        if mime.hasFormat(PHOTO_IDS_MIME):
            moved = [int(x) for x in bytes(mime.data(PHOTO_IDS_MIME).data()).decode("ascii").split(",") if x]
            self._move(moved, event.position().toPoint())
        else:
            files = dropped_files(mime)
            if files:
                self.files_dropped.emit(files)

    def _move(self, moved: list[int], pos: QPoint) -> None:
        order = self.photo_ids()
        if not set(moved) <= set(order):
            return
        target = self.itemAt(pos)
        if target is None:
            insert_at = len(order)
        else:
            row = self.row(target)
            rect = self.visualItemRect(target)
            insert_at = row + (1 if pos.x() > rect.center().x() else 0)
        before = [pid for pid in order[:insert_at] if pid not in moved]
        after = [pid for pid in order[insert_at:] if pid not in moved]
        new_order = before + [pid for pid in order if pid in moved] + after
        if new_order != order:
            self.order_changed.emit(new_order)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.count() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(self.viewport().rect().adjusted(24, 24, -24, -24),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()


class _ImportProgress(QObject):
    """Carries the worker's progress to the GUI thread (queued: it lives there)."""

    changed = Signal(int, int, str)


class PhotosPanel(QWidget):
    """The photos of one product, for editing (read-only without the right to edit cards)."""

    #: An import finished (its report), for whoever embeds the panel.
    imported = Signal(object)
    #: The photos were read again (after any change, or a file of an import saved).
    reloaded = Signal()

    def __init__(self, ctx: AppContext, product_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.product_id = product_id
        self.editable = ctx.actor.can(Permission.EDIT_PRODUCTS)
        self.rows: list[PhotoRow] = []
        #: Thumbnails already read, by blob hash: a reload reads only new ones.
        self._icons: dict[str, QIcon] = {}
        self._stop: threading.Event | None = None
        self._progress = _ImportProgress(self)
        self._progress.changed.connect(self._show_progress)

        self.add_button = QPushButton(self.tr("Add photos…"))
        self.add_button.setObjectName("photos_add")
        self.add_button.clicked.connect(self.choose_files)
        self.main_button = QPushButton(self.tr("Make main"))
        self.main_button.setObjectName("photos_main")
        self.main_button.clicked.connect(self.make_main)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setObjectName("photos_delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.count_label = QLabel()
        self.count_label.setObjectName("photos_count")
        self.count_label.setStyleSheet("color: #5f6368;")
        buttons = QHBoxLayout()
        for button in (self.add_button, self.main_button, self.delete_button):
            button.setVisible(self.editable)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        self.grid = PhotoGrid()
        self.grid.editable = self.editable
        self.grid.empty_text = (
            self.tr("No photos yet.\nAdd them with “Add photos…” or drag picture files here from a folder.")
            if self.editable else self.tr("No photos.")
        )
        if not self.editable:
            self.grid.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.grid.files_dropped.connect(self.add_files)
        self.grid.order_changed.connect(self.reorder)
        self.grid.itemSelectionChanged.connect(self._selection_changed)
        self.grid.itemDoubleClicked.connect(lambda _item: self.alt_edit.setFocus())
        if self.editable:
            delete_action = QAction(self.tr("Delete…"), self.grid)
            delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            delete_action.triggered.connect(self.delete_selected)
            self.grid.addAction(delete_action)

        self.alt_edit = QLineEdit()
        self.alt_edit.setObjectName("photos_alt")
        self.alt_edit.setPlaceholderText(self.tr("What the photo shows, for search engines and screen readers"))
        self.alt_edit.setMaxLength(photos.ALT_TEXT_MAX)
        self.alt_edit.setReadOnly(not self.editable)
        self.alt_edit.editingFinished.connect(self.save_alt_text)
        alt_row = QHBoxLayout()
        alt_row.addWidget(QLabel(self.tr("Alt text:")))
        alt_row.addWidget(self.alt_edit, 1)

        self.progress_label = QLabel()
        self.progress_label.setObjectName("photos_progress_label")
        self.progress = QProgressBar()
        self.progress.setObjectName("photos_progress")
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("photos_stop")
        self.stop_button.clicked.connect(self.stop_import)
        self.progress_row = QWidget()
        progress_layout = QHBoxLayout(self.progress_row)
        progress_layout.setContentsMargins(0, 0, 0, 0)
        progress_layout.addWidget(self.progress_label, 2)
        progress_layout.addWidget(self.progress, 3)
        progress_layout.addWidget(self.stop_button)
        self.progress_row.hide()

        self.message = MessageLabel()
        self.message.setObjectName("photos_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.grid, 1)
        layout.addLayout(alt_row)
        layout.addWidget(self.progress_row)
        layout.addWidget(self.message)
        self.load()

    # --- showing ----------------------------------------------------------------------
    @property
    def importing(self) -> bool:
        return self._stop is not None

    def load(self) -> None:
        """Read the photos again, and the thumbnails not yet shown (keeps the selection)."""
        selected = {int(item.data(ID_ROLE)) for item in self.grid.selectedItems()}
        with self.ctx.read() as session:
            self.rows = photos.list_photos(session, self.product_id)
            for row in self.rows:
                if row.thumb_sha256 not in self._icons:
                    known = cached_thumbnail(row.thumb_sha256)
                    if known is not None:
                        self._icons[row.thumb_sha256] = QIcon(known)
            thumbs = photos.blob_data(session, [r.thumb_sha256 for r in self.rows if r.thumb_sha256 not in self._icons])
        for sha, data in thumbs.items():
            pixmap = square_thumbnail(data)
            remember_thumbnail(sha, pixmap)
            self._icons[sha] = QIcon(pixmap)
        self.grid.blockSignals(True)
        self.grid.clear()
        for row in self.rows:
            item = QListWidgetItem(self._icons.get(row.thumb_sha256, QIcon()), self._caption(row))
            item.setData(ID_ROLE, row.id)
            item.setToolTip(self._tooltip(row))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            if row.is_main:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.grid.addItem(item)
            item.setSelected(row.id in selected)
        self.grid.blockSignals(False)
        self.count_label.setText(self.tr("%n photo(s)", "", len(self.rows)))
        self._selection_changed()
        self.reloaded.emit()

    def _caption(self, row: PhotoRow) -> str:
        return ("★ " + self.tr("Main")) if row.is_main else str(row.position + 1)

    def _tooltip(self, row: PhotoRow) -> str:
        size = self.tr("{0}×{1} px").format(row.width, row.height)
        return f"{row.alt_text}\n{size}" if row.alt_text else size

    def selected_rows(self) -> list[PhotoRow]:
        ids = {int(item.data(ID_ROLE)) for item in self.grid.selectedItems()}
        return [r for r in self.rows if r.id in ids]

    def _selection_changed(self) -> None:
        chosen = self.selected_rows()
        one = chosen[0] if len(chosen) == 1 else None
        self.main_button.setEnabled(one is not None and not one.is_main)
        self.delete_button.setEnabled(bool(chosen))
        self.alt_edit.setEnabled(one is not None)
        self.alt_edit.setText(one.alt_text if one is not None else "")

    # --- adding -------------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add photos"), "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp);;All files (*)"),
        )
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Import the files on a worker; progress shows below the grid."""
        if not paths or self.importing or not self.editable:
            return
        stop = self._stop = threading.Event()
        progress = self._progress
        store, actor, product_id = self.ctx.store, self.ctx.actor, self.product_id
        files = list(paths)

        def job() -> PhotoImportReport:
            return photos.import_photo_files(store.session, actor, product_id, files,
                                             progress.changed.emit, stop.is_set)

        self.message.clear_message()
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Preparing photos…"))
        self.progress_row.show()
        self.stop_button.setEnabled(True)
        self.add_button.setEnabled(False)
        self.grid.accepting_files = False
        self.ctx.ops.run(job, self._imported, self._import_failed, changes=Changes(products=True), write=False)

    def stop_import(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping after the current file…"))

    def _show_progress(self, done: int, total: int, name: str) -> None:
        if not shiboken6.isValid(self) or not self.importing:
            return
        self.progress.setValue(done)
        if done:
            self.load()  # the file before this one is saved: show it
        if name and not self._stop.is_set():  # type: ignore[union-attr]
            self.progress_label.setText(self.tr("Photo {0} of {1}: {2}").format(done + 1, total, name))

    def _finish_import(self) -> None:
        self._stop = None
        self.progress_row.hide()
        self.add_button.setEnabled(True)
        self.grid.accepting_files = True

    def _imported(self, report: PhotoImportReport) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish_import()
        self.load()
        self.show_report(report)
        self.imported.emit(report)

    def _import_failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._finish_import()
        self.load()
        self.message.show_error(error_text(exc))

    def show_report(self, report: PhotoImportReport) -> None:
        lines: list[str] = []
        if report.added:
            lines.append(self.tr("Added %n photo(s).", "", len(report.added)))
        if report.stopped:
            lines.append(self.tr("Stopped: the remaining files were not imported."))
        if report.duplicates:
            lines.append(self.tr("Already among the photos (not added again): {0}").format(
                ", ".join(report.duplicates)))
        if report.refused:
            lines.append(self.tr("%n file(s) could not be added:", "", len(report.refused)))
            lines += [f"• {r.name} — {error_text(r.error)}" for r in report.refused]
        text = "\n".join(lines)
        if report.refused:
            self.message.show_error(text)
        elif text:
            self.message.show_success(text)

    # --- changing -----------------------------------------------------------------------
    def _write(self, func: Callable[[Session, Actor], object]) -> None:
        """Run a change on the write worker; the grid reloads after it (or after its error)."""
        def done(_result: object) -> None:
            if shiboken6.isValid(self):
                self.load()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.load()
                show_error(self, exc)

        self.ctx.write(func, Changes(products=True), on_success=done, on_failure=failed)

    def reorder(self, ordered_ids: list[int]) -> None:
        product_id = self.product_id
        by_id = {self.grid.item(r).data(ID_ROLE): self.grid.takeItem(r) for r in reversed(range(self.grid.count()))}
        for photo_id in ordered_ids:  # show the new order at once; the store follows
            self.grid.addItem(by_id[photo_id])
        self._write(lambda s, a: photos.reorder_photos(s, a, product_id, ordered_ids))

    def make_main(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) == 1:
            photo_id = chosen[0].id
            self._write(lambda s, a: photos.set_main_photo(s, a, photo_id))

    def save_alt_text(self) -> None:
        chosen = self.selected_rows()
        if len(chosen) != 1 or not self.editable:
            return
        text = self.alt_edit.text()
        if " ".join(text.split()) == chosen[0].alt_text:
            return
        photo_id = chosen[0].id
        self._write(lambda s, a: photos.set_alt_text(s, a, photo_id, text))

    def delete_selected(self) -> None:
        chosen = self.selected_rows()
        if not chosen:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete photos"),
            self.tr("Delete %n photo(s) of this product? The website loses them at the next sync.", "",
                    len(chosen)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [r.id for r in chosen]
        self._write(lambda s, a: photos.delete_photos(s, a, ids))


class PhotosDialog(QDialog):
    """The photos panel for the product selected in the Catalog, with its completeness
    beside it (it follows each change of the photos)."""

    def __init__(self, ctx: AppContext, product_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("photos_dialog")
        try:
            with ctx.read() as session:
                row = product_details(session, product_id).row
            title = self.tr("Photos — {0} {1}").format(row.sku, row.name)
        except BackofficeError:
            title = self.tr("Photos")
        self.setWindowTitle(title)
        self.panel = PhotosPanel(ctx, product_id)
        self.completeness = CompletenessPanel(ctx, product_id)
        self.panel.reloaded.connect(self.completeness.refresh)
        side = QGroupBox(self.tr("Completeness"))
        side.setFixedWidth(270)
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.completeness)
        body = QHBoxLayout()
        body.addWidget(self.panel, 1)
        body.addWidget(side)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(1100, 620)

    def reject(self) -> None:
        self.panel.stop_import()  # what was saved stays; the worker ends after its file
        super().reject()
