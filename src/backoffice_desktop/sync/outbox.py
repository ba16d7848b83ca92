"""Reading the outbox for one connection: what to send for each marked product, and
recording the outcome.

A product is marked once, whatever the number of connections (:mod:`..services.outbox`);
each connection keeps a :class:`SyncDelivery` row per marked product it has dealt with:
the mark version its site accepted, and its own failures, retry delay, parking and
price-guard hold. A connection's pending batch is the marks whose version it has not
acknowledged, less what is parked or waiting out a retry delay for it. A run sends
absolute values (so a repeat is harmless), then acknowledges what the site accepted —
only the version it read, so a change made during the run is sent next time. A mark
goes once every enabled connection has acknowledged it: a switched-off or deleted
connection holds nothing, and one added later starts from the marks there are.

A connection sells on one sales channel (our website, a marketplace): a product below
that channel's publish threshold (:mod:`..services.completeness`) is sent as not
published, however its card is set, so the site hides it until the card is complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, and_, case, delete, exists, false, func, literal, or_, select, tuple_, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, aliased

from ..models import OutboxItem, Product, SyncConnector, SyncDelivery, utcnow
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
    #: The mark's :attr:`OutboxItem.mark_version` when read (what an acknowledgement names).
    mark_version: int = 0


def publishable_on(session: Session, channel: str, published: dict[int, bool]) -> dict[int, bool]:
    """``published`` (product id → its card's flag) as the channel may show it: false
    for a product below the channel's publish threshold (one scoring of the batch)."""
    shown = [pid for pid, flag in published.items() if flag]
    below = ChannelScorer(session, channel).below_threshold(session, shown) if shown else set()
    return {pid: flag and pid not in below for pid, flag in published.items()}


def _deliveries(connector_id: int | None) -> ColumnElement[bool]:
    """Joins a mark to this connection's delivery row (none for ``None``: a connection
    that has sent nothing yet)."""
    if connector_id is None:
        return false()
    return and_(SyncDelivery.product_id == OutboxItem.product_id, SyncDelivery.connector_id == connector_id)


#: Not acknowledged by the joined connection (no row, or an older version acknowledged).
_UNSENT = or_(SyncDelivery.acknowledged_version.is_(None),
              SyncDelivery.acknowledged_version != OutboxItem.mark_version)
#: Set aside for the joined connection: parked after failures, or a held price the
#: product has not changed since (a newer change is judged again).
_PARKED = and_(SyncDelivery.parked_at.is_not(None),
               or_(SyncDelivery.held_price.is_(None), SyncDelivery.tried_version == OutboxItem.mark_version))
_NOT_PARKED = or_(SyncDelivery.parked_at.is_(None),
                  and_(SyncDelivery.held_price.is_not(None), SyncDelivery.tried_version != OutboxItem.mark_version))


def _due(now: datetime) -> ColumnElement[bool]:
    return or_(SyncDelivery.next_attempt_at.is_(None), SyncDelivery.next_attempt_at <= now)


def pending_batch(session: Session, connector_id: int | None, limit: int = 100, now: datetime | None = None,
                  marked_before: datetime | None = None, channel: str = WEBSITE,
                  after: tuple[datetime, int] | None = None) -> list[ProductState]:
    """The next marked products due to be sent to the connection (``None``: one that
    has sent nothing yet), in mark order: ones it acknowledged, parked for it or waiting
    out its retry delay are left; published only when complete enough for ``channel``.
    ``marked_before`` leaves marks made after a run started for the next run, so a run
    always ends; ``after`` (the last mark time and product of the previous batch) lets a
    run go on from there through the index instead of walking again what it has dealt with."""
    now = now or utcnow()
    parent = aliased(Product)
    query = (
        select(OutboxItem.product_id, OutboxItem.marked_at, OutboxItem.mark_version, Product.sku,
               Product.retail_price, Product.compare_at_price, Product.is_published,
               parent.sku.label("parent_sku"))
        .join(Product, Product.id == OutboxItem.product_id)
        .outerjoin(SyncDelivery, _deliveries(connector_id))
        .outerjoin(parent, parent.id == Product.parent_id)
        .where(_UNSENT, _due(now), _NOT_PARKED)
        .order_by(OutboxItem.marked_at, OutboxItem.product_id)
        .limit(limit)
    )
    if marked_before is not None:
        query = query.where(OutboxItem.marked_at <= marked_before)
    if after is not None:
        marked_at, product_id = after
        query = query.where(tuple_(OutboxItem.marked_at, OutboxItem.product_id)
                            > tuple_(literal(marked_at, OutboxItem.marked_at.type), literal(product_id)))
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
            mark_version=r.mark_version,
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


def _upsert(session: Session) -> Callable[..., Any]:
    """The dialect's INSERT with ON CONFLICT."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


def acknowledge(session: Session, connector_id: int, sent: Sequence[ProductState]) -> int:
    """Note that the connection's site accepted these products, each as of the mark
    version it was read at (a product changed since stays pending); clears the
    connection's failures and hold for them and drops marks every enabled connection
    has now acknowledged. Returns how many were acknowledged."""
    if not sent:
        return 0
    ids = sorted({s.product_id for s in sent})
    current = dict(session.execute(
        select(OutboxItem.product_id, OutboxItem.mark_version).where(OutboxItem.product_id.in_(ids))
    ).all())
    done = sorted({s.product_id: s.mark_version for s in sent if current.get(s.product_id) == s.mark_version}.items())
    if not done:
        return 0
    stmt = _upsert(session)(SyncDelivery)
    stmt = stmt.on_conflict_do_update(
        index_elements=[SyncDelivery.connector_id, SyncDelivery.product_id],
        set_={"acknowledged_version": stmt.excluded.acknowledged_version, "attempts": 0, "last_error": "",
              "next_attempt_at": None, "parked_at": None, "held_price": None, "confirmed_price": None},
    )
    session.execute(stmt, [{"connector_id": connector_id, "product_id": pid, "acknowledged_version": version,
                            "attempts": 0, "last_error": ""} for pid, version in done])
    release_delivered(session, [pid for pid, _ in done])
    return len(done)


def release_delivered(session: Session, product_ids: Sequence[int] | None = None) -> None:
    """Drop the marks (of these products, or all) that every enabled connection has
    acknowledged, with their delivery rows; with no enabled connection marks wait."""
    enabled = SyncConnector.enabled.is_(True)
    has_it = (select(SyncDelivery.id)
              .where(SyncDelivery.connector_id == SyncConnector.id, SyncDelivery.product_id == OutboxItem.product_id,
                     SyncDelivery.acknowledged_version == OutboxItem.mark_version)
              .correlate_except(SyncDelivery))
    someone_waits = select(SyncConnector.id).where(enabled, ~has_it.exists()).correlate_except(SyncConnector)
    marks = delete(OutboxItem).where(select(SyncConnector.id).where(enabled).exists(), ~someone_waits.exists())
    orphans = delete(SyncDelivery).where(~exists().where(OutboxItem.product_id == SyncDelivery.product_id))
    if product_ids is not None:
        marks = marks.where(OutboxItem.product_id.in_(product_ids))
        orphans = orphans.where(SyncDelivery.product_id.in_(product_ids))
    session.execute(marks)
    session.execute(orphans)


def delivery_row(session: Session, connector_id: int, product_id: int) -> SyncDelivery:
    """The connection's delivery row of the product, added (in the session) when there is none."""
    row = session.scalar(select(SyncDelivery).where(SyncDelivery.connector_id == connector_id,
                                                    SyncDelivery.product_id == product_id))
    if row is None:
        row = SyncDelivery(connector_id=connector_id, product_id=product_id, attempts=0, last_error="")
        session.add(row)
    return row


def record_failure(session: Session, connector_id: int, product_id: int, error: str, now: datetime | None = None,
                   park_after: int = PARK_AFTER) -> bool:
    """Keep the mark pending for the connection, note the error, and wait longer before
    each new try; park the item for this connection once its current change has failed
    ``park_after`` times. Returns True when it was parked."""
    now = now or utcnow()
    version = session.scalar(select(OutboxItem.mark_version).where(OutboxItem.product_id == product_id))
    if version is None:
        return False
    item = delivery_row(session, connector_id, product_id)
    item.attempts = (item.attempts or 0) + 1 if item.tried_version == version else 1
    item.tried_version = version
    item.last_error = error[:2000]
    item.next_attempt_at = now + min(BASE_RETRY * 2 ** (item.attempts - 1), MAX_RETRY)
    if item.attempts >= park_after:
        item.parked_at = now
        return True
    return False


def retry_parked(session: Session, connector_id: int, product_ids: list[int] | None = None) -> int:
    """Put the connection's parked items (all, or these products) back in its queue for
    the next run; a price held by the price guard waits for a manager's confirmation instead."""
    stmt = update(SyncDelivery).where(SyncDelivery.connector_id == connector_id, SyncDelivery.parked_at.is_not(None),
                                      SyncDelivery.held_price.is_(None))
    if product_ids is not None:
        stmt = stmt.where(SyncDelivery.product_id.in_(product_ids))
    result = session.execute(stmt.values(parked_at=None, attempts=0, next_attempt_at=None))
    return result.rowcount or 0


@dataclass(frozen=True)
class QueueState:
    """How a connection's queue stands: marked products it has still to send, of them
    waiting out a retry delay, and parked."""

    waiting: int
    delayed: int
    parked: int


def queue_state(session: Session, connector_id: int | None, now: datetime | None = None) -> QueueState:
    """The connection's queue (``None``: as a connection that has sent nothing yet sees it)."""
    now = now or utcnow()
    total, parked, delayed = session.execute(
        select(func.count(OutboxItem.id),
               func.coalesce(func.sum(case((_PARKED, 1), else_=0)), 0),
               func.coalesce(func.sum(case((and_(_NOT_PARKED, SyncDelivery.next_attempt_at > now), 1), else_=0)), 0))
        .select_from(OutboxItem)
        .outerjoin(SyncDelivery, _deliveries(connector_id))
        .where(_UNSENT)
    ).one()
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


def parked_items(session: Session, connector_id: int | None, limit: int = 500) -> list[ParkedItem]:
    """What is set aside for the connection (nothing for ``None``), latest first."""
    if connector_id is None:
        return []
    rows = session.execute(
        select(SyncDelivery.product_id, Product.sku, Product.name, SyncDelivery.attempts, SyncDelivery.last_error,
               SyncDelivery.parked_at, SyncDelivery.held_price)
        .join(OutboxItem, OutboxItem.product_id == SyncDelivery.product_id)
        .join(Product, Product.id == SyncDelivery.product_id)
        .where(SyncDelivery.connector_id == connector_id, _PARKED, _UNSENT)
        .order_by(SyncDelivery.parked_at.desc(), Product.sku)
        .limit(limit)
    )
    return [ParkedItem(*row) for row in rows]
