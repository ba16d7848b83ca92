"""Card completeness per channel and category: percentages, what is missing, the
"incomplete" list filter in SQL and the publish gate (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.models import (
    AttributeChannelRequirement,
    AttributeDefinition,
    AuditEntry,
    Blob,
    Category,
    OutboxItem,
    Product,
    ProductAttributeValue,
    ProductImage,
    Role,
)
from backoffice_desktop.services import attribute_sets, auth, catalog, catalog_bulk, users
from backoffice_desktop.services.attribute_sets import AttributeSpec
from backoffice_desktop.services.catalog import ProductFilter
from backoffice_desktop.services.completeness import (
    ATTRIBUTES,
    DESCRIPTION,
    MAIN_PHOTO,
    MARKETPLACE,
    PHOTOS,
    SEO,
    WEBSITE,
    Missing,
    Rule,
    channels,
    delete_rule,
    effective_rule,
    list_rules,
    product_completeness,
    save_rule,
    score_products,
)
from backoffice_desktop.services.product_cards.card import attribute_fields

LONG_TEXT = "<p>" + "Отличный чайник. " * 20 + "</p>"  # 340 characters of text


@pytest.fixture
def shop(store):
    """Kitchen > Kettles; Kitchen requires "Material", Kettles requires "Volume"."""
    with store.session() as s:
        kitchen = Category(name="Кухня")
        s.add(kitchen)
        s.flush()
        kitchen.path = f"/{kitchen.id}/"
        kettles = Category(name="Чайники", parent_id=kitchen.id)
        s.add(kettles)
        s.flush()
        kettles.path = f"/{kitchen.id}/{kettles.id}/"
        material = AttributeDefinition(category_id=kitchen.id, name="Материал", required=True)
        volume = AttributeDefinition(category_id=kettles.id, name="Объём", kind="number", unit="л", required=True)
        colour = AttributeDefinition(category_id=kettles.id, name="Цвет", required=False)
        s.add_all([material, volume, colour])
        s.add(Blob(sha256="a" * 64, mime_type="image/webp", size=1, data=b"x"))
        s.flush()
        ids = {"kitchen": kitchen.id, "kettles": kettles.id, "material": material.id, "volume": volume.id,
               "colour": colour.id}

        def product(sku, category, photos=0, description="", attrs=(), seo=(False, False, False)):
            p = Product(sku=sku, name=sku, category_id=category, description_html=description,
                        slug=sku.lower() if seo[0] else None, meta_title="Купить " + sku if seo[1] else "",
                        meta_description="Описание " + sku if seo[2] else "", search_text=sku.lower())
            s.add(p)
            s.flush()
            for n in range(photos):
                s.add(ProductImage(product_id=p.id, position=n, is_main=n == 0, source_sha256=f"{p.id}-{n}",
                                   image_sha256="a" * 64, thumb_sha256="a" * 64, width=1, height=1))
            for attr, value in attrs:
                s.add(ProductAttributeValue(product_id=p.id, attribute_id=ids[attr], value=value))
            ids[sku] = p.id

        product("EMPTY", kettles.id)
        product("FULL", kettles.id, photos=3, description=LONG_TEXT,
                attrs=[("material", "Сталь"), ("volume", "1,7")], seo=(True, True, True))
        # 1 photo (main), 50 characters of text (tags dropped, &amp; counts as one),
        # 1 of 2 attributes (an empty value doesn't count), 2 of 3 SEO fields.
        product("HALF", kettles.id, photos=1, description="<p>" + "ч" * 49 + "&amp;</p>",
                attrs=[("material", "Стекло"), ("volume", ""), ("colour", "белый")], seo=(True, True, False))
        product("NOCAT", None, photos=1, description=LONG_TEXT, seo=(True, True, True))
    return ids


def score(store, ids, sku, channel=WEBSITE):
    with store.read_session() as s:
        return product_completeness(s, ids[sku], channel)


def test_percentages_and_what_is_missing_on_the_website(store, shop):
    empty = score(store, shop, "EMPTY")
    assert empty.percent == 0 and not empty.publishable
    assert empty.missing == (Missing(MAIN_PHOTO), Missing(PHOTOS, 0, 1), Missing(DESCRIPTION, 0, 100),
                             Missing(ATTRIBUTES, 0, 2, ("Материал", "Объём")), Missing(SEO, 0, 3, ("slug", "meta_title", "meta_description")))
    full = score(store, shop, "FULL")
    assert (full.percent, full.missing, full.complete) == (100, (), True)
    half = score(store, shop, "HALF")
    # main 1, photos 1, description 50/100, attributes 1/2, SEO 2/3: mean 0.733
    assert half.percent == 73
    assert half.missing == (Missing(DESCRIPTION, 50, 100), Missing(ATTRIBUTES, 1, 2, ("Объём",)),
                            Missing(SEO, 2, 3, ("meta_description",)))
    nocat = score(store, shop, "NOCAT")  # no category: no attributes demanded
    assert nocat.percent == 100


def test_the_marketplace_demands_more(store, shop):
    full = score(store, shop, "FULL", MARKETPLACE)
    assert full.percent == 100
    nocat = score(store, shop, "NOCAT", MARKETPLACE)  # main photo 1, photos 1/3, text 340 of 300: 77 %
    assert nocat.missing == (Missing(PHOTOS, 1, 3),)
    assert nocat.percent == 77 and nocat.publish_threshold == 100 and not nocat.publishable
    with store.read_session() as s:
        assert channels(s) == [WEBSITE, MARKETPLACE]
        assert list_rules(s, MARKETPLACE)[0].min_photos == 3


def test_rules_follow_the_category_tree(store, shop, admin):
    with store.session() as s:
        # All categories of the website: 2 photos. Kitchen (and so Kettles): no SEO.
        save_rule(s, admin, Rule(WEBSITE, None, min_photos=2, min_description_chars=100, publish_threshold=90))
        save_rule(s, admin, Rule(WEBSITE, shop["kitchen"], min_photos=1, require_seo=False,
                                 require_attributes=False, min_description_chars=0))
    half = score(store, shop, "HALF")
    assert half.missing == () and half.percent == 100  # the Kitchen rule, inherited
    nocat = score(store, shop, "NOCAT")
    assert nocat.missing == (Missing(PHOTOS, 1, 2),) and nocat.publish_threshold == 90
    with store.session() as s:
        save_rule(s, admin, Rule(WEBSITE, shop["kettles"], min_photos=3, require_seo=False,
                                 require_attributes=True, min_description_chars=0))
    assert score(store, shop, "HALF").missing == (Missing(PHOTOS, 1, 3), Missing(ATTRIBUTES, 1, 2, ("Объём",)))
    with store.read_session() as s:
        assert [r.category_id for r in list_rules(s, WEBSITE)] == [None, shop["kitchen"], shop["kettles"]]
        changed = set(s.scalars(select(AuditEntry.field).where(AuditEntry.entity_type == "completeness_rule")))
        assert {"channel", "min_photos"} <= changed
        assert effective_rule(s, WEBSITE, shop["kettles"]).category_id == shop["kettles"]
    with store.session() as s:
        delete_rule(s, admin, WEBSITE, shop["kettles"])  # Kettles follow Kitchen again
    with store.read_session() as s:
        assert effective_rule(s, WEBSITE, shop["kettles"]).category_id == shop["kitchen"]
    assert score(store, shop, "HALF").missing == ()


def test_saving_rules_is_for_admins_and_checked(store, shop, admin):
    with store.session() as s:
        users.create_user(s, admin, "content", "content-pass-1", {Role.CONTENT_MANAGER})
        content = auth.authenticate(s, "content", "content-pass-1")
    with store.session() as s, pytest.raises(PermissionDenied):
        save_rule(s, content, Rule(WEBSITE))
    with store.session() as s, pytest.raises(ValidationError, match="from 0 to 100, not 120"):
        save_rule(s, admin, Rule(WEBSITE, publish_threshold=120))
    with store.session() as s, pytest.raises(ValidationError, match="can't be negative"):
        save_rule(s, admin, Rule(WEBSITE, min_photos=-1))
    with store.read_session() as s, pytest.raises(ValidationError, match="'ozon' is not a sales channel"):
        score_products(s, [shop["FULL"]], "ozon")


@pytest.mark.parametrize("channel", [WEBSITE, MARKETPLACE])
def test_the_incomplete_filter_matches_the_scores_in_sql(store, shop, admin, channel):
    def incomplete_ids() -> set[int]:
        with store.read_session() as s:
            filt = ProductFilter(incomplete_for=channel)
            found = catalog.search_product_ids(s, filt, limit=500)
            assert catalog.count_products(s, filt) == len(found)
            return set(found)

    def below_100() -> set[int]:
        with store.read_session() as s:
            all_ids = catalog.search_product_ids(s, ProductFilter())
            return {pid for pid, c in score_products(s, all_ids, channel).items() if c.percent < 100}

    assert incomplete_ids() == below_100() != set()
    with store.session() as s:
        save_rule(s, admin, Rule(channel, shop["kettles"], min_photos=1, require_seo=False,
                                 require_attributes=True, min_description_chars=40))
        save_rule(s, admin, Rule(channel, None, min_photos=0, require_main_photo=False, require_seo=True,
                                 min_description_chars=0))
    assert incomplete_ids() == below_100()
    with store.read_session() as s:
        page = catalog.search_product_ids(s, ProductFilter(incomplete_for=channel, text="half"), limit=500)
        assert page == [shop["HALF"]]


def test_publishing_is_refused_below_the_threshold(store, shop, admin):
    with store.read_session() as s:
        version = s.get(Product, shop["HALF"]).version
    with store.session() as s, pytest.raises(ValidationError) as refused:
        catalog.set_published(s, admin, shop["HALF"], True, version)
    assert str(refused.value) == ("HALF is 73% complete for the website; publishing there needs 80%. "
                                  "Missing: a longer description, required attributes, SEO fields.")
    with store.session() as s:
        product = s.get(Product, shop["HALF"])
        product.meta_description = "Чайник из стекла"
        s.get(ProductAttributeValue, (product.id, shop["volume"])).value = "1,5"
    with store.read_session() as s:
        version = s.get(Product, shop["HALF"]).version
    assert score(store, shop, "HALF").percent == 90
    with store.session() as s:
        catalog.set_published(s, admin, shop["HALF"], True, version)
    with store.read_session() as s:
        product = s.get(Product, shop["HALF"])
        assert product.is_published
        assert s.scalar(select(OutboxItem.reason).where(OutboxItem.product_id == product.id)) == "published"
        assert s.scalar(select(AuditEntry.new_value).where(AuditEntry.field == "is_published")) == "True"
        version = product.version
    with store.session() as s:  # hiding is always allowed
        catalog.set_published(s, admin, shop["HALF"], False, version)


def test_the_marketplace_requires_an_attribute_the_website_does_not(store, shop, admin):
    """"Colour" of kettles: optional everywhere, then ticked as required by the marketplace."""
    with store.session() as s:
        attribute_sets.set_required_for_channel(s, admin, shop["colour"], MARKETPLACE, True)
    market = score(store, shop, "FULL", MARKETPLACE)
    assert market.missing == (Missing(ATTRIBUTES, 2, 3, ("Цвет",)),)
    assert market.percent == 91 and not market.publishable  # photo, photos, text full; attributes 2/3
    assert score(store, shop, "FULL").complete  # the website doesn't ask for a colour
    half = score(store, shop, "HALF", MARKETPLACE)  # HALF has a colour but no volume
    assert [m for m in half.missing if m.kind == ATTRIBUTES] == [Missing(ATTRIBUTES, 2, 3, ("Объём",))]

    def incomplete(channel: str) -> set[int]:
        with store.read_session() as s:
            return set(catalog.search_product_ids(s, ProductFilter(incomplete_for=channel)))

    assert shop["FULL"] in incomplete(MARKETPLACE) and shop["FULL"] not in incomplete(WEBSITE)
    with store.read_session() as s:
        rows = {r.name: r for r in attribute_sets.list_attributes(s, shop["kettles"])}
        assert (rows["Цвет"].required, rows["Цвет"].required_for) == (False, (MARKETPLACE,))
        assert s.scalar(select(AuditEntry.new_value).where(AuditEntry.field == "required_for")) == MARKETPLACE

    with store.session() as s:
        s.add(ProductAttributeValue(product_id=shop["FULL"], attribute_id=shop["colour"], value="чёрный"))
    assert score(store, shop, "FULL", MARKETPLACE).complete
    assert shop["FULL"] not in incomplete(MARKETPLACE)

    with store.session() as s:  # untick: the marketplace no longer asks
        attribute_sets.set_required_for_channel(s, admin, shop["colour"], MARKETPLACE, False)
    assert [m for m in score(store, shop, "HALF", MARKETPLACE).missing if m.kind == ATTRIBUTES] == [
        Missing(ATTRIBUTES, 1, 2, ("Объём",))]


def test_channel_requirements_are_checked_and_kept_with_the_attribute(store, shop, admin):
    with store.session() as s, pytest.raises(ValidationError, match="'ozon' is not a sales channel"):
        attribute_sets.set_required_for_channel(s, admin, shop["colour"], "ozon", True)
    with store.session() as s, pytest.raises(ValidationError, match="'Объём' is required on every channel"):
        attribute_sets.set_required_for_channel(s, admin, shop["volume"], MARKETPLACE, True)
    with store.session() as s:  # the attribute form names the channels; required everywhere drops them
        spec = AttributeSpec("Цвет", "text", required_for=(MARKETPLACE,))
        attribute_sets.change_attribute(s, admin, shop["colour"], spec)
        new_id = attribute_sets.add_attribute(s, admin, shop["kettles"],
                                              AttributeSpec("Гарантия", "number", "мес", required_for=(MARKETPLACE,)))
    with store.read_session() as s:
        rows = {r.name: r for r in attribute_sets.list_attributes(s, shop["kettles"])}
        assert rows["Цвет"].required_for == rows["Гарантия"].required_for == (MARKETPLACE,)
        assert [a.name for a in attribute_fields(s, shop["kettles"]) if a.required_for] == ["Цвет", "Гарантия"]
    with store.session() as s:
        attribute_sets.change_attribute(s, admin, shop["colour"], AttributeSpec("Цвет", "text", required=True,
                                                                                required_for=(MARKETPLACE,)))
        attribute_sets.delete_attribute(s, admin, new_id)
    with store.read_session() as s:
        assert s.scalars(select(AttributeChannelRequirement)).all() == []  # deleting drops its channels
        colour = next(a for a in attribute_fields(s, shop["kettles"]) if a.name == "Цвет")
        assert (colour.required, colour.required_for) == (True, ())


def test_an_attribute_the_website_requires_blocks_bulk_publishing(store, shop, admin):
    with store.session() as s:
        attribute_sets.set_required_for_channel(s, admin, shop["colour"], WEBSITE, True)
    with store.read_session() as s:
        assert next(a for a in attribute_fields(s, shop["kettles"]) if a.name == "Цвет").required
        preview = catalog_bulk.preview_bulk(s, catalog_bulk.BulkTarget(ids=(shop["FULL"],)),
                                            catalog_bulk.BulkChange(catalog_bulk.BulkField.PUBLISHED, True))
    assert preview.changing == 0 and preview.problem_count == 1
