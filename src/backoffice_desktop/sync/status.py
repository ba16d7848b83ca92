"""How the sync stands, read in one go as plain data (the Sync panel shows it)."""

from __future__ import annotations

from dataclasses import dataclass

from ..db import Store
from . import connections, engine, outbox
from .connections import ConnectionSettings

#: Runs listed in the panel (newest first).
RUNS_SHOWN = 50


@dataclass(frozen=True)
class SyncOverview:
    connection: ConnectionSettings | None
    #: Every configured connection (the panel offers a choice when there are several).
    connections: list[ConnectionSettings]
    queue: outbox.QueueState
    parked: list[outbox.ParkedItem]
    runs: list[engine.RunSummary]


def read_overview(store: Store, connection_id: int | None = None) -> SyncOverview:
    """How the connection ``connection_id`` stands (by default the first enabled one, or
    the first): its own queue, parked products and runs."""
    with store.read_session() as session:
        found = connections.list_connections(session)
        connection = next((c for c in found if c.id == connection_id), None) or next(
            (c for c in found if c.enabled), found[0] if found else None)
        shown = connection.id if connection else None
        queue = outbox.queue_state(session, shown)
        parked = outbox.parked_items(session, shown)
    runs = engine.last_runs(store, connection.id, RUNS_SHOWN) if connection else []
    return SyncOverview(connection, found, queue, parked, runs)
