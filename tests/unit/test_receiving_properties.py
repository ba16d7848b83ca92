"""Property: whatever receipts, reversals, write-offs and transfers are posted, in any
order, the level table equals the ledger's sums, matches a simple model, and never
goes negative unless the settings allow it (SQLite; the rules are the same on PostgreSQL)."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from sqlalchemy import select  # noqa: E402

from backoffice_desktop.db import open_store, sqlite_url  # noqa: E402
from backoffice_desktop.errors import ValidationError  # noqa: E402
from backoffice_desktop.models import LocationKind, Product, StockLevel  # noqa: E402
from backoffice_desktop.services import receiving  # noqa: E402
from backoffice_desktop.services.settings import set_setting  # noqa: E402
from backoffice_desktop.services.stock import MoveRequest, check_levels, post_moves, virtual_location  # noqa: E402

from ..conftest import make_admin  # noqa: E402
from .test_receiving import World, build_world  # noqa: E402

PRODUCTS = ("kettle", "mug", "spoon")
BINS = ("bin_a", "bin_b")


@pytest.fixture(scope="module")
def world_template(sqlite_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, World, object]:
    """A store with the intake world in it, made once and copied for every example."""
    path = tmp_path_factory.mktemp("intake-world") / "world.sqlite3"
    shutil.copy(sqlite_template, path)
    store = open_store(sqlite_url(path))
    try:
        admin = make_admin(store)
        world = build_world(store, admin)
    finally:
        store.close()
    return path, world, admin


quantities = st.integers(min_value=1, max_value=15).map(Decimal)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("receive"), st.sampled_from(PRODUCTS), quantities, st.sampled_from(BINS),
                  st.integers(min_value=0, max_value=900).map(Decimal), st.integers(min_value=0, max_value=3)),
        st.tuples(st.just("reverse"), st.integers(min_value=0, max_value=20)),
        st.tuples(st.just("write_off"), st.sampled_from(PRODUCTS), st.sampled_from(BINS), quantities),
        st.tuples(st.just("transfer"), st.sampled_from(PRODUCTS), st.sampled_from(BINS), quantities),
    ),
    min_size=1,
    max_size=10,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations, allow_negative=st.booleans())
def test_levels_always_equal_the_ledger(world_template, tmp_path_factory, ops, allow_negative):
    template, w, admin = world_template
    path = tmp_path_factory.mktemp("prop") / "store.sqlite3"
    shutil.copy(template, path)
    store = open_store(sqlite_url(path))
    try:
        _run(store, w, admin, ops, allow_negative)
    finally:
        store.close()
        path.unlink(missing_ok=True)


def _run(store, w: World, admin, ops, allow_negative: bool) -> None:
    ids = {name: getattr(w, name) for name in (*PRODUCTS, *BINS, "quarantine")}
    model: dict[tuple[int, int], Decimal] = {}
    posted: list[tuple[int, list[tuple[int, int, Decimal]]]] = []  # receipt id, its (product, location, qty)
    reversed_: set[int] = set()
    with store.session() as s:
        set_setting(s, admin, "stock.allow_negative", allow_negative)
        scrap = virtual_location(s, LocationKind.SCRAP)

    def fits(changes: list[tuple[int, int, Decimal]]) -> bool:
        after = dict(model)
        for key_p, key_l, delta in changes:
            after[(key_p, key_l)] = after.get((key_p, key_l), Decimal(0)) + delta
        return allow_negative or all(after[(p, loc)] >= 0 for p, loc, d in changes if d < 0)

    def apply(changes: list[tuple[int, int, Decimal]]) -> None:
        for p, loc, delta in changes:
            model[(p, loc)] = model.get((p, loc), Decimal(0)) + delta

    for op in ops:
        kind = op[0]
        if kind == "receive":
            _, name, qty, bin_name, cost, damaged = op
            damaged = min(Decimal(damaged), qty)
            pid, bin_id = ids[name], ids[bin_name]
            with store.session() as s:
                rid = receiving.start_receipt(s, w.clerk, w.supplier, w.warehouse)
                line = receiving.add_product(s, w.clerk, rid, pid, qty)
                receiving.set_line_unit_cost(s, w.clerk, line, cost)
                receiving.set_line_bin(s, w.clerk, line, bin_id)
                if damaged:
                    receiving.set_line_damage(s, w.clerk, line, damaged, "Брак", "quarantine")
                version = receiving.receipt_summary(s, rid).version
                receiving.post_receipt(s, w.clerk, rid, version)
            changes = [(pid, bin_id, qty - damaged), (pid, ids["quarantine"], damaged)]
            apply(changes)
            posted.append((rid, changes))
        elif kind == "reverse":
            candidates = [p for p in posted if p[0] not in reversed_]
            if not candidates:
                continue
            rid, changes = candidates[op[1] % len(candidates)]
            back = [(p, loc, -q) for p, loc, q in changes]
            expect_ok = fits(back)
            try:
                with store.session() as s:
                    receiving.reverse_receipt(s, w.clerk, rid, "Ошибка")
                ok = True
            except ValidationError:
                ok = False
            assert ok == expect_ok, (op, model)
            if ok:
                apply(back)
                reversed_.add(rid)
        else:
            _, name, bin_name, qty = op
            pid, from_id = ids[name], ids[bin_name]
            to_id = scrap if kind == "write_off" else ids["bin_b" if bin_name == "bin_a" else "bin_a"]
            changes = [(pid, from_id, -qty)] + ([(pid, to_id, qty)] if kind == "transfer" else [])
            expect_ok = fits(changes)
            try:
                with store.session() as s:
                    post_moves(s, w.clerk, [MoveRequest(pid, qty, from_id, to_id)], kind)
                ok = True
            except ValidationError:
                ok = False
            assert ok == expect_ok, (op, model)
            if ok:
                apply(changes)
        _check(store, model, allow_negative)


def _check(store, model: dict[tuple[int, int], Decimal], allow_negative: bool) -> None:
    with store.read_session() as s:
        assert check_levels(s) == []
        levels = {
            (p, loc): Decimal(q)
            for p, loc, q in s.execute(select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity))
            if q != 0
        }
        assert levels == {k: v for k, v in model.items() if v != 0}
        if not allow_negative:
            assert all(q >= 0 for q in levels.values())
        assert all(c >= 0 for c in s.scalars(select(Product.average_cost)))
