"""The reports' registry and entry point: permissions, parameters, cancelling and progress,
and for every report: its totals are the sums of its rows and its drill-downs open."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.models import Role
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.reports import REPORTS, ReportCancelled, drill_params, run_report
from backoffice_desktop.exports.report_data import Aggregate, Period, ReportParams, Text

from .test_reports_sales import PERIOD, run
from .test_reports_shop import shop  # noqa: F401 - the module's fixture
from .test_reports_stock import ledger  # noqa: F401 - stock moves for the stock reports

ALL = sorted(REPORTS)


def test_every_report_is_described_in_both_languages_with_valid_defaults():
    assert {"sales_by_period", "sales_by_product", "sales_by_category", "sales_by_brand", "abc_xyz", "stock_valuation",
            "stock_turnover", "dead_stock", "out_of_stock_sellers", "purchases_vs_sales", "returns", "dashboard",
            "product_orders"} <= set(REPORTS)
    for key, spec in REPORTS.items():
        assert spec.key == key
        for text in (spec.title, spec.description, *(o.title for o in spec.options)):
            assert isinstance(text, Text) and text.en and text.ru and text.en != text.ru or text.en in ("ABC", "XYZ")
        for option in spec.options:
            assert option.clean(option.default) == option.default
            assert all(title.en and title.ru for _value, title in option.choices)


def _options(name: str) -> dict:
    """Options that give the small shop rows (a short dead-stock window, a product's orders)."""
    return {"product_orders": {"product_id": 1}, "dead_stock": {"days": 10}}.get(name, {})


@pytest.mark.parametrize("name", ALL)
def test_every_report_adds_up_and_drills_down(ledger, name):
    shop = ledger.shop
    period = Period(date(2025, 4, 1), date(2026, 3, 31))
    result = run(shop, name, period, options=_options(name))
    assert result.name == name and result.currency == "RUB"
    assert result.generated_by == "Админ" and result.generated_at is not None
    assert result.rows, name
    for row in result.rows:
        assert len(row.values) == len(result.columns)
    assert result.totals is not None and len(result.totals) == len(result.columns)
    for index, column in enumerate(result.columns):
        if column.total == Aggregate.SUM:
            assert result.totals[index] == sum((r.values[index] for r in result.rows if r.values[index] is not None),
                                               Decimal(0)), (name, column.key)
    drilled = next((row for row in result.rows if row.drill is not None), None)
    if drilled is not None:
        assert drilled.drill.report in REPORTS
        params = drill_params(result.params, drilled.drill)
        with shop.store.read_session() as s:
            run_report(s, drilled.drill.report, params, shop.actor)


@pytest.mark.parametrize("name", ALL)
def test_every_report_runs_on_an_empty_store(store, admin, name):
    options = {"product_id": 0} if name == "product_orders" else {}
    with store.read_session() as s:
        result = run_report(s, name, ReportParams(Period(date(2026, 1, 1), date(2026, 3, 31)), options=options), admin)
    assert result.totals is not None and all(len(row.values) == len(result.columns) for row in result.rows)


def test_a_clerk_may_not_run_reports(shop):
    clerk = Actor(user_id=99, username="clerk", full_name="", roles=frozenset({Role.CLERK}))
    with shop.store.read_session() as s, pytest.raises(PermissionDenied, match="view reports"):
        run_report(s, "sales_by_product", ReportParams(PERIOD), clerk)


@pytest.mark.parametrize(("name", "params", "message"), [
    ("no_such_report", ReportParams(PERIOD), "Unknown report 'no_such_report'"),
    ("sales_by_product", ReportParams(Period(date(2026, 3, 2), date(2026, 3, 1))), "starts on 02.03.2026 after"),
    ("sales_by_product", ReportParams(PERIOD, options={"colour": "red"}), "has no option 'colour'"),
    ("sales_by_period", ReportParams(PERIOD, options={"grouping": "hour"}), "'hour' is not a valid choice"),
    ("dead_stock", ReportParams(PERIOD, options={"days": "2.5"}), "not a whole number"),
    ("dead_stock", ReportParams(PERIOD, options={"days": 0}), "between 1 and 3650"),
    ("sales_by_product", ReportParams(PERIOD, category_id=987654), "category no longer exists"),
    ("sales_by_product", ReportParams(PERIOD, brand_id=987654), "brand no longer exists"),
])
def test_bad_parameters_are_refused(shop, name, params, message):
    with shop.store.read_session() as s, pytest.raises(ValidationError, match=message):
        run_report(s, name, params, shop.actor)


def test_cancel_stops_the_report_and_progress_reaches_the_end(shop):
    with shop.store.read_session() as s, pytest.raises(ReportCancelled):
        run_report(s, "abc_xyz", ReportParams(Period(date(2025, 4, 1), date(2026, 3, 31))), shop.actor,
                   cancelled=lambda: True)
    polls = []

    def cancel_later() -> bool:
        polls.append(1)
        return len(polls) > 2

    with shop.store.read_session() as s, pytest.raises(ReportCancelled):
        run_report(s, "sales_by_period", ReportParams(PERIOD), shop.actor, cancelled=cancel_later)
    steps: list[tuple[int, int]] = []
    with shop.store.read_session() as s:
        run_report(s, "stock_turnover", ReportParams(PERIOD), shop.actor, progress=lambda d, t: steps.append((d, t)))
    assert steps and steps[-1][0] == steps[-1][1] and steps == sorted(steps)


def test_filters_that_a_report_doesnt_take_are_dropped(shop):
    result = run(shop, "product_orders", category_id=shop.categories["Дом"], options={"product_id": shop.products[0]})
    assert result.params.category_id is None and result.filter_lines[-1].en.startswith("Product: P-000")
