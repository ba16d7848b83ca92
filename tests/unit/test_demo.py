"""The demo shop generator: what a user of the demo store would notice."""

from __future__ import annotations

import io
import shutil
from collections import defaultdict
from datetime import timedelta
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import func, select

from backoffice_desktop.db import open_store, sqlite_url
from backoffice_desktop.errors import ValidationError
from backoffice_desktop.models import (
    Blob,
    Category,
    Product,
    ProductBarcode,
    ProductImage,
    PurchaseOrder,
    SalesOrder,
    SalesOrderLine,
    StockLevel,
    StockMove,
    SupplierOffer,
    utcnow,
)
from backoffice_desktop.services import auth, stock
from backoffice_desktop.services.catalog import ProductFilter, search_product_ids
from backoffice_desktop.services.completeness import WEBSITE, ChannelScorer, score_products
from backoffice_desktop.services.demo import DemoOptions, generate_demo

from ..conftest import ADMIN_PASSWORD, new_pg_database

GROUPS = {
    "Электроника и бытовая техника",
    "Одежда и обувь",
    "Компьютеры и комплектующие",
    "Автозапчасти",
    "Телефоны и аксессуары",
}
DOCUMENTED_USERS = {
    "admin": "admin-demo-1",
    "sklad": "sklad-demo-1",
    "zakupki": "zakupki-demo-1",
    "kontent": "kontent-demo-1",
    "manager": "manager-demo-1",
}
OPTIONS = DemoOptions(products=300, orders=400, photos=3, seed=7)


def ean13_ok(code: str) -> bool:
    if len(code) != 13 or not code.isdigit():
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(code[:12]))
    return (10 - total % 10) % 10 == int(code[12])


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def demo(request, tmp_path_factory):
    """One demo store per back end for the whole module (generating it is the slow part).

    Built like conftest's ``store`` fixture: a copy of the migrated SQLite template, or a
    fresh database from the PostgreSQL template.
    """
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("demo") / "store.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        url = sqlite_url(path)
    else:
        url = new_pg_database(request.getfixturevalue("pg_server"))
    store = open_store(url)
    progress = []
    try:
        summary = generate_demo(store, OPTIONS, lambda done, total, msg: progress.append((done, total, msg)))
        yield store, summary, progress
    finally:
        store.close()


def test_summary_and_progress(demo):
    _store, summary, progress = demo
    assert "products: 300" in summary
    assert "website orders: 400" in summary
    assert progress and progress[-1][0] == progress[-1][1]
    assert [p[0] for p in progress] == sorted(p[0] for p in progress)


def test_category_tree_has_the_five_groups(demo):
    store, _summary, _ = demo
    with store.read_session() as s:
        roots = {c.id: c for c in s.scalars(select(Category).where(Category.parent_id.is_(None)))}
        children = list(s.scalars(select(Category).where(Category.parent_id.is_not(None))))
        assert {c.name for c in roots.values()} == GROUPS
        for root in roots.values():
            assert root.path == f"/{root.id}/"
        per_group = defaultdict(int)
        for child in children:
            assert child.path == f"/{child.parent_id}/{child.id}/"
            per_group[roots[child.parent_id].name] += 1
        assert all(per_group[g] >= 4 for g in GROUPS)
        names = {c.name for c in children}
        assert {"Смартфоны", "Ноутбуки", "Кроссовки", "Тормозные колодки", "Телевизоры"} <= names
        # Products sit in subcategories, not in the groups themselves.
        in_roots = s.scalar(select(func.count(Product.id)).where(Product.category_id.in_(list(roots))))
        assert in_roots == 0


def test_products_barcodes_prices(demo):
    store, _summary, _ = demo
    with store.read_session() as s:
        products = list(s.scalars(select(Product)))
        codes = list(s.execute(select(ProductBarcode.barcode, ProductBarcode.kind, ProductBarcode.pack_quantity)))
        assert len(products) == 300
        assert len({p.sku for p in products}) == 300
        assert all(ean13_ok(code) and code[:3] in {f"46{d}" for d in range(10)} for code, _k, _q in codes)
        assert len({code for code, _k, _q in codes}) == len(codes)
        packs = [q for _c, kind, q in codes if kind == "pack"]
        assert packs and set(packs) <= {Decimal(6), Decimal(12), Decimal(48)}
        for p in products:
            assert isinstance(p.retail_price, Decimal)
            assert p.retail_price > 0 and p.retail_price % 100 in (Decimal(90), Decimal(99))
            assert Decimal("0.54") <= p.average_cost / p.retail_price <= Decimal("0.76")
            assert p.search_text and p.sku.lower() in p.search_text
        assert {p.unit for p in products} >= {"pcs", "m"}
        assert any(p.is_marked for p in products)
        assert 0.7 < sum(p.is_published for p in products) / len(products) < 1
        assert any(p.compare_at_price for p in products)
        assert s.scalar(select(func.count(SupplierOffer.id))) > 200


def test_search_finds_cyrillic_case_insensitively(demo):
    store, _summary, _ = demo
    with store.read_session() as s:
        found = search_product_ids(s, ProductFilter(text="смартфон"))
        assert found
        assert found == search_product_ids(s, ProductFilter(text="СМАРТФОН"))
        names = s.scalars(select(Product.name).where(Product.id.in_(found)))
        assert all("смартфон" in n.lower() for n in names)
        # A barcode typed in finds its product.
        pid, code = s.execute(select(ProductBarcode.product_id, ProductBarcode.barcode).limit(1)).one()
        assert pid in search_product_ids(s, ProductFilter(text=code[3:10]))


def test_demo_users_log_in_with_documented_passwords(demo):
    store, _summary, _ = demo
    for username, password in DOCUMENTED_USERS.items():
        with store.session() as s:
            actor = auth.authenticate(s, username, password)
        assert actor.username == username
    with store.session() as s:
        roles = {u: auth.find_user(s, u).role_set for u in DOCUMENTED_USERS}
    assert {r.value for rs in roles.values() for r in rs} == {
        "admin", "clerk", "purchaser", "content_manager", "manager"}


def test_stock_ledger_and_levels_agree(demo):
    store, _summary, _ = demo
    with store.session() as s:
        assert stock.check_levels(s) == []
        moves = s.scalar(select(func.count(StockMove.id)))
        assert moves > 200
        stocked = s.scalar(select(func.count(func.distinct(StockLevel.product_id))).where(StockLevel.quantity > 0))
        assert 0 < stocked < 300  # some products are out of stock
        assert s.scalar(select(func.count(Product.id)).where(Product.default_bin_id.is_(None))) == 0


def test_orders_span_twelve_months_and_totals_match_lines(demo):
    store, _summary, _ = demo
    now = utcnow()
    with store.read_session() as s:
        first, last, count = s.execute(
            select(func.min(SalesOrder.ordered_at), func.max(SalesOrder.ordered_at), func.count(SalesOrder.id))
        ).one()
        assert count == 400
        first, last = s.scalar(select(SalesOrder.ordered_at).order_by(SalesOrder.ordered_at).limit(1)), \
            s.scalar(select(SalesOrder.ordered_at).order_by(SalesOrder.ordered_at.desc()).limit(1))
        assert now - timedelta(days=367) <= first <= now - timedelta(days=300)
        assert now - timedelta(days=5) <= last <= now + timedelta(minutes=1)
        totals = dict(s.execute(select(SalesOrder.id, SalesOrder.total)).all())
        sums: dict[int, Decimal] = defaultdict(Decimal)
        lines = 0
        for order_id, line_total, qty, price, discount, cost in s.execute(
            select(SalesOrderLine.order_id, SalesOrderLine.line_total, SalesOrderLine.quantity,
                   SalesOrderLine.unit_price, SalesOrderLine.discount, SalesOrderLine.unit_cost)
        ):
            lines += 1
            sums[order_id] += line_total
            assert line_total == (price * qty).quantize(Decimal("0.01")) - discount
            assert cost is not None and cost > 0
        assert all(totals[oid] == sums[oid] for oid in totals)
        assert 2 * count <= lines <= 4 * count
        statuses = {st for (st,) in s.execute(select(SalesOrder.status).distinct())}
        assert {"completed", "cancelled"} <= statuses
        # Pareto: the best fifth of the sold products brings most of the revenue.
        revenue = sorted((r for (r,) in s.execute(
            select(func.sum(SalesOrderLine.line_total)).group_by(SalesOrderLine.product_id))), reverse=True)
        top = revenue[: max(1, len(revenue) // 5)]
        assert sum(top) > Decimal("0.5") * sum(revenue)


def test_purchase_orders_in_several_states(demo):
    store, _summary, _ = demo
    with store.read_session() as s:
        states = {st for (st,) in s.execute(select(PurchaseOrder.state).distinct())}
        numbers = list(s.scalars(select(PurchaseOrder.number)))
    assert {"draft", "sent", "partially_received", "received", "closed", "cancelled"} <= states
    assert all(n.startswith("PO-") for n in numbers) and len(set(numbers)) == len(numbers)


def test_photos_are_webp(demo):
    """The first three products have photos of their own (the first two views); the
    other published ones share their subcategory's photo, stored once."""
    store, _summary, _ = demo
    with store.read_session() as s:
        first_ids = sorted(s.scalars(select(Product.id)))[:3]
        images = list(s.scalars(select(ProductImage)))
        own = [i for i in images if i.product_id in first_ids]
        assert {i.product_id for i in own} == set(first_ids)
        assert sum(i.is_main for i in own) == 3 and len(own) == 4
        shared = defaultdict(set)
        for image in images:
            if image.product_id not in first_ids:
                assert image.is_main and image.position == 0
                shared[s.get(Product, image.product_id).category_id].add(image.image_sha256)
        assert shared and all(len(hashes) == 1 for hashes in shared.values())
        published = set(s.scalars(select(Product.id).where(Product.is_published.is_(True))))
        assert published <= {i.product_id for i in images if i.is_main}
        for main_sha, thumb_sha, width, height in {(i.image_sha256, i.thumb_sha256, i.width, i.height)
                                                   for i in images}:
            blob, thumb = s.get(Blob, main_sha), s.get(Blob, thumb_sha)
            assert blob.mime_type == thumb.mime_type == "image/webp"
            assert blob.size == len(blob.data)
            with Image.open(io.BytesIO(blob.data)) as img:
                assert img.format == "WEBP" and img.size == (width, height) == (1200, 1200)
            with Image.open(io.BytesIO(thumb.data)) as img:
                assert img.format == "WEBP" and max(img.size) == 200


def test_no_published_card_is_below_the_website_threshold(demo):
    """What the Catalog shows as published is complete enough for the website to show."""
    store, _summary, _ = demo
    with store.read_session() as s:
        published = list(s.scalars(select(Product.id).where(Product.is_published.is_(True))))
        scores = score_products(s, published, WEBSITE)
        assert published and all(score.publishable for score in scores.values())
        assert ChannelScorer(s, WEBSITE).below_threshold(s, published) == set()
        # Hidden cards are the unfinished ones (and there are some to finish).
        hidden = list(s.scalars(select(Product.id).where(Product.is_published.is_(False))))
        assert any(not score.complete for score in score_products(s, hidden, WEBSITE).values())


def test_second_run_is_refused(demo):
    store, _summary, _ = demo
    with pytest.raises(ValidationError, match="already has demo data"):
        generate_demo(store, DemoOptions(products=10, orders=5, photos=0))


def test_existing_admin_is_kept_and_new_ids_follow_the_bulk_ones(store, admin):
    """On a store that already has an administrator: the demo keeps it, adds the others."""
    generate_demo(store, DemoOptions(products=20, orders=10, photos=0, seed=2))
    with store.session() as s:
        assert auth.find_user(s, "admin").full_name == "Администратор"
        auth.authenticate(s, "admin", ADMIN_PASSWORD)  # the fixture's password, not the demo one
        for username in ("sklad", "zakupki", "kontent", "manager"):
            auth.authenticate(s, username, DOCUMENTED_USERS[username])
    # Ids were inserted in bulk: the next product and order get fresh ids (PostgreSQL sequences).
    with store.session() as s:
        product = Product(sku="NEW-0001", name="Новый товар", search_text="new-0001 новый товар")
        order = SalesOrder(number="NEW-1", total=Decimal("0"))
        s.add_all([product, order])
        s.flush()
        assert product.id > 20 and order.id > 10
    with pytest.raises(ValidationError, match="already has demo data"):
        generate_demo(store, DemoOptions(products=10, orders=5, photos=0))
