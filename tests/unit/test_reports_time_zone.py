"""The shop's time zone: changing it moves orders to their new local days at once (the
summary is rebuilt in the same transaction), a bad zone changes nothing, and the
``backoffice reports rebuild`` command."""

from __future__ import annotations

from datetime import date, datetime, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.cli import main
from backoffice_desktop.db import open_store
from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.exports.report_data import Period, ReportParams
from backoffice_desktop.models import AuditEntry, Product, Role, SalesOrder, SalesOrderLine, Setting
from backoffice_desktop.services import users
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.reports import run_report, summary
from backoffice_desktop.services.reports.zones import shop_zone

from ..conftest import make_admin

LATE_EVENING_UTC = datetime(2026, 6, 10, 22, 30, tzinfo=timezone.utc)
DAYS = Period(date(2026, 6, 9), date(2026, 6, 12))


def _order_at(store, moment: datetime) -> None:
    with store.session() as s:
        product = Product(sku="TZ-1", name="Чайник", retail_price=Decimal("1500.00"))
        s.add(product)
        s.flush()
        order = SalesOrder(number="TZ-0001", status="shipped", ordered_at=moment, total=Decimal("3000.00"))
        order.lines.append(SalesOrderLine(product_id=product.id, sku="TZ-1", quantity=Decimal(2),
                                          line_total=Decimal("3000.00"), unit_cost=Decimal("900.00")))
        s.add(order)
        s.flush()
        summary.refresh_orders(s, [order.id])


def _revenue_by_day(store, actor) -> dict[date, Decimal]:
    with store.read_session() as s:
        result = run_report(s, "sales_by_period", ReportParams(DAYS, options={"grouping": "day"}), actor)
    revenue = [c.key for c in result.columns].index("revenue")
    return {row.values[0]: row.values[revenue] for row in result.rows if row.values[revenue]}


def test_a_new_time_zone_moves_a_late_evening_order_to_the_next_local_day(store):
    admin = make_admin(store)
    with store.session() as s:
        assert summary.set_time_zone(s, admin, "UTC") is True
    _order_at(store, LATE_EVENING_UTC)
    assert _revenue_by_day(store, admin) == {date(2026, 6, 10): Decimal("3000.00")}

    with store.session() as s:
        assert summary.set_time_zone(s, admin, " Europe/Moscow ") is True  # 01:30 on the 11th in Moscow
    assert _revenue_by_day(store, admin) == {date(2026, 6, 11): Decimal("3000.00")}
    with store.read_session() as s:
        assert shop_zone(s).key == "Europe/Moscow"
        change = s.scalars(select(AuditEntry).where(AuditEntry.field == "shop.time_zone")
                           .order_by(AuditEntry.id.desc())).first()
        assert (change.old_value, change.new_value) == ("UTC", "Europe/Moscow")

    with store.session() as s:  # the same zone again: nothing to rebuild
        assert summary.set_time_zone(s, admin, "Europe/Moscow") is False


def test_an_unknown_time_zone_changes_nothing(store):
    admin = make_admin(store)
    _order_at(store, LATE_EVENING_UTC)
    for bad in ("Mars/Olympus", "", "europe/moscow"):
        with pytest.raises(ValidationError, match="is not a time zone"), store.session() as s:
            summary.set_time_zone(s, admin, bad)
    with store.read_session() as s:
        assert s.get(Setting, "shop.time_zone") is None
        assert summary.require_current(s).key == "Europe/Moscow"
    assert _revenue_by_day(store, admin) == {date(2026, 6, 11): Decimal("3000.00")}


def test_only_an_administrator_changes_the_time_zone(store):
    admin = make_admin(store)
    with store.session() as s:
        info = users.create_user(s, admin, "boss", "boss-pass-12", {Role.MANAGER}, "Директор")
    manager = Actor(info.id, info.username, info.full_name, info.roles)
    with pytest.raises(PermissionDenied), store.session() as s:
        summary.set_time_zone(s, manager, "UTC")


def test_reports_rebuild_command(tmp_path, capsys):
    db = str(tmp_path / "store.sqlite3")
    assert main(["migrate", "--db", db]) == 0
    store = open_store(db)
    try:
        admin = make_admin(store)
        _order_at(store, LATE_EVENING_UTC)
        with store.session() as s:  # a zone set behind the reports' back: they refuse to run
            s.add(Setting(key="shop.time_zone", value="UTC"))
        with store.read_session() as s, pytest.raises(ValidationError, match="need rebuilding"):
            summary.require_current(s)
    finally:
        store.close()
    capsys.readouterr()

    assert main(["reports", "rebuild", "--db", db]) == 0
    assert "rebuilt in the time zone UTC: 1 order lines counted" in capsys.readouterr().out
    store = open_store(db)
    try:
        assert _revenue_by_day(store, admin) == {date(2026, 6, 10): Decimal("3000.00")}
    finally:
        store.close()

    assert main(["reports", "rebuild", "--time-zone", "Asia/Vladivostok", "--db", db]) == 0
    assert "time zone Asia/Vladivostok" in capsys.readouterr().out
    store = open_store(db)
    try:
        assert _revenue_by_day(store, admin) == {date(2026, 6, 11): Decimal("3000.00")}
    finally:
        store.close()

    assert main(["reports", "rebuild", "--time-zone", "Moscow", "--db", db]) == 2
    assert "'Moscow' is not a time zone" in capsys.readouterr().err
