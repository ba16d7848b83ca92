"""The product card: load, save with optimistic locking, rights per field, audit, outbox,
slugs, clean descriptions, attributes, variants, history and reverting one change."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from sqlalchemy import select

from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.models import (
    AttributeDefinition,
    AuditEntry,
    Brand,
    Category,
    OutboxItem,
    Product,
    ProductAttributeValue,
    ProductBarcode,
    Role,
)
from backoffice_desktop.services import auth, users
from backoffice_desktop.services.catalog import ProductFilter, search_product_ids
from backoffice_desktop.services.product_cards import (
    CardBarcode,
    CardConflict,
    VariantRow,
    card_history,
    clean_html,
    load_card,
    new_card,
    resolve,
    revert_change,
    save_card,
    slugify,
    suggest_slug,
)


@pytest.fixture
def shop(store, admin):
    """A category «Чайники» with an attribute set, a brand and one product."""
    with store.session() as s:
        cat = Category(name="Чайники")
        brand = Brand(name="Bosch")
        s.add_all([cat, brand])
        s.flush()
        cat.path = f"/{cat.id}/"
        attrs = {
            "volume": AttributeDefinition(category_id=cat.id, name="Объём", kind="number", unit="л", required=True),
            "body": AttributeDefinition(category_id=cat.id, name="Материал корпуса", kind="choice",
                                        choices=["пластик", "металл", "стекло"]),
            "light": AttributeDefinition(category_id=cat.id, name="Подсветка", kind="bool"),
            "colour": AttributeDefinition(category_id=cat.id, name="Цвет", kind="text"),
        }
        s.add_all(attrs.values())
        p = Product(sku="KT-01", name="Чайник Bosch", retail_price=Decimal("2490.00"), category_id=cat.id,
                    brand_id=brand.id)
        p.barcodes.append(ProductBarcode(barcode="4607654321098"))
        s.add(p)
        s.flush()
        return {"product": p.id, "category": cat.id, "brand": brand.id, **{k: a.id for k, a in attrs.items()}}


def user(store, admin, *roles: Role):
    name = "u_" + "_".join(r.value for r in roles)
    with store.session() as s:
        users.create_user(s, admin, name, "user-pass-123", set(roles))
        return auth.authenticate(s, name, "user-pass-123")


def load(store, pid):
    with store.read_session() as s:
        return load_card(s, pid)


def save(store, actor, base, card):
    with store.session() as s:
        return save_card(s, actor, base, card)


def audit_rows(store, pid):
    with store.read_session() as s:
        return [(e.field, e.old_value, e.new_value) for e in s.scalars(
            select(AuditEntry).where(AuditEntry.entity_type == "product", AuditEntry.entity_id == pid)
            .order_by(AuditEntry.id))]


def outbox_reason(store, pid):
    with store.read_session() as s:
        return s.scalar(select(OutboxItem.reason).where(OutboxItem.product_id == pid))


def test_save_writes_changed_fields_audits_each_and_queues_the_sync(store, admin, shop):
    base = load(store, shop["product"])
    edited = dataclasses.replace(base, name="Чайник электрический Bosch, 1,7 л", meta_title="Чайник Bosch 1,7 л",
                                 attributes={shop["volume"]: "1,7", shop["light"]: "да"})
    saved = save(store, admin, base, edited)
    assert saved.version == base.version + 1
    assert saved.name == "Чайник электрический Bosch, 1,7 л"
    assert saved.attributes == {shop["volume"]: "1.7", shop["light"]: "true"}
    rows = audit_rows(store, shop["product"])
    assert ("name", "Чайник Bosch", "Чайник электрический Bosch, 1,7 л") in rows
    assert ("meta_title", "", "Чайник Bosch 1,7 л") in rows
    assert (f"attr:{shop['volume']}", None, "1.7") in rows
    assert outbox_reason(store, shop["product"]) == "content"
    # the list finds it by the new name
    with store.read_session() as s:
        assert search_product_ids(s, ProductFilter(text="электрический")) == [shop["product"]]
    # saving the same card again writes nothing
    assert save(store, admin, saved, saved).version == saved.version


def test_a_stale_save_is_refused_with_what_the_other_person_changed(store, admin, shop):
    mine_base = load(store, shop["product"])
    theirs_base = load(store, shop["product"])
    save(store, admin, theirs_base, dataclasses.replace(theirs_base, name="Чайник Bosch TWK", meta_keywords="чайник"))
    mine = dataclasses.replace(mine_base, name="Чайник Bosch стеклянный", short_description="Стекло и сталь")
    with pytest.raises(CardConflict) as info:
        save(store, admin, mine_base, mine)
    conflict = info.value
    by_key = {f.key: f for f in conflict.fields}
    assert set(by_key) == {"name", "meta_keywords", "slug"}  # their save also gave the card a slug
    assert (by_key["name"].old, by_key["name"].theirs, by_key["name"].mine) == (
        "Чайник Bosch", "Чайник Bosch TWK", "Чайник Bosch стеклянный")
    assert by_key["name"].both_changed and not by_key["meta_keywords"].both_changed
    assert load(store, shop["product"]).short_description == ""  # nothing written
    # the person keeps their name; their keywords and my description both survive
    merged = resolve(mine_base, mine, conflict.theirs, {"name"})
    saved = save(store, admin, conflict.theirs, merged)
    assert (saved.name, saved.meta_keywords, saved.short_description) == (
        "Чайник Bosch стеклянный", "чайник", "Стекло и сталь")


def test_prices_need_the_manager_role_and_content_the_content_role(store, admin, shop):
    content = user(store, admin, Role.CONTENT_MANAGER)
    manager = user(store, admin, Role.MANAGER)
    base = load(store, shop["product"])
    with pytest.raises(PermissionDenied):
        save(store, content, base, dataclasses.replace(base, retail_price=Decimal("1990.00"), name="X"))
    with pytest.raises(PermissionDenied):
        save(store, manager, base, dataclasses.replace(base, name="Чайник"))
    saved = save(store, manager, base, dataclasses.replace(base, retail_price=Decimal("1990.00"),
                                                           compare_at_price=Decimal("2490.00")))
    assert (saved.retail_price, saved.compare_at_price) == (Decimal("1990.00"), Decimal("2490.00"))
    assert outbox_reason(store, shop["product"]) == "price"
    assert ("retail_price", "2490.00", "1990.00") in audit_rows(store, shop["product"])
    with pytest.raises(ValidationError, match="must be higher"):
        save(store, manager, saved, dataclasses.replace(saved, compare_at_price=Decimal("1000.00")))
    saved = save(store, content, saved, dataclasses.replace(saved, short_description="Тихий"))
    assert saved.short_description == "Тихий"


def test_slug_from_the_russian_name_kept_unique(store, admin, shop):
    assert slugify("Щётка для чистки, жёсткая — 2 шт.") == "shchetka-dlya-chistki-zhestkaya-2-sht"
    assert slugify("Подъёмник «Хьюстон»") == "podemnik-khyuston"
    first = save(store, admin, None, dataclasses.replace(new_card(), sku="KT-02", name="Чайник Bosch"))
    second = save(store, admin, None, dataclasses.replace(new_card(), sku="KT-03", name="Чайник Bosch"))
    assert (first.slug, second.slug) == ("chaynik-bosch", "chaynik-bosch-2")
    with store.read_session() as s:
        assert suggest_slug(s, "Чайник Bosch") == "chaynik-bosch-3"
        assert suggest_slug(s, "Чайник Bosch", first.id) == "chaynik-bosch"
    with pytest.raises(ValidationError, match="'chaynik-bosch-2' is free"):
        save(store, admin, second, dataclasses.replace(second, slug="chaynik-bosch"))
    with pytest.raises(ValidationError, match="Latin letters"):
        save(store, admin, second, dataclasses.replace(second, slug="чайник"))
    assert save(store, admin, second, dataclasses.replace(second, slug=" Chaynik-TWK ")).slug == "chaynik-twk"


def test_descriptions_are_stored_as_clean_html(store, admin, shop):
    dirty = ('<p style="color:red" onclick="steal()">Быстро <b>кипятит</b><script>alert(1)</script></p>'
             '<a href="javascript:alert(1)">жми</a><img src=x onerror="alert(2)"><a href="https://bosch.ru">Bosch</a>')
    base = load(store, shop["product"])
    saved = save(store, admin, base, dataclasses.replace(base, description_html=dirty))
    html = saved.description_html
    for bad in ("script", "onclick", "onerror", "javascript:", "style=", "<img"):
        assert bad not in html
    assert "<b>кипятит</b>" in html and 'href="https://bosch.ru"' in html
    assert clean_html("<p> </p><h2>Характеристики</h2>") == "<h2>Характеристики</h2>"


def test_meta_limits_and_barcodes_are_checked(store, admin, shop):
    base = load(store, shop["product"])
    with pytest.raises(ValidationError, match="71 characters; at most 70"):
        save(store, admin, base, dataclasses.replace(base, meta_title="Ч" * 71))
    with pytest.raises(ValidationError, match="161 characters; at most 160"):
        save(store, admin, base, dataclasses.replace(base, meta_description="о" * 161))
    with pytest.raises(ValidationError, match="should end in 3"):
        save(store, admin, base, dataclasses.replace(base, barcodes=(CardBarcode("4601234567890"),)))
    with store.session() as s:
        s.add(Product(sku="TV-55", name="Телевизор", barcodes=[ProductBarcode(barcode="4601234567893")]))
    with pytest.raises(ValidationError, match="already belongs to product TV-55"):
        save(store, admin, base, dataclasses.replace(base, barcodes=(CardBarcode("4601234567893"),)))
    with pytest.raises(ValidationError, match="listed twice"):
        save(store, admin, base, dataclasses.replace(base, barcodes=(CardBarcode("4600000000015"),) * 2))
    saved = save(store, admin, base, dataclasses.replace(base, barcodes=(
        CardBarcode("4607654321098"), CardBarcode("04600000000015", "pack", Decimal(6)))))
    assert saved.barcodes == (CardBarcode("4607654321098"), CardBarcode("04600000000015", "pack", Decimal(6)))
    assert ("barcodes", "4607654321098", "4607654321098, 04600000000015 ×6") in audit_rows(store, shop["product"])


def test_attribute_values_are_checked_by_kind_and_required_to_publish(store, admin, shop):
    base = load(store, shop["product"])
    with pytest.raises(ValidationError, match="'много' is not a number for 'Объём'"):
        save(store, admin, base, dataclasses.replace(base, attributes={shop["volume"]: "много"}))
    with pytest.raises(ValidationError, match="not one of the choices for 'Материал корпуса'"):
        save(store, admin, base, dataclasses.replace(base, attributes={shop["body"]: "дерево"}))
    with pytest.raises(ValidationError, match="'Подсветка' is yes or no"):
        save(store, admin, base, dataclasses.replace(base, attributes={shop["light"]: "иногда"}))
    with pytest.raises(ValidationError, match="can't be on the website without Объём"):
        save(store, admin, base, dataclasses.replace(base, is_published=True))
    saved = save(store, admin, base, dataclasses.replace(
        base, is_published=True, attributes={shop["volume"]: "1,70", shop["body"]: "Стекло"}))
    assert saved.attributes == {shop["volume"]: "1.7", shop["body"]: "стекло"}
    # clearing a value removes its row
    saved = save(store, admin, saved, dataclasses.replace(saved, attributes={shop["volume"]: "1.7", shop["body"]: ""}))
    with store.read_session() as s:
        assert s.scalars(select(ProductAttributeValue.attribute_id)
                         .where(ProductAttributeValue.product_id == shop["product"])).all() == [shop["volume"]]


def test_variants_along_two_axes_as_child_products(store, admin, shop):
    base = load(store, shop["product"])
    grid = (
        VariantRow(None, ("1,7 л", "белый"), "KT-01-17W", "4600000000176", Decimal("2490.00")),
        VariantRow(None, ("1,7 л", "чёрный"), "KT-01-17B", "", Decimal("2590.00")),
    )
    saved = save(store, admin, base, dataclasses.replace(base, variant_axes=("Объём", "Цвет"), variants=grid))
    assert saved.variant_axes == ("Объём", "Цвет")
    assert [(r.values, r.sku, r.barcode, r.retail_price) for r in saved.variants] == [
        (("1,7 л", "белый"), "KT-01-17W", "4600000000176", Decimal("2490.00")),
        (("1,7 л", "чёрный"), "KT-01-17B", "", Decimal("2590.00")),
    ]
    with store.read_session() as s:
        child = s.get(Product, saved.variants[0].id)
        assert (child.parent_id, child.name, child.category_id) == (
            shop["product"], "Чайник Bosch (1,7 л, белый)", shop["category"])
        assert child.variant_values == {"Объём": "1,7 л", "Цвет": "белый"}
    with pytest.raises(ValidationError, match="both 1,7 л, белый"):
        rows = (saved.variants[0], dataclasses.replace(saved.variants[1], values=("1,7 л", "белый")))
        save(store, admin, saved, dataclasses.replace(saved, variants=rows))
    with pytest.raises(ValidationError, match="SKU KT-01 already belongs"):
        rows = (dataclasses.replace(saved.variants[0], sku="KT-01"), saved.variants[1])
        save(store, admin, saved, dataclasses.replace(saved, variants=rows))
    # change a price, retire the other variant; a content manager can't touch the price
    rows = (dataclasses.replace(saved.variants[0], retail_price=Decimal("2390.00")),
            dataclasses.replace(saved.variants[1], is_active=False))
    content = user(store, admin, Role.CONTENT_MANAGER)
    with pytest.raises(PermissionDenied):
        save(store, content, saved, dataclasses.replace(saved, variants=rows))
    after = save(store, admin, saved, dataclasses.replace(saved, variants=rows))
    assert [(r.sku, r.retail_price) for r in after.variants] == [("KT-01-17W", Decimal("2390.00"))]
    assert after.version > saved.version
    assert outbox_reason(store, saved.variants[0].id) == "content"


def test_history_lists_changes_and_reverts_one_field(store, admin, shop):
    content = user(store, admin, Role.CONTENT_MANAGER)
    base = load(store, shop["product"])
    first = save(store, content, base, dataclasses.replace(base, name="Чайник Bosch TWK", meta_title="Чайник"))
    second = save(store, content, first, dataclasses.replace(first, name="Чайник Bosch TWK 3A",
                                                              attributes={shop["colour"]: "белый"}))
    with store.read_session() as s:
        history = card_history(s, shop["product"])
    assert [(h.field, h.old, h.new) for h in history][:2] == [
        (f"attr:{shop['colour']}", None, "белый"), ("name", "Чайник Bosch TWK", "Чайник Bosch TWK 3A")]
    assert history[0].attribute_name == "Цвет" and history[0].user == content.display_name
    assert all(h.revertible for h in history)
    title_change = next(h for h in history if h.field == "meta_title")
    with store.session() as s:
        reverted = revert_change(s, content, title_change.id, second)
    assert (reverted.meta_title, reverted.name) == ("", "Чайник Bosch TWK 3A")  # only that field
    colour = history[0]
    with store.session() as s:
        reverted = revert_change(s, content, colour.id, reverted)
    assert reverted.attributes == {}
    with store.read_session() as s:
        newest = card_history(s, shop["product"])[0]
    assert (newest.field, newest.old, newest.new) == (f"attr:{shop['colour']}", "белый", None)
    with pytest.raises(CardConflict):  # reverting over a card someone changed since
        with store.session() as s:
            revert_change(s, content, title_change.id, second)


def test_new_product_needs_a_name_an_sku_and_the_right_role(store, admin, shop):
    content = user(store, admin, Role.CONTENT_MANAGER)
    with pytest.raises(ValidationError, match="needs a name"):
        save(store, content, None, dataclasses.replace(new_card(), sku="NEW-1"))
    with pytest.raises(ValidationError, match="SKU KT-01 already belongs"):
        save(store, content, None, dataclasses.replace(new_card(), sku="KT-01", name="Чайник"))
    with pytest.raises(PermissionDenied):
        save(store, content, None, dataclasses.replace(new_card(), sku="NEW-1", name="Чайник",
                                                       retail_price=Decimal("100.00")))
    card = save(store, content, None, dataclasses.replace(
        new_card(), sku="NEW-1", name="Чайник Tefal", category_id=shop["category"],
        barcodes=(CardBarcode("4600000000015"),), attributes={shop["volume"]: "1.5"}))
    assert (card.slug, card.version, card.attributes) == ("chaynik-tefal", 1, {shop["volume"]: "1.5"})
    assert audit_rows(store, card.id) == [("", None, "NEW-1")]
    assert outbox_reason(store, card.id) == "content"


def test_two_saves_at_once_one_wins_the_other_is_told(store, admin, shop):
    import threading

    base = load(store, shop["product"])
    results: dict[str, object] = {}
    start = threading.Barrier(2)

    def worker(name: str) -> None:
        start.wait()
        try:
            results[name] = save(store, admin, base, dataclasses.replace(base, name=f"Чайник {name}"))
        except CardConflict as exc:
            results[name] = exc

    threads = [threading.Thread(target=worker, args=(n,)) for n in ("A", "B")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    saved = [r for r in results.values() if not isinstance(r, CardConflict)]
    refused = [r for r in results.values() if isinstance(r, CardConflict)]
    assert len(saved) == 1 and len(refused) == 1
    assert load(store, shop["product"]).name == saved[0].name
    assert {f.key for f in refused[0].fields} >= {"name"}


def test_a_variant_price_change_is_reverted_from_the_parent_card(store, admin, shop):
    base = load(store, shop["product"])
    saved = save(store, admin, base, dataclasses.replace(
        base, variant_axes=("Цвет",), variants=(VariantRow(None, ("белый",), "KT-01-W", "", Decimal("2490.00")),)))
    changed = save(store, admin, saved, dataclasses.replace(
        saved, variants=(dataclasses.replace(saved.variants[0], retail_price=Decimal("2190.00")),)))
    with store.read_session() as s:
        entry = next(h for h in card_history(s, shop["product"]) if h.field == "retail_price")
    assert (entry.variant_sku, entry.old, entry.new, entry.revertible) == ("KT-01-W", "2490.00", "2190.00", True)
    with store.session() as s:
        reverted = revert_change(s, admin, entry.id, changed)
    assert reverted.variants[0].retail_price == Decimal("2490.00")
    with store.read_session() as s:
        variant = load_card(s, saved.variants[0].id)
    assert (variant.parent_id, variant.parent_name, variant.variants) == (shop["product"], "Чайник Bosch", ())
