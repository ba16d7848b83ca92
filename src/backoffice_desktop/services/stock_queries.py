"""Reading stock: levels by product and bin, a product's ledger, bins and stock documents.

Query objects for the Stock workspace; no writes, no permission beyond being logged in.
Lists follow the catalog's pattern: :func:`stock_level_ids` runs one ``select`` of keys
in display order, a page at a time (``LIMIT``/``OFFSET`` in SQL), and
:func:`load_stock_rows` fills only the visible rows in a handful of small queries, so the
first page stays fast at 100 000 products.

Figures:

- *on hand* of a row in the per-bin mode is the level of that bin (or quarantine); in the
  per-product mode it is the sum over the product's bins (quarantine is not on hand for
  selling; it is shown apart as ``quarantined``), as in :func:`services.stock.on_hand`;
- *reserved* is per product: the quantities on open website orders (``OPEN_STATUSES``);
- *available* is per product: on hand in bins − reserved, not clipped at zero (a negative
  figure shows an oversold product; the website gets it clipped, see
  :func:`services.stock.available_to_sell`);
- *value* is the row's on hand × the product's moving average cost, to the cent.

The reorder point is ``Product.safety_stock`` for now: a product is *below its reorder
point* when it has one (> 0) and its on hand in bins is at or below it.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, literal, null, or_, select, type_coerce
from sqlalchemy.orm import Session, aliased

from ..models import (
    OPEN_STATUSES,
    STORAGE_KINDS,
    Category,
    Location,
    LocationKind,
    Product,
    SalesOrder,
    SalesOrderLine,
    StockDocument,
    StockDocumentLine,
    StockLevel,
    StockMove,
    User,
)
from ..models.base import Quantity
from .catalog import _uses_search_index, _word_condition, normalize_search

ZERO = Decimal(0)
CENT = Decimal("0.01")
#: Drafts carry a unique stand-in in the (unique, non-null) number column until posting.
DRAFT_NUMBER_PREFIX = "DRAFT-"
_STORAGE_VALUES = [k.value for k in STORAGE_KINDS]

#: A row's key: (product id, location id), the location None in the per-product mode.
StockKey = tuple[int, int | None]


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def display_number(number: str) -> str:
    """A document's number as shown: empty while it is a draft."""
    return "" if number.startswith(DRAFT_NUMBER_PREFIX) else number


# --- stock levels -----------------------------------------------------------------------


class StockSort(enum.StrEnum):
    NAME = "name"
    SKU = "sku"
    LOCATION = "location"  # bin code; the per-product mode sorts by name instead
    ON_HAND = "on_hand"
    VALUE = "value"


@dataclass(frozen=True)
class StockFilter:
    """What the stock list shows; every part narrows the list in SQL.

    ``per_product`` sums each product's bins into one row (keys ``(product_id, None)``).
    ``location_id`` is a bin, a quarantine or a warehouse (its bins and quarantine); in the
    per-product mode it keeps the products that have a level there, figures stay totals.
    ``zero`` and ``negative`` keep rows whose on hand is zero / below zero (either, when
    both are set); without them rows at zero are hidden unless ``include_empty``.
    ``below_reorder`` keeps products at or below their reorder point (``safety_stock``).
    Products taken out of the range (inactive) are left out unless ``include_inactive``:
    the list by name then walks the (is_active, name) index and the first page is
    instant; with them every matching row is sorted (about 0.1 s at 100 000 products).
    """

    text: str = ""
    category_id: int | None = None
    location_id: int | None = None
    zero: bool = False
    negative: bool = False
    below_reorder: bool = False
    include_empty: bool = False
    include_inactive: bool = False
    per_product: bool = False
    sort: StockSort = StockSort.NAME
    descending: bool = False


def _bins_total(product_id: ColumnElement[int]) -> ColumnElement[Decimal]:
    """A product's on hand summed over its bins (a correlated scalar subquery)."""
    loc = aliased(Location)
    level = aliased(StockLevel)
    inner = (
        select(func.coalesce(func.sum(level.quantity), 0))
        .join(loc, loc.id == level.location_id)
        .where(level.product_id == product_id, loc.kind == LocationKind.BIN.value)
        .scalar_subquery()
    )
    return type_coerce(inner, Quantity)


def _location_scope(location_id: int) -> Select[tuple[int]]:
    """Ids of the storage locations meant by a bin, a quarantine or a warehouse id."""
    return select(Location.id).where(
        Location.kind.in_(_STORAGE_VALUES),
        or_(Location.id == location_id, Location.parent_id == location_id),
    )


def _walks_name_index(filt: StockFilter, dialect: str, single_location: bool) -> bool:
    """Whether the list is best read by walking products in name order and stopping
    after the page (the unfiltered list); when something narrower drives it (the search
    index, one bin, the rare zero or negative rows) or another order is asked for, the
    is_active condition is wrapped so that SQLite's planner doesn't choose that walk."""
    by_name = filt.sort == StockSort.NAME or (filt.per_product and filt.sort == StockSort.LOCATION)
    if not by_name:
        return False
    if single_location or (not filt.per_product and (filt.zero or filt.negative)):
        return False
    words = normalize_search(filt.text).split()
    return not any(_uses_search_index(w, dialect) for w in words)


def _common_conditions(stmt: Select, filt: StockFilter, dialect: str, single_location: bool) -> Select:
    if not filt.include_inactive:
        if _walks_name_index(filt, dialect, single_location):
            stmt = stmt.where(Product.is_active.is_(True))
        else:
            stmt = stmt.where(func.coalesce(Product.is_active, False).is_(True))
    for word in normalize_search(filt.text).split():
        stmt = stmt.where(_word_condition(word, dialect))
    if filt.category_id is not None:
        path = select(Category.path).where(Category.id == filt.category_id).scalar_subquery()
        stmt = stmt.where(Product.category_id.in_(select(Category.id).where(Category.path.like(path + "%"))))
    if filt.below_reorder:
        stmt = stmt.where(Product.safety_stock > 0, _bins_total(Product.id) <= Product.safety_stock)
    return stmt


def _level_conditions(filt: StockFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Location.kind.in_(_STORAGE_VALUES)]
    if filt.location_id is not None:
        conditions.append(or_(Location.id == filt.location_id, Location.parent_id == filt.location_id))
    wanted = []
    if filt.zero:
        wanted.append(StockLevel.quantity == 0)
    if filt.negative:
        wanted.append(StockLevel.quantity < 0)
    if wanted:
        conditions.append(or_(*wanted))
    elif not filt.include_empty:
        conditions.append(StockLevel.quantity != 0)
    return conditions


def _per_bin_select(
    filt: StockFilter, dialect: str, single_location: bool
) -> tuple[Select, dict[StockSort, ColumnElement]]:
    stmt = (
        select(StockLevel.product_id, StockLevel.location_id)
        .join(Product, Product.id == StockLevel.product_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(*_level_conditions(filt))
    )
    stmt = _common_conditions(stmt, filt, dialect, single_location)
    sorts: dict[StockSort, ColumnElement] = {
        StockSort.NAME: Product.name,
        StockSort.SKU: Product.sku,
        StockSort.LOCATION: Location.code,
        StockSort.ON_HAND: StockLevel.quantity,
        StockSort.VALUE: StockLevel.quantity * Product.average_cost,
    }
    return stmt, sorts


def _per_product_select(
    filt: StockFilter, dialect: str, single_location: bool
) -> tuple[Select, dict[StockSort, ColumnElement]]:
    total = _bins_total(Product.id)
    stmt = select(Product.id, null().label("location_id"))
    stmt = _common_conditions(stmt, filt, dialect, single_location)
    if filt.location_id is not None:
        stmt = stmt.where(
            exists().where(
                StockLevel.product_id == Product.id,
                StockLevel.location_id.in_(_location_scope(filt.location_id)),
                StockLevel.quantity != 0,
            )
        )
    wanted = []
    if filt.zero:
        wanted.append(total == 0)
    if filt.negative:
        wanted.append(total < 0)
    if wanted:
        stmt = stmt.where(or_(*wanted))
    elif not filt.include_empty and not filt.below_reorder:
        # Anything in a bin or in quarantine; the index on (product, location) answers it.
        # (Below the reorder point includes products with nothing at all: the most urgent.)
        stmt = stmt.where(
            exists().where(StockLevel.product_id == Product.id, StockLevel.quantity != 0)
        )
    sorts: dict[StockSort, ColumnElement] = {
        StockSort.NAME: Product.name,
        StockSort.SKU: Product.sku,
        StockSort.LOCATION: Product.name,
        StockSort.ON_HAND: total,
        StockSort.VALUE: total * Product.average_cost,
    }
    return stmt, sorts


def _filtered_levels(session: Session, filt: StockFilter) -> tuple[Select, dict[StockSort, ColumnElement]]:
    dialect = session.get_bind().dialect.name
    single = False
    if filt.location_id is not None:
        kind = session.scalar(select(Location.kind).where(Location.id == filt.location_id))
        single = kind in _STORAGE_VALUES
    if filt.per_product:
        return _per_product_select(filt, dialect, single)
    return _per_bin_select(filt, dialect, single)


def stock_level_ids(
    session: Session, filt: StockFilter, offset: int = 0, limit: int | None = 200
) -> list[StockKey]:
    """Keys ``(product_id, location_id)`` of the matching rows in display order, a page at
    a time; ties are broken by product id and location id, so pages are stable."""
    stmt, sorts = _filtered_levels(session, filt)
    column = sorts[filt.sort]
    columns = [column, Product.name] if filt.sort == StockSort.LOCATION and not filt.per_product else [column]
    columns.append(Product.id)
    order = [c.desc() if filt.descending else c.asc() for c in columns]
    if not filt.per_product:
        order.append(StockLevel.location_id.desc() if filt.descending else StockLevel.location_id.asc())
    stmt = stmt.order_by(*order)
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(pid, lid) for pid, lid in session.execute(stmt)]


def count_stock_levels(session: Session, filt: StockFilter) -> int:
    """How many rows the list has. Without text, category or reorder filters the per-bin
    count reads the level table alone (all levels, less those of the few inactive
    products), about 20 ms at 100 000 products instead of a join over every row."""
    product_filters = normalize_search(filt.text) or filt.category_id is not None or filt.below_reorder
    if not filt.per_product and not product_filters:
        conditions = _level_conditions(filt)
        base = select(func.count()).select_from(StockLevel).join(Location, Location.id == StockLevel.location_id)
        total = session.execute(base.where(*conditions)).scalar_one()
        if not filt.include_inactive:
            inactive = select(Product.id).where(Product.is_active.is_(False))
            total -= session.execute(
                base.where(*conditions, StockLevel.product_id.in_(inactive))
            ).scalar_one()
        return total
    stmt, _sorts = _filtered_levels(session, filt)
    return session.execute(select(func.count()).select_from(stmt.subquery())).scalar_one()


@dataclass(frozen=True)
class StockRow:
    """One line of the stock list (a product in a bin, or a product over all its bins)."""

    product_id: int
    location_id: int | None  # None in the per-product mode
    sku: str
    name: str
    unit: str
    category: str
    location_code: str  # "" in the per-product mode
    location_kind: str  # "bin", "quarantine"; "" in the per-product mode
    on_hand: Decimal
    quarantined: Decimal  # per product, in quarantine locations
    reserved: Decimal  # per product, by open orders
    available: Decimal  # per product: on hand in bins − reserved (may be negative)
    average_cost: Decimal
    value: Decimal  # on_hand × average_cost, to the cent
    reorder_point: Decimal  # Product.safety_stock for now
    below_reorder: bool
    is_active: bool


def reserved_quantities(session: Session, product_ids: Sequence[int]) -> dict[int, Decimal]:
    """Quantities on open website orders, per product (only products that have some)."""
    if not product_ids:
        return {}
    return {
        pid: Decimal(qty)
        for pid, qty in session.execute(
            select(SalesOrderLine.product_id, func.sum(SalesOrderLine.quantity))
            .join(SalesOrder, SalesOrder.id == SalesOrderLine.order_id)
            .where(
                SalesOrderLine.product_id.in_(list(product_ids)),
                SalesOrder.status.in_([s.value for s in OPEN_STATUSES]),
            )
            .group_by(SalesOrderLine.product_id)
        )
    }


def load_stock_rows(session: Session, keys: Sequence[StockKey]) -> dict[StockKey, StockRow]:
    """Rows for the given keys (one page of the list), in five small queries."""
    if not keys:
        return {}
    pids = sorted({pid for pid, _ in keys})
    lids = sorted({lid for _, lid in keys if lid is not None})
    products = {
        row[0]: row
        for row in session.execute(
            select(
                Product.id, Product.sku, Product.name, Product.unit, Category.name,
                Product.average_cost, Product.safety_stock, Product.is_active,
            )
            .outerjoin(Category, Category.id == Product.category_id)
            .where(Product.id.in_(pids))
        )
    }
    totals: dict[tuple[int, str], Decimal] = {}
    for pid, kind, qty in session.execute(
        select(StockLevel.product_id, Location.kind, func.sum(StockLevel.quantity))
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.product_id.in_(pids), Location.kind.in_(_STORAGE_VALUES))
        .group_by(StockLevel.product_id, Location.kind)
    ):
        totals[(pid, kind)] = Decimal(qty)
    levels: dict[tuple[int, int], Decimal] = {}
    locations: dict[int, tuple[str, str]] = {}
    if lids:
        for pid, lid, qty in session.execute(
            select(StockLevel.product_id, StockLevel.location_id, StockLevel.quantity).where(
                StockLevel.product_id.in_(pids), StockLevel.location_id.in_(lids)
            )
        ):
            levels[(pid, lid)] = Decimal(qty)
        locations = {
            lid: (code, kind)
            for lid, code, kind in session.execute(
                select(Location.id, Location.code, Location.kind).where(Location.id.in_(lids))
            )
        }
    reserved = reserved_quantities(session, pids)

    rows: dict[StockKey, StockRow] = {}
    for key in keys:
        pid, lid = key
        if pid not in products:
            continue
        _id, sku, name, unit, category, avg, safety, active = products[pid]
        in_bins = totals.get((pid, LocationKind.BIN.value), ZERO)
        quarantined = totals.get((pid, LocationKind.QUARANTINE.value), ZERO)
        if lid is None:
            qty, code, kind = in_bins, "", ""
        else:
            qty = levels.get((pid, lid), ZERO)
            code, kind = locations.get(lid, ("", ""))
        res = reserved.get(pid, ZERO)
        rows[key] = StockRow(
            product_id=pid, location_id=lid, sku=sku, name=name, unit=unit, category=category or "",
            location_code=code, location_kind=kind, on_hand=qty, quarantined=quarantined, reserved=res,
            available=in_bins - res, average_cost=avg, value=money(qty * avg), reorder_point=safety,
            below_reorder=safety > 0 and in_bins <= safety, is_active=active,
        )
    return rows


# --- a product's ledger ---------------------------------------------------------------


@dataclass(frozen=True)
class LedgerEntry:
    """One move as a product's ledger shows it, for the chosen scope."""

    move_id: int
    created_at: datetime  # UTC
    document_type: str  # receipt, adjustment, count, write_off, transfer, sale...
    document_id: int | None
    document_number: str
    from_code: str
    to_code: str
    quantity: Decimal  # signed for the scope: + in, − out, 0 for a move inside the scope
    unit_cost: Decimal
    user: str
    reason: str
    balance: Decimal  # on hand in the scope after this move


def _in_scope(loc: type[Location], location_id: int | None) -> ColumnElement[bool]:
    storage = loc.kind.in_(_STORAGE_VALUES)
    if location_id is None:
        return storage
    return and_(storage, or_(loc.id == location_id, loc.parent_id == location_id))


def _ledger_select(product_id: int, location_id: int | None) -> Select:
    src, dst = aliased(Location), aliased(Location)
    into, out_of = _in_scope(dst, location_id), _in_scope(src, location_id)
    signed = type_coerce(
        case(
            (and_(into, ~out_of), StockMove.quantity),
            (and_(out_of, ~into), -StockMove.quantity),
            else_=literal(0),
        ),
        Quantity,
    )
    user_name = case((User.full_name != "", User.full_name), else_=User.username)
    return (
        select(
            StockMove.id.label("id"),
            StockMove.created_at.label("created_at"),
            StockMove.document_type.label("document_type"),
            StockMove.document_id.label("document_id"),
            StockMove.document_number.label("document_number"),
            src.code.label("from_code"),
            dst.code.label("to_code"),
            signed.label("quantity"),
            StockMove.unit_cost.label("unit_cost"),
            func.coalesce(user_name, "").label("user"),
            StockMove.reason.label("reason"),
            type_coerce(
                func.sum(signed).over(order_by=(StockMove.created_at, StockMove.id)), Quantity
            ).label("balance"),
        )
        .join(src, src.id == StockMove.from_location_id)
        .join(dst, dst.id == StockMove.to_location_id)
        .outerjoin(User, User.id == StockMove.user_id)
        .where(StockMove.product_id == product_id, or_(into, out_of))
    )


def product_ledger(
    session: Session, product_id: int, location_id: int | None = None, offset: int = 0, limit: int | None = 200
) -> list[LedgerEntry]:
    """A product's moves, newest first, with the balance after each.

    The scope is every storage location (bins and quarantine) when ``location_id`` is
    None, else that bin, quarantine or warehouse (its storage locations). The running
    balance is a window sum over the whole ledger in time order, computed in SQL before
    the page is cut, so it is right on every page.
    """
    inner = _ledger_select(product_id, location_id).subquery()
    stmt = select(inner).order_by(inner.c.created_at.desc(), inner.c.id.desc())
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        LedgerEntry(
            move_id=r.id, created_at=r.created_at, document_type=r.document_type, document_id=r.document_id,
            document_number=r.document_number, from_code=r.from_code, to_code=r.to_code,
            quantity=Decimal(r.quantity), unit_cost=r.unit_cost, user=r.user or "", reason=r.reason,
            balance=Decimal(r.balance),
        )
        for r in session.execute(stmt)
    ]


def count_ledger(session: Session, product_id: int, location_id: int | None = None) -> int:
    inner = _ledger_select(product_id, location_id).subquery()
    return session.execute(select(func.count()).select_from(inner)).scalar_one()


# --- pickers and document lists ---------------------------------------------------------


@dataclass(frozen=True)
class BinChoice:
    id: int
    code: str
    name: str
    kind: str  # "bin" or "quarantine"
    warehouse_id: int | None
    warehouse_code: str


def list_bins(session: Session, include_inactive: bool = False) -> list[BinChoice]:
    """Bins and quarantine locations, grouped by warehouse, bins before quarantine."""
    wh = aliased(Location)
    stmt = (
        select(Location.id, Location.code, Location.name, Location.kind, Location.parent_id, wh.code)
        .outerjoin(wh, wh.id == Location.parent_id)
        .where(Location.kind.in_(_STORAGE_VALUES))
        .order_by(
            func.coalesce(wh.code, ""),
            case((Location.kind == LocationKind.BIN.value, 0), else_=1),
            Location.code,
        )
    )
    if not include_inactive:
        stmt = stmt.where(Location.is_active.is_(True))
    return [
        BinChoice(i, code, name, kind, parent, whcode or "")
        for i, code, name, kind, parent, whcode in session.execute(stmt)
    ]


@dataclass(frozen=True)
class StockDocumentSummary:
    """One line of the stock documents list."""

    id: int
    number: str  # "" while a draft
    kind: str  # StockDocumentKind value
    state: str  # DocumentState value
    location_code: str
    reason: str
    author: str
    created_at: datetime
    posted_at: datetime | None
    line_count: int
    version: int


def list_stock_documents(
    session: Session,
    kind: str | None = None,
    state: str | None = None,
    limit: int | None = 200,
    offset: int = 0,
) -> list[StockDocumentSummary]:
    """Adjustments, counts, write-offs and transfers, newest first."""
    author_name = case((User.full_name != "", User.full_name), else_=User.username)
    lines = (
        select(func.count(StockDocumentLine.id))
        .where(StockDocumentLine.document_id == StockDocument.id)
        .scalar_subquery()
    )
    stmt = (
        select(
            StockDocument.id, StockDocument.number, StockDocument.kind, StockDocument.state, Location.code,
            StockDocument.reason, author_name, StockDocument.created_at, StockDocument.posted_at, lines,
            StockDocument.version,
        )
        .outerjoin(Location, Location.id == StockDocument.location_id)
        .outerjoin(User, User.id == StockDocument.author_id)
        .order_by(StockDocument.created_at.desc(), StockDocument.id.desc())
    )
    if kind is not None:
        stmt = stmt.where(StockDocument.kind == str(kind))
    if state is not None:
        stmt = stmt.where(StockDocument.state == str(state))
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    out = []
    for did, number, dkind, dstate, code, reason, author, created, posted, count, version in session.execute(stmt):
        if dkind == "count":
            reason = ""  # a count's reason column holds its options, not a reason
        out.append(
            StockDocumentSummary(
                id=did, number=display_number(number), kind=dkind, state=dstate, location_code=code or "",
                reason=reason, author=author or "", created_at=created, posted_at=posted,
                line_count=count, version=version,
            )
        )
    return out


__all__ = [
    "BinChoice", "DRAFT_NUMBER_PREFIX", "LedgerEntry", "StockDocumentSummary", "StockFilter",
    "StockKey", "StockRow", "StockSort", "count_ledger", "count_stock_levels", "display_number", "list_bins",
    "list_stock_documents", "load_stock_rows", "money", "product_ledger", "reserved_quantities",
    "stock_level_ids",
]
