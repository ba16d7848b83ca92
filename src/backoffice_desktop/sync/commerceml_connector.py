"""The CommerceML 2 exchange ("1C exchange") as a shop connector.

A push writes ``offers.xml`` for the batch (and ``import.xml`` first when the site
creates or hides products from the exchange, as 1C-Bitrix does) and uploads it in one
exchange session: checkauth → init → file → import until the site says ``success``.
CommerceML has no per-item answers: when the site imports the files every product of
the batch is accepted; when it refuses them the whole batch stays queued.

A failed exchange is started again from checkauth with exponential backoff and jitter
while the failure is one that may pass (timeouts, cut connections, 5xx, 429 honouring
Retry-After), since the documents carry absolute values; the rest end the run as
:class:`SiteRefused`. A pull reads the site's orders (``type=sale&mode=query``) and
tells the site ``success`` only after the run engine committed them
(:meth:`CommerceMLConnector.orders_saved`); until then the site keeps offering them, so
a run killed in between loses nothing and creates no order twice.
"""

from __future__ import annotations

import random
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import httpx

from ..errors import ExchangeError
from ..models import SalesOrderStatus
from .catalogue import StoreCatalogue
from .commerceml.client import IMPORT_TIME_LIMIT, ExchangeClient
from .commerceml.reader import SiteOrder, SiteOrderStatus
from .commerceml.writer import ExchangeCatalog, write_exchange_files
from .connector import Connector, Difference, PushOutcome, RemoteOrder, RemoteOrderLine, SiteRefused, site_error
from .http import RetryPolicy
from .outbox import ProductState

T = TypeVar("T")
CENT = Decimal("0.01")

#: The site's order status → ours (a refund of goods that never left becomes a
#: cancellation in :mod:`.orders`).
ORDER_STATUSES = {
    SiteOrderStatus.NEW: SalesOrderStatus.NEW,
    SiteOrderStatus.PAID: SalesOrderStatus.PROCESSING,
    SiteOrderStatus.SHIPPED: SalesOrderStatus.SHIPPED,
    SiteOrderStatus.COMPLETED: SalesOrderStatus.COMPLETED,
    SiteOrderStatus.REFUNDED: SalesOrderStatus.RETURNED,
    SiteOrderStatus.CANCELLED: SalesOrderStatus.CANCELLED,
}
#: Currency words Russian engines write instead of the ISO code.
CURRENCY_WORDS = {"руб": "RUB", "руб.": "RUB", "рубль": "RUB", "₽": "RUB"}


def remote_order(order: SiteOrder, zone: ZoneInfo, received_at: datetime) -> RemoteOrder:
    """One CommerceML order as a :class:`RemoteOrder`.

    The site writes its local time (``zone``). CommerceML gives no time of change, so an
    order counts as changed when its status text changes: ``modified_at`` is the time it
    was placed. Delivery and other service lines carry no stock and are left out; a line
    without Артикул is known by its Ид (our SKU, as our offers name it)."""
    placed = order.placed_at.replace(tzinfo=zone).astimezone(timezone.utc) if order.placed_at else received_at
    lines = []
    for line in order.lines:
        if line.is_service:
            continue
        gross = (line.unit_price * line.quantity).quantize(CENT)
        lines.append(RemoteOrderLine(
            sku=line.sku or line.site_product_id, name=line.name, quantity=line.quantity,
            unit_price=line.unit_price.quantize(CENT), line_total=line.amount.quantize(CENT),
            discount=max(gross - line.amount.quantize(CENT), Decimal(0)),
        ))
    total = order.total if order.total is not None else sum((line.line_total for line in lines), Decimal(0))
    currency = CURRENCY_WORDS.get(order.currency.strip().lower(), order.currency.strip().upper())
    return RemoteOrder(
        remote_id=order.site_order_id[:64],
        number=order.number[:64],
        status=ORDER_STATUSES[order.status].value,
        remote_status=(order.status_text or order.status.value)[:32],
        ordered_at=placed,
        modified_at=placed,
        currency=currency[:3],
        total=total.quantize(CENT),
        customer_name=order.customer_name,
        customer_email=order.customer_email,
        lines=tuple(lines),
    )


def exchange_login(url: str, username: str, password: str, *, timeout: float = 30.0,
                   transport: httpx.BaseTransport | None = None) -> str:
    """Log in to the exchange (checkauth) and ask its limits (init): what "Test
    connection" does. Raises :class:`ExchangeError` as the client does."""
    with ExchangeClient(url, username, password, timeout=timeout, transport=transport) as client:
        return _login(client, url, username)


def _login(client: ExchangeClient, url: str, username: str) -> str:
    client.checkauth("catalog")
    limits = client.init("catalog")
    size = f"{limits.file_limit} bytes" if limits.file_limit else "no limit"
    return f"CommerceML exchange at {url}: logged in as {username}; zip {'yes' if limits.zip else 'no'}, file size {size}"


class CommerceMLConnector(Connector):
    """One CommerceML exchange address with its user and password."""

    #: One exchange (several requests and an import on the site) per batch: big batches.
    max_batch = 1000

    def __init__(self, url: str, username: str, password: str, catalog: ExchangeCatalog,
                 catalogue: StoreCatalogue, *, send_catalog: bool = True, policy: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None,
                 transport: httpx.BaseTransport | None = None,
                 import_time_limit: float = IMPORT_TIME_LIMIT) -> None:
        if not username or not password:
            raise SiteRefused("The CommerceML exchange needs both the user name and the password.")
        self.url, self.username, self.password = url, username, password
        self.catalog = catalog
        self.catalogue = catalogue
        self.send_catalog = send_catalog
        self.policy = policy or RetryPolicy()
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.transport = transport
        self.import_time_limit = import_time_limit
        #: The session the last orders were read in: ``success`` must go through it.
        self._orders_client: ExchangeClient | None = None

    def close(self) -> None:
        self._drop_orders_client()

    def _client(self) -> ExchangeClient:
        try:
            return ExchangeClient(self.url, self.username, self.password, timeout=self.policy.timeout,
                                  transport=self.transport, on_progress=lambda text: self.log(f"site: {text}"),
                                  import_time_limit=self.import_time_limit)
        except ExchangeError as exc:  # the address is checked when saved; a connector made by hand may not be
            raise site_error(exc) from exc

    def _exchange(self, action: Callable[[ExchangeClient], T], keep: bool = False) -> tuple[T, ExchangeClient | None]:
        """Run ``action`` in a fresh exchange session, again from the start while the
        failure may pass; ``keep`` returns the open session (for confirming orders)."""
        attempts = max(self.policy.attempts, 1)
        attempt = 0
        while True:
            client = self._client()
            try:
                value = action(client)
            except ExchangeError as exc:
                client.close()
                wait = exc.retry_after if exc.retry_after is not None else self.policy.delay(attempt, self.rng)
                if not exc.retryable or attempt + 1 >= attempts or wait > self.policy.max_retry_after:
                    raise site_error(exc) from exc
                self.log(f"{exc}; trying again in {wait:.1f} s")
                self.sleep(wait)
                attempt += 1
                continue
            except BaseException:
                client.close()
                raise
            if keep:
                return value, client
            client.close()
            return value, None

    def test_connection(self) -> str:
        return self._exchange(lambda client: _login(client, self.url, self.username))[0]

    def push(self, items: Sequence[ProductState]) -> list[PushOutcome]:
        if not items:
            return []
        listings = self.catalogue.describe(items)
        categories = self.catalogue.categories() if self.send_catalog else []
        with tempfile.TemporaryDirectory(prefix="backoffice-cml-") as folder:
            files = write_exchange_files(Path(folder), listings, self.catalog, categories,
                                         include_catalog=self.send_catalog)
            names = " and ".join(path.name for path in files)
            self.log(f"sending {names} with {len(listings)} product(s)")
            self._exchange(lambda client: client.upload(files))
        return [PushOutcome(state.product_id) for state in items]

    def pull_orders(self, since: datetime | None) -> Iterator[RemoteOrder]:
        """The orders the site has not been told are saved (``since`` is not used: the
        site itself keeps what it sent until :meth:`orders_saved`)."""
        self._drop_orders_client()
        fetched, self._orders_client = self._exchange(lambda client: client.fetch_orders(), keep=True)
        for reason in fetched.skipped:
            self.log(f"an order document was skipped: {reason}")
        zone = self.catalogue.zone()
        received = datetime.now(timezone.utc)
        for order in fetched.orders:
            yield remote_order(order, zone, received)

    def orders_saved(self) -> None:
        """Tell the site the orders of the last pull are saved here (it stops resending them)."""
        client, self._orders_client = self._orders_client, None
        if client is None:
            return
        try:
            client.confirm_orders()
        except ExchangeError as exc:
            raise site_error(exc) from exc
        finally:
            client.close()

    def compare(self, items: Sequence[ProductState]) -> list[Difference]:
        raise SiteRefused("The CommerceML exchange gives no way to read the site's stock and prices, "
                          "so this connection can't be compared; push sends our values again instead.")

    def _drop_orders_client(self) -> None:
        if self._orders_client is not None:
            self._orders_client.close()
            self._orders_client = None
