"""Writing the whole set of feeds to a folder in one pass over the listings."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Protocol

from ...errors import ValidationError
from ..listing import Listing, ListingCategory
from .atomic import atomic_output
from .table import CsvTableWriter, XlsxTableWriter
from .yml import YmlShop, YmlWriter

FORMATS = ("yml", "csv", "xlsx")
CSV_DELIMITERS = (",", ";", "\t", "|")


@dataclass(frozen=True)
class FeedNames:
    """The file names in the folder (platforms are set up to fetch these)."""

    yml: str = "yml_feed.xml"
    csv: str = "price_stock.csv"
    xlsx: str = "price_stock.xlsx"


@dataclass(frozen=True)
class FeedResult:
    #: The files written, by format.
    paths: dict[str, Path]
    #: Rows written per format (the YML leaves unpublished products out).
    counts: dict[str, int]


class _RowWriter(Protocol):
    count: int

    def add(self, listing: Listing) -> None: ...

    def finish(self) -> None: ...

    def discard(self) -> None: ...


def write_feeds(
    folder: Path,
    listings: Iterable[Listing],
    categories: Sequence[ListingCategory],
    shop: YmlShop,
    formats: Sequence[str] = FORMATS,
    names: FeedNames = FeedNames(),
    csv_delimiter: str = ";",
    generated_at: datetime | None = None,
) -> FeedResult:
    """Write the chosen formats to ``folder``, reading ``listings`` once. The files
    replace the old ones only when all of them are complete: an error while reading
    the listings or writing leaves the folder as it was."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValidationError(
            "'{format}' is not a feed format; expected yml, csv or xlsx.", format=", ".join(unknown),
        )
    if csv_delimiter not in CSV_DELIMITERS:
        raise ValidationError(
            "'{delimiter}' can't separate CSV columns; use a comma, a semicolon, a tab or a bar.",
            delimiter=csv_delimiter,
        )
    paths = {fmt: folder / getattr(names, fmt) for fmt in formats}
    with ExitStack() as stack:
        writers: dict[str, _RowWriter] = {}
        for fmt, path in paths.items():
            stream = stack.enter_context(atomic_output(path))
            if fmt == "yml":
                writers[fmt] = YmlWriter(stream, shop, categories, generated_at)
            elif fmt == "csv":
                writers[fmt] = CsvTableWriter(stream, delimiter=csv_delimiter)
            else:
                writers[fmt] = XlsxTableWriter(stream)
        try:
            for listing in listings:
                for writer in writers.values():
                    writer.add(listing)
        except BaseException:
            for writer in writers.values():
                writer.discard()
            raise
        for writer in writers.values():
            writer.finish()
        counts = {fmt: writer.count for fmt, writer in writers.items()}
    return FeedResult(paths=paths, counts=counts)
