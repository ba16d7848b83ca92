"""Shared setup for the sync tests: products with stock and a configured connection."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st
from sqlalchemy import select

from backoffice_desktop.db import Store
from backoffice_desktop.models import CompletenessRule, Location, LocationKind, Product, SyncConnector
from backoffice_desktop.services import catalog
from backoffice_desktop.services.permissions import Actor
from backoffice_desktop.services.stock import (
    MoveRequest, available_to_sell, ensure_virtual_locations, post_moves, virtual_location,
)

#: What happens in the shop between two runs: (product number, a price rise or goods
#: in or out, how much), for :func:`change_products`.
CHANGES = st.lists(st.tuples(st.integers(1, 12), st.sampled_from(["price", "in", "out"]),
                             st.integers(1, 5)), max_size=4)


def website_publishes_any_card(session) -> None:
    """A website rule with a publish threshold of 0: these tests' bare cards (no photo,
    no description) go out as published; the channel's threshold is tested apart."""
    if session.scalar(select(CompletenessRule.id).where(CompletenessRule.channel == "website",
                                                        CompletenessRule.category_id.is_(None))) is None:
        session.add(CompletenessRule(channel="website", category_id=None, publish_threshold=0))
        session.flush()


def add_products(store: Store, count: int, start: int = 1, quantity: Decimal = Decimal(10),
                 price: Decimal = Decimal("100.00")) -> dict[str, int]:
    """Products SKU-0001... each received into bin A-01 and published on a website that
    takes any card (:func:`website_publishes_any_card`); returns their ids by SKU."""
    with store.session() as s:
        website_publishes_any_card(s)
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


def change_products(store: Store, admin: Actor, ids: dict[str, int], changes) -> None:
    """Apply :data:`CHANGES`: raise a price, receive goods, or write off what can be sold."""
    with store.session() as s:
        bin_id = s.scalar(select(Location.id).where(Location.code == "A-01"))
        supplier = virtual_location(s, LocationKind.SUPPLIER)
        scrap = virtual_location(s, LocationKind.SCRAP)
        for number, what, amount in changes:
            pid = ids[f"SKU-{number:04d}"]
            product = s.get(Product, pid)
            if what == "price":
                catalog.set_retail_price(s, admin, pid, product.retail_price + amount, product.version)
            elif what == "in":
                post_moves(s, None, [MoveRequest(pid, Decimal(amount), supplier, bin_id)], "receipt")
            elif available_to_sell(s, [pid])[pid] >= amount:
                post_moves(s, None, [MoveRequest(pid, Decimal(amount), bin_id, scrap)], "write_off")
