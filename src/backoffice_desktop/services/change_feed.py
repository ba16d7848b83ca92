"""What changed in the store since a workstation last looked (for live lists).

Every posting writes ledger moves, and every change of prices, content, users or
settings writes the audit trail; the highest ids of both are a cheap stamp of the
store's state (two indexed ``max()`` reads) that other workstations poll.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from ..errors import StoreError
from ..models import AuditEntry, ReceiptScan, StockMove


@dataclass(frozen=True)
class StoreStamp:
    last_move: int
    last_audit: int
    last_scan: int


def current_stamp(session: Session) -> StoreStamp:
    """The stamp; a store that can't be reached (a server restarting) is a StoreError."""
    try:
        return StoreStamp(
            last_move=session.scalar(select(func.max(StockMove.id))) or 0,
            last_audit=session.scalar(select(func.max(AuditEntry.id))) or 0,
            last_scan=session.scalar(select(func.max(ReceiptScan.id))) or 0,
        )
    except DBAPIError as exc:
        raise StoreError("The store can't be reached: {error}", error=str(exc.orig or exc)) from exc
