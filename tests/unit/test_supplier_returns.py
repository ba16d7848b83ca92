"""Damaged goods: a photo of the damage, and the return to the supplier one document away.

Every test runs on SQLite and on a real PostgreSQL (the ``store`` fixture).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from io import BytesIO

import pytest
from PIL import Image
from sqlalchemy import func, select

from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.models import AuditEntry, Blob, StockDocument, StockDocumentLine, StockMove
from backoffice_desktop.services import receiving, supplier_returns
from backoffice_desktop.services.stock import MoveRequest, check_levels, post_moves

from .. import conftest
from .test_receiving import KETTLE_EAN, MUG_EAN8, World, average_cost, build_world, level, line_of, post, scan, start


@pytest.fixture
def world(store, admin) -> World:
    return build_world(store, admin)


def damaged_receipt(store, w: World, scrap_kettle: bool = True) -> int:
    """10 mugs (2 broken, to quarantine) and 4 kettles (1 crushed, to scrap), not posted."""
    rid = start(store, w)
    scan(store, w, rid, "10*" + MUG_EAN8, "4*" + KETTLE_EAN)
    mug, kettle = line_of(store, rid, w.mug), line_of(store, rid, w.kettle)
    with store.session() as s:
        receiving.set_line_damage(s, w.clerk, mug.line_id, Decimal(2), "Разбита при перевозке", "quarantine")
        receiving.set_line_damage(s, w.clerk, kettle.line_id, Decimal(1), "Раздавлен",
                                  "scrap" if scrap_kettle else "quarantine")
    return rid


def give_back(store, w: World, receipt_id: int, actor=None) -> str:
    with store.session() as s:
        return supplier_returns.return_damaged_to_supplier(s, actor or w.clerk, receipt_id)


# --- return to supplier ---------------------------------------------------------------------

def test_damaged_units_in_quarantine_go_back_to_the_supplier(store, world):
    w = world
    rid = damaged_receipt(store, w, scrap_kettle=False)
    with store.read_session() as s:
        assert not supplier_returns.supplier_return_status(s, rid).can_return  # a draft
    with pytest.raises(ValidationError, match="draft"):
        give_back(store, w, rid)
    receipt_number = post(store, w, rid)
    assert level(store, w.mug, w.quarantine) == 2 and level(store, w.kettle, w.quarantine) == 1
    mug_cost, kettle_cost = average_cost(store, w.mug), average_cost(store, w.kettle)
    supplier_before = {p: level(store, p, w.supplier_loc) for p in (w.mug, w.kettle)}
    with store.read_session() as s:
        status = supplier_returns.supplier_return_status(s, rid)
    assert status.units == 3 and status.can_return

    number = give_back(store, w, rid)
    assert number.startswith("RS-") and number.endswith("-000001")
    assert level(store, w.mug, w.quarantine) == 0 and level(store, w.kettle, w.quarantine) == 0
    assert level(store, w.mug, w.bin_b) == 8 and level(store, w.kettle, w.bin_a) == 3  # good units stay
    # The supplier location is virtual (no level row): the ledger shows what it got.
    assert {p: level(store, p, w.supplier_loc) for p in (w.mug, w.kettle)} == supplier_before
    assert (average_cost(store, w.mug), average_cost(store, w.kettle)) == (mug_cost, kettle_cost)
    with store.read_session() as s:
        assert check_levels(s) == []
        moves = s.execute(
            select(StockMove.product_id, StockMove.quantity, StockMove.from_location_id, StockMove.to_location_id,
                   StockMove.unit_cost, StockMove.reason)
            .where(StockMove.document_number == number).order_by(StockMove.product_id)
        ).all()
        assert sorted(moves) == sorted([
            (w.kettle, 1, w.quarantine, w.supplier_loc, Decimal("100.00"), "Раздавлен"),
            (w.mug, 2, w.quarantine, w.supplier_loc, Decimal("50.00"), "Разбита при перевозке"),
        ])
        doc = s.scalars(select(StockDocument).where(StockDocument.number == number)).one()
        assert (doc.kind, doc.state, doc.supplier_id) == ("supplier_return", "posted", w.supplier)
        assert receipt_number in doc.notes and doc.reason == f"receipt {receipt_number}"
        assert s.scalar(select(func.count(StockDocumentLine.id)).where(StockDocumentLine.document_id == doc.id)) == 2
        assert s.scalar(select(func.count(AuditEntry.id)).where(AuditEntry.document_number == number)) >= 2
        status = supplier_returns.supplier_return_status(s, rid)
    assert status.returned_number == number and not status.can_return

    with pytest.raises(ValidationError, match="already returned"):
        give_back(store, w, rid)


def test_scrapped_units_are_not_returned_and_nothing_in_quarantine_is_refused(store, world):
    w = world
    rid = start(store, w)
    scan(store, w, rid, "4*" + KETTLE_EAN)
    kettle = line_of(store, rid, w.kettle)
    with store.session() as s:
        receiving.set_line_damage(s, w.clerk, kettle.line_id, Decimal(1), "Раздавлен", "scrap")
    post(store, w, rid)
    with pytest.raises(ValidationError, match="no damaged units into quarantine"):
        give_back(store, w, rid)
    # Only the quarantined mugs of a mixed receipt go back; the scrapped kettle doesn't.
    rid2 = damaged_receipt(store, w)
    post(store, w, rid2)
    number = give_back(store, w, rid2)
    with store.read_session() as s:
        products = s.scalars(select(StockMove.product_id).where(StockMove.document_number == number)).all()
    assert products == [w.mug]


def test_units_no_longer_in_quarantine_are_refused_and_nothing_is_written(store, world):
    w = world
    rid = damaged_receipt(store, w)
    post(store, w, rid)
    with store.session() as s:  # the broken mugs were thrown away meanwhile
        post_moves(s, w.clerk, [MoveRequest(w.mug, Decimal(1), w.quarantine, w.scrap)], "write_off")
    with pytest.raises(ValidationError, match="Only 1 of MG-01"):
        give_back(store, w, rid)
    with store.read_session() as s:
        assert s.scalar(select(func.count(StockDocument.id))) == 0
        assert check_levels(s) == []
    assert level(store, w.mug, w.quarantine) == 1


def test_a_reversed_receipt_and_a_user_without_the_right_are_refused(store, world):
    w = world
    rid = damaged_receipt(store, w)
    post(store, w, rid)
    with pytest.raises(PermissionDenied):
        give_back(store, w, rid, actor=w.content_manager)
    with store.session() as s:
        reversal = receiving.reverse_receipt(s, w.clerk, rid, "Не тот поставщик")
    with pytest.raises(ValidationError, match="reversed"):
        give_back(store, w, rid)
    with store.read_session() as s:
        reversal_id = s.scalar(select(receiving.Receipt.id).where(receiving.Receipt.number == reversal))
    with pytest.raises(ValidationError, match="is a reversal"):
        give_back(store, w, reversal_id)


def test_a_returned_receipt_can_no_longer_be_reversed(store, world):
    w = world
    rid = damaged_receipt(store, w)
    post(store, w, rid)
    give_back(store, w, rid)
    with store.session() as s, pytest.raises(ValidationError, match="Not enough stock"):
        receiving.reverse_receipt(s, w.clerk, rid, "Ошибка")


# --- photos of damage -------------------------------------------------------------------------

def image_bytes(name: str) -> bytes:
    return (conftest.testdata_dir("images") / name).read_bytes()


def store_photo(store, w: World, data: bytes) -> str:
    with store.session() as s:
        return receiving.store_damage_photo(s, w.clerk, data)


def stored(store, sha: str) -> tuple[Blob, Image.Image]:
    with store.read_session() as s:
        blob = s.get(Blob, sha)
        data = blob.data
        s.expunge(blob)
    assert hashlib.sha256(data).hexdigest() == sha and blob.size == len(data)
    image = Image.open(BytesIO(data))
    image.load()
    return blob, image


def test_a_cmyk_photo_is_stored_as_an_rgb_jpeg_and_attached_to_the_damage(store, world):
    w = world
    sha = store_photo(store, w, image_bytes("pil_sample_cmyk.jpg"))
    blob, image = stored(store, sha)
    assert blob.mime_type == "image/jpeg" and image.format == "JPEG" and image.mode == "RGB"
    assert image.size == (100, 100) and not image.getexif() and "icc_profile" not in image.info
    rid = start(store, w)
    scan(store, w, rid, "3*" + MUG_EAN8)
    mug = line_of(store, rid, w.mug)
    with store.session() as s:
        receiving.set_line_damage(s, w.clerk, mug.line_id, Decimal(1), "Скол", "quarantine", photo_sha256=sha)
    assert line_of(store, rid, w.mug).damage_photo_sha256 == sha


def test_the_exif_orientation_is_applied(store, world):
    _blob, image = stored(store, store_photo(store, world, image_bytes("orientation_rectangle.jpg")))
    assert image.size == (1, 2) and not image.getexif()
    _blob, image = stored(store, store_photo(store, world, image_bytes("hopper_orientation_6.jpg")))
    assert image.size == (128, 128) and image.mode == "RGB"


def test_a_big_photo_is_scaled_down_and_other_formats_are_converted(store, world):
    big = BytesIO()
    Image.new("RGB", (4000, 3000), (200, 30, 30)).save(big, "PNG")
    _blob, image = stored(store, store_photo(store, world, big.getvalue()))
    assert image.size == (1600, 1200)
    for name in ("iss634.webp", "i_trns.png", "chi.gif", "pil123rgba.png"):
        _blob, image = stored(store, store_photo(store, world, image_bytes(name)))
        assert image.mode == "RGB", name


@pytest.mark.parametrize(("name", "message"), [
    ("truncated_jpeg.jpg", "damaged or incomplete"),
    ("truncated_image.png", "damaged or incomplete"),
    ("decompression_bomb.gif", "decompression bomb"),
])
def test_damaged_files_and_decompression_bombs_are_refused(store, world, name, message):
    with pytest.raises(ValidationError, match=message):
        store_photo(store, world, image_bytes(name))
    with store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 0
    assert Image.MAX_IMAGE_PIXELS is not None  # the limit was not lifted


def test_a_text_file_or_nothing_is_refused(store, world):
    with pytest.raises(ValidationError, match="not a picture"):
        store_photo(store, world, "Накладная № 15 от 12.03.2026\n".encode())
    with pytest.raises(ValidationError, match="empty"):
        store_photo(store, world, b"")


def test_the_same_photo_twice_is_one_blob(store, world):
    data = image_bytes("pil_sample_cmyk.jpg")
    first = store_photo(store, world, data)
    second = store_photo(store, world, data)
    assert first == second
    with store.read_session() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 1


def test_storing_a_photo_needs_the_right_to_receive(store, world):
    with pytest.raises(PermissionDenied):
        with store.session() as s:
            receiving.store_damage_photo(s, world.content_manager, image_bytes("pil_sample_cmyk.jpg"))
