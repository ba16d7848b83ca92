"""A guard against expensive mistakes: a price that would drop on the site by more than
the set percentage (``sync.price_drop_guard_percent``), or to zero, is held back until a
manager confirms it. The rest of the batch goes on; the stock of a held product waits
with it (one product's values are always sent together).

The base of comparison is what the site last accepted from us (:class:`SyncSentState`),
recorded with each acknowledged batch. Holds and confirmations are per connection (a
:class:`SyncDelivery` row): each site has its own last price, and a drop held for one
doesn't stop the others.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..models import SyncDelivery, SyncSentState, utcnow
from ..services import audit
from ..services.permissions import Actor, Permission, require
from ..services.settings import get_setting
from .outbox import ProductState, delivery_row

SETTING = "sync.price_drop_guard_percent"


def guard_percent(session: Session) -> Decimal:
    return Decimal(str(get_setting(session, SETTING)))


def holds(session: Session, connector_id: int, states: Sequence[ProductState], percent: Decimal) -> dict[int, str]:
    """The products of the batch whose new price must wait, with why (a sentence for the log and the panel)."""
    ids = [s.product_id for s in states]
    if not ids:
        return {}
    sent = {pid: price for pid, price in session.execute(
        select(SyncSentState.product_id, SyncSentState.retail_price)
        .where(SyncSentState.connector_id == connector_id, SyncSentState.product_id.in_(ids))
    )}
    confirmed = {pid: price for pid, price in session.execute(
        select(SyncDelivery.product_id, SyncDelivery.confirmed_price)
        .where(SyncDelivery.connector_id == connector_id, SyncDelivery.product_id.in_(ids),
               SyncDelivery.confirmed_price.is_not(None))
    )}
    found: dict[int, str] = {}
    for state in states:
        new = state.retail_price
        if confirmed.get(state.product_id) == new:
            continue
        before = sent.get(state.product_id)
        if new <= 0:
            found[state.product_id] = f"the price would become {new}; a manager must confirm it"
        elif before is not None and before > 0 and new < before * (1 - percent / 100):
            drop = (before - new) / before * 100
            found[state.product_id] = (f"the price would drop from {before} to {new} (−{drop:.0f}%, more than "
                                       f"{percent:g}%); a manager must confirm it")
    return found


def hold(session: Session, connector_id: int, state: ProductState, reason: str, now: datetime | None = None) -> None:
    """Park the product for this connection with its held price; :func:`confirm` lets
    exactly that price through, and a newer change of the product is judged again."""
    item = delivery_row(session, connector_id, state.product_id)
    item.parked_at, item.held_price, item.last_error = now or utcnow(), state.retail_price, reason[:2000]
    item.tried_version = state.mark_version


def record_sent(session: Session, connector_id: int, states: Sequence[ProductState]) -> None:
    """Remember what the site accepted: the next guard compares with it."""
    if not states:
        return
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = insert(SyncSentState)
    stmt = stmt.on_conflict_do_update(
        index_elements=[SyncSentState.connector_id, SyncSentState.product_id],
        set_={key: getattr(stmt.excluded, key)
              for key in ("available", "retail_price", "compare_at_price", "published", "sent_at")},
    )
    now = utcnow()
    session.execute(stmt, [
        {"connector_id": connector_id, "product_id": s.product_id, "available": s.available,
         "retail_price": s.retail_price, "compare_at_price": s.compare_at_price, "published": s.published,
         "sent_at": now}
        for s in sorted(states, key=lambda s: s.product_id)
    ])


def confirm(session: Session, actor: Actor, connector_id: int, product_ids: Iterable[int]) -> int:
    """A manager lets the prices of these products held for the connection go to its
    site (audited); returns how many."""
    require(actor, Permission.EDIT_PRICES)
    items = session.scalars(
        select(SyncDelivery).where(SyncDelivery.connector_id == connector_id,
                                   SyncDelivery.product_id.in_(sorted(set(product_ids))),
                                   SyncDelivery.held_price.is_not(None))
    ).all()
    for item in items:
        audit.record(session, actor, "confirm_price_drop", "product", item.product_id, "retail_price",
                     None, item.held_price)
        item.confirmed_price, item.held_price = item.held_price, None
        item.parked_at = item.next_attempt_at = None
        item.attempts, item.last_error = 0, ""
    return len(items)
