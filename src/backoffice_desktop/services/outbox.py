"""Marking products for the next shop sync, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import case
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..models import OutboxItem, utcnow


def mark_products(session: Session, product_ids: Iterable[int], reason: str) -> None:
    """Put products in the sync outbox (or refresh their mark); one row per product.

    A price the price guard held back is released by a new change (the next run judges
    the new values); a product parked because the site kept refusing it stays parked.
    """
    ids = sorted(set(product_ids))
    if not ids:
        return
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(OutboxItem)
    stmt = stmt.on_conflict_do_update(
        index_elements=[OutboxItem.product_id],
        set_={"reason": stmt.excluded.reason, "marked_at": stmt.excluded.marked_at, "attempts": 0,
              "parked_at": case((OutboxItem.held_price.is_not(None), None), else_=OutboxItem.parked_at),
              "held_price": None},
    )
    now = utcnow()
    session.execute(stmt, [{"product_id": pid, "reason": reason, "marked_at": now} for pid in ids])
