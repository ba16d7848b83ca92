"""Feeds (a YML catalogue, a CSV/XLSX price-and-stock table) as a shop connector.

A platform that reads a feed fetches a whole file, so a feed always holds the whole
catalogue: a push with anything marked rebuilds every feed file from the store and so
clears the marks of the batch. A run rebuilds once: the marks committed before the
catalogue was read are noted, and later batches whose marks were among them are in
the files already; a mark made since brings another rebuild. The files are replaced only when complete
(:mod:`.feeds.atomic`); a folder that can't be written ends the run with nothing cleared.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

from ..errors import ValidationError
from .catalogue import StoreCatalogue
from .connector import Connector, Difference, PushOutcome, RemoteOrder, SiteRefused, SiteUnavailable, site_error
from .feeds.folder import FORMATS, FeedNames, write_feeds
from .feeds.yml import YmlShop
from .outbox import ProductState


def check_feed_folder(folder: Path) -> str:
    """Refuse a feed folder that is missing or can't be written; say what was found."""
    if not folder.is_dir():
        raise SiteRefused("The feed folder {folder} does not exist.", folder=str(folder))
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as exc:
        raise SiteRefused("Can't write in the feed folder {folder}: {reason}",
                          folder=str(folder), reason=exc.strerror or str(exc)) from exc
    return f"Feed folder {folder}: writable, {sum(1 for _ in os.scandir(folder))} file(s) in it"


class FeedConnector(Connector):
    """Feed files in one folder. ``shop_url`` heads the YML feed and ``url_template``
    (``{slug}``, ``{sku}``, ``{id}``) gives each product's page."""

    max_batch = 1000

    def __init__(self, folder: Path, catalogue: StoreCatalogue, shop_name: str, shop_url: str,
                 formats: Sequence[str] = FORMATS, currency: str = "RUB", names: FeedNames = FeedNames()) -> None:
        self.folder = folder
        self.catalogue = catalogue
        self.shop_name, self.shop_url = shop_name, shop_url
        self.formats = tuple(formats)
        self.currency = currency
        self.names = names
        #: The marks seen before the last rebuild read the catalogue: their values are in the files.
        self._covered: dict[int, datetime] = {}

    def test_connection(self) -> str:
        return check_feed_folder(self.folder)

    def push(self, items: Sequence[ProductState]) -> list[PushOutcome]:
        if not items:
            return []
        if any(not self._covers(state) for state in items):
            self._rebuild()
        return [PushOutcome(state.product_id) for state in items]

    def _covers(self, state: ProductState) -> bool:
        seen = self._covered.get(state.product_id)
        return seen is not None and seen >= state.marked_at

    def _rebuild(self) -> None:
        check_feed_folder(self.folder)
        marks = self.catalogue.marks()
        try:
            shop = YmlShop(name=self.shop_name, company=self.catalogue.company_name() or self.shop_name,
                           url=self.shop_url, currency=self.currency)
            result = write_feeds(self.folder, self.catalogue.whole(), self.catalogue.categories(), shop,
                                 formats=self.formats, names=self.names)
        except ValidationError as exc:
            raise site_error(exc) from exc
        except OSError as exc:  # a full disk, a network folder gone: may pass
            raise SiteUnavailable("Writing the feeds to {folder} failed: {reason}",
                                  folder=str(self.folder), reason=exc.strerror or str(exc)) from exc
        self._covered = marks
        written = ", ".join(f"{path.name} ({result.counts[fmt]} rows)" for fmt, path in result.paths.items())
        self.log(f"feeds rebuilt for the whole catalogue: {written}")

    def pull_orders(self, since: datetime | None) -> Iterator[RemoteOrder]:
        """A feed only goes out: no orders come back through it."""
        return iter(())

    def compare(self, items: Sequence[ProductState]) -> list[Difference]:
        """The feed is rebuilt from our values on every push; nothing on a site to compare with."""
        return []
