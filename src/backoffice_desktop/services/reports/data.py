"""Set-based reads shared by the reports: sales over any period from the summary tables,
the product filters, and stock on hand and its value on past dates from the ledger.

A period's sales per product are read as its whole months (monthly rows), then whole
ISO weeks (weekly rows), then the days left over (line facts): a year is a few hundred
thousand narrow rows grouped in SQL, never a scan of the order lines. Reports group,
rank and total in SQL as well and fetch plain integers, so only the rows shown on screen
become Python objects.

Stock is valued from the ledger: each move's quantity × its unit cost, in where it
enters storage (bins, quarantine) and out where it leaves. Receipts carry their landed
cost and outgoing moves the average cost when they were posted, so this sum is the book
value under the weighted moving average, on any past date: the moves up to the end of
that local day. Moves between two storage places change nothing. Each product's value
is rounded to the kopeck; totals add those up.

A product's **supplier** is the one it was last received from (posted receipts, not
reversals); a product never received belongs to the active supplier with the cheapest
offer for it. Like categories, that is the current assignment, so each product's sales
count under exactly one supplier and totals add up.

Filters are ids; 0 means "none" (products without a category, brand or supplier).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any, NamedTuple

from sqlalchemy import (
    ARRAY,
    BigInteger,
    ColumnElement,
    Date,
    Integer,
    Select,
    Subquery,
    and_,
    any_,
    case,
    cast,
    func,
    false,
    literal,
    null,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.orm import aliased

from ...errors import ValidationError
from ...exports.report_data import Period
from ...models import (
    STORAGE_KINDS,
    Category,
    DocumentState,
    Location,
    LocationKind,
    Product,
    Receipt,
    ReceiptLine,
    ReportSalesDay,
    ReportSalesLine,
    ReportSalesMonth,
    ReportSalesWeek,
    ReportStockMonth,
    StockDocument,
    StockMove,
    Supplier,
    SupplierOffer,
)
from .common import Context
from .periods import month_start, segments
from .stock_summary import SUPPLIER_RETURN
from .summary import MEASURES
from .zones import day_start_utc

F = ReportSalesLine.__table__
W = ReportSalesWeek.__table__
M = ReportSalesMonth.__table__
D = ReportSalesDay.__table__
S = ReportStockMonth.__table__
P = Product.__table__
#: Stock values are summed exactly in 1e-7 (quantity thousandths × unit cost in 1e-4).
VALUE_DIVISOR = 100_000


def isum(expr: Any) -> ColumnElement[Any]:
    """SUM as a BIGINT (PostgreSQL sums BIGINTs as NUMERIC), 0 for no rows."""
    return cast(func.coalesce(func.sum(expr), 0), BigInteger)


def fetch(ctx: Context, stmt: Any) -> Sequence[Any]:
    """Rows as plain tuples, bypassing the ORM's result machinery."""
    return ctx.session.connection().execute(stmt).all()


def kopecks_sql(value_e7: Any) -> ColumnElement[Any]:
    """A value in 1e-7 roubles rounded half up (away from zero) to whole kopecks."""
    half = VALUE_DIVISOR // 2
    return case((value_e7 >= 0, (value_e7 + half) // VALUE_DIVISOR), else_=-((half - value_e7) // VALUE_DIVISOR))


class Net(NamedTuple):
    """Net sales (sold − returned) in stored units, and the units returned."""

    units: int = 0
    revenue: int = 0
    cost: int = 0
    returned_units: int = 0

    @property
    def margin(self) -> int:
        return self.revenue - self.cost

    def __add__(self, other: object) -> Net:  # type: ignore[override]
        assert isinstance(other, Net)
        return Net(*(a + b for a, b in zip(self, other, strict=True)))


# --- which products ----------------------------------------------------------------------------

def _latest_receipts() -> Select[Any]:
    """Posted receipt lines (not reversals) per product, latest first: ``product_id,
    supplier_id, rank``."""
    return (
        select(ReceiptLine.product_id, Receipt.supplier_id,
               func.row_number().over(partition_by=ReceiptLine.product_id,
                                      order_by=(Receipt.posted_at.desc(), Receipt.id.desc())).label("rank"))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.state == DocumentState.POSTED.value, Receipt.reversal_of_id.is_(None))
    )


def _cheapest_offers() -> Select[Any]:
    """Active suppliers' offers per product, cheapest first: ``product_id, supplier_id, rank``."""
    return (
        select(SupplierOffer.product_id, SupplierOffer.supplier_id,
               func.row_number().over(partition_by=SupplierOffer.product_id,
                                      order_by=(SupplierOffer.price, SupplierOffer.supplier_id)).label("rank"))
        .join(Supplier, Supplier.id == SupplierOffer.supplier_id)
        .where(Supplier.is_active.is_(True), SupplierOffer.product_id.is_not(None))
    )


def supplier_map() -> Select[Any]:
    """``product_id, supplier_id`` of every product that has a supplier: its latest posted
    receipt's, else (products never received) its cheapest active offer's."""
    received_ranked = _latest_receipts().subquery()
    received = select(ReceiptLine.product_id).join(Receipt, Receipt.id == ReceiptLine.receipt_id).where(
        Receipt.state == DocumentState.POSTED.value, Receipt.reversal_of_id.is_(None))
    offered_ranked = _cheapest_offers().where(SupplierOffer.product_id.not_in(received)).subquery()
    return union_all(
        select(received_ranked.c.product_id, received_ranked.c.supplier_id).where(received_ranked.c.rank == 1),
        select(offered_ranked.c.product_id, offered_ranked.c.supplier_id).where(offered_ranked.c.rank == 1),
    )


def supplier_of(product_id: Any) -> ColumnElement[Any]:
    """The supplier of the product ``product_id`` (a column), looked up per product
    through the indexes (for a filter's few candidates; see :func:`supplier_map`)."""
    received = (
        select(Receipt.supplier_id).join(ReceiptLine, ReceiptLine.receipt_id == Receipt.id)
        .where(ReceiptLine.product_id == product_id, Receipt.state == DocumentState.POSTED.value,
               Receipt.reversal_of_id.is_(None))
        .order_by(Receipt.posted_at.desc(), Receipt.id.desc()).limit(1).scalar_subquery()
    )
    offered = (
        select(SupplierOffer.supplier_id).join(Supplier, Supplier.id == SupplierOffer.supplier_id)
        .where(SupplierOffer.product_id == product_id, Supplier.is_active.is_(True))
        .order_by(SupplierOffer.price, SupplierOffer.supplier_id).limit(1).scalar_subquery()
    )
    return func.coalesce(received, offered)


def _supplied_by(supplier_id: int) -> Select[Any]:
    """The ids of the products whose supplier (see :func:`supplier_map`) is ``supplier_id``.

    Only products the supplier offers or delivered can be its products; their latest
    receipts are ranked in one pass. (Asking :func:`supplier_of` per candidate made
    PostgreSQL hash the receipts again for each of tens of thousands of products.)"""
    offered = select(SupplierOffer.product_id).where(SupplierOffer.supplier_id == supplier_id)
    delivered = select(ReceiptLine.product_id).join(Receipt, Receipt.id == ReceiptLine.receipt_id).where(
        Receipt.supplier_id == supplier_id)
    candidates = select(Product.id).where(or_(Product.id.in_(offered), Product.id.in_(delivered))).cte()
    ranked = _latest_receipts().where(ReceiptLine.product_id.in_(select(candidates.c.id))).subquery()
    latest = select(ranked.c.product_id, ranked.c.supplier_id).where(ranked.c.rank == 1).subquery()
    cheapest = (
        select(SupplierOffer.supplier_id).join(Supplier, Supplier.id == SupplierOffer.supplier_id)
        .where(SupplierOffer.product_id == candidates.c.id, Supplier.is_active.is_(True))
        .order_by(SupplierOffer.price, SupplierOffer.supplier_id).limit(1).scalar_subquery()
    )
    return (
        select(candidates.c.id).outerjoin(latest, latest.c.product_id == candidates.c.id)
        .where(func.coalesce(latest.c.supplier_id, cheapest) == supplier_id)
    )


def _of_supplier(ctx: Context, supplier_id: int) -> ColumnElement[bool]:
    """Products of the supplier. PostgreSQL gets their ids, worked out once per report,
    as one array: it then knows how many there are (it took the subquery for a few
    hundred and read the sales summary by index for each of 23 000 products, where
    one pass with a hash is faster)."""
    if ctx.dialect != "postgresql":
        return Product.id.in_(_supplied_by(supplier_id))
    key = f"supplied_by_{supplier_id}"
    if key not in ctx.names:
        ctx.names[key] = [pid for (pid,) in fetch(ctx, _supplied_by(supplier_id))]
    return Product.id == any_(literal(ctx.names[key], ARRAY(Integer)))


def product_filter(ctx: Context) -> Select[Any] | None:
    """The ids of the products the filters keep, or None when nothing is filtered.

    The category filter takes its subcategories too, unless the option
    ``category_scope`` is ``"own"`` (products directly in it: a drill-down from a
    parent's own row)."""
    params = ctx.params
    conditions: list[ColumnElement[bool]] = []
    if params.category_id == 0:
        conditions.append(Product.category_id.is_(None))
    elif params.category_id is not None:
        if ctx.options.get("category_scope") == "own":
            conditions.append(Product.category_id == params.category_id)
        else:
            known = ctx.categories()
            if params.category_id not in known:
                raise ValidationError("The category no longer exists.")
            subtree = select(Category.id).where(Category.path.like(known[params.category_id][2] + "%"))
            conditions.append(Product.category_id.in_(subtree))
    if params.brand_id == 0:
        conditions.append(Product.brand_id.is_(None))
    elif params.brand_id is not None:
        conditions.append(Product.brand_id == params.brand_id)
    if params.supplier_id == 0:
        conditions.append(supplier_of(Product.id).is_(None))
    elif params.supplier_id is not None:
        conditions.append(_of_supplier(ctx, params.supplier_id))
    if not conditions:
        return None
    if ctx.dialect == "postgresql" and params.supplier_id:
        # Not a CTE: PostgreSQL estimates a CTE's ids as 200 distinct ones, and reads
        # the summary by index once per product; from the products table it knows.
        return select(Product.id).where(*conditions)
    # Read by every part of a period's union: worked out once (a CTE read more than once).
    kept = select(Product.id).where(*conditions).cte()
    return select(kept.c.id)


def restrict(stmt: Select[Any], column: Any, products: Select[Any] | Sequence[int] | None) -> Select[Any]:
    return stmt if products is None else stmt.where(column.in_(products))


# --- sales -------------------------------------------------------------------------------------

def _period_rows(period: Period, products: Select[Any] | Sequence[int] | None,
                 demand: tuple[str, date, date] | None = None, measures: Sequence[str] = MEASURES) -> Subquery:
    """``product_id`` and the stored ``measures`` of the period's monthly, weekly and line
    rows; with ``demand`` (``("month" | "week", first, last)``) also ``demand_units``: the
    units of each month or ISO week starting ``first`` to ``last`` (else 0), so demand
    comes in the same pass. Monthly demand is the monthly rows already read; weekly
    demand adds the weekly rows with measures of 0."""
    parts: list[Select[Any]] = []
    split = segments(period)
    zero = literal(0, BigInteger)
    for table, ranges in ((M, split.months), (W, split.weeks), (F, split.days)):
        for first, last in ranges:
            columns = [table.c.product_id, *[table.c[m] for m in measures]]
            if demand is not None:
                columns.append((table.c.units if table is M and demand[0] == "month" else zero).label("demand_units"))
            stmt = select(*columns).where(table.c.day.between(first, last))
            parts.append(restrict(stmt, table.c.product_id, products))
    if demand is not None and demand[0] == "week":
        weekly = select(W.c.product_id, *[zero for _m in measures], W.c.units.label("demand_units"))
        parts.append(restrict(weekly.where(W.c.day.between(demand[1], demand[2])), W.c.product_id, products))
    return (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()


def net_sums(rows: Any) -> list[ColumnElement[Any]]:
    """units, revenue, cost (net of returns) and returned_units, summed."""
    return [isum(rows.c[m]).label(m) for m in MEASURES]


def per_product(ctx: Context, period: Period, products: Select[Any] | Sequence[int] | None = None,
                demand: tuple[str, date, date] | None = None, measures: Sequence[str] = MEASURES) -> Subquery:
    """The period's net sums per product (``product_id`` and ``measures``: units, revenue,
    cost, returned_units unless fewer are asked for: each sum costs SQLite a tenth of a
    second over a year); products filtered by ``products`` or the report's filters. With
    ``demand`` (see :func:`_period_rows`), also Σ and Σ² of the units per month or week
    (``total``, ``squares``): XYZ in the same pass."""
    rows = _period_rows(period, product_filter(ctx) if products is None else products, demand, measures)
    columns = [isum(rows.c[m]).label(m) for m in measures]
    if demand is not None:
        columns += [isum(rows.c.demand_units).label("total"),
                    isum(rows.c.demand_units * rows.c.demand_units).label("squares")]
    return select(rows.c.product_id, *columns).group_by(rows.c.product_id).subquery()


def per_product_in_category(ctx: Context, period: Period) -> Subquery:
    """The period's net sums per catalog product with its current category:
    ``category_id, product_id, units, cost``. PostgreSQL joins the period's rows to the
    products before grouping (a hash join: it can't estimate how many products a union's
    rows group into, and joined to 200 it expects, probes the products 80 000 times);
    SQLite groups per product first and looks each one up."""
    if ctx.dialect == "postgresql":
        rows = _period_rows(period, product_filter(ctx), measures=("units", "cost"))
        return (select(P.c.category_id, rows.c.product_id, isum(rows.c.units).label("units"),
                       isum(rows.c.cost).label("cost"))
                .select_from(rows.join(P, P.c.id == rows.c.product_id))
                .group_by(rows.c.product_id, P.c.category_id).subquery())
    sums = per_product(ctx, period, measures=("units", "cost"))
    return (select(P.c.category_id, sums.c.product_id, sums.c.units, sums.c.cost)
            .select_from(sums.join(P, P.c.id == sums.c.product_id)).subquery())


def grouped_sales(ctx: Context, period: Period, by: str, measures: Sequence[str] = MEASURES) -> dict[int | None, Net]:
    """Net sums per category, brand or supplier (None: without one; -1: lines whose
    product is not in the catalog): the ``measures`` asked for, the others left at 0
    (each sum fewer is ≈ 0.1 s less over a year on SQLite).

    PostgreSQL joins the period's rows to the products (or to each product's supplier)
    and groups once, by hash joins. SQLite joins row by row and may not index a derived
    table, so there the rows are grouped per product first; for suppliers the products'
    suppliers (:func:`supplier_map`) are worked out once (a materialized CTE, which
    SQLite indexes on the fly for the join; were the sums one too, it would join the two
    row by row) and the sums grouped per supplier in SQL: one row per supplier fetched."""
    def net(values: Sequence[Any]) -> Net:
        return Net(**{m: int(v) for m, v in zip(measures, values, strict=True)})

    if ctx.dialect == "postgresql":
        rows: Any = _period_rows(period, product_filter(ctx), measures=measures)
    elif by == "supplier":
        sums = per_product(ctx, period, measures=measures)
        suppliers = supplier_map().cte("product_suppliers").prefix_with("MATERIALIZED")
        key = case((sums.c.product_id == 0, -1), else_=suppliers.c.supplier_id).label("key")
        stmt = (select(key, *[isum(sums.c[m]) for m in measures])
                .select_from(sums.outerjoin(suppliers, suppliers.c.product_id == sums.c.product_id)).group_by(key))
        return {k: net(v) for k, *v in fetch(ctx, stmt)}
    else:
        rows = per_product(ctx, period, measures=measures)
    if by == "supplier":
        received, offered = _latest_receipts().subquery(), _cheapest_offers().subquery()
        source = (rows.outerjoin(received, and_(received.c.product_id == rows.c.product_id, received.c.rank == 1))
                  .outerjoin(offered, and_(offered.c.product_id == rows.c.product_id, offered.c.rank == 1)))
        key = case((rows.c.product_id == 0, -1), else_=func.coalesce(received.c.supplier_id, offered.c.supplier_id))
    else:
        source = rows.outerjoin(P, P.c.id == rows.c.product_id)
        key = case((rows.c.product_id == 0, -1), else_=P.c.category_id if by == "category" else P.c.brand_id)
    key = key.label("key")
    columns = [isum(rows.c[m]) for m in measures]
    return {k: net(v) for k, *v in fetch(ctx, select(key, *columns).select_from(source).group_by(key))}


@dataclass(frozen=True, slots=True)
class DaySums:
    orders: int = 0
    units: int = 0
    revenue: int = 0
    cost: int = 0


def daily(ctx: Context, first: date, last: date) -> dict[date, DaySums]:
    """Net sums and the number of orders per local day (with a filter: the orders that
    hold at least one of the filtered products)."""
    products = product_filter(ctx)
    if products is None:
        stmt = select(D.c.day, D.c.orders, D.c.units, D.c.revenue, D.c.cost).where(D.c.day.between(first, last))
    else:
        orders = func.count(func.distinct(case((F.c.counted, F.c.order_id))))
        stmt = restrict(
            select(F.c.day, orders, *net_sums(F)[:3]).where(F.c.day.between(first, last)).group_by(F.c.day),
            F.c.product_id, products,
        )
    return {_day(day): DaySums(*(int(v) for v in values)) for day, *values in fetch(ctx, stmt)}


def _day(value: Any) -> date:
    """A DATE as the driver returns it (SQLite: text, outside the ORM's type handling)."""
    return value if isinstance(value, date) else date.fromisoformat(value)


def last_sales(ctx: Context, until: date, products: Sequence[int]) -> dict[int, date]:
    """The last local day each of ``products`` sold on, up to ``until``: the month it
    last sold in (monthly rows), then the day within it (line facts)."""
    found: dict[int, date] = {}
    this_month = month_start(until)
    for start in range(0, len(products), 500):
        chunk = products[start:start + 500]
        latest = (
            select(M.c.product_id, func.max(M.c.day).label("month"))
            .where(M.c.product_id.in_(chunk), M.c.day < this_month, M.c.units + M.c.returned_units > 0)
            .group_by(M.c.product_id)
        ).subquery()
        # Per product through the (product, day) index: a join lets PostgreSQL misjudge
        # the few rows it needs and scan every line.
        day_in_month = (
            select(func.max(F.c.day))
            .where(F.c.product_id == latest.c.product_id, F.c.day >= latest.c.month, F.c.day < this_month,
                   F.c.units + F.c.returned_units > 0)
            .scalar_subquery()
        )
        older = select(latest.c.product_id, day_in_month)
        recent = (
            select(F.c.product_id, func.max(F.c.day))
            .where(F.c.product_id.in_(chunk), F.c.day.between(this_month, until), F.c.units + F.c.returned_units > 0)
            .group_by(F.c.product_id)
        )
        found.update((pid, _day(day)) for pid, day in fetch(ctx, older) if day is not None)
        found.update((pid, _day(day)) for pid, day in fetch(ctx, recent))
    return found


# --- stock -------------------------------------------------------------------------------------

def month_cut(moment: datetime) -> datetime:
    """The first instant of ``moment``'s calendar month in UTC (the months of :data:`S`)."""
    moment = moment.astimezone(timezone.utc)
    return datetime(moment.year, moment.month, 1, tzinfo=timezone.utc)


def next_month_cut(moment: datetime) -> datetime:
    cut = month_cut(moment)
    return cut.replace(year=cut.year + 1, month=1) if cut.month == 12 else cut.replace(month=cut.month + 1)


@dataclass(frozen=True, slots=True)
class Before:
    """The ledger before an instant: the months of :data:`S` before ``month``, plus
    ``sign`` × the moves posted in ``[low, high)``: the moves of the instant's own month
    up to it (+), or, when fewer moves follow it in that month, the month taken whole
    and the moves after the instant taken off (−)."""

    month: date
    low: datetime
    high: datetime
    sign: int


def before(ctx: Context, moment: datetime) -> Before:
    cut, following = month_cut(moment), next_month_cut(moment)
    if cut == moment:
        return Before(cut.date(), moment, moment, 1)
    ahead = func.coalesce(func.sum(case((StockMove.created_at < moment, 1), else_=0)), 0)
    counted = select(ahead, func.count()).where(StockMove.created_at >= cut, StockMove.created_at < following)
    earlier, total = fetch(ctx, counted)[0]
    if total - earlier < earlier:
        return Before(following.date(), moment, following, -1)
    return Before(cut.date(), cut, moment, 1)


def signed_moves(ctx: Context, spans: Sequence[tuple[datetime, datetime]]) -> Any:
    """Ledger moves posted within any of ``spans`` (``[start, end)`` instants) that enter
    or leave storage (bins, quarantine): ``product_id``, ``created_at``, the quantity in
    thousandths and the value in 1e-7, both signed + into storage and − out of it, the
    far end's location kind and, for a supplier's end, the supplier of the receipt or
    the return to the supplier (``supplier_id``, 0: none). The arithmetic of
    :mod:`.stock_summary`, which holds the whole months. SQLite would inline the signs
    into every sum that reads them, so there they are worked out once."""
    source, target = aliased(Location), aliased(Location)
    kinds = [k.value for k in STORAGE_KINDS]
    into, out = target.kind.in_(kinds), source.kind.in_(kinds)
    sign = case((and_(into, ~out), 1), (and_(out, ~into), -1), else_=0)
    qty = cast(func.round(StockMove.quantity * 1000), BigInteger) * sign
    other = case((into, source.kind), else_=target.kind)
    supplier = case((other == LocationKind.SUPPLIER.value,
                     func.coalesce(Receipt.supplier_id, StockDocument.supplier_id, 0)), else_=literal(0, Integer))
    within = [and_(StockMove.created_at >= start, StockMove.created_at < end) for start, end in spans if start < end]
    moves = (
        select(StockMove.product_id, StockMove.created_at, qty.label("qty"),
               (qty * cast(func.round(StockMove.unit_cost * 10000), BigInteger)).label("value"),
               other.label("other_kind"), supplier.label("supplier_id"))
        .join(source, source.id == StockMove.from_location_id)
        .join(target, target.id == StockMove.to_location_id)
        .outerjoin(Receipt, and_(StockMove.document_type == "receipt", Receipt.id == StockMove.document_id))
        .outerjoin(StockDocument, and_(StockMove.document_type == SUPPLIER_RETURN,
                                       StockDocument.id == StockMove.document_id))
        .where(into != out, or_(*within) if within else false())
    )
    return moves.cte("moves").prefix_with("MATERIALIZED") if ctx.dialect == "sqlite" else moves.subquery()


def _ends(ctx: Context, days: Sequence[date]) -> list[datetime]:
    return [day_start_utc(day + timedelta(days=1), ctx.zone) for day in days]


def stock_levels(ctx: Context, days: Sequence[date], products: Select[Any] | None = None,
                 with_category: bool = False) -> Subquery:
    """Per product that moved: ``qty_k`` (thousandths) and ``value_k`` (kopecks) at the
    end of each local day ``days[k]``: whole months of the ledger (:data:`S`) and the
    moves of that day's month on its cheaper side (see :class:`Before`).

    ``with_category`` adds each product's current ``category_id`` (catalog products
    only), joined before the grouping: PostgreSQL can't estimate how many products the
    rows group into, and joining the 200 it expects afterwards it probes the products
    once per product instead of hashing them."""
    cuts = [before(ctx, end) for end in _ends(ctx, days)]
    moves = signed_moves(ctx, [(cut.low, cut.high) for cut in cuts])
    rows = union_all(
        select(moves.c.product_id, cast(null(), Date).label("month"), moves.c.created_at, moves.c.qty, moves.c.value),
        select(S.c.product_id, S.c.month, null(), S.c.qty, S.c.value).where(S.c.month < max(c.month for c in cuts)),
    ).subquery()
    zero = literal(0, BigInteger)
    columns = []
    for k, cut in enumerate(cuts):
        moved = and_(rows.c.created_at >= cut.low, rows.c.created_at < cut.high)
        for name in ("qty", "value"):
            part = case((rows.c.month < cut.month, rows.c[name]), (moved, rows.c[name] * cut.sign), else_=zero)
            columns.append(isum(part).label(f"{name}_{k}" if name == "qty" else f"raw_{k}"))
    keys: list[Any] = [rows.c.product_id]
    grouped = select(*keys, *columns)
    if with_category:
        keys.append(P.c.category_id)
        grouped = select(*keys, *columns).select_from(rows.join(P, P.c.id == rows.c.product_id))
    inner = restrict(
        grouped.group_by(*keys), rows.c.product_id, product_filter(ctx) if products is None else products,
    ).subquery()
    outer = [inner.c.product_id, *([inner.c.category_id] if with_category else [])]
    for k in range(len(cuts)):
        outer += [inner.c[f"qty_{k}"], kopecks_sql(inner.c[f"raw_{k}"]).label(f"value_{k}")]
    return select(*outer).subquery()


def stock_totals(ctx: Context, days: Sequence[date], products: Select[Any]) -> list[tuple[int, int]]:
    """(stock value in kopecks, products with stock) at the end of each of ``days``: the
    totals of :func:`stock_levels` (each product's value rounded, then added), in SQL."""
    levels = stock_levels(ctx, days, products)
    one, zero = literal(1, BigInteger), literal(0, BigInteger)
    columns = []
    for k in range(len(days)):
        columns += [isum(levels.c[f"value_{k}"]), isum(case((levels.c[f"qty_{k}"] > 0, one), else_=zero))]
    row = fetch(ctx, select(*columns))[0]
    return [(int(row[2 * k]), int(row[2 * k + 1])) for k in range(len(days))]


def purchases(ctx: Context, start: datetime, end: datetime) -> Subquery:
    """Moves from and to suppliers posted in ``[start, end)``, of the filtered products:
    ``supplier_id`` (0: none), ``qty``, ``value`` (1e-7), signed + bought, − sent back.
    The ledger before ``end`` less the ledger before ``start`` (see :class:`Before`)."""
    first, last = before(ctx, start), before(ctx, end)
    moves = signed_moves(ctx, [(first.low, first.high), (last.low, last.high)])
    supplier = LocationKind.SUPPLIER.value
    low, high, sign = (first.month, last.month, 1) if first.month <= last.month else (last.month, first.month, -1)
    parts = [
        select(moves.c.product_id, moves.c.supplier_id, (moves.c.qty * cut_sign).label("qty"),
               (moves.c.value * cut_sign).label("value"))
        .where(moves.c.other_kind == supplier, moves.c.created_at >= cut.low, moves.c.created_at < cut.high)
        for cut, cut_sign in ((last, last.sign), (first, -first.sign)) if cut.low < cut.high
    ]
    parts.append(select(S.c.product_id, S.c.supplier_id, S.c.qty * sign, S.c.value * sign).where(
        S.c.other_kind == supplier, S.c.month >= low, S.c.month < high))
    rows = (union_all(*parts) if len(parts) > 1 else parts[0]).subquery()
    return restrict(select(rows), rows.c.product_id, product_filter(ctx)).subquery()


@dataclass(frozen=True, slots=True)
class Info:
    sku: str
    name: str
    category_id: int | None
    brand_id: int | None


def products_info(ctx: Context, ids: Sequence[int]) -> dict[int, Info]:
    """Catalog details of the products shown on screen."""
    found: dict[int, Info] = {}
    wanted = [pid for pid in ids if pid]
    for start in range(0, len(wanted), 500):
        stmt = select(P.c.id, P.c.sku, P.c.name, P.c.category_id, P.c.brand_id).where(
            P.c.id.in_(wanted[start:start + 500]))
        found.update((pid, Info(*rest)) for pid, *rest in fetch(ctx, stmt))
    return found


@dataclass(frozen=True)
class Ranked:
    """The first rows of a ranking, the totals of every row ranked, and the catalog
    details of the products on those rows."""

    rows: Sequence[Any]
    totals: tuple[int, ...]
    count: int
    info: dict[int, Info]


def top(ctx: Context, source: Subquery, measures: Sequence[str], order: Sequence[tuple[str, bool]],
        limit: int) -> Ranked:
    """The ``limit`` first rows of ``source`` (0: all; it has a ``product_id``), ordered
    by ``(column, descending)`` pairs, with the totals of ``measures`` over all of its
    rows: one statement, ``source`` computed once (a common table expression read
    twice), the first rows by a top-N sort, then joined to their products."""
    rows_cte = select(source).cte("ranked_rows")
    totals = select(*[isum(rows_cte.c[m]) for m in measures], func.count()).subquery()
    ranked = select(rows_cte, totals).select_from(rows_cte.join(totals, true())).order_by(
        *[rows_cte.c[key].desc() if descending else rows_cte.c[key] for key, descending in order])
    first = (ranked.limit(limit) if limit else ranked).subquery()
    stmt = (
        select(first, P.c.sku, P.c.name, P.c.category_id, P.c.brand_id)
        .select_from(first.outerjoin(P, P.c.id == first.c.product_id))
        .order_by(*[first.c[key].desc() if descending else first.c[key] for key, descending in order])
    )
    rows = fetch(ctx, stmt)
    if not rows:
        return Ranked((), tuple(0 for _m in measures), 0, {})
    width, extra = len(source.c), len(measures) + 1
    info = {row[0]: Info(*row[width + extra:]) for row in rows if row[width + extra] is not None}
    return Ranked([row[:width] for row in rows], tuple(int(v) for v in rows[0][width:width + extra - 1]),
                  int(rows[0][width + extra - 1]), info)
