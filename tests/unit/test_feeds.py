"""Feeds written to a folder: the YML, CSV and XLSX files parse and hold what the
platform must show, and a failed run leaves the previous files in place."""

from __future__ import annotations

import csv
import os
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.sync.feeds.atomic import atomic_output
from backoffice_desktop.sync.feeds.folder import FeedNames, write_feeds
from backoffice_desktop.sync.feeds.yml import YmlShop
from backoffice_desktop.sync.listing import Listing, ListingCategory
from backoffice_desktop.sync.outbox import ProductState

MARKED = datetime(2026, 11, 27, tzinfo=timezone.utc)
SHOP = YmlShop(name="Ромашка", company="ООО «Ромашка» & Co", url="https://romashka.example")
CATEGORIES = [ListingCategory(3, "Посуда"), ListingCategory(7, "Чайники", parent_id=3)]


def state(product_id: int, sku: str, available: str, price: str, compare_at: str | None = None,
          published: bool = True) -> ProductState:
    return ProductState(product_id, sku, Decimal(available), Decimal(price),
                        Decimal(compare_at) if compare_at else None, published, MARKED)


LISTINGS = [
    Listing(state(11, "RM-001", "12", "1490", compare_at="1990"), "Чайник «Ромашка» <1,7 л> & крышка",
            category_id=7, vendor="Ромашка", barcode="4601234567893", url="https://romashka.example/p/rm-001"),
    Listing(state(12, "RM-002", "2.5", "99.9"), "Кабель; метр, \"медный\"", unit="m"),
    Listing(state(13, "RM-003", "-1", "10", compare_at="9"), "Продано в минус"),
    Listing(state(14, "RM-004", "5", "10", published=False), "Снят с публикации"),
]


def test_all_three_feeds_hold_the_values(tmp_path: Path) -> None:
    result = write_feeds(tmp_path, iter(LISTINGS), CATEGORIES, SHOP,
                         generated_at=datetime(2026, 11, 27, 9, 30, tzinfo=timezone.utc))
    assert result.counts == {"yml": 3, "csv": 4, "xlsx": 4}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["price_stock.csv", "price_stock.xlsx", "yml_feed.xml"]

    root = ET.parse(result.paths["yml"]).getroot()
    assert root.tag == "yml_catalog" and root.get("date") == "2026-11-27T09:30:00+00:00"
    shop = root.find("shop")
    assert shop.findtext("company") == "ООО «Ромашка» & Co"
    assert shop.find("currencies/currency").attrib == {"id": "RUB", "rate": "1"}
    assert [(c.get("id"), c.get("parentId"), c.text) for c in shop.iterfind("categories/category")] == [
        ("3", None, "Посуда"), ("7", "3", "Чайники")]
    offers = {o.get("id"): o for o in shop.iterfind("offers/offer")}
    assert list(offers) == ["11", "12", "13"]  # the unpublished one is left out
    kettle = offers["11"]
    assert kettle.get("available") == "true"
    assert {child.tag: child.text for child in kettle} == {
        "url": "https://romashka.example/p/rm-001", "price": "1490.00", "oldprice": "1990.00",
        "currencyId": "RUB", "categoryId": "7", "name": "Чайник «Ромашка» <1,7 л> & крышка",
        "vendor": "Ромашка", "vendorCode": "RM-001", "barcode": "4601234567893", "count": "12",
    }
    assert offers["12"].findtext("count") == "2"
    assert offers["13"].get("available") == "false"
    assert offers["13"].find("oldprice") is None  # below the price: not an old price

    with result.paths["csv"].open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["sku", "name", "barcode", "quantity", "price", "old_price", "published"]
    assert rows[1] == ["RM-001", "Чайник «Ромашка» <1,7 л> & крышка", "4601234567893", "12", "1490.00", "1990.00", "1"]
    assert rows[2] == ["RM-002", "Кабель; метр, \"медный\"", "", "2.5", "99.90", "", "1"]
    assert rows[3][3] == "0" and rows[4][3:] == ["0", "10.00", "", "0"]

    sheet = load_workbook(result.paths["xlsx"], read_only=True).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert values[0] == ["sku", "name", "barcode", "quantity", "price", "old_price", "published"]
    assert values[1] == ["RM-001", "Чайник «Ромашка» <1,7 л> & крышка", "4601234567893", 12, 1490, 1990, 1]
    assert values[2][3:6] == [2.5, 99.9, None]
    assert values[4][3:] == [0, 10, None, 0]


def test_a_failed_run_leaves_the_previous_feeds(tmp_path: Path) -> None:
    write_feeds(tmp_path, LISTINGS, CATEGORIES, SHOP)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def broken() -> Iterator[Listing]:
        yield LISTINGS[0]
        raise ConnectionError("store went away")

    with pytest.raises(ConnectionError):
        write_feeds(tmp_path, broken(), CATEGORIES, SHOP)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before  # no temporary files left


def test_chosen_formats_and_names(tmp_path: Path) -> None:
    result = write_feeds(tmp_path, LISTINGS, CATEGORIES, SHOP, formats=["csv"],
                         names=FeedNames(csv="stock.csv"), csv_delimiter=",")
    assert [p.name for p in tmp_path.iterdir()] == ["stock.csv"]
    assert result.paths["csv"].read_text(encoding="utf-8-sig").splitlines()[0] == \
        "sku,name,barcode,quantity,price,old_price,published"


def test_feed_settings_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="'pdf' is not a feed format"):
        write_feeds(tmp_path, LISTINGS, CATEGORIES, SHOP, formats=["yml", "pdf"])
    with pytest.raises(ValidationError, match="can't separate CSV columns"):
        write_feeds(tmp_path, LISTINGS, CATEGORIES, SHOP, csv_delimiter="::")
    with pytest.raises(ValidationError, match="does not exist"):
        write_feeds(tmp_path / "missing", LISTINGS, CATEGORIES, SHOP)
    with pytest.raises(ValidationError, match="not the shop's address"):
        YmlShop(name="Ромашка", company="ООО", url="romashka.example")
    assert list(tmp_path.iterdir()) == []


def test_atomic_output_is_readable_by_others_and_replaces_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "feed.xml"
    target.write_bytes(b"old")
    with atomic_output(target) as stream:
        stream.write(b"new")
        assert target.read_bytes() == b"old"  # not yet
    assert target.read_bytes() == b"new"
    assert os.stat(target).st_mode & 0o044 == 0o044
    assert [p.name for p in tmp_path.iterdir()] == ["feed.xml"]
