"""Product photos: importing what cameras and suppliers really send, dedupe, refusals,
order, main photo, alt text and deletion (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from backoffice_desktop.errors import ConflictError, PermissionDenied, ValidationError
from backoffice_desktop.models import AuditEntry, Blob, OutboxItem, Product, ProductImage, Role
from backoffice_desktop.services import auth, photos, users
from backoffice_desktop.services.photo_images import THUMB_SIDE, WEB_SIDE, make_web_images

from .. import conftest

GOOD = [
    "chi.gif", "hopper_orientation_6.jpg", "i_trns.png", "icc_profile_big.jpg", "iss634.webp",
    "junk_jpeg_header.jpg", "mode_16bit.png", "multipage.tiff", "orientation_rectangle.jpg",
    "pil123rgba.png", "pil_sample_cmyk.jpg", "tiff_strip_cmyk_jpeg.tif",
]
BAD = ["decompression_bomb.gif", "truncated_image.png", "truncated_jpeg.jpg"]


def images_dir() -> Path:
    return conftest.testdata_dir("images")


def web(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.fixture
def product_id(store) -> int:
    with store.session() as s:
        product = Product(sku="CAM-1", name="Камера", search_text="cam-1 камера")
        s.add(product)
        s.flush()
        return product.id


def run_import(store, actor, product_id, paths):
    return photos.import_photo_files(store.session, actor, product_id, paths)


# --- converting single files (no store) -------------------------------------------------

@pytest.mark.parametrize("name", GOOD)
def test_each_real_photo_becomes_a_clean_srgb_webp(name):
    made = make_web_images((images_dir() / name).read_bytes())
    image, thumb = web(made.image), web(made.thumb)
    assert image.format == thumb.format == "WEBP"
    assert image.mode in ("RGB", "RGBA") and thumb.mode == image.mode
    assert image.size == (made.width, made.height)
    assert max(image.size) <= WEB_SIDE and max(thumb.size) <= THUMB_SIDE
    assert not image.info.get("exif") and not image.info.get("icc_profile") and not image.info.get("xmp")
    assert not getattr(image, "n_frames", 1) > 1  # animations keep their first frame only


def test_exif_orientation_is_applied():
    made = make_web_images((images_dir() / "orientation_rectangle.jpg").read_bytes())
    assert (made.width, made.height) == (1, 2)  # stored 2×1, EXIF orientation 8


def test_cmyk_print_files_come_out_rgb_with_their_colours():
    for name in ("pil_sample_cmyk.jpg", "tiff_strip_cmyk_jpeg.tif"):
        image = web(make_web_images((images_dir() / name).read_bytes()).image)
        assert image.mode == "RGB"
        red, green, blue = image.convert("RGB").getpixel((0, 0))
        assert red > 200 and green < 80 and blue < 80  # the sample's red corner, not inverted


def test_transparency_is_kept_and_sixteen_bit_is_scaled():
    rgba = web(make_web_images((images_dir() / "pil123rgba.png").read_bytes()).image)
    assert rgba.mode == "RGBA" and rgba.getchannel("A").getextrema()[0] == 0
    grey = web(make_web_images((images_dir() / "i_trns.png").read_bytes()).image)
    assert grey.mode == "RGBA" and grey.getchannel("A").getextrema() == (0, 255)  # tRNS grey → alpha
    wide = Image.new("I;16", (40, 30), 0)
    wide.putpixel((0, 0), 65535)
    buffer = io.BytesIO()
    wide.save(buffer, "PNG")
    scaled = web(make_web_images(buffer.getvalue()).image)
    assert scaled.getpixel((0, 0))[0] > 240 and scaled.getpixel((20, 20))[0] < 15  # scaled, not clipped


def test_large_photos_are_resized_to_the_web_size():
    big = Image.new("RGB", (4000, 3000), (200, 10, 10))
    buffer = io.BytesIO()
    big.save(buffer, "JPEG", quality=90, exif=Image.Exif())
    made = make_web_images(buffer.getvalue())
    assert (made.width, made.height) == (1200, 900)
    assert web(made.thumb).size == (300, 225)


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that declares a size but holds almost nothing (how a bomb starts)."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"")) + chunk(b"IEND", b"")


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "The file is empty."),
    (b"name,price\nTV,100\n", "The file is not a picture (JPEG, PNG, WebP, GIF, TIFF…)."),
    (png_header_only(20000, 10000), "decompression bomb"),  # 200 MP: over twice Pillow's limit
    (png_header_only(12000, 10000), "(12000×10000 pixels)"),  # over the limit: refused, not decoded
    (png_header_only(3000, 2000), None),  # a header without the picture
])
def test_refusals_say_what_is_wrong(data, expected):
    with pytest.raises(ValidationError) as caught:
        make_web_images(data)
    if expected is None:
        assert caught.value.template.startswith("The picture is damaged or incomplete")
    else:
        assert expected in str(caught.value)


# --- importing batches into the store -----------------------------------------------------

def test_a_batch_of_real_photos_keeps_the_good_ones_and_names_the_bad(store, admin, product_id, tmp_path):
    not_a_picture = tmp_path / "прайс.xlsx"
    not_a_picture.write_bytes(b"PK\x03\x04 not really a workbook")
    paths = [images_dir() / n for n in GOOD[:4] + BAD + GOOD[4:]] + [not_a_picture, tmp_path / "gone.jpg"]
    steps: list[tuple[int, int, str]] = []
    report = photos.import_photo_files(store.session, admin, product_id, paths,
                                       lambda done, total, name: steps.append((done, total, name)))
    assert report.added == GOOD
    assert [r.name for r in report.refused] == BAD + ["прайс.xlsx", "gone.jpg"]
    reasons = {r.name: r.error.template for r in report.refused}
    assert "decompression bomb" in reasons["decompression_bomb.gif"]
    assert reasons["truncated_jpeg.jpg"].startswith("The picture is damaged or incomplete")
    assert reasons["truncated_image.png"].startswith("The picture is damaged or incomplete")
    assert reasons["прайс.xlsx"].startswith("The file is not a picture")
    assert reasons["gone.jpg"].startswith("The file can't be read")
    assert str(report.refused[0]).startswith("decompression_bomb.gif: ")
    assert steps[0] == (0, len(paths), GOOD[0]) and steps[-1] == (len(paths), len(paths), "")

    with store.read_session() as s:
        rows = photos.list_photos(s, product_id)
        assert [r.position for r in rows] == list(range(len(GOOD)))
        assert [r.is_main for r in rows] == [True] + [False] * (len(GOOD) - 1)
        thumbs = photos.blob_data(s, [r.thumb_sha256 for r in rows])
        assert all(web(thumbs[r.thumb_sha256]).format == "WEBP" for r in rows)
        assert s.scalar(select(Blob.mime_type).where(Blob.sha256 == rows[0].image_sha256)) == "image/webp"
        assert s.scalar(select(OutboxItem.reason).where(OutboxItem.product_id == product_id)) == "photos"
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "add_photo", AuditEntry.entity_id == product_id)) == len(GOOD)


def test_the_same_file_twice_is_stored_once(store, admin, product_id):
    path = images_dir() / "junk_jpeg_header.jpg"
    first = run_import(store, admin, product_id, [path, path])
    assert first.added == ["junk_jpeg_header.jpg"] and first.duplicates == ["junk_jpeg_header.jpg"]
    again = run_import(store, admin, product_id, [path])
    assert again.added == [] and again.duplicates == ["junk_jpeg_header.jpg"]
    with store.session() as s:
        other = Product(sku="CAM-2", name="Другая камера", search_text="cam-2")
        s.add(other)
        s.flush()
        other_id = other.id
    shared = run_import(store, admin, other_id, [path])
    assert shared.added == ["junk_jpeg_header.jpg"]
    with store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(ProductImage)) == 2
        assert s.scalar(select(func.count()).select_from(Blob)) == 2  # one web image + one thumbnail


def test_a_stopped_batch_keeps_what_was_saved(store, admin, product_id):
    paths = [images_dir() / n for n in GOOD[:3]]
    seen: list[str] = []
    report = photos.import_photo_files(store.session, admin, product_id, paths,
                                       lambda done, total, name: seen.append(name), lambda: len(seen) >= 2)
    assert report.stopped and report.added == GOOD[:2]
    with store.read_session() as s:
        assert len(photos.list_photos(s, product_id)) == 2


def test_order_main_photo_alt_text_and_delete(store, admin, product_id):
    names = ["hopper_orientation_6.jpg", "pil123rgba.png", "chi.gif"]
    run_import(store, admin, product_id, [images_dir() / n for n in names])
    with store.read_session() as s:
        a, b, c = (r.id for r in photos.list_photos(s, product_id))

    with store.session() as s:
        photos.reorder_photos(s, admin, product_id, [c, a, b])
        photos.set_main_photo(s, admin, b)
        photos.set_alt_text(s, admin, c, "  Камера   спереди ")
    with store.read_session() as s:
        rows = photos.list_photos(s, product_id)
        assert [r.id for r in rows] == [c, a, b]
        assert [r.is_main for r in rows] == [False, False, True]
        assert rows[0].alt_text == "Камера спереди"
        fields = set(s.scalars(select(AuditEntry.field).where(AuditEntry.entity_id == product_id)))
        assert {"photo_order", "main_photo", "photo_alt_text"} <= fields

    with store.session() as s, pytest.raises(ConflictError):
        photos.reorder_photos(s, admin, product_id, [c, a])  # a photo missing from the order
    with store.session() as s, pytest.raises(ValidationError):
        photos.set_alt_text(s, admin, a, "x" * 501)

    with store.read_session() as s:
        b_blobs = {r.image_sha256 for r in photos.list_photos(s, product_id) if r.id == b}
    with store.session() as s:
        photos.delete_photos(s, admin, [b])  # the main photo goes: the first one left takes over
    with store.read_session() as s:
        rows = photos.list_photos(s, product_id)
        assert [(r.id, r.position, r.is_main) for r in rows] == [(c, 0, True), (a, 1, False)]
        assert s.scalar(select(func.count()).select_from(Blob).where(Blob.sha256.in_(b_blobs))) == 0
        assert s.scalar(select(func.count()).select_from(Blob)) == 4
    with store.session() as s:
        photos.delete_photos(s, admin, [c, a])
    with store.read_session() as s:
        assert photos.list_photos(s, product_id) == []
        assert s.scalar(select(func.count()).select_from(Blob)) == 0


def test_a_shared_blob_stays_while_another_product_uses_it(store, admin, product_id):
    path = images_dir() / "pil_sample_cmyk.jpg"
    with store.session() as s:
        other = Product(sku="CAM-2", name="Другая камера", search_text="cam-2")
        s.add(other)
        s.flush()
        other_id = other.id
    run_import(store, admin, product_id, [path])
    run_import(store, admin, other_id, [path])
    with store.read_session() as s:
        mine = photos.list_photos(s, product_id)[0]
    with store.session() as s:
        photos.delete_photos(s, admin, [mine.id])
    with store.read_session() as s:
        assert s.get(Blob, mine.image_sha256) is not None
        assert len(photos.list_photos(s, other_id)) == 1


def test_only_content_editors_may_change_photos(store, admin, product_id):
    with store.session() as s:
        users.create_user(s, admin, "clerk", "clerk-pass-123", {Role.CLERK})
        clerk = auth.authenticate(s, "clerk", "clerk-pass-123")
    with pytest.raises(PermissionDenied):
        run_import(store, clerk, product_id, [images_dir() / "chi.gif"])
    run_import(store, admin, product_id, [images_dir() / "chi.gif"])
    with store.read_session() as s:
        photo_id = photos.list_photos(s, product_id)[0].id
    for change in (lambda s: photos.set_alt_text(s, clerk, photo_id, "x"),
                   lambda s: photos.set_main_photo(s, clerk, photo_id),
                   lambda s: photos.delete_photos(s, clerk, [photo_id])):
        with store.session() as s, pytest.raises(PermissionDenied):
            change(s)
