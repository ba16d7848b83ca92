"""Adjustments, write-offs, transfers and stock counts: posted through the ledger, on both back ends."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from backoffice_desktop.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from backoffice_desktop.models import AuditEntry, StockDocument, StockDocumentLine, StockLevel, StockMove
from backoffice_desktop.services import stock_documents as docs
from backoffice_desktop.services.settings import set_setting
from backoffice_desktop.services.stock import MoveRequest, check_levels, post_moves
from backoffice_desktop.services.stock_documents import LineInput
from backoffice_desktop.services.stock_queries import list_stock_documents

from .test_stock_queries import CASE_EAN, KETTLE_BOX, World, build_stock_world


@pytest.fixture
def world(store, admin) -> World:
    w = build_stock_world(store, admin)
    with store.session() as s:
        set_setting(s, admin, "stock.allow_negative", False)
    return w


def _level(store, product_id: int, location_id: int) -> Decimal:
    with store.read_session() as s:
        return s.scalar(select(StockLevel.quantity).where(
            StockLevel.product_id == product_id, StockLevel.location_id == location_id)) or Decimal(0)


def _version(store, document_id: int) -> int:
    with store.read_session() as s:
        return docs.get_document(s, document_id).version


def _moves(store, document_id: int) -> list[tuple[int, Decimal, int, int, str]]:
    with store.read_session() as s:
        return [tuple(r) for r in s.execute(
            select(StockMove.product_id, StockMove.quantity, StockMove.from_location_id, StockMove.to_location_id,
                   StockMove.document_number)
            .where(StockMove.document_id == document_id, StockMove.document_type != "receipt")
            .order_by(StockMove.id))]


def _assert_ledger_agrees(store) -> None:
    with store.read_session() as s:
        assert docs.verify_stock(s) == []
        assert check_levels(s) == []


def test_adjustment_plus_and_minus(store, world):
    w = world
    with store.session() as s:
        doc = docs.create_adjustment(s, w.clerk, reason="Found on the shelf")
        docs.add_line(s, w.clerk, doc, LineInput(w.phone, "2", w.a1))  # the document's reason
        saved = docs.add_line(s, w.clerk, doc, LineInput(w.case, Decimal(-1), w.b1, reason="Broken"))
    with store.session() as s:
        number = docs.post_document(s, w.clerk, doc, saved.version)
    assert number.startswith("AD-") and number.endswith("-000001")
    assert _level(store, w.phone, w.a1) == 8 and _level(store, w.case, w.b1) == 6
    assert _moves(store, doc) == [
        (w.phone, 2, w.inventory, w.a1, number), (w.case, 1, w.b1, w.inventory, number),
    ]
    _assert_ledger_agrees(store)
    with store.read_session() as s:
        view = docs.get_document(s, doc)
        assert (view.number, view.state, view.posted_by) == (number, "posted", "Clerk")
        assert [(line.quantity, line.reason, line.value) for line in view.lines] == [
            (2, "", Decimal("200.00")), (-1, "Broken", Decimal("-10.50"))]
        actions = set(s.execute(select(AuditEntry.action, AuditEntry.document_number).where(
            AuditEntry.entity_type == "stock_document", AuditEntry.entity_id == doc)).all())
        assert ("post", number) in actions and ("create", "") in actions
        listed = list_stock_documents(s, kind="adjustment")
        assert [(d.number, d.state, d.line_count, d.author) for d in listed] == [(number, "posted", 2, "Clerk")]

    # Posted documents are read-only, and a second posting is refused.
    with pytest.raises(ValidationError, match="is posted and can't be changed"), store.session() as s:
        docs.add_line(s, w.clerk, doc, LineInput(w.phone, 1, w.a1, reason="x"))
    with pytest.raises(ConflictError, match="already posted"), store.session() as s:
        docs.post_document(s, w.clerk, doc, saved.version)
    with pytest.raises(ValidationError, match="can't be cancelled"), store.session() as s:
        docs.cancel_document(s, w.clerk, doc)
    assert _level(store, w.phone, w.a1) == 8


def test_adjustment_needs_a_reason_and_a_quantity(store, world):
    w = world
    with store.session() as s:
        doc = docs.create_adjustment(s, w.clerk)
    for bad, message in (
        (LineInput(w.phone, 1, w.a1), "Give a reason"),
        (LineInput(w.phone, 0, w.a1, reason="x"), "other than zero"),
        (LineInput(w.phone, "abc", w.a1, reason="x"), "'abc' is not a quantity"),
        (LineInput(w.phone, "1.5", w.a1, reason="x"), "whole units"),
        (LineInput(w.phone, 1, w.warehouse, reason="x"), "is not a bin"),
        (LineInput(w.phone, 1, w.inventory, reason="x"), "is not a bin"),
    ):
        with pytest.raises(ValidationError, match=message), store.session() as s:
            docs.add_line(s, w.clerk, doc, bad)
    with pytest.raises(NotFound), store.session() as s:
        docs.add_line(s, w.clerk, doc, LineInput(99999, 1, w.a1, reason="x"))
    with store.read_session() as s:
        assert s.scalar(select(func.count(StockDocumentLine.id))) == 0
    # An empty document can't be posted.
    with pytest.raises(ValidationError, match="has no lines"), store.session() as s:
        docs.post_document(s, w.clerk, doc, _version(store, doc))


def test_write_off_to_scrap_with_reasons(store, world):
    w = world
    with store.session() as s:
        doc = docs.create_write_off(s, w.clerk)
    for bad, message in (
        (LineInput(w.kettle, 1, w.a1), "Choose why"),
        (LineInput(w.kettle, 1, w.a1, reason_code="stolen-by-aliens"), "is not a write-off reason"),
        (LineInput(w.kettle, 1, w.a1, reason_code="other"), "Describe why"),
        (LineInput(w.kettle, -1, w.a1, reason_code="damaged"), "more than zero"),
    ):
        with pytest.raises(ValidationError, match=message), store.session() as s:
            docs.add_line(s, w.clerk, doc, bad)
    with store.session() as s:
        line = docs.add_line(s, w.clerk, doc, LineInput(w.kettle, 5, w.a1, reason_code="damaged", reason="Dropped"))
    # More than on hand: refused by the ledger, nothing written, the draft stays.
    with pytest.raises(ValidationError, match="Not enough stock of KT-01 in A-01"), store.session() as s:
        docs.post_document(s, w.clerk, doc, line.version)
    assert _moves(store, doc) == [] and _level(store, w.kettle, w.a1) == 2
    with store.read_session() as s:
        assert docs.get_document(s, doc).number == ""
    with store.session() as s:
        saved = docs.update_line(s, w.clerk, line.line_id,
                                 LineInput(w.kettle, 1, w.a1, reason_code="damaged", reason="Dropped"))
    # A stale view (before the edit) is refused.
    with pytest.raises(ConflictError, match="changed on another workstation"), store.session() as s:
        docs.post_document(s, w.clerk, doc, line.version)
    with store.session() as s:
        number = docs.post_document(s, w.clerk, doc, saved.version)
    assert number.startswith("WO-")
    assert _moves(store, doc) == [(w.kettle, 1, w.a1, w.scrap, number)]
    assert _level(store, w.kettle, w.a1) == 1
    with store.read_session() as s:
        view = docs.get_document(s, doc)
        assert (view.lines[0].reason_code, view.lines[0].reason) == ("damaged", "Dropped")
        assert view.total_value == Decimal("1000.00")
        assert s.scalar(select(StockMove.reason).where(StockMove.document_id == doc,
                                                       StockMove.document_type == "write_off")) == "damaged: Dropped"
    _assert_ledger_agrees(store)


def test_transfer_between_bins(store, world):
    w = world
    with store.session() as s:
        doc = docs.create_transfer(s, w.clerk)
    with pytest.raises(ValidationError, match="two different bins"), store.session() as s:
        docs.add_line(s, w.clerk, doc, LineInput(w.phone, 1, w.a1, w.a1))
    with pytest.raises(ValidationError, match="Choose a bin"), store.session() as s:
        docs.add_line(s, w.clerk, doc, LineInput(w.phone, 1, w.a1, None))
    with store.session() as s:
        first = docs.add_line(s, w.clerk, doc, LineInput(w.phone, 4, w.a1, w.a2))
        docs.add_line(s, w.clerk, doc, LineInput(w.phone, 1, w.quarantine, w.b1))
        removed = docs.add_line(s, w.clerk, doc, LineInput(w.case, 1, w.b1, w.a2))
        version = docs.remove_line(s, w.clerk, removed.line_id)
    assert version > first.version
    with store.session() as s:
        number = docs.post_document(s, w.clerk, doc, version)
    assert number.startswith("TR-")
    assert (_level(store, w.phone, w.a1), _level(store, w.phone, w.a2), _level(store, w.phone, w.b1),
            _level(store, w.phone, w.quarantine)) == (2, 4, 7, 0)
    _assert_ledger_agrees(store)


def test_cancel_a_draft(store, world):
    w = world
    with store.session() as s:
        doc = docs.create_transfer(s, w.clerk)
        saved = docs.add_line(s, w.clerk, doc, LineInput(w.phone, 1, w.a1, w.b1))
    with store.session() as s:
        docs.cancel_document(s, w.clerk, doc)
    with pytest.raises(ValidationError, match="cancelled and can't be posted"), store.session() as s:
        docs.post_document(s, w.clerk, doc, saved.version + 1)
    with store.read_session() as s:
        assert [d.state for d in list_stock_documents(s, state="cancelled")] == ["cancelled"]
    assert _moves(store, doc) == []


def test_permissions(store, world):
    w = world
    with pytest.raises(PermissionDenied), store.session() as s:
        docs.create_adjustment(s, w.content_manager, reason="x")
    with pytest.raises(PermissionDenied), store.session() as s:
        docs.start_count(s, w.content_manager, [w.a1])
    with store.session() as s:
        doc = docs.create_write_off(s, w.clerk)
    with pytest.raises(PermissionDenied), store.session() as s:
        docs.add_line(s, w.content_manager, doc, LineInput(w.phone, 1, w.a1, reason_code="lost"))
    with pytest.raises(PermissionDenied), store.session() as s:
        docs.post_document(s, w.content_manager, doc, _version(store, doc))
    with store.read_session() as s:
        assert s.scalar(select(func.count(StockDocument.id))) == 1


def test_count_typed_and_scanned_with_variance(store, world):
    w = world
    with store.session() as s:
        doc = docs.start_count(s, w.clerk, [w.a1], None, blind=False)
    with store.read_session() as s:
        sheet = docs.count_sheet(s, doc)
    assert [(r.sku, r.location_code, r.expected, r.counted, r.expected_hidden) for r in sheet.rows] == [
        ("KT-01", "A-01", 2, None, False), ("OLD-01", "A-01", 5, None, False),  # inactive, still there
        ("PH-01", "A-01", 6, None, False)]
    with store.session() as s:
        docs.record_count(s, w.clerk, doc, w.old, w.a1, 5)
        entry = docs.record_count(s, w.clerk, doc, w.phone, w.a1, "5")
        assert (entry.counted, entry.new_line) == (5, False)
        scan = docs.count_by_scan(s, w.clerk, doc, w.a1, KETTLE_BOX)  # a box of two
        assert (scan.added, scan.counted) == (2, 2)
        found = docs.count_by_scan(s, w.clerk, doc, w.a1, CASE_EAN, quantity=3)  # wasn't expected in A-01
        assert (found.added, found.counted, found.new_line) == (3, 3, True)
        last = docs.count_by_scan(s, w.clerk, doc, w.a1, " " + CASE_EAN + " ")
        assert last.counted == 4
    with pytest.raises(ValidationError, match="Unknown barcode 0000000000000"), store.session() as s:
        docs.count_by_scan(s, w.clerk, doc, w.a1, "0000000000000")
    with pytest.raises(ValidationError, match="more than zero"), store.session() as s:
        docs.record_count(s, w.clerk, doc, w.phone, w.a1, -1)
    with store.read_session() as s:
        report = docs.count_variance(s, doc)
    by_sku = {line.sku: line for line in report.lines}
    assert (by_sku["PH-01"].expected, by_sku["PH-01"].counted, by_sku["PH-01"].difference,
            by_sku["PH-01"].value) == (6, 5, -1, Decimal("-100.00"))
    assert (by_sku["KT-01"].difference, by_sku["KT-01"].value) == (0, Decimal("0.00"))
    assert (by_sku["CS-01"].expected_at_start, by_sku["CS-01"].difference, by_sku["CS-01"].value) == (
        0, 4, Decimal("42.00"))
    assert (report.surplus_value, report.shortage_value, report.net_value, report.uncounted) == (
        Decimal("42.00"), Decimal("-100.00"), Decimal("-58.00"), 0)
    with store.session() as s:
        number = docs.post_count(s, w.clerk, doc, last.version)
    assert number.startswith("IN-")
    assert (_level(store, w.phone, w.a1), _level(store, w.kettle, w.a1), _level(store, w.case, w.a1)) == (5, 2, 4)
    assert sorted(_moves(store, doc)) == sorted([
        (w.phone, 1, w.a1, w.inventory, number), (w.case, 4, w.inventory, w.a1, number)])
    _assert_ledger_agrees(store)
    with pytest.raises(ValidationError, match="is posted"), store.session() as s:
        docs.record_count(s, w.clerk, doc, w.phone, w.a1, 1)
    with pytest.raises(ConflictError, match="already posted"), store.session() as s:
        docs.post_count(s, w.clerk, doc, last.version)


def test_blind_count_and_uncounted_lines(store, world):
    w = world
    with store.session() as s:
        doc = docs.start_count(s, w.clerk, [w.warehouse], w.kitchen, blind=True)  # kitchen goods only
    with store.read_session() as s:
        sheet = docs.count_sheet(s, doc)
        assert sheet.blind
        assert [(r.sku, r.expected, r.expected_hidden) for r in sheet.rows] == [
            ("KT-01", None, True), ("MG-01", None, True)]
        assert all(line.expected is None for line in docs.get_document(s, doc).lines)
    with store.session() as s:
        entry = docs.count_by_scan(s, w.clerk, doc, w.b1, CASE_EAN)  # found elsewhere: a new line
    with pytest.raises(ValidationError, match="2 of 3 lines of stock count #") as refused, store.session() as s:
        docs.post_count(s, w.clerk, doc, entry.version)
    assert refused.value.params["uncounted"] == 2
    with store.session() as s:
        docs.post_count(s, w.clerk, doc, entry.version, treat_uncounted_as_zero=True)
    # The kettles weren't found (to the inventory location), the mug's −1 is gone, case in B-01: 1 of 7.
    assert (_level(store, w.kettle, w.a1), _level(store, w.mug, w.b1), _level(store, w.case, w.b1)) == (0, 0, 1)
    with store.read_session() as s:
        sheet = docs.count_sheet(s, doc)
        assert [(r.sku, r.expected, r.counted, r.expected_hidden) for r in sheet.rows] == [
            ("KT-01", 2, 0, False), ("CS-01", 7, 1, False), ("MG-01", -1, 0, False)]
        report = docs.count_variance(s, doc)
        assert report.net_value == Decimal("-2013.00")  # −2 × 1000.00 − 6 × 10.50 + 1 × 50.00
    _assert_ledger_agrees(store)


def test_receipts_during_a_count_are_not_lost(store, world):
    w = world
    with store.session() as s:
        doc = docs.start_count(s, w.clerk, [w.a1, w.b1])
        # Phones in A-01 counted before the delivery: 6, as expected.
        docs.record_count(s, w.clerk, doc, w.phone, w.a1, 6)
    with store.session() as s:
        post_moves(s, w.clerk, [MoveRequest(w.phone, Decimal(5), w.supplier, w.a1, Decimal(100)),
                                MoveRequest(w.phone, Decimal(3), w.supplier, w.b1, Decimal(100))], "receipt")
    with store.session() as s:
        # Phones in B-01 counted after it: 6 + 3 arrived, one missing.
        docs.record_count(s, w.clerk, doc, w.phone, w.b1, 8)
        docs.record_count(s, w.clerk, doc, w.kettle, w.a1, 2)
        version = docs.record_count(s, w.clerk, doc, w.case, w.b1, 7).version
    with store.read_session() as s:
        report = {(line.sku, line.location_code): line for line in docs.count_variance(s, doc).lines}
    assert (report[("PH-01", "A-01")].expected_at_start, report[("PH-01", "A-01")].difference) == (6, 0)
    assert (report[("PH-01", "B-01")].expected_at_start, report[("PH-01", "B-01")].expected,
            report[("PH-01", "B-01")].difference) == (6, 9, -1)
    with store.session() as s:
        docs.post_count(s, w.clerk, doc, version, treat_uncounted_as_zero=True)  # the old thing, the mug
    assert _level(store, w.phone, w.a1) == 11  # the 5 received after counting are still there
    assert _level(store, w.phone, w.b1) == 8
    _assert_ledger_agrees(store)


def test_count_input_errors(store, world):
    w = world
    with pytest.raises(ValidationError, match="at least one bin"), store.session() as s:
        docs.start_count(s, w.clerk, [])
    with pytest.raises(ValidationError, match="is not a bin"), store.session() as s:
        docs.start_count(s, w.clerk, [w.scrap])
    with store.session() as s:
        doc = docs.start_count(s, w.clerk, [w.a2])  # an empty bin: nothing expected
        adj = docs.create_adjustment(s, w.clerk, reason="x")
    with pytest.raises(ValidationError, match="has no lines"), store.session() as s:
        docs.post_count(s, w.clerk, doc, _version(store, doc))
    with pytest.raises(ValidationError, match="not a stock count"), store.session() as s:
        docs.record_count(s, w.clerk, adj, w.phone, w.a1, 1)
    with pytest.raises(ValidationError, match="Post a stock count"), store.session() as s:
        docs.post_document(s, w.clerk, doc, _version(store, doc))
    with pytest.raises(ValidationError, match="Scan a barcode"), store.session() as s:
        docs.count_by_scan(s, w.clerk, doc, w.a2, "  ")
    with store.read_session() as s:
        assert docs.count_sheet(s, doc).rows == []
