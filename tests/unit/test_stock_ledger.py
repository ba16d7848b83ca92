"""The stock ledger: moves with both ends, levels in step, no lost updates, gap-free numbers."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.db import open_store
from backoffice_desktop.errors import ValidationError
from backoffice_desktop.models import Location, LocationKind, OutboxItem, Product, StockLevel, StockMove
from backoffice_desktop.services import sequences
from backoffice_desktop.services.settings import set_setting
from backoffice_desktop.services.stock import (
    MoveRequest,
    check_levels,
    ensure_virtual_locations,
    on_hand,
    post_moves,
)


@pytest.fixture
def setup(store):
    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        wh = Location(code="WH1", name="Склад", kind=LocationKind.WAREHOUSE.value)
        s.add(wh)
        s.flush()
        bin_a = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value, parent_id=wh.id)
        bin_b = Location(code="B-01", name="B-01", kind=LocationKind.BIN.value, parent_id=wh.id)
        product = Product(sku="KT-01", name="Чайник", retail_price=Decimal("2490.00"))
        s.add_all([bin_a, bin_b, product])
        s.flush()
        return {"supplier": virtual[LocationKind.SUPPLIER], "customer": virtual[LocationKind.CUSTOMER],
                "scrap": virtual[LocationKind.SCRAP], "a": bin_a.id, "b": bin_b.id, "product": product.id}


def test_receipt_transfer_sale_keep_levels_equal_to_the_ledger(store, setup):
    ids = setup
    with store.session() as s:
        post_moves(s, None, [MoveRequest(ids["product"], Decimal(10), ids["supplier"], ids["a"], Decimal("1000"))], "receipt")
        post_moves(s, None, [MoveRequest(ids["product"], Decimal(4), ids["a"], ids["b"])], "transfer")
        post_moves(s, None, [MoveRequest(ids["product"], Decimal("1.5"), ids["b"], ids["customer"])], "sale")
    with store.session() as s:
        assert on_hand(s, ids["product"]) == Decimal("8.5")
        levels = dict(s.execute(select(StockLevel.location_id, StockLevel.quantity)).all())
        assert levels == {ids["a"]: Decimal(6), ids["b"]: Decimal("2.5")}
        assert check_levels(s) == []
        assert s.scalar(select(OutboxItem.product_id)) == ids["product"]


def test_negative_stock_is_refused_and_nothing_is_written(store, setup):
    ids = setup
    with pytest.raises(ValidationError, match="Not enough stock of KT-01 in A-01"), store.session() as s:
        post_moves(s, None, [MoveRequest(ids["product"], Decimal(1), ids["a"], ids["scrap"])], "write_off")
    with store.read_session() as s:
        assert s.scalar(select(StockMove.id)) is None
        assert s.scalar(select(StockLevel.quantity)) is None


def test_negative_stock_allowed_by_setting(store, setup, admin):
    ids = setup
    with store.session() as s:
        set_setting(s, admin, "stock.allow_negative", True)
        post_moves(s, admin, [MoveRequest(ids["product"], Decimal(2), ids["a"], ids["customer"])], "sale")
    with store.read_session() as s:
        assert on_hand(s, ids["product"]) == Decimal(-2)


def test_levels_out_of_step_are_found_and_fixed(store, setup):
    ids = setup
    with store.session() as s:
        post_moves(s, None, [MoveRequest(ids["product"], Decimal(5), ids["supplier"], ids["a"])], "receipt")
        level = s.get(StockLevel, (ids["product"], ids["a"]))
        level.quantity = Decimal(7)  # somebody edited the table by hand
    with store.session() as s:
        found = check_levels(s, fix=True)
        assert [(d.level, d.ledger) for d in found] == [(Decimal(7), Decimal(5))]
    with store.read_session() as s:
        assert check_levels(s) == []


def test_invalid_moves_are_refused(store, setup):
    ids = setup
    for bad in (
        MoveRequest(ids["product"], Decimal(0), ids["supplier"], ids["a"]),
        MoveRequest(ids["product"], Decimal(1), ids["a"], ids["a"]),
    ):
        with pytest.raises(ValidationError), store.session() as s:
            post_moves(s, None, [bad], "receipt")


def test_concurrent_receipts_add_up(store_url, setup):
    """Two clerks post receipts of the same product at once: the result is the sum."""
    ids = setup
    stores = [open_store(store_url) for _ in range(4)]
    barrier = threading.Barrier(len(stores))
    errors: list[BaseException] = []

    def clerk(store):
        try:
            barrier.wait()
            for _ in range(10):
                with store.session() as s:
                    sequences.next_number(s, "receipt", 2026)
                    post_moves(s, None, [MoveRequest(ids["product"], Decimal(1), ids["supplier"], ids["a"])], "receipt")
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=clerk, args=(st,)) for st in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for st in stores:
        st.close()
    assert errors == []
    with open_store(store_url).read_session() as s:
        assert on_hand(s, ids["product"]) == Decimal(40)
        assert check_levels(s) == []
        assert sequences.peek_last(s, "receipt", 2026) == 40


def test_numbers_are_gap_free_when_a_transaction_rolls_back(store):
    with store.session() as s:
        assert sequences.next_number(s, "receipt", 2026) == "RC-2026-000001"
    with pytest.raises(RuntimeError), store.session() as s:
        sequences.next_number(s, "receipt", 2026)
        raise RuntimeError("posting failed")
    with store.session() as s:
        assert sequences.next_number(s, "receipt", 2026) == "RC-2026-000002"
        assert sequences.next_number(s, "purchase_order", 2026) == "PO-2026-000001"
