"""The one interface every shop connector offers, and what passes through it.

A connector talks to one site: it tests the connection, pushes absolute stock and
prices for a batch of products (answering per product), and pulls the orders the site
changed since a point in time. It knows nothing of the store: the run engine
(:mod:`backoffice_desktop.sync.engine`) reads the outbox, calls the connector and
records the outcome.

Failures of the whole exchange are typed so a run can tell "try again later"
(:class:`SiteUnavailable`: timeouts, cut connections, 5xx, 429 after the retries) from
"fix the settings" (:class:`SiteRefused`: wrong address, refused credentials).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from ..errors import BackofficeError, ExchangeError, SiteRefused, SiteUnavailable, SyncError
from .outbox import ProductState

__all__ = ["Connector", "Difference", "PushOutcome", "RemoteOrder", "RemoteOrderLine", "SiteRefused", "SiteUnavailable",
           "SyncError", "site_error"]


def site_error(exc: BackofficeError) -> SyncError:
    """``exc`` (a failed exchange step, an unusable feed folder) as a failure of the whole
    exchange, with its own message: :class:`SiteUnavailable` (carrying the site's
    Retry-After) when an :class:`ExchangeError` may pass, else :class:`SiteRefused`."""
    retryable = isinstance(exc, ExchangeError) and exc.retryable
    kind: type[SyncError] = SiteUnavailable if retryable else SiteRefused
    error = kind(exc.template, **exc.params)
    if isinstance(error, SiteUnavailable) and isinstance(exc, ExchangeError):
        error.retry_after = exc.retry_after
    return error


@dataclass(frozen=True)
class PushOutcome:
    """What the site said about one product of a pushed batch; ``error`` empty when accepted."""

    product_id: int
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass(frozen=True)
class RemoteOrderLine:
    sku: str
    name: str
    quantity: Decimal
    unit_price: Decimal
    line_total: Decimal
    discount: Decimal = Decimal(0)


@dataclass(frozen=True)
class RemoteOrder:
    """An order as the site has it, already mapped to our status words
    (:class:`~backoffice_desktop.models.SalesOrderStatus` values)."""

    remote_id: str
    number: str
    status: str
    remote_status: str
    ordered_at: datetime
    modified_at: datetime
    currency: str
    total: Decimal
    customer_name: str = ""
    customer_email: str = ""
    lines: tuple[RemoteOrderLine, ...] = field(default_factory=tuple)


def _ignore(line: str) -> None:
    """The default log of a connector outside a run."""


@dataclass(frozen=True)
class Difference:
    """One value the site shows differently from us (``site`` is None: not on the site)."""

    product_id: int
    sku: str
    field: str
    site: str | None
    ours: str


class Connector(ABC):
    """One shop site. Instances hold an open HTTP client: use as a context manager."""

    #: Most products a connector takes in one ``push`` call.
    max_batch: int = 100
    #: Where the connector tells what it does (retries, look-ups); a run points it at its log.
    log: Callable[[str], None] = staticmethod(_ignore)

    @abstractmethod
    def test_connection(self) -> str:
        """Reach the site with the credentials; return a short description of what answered."""

    @abstractmethod
    def push(self, items: Sequence[ProductState]) -> list[PushOutcome]:
        """Send absolute stock and prices; one outcome per item, in any order."""

    @abstractmethod
    def pull_orders(self, since: datetime | None) -> Iterator[RemoteOrder]:
        """Orders created or changed on the site after ``since`` (all when None)."""

    @abstractmethod
    def compare(self, items: Sequence[ProductState]) -> list[Difference]:
        """Read what the site shows for these products now; every value that differs from ours."""

    def orders_saved(self) -> None:
        """The orders of the last :meth:`pull_orders` are committed here. A site that
        keeps offering orders until told (CommerceML) is told now; others need nothing."""

    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> Connector:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
