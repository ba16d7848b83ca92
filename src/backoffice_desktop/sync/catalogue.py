"""What document connectors (CommerceML, feeds) read from the store besides the outbox.

A connector knows nothing of the store; the run engine hands it bare
:class:`~backoffice_desktop.sync.outbox.ProductState` batches. Documents also need a
name, a unit and a category per product, the category tree, the whole catalogue (a
feed) the shop's time zone (order times a CommerceML site writes) and the company's name. A
:class:`StoreCatalogue` reads those for one connection, each in its own short read
transaction.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from ..db import Store
from ..models import OutboxItem
from ..services.completeness import WEBSITE
from ..services.reports.zones import shop_zone
from ..services.settings import get_company
from .listing import Listing, ListingCategory, iter_listings, load_categories, load_listings
from .outbox import ProductState


class StoreCatalogue:
    """Listings, categories and the shop's time zone, read from ``store``; the whole
    catalogue as the sales ``channel`` may show it (below its publish threshold: not published)."""

    def __init__(self, store: Store, url_template: str = "", channel: str = WEBSITE) -> None:
        self.store = store
        self.url_template = url_template
        self.channel = channel

    def describe(self, states: Sequence[ProductState]) -> list[Listing]:
        """The listings of a batch, in its order."""
        with self.store.read_session() as session:
            return load_listings(session, states, self.url_template)

    def whole(self) -> Iterator[Listing]:
        """Every active product, read in batches inside one read transaction (a consistent picture)."""
        with self.store.read_session() as session:
            yield from iter_listings(session, self.url_template, channel=self.channel)

    def marks(self) -> dict[int, datetime]:
        """Every product marked for the sync now, with the time of its mark."""
        with self.store.read_session() as session:
            return {pid: marked for pid, marked in session.execute(select(OutboxItem.product_id, OutboxItem.marked_at))}

    def categories(self) -> list[ListingCategory]:
        with self.store.read_session() as session:
            return load_categories(session)

    def company_name(self) -> str:
        """The company as Settings → Company names it (legal name first); empty when not set."""
        with self.store.read_session() as session:
            company = get_company(session)
        return company.legal_name or company.name

    def zone(self) -> ZoneInfo:
        with self.store.read_session() as session:
            return shop_zone(session)
