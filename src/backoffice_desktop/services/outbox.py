"""Marking products for the next shop sync, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable

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
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    stmt = insert(OutboxItem)
    stmt = stmt.on_conflict_do_update(
        index_elements=[OutboxItem.product_id],
        set_={"reason": stmt.excluded.reason, "marked_at": stmt.excluded.marked_at,
              "mark_version": OutboxItem.mark_version + 1},
    )
    now = utcnow()
    first_version = int(now.timestamp() * 1_000_000)
    session.execute(stmt, [{"product_id": pid, "reason": reason, "marked_at": now, "mark_version": first_version}
                           for pid in ids])
