"""Shared setup for the sync tests: products with stock and a configured connection."""

from __future__ import annotations

from decimal import Decimal

from backoffice_desktop.db import Store
from backoffice_desktop.models import Location, LocationKind, Product, SyncConnector
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves


def add_products(store: Store, count: int, start: int = 1, quantity: Decimal = Decimal(10),
                 price: Decimal = Decimal("100.00")) -> dict[str, int]:
    """Products SKU-0001... each received into bin A-01; returns their ids by SKU."""
    with store.session() as s:
        virtual = ensure_virtual_locations(s)
        bin_id = s.query(Location.id).filter_by(code="A-01").scalar()
        if bin_id is None:
            bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value)
            s.add(bin_)
            s.flush()
            bin_id = bin_.id
        ids = {}
        for n in range(start, start + count):
            p = Product(sku=f"SKU-{n:04d}", name=f"Товар {n}", retail_price=price + n, is_published=True)
            s.add(p)
            s.flush()
            ids[p.sku] = p.id
        post_moves(s, None, [MoveRequest(pid, quantity, virtual[LocationKind.SUPPLIER], bin_id)
                             for pid in ids.values()], "receipt")
        return ids


def add_connector(store: Store, base_url: str = "http://127.0.0.1:1", name: str = "shop") -> int:
    with store.session() as s:
        row = SyncConnector(name=name, kind="woocommerce", base_url=base_url,
                            options={"consumer_key": "ck_test"})
        s.add(row)
        s.flush()
        return row.id
