"""The sync outbox, connector configurations and run history."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Money, Quantity, utcnow


class OutboxItem(Base):
    """A product whose available quantity, price or publish state changed since every
    connection was sent it: one row per product, however many connections there are.

    Marked in the same transaction as the change (one cheap upsert); each connection
    notes in :class:`SyncDelivery` which ``mark_version`` it has delivered, and the row
    goes once every enabled connection has delivered its current version.
    """

    __tablename__ = "sync_outbox"
    #: A connection's pending batch walks the marks in this order, from the index alone.
    __table_args__ = (Index("ix_sync_outbox_pending", "marked_at", "product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), unique=True)
    reason: Mapped[str] = mapped_column(String(64), default="")
    marked_at: Mapped[datetime] = mapped_column(default=utcnow)
    #: Raised by one on every new change (the row lock orders concurrent changes), so a
    #: connection's acknowledgement names exactly the change it sent, whatever the clocks
    #: of the workstations say. A new row starts from the time in microseconds, so a mark
    #: deleted and made again never repeats a number a run still holds.
    mark_version: Mapped[int] = mapped_column(BigInteger, server_default="1")


class SyncDelivery(Base):
    """How one connection stands with one marked product: the mark version it delivered,
    and its own failures, retry delay, parking and price-guard hold (a site that refuses
    an item parks it for that site only). Rows go with the product's mark."""

    __tablename__ = "sync_deliveries"
    __table_args__ = (UniqueConstraint("connector_id", "product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    connector_id: Mapped[int] = mapped_column(ForeignKey("sync_connectors.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    #: The :attr:`OutboxItem.mark_version` the site accepted; pending while it differs.
    acknowledged_version: Mapped[int | None] = mapped_column(BigInteger)
    #: The mark version the last failure or hold was about: a newer change starts the
    #: count of failures again and releases a held price (the next run judges the new values).
    tried_version: Mapped[int | None] = mapped_column(BigInteger)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_attempt_at: Mapped[datetime | None]
    #: Set when the item kept failing: runs skip it until someone retries it (``last_error`` says why).
    parked_at: Mapped[datetime | None]
    #: The price held back because it dropped too far (parked until a manager confirms it).
    held_price: Mapped[Decimal | None] = mapped_column(Money)
    #: The price a manager confirmed: the guard lets exactly this price through.
    confirmed_price: Mapped[Decimal | None] = mapped_column(Money)


class SyncConnector(Base):
    """One configured shop connection; secrets live in the OS keyring, never here."""

    __tablename__ = "sync_connectors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    base_url: Mapped[str] = mapped_column(String(500), default="")
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    last_success_at: Mapped[datetime | None]
    #: Orders modified on the site up to this time (the site's clock) have been pulled.
    orders_cursor: Mapped[datetime | None]


class SyncRun(Base):
    """One push or pull: written as "running" when it starts, so a killed run stays visible."""

    __tablename__ = "sync_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    connector_id: Mapped[int] = mapped_column(ForeignKey("sync_connectors.id", ondelete="CASCADE"), index=True)
    #: "push" (stock and prices out) or "pull" (orders in).
    kind: Mapped[str] = mapped_column(String(16), default="push")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    #: running, ok, partial (some items failed), failed (the site could not be reached), interrupted.
    status: Mapped[str] = mapped_column(String(16), default="running")
    sent: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    parked: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(Text, default="")
    #: What the run did, a line per step, for the Sync panel and the log file.
    log: Mapped[str] = mapped_column(Text, default="")


class SyncRemoteId(Base):
    """Where a SKU lives on a site (the SKU→id map); dropped when the site says "not found"."""

    __tablename__ = "sync_remote_ids"
    __table_args__ = (UniqueConstraint("connector_id", "sku"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    connector_id: Mapped[int] = mapped_column(ForeignKey("sync_connectors.id", ondelete="CASCADE"))
    sku: Mapped[str] = mapped_column(String(64))
    remote_id: Mapped[int] = mapped_column(BigInteger)
    #: The parent product's id on the site, for a variation.
    parent_remote_id: Mapped[int | None] = mapped_column(BigInteger)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncOrderLink(Base):
    """A pulled order: the site's order id, so the same order is created once."""

    __tablename__ = "sync_order_links"
    __table_args__ = (UniqueConstraint("connector_id", "remote_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    connector_id: Mapped[int] = mapped_column(ForeignKey("sync_connectors.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(64))
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id", ondelete="CASCADE"), index=True)
    #: The site's own status word (pending, on-hold, refunded...), as last seen.
    remote_status: Mapped[str] = mapped_column(String(32), default="")
    remote_modified_at: Mapped[datetime | None]


class SyncSentState(Base):
    """What a site was last told about a product (and accepted): the base of the price
    guard, and of comparing the site with us."""

    __tablename__ = "sync_sent_states"
    __table_args__ = (UniqueConstraint("connector_id", "product_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    connector_id: Mapped[int] = mapped_column(ForeignKey("sync_connectors.id", ondelete="CASCADE"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"), index=True)
    available: Mapped[Decimal] = mapped_column(Quantity)
    retail_price: Mapped[Decimal] = mapped_column(Money)
    compare_at_price: Mapped[Decimal | None] = mapped_column(Money)
    published: Mapped[bool] = mapped_column(Boolean)
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)
