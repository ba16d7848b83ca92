"""A connection sells on a sales channel: a published product below that channel's
publish threshold goes out as not published (feeds, WooCommerce), and changes that can
move a product across a threshold put it in the outbox in the same transaction."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sqlalchemy import delete, select

from backoffice_desktop.errors import ValidationError
from backoffice_desktop.models import Category, OutboxItem, Product, ProductAttributeValue, SyncConnector
from backoffice_desktop.services import attribute_sets, completeness
from backoffice_desktop.services.attribute_sets import AttributeSpec
from backoffice_desktop.services.completeness import MARKETPLACE, WEBSITE, Rule
from backoffice_desktop.services.outbox import mark_products
from backoffice_desktop.services.product_cards import load_card, save_card
from backoffice_desktop.sync import connections, engine
from backoffice_desktop.sync.connections import ConnectionSettings

from .helpers import add_connector, add_products

#: The marketplace of these tests demands only its attributes, all of them.
ATTRIBUTES_ONLY = Rule(MARKETPLACE, None, require_main_photo=False, min_photos=0, min_description_chars=0,
                       require_attributes=True, require_seo=False, publish_threshold=100)


def category(session, name: str, parent: Category | None = None) -> Category:
    row = Category(name=name, parent_id=parent.id if parent else None)
    session.add(row)
    session.flush()
    row.path = f"{parent.path if parent else '/'}{row.id}/"
    return row


@pytest.fixture
def kettles(store, admin) -> dict[str, int]:
    """Two published kettles; the marketplace requires their power, filled on KT-0002 only."""
    ids = add_products(store, 2)
    with store.session() as s:
        kettles = category(s, "Чайники")
        for pid in ids.values():
            s.get(Product, pid).category_id = kettles.id
        power = attribute_sets.add_attribute(s, admin, kettles.id, AttributeSpec("Мощность", "text"))
        attribute_sets.set_required_for_channel(s, admin, power, MARKETPLACE, True)
        completeness.save_rule(s, admin, ATTRIBUTES_ONLY)
        s.add(ProductAttributeValue(product_id=ids["SKU-0002"], attribute_id=power, value="2200 Вт"))
    return {**ids, "power": power, "category": kettles.id}


def feed_connection(store, admin, folder: Path, name: str, channel: str) -> ConnectionSettings:
    folder.mkdir()
    with store.session() as s:
        return connections.save_connection(s, admin, ConnectionSettings(
            name=name, kind=connections.FEED, base_url="https://shop.example.ru", folder=str(folder),
            formats=("yml", "csv"), channel=channel))


def push(store, settings: ConnectionSettings) -> None:
    with store.session() as s:
        mark_products(s, list(s.scalars(select(Product.id))), "test")
    with connections.open_connector(store, settings) as connector:
        assert engine.push(store, settings.id, connector).status == "ok"


def table(folder: Path) -> dict[str, tuple[str, str]]:
    with open(folder / "price_stock.csv", encoding="utf-8-sig", newline="") as stream:
        return {row["sku"]: (row["published"], row["quantity"]) for row in csv.DictReader(stream, delimiter=";")}


def yml_offers(folder: Path) -> int:
    return sum(1 for _ in ElementTree.parse(folder / "yml_feed.xml").getroot().iter("offer"))


def test_a_marketplace_feed_hides_what_the_marketplace_lacks_and_the_website_shows_it(
        store, admin, kettles, tmp_path: Path) -> None:
    market = feed_connection(store, admin, tmp_path / "market", "market", MARKETPLACE)
    site = feed_connection(store, admin, tmp_path / "site", "site", WEBSITE)
    assert (market.channel, site.channel) == (MARKETPLACE, WEBSITE)
    push(store, market)
    assert table(tmp_path / "market") == {"SKU-0001": ("0", "0"), "SKU-0002": ("1", "10")}
    assert yml_offers(tmp_path / "market") == 1  # the YML leaves the unpublished kettle out
    push(store, site)
    assert table(tmp_path / "site") == {"SKU-0001": ("1", "10"), "SKU-0002": ("1", "10")}
    with store.read_session() as s:  # the card itself stays published
        assert s.get(Product, kettles["SKU-0001"]).is_published is True

    # Filling in the power marks the kettle in the same save; the next run publishes it.
    with store.session() as s:
        s.execute(delete(OutboxItem))
        base = load_card(s, kettles["SKU-0001"])
        save_card(s, admin, base, dataclasses.replace(base, attributes={kettles["power"]: "1800 Вт"}))
    with store.read_session() as s:
        assert s.scalars(select(OutboxItem.product_id)).all() == [kettles["SKU-0001"]]
    with connections.open_connector(store, market) as connector:
        assert engine.push(store, market.id, connector).sent == 1
    assert table(tmp_path / "market") == {"SKU-0001": ("1", "10"), "SKU-0002": ("1", "10")}


def test_a_marketplace_woocommerce_connection_sends_an_incomplete_product_as_a_draft(
        store, admin, kettles, woo, make_connector) -> None:
    for sku in ("SKU-0001", "SKU-0002"):
        woo.add_product(sku)
    market = add_connector(store, woo.url, name="market")
    with store.session() as s:
        row = s.get(SyncConnector, market)
        row.options = {**row.options, "channel": MARKETPLACE}
    assert engine.push(store, market, make_connector(woo.url, market)).sent == 2
    assert (woo.item_by_sku("SKU-0001")["status"], woo.item_by_sku("SKU-0002")["status"]) == ("draft", "publish")
    assert [s.published for s in engine.dry_run(store, market, channel=WEBSITE)] == []  # all acknowledged
    with store.session() as s:
        mark_products(s, [kettles["SKU-0001"]], "test")
    assert [s.published for s in engine.dry_run(store, market, channel=WEBSITE)] == [True]
    assert [s.published for s in engine.dry_run(store, market, channel=MARKETPLACE)] == [False]


def marked(store) -> set[int]:
    with store.read_session() as s:
        return set(s.scalars(select(OutboxItem.product_id)))


def clear_marks(store) -> None:
    with store.session() as s:
        s.execute(delete(OutboxItem))


def test_rule_and_requirement_changes_mark_the_published_products_they_concern(store, admin, kettles) -> None:
    others = add_products(store, 2, start=10)
    with store.session() as s:
        small = category(s, "Маленькие", s.get(Category, kettles["category"]))
        s.get(Product, others["SKU-0010"]).category_id = small.id  # a subcategory of the kettles
        s.get(Product, others["SKU-0011"]).is_published = False
        small_id = small.id
    clear_marks(store)
    rule = Rule(MARKETPLACE, kettles["category"], require_main_photo=False, min_photos=2, min_description_chars=0,
                require_attributes=True, require_seo=False, publish_threshold=50)
    with store.session() as s:
        completeness.save_rule(s, admin, rule)
    assert marked(store) == {kettles["SKU-0001"], kettles["SKU-0002"], others["SKU-0010"]}

    clear_marks(store)
    with store.session() as s:
        completeness.save_rule(s, admin, rule)  # nothing changed: nothing to tell the site
    assert marked(store) == set()
    with store.session() as s:
        completeness.delete_rule(s, admin, MARKETPLACE, kettles["category"])
    assert marked(store) == {kettles["SKU-0001"], kettles["SKU-0002"], others["SKU-0010"]}

    clear_marks(store)
    with store.session() as s:
        completeness.save_rule(s, admin, dataclasses.replace(rule, category_id=small_id))
    assert marked(store) == {others["SKU-0010"]}

    clear_marks(store)
    with store.session() as s:
        attribute_sets.set_required_for_channel(s, admin, kettles["power"], MARKETPLACE, False)
    assert marked(store) == {kettles["SKU-0001"], kettles["SKU-0002"], others["SKU-0010"]}


def test_a_connection_names_a_known_sales_channel(store, admin, tmp_path: Path) -> None:
    with store.session() as s:
        with pytest.raises(ValidationError) as refused:
            connections.save_connection(s, admin, ConnectionSettings(
                name="market", kind=connections.FEED, base_url="https://shop.example.ru", folder=str(tmp_path),
                channel="ozon"))
    assert str(refused.value) == "'ozon' is not a sales channel; expected one of: website, marketplace."
    with store.session() as s:
        connections.save_connection(s, admin, ConnectionSettings(
            name="site", kind=connections.FEED, base_url="https://shop.example.ru", folder=str(tmp_path)))
    with store.read_session() as s:
        assert connections.find_connection(s, "site").channel == WEBSITE


def test_the_quick_publish_check_agrees_with_the_full_score(store, admin, kettles) -> None:
    """The sync's check reads descriptions and attributes only when photos and SEO leave
    the answer open; it must say what the full score says, on every kind of card."""
    others = add_products(store, 4, start=20)
    with store.session() as s:
        completeness.save_rule(s, admin, Rule(MARKETPLACE, kettles["category"], require_main_photo=False,
                                              min_photos=0, min_description_chars=50, require_attributes=True,
                                              require_seo=True, publish_threshold=60))
        cards = {
            "SKU-0020": dict(description_html="<p>" + "я" * 60 + "</p>", slug="a", meta_title="A", meta_description="A"),
            "SKU-0021": dict(description_html="<p>" + "я" * 20 + "</p>", slug="b", meta_title="B"),
            "SKU-0022": dict(slug="c", meta_title="C", meta_description="C"),
            "SKU-0023": dict(description_html="&amp;" * 80),
        }
        for sku, values in cards.items():
            product = s.get(Product, others[sku])
            product.category_id = kettles["category"]
            for name, value in values.items():
                setattr(product, name, value)
        s.add(ProductAttributeValue(product_id=others["SKU-0021"], attribute_id=kettles["power"], value="1 кВт"))
    ids = [kettles["SKU-0001"], kettles["SKU-0002"], *others.values()]
    with store.read_session() as s:
        for channel in (WEBSITE, MARKETPLACE):
            scorer = completeness.ChannelScorer(s, channel)
            full = {pid for pid, score in scorer.score(s, ids).items() if not score.publishable}
            assert scorer.below_threshold(s, ids) == full
    with store.read_session() as s:
        scorer = completeness.ChannelScorer(s, MARKETPLACE)
        # SKU-0002 has its power but no text; 0020 and 0021 pass on description, power and SEO.
        assert scorer.below_threshold(s, ids) == {kettles["SKU-0001"], kettles["SKU-0002"], others["SKU-0022"],
                                                  others["SKU-0023"]}
