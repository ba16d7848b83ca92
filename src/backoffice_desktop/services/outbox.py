"""Marking products for the next shop sync, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Select, literal, select, true
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..models import OutboxItem, utcnow


def mark_products(session: Session, product_ids: Iterable[int], reason: str) -> None:
    """Put products in the sync outbox (or refresh their mark); one row per product,
    however many connections there are: each connection sends it until it has
    acknowledged this change (:mod:`..sync.outbox`).

    A price the price guard held back is released by the new change (the next run
    judges the new values); a product parked because a site kept refusing it stays parked.
    """
    ids = sorted(set(product_ids))
    if not ids:
        return
    now = utcnow()
    session.execute(_upsert(session), [
        {"product_id": pid, "reason": reason, "marked_at": now, "mark_version": _first_version(now)} for pid in ids
    ])


def mark_selected(session: Session, product_ids: Select[tuple[int]], reason: str) -> int:
    """:func:`mark_products` for the products a query selects, in one statement (a rule
    change may mark every published product). Returns how many were marked."""
    now = utcnow()
    chosen = product_ids.subquery()
    rows = select(
        chosen.c[0], literal(reason, OutboxItem.reason.type), literal(now, OutboxItem.marked_at.type),
        literal(_first_version(now), OutboxItem.mark_version.type),
    ).where(true())  # SQLite reads the ON of an upsert after a bare SELECT ... FROM as a join's
    # Counted from RETURNING: psycopg gives no row count for an INSERT ... SELECT upsert.
    return len(session.execute(_upsert(session, rows).returning(OutboxItem.__table__.c.product_id)).all())


def _first_version(now: datetime) -> int:
    """The version a new mark starts from: the time in microseconds, so that a mark
    deleted and made again never repeats a number a running sync still holds."""
    return int(now.timestamp() * 1_000_000)


def _upsert(session: Session, rows: Select[Any] | None = None) -> Any:
    """The outbox upsert: of ``rows`` when given, else of the parameters passed with it."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(OutboxItem.__table__)
    if rows is not None:
        stmt = stmt.from_select(["product_id", "reason", "marked_at", "mark_version"], rows)
    return stmt.on_conflict_do_update(
        index_elements=[OutboxItem.product_id],
        set_={"reason": stmt.excluded.reason, "marked_at": stmt.excluded.marked_at,
              "mark_version": OutboxItem.mark_version + 1},
    )
