"""Website orders and their lines (pulled by sync or imported from the shop's export)."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, Integer, PrimaryKeyConstraint, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ZERO, Base, Cost, Money, Quantity, utcnow


class SalesOrderStatus(enum.StrEnum):
    NEW = "new"
    PROCESSING = "processing"
    SHIPPED = "shipped"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    RETURNED = "returned"


#: Orders in these states reserve stock.
OPEN_STATUSES = (SalesOrderStatus.NEW, SalesOrderStatus.PROCESSING)
#: Orders whose lines are demand (the open ones also reserve stock); cancelled and
#: returned orders are none. Fixed in the triggers that keep :class:`ReorderSalesDay`.
DEMAND_STATUSES = (SalesOrderStatus.NEW, SalesOrderStatus.PROCESSING, SalesOrderStatus.SHIPPED,
                   SalesOrderStatus.COMPLETED)
STATUS_VALUES = ", ".join(f"'{s.value}'" for s in SalesOrderStatus)


class SalesOrder(Base):
    __tablename__ = "sales_orders"
    __table_args__ = (
        UniqueConstraint("source", "number"),
        CheckConstraint(f"status IN ({STATUS_VALUES})", name="status_known"),
        # With the status, a window of orders is read from the index alone (reorder suggestions).
        Index("ix_sales_orders_ordered_at_status", "ordered_at", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Where the order came from: a connector name, or "import".
    source: Mapped[str] = mapped_column(String(64), default="website")
    number: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16), default=SalesOrderStatus.NEW.value, index=True)
    customer_name: Mapped[str] = mapped_column(String(200), default="")
    customer_email: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    total: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    ordered_at: Mapped[datetime] = mapped_column(default=utcnow)
    shipped_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    lines: Mapped[list[SalesOrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="SalesOrderLine.id"
    )


class SalesOrderLine(Base):
    """A sold (or, with a negative quantity, returned) line with its cost of goods."""

    __tablename__ = "sales_order_lines"
    __table_args__ = (
        CheckConstraint("quantity <> 0", name="quantity_not_zero"),
        # Covering: units per product of a set of orders without reading the lines
        # themselves (reorder suggestions sum a window's sales this way).
        Index("ix_sales_order_lines_order_product_quantity", "order_id", "product_id", "quantity"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("sales_orders.id", ondelete="CASCADE"))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(500), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    discount: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    line_total: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    #: Average cost per unit when the line shipped: margin is real, not estimated.
    unit_cost: Mapped[Decimal | None] = mapped_column(Cost)
    #: Why the goods came back (a negative line, or a line of a returned order); "" if not given.
    return_reason: Mapped[str] = mapped_column(String(200), default="")

    order: Mapped[SalesOrder] = relationship(back_populates="lines")


class ReorderSalesDay(Base):
    """Units on demand orders per product and UTC day of ``ordered_at``, for the reorder
    suggestions' sales window: a few hundred thousand narrow rows read by day instead of
    every line of the window's orders joined to its order.

    Derived data kept by database triggers on ``sales_orders`` and ``sales_order_lines``
    (migration ``0010``), so every writer keeps it current, bulk loads and the ORM alike.
    ``lines`` counts the lines summed: a row goes when its last line does, so a product
    without sales has no row, as it has no lines. No foreign keys, as in the reports'
    summary tables.
    """

    __tablename__ = "reorder_sales_days"
    __table_args__ = (
        PrimaryKeyConstraint("day", "product_id", name="pk_reorder_sales_days"),
        # Covering on PostgreSQL too: a window is read from the index alone.
        Index("ix_reorder_sales_days_day_product_quantity", "day", "product_id", "quantity"),
        {"sqlite_with_rowid": False},
    )

    day: Mapped[date] = mapped_column(Date)
    product_id: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    lines: Mapped[int] = mapped_column(Integer)
