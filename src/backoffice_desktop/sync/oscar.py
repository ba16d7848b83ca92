"""A django-oscar shop through django-oscar-api's admin API: stock and prices out, orders in.

What the admin API offers (django-oscar-api 3.x, mounted at ``/api/`` by its docs,
and only where the site sets ``OSCARAPI_BLOCK_ADMIN_API_ACCESS = False``):

- ``GET admin/products/``: every product with its stock records nested (partner SKU,
  ``num_in_stock``, ``num_allocated``, ``price``); no filter, paginated only when the
  site configures it. Our SKU is a stock record's partner SKU, or else a product's
  UPC when that product has exactly one stock record. The SKU → stock record map is
  kept in the store (:mod:`.remote_ids`) and the list is read again — at most twice a
  run — when a SKU is not in the map, or the record it names is gone or now stands for
  another SKU (it is then never overwritten).
- ``GET``/``PATCH admin/stockrecords/{id}/``: one stock record a request (there is no
  batch endpoint). A PATCH is sent only when the values differ, so a repeated run only
  reads.
- ``GET admin/orders/`` (newest first) and ``admin/orders/{id}/lines/``.

Oscar allocates stock to an order when it is placed (``num_allocated``) and sells
``num_in_stock − num_allocated``. Our available quantity already subtracts the orders
we pulled, so we send ``num_in_stock = available + num_allocated``: the site then
sells exactly what we have. A product not published here gets nothing to sell. Oscar
has no "was" price on a stock record: ``price`` is our retail price.

Authentication is HTTP Basic (Django REST framework's default) with a staff user
allowed to view partners, products, orders and order lines and to view and change
stock records; over HTTPS only.
"""

from __future__ import annotations

import random
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import ROUND_FLOOR, Decimal, InvalidOperation
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

from ..models import SalesOrderStatus
from .connector import Connector, Difference, PushOutcome, RemoteOrder, RemoteOrderLine, SiteRefused, SiteUnavailable
from .http import RetryPolicy, SiteClient, error_message
from .outbox import ProductState
from .remote_ids import IdMap, RemoteRef

CENT = Decimal("0.01")
#: Where django-oscar-api's docs mount it; used when the address names no path.
DEFAULT_API_PATH = "/api"
#: Orders placed this long before the last one pulled are read again for status changes
#: (Oscar keeps no time of change, and each order's lines cost a request).
STATUS_WINDOW = timedelta(days=14)

#: Oscar's order statuses are the site's own words (``OSCAR_ORDER_STATUS_PIPELINE``);
#: these are the usual ones, in lower case. Others count as new (open) orders.
ORDER_STATUSES = {
    "new": SalesOrderStatus.NEW,
    "pending": SalesOrderStatus.NEW,
    "awaiting payment": SalesOrderStatus.NEW,
    "on hold": SalesOrderStatus.NEW,
    "being processed": SalesOrderStatus.PROCESSING,
    "processing": SalesOrderStatus.PROCESSING,
    "paid": SalesOrderStatus.PROCESSING,
    "shipped": SalesOrderStatus.SHIPPED,
    "dispatched": SalesOrderStatus.SHIPPED,
    "complete": SalesOrderStatus.COMPLETED,
    "completed": SalesOrderStatus.COMPLETED,
    "delivered": SalesOrderStatus.COMPLETED,
    "cancelled": SalesOrderStatus.CANCELLED,
    "canceled": SalesOrderStatus.CANCELLED,
    "refunded": SalesOrderStatus.RETURNED,
    "returned": SalesOrderStatus.RETURNED,
}


def api_root(url: str) -> str:
    """The oscar-api root for an address as entered: ``https://shop.example.com`` means
    ``https://shop.example.com/api``; an address with a path is taken as it is."""
    cleaned = url.strip().rstrip("/")
    return cleaned if urlsplit(cleaned).path else cleaned + DEFAULT_API_PATH


def stock_to_send(state: ProductState, allocated: int) -> int:
    """``num_in_stock`` for the site to sell exactly our whole units available (rounded
    down, never below zero; nothing when the product is not published)."""
    whole = max(0, int(state.available.to_integral_value(rounding=ROUND_FLOOR))) if state.published else 0
    return whole + max(allocated, 0)


def price_text(value: Decimal) -> str:
    return str(value.quantize(CENT))


@dataclass(frozen=True)
class SiteRecord:
    """A stock record as the site lists it."""

    record_id: int
    product_id: int
    sku: str
    num_in_stock: int | None
    num_allocated: int
    price: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SiteRecord:
        return cls(record_id=_id_in(data.get("url"), "stockrecords") or _int(data.get("id")) or 0,
                   product_id=int(data.get("product") or 0), sku=str(data.get("partner_sku") or ""),
                   num_in_stock=_int(data.get("num_in_stock")), num_allocated=_int(data.get("num_allocated")) or 0,
                   price=None if data.get("price") is None else str(data["price"]))


def _ref(sku: str, record: SiteRecord) -> RemoteRef:
    """The map entry for ``sku`` found on ``record``: by partner SKU, or by the UPC of the
    record's product (then the product's id goes along)."""
    return RemoteRef(record.record_id, None if record.sku == sku else record.product_id)


def _still_ours(sku: str, ref: RemoteRef, record: SiteRecord) -> bool:
    """Whether the record the map names still stands for ``sku``: its partner SKU is
    still ours, or (found by UPC) it still belongs to that product. A record renamed
    or moved on the site is looked up again rather than overwritten."""
    return record.sku == sku if ref.parent_id is None else record.product_id == ref.parent_id


def _id_in(url: Any, collection: str) -> int | None:
    """The id in a link of the site's API, e.g. 7 in ``…/admin/stockrecords/7/``."""
    match = re.search(rf"/{collection}/(\d+)/", str(url or ""))
    return int(match.group(1)) if match else None


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _money(value: Any) -> Decimal:
    try:
        return Decimal(str(value)).quantize(CENT)
    except (InvalidOperation, ValueError):
        return Decimal(0)


def parse_time(text: Any) -> datetime | None:
    if not text:
        return None
    value = datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def drf_errors(response: httpx.Response) -> str:
    """Django REST framework's validation answer (``{"price": ["A valid number is
    required."]}``) as one line."""
    try:
        body = response.json()
    except ValueError:
        return response.text[:200].strip()
    if isinstance(body, dict) and "detail" not in body:
        parts = []
        for key, value in body.items():
            texts = value if isinstance(value, list) else [value]
            parts.append(f"{key}: {' '.join(str(t) for t in texts)}")
        return "; ".join(parts)
    return error_message(response)


class OscarConnector(Connector):
    """django-oscar + django-oscar-api admin API; see the module docstring."""

    def __init__(self, base_url: str, username: str, password: str, ids: IdMap, policy: RetryPolicy | None = None,
                 *, sleep: Callable[[float], None] = time.sleep, rng: random.Random | None = None,
                 verify: bool = True) -> None:
        self.ids = ids
        self.username = username
        self.client = SiteClient(api_root(base_url), auth=(username, password), policy=policy, sleep=sleep, rng=rng,
                                 log=lambda line: self.log(line), verify=verify)
        #: The site's stock records by SKU, once read in this run (None: not read yet).
        self._catalogue: dict[str, list[SiteRecord]] | None = None
        self._catalogue_reads = 0
        #: Records as the product list showed them during the current push or compare
        #: (by record id): current enough to skip reading each one again.
        self._just_read: dict[int, SiteRecord] = {}

    def close(self) -> None:
        self.client.close()

    # --- requests

    def _request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                 json: Any = None) -> httpx.Response:
        """The site's answer; a refused login or permission says what the user needs."""
        try:
            return self.client.request(method, path, params=params, json=json)
        except SiteRefused as exc:
            status = exc.params.get("status")
            if status not in (401, 403):
                raise
            raise SiteRefused(
                "django-oscar at {url} refused the user '{user}' (HTTP {status}: {message}). Check the user name "
                "and password; the user must be staff and allowed to view partners, products and orders and "
                "to change stock records.", url=self.client.base_url, user=self.username, status=status,
                message=exc.params.get("message", "")) from exc

    def _get(self, path: str, params: dict[str, Any] | None = None) -> httpx.Response:
        response = self._request("GET", path, params=params)
        if response.status_code == 404 and path in ("/admin/partners/", "/admin/products/", "/admin/orders/"):
            raise SiteRefused(
                "There is no django-oscar-api admin API at {url} (HTTP 404 for {path}): check the address and that "
                "the site sets OSCARAPI_BLOCK_ADMIN_API_ACCESS = False.", url=self.client.base_url, path=path)
        if response.status_code >= 400:
            raise SiteUnavailable("The site {url} answered HTTP {status} to {path}: {message}",
                                  url=self.client.base_url, status=response.status_code, path=path,
                                  message=error_message(response))
        return response

    def _json(self, response: httpx.Response, path: str) -> Any:
        try:
            return response.json()
        except ValueError:
            raise SiteUnavailable("The site {url} answered {path} with something that is not JSON: {text}",
                                  url=self.client.base_url, path=path, text=response.text[:200]) from None

    def _list(self, path: str) -> Iterator[dict[str, Any]]:
        """Every object of a list endpoint, following DRF's pages when the site pages it."""
        params: dict[str, Any] | None = None
        while True:
            body = self._json(self._get(path, params), path)
            if isinstance(body, list):
                yield from (item for item in body if isinstance(item, dict))
                return
            if not isinstance(body, dict) or not isinstance(body.get("results"), list):
                raise SiteUnavailable("The site {url} answered {path} with something that is not a list: {text}",
                                      url=self.client.base_url, path=path, text=str(body)[:200])
            yield from (item for item in body["results"] if isinstance(item, dict))
            following = body.get("next")
            if not following:
                return
            params = dict(parse_qsl(urlsplit(str(following)).query))

    def test_connection(self) -> str:
        partners = list(self._list("/admin/partners/"))
        names = ", ".join(str(p.get("name") or "?") for p in partners) or "none"
        return f"django-oscar at {self.client.base_url}: partners {names}"

    # --- finding SKUs

    def _read_catalogue(self) -> dict[str, list[SiteRecord]]:
        """The site's stock records by our SKU: by partner SKU, and by UPC for a product
        with exactly one stock record whose partner SKU is something else."""
        self.log("reading the site's products to find SKUs")
        by_sku: dict[str, list[SiteRecord]] = {}
        by_upc: dict[str, SiteRecord] = {}
        for product in self._list("/admin/products/"):
            records = [SiteRecord.from_json(r) for r in product.get("stockrecords") or [] if isinstance(r, dict)]
            records = [r for r in records if r.record_id]
            for record in records:
                by_sku.setdefault(record.sku, []).append(record)
            upc = str(product.get("upc") or "")
            if upc and len(records) == 1:
                by_upc[upc] = records[0]
        for upc, record in by_upc.items():
            by_sku.setdefault(upc, [record])
        self._catalogue_reads += 1
        return by_sku

    def _resolve(self, items: Sequence[ProductState], outcomes: dict[int, PushOutcome],
                 fresh: bool = False) -> dict[int, RemoteRef]:
        """Stock records by product id: from the map, else from the site's product list
        (read once a run, again when ``fresh``); the rest get an outcome. A record found
        by its product's UPC carries that product's id (``parent_id``), so the record
        can later be checked to still be the one meant (:func:`_still_ours`)."""
        refs = {} if fresh else self.ids.get_many(s.sku for s in items)
        missing = [s for s in items if s.sku not in refs]
        if missing and (self._catalogue is None or (fresh and self._catalogue_reads < 2)):
            self._catalogue = self._read_catalogue()
            self._just_read = {r.record_id: r for found in self._catalogue.values() for r in found}
            self.ids.put({sku: _ref(sku, found[0]) for sku, found in self._catalogue.items() if len(found) == 1})
        resolved: dict[int, RemoteRef] = {}
        for state in items:
            ref = refs.get(state.sku)
            found = (self._catalogue or {}).get(state.sku, []) if ref is None else []
            if ref is not None:
                resolved[state.product_id] = ref
            elif len(found) == 1:
                resolved[state.product_id] = _ref(state.sku, found[0])
            elif found:
                outcomes[state.product_id] = PushOutcome(
                    state.product_id, f"SKU {state.sku} is on {len(found)} stock records of the site (one per "
                                      "partner); keep it on one")
            else:
                outcomes[state.product_id] = PushOutcome(
                    state.product_id, f"SKU {state.sku} is not on the site (no stock record with this partner "
                                      "SKU, no product with this UPC)")
        return resolved

    # --- pushing

    def push(self, items: Sequence[ProductState]) -> list[PushOutcome]:
        outcomes: dict[int, PushOutcome] = {}
        self._just_read = {}
        stale = self._send(items, self._resolve(items, outcomes), outcomes)
        if stale:
            self.ids.forget(s.sku for s in stale)
            self.log(f"{len(stale)} stock record(s) no longer on the site; looking the SKUs up again")
            for state in self._send(stale, self._resolve(stale, outcomes, fresh=True), outcomes):
                outcomes[state.product_id] = PushOutcome(
                    state.product_id, f"SKU {state.sku}: the site no longer has the stock record it lists for it")
        self._just_read = {}
        return [outcomes[s.product_id] for s in items]

    def _send(self, items: Sequence[ProductState], refs: dict[int, RemoteRef],
              outcomes: dict[int, PushOutcome]) -> list[ProductState]:
        """Bring each resolved stock record to our values; returns the items whose record
        the site no longer has, or no longer has for this SKU (their outcome is left unset)."""
        stale: list[ProductState] = []
        for state in items:
            ref = refs.get(state.product_id)
            if ref is None:
                continue
            record_id = ref.remote_id
            path = f"/admin/stockrecords/{record_id}/"
            site = self._just_read.pop(record_id, None)
            if site is None:
                response = self._request("GET", path)
                if response.status_code == 404:
                    stale.append(state)
                    continue
                if response.status_code >= 400:
                    outcomes[state.product_id] = PushOutcome(state.product_id, f"HTTP {response.status_code}: "
                                                                               f"{error_message(response)}")
                    continue
                site = SiteRecord.from_json(self._json(response, path))
            if not _still_ours(state.sku, ref, site):
                stale.append(state)
                continue
            wanted = {"num_in_stock": stock_to_send(state, site.num_allocated),
                      "price": price_text(state.retail_price)}
            if site.num_in_stock == wanted["num_in_stock"] and site.price == wanted["price"]:
                outcomes[state.product_id] = PushOutcome(state.product_id)
                continue
            response = self._request("PATCH", path, json=wanted)
            if response.status_code == 404:
                stale.append(state)
            elif response.status_code >= 400:
                outcomes[state.product_id] = PushOutcome(
                    state.product_id, f"the site refused it (HTTP {response.status_code}): {drf_errors(response)}")
            else:
                outcomes[state.product_id] = PushOutcome(state.product_id)
        return stale

    # --- comparing

    def compare(self, items: Sequence[ProductState]) -> list[Difference]:
        missing: dict[int, PushOutcome] = {}
        refs = self._resolve(items, missing)
        differences = []
        for state in items:
            ref = refs.get(state.product_id)
            response = self._request("GET", f"/admin/stockrecords/{ref.remote_id}/") if ref else None
            site = (SiteRecord.from_json(self._json(self._checked(response), "/admin/stockrecords/"))
                    if response is not None and response.status_code != 404 else None)
            if site is None or ref is None or not _still_ours(state.sku, ref, site):
                differences.append(Difference(state.product_id, state.sku, "on the site", None, "yes"))
                continue
            ours = {"num_in_stock": str(stock_to_send(state, site.num_allocated)),
                    "price": price_text(state.retail_price)}
            theirs = {"num_in_stock": "" if site.num_in_stock is None else str(site.num_in_stock),
                      "price": site.price or ""}
            differences += [Difference(state.product_id, state.sku, key, theirs[key], ours[key])
                            for key in ours if theirs[key] != ours[key]]
        return differences

    def _checked(self, response: httpx.Response) -> httpx.Response:
        if response.status_code >= 400:
            raise SiteUnavailable("The site {url} answered HTTP {status} to {path}: {message}",
                                  url=self.client.base_url, status=response.status_code,
                                  path=response.request.url.path, message=error_message(response))
        return response

    # --- orders

    def pull_orders(self, since: datetime | None) -> Iterator[RemoteOrder]:
        """Orders placed since ``since`` less :data:`STATUS_WINDOW` (all when None),
        newest first as Oscar lists them."""
        oldest = since - STATUS_WINDOW if since is not None else None
        lookups = _LineLookups()
        for data in self._list("/admin/orders/"):
            placed = parse_time(data.get("date_placed"))
            if placed is None:
                continue
            if oldest is not None and placed < oldest:
                return
            order_id = _id_in(data.get("url"), "orders")
            if order_id is None:
                continue
            lines = tuple(self._order_line(line, lookups) for line in self._list(f"/admin/orders/{order_id}/lines/"))
            yield self._order(data, order_id, placed, lines)

    def _order(self, data: dict[str, Any], order_id: int, placed: datetime,
               lines: tuple[RemoteOrderLine, ...]) -> RemoteOrder:
        remote_status = str(data.get("status") or "")
        status = ORDER_STATUSES.get(remote_status.strip().lower())
        if status is None:
            self.log(f"order {data.get('number')}: the site's status '{remote_status}' is not one we know; "
                     "kept as a new order")
            status = SalesOrderStatus.NEW
        address = data.get("billing_address") or data.get("shipping_address") or {}
        name = " ".join(str(address.get(k) or "") for k in ("first_name", "last_name")).strip()
        return RemoteOrder(
            remote_id=str(order_id), number=str(data.get("number") or order_id), status=status.value,
            remote_status=remote_status[:64], ordered_at=placed, modified_at=placed,
            currency=str(data.get("currency") or ""), total=_money(data.get("total_incl_tax")),
            customer_name=name, customer_email=str(data.get("email") or ""), lines=lines,
        )

    def _read_object(self, path: str) -> dict[str, Any]:
        """An object of the admin API; empty when the site no longer has it."""
        response = self._request("GET", path)
        if response.status_code == 404:
            return {}
        body = self._json(self._checked(response), path)
        return body if isinstance(body, dict) else {}

    def _order_line(self, line: dict[str, Any], lookups: _LineLookups) -> RemoteOrderLine:
        """One order line; its SKU is the partner SKU of the stock record it was sold
        from (else the product's UPC), each looked up once a pull."""
        quantity = Decimal(str(line.get("quantity") or 0))
        gross = _money(line.get("price_incl_tax_excl_discounts"))
        total = _money(line.get("price_incl_tax"))
        record_id = _id_in(line.get("stockrecord"), "stockrecords")
        product_id = _id_in(line.get("product"), "products")
        if record_id is not None and record_id not in lookups.skus:
            lookups.skus[record_id] = str(self._read_object(f"/admin/stockrecords/{record_id}/").get("partner_sku")
                                          or "")
        if product_id is not None and product_id not in lookups.products:
            product = self._read_object(f"/admin/products/{product_id}/")
            lookups.products[product_id] = (str(product.get("title") or ""), str(product.get("upc") or ""))
        title, upc = lookups.products.get(product_id, ("", "")) if product_id is not None else ("", "")
        sku = (lookups.skus.get(record_id, "") if record_id is not None else "") or upc
        return RemoteOrderLine(
            sku=sku, name=title, quantity=quantity,
            unit_price=(gross / quantity).quantize(CENT) if quantity else Decimal(0), line_total=total,
            discount=max(gross - total, Decimal(0)),
        )


@dataclass
class _LineLookups:
    """What a pull learnt about the stock records and products its order lines name."""

    skus: dict[int, str] = field(default_factory=dict)
    #: (title, UPC) by product id.
    products: dict[int, tuple[str, str]] = field(default_factory=dict)
