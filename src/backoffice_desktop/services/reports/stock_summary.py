"""The ledger per product and month (``report_stock_months``), kept up to date on write.

Stock reports need stock and its value at cost on past dates, and the purchases of a
period per supplier. Both are sums over the ledger; this table holds those sums per
product and calendar month in UTC (and per far end, so purchases stay apart), so a
report reads whole months here and only the moves of the months its dates fall in from
the ledger (:mod:`.data`). Months are in UTC, not the shop's time zone, so changing the
zone leaves the table as it is.

:func:`record_moves` is called by the ledger's single writer
(:func:`backoffice_desktop.services.stock.post_moves`) in its transaction, adding each
move to its month with ``value = value + x`` (concurrent postings add up on PostgreSQL,
as the stock levels do). Bulk loads that write the ledger directly (the demo and bench
generator, migrations) call :func:`rebuild`.

The arithmetic is that of :func:`.data.signed_moves`: quantity in thousandths, value =
quantity thousandths × unit cost in 1e-4, + into storage, − out of it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timezone
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, Date, Integer, and_, case, cast, delete, func, insert, literal, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from ...models import (
    STORAGE_KINDS,
    Location,
    LocationKind,
    Receipt,
    ReportStockMonth,
    StockDocument,
    StockDocumentKind,
    StockMove,
)

T = ReportStockMonth.__table__
_STORAGE = {k.value for k in STORAGE_KINDS}
SUPPLIER_RETURN = StockDocumentKind.SUPPLIER_RETURN.value


def month_of(moment: datetime) -> date:
    """The first day of ``moment``'s calendar month in UTC (naive values are UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return date(moment.year, moment.month, 1)


def _scaled(value: Decimal, scale: int) -> int:
    return int((Decimal(value) * scale).to_integral_value(ROUND_HALF_UP))


def record_moves(session: Session, moves: Sequence[StockMove]) -> None:
    """Add freshly posted (flushed) ``moves`` to their months, in the caller's transaction."""
    locations = {m.from_location_id for m in moves} | {m.to_location_id for m in moves}
    kinds = dict(session.execute(select(Location.id, Location.kind).where(Location.id.in_(locations))).all())
    deltas: dict[tuple[date, int, str, int], list[int]] = {}
    suppliers: dict[tuple[str, int | None], int] = {}
    for move in moves:
        into, out = kinds[move.to_location_id] in _STORAGE, kinds[move.from_location_id] in _STORAGE
        if into == out:
            continue
        other = kinds[move.from_location_id] if into else kinds[move.to_location_id]
        supplier = 0
        if other == LocationKind.SUPPLIER.value:
            document = (move.document_type, move.document_id)
            if document not in suppliers:
                suppliers[document] = _supplier(session, *document)
            supplier = suppliers[document]
        qty = _scaled(move.quantity, 1000) * (1 if into else -1)
        key = (month_of(move.created_at), move.product_id, other, supplier)
        total = deltas.setdefault(key, [0, 0])
        total[0] += qty
        total[1] += qty * _scaled(move.unit_cost, 10000)
    if not deltas:
        return
    dialect = session.get_bind().dialect.name
    upsert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(T)
    upsert = upsert.on_conflict_do_update(
        index_elements=[T.c.month, T.c.product_id, T.c.other_kind, T.c.supplier_id],
        set_={"qty": T.c.qty + upsert.excluded.qty, "value": T.c.value + upsert.excluded.value},
    )
    # Sorted: concurrent postings lock the rows in the same order (no deadlock).
    session.execute(upsert, [{"month": m, "product_id": p, "other_kind": k, "supplier_id": s, "qty": q, "value": v}
                             for (m, p, k, s), (q, v) in sorted(deltas.items())])


def _supplier(session: Session, document_type: str, document_id: int | None) -> int:
    """The supplier of the document behind a move from or to a supplier (0: none)."""
    if document_id is None:
        return 0
    if document_type == "receipt":
        found = session.scalar(select(Receipt.supplier_id).where(Receipt.id == document_id))
    elif document_type == SUPPLIER_RETURN:
        found = session.scalar(select(StockDocument.supplier_id).where(StockDocument.id == document_id))
    else:
        found = None
    return found or 0


def _month_sql(column: Any, dialect: str) -> Any:
    if dialect == "sqlite":
        return func.date(column, "start of month")
    return cast(func.date_trunc("month", func.timezone("UTC", column)), Date)


def rebuild(session: Session) -> None:
    """Recompute the table from the whole ledger, in SQL (bulk loads, migrations)."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":  # postings wait until the new sums are in
        session.execute(text(f"LOCK TABLE {T.name} IN EXCLUSIVE MODE"))
    session.execute(delete(T))
    source, target = aliased(Location), aliased(Location)
    kinds = list(_STORAGE)
    into, out = target.kind.in_(kinds), source.kind.in_(kinds)
    qty = cast(func.round(StockMove.quantity * 1000), BigInteger) * case((into, 1), else_=-1)
    other = case((into, source.kind), else_=target.kind)
    supplier = case(
        (other == LocationKind.SUPPLIER.value, func.coalesce(Receipt.supplier_id, StockDocument.supplier_id, 0)),
        else_=literal(0, Integer),
    )
    month = _month_sql(StockMove.created_at, dialect)
    moves = (
        select(month.label("month"), StockMove.product_id, other.label("other_kind"), supplier.label("supplier_id"),
               qty.label("qty"), (qty * cast(func.round(StockMove.unit_cost * 10000), BigInteger)).label("value"))
        .join(source, source.id == StockMove.from_location_id)
        .join(target, target.id == StockMove.to_location_id)
        .outerjoin(Receipt, and_(StockMove.document_type == "receipt", Receipt.id == StockMove.document_id))
        .outerjoin(StockDocument, and_(StockMove.document_type == SUPPLIER_RETURN,
                                       StockDocument.id == StockMove.document_id))
        .where(into != out)
        .subquery()
    )
    keys = [moves.c.month, moves.c.product_id, moves.c.other_kind, moves.c.supplier_id]
    grouped = select(*keys, func.sum(moves.c.qty), func.sum(moves.c.value)).group_by(*keys)
    session.execute(insert(T).from_select(["month", "product_id", "other_kind", "supplier_id", "qty", "value"], grouped))
    if dialect == "postgresql":
        session.execute(text(f"ANALYZE {T.name}"))
