"""Reading the outbox: what to send for each marked product, and recording the outcome.

A run takes a batch of marked products, sends absolute values (so a repeat is
harmless), then clears the marks of what the site accepted — but only marks not
refreshed since the batch was read, so a change made during the run is sent next time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from ..models import OutboxItem, Product, utcnow
from ..services.stock import available_to_sell

#: Retry delays after failures: 1 min, 2, 4 ... capped at 1 h.
BASE_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(hours=1)


@dataclass(frozen=True)
class ProductState:
    """Everything the website is told about one product, as absolute values."""

    product_id: int
    sku: str
    available: Decimal
    retail_price: Decimal
    compare_at_price: Decimal | None
    published: bool
    marked_at: datetime


def pending_batch(session: Session, limit: int = 100, now: datetime | None = None) -> list[ProductState]:
    now = now or utcnow()
    rows = session.execute(
        select(OutboxItem.product_id, OutboxItem.marked_at, Product.sku, Product.retail_price,
               Product.compare_at_price, Product.is_published)
        .join(Product, Product.id == OutboxItem.product_id)
        .where(or_(OutboxItem.next_attempt_at.is_(None), OutboxItem.next_attempt_at <= now))
        .order_by(OutboxItem.marked_at, OutboxItem.product_id)
        .limit(limit)
    ).all()
    available = available_to_sell(session, [r.product_id for r in rows])
    return [
        ProductState(
            product_id=r.product_id,
            sku=r.sku,
            available=available[r.product_id],
            retail_price=r.retail_price,
            compare_at_price=r.compare_at_price,
            published=r.is_published,
            marked_at=r.marked_at,
        )
        for r in rows
    ]


def acknowledge(session: Session, sent: list[ProductState]) -> int:
    """Clear the marks of products the site accepted, unless they changed since."""
    cleared = 0
    for state in sent:
        result = session.execute(
            delete(OutboxItem).where(
                OutboxItem.product_id == state.product_id, OutboxItem.marked_at <= state.marked_at
            )
        )
        cleared += result.rowcount or 0
    return cleared


def record_failure(session: Session, product_id: int, error: str, now: datetime | None = None) -> None:
    """Keep the mark, note the error, and wait longer before each new try."""
    now = now or utcnow()
    item = session.scalar(select(OutboxItem).where(OutboxItem.product_id == product_id))
    if item is None:
        return
    item.attempts += 1
    item.last_error = error[:2000]
    item.next_attempt_at = now + min(BASE_RETRY * 2 ** (item.attempts - 1), MAX_RETRY)
