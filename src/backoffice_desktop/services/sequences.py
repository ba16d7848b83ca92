"""Document numbers: per type and year, unique and gap-free under concurrency."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..models import DocumentSequence

PREFIXES = {
    "receipt": "RC",
    "purchase_order": "PO",
    "adjustment": "AD",
    "count": "IN",
    "write_off": "WO",
    "transfer": "TR",
    "supplier_return": "RS",
}


def next_number(session: Session, doc_type: str, year: int | None = None) -> str:
    """Take the next number, e.g. ``RC-2026-000123``.

    The increment is one UPDATE, so concurrent transactions queue on the row lock and
    a rolled-back transaction gives its number back: no gaps, no duplicates.
    """
    year = year or datetime.now(timezone.utc).year
    prefix = PREFIXES[doc_type]
    for _ in range(2):
        value = session.execute(
            update(DocumentSequence)
            .where(DocumentSequence.doc_type == doc_type, DocumentSequence.year == year)
            .values(last_value=DocumentSequence.last_value + 1)
            .returning(DocumentSequence.last_value)
        ).scalar_one_or_none()
        if value is not None:
            return f"{prefix}-{year}-{value:06d}"
        try:
            with session.begin_nested():
                session.add(DocumentSequence(doc_type=doc_type, year=year, last_value=0))
        except IntegrityError:
            pass  # another transaction created the row first; take the UPDATE path
    raise RuntimeError(f"could not allocate a number for {doc_type}")


def peek_last(session: Session, doc_type: str, year: int) -> int:
    value = session.scalar(
        select(DocumentSequence.last_value).where(
            DocumentSequence.doc_type == doc_type, DocumentSequence.year == year
        )
    )
    return value or 0
