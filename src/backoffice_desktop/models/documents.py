"""Stock documents (receipts, adjustments, counts, write-offs, returns) and number sequences."""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ZERO, Base, Cost, Money, Quantity, utcnow


class DocumentState(enum.StrEnum):
    DRAFT = "draft"
    POSTED = "posted"
    CANCELLED = "cancelled"


STATE_VALUES = ", ".join(f"'{s.value}'" for s in DocumentState)


class DocumentSequence(Base):
    """The last number used per document type and year; numbers are gap-free."""

    __tablename__ = "document_sequences"
    __table_args__ = (UniqueConstraint("doc_type", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    doc_type: Mapped[str] = mapped_column(String(32))
    year: Mapped[int] = mapped_column(Integer)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class Receipt(Base):
    """Goods received from a supplier, against a purchase order or without one."""

    __tablename__ = "receipts"
    __table_args__ = (CheckConstraint(f"state IN ({STATE_VALUES})", name="state_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    state: Mapped[str] = mapped_column(String(16), default=DocumentState.DRAFT.value, index=True)
    purchase_order_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    warehouse_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    supplier_document: Mapped[str] = mapped_column(String(64), default="")
    #: A reversing receipt points at the receipt it corrects.
    reversal_of_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"))
    notes: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    posted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    posted_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    lines: Mapped[list[ReceiptLine]] = relationship(
        back_populates="receipt", cascade="all, delete-orphan", order_by="ReceiptLine.id"
    )


class ReceiptLine(Base):
    __tablename__ = "receipt_lines"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        CheckConstraint("damaged_quantity >= 0", name="damaged_not_negative"),
        CheckConstraint("unit_cost >= 0", name="unit_cost_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    purchase_order_line_id: Mapped[int | None] = mapped_column(ForeignKey("purchase_order_lines.id"))
    #: Good units received (into ``bin_id``).
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=ZERO)
    damaged_quantity: Mapped[Decimal] = mapped_column(Quantity, default=ZERO)
    damage_reason: Mapped[str] = mapped_column(String(200), default="")
    damage_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    damage_photo_sha256: Mapped[str | None] = mapped_column(ForeignKey("blobs.sha256"))
    over_delivery_reason: Mapped[str] = mapped_column(String(200), default="")
    unit_cost: Mapped[Decimal] = mapped_column(Cost, default=ZERO)
    #: The delivery's charges (freight, duty, ...) spread onto one unit, set at posting.
    landed_charge: Mapped[Decimal] = mapped_column(Cost, default=ZERO)
    bin_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))

    receipt: Mapped[Receipt] = relationship(back_populates="lines")


class ChargeAllocation(enum.StrEnum):
    """How a delivery charge is spread over the receipt's lines."""

    VALUE = "value"
    QUANTITY = "quantity"
    WEIGHT = "weight"


ALLOCATION_VALUES = ", ".join(f"'{a.value}'" for a in ChargeAllocation)


class ReceiptCharge(Base):
    """A landed cost of a delivery (freight, customs duty, ...), spread into unit costs."""

    __tablename__ = "receipt_charges"
    __table_args__ = (
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint(f"allocation IN ({ALLOCATION_VALUES})", name="allocation_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16), default="freight")
    description: Mapped[str] = mapped_column(String(200), default="")
    amount: Mapped[Decimal] = mapped_column(Money, default=ZERO)
    allocation: Mapped[str] = mapped_column(String(16), default=ChargeAllocation.VALUE.value)


class ReceiptScan(Base):
    """Every scan made while receiving, as scanned (for the record and for undo)."""

    __tablename__ = "receipt_scans"

    id: Mapped[int] = mapped_column(primary_key=True)
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(200))
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=ZERO)
    outcome: Mapped[str] = mapped_column(String(32), default="")
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class MarkingCode(Base):
    """One unit's GS1 DataMatrix marking code; a code is accepted once."""

    __tablename__ = "marking_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    gtin: Mapped[str] = mapped_column(String(14))
    serial: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(255), unique=True)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class StockDocumentKind(enum.StrEnum):
    ADJUSTMENT = "adjustment"
    COUNT = "count"
    WRITE_OFF = "write_off"
    TRANSFER = "transfer"
    SUPPLIER_RETURN = "supplier_return"


KIND_VALUES = ", ".join(f"'{k.value}'" for k in StockDocumentKind)


class StockDocument(Base):
    """An adjustment, stock count, write-off, transfer or return to a supplier."""

    __tablename__ = "stock_documents"
    __table_args__ = (
        CheckConstraint(f"state IN ({STATE_VALUES})", name="state_known"),
        CheckConstraint(f"kind IN ({KIND_VALUES})", name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    state: Mapped[str] = mapped_column(String(16), default=DocumentState.DRAFT.value, index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    supplier_id: Mapped[int | None] = mapped_column(ForeignKey("suppliers.id"))
    reason: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    posted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    posted_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    lines: Mapped[list[StockDocumentLine]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="StockDocumentLine.id"
    )


class StockDocumentLine(Base):
    __tablename__ = "stock_document_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("stock_documents.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("locations.id"))
    #: For counts: what the ledger said when counting started, and what was counted.
    expected_quantity: Mapped[Decimal | None] = mapped_column(Quantity)
    counted_quantity: Mapped[Decimal | None] = mapped_column(Quantity)
    #: Signed change for adjustments; the moved quantity for write-offs and transfers.
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=ZERO)
    unit_cost: Mapped[Decimal] = mapped_column(Cost, default=ZERO)
    reason: Mapped[str] = mapped_column(String(200), default="")

    document: Mapped[StockDocument] = relationship(back_populates="lines")
