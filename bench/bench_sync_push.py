"""Sync push benchmark: 10 000 changed products to a local WooCommerce-compatible server.

The server is the one the connector tests use (tests/sync/woo_server.py, written from
WooCommerce's REST documentation: SKU look-ups, batch updates of at most 100 objects).
The store is a copy of the bench store (never the store itself) with its outbox cleared
and the first ``--changed`` active products marked, as a price list import would leave
it. Three runs:

1. the first push: SKUs looked up (the SKU→id map is empty), then batches of 100;
2. the same products changed again: the map is known, only batch updates go out;
3. nothing changed: no update request at all, and the time a scheduled run costs.

With ``--connections 2`` a second site (a marketplace) is connected too: each run above
is followed by the same run of the second connection, which sends every change as well
(the marks stay until both have them).

    .venv/bin/python bench/bench_sync_push.py --store bench/.data/bench.sqlite3
    .venv/bin/python bench/bench_sync_push.py --store bench/.data/bench.sqlite3 --changed 2000
    .venv/bin/python bench/bench_sync_push.py --store bench/.data/bench.sqlite3 --connections 2
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import delete, func, select

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from backoffice_desktop.db import open_store, sqlite_url  # noqa: E402
from backoffice_desktop.models import OutboxItem, Product, SyncConnector  # noqa: E402
from backoffice_desktop.services.outbox import mark_products  # noqa: E402
from backoffice_desktop.sync import engine  # noqa: E402
from backoffice_desktop.sync.http import RetryPolicy  # noqa: E402
from backoffice_desktop.sync.remote_ids import StoreIdMap  # noqa: E402
from backoffice_desktop.sync.woocommerce import WooCommerceConnector  # noqa: E402
from tests.sync.woo_server import KEY, SECRET, WooServer  # noqa: E402


def push(store, connector_id: int, server: WooServer) -> tuple[float, int, int, int]:
    """Seconds, products sent, look-up (GET) requests and update (POST) requests of one push."""
    before = len(server.requests)
    with WooCommerceConnector(server.url, KEY, SECRET, StoreIdMap(store, connector_id),
                              policy=RetryPolicy(timeout=60)) as connector:
        started = time.perf_counter()
        result = engine.push(store, connector_id, connector, batch_size=100)
        seconds = time.perf_counter() - started
    assert result.status == "ok", result.message
    made = server.requests[before:]
    return seconds, result.sent, sum(m == "GET" for m, _ in made), sum(m == "POST" for m, _ in made)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="the SQLite bench store (copied, never changed)")
    parser.add_argument("--changed", type=int, default=10_000, help="products marked as changed (default 10 000)")
    parser.add_argument("--connections", type=int, choices=(1, 2), default=1,
                        help="sites connected, each sent every change (default 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-sync-push-") as tmp:
        copy = Path(tmp) / "store.sqlite3"
        shutil.copy(args.store, copy)
        store = open_store(sqlite_url(copy))
        servers = [WooServer().start() for _ in range(args.connections)]
        try:
            with store.session() as session:
                session.execute(delete(OutboxItem))
                ids = list(session.scalars(select(Product.id).where(Product.is_active.is_(True))
                                           .order_by(Product.id).limit(args.changed)))
                skus = list(session.scalars(select(Product.sku).where(Product.id.in_(ids))))
                rows = [SyncConnector(name=f"bench-{n}", kind="woocommerce", base_url=server.url,
                                      options={"consumer_key": KEY}) for n, server in enumerate(servers, 1)]
                session.add_all(rows)
                session.flush()
                connector_ids = [row.id for row in rows]
                mark_products(session, ids, "bench")
            for server in servers:
                for sku in skus:
                    server.add_product(sku)

            def each_site(label: str) -> list[tuple]:
                return [(label + (f" [site {n}]" if len(servers) > 1 else ""), *push(store, cid, server))
                        for n, (cid, server) in enumerate(zip(connector_ids, servers), 1)]

            runs = each_site("first push (SKUs looked up)")
            with store.session() as session:
                mark_products(session, ids, "bench")
            runs += each_site("changed again (ids known)")
            runs += each_site("nothing changed")
            for server in servers:
                wrong = [sku for sku in skus[:50] if server.item_by_sku(sku)["stock_quantity"] is None]
                assert not wrong, f"not updated on the server: {wrong}"
            with store.read_session() as session:
                assert session.scalar(select(func.count(OutboxItem.id))) == 0, "marks left after every site had them"
        finally:
            for server in servers:
                server.stop()
            store.close()
    for label, seconds, sent, gets, posts in runs:
        print(f"{label:<39} {sent:>6} sent in {seconds:6.2f} s; {gets:>4} look-up and {posts:>4} update requests")


if __name__ == "__main__":
    main()
