"""Small look-up lists the forms offer: suppliers, warehouses, bins."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Location, LocationKind, Supplier


@dataclass(frozen=True)
class Choice:
    id: int
    title: str


def list_suppliers(session: Session) -> list[Choice]:
    rows = session.execute(
        select(Supplier.id, Supplier.name).where(Supplier.is_active.is_(True)).order_by(Supplier.name)
    )
    return [Choice(sid, name) for sid, name in rows]


def list_warehouses(session: Session) -> list[Choice]:
    rows = session.execute(
        select(Location.id, Location.code, Location.name)
        .where(Location.kind == LocationKind.WAREHOUSE.value, Location.is_active.is_(True))
        .order_by(Location.code)
    )
    return [Choice(lid, f"{name} ({code})") for lid, code, name in rows]


def list_storage_bins(session: Session, warehouse_id: int) -> list[Choice]:
    """Bins (and the quarantine) of a warehouse, for putaway pickers."""
    rows = session.execute(
        select(Location.id, Location.code, Location.name)
        .where(
            Location.parent_id == warehouse_id,
            Location.kind.in_([LocationKind.BIN.value, LocationKind.QUARANTINE.value]),
            Location.is_active.is_(True),
        )
        .order_by(Location.code)
    )
    return [Choice(lid, code if code == name else f"{code} — {name}") for lid, code, name in rows]
