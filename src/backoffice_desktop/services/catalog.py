"""Browsing and editing the catalog: search, paged rows, prices."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import Any
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from ..errors import ConflictError, NotFound, ValidationError
from ..models import Brand, Category, Location, LocationKind, Product, ProductBarcode, ProductImage, StockLevel
from ..models.catalog import SEARCH_INDEX_MIN_CHARS, product_search
from . import audit, completeness, outbox
from .completeness import Completeness
from .permissions import Actor, Permission, require


def normalize_search(text: str) -> str:
    """Case-fold for search: Cyrillic too, and "ё" matches "е"."""
    return " ".join(text.casefold().replace("ё", "е").split())


def build_search_text(sku: str, name: str, barcodes: Iterable[str]) -> str:
    return normalize_search(" ".join([sku, name, *barcodes]))


def refresh_search_text(session: Session, product: Product) -> None:
    codes = session.scalars(select(ProductBarcode.barcode).where(ProductBarcode.product_id == product.id))
    product.search_text = build_search_text(product.sku, product.name, list(codes))


class ProductSort(enum.StrEnum):
    NAME = "name"
    SKU = "sku"
    PRICE = "price"
    UPDATED = "updated"


_SORT_COLUMNS = {
    ProductSort.NAME: Product.name,
    ProductSort.SKU: Product.sku,
    ProductSort.PRICE: Product.retail_price,
    ProductSort.UPDATED: Product.updated_at,
}


class StockFilter(enum.StrEnum):
    IN_STOCK = "in_stock"
    OUT_OF_STOCK = "out_of_stock"


@dataclass(frozen=True)
class ProductFilter:
    """What the product list shows; every part narrows the list in SQL."""

    text: str = ""
    category_id: int | None = None
    brand_id: int | None = None
    published: bool | None = None
    #: Only products below 100 % complete for this sales channel ("website", ...).
    incomplete_for: str | None = None
    #: Only products without a single photo.
    missing_photos: bool = False
    #: On hand in the storage bins above zero, or not.
    stock: StockFilter | None = None
    sort: ProductSort = ProductSort.NAME
    descending: bool = False


def _uses_search_index(word: str, dialect: str) -> bool:
    return dialect == "sqlite" and len(word) >= SEARCH_INDEX_MIN_CHARS


def _word_condition(word: str, dialect: str) -> ColumnElement[bool]:
    if _uses_search_index(word, dialect):
        # A trigram FTS5 phrase matches the word as a substring, straight from the index;
        # quoting makes every character literal ("%", "_" included).
        phrase = '"' + word.replace('"', '""') + '"'
        return Product.id.in_(select(product_search.c.rowid).where(product_search.c.product_search.match(phrase)))
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return Product.search_text.like(f"%{escaped}%", escape="\\")


def category_subtree_ids(session: Session, category_id: int) -> list[int]:
    """The category and every category below it (an unknown id gives an empty list)."""
    path = select(Category.path).where(Category.id == category_id).scalar_subquery()
    return list(session.scalars(select(Category.id).where(Category.path.like(path + "%")).order_by(Category.id)))


def _filtered(session: Session, filt: ProductFilter) -> Select[tuple[int]]:
    dialect = session.get_bind().dialect.name
    words = normalize_search(filt.text).split()
    if filt.brand_id is not None or any(_uses_search_index(w, dialect) for w in words):
        # The search (or brand) index already narrowed the rows: look them up by id and
        # sort the matches, instead of walking the whole (is_active, name) index. Wrapping the
        # column keeps SQLite's planner from choosing that index.
        active = func.coalesce(Product.is_active, False).is_(True)
    else:
        active = Product.is_active.is_(True)
    stmt = select(Product.id).where(active)
    for word in words:
        stmt = stmt.where(_word_condition(word, dialect))
    if filt.category_id is not None:
        # The subtree's ids as literals: checked against the list index's category_id
        # column while it is walked, and PostgreSQL estimates the share of rows they match.
        stmt = stmt.where(Product.category_id.in_(category_subtree_ids(session, filt.category_id)))
    if filt.brand_id is not None:
        stmt = stmt.where(Product.brand_id == filt.brand_id)
    if filt.published is not None:
        stmt = stmt.where(Product.is_published.is_(filt.published))
    if filt.incomplete_for is not None:
        stmt = stmt.where(completeness.incomplete_condition(session, filt.incomplete_for))
        completeness.without_jit(session)
    if filt.missing_photos:
        stmt = stmt.where(~select(ProductImage.id).where(ProductImage.product_id == Product.id).exists())
    if filt.stock is not None:
        in_stock = (
            select(StockLevel.product_id)
            .join(Location, and_(Location.id == StockLevel.location_id, Location.kind == LocationKind.BIN.value))
            .where(StockLevel.product_id == Product.id)
            .having(func.sum(StockLevel.quantity) > 0)
            .group_by(StockLevel.product_id)
            .exists()
        )
        stmt = stmt.where(in_stock if filt.stock == StockFilter.IN_STOCK else ~in_stock)
    return stmt


def filtered_ids(session: Session, filt: ProductFilter) -> Select[tuple[int]]:
    """The ids the list shows for ``filt``, unordered: a subquery for set-based bulk work."""
    return _filtered(session, filt)


def search_product_ids(
    session: Session, filt: ProductFilter, offset: int = 0, limit: int | None = None
) -> list[int]:
    """Ids of matching products in display order, a page at a time when ``limit`` is given.

    With a limit the database walks the sort index and stops after the page, so the
    first page is instant whatever the size of the catalog. A text search is answered
    by the search index instead; the matches are then sorted, not found by walking
    the sort index (which, for a word that sorts late, reads most of the catalog).
    """
    column: ColumnElement[Any] = _SORT_COLUMNS[filt.sort]
    words = normalize_search(filt.text).split()
    if filt.brand_id is not None or any(len(w) >= SEARCH_INDEX_MIN_CHARS for w in words):
        # The same order, but no index can serve it: the matches are found by the search
        # (or brand) index and sorted, instead of walking the sort index past every other
        # brand's products (a brand with few products read most of the catalog).
        column = func.coalesce(column, column)
    order = column.desc() if filt.descending else column.asc()
    tiebreak = Product.id.desc() if filt.descending else Product.id.asc()
    stmt = _filtered(session, filt).order_by(order, tiebreak)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(session.execute(stmt).scalars())


def count_products(session: Session, filt: ProductFilter) -> int:
    inner = _filtered(session, filt).subquery()
    return session.execute(select(func.count()).select_from(inner)).scalar_one()


@dataclass(frozen=True)
class ProductRow:
    """One line of the product list."""

    id: int
    sku: str
    name: str
    barcode: str
    category: str
    brand: str
    unit: str
    retail_price: Decimal
    on_hand: Decimal
    is_published: bool
    version: int
    #: For the channel asked of :func:`load_product_rows`; None when none was asked.
    completeness: Completeness | None = None


def load_product_rows(
    session: Session, ids: Sequence[int], completeness_for: str | None = None
) -> dict[int, ProductRow]:
    """Rows for the given ids (one page of the list) in three small queries, and four
    more with the products' completeness for the channel ``completeness_for``."""
    if not ids:
        return {}
    products = session.execute(
        select(
            Product.id,
            Product.sku,
            Product.name,
            Category.name,
            Brand.name,
            Product.unit,
            Product.retail_price,
            Product.is_published,
            Product.version,
        )
        .outerjoin(Category, Category.id == Product.category_id)
        .outerjoin(Brand, Brand.id == Product.brand_id)
        .where(Product.id.in_(ids))
    ).all()
    barcodes: dict[int, str] = {}
    for pid, code in session.execute(
        select(ProductBarcode.product_id, func.min(ProductBarcode.barcode))
        .where(ProductBarcode.product_id.in_(ids), ProductBarcode.kind == "unit")
        .group_by(ProductBarcode.product_id)
    ):
        barcodes[pid] = code
    stock: dict[int, Decimal] = {
        pid: Decimal(qty)
        for pid, qty in session.execute(
            select(StockLevel.product_id, func.sum(StockLevel.quantity))
            .join(Location, and_(Location.id == StockLevel.location_id, Location.kind == LocationKind.BIN.value))
            .where(StockLevel.product_id.in_(ids))
            .group_by(StockLevel.product_id)
        )
    }
    scores = completeness.score_products(session, ids, completeness_for) if completeness_for else {}
    return {
        pid: ProductRow(
            id=pid,
            sku=sku,
            name=name,
            barcode=barcodes.get(pid, ""),
            category=cat or "",
            brand=brand or "",
            unit=unit,
            retail_price=price,
            on_hand=stock.get(pid, Decimal(0)),
            is_published=published,
            version=version,
            completeness=scores.get(pid),
        )
        for pid, sku, name, cat, brand, unit, price, published, version in products
    }


def parse_money(text: str) -> Decimal:
    """Parse a price typed by a person: ``1 234,50``, ``1234.5``, ``99 ₽``."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("₽", "").replace(",", ".").strip()
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError("'{text}' is not a price; expected a number such as 1 234,50.", text=text) from None
    if not value.is_finite():
        raise ValidationError("'{text}' is not a price; expected a number such as 1 234,50.", text=text)
    if value < 0:
        raise ValidationError("A price can't be negative.")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError("'{text}' has more than two decimal places.", text=text)
    if value >= Decimal("1e12"):
        raise ValidationError("'{text}' is too large for a price.", text=text)
    return value.quantize(Decimal("0.01"))


def set_retail_price(
    session: Session, actor: Actor, product_id: int, price: Decimal, expected_version: int
) -> int:
    """Change a product's retail price; only managers and admins may. Returns the new version."""
    require(actor, Permission.EDIT_PRICES)
    if price < 0:
        raise ValidationError("A price can't be negative.")
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    if product.version != expected_version:
        raise ConflictError(
            "Product {sku} was changed by someone else (version {version}, "
            "you edited version {expected_version}). Reload it and decide again.",
            sku=product.sku, version=product.version, expected_version=expected_version,
        )
    old = product.retail_price
    if old == price:
        return product.version
    product.retail_price = price
    audit.record(session, actor, "update", "product", product.id, "retail_price", old, price)
    outbox.mark_products(session, [product.id], "price")
    session.flush()
    return product.version


def set_published(
    session: Session, actor: Actor, product_id: int, published: bool, expected_version: int
) -> int:
    """Show the product on the website or hide it; publishing needs the card complete
    enough for the website (see :func:`completeness.require_publishable`). Returns the
    new version."""
    require(actor, Permission.EDIT_PRODUCTS)
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    if product.version != expected_version:
        raise ConflictError(
            "Product {sku} was changed by someone else (version {version}, "
            "you edited version {expected_version}). Reload it and decide again.",
            sku=product.sku, version=product.version, expected_version=expected_version,
        )
    if product.is_published == published:
        return product.version
    if published:
        completeness.require_publishable(session, product_id, completeness.WEBSITE)
    audit.record(session, actor, "update", "product", product.id, "is_published", product.is_published, published)
    product.is_published = published
    outbox.mark_products(session, [product.id], "published")
    session.flush()
    return product.version


@dataclass(frozen=True)
class CategoryChoice:
    id: int
    name: str
    depth: int


def list_categories(session: Session) -> list[CategoryChoice]:
    """The category tree, flattened in display order (parents before their children)."""
    rows = session.execute(select(Category.id, Category.parent_id, Category.name, Category.sort_order)).all()
    children: dict[int | None, list[tuple[int, str, int]]] = {}
    for cid, parent, name, order in rows:
        children.setdefault(parent, []).append((order, name, cid))
    out: list[CategoryChoice] = []

    def walk(parent: int | None, depth: int) -> None:
        for _order, name, cid in sorted(children.get(parent, [])):
            out.append(CategoryChoice(cid, name, depth))
            walk(cid, depth + 1)

    walk(None, 0)
    return out


def list_brands(session: Session) -> list[tuple[int, str]]:
    return [(bid, name) for bid, name in session.execute(select(Brand.id, Brand.name).order_by(Brand.name))]


@dataclass(frozen=True)
class StockAtLocation:
    location_code: str
    location_name: str
    quantity: Decimal


@dataclass(frozen=True)
class ProductDetails:
    row: ProductRow
    barcodes: list[tuple[str, str, Decimal]]  # (barcode, kind, pack quantity)
    average_cost: Decimal
    compare_at_price: Decimal | None
    stock: list[StockAtLocation]
    short_description: str


def product_details(session: Session, product_id: int) -> ProductDetails:
    rows = load_product_rows(session, [product_id])
    if product_id not in rows:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    product = session.get(Product, product_id)
    assert product is not None
    codes = [
        (code, kind, qty)
        for code, kind, qty in session.execute(
            select(ProductBarcode.barcode, ProductBarcode.kind, ProductBarcode.pack_quantity)
            .where(ProductBarcode.product_id == product_id)
            .order_by(ProductBarcode.id)
        )
    ]
    stock = [
        StockAtLocation(code, name, Decimal(qty))
        for code, name, qty in session.execute(
            select(Location.code, Location.name, StockLevel.quantity)
            .join(Location, Location.id == StockLevel.location_id)
            .where(StockLevel.product_id == product_id, StockLevel.quantity != 0)
            .order_by(Location.code)
        )
    ]
    return ProductDetails(
        row=rows[product_id],
        barcodes=codes,
        average_cost=product.average_cost,
        compare_at_price=product.compare_at_price,
        stock=stock,
        short_description=product.short_description,
    )
