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
    queue: outbox.QueueState
    parked: list[outbox.ParkedItem]
    runs: list[engine.RunSummary]


def read_overview(store: Store) -> SyncOverview:
    with store.read_session() as session:
        found = connections.list_connections(session)
        queue = outbox.queue_state(session)
        parked = outbox.parked_items(session)
    connection = next((c for c in found if c.enabled), found[0] if found else None)
    runs = engine.last_runs(store, connection.id, RUNS_SHOWN) if connection else []
    return SyncOverview(connection, queue, parked, runs)
