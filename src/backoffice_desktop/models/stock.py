"""Stock as a ledger of moves between typed locations (Tryton's design).

A posted :class:`StockMove` is never edited or deleted; a mistake is corrected by a
reversing move. :class:`StockLevel` caches on-hand per product and location and is
updated in the same transaction as the move.
"""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ZERO, Base, Cost, Quantity, utcnow


class LocationKind(enum.StrEnum):
    WAREHOUSE = "warehouse"  # a view grouping its bins; holds no stock itself
    BIN = "bin"  # a real storage place
    QUARANTINE = "quarantine"  # damaged or doubtful goods kept apart
    SUPPLIER = "supplier"  # virtual: where received goods come from
    CUSTOMER = "customer"  # virtual: where sold goods go
    INVENTORY = "inventory"  # virtual: counting gains and losses
    SCRAP = "scrap"  # virtual: written-off goods


#: Locations whose stock is real and counted as on hand.
STORAGE_KINDS = (LocationKind.BIN, LocationKind.QUARANTINE)
KIND_VALUES = ", ".join(f"'{k.value}'" for k in LocationKind)


class Location(Base):
    __tablename__ = "locations"
    __table_args__ = (CheckConstraint(f"kind IN ({KIND_VALUES})", name="kind_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"), index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)

    parent: Mapped[Location | None] = relationship(remote_side=[id])


class StockMove(Base):
    """One posted movement of a quantity of a product from one location to another."""

    __tablename__ = "stock_moves"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("from_location_id <> to_location_id", name="locations_differ"),
        CheckConstraint("unit_cost >= 0", name="unit_cost_not_negative"),
        Index("ix_stock_moves_product_time", "product_id", "created_at"),
        Index("ix_stock_moves_document", "document_type", "document_id"),
        # The reports read the moves of a month or a few days (the rest from a summary).
        Index("ix_stock_moves_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    from_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    to_location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    unit_cost: Mapped[Decimal] = mapped_column(Cost, default=ZERO)
    #: The document that caused the move: receipt, adjustment, count, write_off, sale...
    document_type: Mapped[str] = mapped_column(String(32))
    document_id: Mapped[int | None] = mapped_column(Integer)
    document_number: Mapped[str] = mapped_column(String(64), default="")
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("stock_moves.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StockLevel(Base):
    """On hand per product and storage location, kept equal to the sum of the ledger."""

    __tablename__ = "stock_levels"

    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"), primary_key=True, index=True)
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=ZERO)
