"""The order export reader's cell rules, without a database: dates with times as shops
write them, refunds as negative amounts, quantities, status words, header captions."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.exports import order_export_reader as reader
from backoffice_desktop.exports.order_export_reader import SalesField
from backoffice_desktop.models import SalesOrderStatus


@pytest.mark.parametrize(("text", "day_first", "expected"), [
    ("05.03.2026 14:30", True, datetime(2026, 3, 5, 14, 30)),
    ("2026-03-05 14:30:59", True, datetime(2026, 3, 5, 14, 30, 59)),
    ("01-12-10 8:26", True, datetime(2010, 12, 1, 8, 26)),
    ("3/13/2026 2:30 PM", False, datetime(2026, 3, 13, 14, 30)),
    ("12/1/2026 12:05 am", False, datetime(2026, 12, 1, 0, 5)),
    ("5.3.2026", True, datetime(2026, 3, 5)),
    ("2026-03-05T14:30:00+03:00", True, datetime(2026, 3, 5, 14, 30, tzinfo=timezone(timedelta(hours=3)))),
    ("2026-03-05 11:30:00 UTC", True, datetime(2026, 3, 5, 11, 30, tzinfo=timezone.utc)),
])
def test_dates_as_shops_write_them(text, day_first, expected):
    assert reader.parse_datetime(text, day_first) == expected


def test_excel_dates_lose_their_float_noise():
    noisy = datetime(2026, 3, 2, 10, 14, 59, 999_999)
    assert reader.parse_datetime(noisy) == datetime(2026, 3, 2, 10, 15)
    assert reader.parse_datetime(None) is None and reader.parse_datetime("  ") is None


@pytest.mark.parametrize("text", ["31.02.2026", "вчера", "2026-13-01", "05.03", "13:00 5 марта", "25:00 01.01.2026"])
def test_not_a_date(text):
    with pytest.raises(ValidationError, match="Expected a date"):
        reader.parse_datetime(text)
    with pytest.raises(ValidationError, match="Expected a date"):
        reader.parse_datetime(46000.5)  # a number cell not formatted as a date


def test_the_day_order_is_found_from_the_column():
    assert reader.detect_day_first(["01-12-10 8:26", "02-12-10 9:00"]) is True  # ambiguous: day first
    assert reader.detect_day_first(["3/5/2026", "3/13/2026"]) is False
    assert reader.detect_day_first(["13/3/2026", "3/13/2026"]) is True  # contradictory: day first
    assert reader.detect_day_first(["2026-03-13", None, 5]) is True


@pytest.mark.parametrize(("value", "expected"), [
    ("1 234,50", Decimal("1234.50")), ("-27,50", Decimal("-27.50")), ("(27.50)", Decimal("-27.50")),
    ("−1 990 ₽", Decimal("-1990.00")), (-3.1, Decimal("-3.10")), (12, Decimal("12.00")), ("$12.50", Decimal("12.50")),
])
def test_amounts_may_be_refunds(value, expected):
    assert reader.parse_amount(value) == expected


def test_not_an_amount():
    with pytest.raises(ValidationError, match="Expected an amount"):
        reader.parse_amount("двадцать")


@pytest.mark.parametrize(("value", "expected"), [
    ("2", Decimal(2)), (3, Decimal(3)), ("-1", Decimal(-1)), ("1,5", Decimal("1.5")), ("3 шт", Decimal(3)),
    (0.25, Decimal("0.25")),
])
def test_quantities(value, expected):
    assert reader.parse_line_quantity(value) == expected


@pytest.mark.parametrize(("value", "problem"), [
    ("0", "can't be zero"), ("два", "Expected a quantity"), ("1,2345", "three decimal places"), (True, "Expected"),
])
def test_bad_quantities(value, problem):
    with pytest.raises(ValidationError, match=problem):
        reader.parse_line_quantity(value)


@pytest.mark.parametrize(("text", "status"), [
    ("wc-completed", SalesOrderStatus.COMPLETED), ("Refunded", SalesOrderStatus.RETURNED),
    ("Отменён", SalesOrderStatus.CANCELLED), ("В обработке", SalesOrderStatus.PROCESSING),
    ("on-hold", SalesOrderStatus.NEW), ("Передан в доставку", SalesOrderStatus.SHIPPED),
    ("возврат", SalesOrderStatus.RETURNED), ("F", SalesOrderStatus.COMPLETED),
])
def test_status_words(text, status):
    assert reader.parse_status(text) == status


def test_an_unknown_status_lists_the_known_ones():
    with pytest.raises(ValidationError, match="Unknown order status"):
        reader.parse_status("потерян")
    assert reader.parse_status("") is None


def test_captions_in_russian_and_english():
    found = reader.HEADER.detect([(1, ("Order Number", "Order Date", "Order Status", "SKU", "Qty", "Item Cost", "Line Total",
                                 "Order Total"))])
    assert found == (1, {SalesField.ORDER: 0, SalesField.DATE: 1, SalesField.STATUS: 2, SalesField.SKU: 3,
                         SalesField.QUANTITY: 4, SalesField.PRICE: 5, SalesField.TOTAL: 6})
    found = reader.HEADER.detect([(1, ("Выгрузка",)), (2, ("№ заказа", "Дата", "Артикул", "Кол-во", "Цена, руб.",
                                                     "Сумма заказа", "Причина возврата"))])
    assert found is not None and found[0] == 2 and SalesField.TOTAL not in found[1]
    assert found[1][SalesField.REASON] == 6
    assert reader.HEADER.detect([(1, ("Артикул", "Наименование", "Цена"))]) is None  # a price list, not orders


def test_the_mapping_round_trips_and_checks_itself():
    mapping = reader.SalesMapping(columns={SalesField.ORDER: "a", SalesField.DATE: "B", SalesField.SKU: "C",
                                           SalesField.QUANTITY: "D", SalesField.PRICE: "E"},
                                  header_row=2, captions={SalesField.ORDER: "Заказ"}, day_first=False)
    assert reader.SalesMapping.from_json(mapping.to_json()) == mapping
    with pytest.raises(ValidationError, match="Column B is chosen for both"):
        reader.SalesMapping(columns={SalesField.ORDER: "A", SalesField.DATE: "B", SalesField.SKU: "B",
                                     SalesField.QUANTITY: "D", SalesField.PRICE: "E"})
    with pytest.raises(ValidationError, match="identifies the product"):
        reader.SalesMapping(columns={SalesField.ORDER: "A", SalesField.DATE: "B", SalesField.QUANTITY: "D",
                                     SalesField.PRICE: "E"})
    with pytest.raises(ValidationError, match="unknown column kind"):
        reader.SalesMapping.from_json({"columns": {"colour": "A"}})
