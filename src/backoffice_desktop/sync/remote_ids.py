"""The SKU→id map of a site: where each of our SKUs lives there, kept between runs.

Looking products up by SKU costs a request each; the map saves that on every later
run. A connector drops an entry when the site answers "no such id" and looks the SKU
up again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite

from ..db import Store
from ..models import SyncRemoteId, utcnow


@dataclass(frozen=True)
class RemoteRef:
    """A product's id on the site, and its parent product's id when it is a variation."""

    remote_id: int
    parent_id: int | None = None


class IdMap(Protocol):
    def get_many(self, skus: Iterable[str]) -> dict[str, RemoteRef]: ...

    def put(self, found: dict[str, RemoteRef]) -> None: ...

    def forget(self, skus: Iterable[str]) -> None: ...


class MemoryIdMap:
    """A map kept in memory only (a dry run, a test)."""

    def __init__(self) -> None:
        self.refs: dict[str, RemoteRef] = {}

    def get_many(self, skus: Iterable[str]) -> dict[str, RemoteRef]:
        return {sku: self.refs[sku] for sku in skus if sku in self.refs}

    def put(self, found: dict[str, RemoteRef]) -> None:
        self.refs.update(found)

    def forget(self, skus: Iterable[str]) -> None:
        for sku in skus:
            self.refs.pop(sku, None)


class StoreIdMap:
    """The map of one connection, in the store; each change is its own short transaction."""

    def __init__(self, store: Store, connector_id: int) -> None:
        self.store = store
        self.connector_id = connector_id

    def get_many(self, skus: Iterable[str]) -> dict[str, RemoteRef]:
        wanted = sorted(set(skus))
        found: dict[str, RemoteRef] = {}
        with self.store.read_session() as session:
            for start in range(0, len(wanted), 500):
                rows = session.execute(
                    select(SyncRemoteId.sku, SyncRemoteId.remote_id, SyncRemoteId.parent_remote_id)
                    .where(SyncRemoteId.connector_id == self.connector_id,
                           SyncRemoteId.sku.in_(wanted[start:start + 500]))
                )
                found.update({sku: RemoteRef(rid, parent) for sku, rid, parent in rows})
        return found

    def put(self, found: dict[str, RemoteRef]) -> None:
        if not found:
            return
        with self.store.session() as session:
            insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
            stmt = insert(SyncRemoteId)
            stmt = stmt.on_conflict_do_update(
                index_elements=[SyncRemoteId.connector_id, SyncRemoteId.sku],
                set_={"remote_id": stmt.excluded.remote_id, "parent_remote_id": stmt.excluded.parent_remote_id,
                      "updated_at": stmt.excluded.updated_at},
            )
            now = utcnow()
            session.execute(stmt, [
                {"connector_id": self.connector_id, "sku": sku, "remote_id": ref.remote_id,
                 "parent_remote_id": ref.parent_id, "updated_at": now}
                for sku, ref in sorted(found.items())
            ])

    def forget(self, skus: Iterable[str]) -> None:
        gone = sorted(set(skus))
        if not gone:
            return
        with self.store.session() as session:
            session.execute(delete(SyncRemoteId).where(SyncRemoteId.connector_id == self.connector_id,
                                                       SyncRemoteId.sku.in_(gone)))
