"""Bulk edits of the product list: filters, preview, apply (set-based), one undo."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.errors import ConflictError, PermissionDenied, ValidationError
from backoffice_desktop.models import (
    AttributeDefinition,
    AuditEntry,
    Brand,
    Category,
    OutboxItem,
    Product,
    Role,
)
from backoffice_desktop.services import auth, users
from backoffice_desktop.services.catalog import ProductFilter, StockFilter, count_products, search_product_ids
from backoffice_desktop.services.catalog_bulk import (
    BulkChange,
    BulkField,
    BulkTarget,
    PriceChange,
    Problem,
    Rounding,
    apply_bulk,
    last_bulk_change,
    plan_undo,
    preview_bulk,
    parse_price_change,
    round_price,
    undo_bulk_change,
)
from backoffice_desktop.services.product_cards import load_card, save_card

from ..ui.conftest import seed_products


@pytest.fixture
def ids(store, admin):
    return seed_products(store)


def user(store, admin, *roles: Role):
    name = "u_" + "_".join(r.value for r in roles)
    with store.session() as s:
        users.create_user(s, admin, name, "user-pass-123", set(roles))
        return auth.authenticate(s, name, "user-pass-123")


def prices(store) -> dict[str, Decimal]:
    with store.read_session() as s:
        return dict(s.execute(select(Product.sku, Product.retail_price)).all())


def test_rounding_as_shops_do():
    assert round_price(Decimal("1234.56"), Rounding.KOPECKS) == Decimal("1234.56")
    assert round_price(Decimal("1234.56"), Rounding.WHOLE) == Decimal("1235.00")
    assert round_price(Decimal("1234.56"), Rounding.END_9) == Decimal("1229.00")
    assert round_price(Decimal("1236"), Rounding.END_9) == Decimal("1239.00")
    assert round_price(Decimal("1251"), Rounding.END_99) == Decimal("1299.00")
    assert round_price(Decimal("3"), Rounding.END_9) == Decimal("9.00")
    assert PriceChange(percent=Decimal(10), rounding=Rounding.END_9).apply(Decimal("2490")) == Decimal("2739.00")


def test_price_change_as_typed():
    assert parse_price_change(" -5,5 % ", "percent", Rounding.WHOLE) == PriceChange(percent=Decimal("-5.5"),
                                                                                  rounding=Rounding.WHOLE)
    assert parse_price_change("+200", "amount", Rounding.KOPECKS).amount == Decimal("200.00")
    for bad in ("", "0", "ten", "1e20"):
        with pytest.raises(ValidationError, match="not a change of price"):
            parse_price_change(bad, "percent", Rounding.KOPECKS)


def test_new_filters_stock_and_missing_photos(store, ids):
    with store.read_session() as s:
        out = search_product_ids(s, ProductFilter(stock=StockFilter.OUT_OF_STOCK))
        assert out == [ids["PH-13"]]
        assert count_products(s, ProductFilter(stock=StockFilter.IN_STOCK)) == 3
        assert count_products(s, ProductFilter(missing_photos=True)) == 4
        bosch = s.scalar(select(Brand.id).where(Brand.name == "Bosch"))
        assert search_product_ids(s, ProductFilter(brand_id=bosch, stock=StockFilter.IN_STOCK)) == [ids["KT-01"]]


def test_price_preview_apply_and_undo(store, admin, ids):
    change = BulkChange(BulkField.PRICE, price=PriceChange(percent=Decimal(10), rounding=Rounding.END_9))
    target = BulkTarget(filter=ProductFilter(stock=StockFilter.IN_STOCK))
    with store.read_session() as s:
        preview = preview_bulk(s, target, change)
    assert (preview.selected, preview.changing) == (3, 3)
    kettle = next(line for line in preview.lines if line.sku == "KT-01")
    assert (kettle.old, kettle.new) == ("2490.00", "2739.00")
    assert prices(store)["KT-01"] == Decimal("2490.00")  # a preview writes nothing

    with store.session() as s:
        result = apply_bulk(s, admin, target, change)
    assert result.changed == 3
    after = prices(store)
    assert after["KT-01"] == Decimal("2739.00") and after["PH-13"] == Decimal("19990.00")
    with store.read_session() as s:
        audited = s.execute(select(AuditEntry.entity_id, AuditEntry.old_value, AuditEntry.new_value)
                            .where(AuditEntry.document_number == result.tag, AuditEntry.entity_type == "product")).all()
        assert (ids["KT-01"], "2490.00", "2739.00") in audited
        assert set(s.scalars(select(OutboxItem.product_id))) == {ids["TV-55"], ids["KT-01"], ids["ЁЖ-7"]}
        assert s.get(Product, ids["KT-01"]).version == 2
        info = last_bulk_change(s)
        assert info is not None and info.tag == result.tag and info.products == 3

    with store.session() as s:
        assert undo_bulk_change(s, admin, result.tag) == 3
    assert prices(store)["KT-01"] == Decimal("2490.00")
    with store.read_session() as s:
        assert last_bulk_change(s) is None  # undone once, and only once
        with pytest.raises(ConflictError):
            plan_undo(s, result.tag)


def test_undo_keeps_products_changed_since(store, admin, ids):
    change = BulkChange(BulkField.PRICE, price=PriceChange(amount=Decimal(-100), rounding=Rounding.WHOLE))
    with store.session() as s:
        result = apply_bulk(s, admin, BulkTarget(ids=(ids["KT-01"], ids["TV-55"])), change)
    with store.read_session() as s:
        card = load_card(s, ids["KT-01"])
    with store.session() as s:
        import dataclasses
        save_card(s, admin, card, dataclasses.replace(card, retail_price=Decimal("1999.00")))
    with store.read_session() as s:
        plan = plan_undo(s, result.tag)
    assert plan.restorable == 1 and plan.changed_since == ["KT-01"]
    with store.session() as s, pytest.raises(ConflictError):
        undo_bulk_change(s, admin, result.tag)
    assert prices(store)["TV-55"] == Decimal("54890.00")  # refused: nothing restored
    with store.session() as s:
        assert undo_bulk_change(s, admin, result.tag, keep_changed=True) == 1
    after = prices(store)
    assert after["TV-55"] == Decimal("54990.00") and after["KT-01"] == Decimal("1999.00")


def test_prices_need_a_manager_and_compare_at_is_cleared(store, admin, ids):
    content = user(store, admin, Role.CONTENT_MANAGER)
    change = BulkChange(BulkField.PRICE, price=PriceChange(percent=Decimal(20)))
    with store.session() as s:
        s.get(Product, ids["KT-01"]).compare_at_price = Decimal("2700.00")
    with store.session() as s, pytest.raises(PermissionDenied):
        apply_bulk(s, content, BulkTarget(ids=(ids["KT-01"],)), change)
    with store.read_session() as s:
        line = preview_bulk(s, BulkTarget(ids=(ids["KT-01"],)), change).lines[0]
    assert line.new == "2988.00" and line.clears_compare_at
    with store.session() as s:
        apply_bulk(s, user(store, admin, Role.MANAGER), BulkTarget(ids=(ids["KT-01"],)), change)
    with store.read_session() as s:
        assert s.get(Product, ids["KT-01"]).compare_at_price is None


def test_negative_prices_are_left_out(store, admin, ids):
    change = BulkChange(BulkField.PRICE, price=PriceChange(amount=Decimal(-1000)))
    with store.read_session() as s:
        preview = preview_bulk(s, BulkTarget(filter=ProductFilter()), change)
    assert preview.changing == 3 and [p.sku for p in preview.problems] == ["ЁЖ-7"]
    assert preview.problems[0].problem is Problem.NEGATIVE_PRICE


def test_set_category_brand_and_publish_set_based_with_undo(store, admin, ids):
    with store.session() as s:
        cat = Category(name="Бытовая техника")
        s.add(cat)
        s.flush()
        cat.path = f"/{cat.id}/"
        s.add(AttributeDefinition(category_id=cat.id, name="Мощность", kind="number", required=True))
        cat_id = cat.id
        bosch = s.scalar(select(Brand.id).where(Brand.name == "Bosch"))
        xiaomi = s.scalar(select(Brand.id).where(Brand.name == "Xiaomi"))
    target = BulkTarget(ids=(ids["KT-01"], ids["PH-13"]))
    # KT-01 is published and lacks the new category's required attribute: it stays put.
    with store.read_session() as s:
        preview = preview_bulk(s, target, BulkChange(BulkField.CATEGORY, cat_id))
    assert preview.changing == 1 and preview.lines[0].sku == "PH-13" and preview.lines[0].new == "Бытовая техника"
    assert [p.sku for p in preview.problems] == ["KT-01"]
    with store.session() as s:
        moved = apply_bulk(s, admin, target, BulkChange(BulkField.CATEGORY, cat_id))
    assert (moved.changed, moved.skipped) == (1, 1)
    with store.session() as s:
        branded = apply_bulk(s, admin, BulkTarget(filter=ProductFilter(brand_id=xiaomi)),
                             BulkChange(BulkField.BRAND, bosch))
    assert branded.changed == 2
    with store.read_session() as s:
        assert s.get(Product, ids["PH-13"]).category_id == cat_id
        assert s.get(Product, ids["PH-13"]).brand_id == bosch
        assert last_bulk_change(s).tag == branded.tag
    with store.session() as s:
        assert undo_bulk_change(s, admin, branded.tag) == 2
    with store.read_session() as s:
        assert s.get(Product, ids["PH-13"]).brand_id != bosch
        assert last_bulk_change(s).tag == moved.tag  # the one before can be undone next
    with store.session() as s:
        published = apply_bulk(s, admin, BulkTarget(filter=ProductFilter()), BulkChange(BulkField.PUBLISHED, True))
    assert (published.changed, published.skipped) == (0, 1)  # PH-13 now lacks «Мощность»
    content = user(store, admin, Role.CONTENT_MANAGER)
    with store.session() as s:
        hidden = apply_bulk(s, content, BulkTarget(filter=ProductFilter()), BulkChange(BulkField.PUBLISHED, False))
    assert hidden.changed == 3
    with store.read_session() as s:
        assert not any(s.scalars(select(Product.is_published)))
