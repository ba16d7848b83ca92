"""Importing the shop's order export: the report before anything is written, orders keyed
by number (a second import changes nothing, a newer export updates the status), returns
and cancellations, cost of goods from the ledger at the order's time, errors that name
the row and column, the real UCI retailer's file, and the sales report showing it all."""

from __future__ import annotations

import threading
from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.exports.report_data import Period, ReportParams
from backoffice_desktop.models import (
    AuditEntry,
    Location,
    LocationKind,
    OutboxItem,
    Product,
    ProductBarcode,
    ReportSalesLine,
    Role,
    SalesOrder,
    SalesOrderLine,
    SalesOrderStatus,
    StockMove,
)
from backoffice_desktop.services import auth, sales_import, users
from backoffice_desktop.services.reports import run_report
from backoffice_desktop.services.sales_import import SalesField, SalesMapping
from backoffice_desktop.services.stock import ensure_virtual_locations

from .. import conftest

DATA = Path(__file__).resolve().parent.parent / "data" / "sales"
WOO = DATA / "woocommerce_orders.xlsx"
BITRIX = DATA / "bitrix_orders_cp1251.csv"
UTC = timezone.utc


def _move(s, product_id, qty, src, dst, cost, at):
    s.add(StockMove(product_id=product_id, quantity=Decimal(qty), from_location_id=src, to_location_id=dst,
                    unit_cost=Decimal(cost), document_type="receipt", created_at=at))


@pytest.fixture
def shop(store, admin):
    """Four products; TV-55 received at 30 000 in February and at 36 000 on 3 March
    (00:00 UTC), 5 sold in between; KT-01 at 1 200 in January."""
    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value)
        s.add(bin_)
        s.flush()
        ids = {}
        for sku, name, code, cost in [
            ("TV-55", "Телевизор Samsung 55\" QLED", "4601234567893", "33600"),
            ("KT-01", "Чайник электрический Bosch, 1,7 л", "4607654321098", "1200"),
            ("PH-13", "Смартфон Xiaomi Redmi Note 13", "4600000000013", "0"),
            ("ЁЖ-7", "Ёлочная гирлянда ЁЛКА, 10 м", "4600000000075", "450"),
        ]:
            p = Product(sku=sku, name=name, average_cost=Decimal(cost))
            p.barcodes.append(ProductBarcode(barcode=code))
            s.add(p)
            s.flush()
            ids[sku] = p.id
        supplier, customer = virtual[LocationKind.SUPPLIER], virtual[LocationKind.CUSTOMER]
        _move(s, ids["TV-55"], 10, supplier, bin_.id, "30000", datetime(2026, 2, 1, tzinfo=UTC))
        _move(s, ids["TV-55"], 5, bin_.id, customer, "30000", datetime(2026, 2, 20, tzinfo=UTC))
        _move(s, ids["TV-55"], 10, supplier, bin_.id, "36000", datetime(2026, 3, 3, tzinfo=UTC))
        _move(s, ids["KT-01"], 20, supplier, bin_.id, "1200", datetime(2026, 1, 10, tzinfo=UTC))
    return ids


def analyse(store, path, source="website", mapping=None):
    with store.read_session() as s:
        return sales_import.analyse_sales(s, source, path, mapping)


def apply(store, actor, report, **kwargs):
    with store.session() as s:
        return sales_import.apply_sales(s, actor, report, **kwargs)


def orders(store, source="website"):
    with store.read_session() as s:
        rows = s.execute(select(SalesOrder).where(SalesOrder.source == source).order_by(SalesOrder.number)).scalars()
        return {o.number: (o.status, o.total, [(ln.sku, ln.quantity, ln.line_total, ln.unit_cost, ln.return_reason)
                                               for ln in o.lines]) for o in rows}


def sales_by_period(store, actor, first, last):
    with store.read_session() as s:
        return run_report(s, "sales_by_period", ReportParams(Period(first, last)), actor)


def test_the_report_comes_first_and_writes_nothing(store, admin, shop):
    report = analyse(store, WOO)
    assert report.file == "woocommerce_orders.xlsx" and report.errors == ()
    assert report.tables[0].columns[SalesField.TOTAL] == "L"  # "Line Total", not "Order Total"
    assert [p.order.number for p in report.new] == ["1001", "1002", "1003", "1004", "1005"]
    assert [(s.row, str(s.reason)) for s in report.skipped] == [(9, "no order number (a total or a note)")]
    assert [(u.sku, u.lines, u.first_row) for u in report.unknown] == [("GIFT-BOX", 1, 7)]
    first = report.new[0].order
    assert first.ordered_at == datetime(2026, 3, 2, 7, 15, tzinfo=UTC)  # 10:15 in Moscow
    assert [line.line_total for line in first.lines] == [Decimal("54990.00"), Decimal("4482.00")]
    assert report.revenue == Decimal("54990") + Decimal("4482") + Decimal("19990") + Decimal("990")
    with store.read_session() as s:
        assert s.scalar(select(func.count(SalesOrder.id))) == 0


def test_import_is_idempotent_and_costs_come_from_the_ledger(store, admin, shop):
    result = apply(store, admin, analyse(store, WOO))
    assert (result.created, result.updated, result.unchanged) == (5, 0, 0)
    stored = orders(store)
    assert stored["1001"][0] == "completed" and stored["1001"][1] == Decimal("59472.00")
    # TV-55 on 2 March: 5 left at 30 000 (the 36 000 receipt came on 3 March).
    assert stored["1001"][2] == [("TV-55", Decimal("1.000"), Decimal("54990.00"), Decimal("30000.0000"), ""),
                                 ("KT-01", Decimal("2.000"), Decimal("4482.00"), Decimal("1200.0000"), "")]
    assert stored["1002"][2][0][3] is None  # processing: not shipped, no cost yet
    assert stored["1005"][2] == [("GIFT-BOX", Decimal("1.000"), Decimal("300.00"), None, ""),
                                 ("ЁЖ-7", Decimal("1.000"), Decimal("690.00"), Decimal("450.0000"), "")]
    with store.read_session() as s:
        facts = s.scalar(select(func.count(ReportSalesLine.line_id)))
        assert s.scalar(select(func.count(OutboxItem.product_id))) == 1  # PH-13 reserved by order 1002
        mapping = sales_import.saved_mapping(s, "website")
    assert mapping is not None and mapping.captions[SalesField.ORDER] == "Order Number"

    again = analyse(store, WOO)
    assert len(again.unchanged) == 5 and not again.new and not again.updated
    second = apply(store, admin, again)
    assert (second.created, second.updated, second.unchanged) == (0, 0, 5)
    assert orders(store) == stored
    with store.read_session() as s:
        assert s.scalar(select(func.count(ReportSalesLine.line_id))) == facts
        assert s.scalar(select(func.count(SalesOrderLine.id))) == 7


def test_a_newer_export_updates_the_status_and_the_figures(store, admin, shop, tmp_path):
    from openpyxl import load_workbook

    apply(store, admin, analyse(store, WOO))
    before = sales_by_period(store, admin, date(2026, 3, 1), date(2026, 3, 31))
    wb = load_workbook(WOO)
    ws = wb.active
    ws["C2"] = ws["C3"] = "Cancelled"  # order 1001 cancelled after all
    ws["C4"] = "Completed"  # order 1002 delivered
    newer = tmp_path / "orders-newer.xlsx"
    wb.save(newer)
    report = analyse(store, newer)
    assert [(p.order.number, p.old_status, p.order.status.value) for p in report.updated] == [
        ("1001", "completed", "cancelled"), ("1002", "processing", "completed")]
    assert len(report.unchanged) == 3
    apply(store, admin, report)
    stored = orders(store)
    assert stored["1001"][0] == "cancelled"
    assert stored["1002"][0] == "completed" and stored["1002"][2][0][3] is None  # PH-13 never had a cost
    after = sales_by_period(store, admin, date(2026, 3, 1), date(2026, 3, 31))
    revenue = [c.key for c in after.columns].index("revenue")
    assert before.totals[revenue] - after.totals[revenue] == Decimal("54990.00") + Decimal("4482.00")
    with store.read_session() as s:
        changes = s.execute(select(AuditEntry.old_value, AuditEntry.new_value)
                            .where(AuditEntry.entity_type == "sales_order")).all()
    assert len(changes) == 2


def test_returns_and_cancellations_from_a_russian_csv(store, admin, shop):
    report = analyse(store, BITRIX)
    assert report.errors == () and report.unknown == ()
    assert report.tables[0].header_row == 3
    assert report.count(SalesOrderStatus.CANCELLED) == 1
    assert report.count(SalesOrderStatus.RETURNED) == 1 and report.return_lines == 1
    apply(store, admin, report)
    stored = orders(store)
    assert stored["Б-2001"][2][2] == ("KT-01", Decimal("-1.000"), Decimal("-2490.00"), Decimal("1200.0000"),
                                      "Не подошёл цвет")
    assert stored["Б-2002"][2][0][0] == "4600000000075"  # found by barcode alone
    assert stored["Б-2003"][0] == "cancelled" and stored["Б-2004"][0] == "returned"
    assert stored["Б-2004"][2][0][4] == "Брак: не включается"
    result = sales_by_period(store, admin, date(2026, 3, 1), date(2026, 3, 31))
    columns = [c.key for c in result.columns]
    # Б-2001: 52 990 + 7 470 − 2 490; Б-2002 (in processing) 1 980; cancelled and returned count nothing.
    assert result.totals[columns.index("revenue")] == Decimal("59950.00")
    with store.read_session() as s:
        returns = run_report(s, "returns", ReportParams(Period(date(2026, 3, 1), date(2026, 3, 31))), admin)
    reasons = {str(v) for row in returns.rows for v in row.values}
    assert "Не подошёл цвет" in reasons and "Брак: не включается" in reasons


def test_bad_cells_are_named_by_row_and_column_and_nothing_is_written(store, admin, shop, tmp_path):
    bad = tmp_path / "orders.csv"
    bad.write_text(
        "Номер заказа;Дата;Статус;Артикул;Количество;Цена;Сумма\n"
        "A-1;31.02.2026 10:00;Выполнен;TV-55;1;54 990,00;54 990,00\n"
        "A-2;01.03.2026 10:00;Выполнен;KT-01;два;2 490,00;\n"
        "A-3;01.03.2026 11:00;Потерян;KT-01;1;2 490,00;2 490,00\n"
        "A-4;01.03.2026 12:00;Выполнен;KT-01;2;2 490,00;9 999,00\n"
        "A-5;01.03.2026 13:00;Выполнен;KT-01;1;abc;\n"
        "A-6;01.03.2026 14:00;Выполнен;NO-SUCH;1;100;100\n",
        encoding="utf-8")
    report = analyse(store, bad)
    found = [(e.row, e.column, e.value) for e in report.errors]
    assert found == [(2, "B", "31.02.2026 10:00"), (3, "E", "два"), (4, "C", "Потерян"), (5, "G", "9 999,00"),
                     (6, "F", "abc")]
    assert "Expected a date" in str(report.errors[0].problem)
    assert "Unknown order status" in str(report.errors[2].problem)
    assert "quantity × price − discount = 4980.00" in str(report.errors[3].problem)
    assert report.errors[0].text.startswith("orders.csv, sheet 'orders', row 2, column B, '31.02.2026 10:00'")
    assert report.error_orders == {"A-1", "A-2", "A-3", "A-4", "A-5"}
    assert [u.sku for u in report.unknown] == ["NO-SUCH"]
    with pytest.raises(ValidationError, match="5 rows with errors"):
        apply(store, admin, report)
    assert orders(store) == {}
    result = apply(store, admin, report, skip_error_orders=True)
    assert (result.created, result.left_out) == (1, 5) and list(orders(store)) == ["A-6"]


def test_lines_of_one_order_must_agree_and_repeats_are_skipped(store, admin, shop, tmp_path):
    path = tmp_path / "orders.csv"
    path.write_text(
        "Order,Date,Status,SKU,Qty,Price\n"
        "7,2026-03-01 10:00,completed,TV-55,1,100\n"
        "7,2026-03-01 10:00,completed,TV-55,1,100\n"
        "7,2026-03-02 10:00,completed,KT-01,1,100\n"
        "7,2026-03-01 10:00,cancelled,KT-01,1,100\n"
        "8,3/13/2026 2:30 PM,pending,KT-01,1,100\n",
        encoding="utf-8")
    report = analyse(store, path)
    assert [(e.row, e.column) for e in report.errors] == [(4, "B"), (5, "C")]
    assert "Order 7 is dated" in str(report.errors[0].problem)
    assert [(s.row, str(s.reason)) for s in report.skipped] == [(3, "repeats an earlier line of the same order")]
    assert report.day_first is False  # 3/13/2026 only reads month first
    order = next(p.order for p in report.orders if p.order.number == "8")
    assert order.ordered_at == datetime(2026, 3, 13, 11, 30, tzinfo=UTC) and order.status.value == "new"


def test_a_hand_made_mapping_and_another_source(store, admin, shop, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("x;y;z;w;v\nK-1;05.03.2026;KT-01;3;7470\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="No header row found"):
        analyse(store, path)
    mapping = SalesMapping(columns={SalesField.ORDER: "A", SalesField.DATE: "B", SalesField.SKU: "C",
                                    SalesField.QUANTITY: "D", SalesField.TOTAL: "E"}, header_row=1)
    report = analyse(store, path, source="Marketplace", mapping=mapping)
    assert report.errors == ()
    assert report.new[0].order.lines[0].unit_price == Decimal("2490.00")
    apply(store, admin, report)
    assert orders(store, "Marketplace")["K-1"][0] == "completed"  # no status column: a finished sale
    with store.read_session() as s:
        assert sales_import.known_sources(s) == ["website", "Marketplace"]
        assert sales_import.saved_mapping(s, "Marketplace").columns[SalesField.TOTAL] == "E"
    assert analyse(store, path, source="Marketplace").unchanged  # the saved columns are used again
    with pytest.raises(ValidationError, match="Choose the column that holds the order date"):
        SalesMapping(columns={SalesField.ORDER: "A", SalesField.SKU: "C", SalesField.QUANTITY: "D",
                              SalesField.TOTAL: "E"})


def test_only_those_allowed_may_import(store, admin, shop):
    with store.session() as s:
        users.create_user(s, admin, "clerk", "clerk-pass-123", {Role.CLERK})
        users.create_user(s, admin, "boss", "boss-pass-123", {Role.MANAGER})
    with store.session() as s:
        clerk = auth.authenticate(s, "clerk", "clerk-pass-123")
        boss = auth.authenticate(s, "boss", "boss-pass-123")
    report = analyse(store, WOO)
    with pytest.raises(PermissionDenied):
        apply(store, clerk, report)
    assert apply(store, boss, report).created == 5


def test_the_real_retailers_file(store, admin):
    path = conftest.testdata_dir("sales") / "uci_online_retail_first_1700_rows_ddmmyy.csv"
    with store.session() as s:
        for sku in ("85123A", "71053", "22633", "21730"):
            s.add(Product(sku=sku, name=sku, average_cost=Decimal("1.10")))
    report = analyse(store, path)
    assert report.errors == ()
    assert report.tables[0].header_row == 1 and report.day_first is True
    assert report.lines_read + len(report.skipped) == 1694
    assert all(str(s.reason) == "repeats an earlier line of the same order" for s in report.skipped)
    numbers = {p.order.number for p in report.orders}
    assert "536365" in numbers and "C536379" in numbers
    first = next(p.order for p in report.orders if p.order.number == "536365")
    assert first.ordered_at == datetime(2010, 12, 1, 5, 26, tzinfo=UTC)  # 01-12-10 8:26 in Moscow
    assert first.customer_name == "17850" and len(first.lines) == 7
    credit = next(p.order for p in report.orders if p.order.number == "C536379")
    assert [(line.sku, line.quantity, line.line_total) for line in credit.lines] == [
        ("D", Decimal(-1), Decimal("-27.50"))]
    assert {u.sku for u in report.unknown} >= {"POST", "D"}
    result = apply(store, admin, report)
    assert result.created == len(report.orders)
    with store.read_session() as s:
        stored = s.scalar(select(func.sum(SalesOrderLine.line_total)))
        linked = s.scalar(select(func.count(SalesOrderLine.id)).where(SalesOrderLine.product_id.is_not(None)))
    assert stored == sum(line.line_total for p in report.orders for line in p.order.lines)
    assert linked == sum(1 for p in report.orders for line in p.order.lines if line.product_id)
    day = sales_by_period(store, admin, date(2010, 12, 1), date(2010, 12, 1))
    revenue = [c.key for c in day.columns].index("revenue")
    assert day.totals[revenue] == stored
    assert apply(store, admin, analyse(store, path)).unchanged == len(report.orders)


def test_two_imports_at_once_write_each_order_once(store, admin, shop):
    if store.is_sqlite:
        pytest.skip("SQLite has one writer at a time anyway")
    report = analyse(store, WOO)
    results = []
    with store.session() as first:
        results.append(sales_import.apply_sales(first, admin, report))
        second = threading.Thread(target=lambda: results.append(apply(store, admin, report)))
        second.start()
        second.join(0.5)
        assert second.is_alive()  # waits for the first import's transaction
    second.join(20)
    assert [(r.created, r.unchanged) for r in results] == [(5, 0), (0, 5)]
    assert len(orders(store)) == 5
