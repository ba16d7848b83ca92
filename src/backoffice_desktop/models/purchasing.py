"""Suppliers, their offers (price list rows) and purchase orders."""

from __future__ import annotations

import enum
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ZERO, Base, Money, Percent, Quantity, utcnow


class Supplier(Base):
    __tablename__ = "suppliers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    tax_id: Mapped[str] = mapped_column(String(32), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(500), default="")
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    payment_deferral_days: Mapped[int] = mapped_column(Integer, default=0)
    returns_unsold: Mapped[bool] = mapped_column(Boolean, default=False)
    returns_defective: Mapped[bool] = mapped_column(Boolean, default=True)
    lead_time_days: Mapped[int] = mapped_column(Integer, default=7)
    min_order_amount: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    notes: Mapped[str] = mapped_column(Text, default="")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: The column mapping of this supplier's price list, remembered from the last import.
    pricelist_mapping: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SupplierOffer(Base):
    """What a supplier offers for one of our products (one row of their price list)."""

    __tablename__ = "supplier_offers"
    __table_args__ = (
        UniqueConstraint("supplier_id", "supplier_sku"),
        CheckConstraint("price >= 0", name="price_not_negative"),
        CheckConstraint("pack_size > 0", name="pack_size_positive"),
        # Covering index: reorder suggestions read every product's offers from it alone.
        Index("ix_supplier_offers_product_reorder", "product_id", "supplier_id", "id", "price", "pack_size",
              "min_order_qty", "stock_qty", "supplier_sku"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    supplier_sku: Mapped[str] = mapped_column(String(128))
    supplier_name: Mapped[str] = mapped_column(String(500), default="")
    barcode: Mapped[str] = mapped_column(String(64), default="")
    price: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    pack_size: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    min_order_qty: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    #: Supplier's stock; None when unknown.
    stock_qty: Mapped[Decimal | None] = mapped_column(Quantity)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class PurchaseOrderState(enum.StrEnum):
    DRAFT = "draft"
    AWAITING_APPROVAL = "awaiting_approval"
    APPROVED = "approved"
    SENT = "sent"
    PARTIALLY_RECEIVED = "partially_received"
    RECEIVED = "received"
    CLOSED = "closed"
    CANCELLED = "cancelled"


PO_STATE_VALUES = ", ".join(f"'{s.value}'" for s in PurchaseOrderState)


class PurchaseOrder(Base):
    __tablename__ = "purchase_orders"
    __table_args__ = (CheckConstraint(f"state IN ({PO_STATE_VALUES})", name="state_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    state: Mapped[str] = mapped_column(String(24), default=PurchaseOrderState.DRAFT.value, index=True)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    expected_date: Mapped[date | None] = mapped_column(Date)
    #: Whether the line prices include VAT (suppliers quote both ways).
    prices_include_vat: Mapped[bool] = mapped_column(Boolean, default=True)
    #: One VAT rate for the whole order, %; None takes each line's (product's) rate.
    vat_rate: Mapped[Decimal | None] = mapped_column(Percent)
    #: Terms printed on the order, copied from the supplier when it is made.
    terms: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = mapped_column(Integer, default=0)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    approved_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    supplier: Mapped[Supplier] = relationship()
    lines: Mapped[list[PurchaseOrderLine]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="PurchaseOrderLine.line_no"
    )


class PurchaseOrderLine(Base):
    __tablename__ = "purchase_order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("received_quantity >= 0", name="received_not_negative"),
        CheckConstraint("unit_price >= 0", name="unit_price_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id", ondelete="CASCADE"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    supplier_sku: Mapped[str] = mapped_column(String(128), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity)
    received_quantity: Mapped[Decimal] = mapped_column(Quantity, default=ZERO)
    unit_price: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=ZERO)

    order: Mapped[PurchaseOrder] = relationship(back_populates="lines")


class PurchaseOrderRevision(Base):
    """An explicit, recorded change to an order that was already sent."""

    __tablename__ = "purchase_order_revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(String(500), default="")
    changes: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
