"""A product's photos: importing files, ordering, the main photo, alt text, deleting.

Photos live in the store as content-addressed blobs (:class:`Blob`), so every
workstation sees them: the web image and its thumbnail are WebP blobs keyed by their
sha256, and a :class:`ProductImage` row ties them to a product with its position, the
main-photo flag and the alt text. The hash of the file as imported
(``source_sha256``) makes the same file added twice stored once, and lets a file
already imported for another product reuse its blobs without converting it again.

Importing a batch (:func:`import_photo_files`) converts each file with Pillow outside
any transaction (that is the slow part) and saves it in a short transaction of its
own, so a bad file is reported and the rest of the batch is kept. Every change marks
the product for the next shop sync: the website shows the photos.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..errors import ConflictError, NotFound, ValidationError
from ..models import Base, Blob, Product, ProductImage
from . import audit, outbox
from .permissions import Actor, Permission, require
from .photo_images import MIME_TYPE, WebImages, make_web_images

#: Longest alt text the website accepts (the column's size).
ALT_TEXT_MAX = 500
OUTBOX_REASON = "photos"

#: ``progress(done, total, file_name)`` before each file (and once at the end, name "").
ImportProgress = Callable[[int, int, str], None]
SessionScope = Callable[[], AbstractContextManager[Session]]


@dataclass(frozen=True)
class PhotoRow:
    """One photo of a product as the photos panel shows it."""

    id: int
    position: int
    is_main: bool
    alt_text: str
    width: int
    height: int
    image_sha256: str
    thumb_sha256: str


@dataclass(frozen=True)
class RefusedFile:
    """A file of a batch that was not imported, and why."""

    name: str
    error: ValidationError

    def __str__(self) -> str:
        return f"{self.name}: {self.error}"


@dataclass
class PhotoImportReport:
    """What a batch import did, file by file (file names, not paths)."""

    added: list[str] = field(default_factory=list)
    #: Files this product already had (the same bytes): not stored again.
    duplicates: list[str] = field(default_factory=list)
    refused: list[RefusedFile] = field(default_factory=list)
    #: The user stopped the batch; the files before the stop are kept.
    stopped: bool = False


def _product(session: Session, product_id: int, lock: bool = True) -> Product:
    """The product; locked (PostgreSQL) so two workstations changing its photos at once
    take turns, and the one-main-photo rule holds."""
    product = session.get(Product, product_id, with_for_update=True if lock else None)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    return product


def _image(session: Session, image_id: int) -> ProductImage:
    image = session.get(ProductImage, image_id)
    if image is None:
        raise NotFound("The photo was deleted meanwhile; reload the product's photos.")
    return image


def _images_of(session: Session, product_id: int) -> list[ProductImage]:
    return list(
        session.scalars(
            select(ProductImage)
            .where(ProductImage.product_id == product_id)
            .order_by(ProductImage.position, ProductImage.id)
        )
    )


def list_photos(session: Session, product_id: int) -> list[PhotoRow]:
    """The product's photos in display order (no image data: see :func:`blob_data`)."""
    return [
        PhotoRow(i.id, i.position, i.is_main, i.alt_text, i.width, i.height, i.image_sha256, i.thumb_sha256)
        for i in _images_of(session, product_id)
    ]


def blob_data(session: Session, shas: Iterable[str]) -> dict[str, bytes]:
    """The bytes of the given blobs (thumbnails for a panel: one query)."""
    wanted = sorted(set(shas))
    if not wanted:
        return {}
    return {sha: data for sha, data in session.execute(select(Blob.sha256, Blob.data).where(Blob.sha256.in_(wanted)))}


def _store_blob(session: Session, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    if session.scalar(select(Blob.sha256).where(Blob.sha256 == sha)) is None:
        try:
            with session.begin_nested():
                session.add(Blob(sha256=sha, mime_type=MIME_TYPE, size=len(data), data=data))
        except IntegrityError:
            pass  # another workstation stored the same bytes meanwhile
    return sha


def _reusable(session: Session, source_sha256: str) -> ProductImage | None:
    """A photo made from the same file for any product (its blobs can be shared)."""
    return session.scalars(
        select(ProductImage).where(ProductImage.source_sha256 == source_sha256).order_by(ProductImage.id).limit(1)
    ).first()


def _has_source(session: Session, product_id: int, source_sha256: str) -> bool:
    return session.scalar(
        select(ProductImage.id).where(
            ProductImage.product_id == product_id, ProductImage.source_sha256 == source_sha256
        ).limit(1)
    ) is not None


def add_photo(
    session: Session, actor: Actor, product_id: int, source_sha256: str, web: WebImages | None
) -> int | None:
    """Attach a converted photo to a product as its last photo (the main one when it is
    the first). ``web`` may be None when a photo from the same file exists (its blobs are
    shared). Returns the new photo's id, or None when the product already has this file."""
    require(actor, Permission.EDIT_PRODUCTS)
    product = _product(session, product_id)
    if _has_source(session, product_id, source_sha256):
        return None
    if web is None:
        existing = _reusable(session, source_sha256)
        if existing is None:
            raise NotFound("The photo was deleted meanwhile; reload the product's photos.")
        image_sha, thumb_sha, width, height = (existing.image_sha256, existing.thumb_sha256,
                                               existing.width, existing.height)
    else:
        image_sha, thumb_sha = _store_blob(session, web.image), _store_blob(session, web.thumb)
        width, height = web.width, web.height
    last = session.scalar(select(func.max(ProductImage.position)).where(ProductImage.product_id == product_id))
    has_main = session.scalar(
        select(ProductImage.id).where(ProductImage.product_id == product_id, ProductImage.is_main.is_(True)).limit(1)
    ) is not None
    image = ProductImage(
        product_id=product_id, position=(last + 1) if last is not None else 0, is_main=not has_main,
        alt_text="", source_sha256=source_sha256, image_sha256=image_sha, thumb_sha256=thumb_sha,
        width=width, height=height,
    )
    session.add(image)
    session.flush()
    audit.record(session, actor, "add_photo", "product", product.id, "photos", None, image_sha)
    outbox.mark_products(session, [product.id], OUTBOX_REASON)
    return image.id


def import_photo_files(
    session_scope: SessionScope,
    actor: Actor,
    product_id: int,
    paths: Sequence[Path],
    progress: ImportProgress | None = None,
    stop_requested: Callable[[], bool] | None = None,
) -> PhotoImportReport:
    """Import photo files for a product, each saved in its own short transaction.

    ``session_scope`` opens one transaction (``store.session``). A file that can't be
    read, isn't a picture, is damaged or is a decompression bomb is listed in the
    report's ``refused`` with the reason; the other files are saved. When
    ``stop_requested()`` turns true the batch ends before the next file (the report says
    ``stopped``; what was saved stays). Only permission and a missing product stop it
    with an error.
    """
    require(actor, Permission.EDIT_PRODUCTS)
    with session_scope() as session:
        _product(session, product_id, lock=False)
    report = PhotoImportReport()
    for done, path in enumerate(paths):
        name = Path(path).name
        if stop_requested is not None and stop_requested():
            report.stopped = True
            return report
        if progress is not None:
            progress(done, len(paths), name)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            report.refused.append(RefusedFile(name, ValidationError(
                "The file can't be read: {reason}", reason=exc.strerror or type(exc).__name__)))
            continue
        source = hashlib.sha256(data).hexdigest()
        with session_scope() as session:
            if _has_source(session, product_id, source):
                report.duplicates.append(name)
                continue
            known = _reusable(session, source) is not None
        added: int | None = None
        if known:
            try:
                with session_scope() as session:
                    added = add_photo(session, actor, product_id, source, None)
            except NotFound:
                known = False  # the photo it would share was deleted meanwhile: convert it
        if not known:
            try:
                web = make_web_images(data)  # the slow part, outside any transaction
            except ValidationError as exc:
                report.refused.append(RefusedFile(name, exc))
                continue
            with session_scope() as session:
                added = add_photo(session, actor, product_id, source, web)
        (report.added if added is not None else report.duplicates).append(name)
    if progress is not None:
        progress(len(paths), len(paths), "")
    return report


def reorder_photos(session: Session, actor: Actor, product_id: int, ordered_ids: Sequence[int]) -> None:
    """Put the product's photos in the given order (all of its photo ids, each once)."""
    require(actor, Permission.EDIT_PRODUCTS)
    product = _product(session, product_id)
    images = _images_of(session, product_id)
    if sorted(ordered_ids) != sorted(i.id for i in images):
        raise ConflictError("The photos of {sku} were changed meanwhile; reload them and try again.",
                            sku=product.sku)
    old = [i.id for i in images]
    if old == list(ordered_ids):
        return
    by_id = {i.id: i for i in images}
    for position, image_id in enumerate(ordered_ids):
        by_id[image_id].position = position
    audit.record(session, actor, "update", "product", product.id, "photo_order",
                 " ".join(map(str, old)), " ".join(map(str, ordered_ids)))
    outbox.mark_products(session, [product.id], OUTBOX_REASON)
    session.flush()


def set_main_photo(session: Session, actor: Actor, image_id: int) -> None:
    """Make this photo the product's main one (the others stop being main)."""
    require(actor, Permission.EDIT_PRODUCTS)
    image = _image(session, image_id)
    _product(session, image.product_id)
    if image.is_main:
        return
    old = session.scalar(
        select(ProductImage.id).where(ProductImage.product_id == image.product_id, ProductImage.is_main.is_(True))
    )
    session.execute(
        update(ProductImage)
        .where(ProductImage.product_id == image.product_id, ProductImage.id != image.id)
        .values(is_main=False)
    )
    image.is_main = True
    audit.record(session, actor, "update", "product", image.product_id, "main_photo", old, image.id)
    outbox.mark_products(session, [image.product_id], OUTBOX_REASON)
    session.flush()


def set_alt_text(session: Session, actor: Actor, image_id: int, text: str) -> None:
    """The photo's alternative text (what the site shows to screen readers and search engines)."""
    require(actor, Permission.EDIT_PRODUCTS)
    clean = " ".join(text.split())
    if len(clean) > ALT_TEXT_MAX:
        raise ValidationError("An alt text has at most {limit} characters; this one has {length}.",
                              limit=ALT_TEXT_MAX, length=len(clean))
    image = _image(session, image_id)
    if image.alt_text == clean:
        return
    audit.record(session, actor, "update", "product", image.product_id, "photo_alt_text", image.alt_text, clean)
    image.alt_text = clean
    outbox.mark_products(session, [image.product_id], OUTBOX_REASON)
    session.flush()


def _blob_references() -> list[tuple[str, str]]:
    """(table, column) of every column that points at a blob, wherever it is declared."""
    found = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.target_fullname == "blobs.sha256" for fk in column.foreign_keys):
                found.append((table.name, column.name))
    return found


def _unreferenced(session: Session, shas: set[str]) -> set[str]:
    left = set(shas)
    for table_name, column_name in _blob_references():
        if not left:
            break
        column = Base.metadata.tables[table_name].c[column_name]
        left -= set(session.scalars(select(column).where(column.in_(sorted(left))).distinct()))
    return left


def delete_photos(session: Session, actor: Actor, image_ids: Sequence[int]) -> None:
    """Delete photos (of one product); blobs nothing else uses any more go with them.
    When the main photo goes, the first remaining photo becomes the main one."""
    require(actor, Permission.EDIT_PRODUCTS)
    images = [_image(session, image_id) for image_id in dict.fromkeys(image_ids)]
    if not images:
        return
    product_ids = {i.product_id for i in images}
    if len(product_ids) != 1:
        raise ValidationError("Photos of several products can't be deleted in one step.")
    product_id = product_ids.pop()
    _product(session, product_id)
    shas = {s for i in images for s in (i.image_sha256, i.thumb_sha256)}
    for image in images:
        audit.record(session, actor, "delete_photo", "product", product_id, "photos", image.image_sha256, None)
        session.delete(image)
    session.flush()
    remaining = _images_of(session, product_id)
    for position, image in enumerate(remaining):
        image.position = position
    if remaining and not any(i.is_main for i in remaining):
        remaining[0].is_main = True
    session.flush()
    gone = _unreferenced(session, shas)
    if gone:
        session.execute(delete(Blob).where(Blob.sha256.in_(sorted(gone))))
    outbox.mark_products(session, [product_id], OUTBOX_REASON)
