"""The dead stock report's actions on its selection: mark the price down, stop
reordering, start a return to the supplier (a draft the warehouse posts). Every test
runs on SQLite and on a real PostgreSQL (the ``store`` fixture)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.errors import ConflictError, PermissionDenied, ValidationError
from backoffice_desktop.exports.report_data import Period, ReportParams
from backoffice_desktop.models import AuditEntry, OutboxItem, Product, Role, StockDocument, StockMove
from backoffice_desktop.services import catalog, dead_stock, stock_documents, supplier_returns, users
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.reports import run_report

from .test_receiving import KETTLE_EAN, MUG_EAN8, World, build_world, level, post, scan, start


def _actor(store, admin: Actor, username: str, role: Role) -> Actor:
    with store.session() as s:
        info = users.create_user(s, admin, username, "pass-word-12", {role}, username.title())
    return Actor(info.id, info.username, info.full_name, info.roles)


@pytest.fixture
def world(store, admin) -> World:
    """10 mugs in B-01 and 4 kettles in A-01 from the supplier, never sold; shoes and
    spoons never received."""
    w = build_world(store, admin)
    rid = start(store, w)
    scan(store, w, rid, "10*" + MUG_EAN8, "4*" + KETTLE_EAN)
    post(store, w, rid)
    return w


@pytest.fixture
def manager(store, admin) -> Actor:
    return _actor(store, admin, "boss", Role.MANAGER)


def prices(store, *ids: int) -> list[Decimal]:
    with store.read_session() as s:
        return [s.get(Product, pid).retail_price for pid in ids]


def test_the_dead_stock_report_names_the_product_of_each_row(store, world, manager):
    today = date.today()
    with store.read_session() as s:
        result = run_report(s, "dead_stock", ReportParams(Period(today - timedelta(days=30), today),
                                                          options={"days": 30}), manager)
    assert {row.values[0]: row.product_id for row in result.rows} == {"KT-01": world.kettle, "MG-01": world.mug}


def test_a_markdown_by_percent_is_rounded_audited_and_sent_to_the_shop(store, world, manager):
    w = world
    with store.read_session() as s:
        plan = dead_stock.plan_markdown(s, [w.mug, w.kettle], "15", Decimal(10))
    # 2490 × 0.85 = 2116.50 → 2120; 390 × 0.85 = 331.50 → 330
    assert [(ln.sku, ln.old_price, ln.new_price) for ln in plan] == [
        ("KT-01", Decimal("2490.00"), Decimal("2120.00")), ("MG-01", Decimal("390.00"), Decimal("330.00"))]
    assert prices(store, w.kettle, w.mug) == [Decimal("2490.00"), Decimal("390.00")]  # a plan writes nothing

    with store.session() as s:
        assert dead_stock.apply_markdown(s, manager, plan) == 2
    assert prices(store, w.kettle, w.mug) == [Decimal("2120.00"), Decimal("330.00")]
    with store.read_session() as s:
        audited = set(s.execute(select(AuditEntry.entity_id, AuditEntry.old_value, AuditEntry.new_value, AuditEntry.user_id)
                                .where(AuditEntry.field == "retail_price")))
        assert audited == {(w.kettle, "2490.00", "2120.00", manager.user_id), (w.mug, "390.00", "330.00", manager.user_id)}
        assert set(s.scalars(select(OutboxItem.product_id))) >= {w.kettle, w.mug}


def test_markdown_rounding_and_bad_input(store, world):
    assert dead_stock.marked_down(Decimal("999.99"), Decimal("33.3"), Decimal("0.01")) == Decimal("666.99")  # 666.99333
    assert dead_stock.marked_down(Decimal("99.00"), Decimal("10"), Decimal(1)) == Decimal("89.00")
    assert dead_stock.marked_down(Decimal("40.00"), Decimal("90"), Decimal(100)) == Decimal("40.00")  # unchanged
    assert dead_stock.marked_down(Decimal("4.00"), Decimal("90"), Decimal(1)) == Decimal("1.00")  # never free
    with store.read_session() as s:
        for bad in ("0", "100", "-5", "пять"):
            with pytest.raises(ValidationError):
                dead_stock.plan_markdown(s, [world.mug], bad, Decimal(1))
        with pytest.raises(ValidationError, match="rounded to"):
            dead_stock.plan_markdown(s, [world.mug], "10", Decimal(5))
        with pytest.raises(ValidationError, match="Select the goods"):
            dead_stock.plan_markdown(s, [], "10", Decimal(1))


def test_a_markdown_is_all_or_nothing_and_only_for_price_editors(store, world, manager):
    w = world
    with store.read_session() as s:
        plan = dead_stock.plan_markdown(s, [w.mug, w.kettle], "50", Decimal("0.01"))
    with pytest.raises(PermissionDenied), store.session() as s:
        dead_stock.apply_markdown(s, w.clerk, plan)
    with store.session() as s:  # someone changes the mug's price after the preview
        mug = s.get(Product, w.mug)
        catalog.set_retail_price(s, manager, w.mug, Decimal("370.00"), mug.version)
    with pytest.raises(ConflictError, match="MG-01 was changed"), store.session() as s:
        dead_stock.apply_markdown(s, manager, plan)
    assert prices(store, w.kettle, w.mug) == [Decimal("2490.00"), Decimal("370.00")]  # the kettle too is untouched


def test_stop_reordering_is_audited_and_a_purchasing_decision(store, world, manager):
    w = world
    with pytest.raises(PermissionDenied), store.session() as s:
        dead_stock.stop_reordering(s, w.clerk, [w.mug])
    with store.session() as s:
        assert dead_stock.stop_reordering(s, manager, [w.mug, w.kettle]) == 2
    with store.session() as s:
        assert dead_stock.stop_reordering(s, manager, [w.mug]) == 0  # already stopped
    with store.read_session() as s:
        assert [s.get(Product, pid).reorder_enabled for pid in (w.mug, w.kettle, w.spoon)] == [False, False, True]
        assert s.scalar(select(AuditEntry.new_value).where(AuditEntry.field == "reorder_enabled",
                                                           AuditEntry.entity_id == w.mug)) == "False"


def test_a_return_to_the_supplier_is_started_as_a_draft_and_posted_by_the_warehouse(store, world, manager):
    w = world
    with store.read_session() as s:
        plan = supplier_returns.plan_unsold_returns(s, [w.mug, w.kettle, w.shoes, w.spoon])
    assert plan.no_supplier == ("SP-01",) and plan.nothing_on_hand == ("SH-01",)
    [planned] = plan.returns
    assert planned.supplier_id == w.supplier and not planned.takes_unsold
    assert [(ln.sku, ln.location_code, ln.quantity) for ln in planned.lines] == [
        ("KT-01", "A-01", Decimal(4)), ("MG-01", "B-01", Decimal(10))]
    assert planned.value == Decimal(4 * 100 + 10 * 50)

    with pytest.raises(PermissionDenied), store.session() as s:
        supplier_returns.start_unsold_returns(s, w.content_manager, [w.mug])
    with pytest.raises(ValidationError, match="None of the selected goods"), store.session() as s:
        supplier_returns.start_unsold_returns(s, manager, [w.shoes, w.spoon])
    with store.session() as s:
        [doc_id] = supplier_returns.start_unsold_returns(s, manager, [w.mug, w.kettle, w.shoes])
    assert level(store, w.mug, w.bin_b) == 10  # a draft moves nothing yet
    with store.read_session() as s:
        draft = stock_documents.get_document(s, doc_id)
        assert (draft.kind, draft.state, draft.number) == ("supplier_return", "draft", "")
        assert [(ln.sku, ln.location_code, ln.to_location_code, ln.quantity) for ln in draft.lines] == [
            ("KT-01", "A-01", "VIRT-SUPPLIER", Decimal(4)), ("MG-01", "B-01", "VIRT-SUPPLIER", Decimal(10))]
        assert s.get(StockDocument, doc_id).supplier_id == w.supplier

    with store.session() as s:  # the warehouse finds only 8 mugs to send
        mug_line = next(ln for ln in draft.lines if ln.sku == "MG-01")
        stock_documents.update_line(s, w.clerk, mug_line.id, stock_documents.LineInput(w.mug, "8", w.bin_b))
    with store.session() as s:
        version = s.get(StockDocument, doc_id).version
        number = stock_documents.post_document(s, w.clerk, doc_id, version)
    assert number.startswith("RS-")
    assert level(store, w.mug, w.bin_b) == 2 and level(store, w.kettle, w.bin_a) == 0
    with store.read_session() as s:
        moved = set(s.execute(select(StockMove.product_id, StockMove.quantity, StockMove.to_location_id)
                              .where(StockMove.document_number == number)))
    assert moved == {(w.mug, Decimal(8), w.supplier_loc), (w.kettle, Decimal(4), w.supplier_loc)}
