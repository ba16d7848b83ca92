"""What the purchasing tests build their worlds from: users with one role each, and a
warehouse with one bin (plus the virtual supplier, customer... locations)."""

from __future__ import annotations

from backoffice_desktop.models import Location, LocationKind, Role
from backoffice_desktop.services import users
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.stock import ensure_virtual_locations


def actor(session, admin: Actor, username: str, role: Role) -> Actor:
    """A new user with ``role``, as the services see them once logged in."""
    info = users.create_user(session, admin, username, "user-pass-1", {role}, username.title())
    return Actor(user_id=info.id, username=username, full_name=username.title(), roles=frozenset({role}))


def warehouse_with_bin(session) -> int:
    """The virtual locations and warehouse WH1 with bin A-01; the warehouse's id."""
    ensure_virtual_locations(session)
    warehouse = Location(code="WH1", name="Основной склад", kind=LocationKind.WAREHOUSE.value)
    session.add(warehouse)
    session.flush()
    session.add(Location(code="A-01", name="A-01", kind=LocationKind.BIN.value, parent_id=warehouse.id))
    return warehouse.id
