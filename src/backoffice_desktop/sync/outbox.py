"""Reading the outbox: what to send for each marked product, and recording the outcome.

A run takes a batch of marked products, sends absolute values (so a repeat is
harmless), then clears the marks of what the site accepted — but only marks not
refreshed since the batch was read, so a change made during the run is sent next time.

A connection sells on one sales channel (our website, a marketplace): a product below
that channel's publish threshold (:mod:`..services.completeness`) is sent as not
published, however its card is set, so the site hides it until the card is complete.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from ..models import OutboxItem, Product, utcnow
from ..services.completeness import WEBSITE, ChannelScorer
from ..services.stock import available_to_sell

#: Retry delays after failures: 1 min, 2, 4 ... capped at 1 h.
BASE_RETRY = timedelta(minutes=1)
MAX_RETRY = timedelta(hours=1)
#: An item that failed this many runs in a row is parked until someone retries it.
PARK_AFTER = 5


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
    #: The parent product's SKU when this product is a variant of it.
    parent_sku: str | None = None


def publishable_on(session: Session, channel: str, published: dict[int, bool]) -> dict[int, bool]:
    """``published`` (product id → its card's flag) as the channel may show it: false
    for a product below the channel's publish threshold (one scoring of the batch)."""
    shown = [pid for pid, flag in published.items() if flag]
    below = ChannelScorer(session, channel).below_threshold(session, shown) if shown else set()
    return {pid: flag and pid not in below for pid, flag in published.items()}


def pending_batch(session: Session, limit: int = 100, now: datetime | None = None,
                  marked_before: datetime | None = None, channel: str = WEBSITE) -> list[ProductState]:
    """The next marked products due to be sent (parked ones and ones waiting out a
    retry delay are left), published only when complete enough for ``channel``.
    ``marked_before`` leaves marks made after a run started for the next run, so a run
    always ends."""
    now = now or utcnow()
    parent = aliased(Product)
    query = (
        select(OutboxItem.product_id, OutboxItem.marked_at, Product.sku, Product.retail_price,
               Product.compare_at_price, Product.is_published, parent.sku.label("parent_sku"))
        .join(Product, Product.id == OutboxItem.product_id)
        .outerjoin(parent, parent.id == Product.parent_id)
        .where(or_(OutboxItem.next_attempt_at.is_(None), OutboxItem.next_attempt_at <= now),
               OutboxItem.parked_at.is_(None))
        .order_by(OutboxItem.marked_at, OutboxItem.product_id)
        .limit(limit)
    )
    if marked_before is not None:
        query = query.where(OutboxItem.marked_at <= marked_before)
    rows = session.execute(query).all()
    available = available_to_sell(session, [r.product_id for r in rows])
    published = publishable_on(session, channel, {r.product_id: r.is_published for r in rows})
    return [
        ProductState(
            product_id=r.product_id,
            sku=r.sku,
            available=available[r.product_id],
            retail_price=r.retail_price,
            compare_at_price=r.compare_at_price,
            published=published[r.product_id],
            marked_at=r.marked_at,
            parent_sku=r.parent_sku,
        )
        for r in rows
    ]


def current_states(session: Session, after_id: int = 0, limit: int = 100,
                   channel: str = WEBSITE) -> list[ProductState]:
    """What the site should show for the active products after ``after_id``, in id order
    (for comparing the whole catalogue with the site, a page at a time), published only
    when complete enough for ``channel``."""
    parent = aliased(Product)
    rows = session.execute(
        select(Product.id, Product.sku, Product.retail_price, Product.compare_at_price, Product.is_published,
               parent.sku.label("parent_sku"))
        .outerjoin(parent, parent.id == Product.parent_id)
        .where(Product.id > after_id, Product.is_active.is_(True))
        .order_by(Product.id)
        .limit(limit)
    ).all()
    available = available_to_sell(session, [r.id for r in rows])
    published = publishable_on(session, channel, {r.id: r.is_published for r in rows})
    now = utcnow()
    return [
        ProductState(product_id=r.id, sku=r.sku, available=available[r.id], retail_price=r.retail_price,
                     compare_at_price=r.compare_at_price, published=published[r.id], marked_at=now,
                     parent_sku=r.parent_sku)
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


def record_failure(session: Session, product_id: int, error: str, now: datetime | None = None,
                   park_after: int = PARK_AFTER) -> bool:
    """Keep the mark, note the error, and wait longer before each new try; park the
    item once it has failed ``park_after`` times. Returns True when it was parked."""
    now = now or utcnow()
    item = session.scalar(select(OutboxItem).where(OutboxItem.product_id == product_id))
    if item is None:
        return False
    item.attempts += 1
    item.last_error = error[:2000]
    item.next_attempt_at = now + min(BASE_RETRY * 2 ** (item.attempts - 1), MAX_RETRY)
    if item.attempts >= park_after:
        item.parked_at = now
        return True
    return False


def retry_parked(session: Session, product_ids: list[int] | None = None) -> int:
    """Put parked items (all, or these products) back in the queue for the next run;
    a price held by the price guard waits for a manager's confirmation instead."""
    stmt = update(OutboxItem).where(OutboxItem.parked_at.is_not(None), OutboxItem.held_price.is_(None))
    if product_ids is not None:
        stmt = stmt.where(OutboxItem.product_id.in_(product_ids))
    result = session.execute(stmt.values(parked_at=None, attempts=0, next_attempt_at=None))
    return result.rowcount or 0


@dataclass(frozen=True)
class QueueState:
    """How the outbox stands: marked products waiting, of them waiting out a retry delay, parked."""

    waiting: int
    delayed: int
    parked: int


def queue_state(session: Session, now: datetime | None = None) -> QueueState:
    now = now or utcnow()
    parked = session.scalar(select(func.count()).where(OutboxItem.parked_at.is_not(None))) or 0
    delayed = session.scalar(
        select(func.count()).where(OutboxItem.parked_at.is_(None), OutboxItem.next_attempt_at > now)
    ) or 0
    total = session.scalar(select(func.count(OutboxItem.id))) or 0
    return QueueState(waiting=total - parked, delayed=delayed, parked=parked)


@dataclass(frozen=True)
class ParkedItem:
    product_id: int
    sku: str
    name: str
    attempts: int
    error: str
    parked_at: datetime
    #: The price waiting for a manager's confirmation, when the price guard held it.
    held_price: Decimal | None = None


def parked_items(session: Session, limit: int = 500) -> list[ParkedItem]:
    rows = session.execute(
        select(OutboxItem.product_id, Product.sku, Product.name, OutboxItem.attempts, OutboxItem.last_error,
               OutboxItem.parked_at, OutboxItem.held_price)
        .join(Product, Product.id == OutboxItem.product_id)
        .where(OutboxItem.parked_at.is_not(None))
        .order_by(OutboxItem.parked_at.desc(), Product.sku)
        .limit(limit)
    )
    return [ParkedItem(*row) for row in rows]
