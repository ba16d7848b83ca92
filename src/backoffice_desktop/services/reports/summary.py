"""The reports' summary tables: how website orders become figures, and keeping them current.

What counts, decided once here and nowhere else:

- an order's lines count on its **local calendar day** (``ordered_at`` in the shop's time
  zone, the ``shop.time_zone`` setting); a later return counts on that same day, so a
  period's figures are what its orders finally brought in;
- **cancelled** orders count for nothing;
- a **returned** order was sold and came back: its lines are sold and returned at once
  (net nothing) and the order is not counted as an order;
- a **negative line** of any other order is a return of that many units for that refund;
- **revenue** is the line total (after discounts); **cost of goods** is the quantity ×
  the line's ``unit_cost`` (the average cost when it shipped), rounded to the kopeck per
  line; a line not shipped yet has no cost, so it counts at the product's average cost
  when its order was last summarised (the writer that ships it sets the cost and
  refreshes the order);
- figures are kept per **product**; reports group them by the product's *current*
  category, brand and supplier, so a product moved to another category takes its whole
  history along (the question a manager asks is "how does this category sell", with the
  assortment it has now).

Writers call :func:`refresh_orders` with the orders they created or changed, in their own
transaction: it recomputes exactly the affected facts, weeks, months and days. Bulk loads
call :func:`rebuild`, which recomputes everything in a few SQL statements (the ledger's
months of :mod:`.stock_summary` too). On PostgreSQL
both take a transaction-level advisory lock, so two importers never lose each other's
figures. Changing the shop's time zone moves every order to its new day: :func:`set_time_zone`
rebuilds in the same transaction (`backoffice reports rebuild` does it headless).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import BigInteger, ColumnElement, Date, and_, case, cast, delete, func, insert, literal, select, text, tuple_
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...models import (
    Product,
    ReportSalesDay,
    ReportSalesLine,
    ReportSalesMonth,
    ReportSalesWeek,
    ReportSummaryState,
    SalesOrder,
    SalesOrderLine,
    SalesOrderStatus,
    utcnow,
)
from ...models.reports import MONEY_SCALE, QUANTITY_SCALE
from .periods import month_start, week_start
from ..permissions import Actor
from ..settings import set_setting
from . import stock_summary
from .zones import ZONE_SETTING, local_day, local_day_sql, shop_zone, zone_names

#: Stored per week, month and day: net units, revenue and cost, and the units returned.
MEASURES = ("units", "revenue", "cost", "returned_units")
#: Stored per line: those, and the refund and cost of what came back.
LINE_MEASURES = (*MEASURES, "returned_revenue", "returned_cost")
CANCELLED = SalesOrderStatus.CANCELLED.value
RETURNED = SalesOrderStatus.RETURNED.value
#: Unit costs keep four places; a line's cost is computed exactly in 1e-7 and rounded.
_COST_SCALE = 10_000
_LINE_COST_DIVISOR = QUANTITY_SCALE * _COST_SCALE // MONEY_SCALE
_LOCK_KEY = 0x5245504F5254  # "REPORT"
_CHUNK = 500
_STATE_ID = 1

Measures = tuple[int, int, int, int, int, int]


def line_measures(status: str, quantity: Decimal, line_total: Decimal, unit_cost: Decimal | None,
                  average_cost: Decimal | None) -> Measures | None:
    """A line's net units, revenue and cost and its returned units, refund and cost, in
    stored units; None when it counts for nothing (a cancelled order; a negative line of
    a returned order)."""
    if status == CANCELLED or (status == RETURNED and quantity < 0):
        return None
    units = int((quantity * QUANTITY_SCALE).to_integral_value(ROUND_HALF_UP))
    revenue = int((line_total * MONEY_SCALE).to_integral_value(ROUND_HALF_UP))
    price = unit_cost if unit_cost is not None else (average_cost or Decimal(0))
    exact = abs(units) * int((price * _COST_SCALE).to_integral_value(ROUND_HALF_UP))
    cost = (exact + _LINE_COST_DIVISOR // 2) // _LINE_COST_DIVISOR
    if status == RETURNED:
        return 0, 0, 0, units, revenue, cost
    if units > 0:
        return units, revenue, cost, 0, 0, 0
    return units, revenue, -cost, -units, -revenue, cost


def _lock(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_LOCK_KEY)))


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start:start + _CHUNK]


def _mark_built(session: Session, zone: ZoneInfo) -> None:
    session.execute(delete(ReportSummaryState))
    session.execute(insert(ReportSummaryState).values(id=_STATE_ID, time_zone=zone.key, rebuilt_at=utcnow()))


def require_current(session: Session) -> ZoneInfo:
    """The shop's zone, after checking the summary was built in it."""
    zone = shop_zone(session)
    built = session.scalar(select(ReportSummaryState.time_zone).where(ReportSummaryState.id == _STATE_ID))
    if built != zone.key:
        raise ValidationError(
            "The report tables were built for the time zone {built}, but the shop's time zone is now {zone}: "
            "they need rebuilding before reports can run.",
            built=built or "-", zone=zone.key,
        )
    return zone


def set_time_zone(session: Session, actor: Actor, name: str) -> bool:
    """Make ``name`` (an IANA zone such as ``Europe/Moscow``) the shop's time zone and move
    every order to its local day in it, in the caller's transaction, so no report ever
    reads days counted in another zone. True when the summary was rebuilt."""
    name = name.strip()
    if name not in zone_names():
        raise ValidationError("'{zone}' is not a time zone; pick one from the list, such as Europe/Moscow.", zone=name)
    set_setting(session, actor, ZONE_SETTING, name)
    built = session.scalar(select(ReportSummaryState.time_zone).where(ReportSummaryState.id == _STATE_ID))
    if built == name:
        return False
    rebuild_sales(session)
    return True


# --- bulk: everything in SQL -----------------------------------------------------------------

def _week_sql(day: Any, dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return func.date(day, "weekday 0", "-6 days")
    return cast(func.date_trunc("week", day), Date)


def _month_sql(day: Any, dialect: str) -> ColumnElement[Any]:
    if dialect == "sqlite":
        return func.date(day, "start of month")
    return cast(func.date_trunc("month", day), Date)


def _facts_select(dialect: str, zone: ZoneInfo, first: Any, last: Any) -> Any:
    """Every counting order line as a fact row, the same arithmetic as :func:`line_measures`."""
    o, ln, p = SalesOrder.__table__, SalesOrderLine.__table__, Product.__table__
    units = cast(func.round(ln.c.quantity * QUANTITY_SCALE), BigInteger)
    revenue = cast(func.round(ln.c.line_total * MONEY_SCALE), BigInteger)
    price = cast(func.round(func.coalesce(ln.c.unit_cost, p.c.average_cost, 0) * _COST_SCALE), BigInteger)
    raw = (
        select(
            local_day_sql(o.c.ordered_at, dialect, zone, first, last).label("day"),
            func.coalesce(ln.c.product_id, 0).label("product_id"),
            ln.c.id.label("line_id"),
            o.c.id.label("order_id"),
            (o.c.status != RETURNED).label("counted"),
            ln.c.return_reason.label("return_reason"),
            (o.c.status == RETURNED).label("whole"),
            units.label("units"),
            revenue.label("revenue"),
            ((func.abs(units) * price + _LINE_COST_DIVISOR // 2) // _LINE_COST_DIVISOR).label("cost"),
        )
        .select_from(o.join(ln, ln.c.order_id == o.c.id).outerjoin(p, p.c.id == ln.c.product_id))
        .where(o.c.status != CANCELLED, ~and_(o.c.status == RETURNED, ln.c.quantity < 0))
        .subquery()
    )
    zero = literal(0, BigInteger)
    back = raw.c.whole | (raw.c.units < 0)
    return select(
        raw.c.day, raw.c.product_id, raw.c.line_id, raw.c.order_id, raw.c.counted, raw.c.return_reason,
        case((raw.c.whole, zero), else_=raw.c.units),
        case((raw.c.whole, zero), else_=raw.c.revenue),
        case((raw.c.whole, zero), (raw.c.units < 0, -raw.c.cost), else_=raw.c.cost),
        case((raw.c.whole, raw.c.units), (raw.c.units < 0, -raw.c.units), else_=zero),
        case((raw.c.whole, raw.c.revenue), (raw.c.units < 0, -raw.c.revenue), else_=zero),
        case((back, raw.c.cost), else_=zero),
    ).order_by(raw.c.day, raw.c.product_id, raw.c.line_id)


def _sums(source: Any) -> list[ColumnElement[Any]]:
    return [func.sum(getattr(source.c, name)) for name in MEASURES]


def rebuild(session: Session) -> None:
    """Recompute every summary table: the sales from the orders and the ledger's months
    (:mod:`.stock_summary`) from the moves (bulk loads, ``backoffice reports rebuild``)."""
    rebuild_sales(session)
    stock_summary.rebuild(session)


def rebuild_sales(session: Session) -> None:
    """Recompute the sales summary tables from the orders (migration 0003, a new time zone)."""
    _lock(session)
    zone = shop_zone(session)
    dialect = session.get_bind().dialect.name
    for model in (ReportSalesLine, ReportSalesWeek, ReportSalesMonth, ReportSalesDay):
        session.execute(delete(model))
    first, last = session.execute(
        select(func.min(SalesOrder.ordered_at), func.max(SalesOrder.ordered_at)).where(SalesOrder.status != CANCELLED)
    ).one()
    if first is not None:
        facts = ReportSalesLine.__table__
        keys = ["day", "product_id", "line_id", "order_id", "counted", "return_reason", *LINE_MEASURES]
        session.execute(insert(facts).from_select(keys, _facts_select(dialect, zone, first, last)))
        for model, bucket in ((ReportSalesWeek, _week_sql), (ReportSalesMonth, _month_sql)):
            start = bucket(facts.c.day, dialect).label("start")
            grouped = select(start, facts.c.product_id, *_sums(facts)).group_by(start, facts.c.product_id)
            session.execute(insert(model).from_select(["day", "product_id", *MEASURES], grouped))
        orders = func.count(func.distinct(case((facts.c.counted, facts.c.order_id))))
        daily = select(facts.c.day, orders, *_sums(facts)).group_by(facts.c.day)
        session.execute(insert(ReportSalesDay).from_select(["day", "orders", *MEASURES], daily))
        if dialect == "postgresql":
            for model in (ReportSalesLine, ReportSalesWeek, ReportSalesMonth, ReportSalesDay):
                session.execute(text(f"ANALYZE {model.__tablename__}"))
    _mark_built(session, zone)


# --- on write: exactly the affected rows ------------------------------------------------------

def refresh_orders(session: Session, order_ids: Iterable[int]) -> None:
    """Bring the summary in step with these orders (created, changed or deleted) in the
    caller's transaction: their facts are rewritten, then every (product, week), (product,
    month) and day they touch now or touched before is recomputed from the facts."""
    ids = sorted(set(order_ids))
    if not ids:
        return
    _lock(session)
    zone = shop_zone(session)
    facts = ReportSalesLine.__table__
    touched: set[tuple[int, date]] = set()
    for chunk in _chunks(ids):
        touched.update(session.execute(select(facts.c.product_id, facts.c.day).where(facts.c.order_id.in_(chunk))))
        session.execute(delete(facts).where(facts.c.order_id.in_(chunk)))
        rows = session.execute(
            select(SalesOrder.id, SalesOrder.status, SalesOrder.ordered_at, SalesOrderLine.id, SalesOrderLine.product_id,
                   SalesOrderLine.quantity, SalesOrderLine.line_total, SalesOrderLine.unit_cost, Product.average_cost,
                   SalesOrderLine.return_reason)
            .join(SalesOrderLine, SalesOrderLine.order_id == SalesOrder.id)
            .outerjoin(Product, Product.id == SalesOrderLine.product_id)
            .where(SalesOrder.id.in_(chunk), SalesOrder.status != CANCELLED)
        )
        new = []
        for order_id, status, ordered_at, line_id, product_id, qty, total, unit_cost, average, reason in rows:
            measures = line_measures(status, Decimal(qty), Decimal(total),
                                     None if unit_cost is None else Decimal(unit_cost),
                                     None if average is None else Decimal(average))
            if measures is None:
                continue
            day, pid = local_day(ordered_at, zone), product_id or 0
            new.append({"day": day, "product_id": pid, "line_id": line_id, "order_id": order_id,
                        "counted": status != RETURNED, "return_reason": reason or "",
                        **dict(zip(LINE_MEASURES, measures, strict=True))})
            touched.add((pid, day))
        if new:
            session.execute(insert(facts), new)
    _recompute(session, touched)


def _recompute(session: Session, touched: set[tuple[int, date]]) -> None:
    facts = ReportSalesLine.__table__
    by_product: dict[int, list[date]] = defaultdict(list)
    for pid, day in touched:
        by_product[pid].append(day)
    for model, bucket_of, span in ((ReportSalesWeek, week_start, 7), (ReportSalesMonth, month_start, 31)):
        keys = {(bucket_of(day), pid) for pid, day in touched}
        sums: dict[tuple[date, int], list[int]] = {}
        for products in _chunks(sorted(by_product)):
            low = min(bucket_of(min(by_product[p])) for p in products)
            high = max(max(by_product[p]) for p in products) + timedelta(days=span)
            for day, pid, *values in session.execute(
                select(facts.c.day, facts.c.product_id, *[getattr(facts.c, m) for m in MEASURES])
                .where(facts.c.product_id.in_(products), facts.c.day >= low, facts.c.day <= high)
            ):
                key = (bucket_of(day), pid)
                if key in keys:
                    total = sums.setdefault(key, [0] * len(MEASURES))
                    for k, value in enumerate(values):
                        total[k] += value
        table = model.__table__
        for chunk in _chunks(sorted(keys)):
            session.execute(delete(table).where(tuple_(table.c.day, table.c.product_id).in_(chunk)))
        rows = [{"day": d, "product_id": p, **dict(zip(MEASURES, v, strict=True))} for (d, p), v in sorted(sums.items())]
        if rows:
            session.execute(insert(table), rows)
    days = sorted({day for _pid, day in touched})
    orders = func.count(func.distinct(case((facts.c.counted, facts.c.order_id))))
    for chunk in _chunks(days):
        session.execute(delete(ReportSalesDay).where(ReportSalesDay.day.in_(chunk)))
        daily = select(facts.c.day, orders, *_sums(facts)).where(facts.c.day.in_(chunk)).group_by(facts.c.day)
        session.execute(insert(ReportSalesDay).from_select(["day", "orders", *MEASURES], daily))
