"""What a site or a feed shows about a product besides stock and prices.

:class:`~backoffice_desktop.sync.outbox.ProductState` carries the values a run must
keep true (quantity, prices, published); documents such as CommerceML's offers.xml or a
YML feed also need a name, a unit, a category and so on. A :class:`Listing` puts the two
together as plain data, so the writers in ``sync/commerceml`` and ``sync/feeds`` never
touch the store; :func:`load_listings` reads them for a batch of states (a sync run's
outbox batch), :func:`iter_listings` for the whole catalogue (a full export, a feed).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter

from sqlalchemy import ColumnElement, Row, Select, select, type_coerce
from sqlalchemy.types import NullType
from sqlalchemy.orm import Session

from ..models import Brand, Category, Product, ProductBarcode, utcnow
from ..services.completeness import WEBSITE, ChannelScorer
from ..services.stock import available_to_sell_between, reserved_by_open_orders
from .outbox import ProductState

CENT = Decimal("0.01")
#: Most distinct prices :class:`_Prices` remembers before it starts afresh (memory stays flat).
KNOWN_PRICES = 10_000


@dataclass(frozen=True)
class Listing:
    """One product as a document shows it: the state sent plus its descriptive data."""

    state: ProductState
    name: str
    #: Our unit code: pcs, kg, m, l or pack.
    unit: str = "pcs"
    category_id: int | None = None
    vendor: str = ""
    barcode: str = ""
    url: str = ""

    @property
    def quantity_to_show(self) -> Decimal:
        """What a site is told it may sell: available, never below zero, and nothing
        while the product isn't published (a document's way of hiding it)."""
        if not self.state.published or self.state.available <= 0:
            return Decimal(0)
        return self.state.available

    @classmethod
    def bare(cls, state: ProductState) -> Listing:
        """A listing when only the state is at hand: the SKU stands in for the name."""
        return cls(state=state, name=state.sku)


@dataclass(frozen=True)
class ListingCategory:
    """A category as the documents list it (a tree through ``parent_id``)."""

    id: int
    name: str
    parent_id: int | None = None


def _described() -> Select:
    """Products with what a document says about them, brand included."""
    return (
        select(Product.id, Product.name, Product.unit, Product.category_id, Product.slug, Brand.name.label("brand"))
        .outerjoin(Brand, Brand.id == Product.brand_id)
    )


class _Prices:
    """Stored prices as Decimals with two places, each distinct value converted once.

    A catalogue has far fewer distinct prices than products, and converting every row's
    prices to Decimal was a fifth of reading the whole catalogue. Takes the driver's own
    value: an int or float on SQLite (converted the way SQLAlchemy converts it), a Decimal
    already on PostgreSQL."""

    def __init__(self) -> None:
        self.known: dict[int | float, Decimal] = {}

    def __call__(self, stored: int | float | Decimal | None) -> Decimal | None:
        if stored is None or isinstance(stored, Decimal):
            return stored
        value = self.known.get(stored)
        if value is None:
            if len(self.known) >= KNOWN_PRICES:
                self.known.clear()
            value = self.known[stored] = Decimal(f"{stored:.2f}")
        return value


#: (id, category, slug, meta title, meta description) of a row of :func:`iter_listings`, for the publish check.
_card = itemgetter(0, 3, 4, 11, 12)


def _unit_barcodes(session: Session, condition: ColumnElement[bool]) -> dict[int, str]:
    """The first unit barcode of each product matching ``condition``."""
    barcodes: dict[int, str] = {}
    for product_id, code in session.connection().execute(
        select(ProductBarcode.product_id, ProductBarcode.barcode)
        .where(condition, ProductBarcode.kind == "unit")
        .order_by(ProductBarcode.product_id.desc(), ProductBarcode.id.desc())
    ).all():
        barcodes[product_id] = code  # the lowest id of each product comes last and stays
    return barcodes


def _listing(state: ProductState, row: Row, barcode: str, url_template: str) -> Listing:
    url = ""
    if url_template and (row.slug or "{slug}" not in url_template):
        url = url_template.format(slug=row.slug or "", sku=state.sku, id=state.product_id)
    return Listing(state=state, name=row.name, unit=row.unit, category_id=row.category_id,
                   vendor=row.brand or "", barcode=barcode, url=url)


def load_listings(
    session: Session, states: Sequence[ProductState], url_template: str = ""
) -> list[Listing]:
    """The listings of ``states`` in their order, with name, unit, category, brand and
    the first unit barcode; ``url_template`` (such as ``https://shop.example/p/{slug}``,
    fields ``{slug}``, ``{sku}``, ``{id}``) gives each product's page when the site's
    addresses follow a pattern."""
    ids = [s.product_id for s in states]
    rows = {
        r.id: r
        for chunk in _chunks(ids, 500)
        for r in session.execute(_described().where(Product.id.in_(chunk)))
    }
    barcodes: dict[int, str] = {}
    for chunk in _chunks(ids, 500):
        barcodes.update(_unit_barcodes(session, ProductBarcode.product_id.in_(chunk)))
    return [
        _listing(state, rows[state.product_id], barcodes.get(state.product_id, ""), url_template)
        if state.product_id in rows else Listing.bare(state)
        for state in states
    ]


def iter_listings(
    session: Session, url_template: str = "", batch_size: int = 2000, now: datetime | None = None,
    channel: str = WEBSITE,
) -> Iterator[Listing]:
    """Every active product as a listing, read in batches of ``batch_size`` (by id), for
    a whole-catalogue document or a feed: memory stays flat however large the catalogue.
    Each batch is three queries over its id range (products with their brands, what can
    be sold, unit barcodes), never one per product nor a long list of ids; what open
    orders reserve is read once, before the first batch.
    ``marked_at`` of each state is ``now`` (nothing is acknowledged from a full export).
    A published product below ``channel``'s publish threshold is listed as not published:
    the batch's published products are judged together (a few queries over its id range)."""
    moment = now or utcnow()
    scorer = ChannelScorer(session, channel)
    # Core rows straight from the connection: the ORM's row loading would cost more
    # than the queries themselves at this size.
    connection = session.connection()
    reserved = reserved_by_open_orders(session)
    price = _Prices()
    last_id = 0
    while True:
        # By the primary key alone, inactive products skipped here: a filter on is_active
        # in SQL lets SQLite pick that index and sort the whole catalogue for every batch.
        rows = connection.execute(
            _described()
            .add_columns(Product.sku, type_coerce(Product.retail_price, NullType()),
                         type_coerce(Product.compare_at_price, NullType()), Product.is_published, Product.is_active,
                         Product.meta_title, Product.meta_description)
            .where(Product.id > last_id)
            .order_by(Product.id)
            .limit(batch_size)
        ).all()
        if not rows:
            return
        first_id, last_id = rows[0].id, rows[-1].id
        available = available_to_sell_between(session, first_id, last_id, reserved)
        barcodes = _unit_barcodes(session, ProductBarcode.product_id.between(first_id, last_id))
        below = scorer.below_threshold_in_range(
            session, first_id, last_id, [_card(row) for row in rows if row[9] and row[10]])  # published, active
        zero = Decimal(0)
        for pid, name, unit, category_id, slug, brand, sku, retail, compare, published, active, *_meta in rows:
            if not active:
                continue
            if published and pid in below:
                published = False
            state = ProductState(pid, sku, available.get(pid, zero), price(retail), price(compare), published,
                                 moment)
            url = ""
            if url_template and (slug or "{slug}" not in url_template):
                url = url_template.format(slug=slug or "", sku=sku, id=pid)
            yield Listing(state, name, unit, category_id, brand or "", barcodes.get(pid, ""), url)


def load_categories(session: Session) -> list[ListingCategory]:
    """Every category, parents before children (as feeds want them)."""
    rows = session.execute(
        select(Category.id, Category.name, Category.parent_id).order_by(Category.path, Category.id)
    ).all()
    return [ListingCategory(id=r.id, name=r.name, parent_id=r.parent_id) for r in rows]


def format_amount(value: Decimal) -> str:
    """Money as documents write it: two decimals, a dot, no grouping (``1490.00``)."""
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def format_quantity(value: Decimal) -> str:
    """A quantity without trailing zeros or an exponent (``12``, ``1.5``)."""
    text = format(value.normalize(), "f")
    return text if text != "-0" else "0"


def _chunks(values: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]
