"""Product search on both back ends: substring, Cyrillic, case-insensitive, by SKU, barcode, name."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import update

from backoffice_desktop.errors import ConflictError, ValidationError
from backoffice_desktop.models import Product, ProductBarcode
from backoffice_desktop.services import catalog
from backoffice_desktop.services.catalog import ProductFilter, ProductSort, search_product_ids

ITEMS = [
    ("TV-55", "Телевизор Samsung 55\" QLED", "4601234567893", Decimal("54990.00")),
    ("KT-01", "Чайник электрический Bosch, 1,7 л", "4607654321098", Decimal("2490.00")),
    ("PH-13", "Смартфон Xiaomi Redmi Note 13 8/256 ГБ, чёрный", "4600000000013", Decimal("19990.00")),
    ("ЁЖ-7", "Ёлочная гирлянда ЁЛКА 100%_led", "4600000000075", Decimal("990.00")),
]


@pytest.fixture
def products(store):
    with store.session() as s:
        for sku, name, code, price in ITEMS:
            p = Product(sku=sku, name=name, retail_price=price)
            p.barcodes.append(ProductBarcode(barcode=code))
            s.add(p)
            s.flush()
            catalog.refresh_search_text(s, p)
    return store


def skus(store, text="", **kw):
    with store.read_session() as s:
        ids = search_product_ids(s, ProductFilter(text=text, **kw))
        rows = catalog.load_product_rows(s, ids)
    return [rows[i].sku for i in ids]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("чайник", ["KT-01"]),
        ("ЧАЙНИК", ["KT-01"]),
        ("ЭЛЕКТРИЧ", ["KT-01"]),
        ("елоч", ["ЁЖ-7"]),
        ("ЁЛКА", ["ЁЖ-7"]),
        ("ёж", ["ЁЖ-7"]),
        ("100%_", ["ЁЖ-7"]),
        ("%", ["ЁЖ-7"]),
        ("note 13", ["PH-13"]),
        ("13 note", ["PH-13"]),
        ("4607654", ["KT-01"]),
        ("tv", ["TV-55"]),
        ("samsung qled", ["TV-55"]),
        ("samsung чайник", []),
        ("пылесос", []),
    ],
)
def test_search(products, text, expected):
    assert skus(products, text) == expected


def test_sorting_by_price_both_ways(products):
    assert skus(products, sort=ProductSort.PRICE) == ["ЁЖ-7", "KT-01", "PH-13", "TV-55"]
    assert skus(products, sort=ProductSort.PRICE, descending=True) == ["TV-55", "PH-13", "KT-01", "ЁЖ-7"]


def test_renamed_product_is_found_by_its_new_name(products):
    with products.session() as s:
        p = s.query(Product).filter_by(sku="KT-01").one()
        p.name = "Термопот Bosch 3 л"
        catalog.refresh_search_text(s, p)
    assert skus(products, "термопот") == ["KT-01"]
    assert skus(products, "чайник") == []


def test_deleted_product_leaves_the_search(products):
    with products.session() as s:
        s.delete(s.query(Product).filter_by(sku="TV-55").one())
    assert skus(products, "телевизор") == []


def test_inactive_products_are_not_listed(products):
    with products.session() as s:
        s.execute(update(Product).where(Product.sku == "PH-13").values(is_active=False))
    assert "PH-13" not in skus(products)


@pytest.mark.parametrize(
    ("typed", "value"),
    [("1 234,50", "1234.50"), ("1234.5", "1234.50"), ("99 ₽", "99.00"), ("\u00a014\u00a0227", "14227.00")],
)
def test_parse_money(typed, value):
    assert catalog.parse_money(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["", "abc", "-5", "1,234,5", "12.345", "NaN", "1e20"])
def test_parse_money_refuses(typed):
    with pytest.raises(ValidationError):
        catalog.parse_money(typed)


def test_price_change_is_audited_and_marked_for_sync(products, admin):
    from sqlalchemy import select

    from backoffice_desktop.models import AuditEntry, OutboxItem

    with products.session() as s:
        p = s.query(Product).filter_by(sku="KT-01").one()
        new_version = catalog.set_retail_price(s, admin, p.id, Decimal("2590.00"), p.version)
    with products.read_session() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.field == "retail_price"))
        assert (entry.old_value, entry.new_value, entry.user_id) == ("2490.00", "2590.00", admin.user_id)
        assert s.scalar(select(OutboxItem.reason)) == "price"
    with pytest.raises(ConflictError), products.session() as s:
        catalog.set_retail_price(s, admin, p.id, Decimal("1.00"), new_version - 1)
