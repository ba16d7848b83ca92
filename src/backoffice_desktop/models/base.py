"""Declarative base, column types and small helpers shared by all models."""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from typing import Any

from sqlalchemy import DateTime, MetaData, Numeric, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

#: Money: prices, amounts, totals.
Money = Numeric(14, 2, asdecimal=True)
#: Unit costs and the moving average cost keep four places so averaging doesn't drift.
Cost = Numeric(16, 4, asdecimal=True)
#: Quantities in the product's unit (pcs, kg, m).
Quantity = Numeric(14, 3, asdecimal=True)
#: A percentage such as a VAT rate (22.00).
Percent = Numeric(5, 2, asdecimal=True)

ZERO = Decimal("0")


def utcnow() -> datetime:
    """Current time, timezone-aware UTC (the store keeps UTC only)."""
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp that is always returned timezone-aware in UTC.

    SQLite has no time zone type and hands back naive values; this keeps both
    back ends returning the same thing.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(timezone.utc)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}
