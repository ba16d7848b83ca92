"""WooCommerce REST API v3 (``/wp-json/wc/v3``): stock and prices out, orders in.

Products are found by ``GET /products?sku=`` (several SKUs at once, comma-separated),
variations by ``GET /products/{parent}/variations?sku=``; the ids found are kept in the
SKU→id map and looked up again when the site says an id no longer exists. Updates go
through ``POST /products/batch`` and ``/products/{parent}/variations/batch`` — at most
100 objects a request (the site answers 413 past its limit; we then halve the
batch) — and the site answers each object, with an ``error`` object for the ones it
refused, inside a 200. Orders come from ``GET /orders`` with ``modified_after``
(UTC, ``dates_are_gmt``), 100 a page, following ``X-WP-TotalPages``. Authentication is
the consumer key and secret by Basic auth, over HTTPS only.

The payload mapping functions are pure and tested on their own.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from decimal import ROUND_FLOOR, Decimal
from typing import Any

import httpx

from ..models import SalesOrderStatus
from .connector import (
    Connector,
    Difference,
    PushOutcome,
    RemoteOrder,
    RemoteOrderLine,
    SiteRefused,
    SiteUnavailable,
)
from .http import RetryPolicy, SiteClient, error_message
from .outbox import ProductState
from .remote_ids import IdMap, RemoteRef

API = "/wp-json/wc/v3"
#: WooCommerce's own limit for one batch request (create + update + delete together).
BATCH_LIMIT = 100
PAGE_SIZE = 100
CENT = Decimal("0.01")

#: The site's order status → ours. Pending and on-hold are unpaid orders (they reserve
#: stock like any open order), processing is paid; "shipped" is the status shipping
#: plugins add. Refunded goods that never left become a cancellation (see sync.orders).
ORDER_STATUSES = {
    "pending": SalesOrderStatus.NEW,
    "on-hold": SalesOrderStatus.NEW,
    "processing": SalesOrderStatus.PROCESSING,
    "shipped": SalesOrderStatus.SHIPPED,
    "completed": SalesOrderStatus.COMPLETED,
    "cancelled": SalesOrderStatus.CANCELLED,
    "failed": SalesOrderStatus.CANCELLED,
    "refunded": SalesOrderStatus.RETURNED,
}
#: Orders the customer has not placed yet (a checkout in progress) or the shop binned.
SKIPPED_ORDER_STATUSES = frozenset({"checkout-draft", "trash", "auto-draft"})


# --- payloads ---------------------------------------------------------------------------

def money_text(value: Decimal) -> str:
    return str(value.quantize(CENT))


def stock_quantity(available: Decimal) -> int:
    """Whole units the site may sell: rounded down (never promise a part we don't have), never negative."""
    return max(0, int(available.to_integral_value(rounding=ROUND_FLOOR)))


def prices(state: ProductState) -> tuple[str, str]:
    """(regular_price, sale_price): our "was" price, when higher, is the regular price
    and our retail price the sale price; otherwise no sale (an empty sale price clears one)."""
    if state.compare_at_price is not None and state.compare_at_price > state.retail_price:
        return money_text(state.compare_at_price), money_text(state.retail_price)
    return money_text(state.retail_price), ""


def update_payload(state: ProductState, remote_id: int, variation: bool) -> dict[str, Any]:
    """The absolute values for one product or variation in a batch ``update``."""
    quantity = stock_quantity(state.available)
    regular, sale = prices(state)
    if variation:
        status = "publish" if state.published else "private"
    else:
        status = "publish" if state.published else "draft"
    return {
        "id": remote_id,
        "manage_stock": True,
        "stock_quantity": quantity,
        "stock_status": "instock" if quantity > 0 else "outofstock",
        "regular_price": regular,
        "sale_price": sale,
        "status": status,
    }


def parse_gmt(text: str | None) -> datetime | None:
    """A WordPress ``*_gmt`` date (``2026-11-27T10:15:00``, no zone) as aware UTC."""
    if not text:
        return None
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def order_from_json(data: dict[str, Any]) -> RemoteOrder:
    """One order of ``GET /orders`` as a :class:`RemoteOrder`."""
    billing = data.get("billing") or {}
    lines = []
    for item in data.get("line_items") or []:
        quantity = Decimal(str(item.get("quantity") or 0))
        subtotal = Decimal(str(item.get("subtotal") or "0"))
        total = Decimal(str(item.get("total") or "0"))
        unit = (subtotal / quantity).quantize(CENT) if quantity else Decimal(0)
        lines.append(RemoteOrderLine(sku=str(item.get("sku") or ""), name=str(item.get("name") or ""),
                                     quantity=quantity, unit_price=unit, line_total=total.quantize(CENT),
                                     discount=(subtotal - total).quantize(CENT)))
    created = parse_gmt(data.get("date_created_gmt")) or datetime.now(timezone.utc)
    remote_status = str(data.get("status") or "pending")
    status = ORDER_STATUSES.get(remote_status, SalesOrderStatus.PROCESSING)
    return RemoteOrder(
        remote_id=str(data["id"]),
        number=str(data.get("number") or data["id"]),
        status=status.value,
        remote_status=remote_status,
        ordered_at=created,
        modified_at=parse_gmt(data.get("date_modified_gmt")) or created,
        currency=str(data.get("currency") or "")[:3],
        total=Decimal(str(data.get("total") or "0")).quantize(CENT),
        customer_name=" ".join(p for p in (billing.get("first_name"), billing.get("last_name")) if p),
        customer_email=str(billing.get("email") or ""),
        lines=tuple(lines),
    )


def _is_missing(error: dict[str, Any]) -> bool:
    """The site's "no such product/variation" (``woocommerce_rest_*_invalid_id``, 400 or 404)."""
    code = str(error.get("code") or "")
    return code.endswith("invalid_id") or code.endswith("_not_found")


# --- the connector ------------------------------------------------------------------------

class WooCommerceConnector(Connector):
    max_batch = BATCH_LIMIT

    def __init__(self, base_url: str, consumer_key: str, consumer_secret: str, ids: IdMap, *,
                 policy: RetryPolicy | None = None, sleep: Callable[[float], None] = time.sleep,
                 rng: random.Random | None = None, verify: bool = True) -> None:
        if not consumer_key or not consumer_secret:
            raise SiteRefused("The WooCommerce consumer key and secret are both needed.")
        self.ids = ids
        self.client = SiteClient(base_url, httpx.BasicAuth(consumer_key, consumer_secret), policy,
                                 sleep=sleep, rng=rng, log=lambda line: self.log(line), verify=verify)

    def close(self) -> None:
        self.client.close()

    def _get(self, path: str, params: dict[str, Any]) -> httpx.Response:
        response = self.client.request("GET", API + path, params=params)
        if response.status_code == 404 and path in ("/products", "/orders"):
            raise SiteRefused("There is no WooCommerce REST API at {url} (HTTP 404 for {path}).",
                              url=self.client.base_url, path=API + path)
        if response.status_code >= 400:
            raise SiteUnavailable("The site {url} answered HTTP {status} to {path}: {message}",
                                  url=self.client.base_url, status=response.status_code, path=API + path,
                                  message=error_message(response))
        return response

    def _json_list(self, response: httpx.Response) -> list[dict[str, Any]]:
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, list):
            raise SiteUnavailable("The site {url} answered something that is not a WooCommerce list: {text}",
                                  url=self.client.base_url, text=response.text[:200])
        return body

    def test_connection(self) -> str:
        response = self._get("/products", {"per_page": 1})
        self._json_list(response)
        total = response.headers.get("X-WP-Total", "?")
        return f"WooCommerce at {self.client.base_url}: {total} products"

    # --- finding SKUs

    def _lookup(self, path: str, skus: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(skus), PAGE_SIZE):
            chunk = skus[start:start + PAGE_SIZE]
            response = self._get(path, {"sku": ",".join(chunk), "per_page": PAGE_SIZE})
            wanted = set(chunk)
            for item in self._json_list(response):
                sku = str(item.get("sku") or "")
                if sku in wanted and "id" in item:
                    found[sku] = int(item["id"])
        return found

    def _resolve(self, items: Sequence[ProductState], outcomes: dict[int, PushOutcome]) -> dict[int, RemoteRef]:
        """Remote ids by product id: from the map, else looked up (and remembered);
        products the site hasn't got get an outcome instead."""
        skus = {s.sku for s in items} | {s.parent_sku for s in items if s.parent_sku}
        refs = self.ids.get_many(skus)
        missing_products = sorted({s.parent_sku or s.sku for s in items} - set(refs))
        usable = [sku for sku in missing_products if "," not in sku]
        if usable:
            found = {sku: RemoteRef(rid) for sku, rid in self._lookup("/products", usable).items()}
            self.ids.put(found)
            refs.update(found)
        by_parent: dict[int, list[str]] = {}
        for state in items:
            if state.parent_sku and state.sku not in refs and state.parent_sku in refs:
                by_parent.setdefault(refs[state.parent_sku].remote_id, []).append(state.sku)
        for parent_id, skus_of_parent in sorted(by_parent.items()):
            found = {sku: RemoteRef(rid, parent_id) for sku, rid in
                     self._lookup(f"/products/{parent_id}/variations", sorted(set(skus_of_parent))).items()}
            self.ids.put(found)
            refs.update(found)
        resolved: dict[int, RemoteRef] = {}
        for state in items:
            ref = refs.get(state.sku)
            if ref is not None and (state.parent_sku is None) == (ref.parent_id is None):
                resolved[state.product_id] = ref
            elif "," in state.sku:
                outcomes[state.product_id] = PushOutcome(
                    state.product_id, f"SKU {state.sku} contains a comma: the site can't look it up")
            elif state.parent_sku and state.parent_sku not in refs:
                outcomes[state.product_id] = PushOutcome(
                    state.product_id, f"the parent product {state.parent_sku} of {state.sku} is not on the site")
            else:
                outcomes[state.product_id] = PushOutcome(state.product_id, f"SKU {state.sku} is not on the site")
        return resolved

    # --- pushing

    def push(self, items: Sequence[ProductState]) -> list[PushOutcome]:
        outcomes: dict[int, PushOutcome] = {}
        stale = self._send(items, self._resolve(items, outcomes), outcomes)
        if stale:
            self.ids.forget({s.sku for s in stale} | {s.parent_sku for s in stale if s.parent_sku})
            self.log(f"{len(stale)} id(s) no longer on the site; looking the SKUs up again")
            retry = self._resolve(stale, outcomes)
            for state in self._send(stale, retry, outcomes):
                outcomes[state.product_id] = PushOutcome(
                    state.product_id, f"SKU {state.sku}: the site refuses the id it reports for it")
        return [outcomes[s.product_id] for s in items]

    def _send(self, items: Sequence[ProductState], refs: dict[int, RemoteRef],
              outcomes: dict[int, PushOutcome]) -> list[ProductState]:
        """Send the resolved items, a batch endpoint per parent; returns the items whose
        id the site no longer knows (their outcome is left unset)."""
        groups: dict[int | None, list[ProductState]] = {}
        for state in items:
            if state.product_id in refs:
                groups.setdefault(refs[state.product_id].parent_id, []).append(state)
        stale: list[ProductState] = []
        for parent_id, group in sorted(groups.items(), key=lambda kv: (kv[0] is not None, kv[0] or 0)):
            path = "/products/batch" if parent_id is None else f"/products/{parent_id}/variations/batch"
            for start in range(0, len(group), BATCH_LIMIT):
                stale += self._post_batch(path, group[start:start + BATCH_LIMIT], refs, parent_id is not None,
                                          outcomes)
        return stale

    def _post_batch(self, path: str, chunk: list[ProductState], refs: dict[int, RemoteRef], variation: bool,
                    outcomes: dict[int, PushOutcome]) -> list[ProductState]:
        payload = [update_payload(s, refs[s.product_id].remote_id, variation) for s in chunk]
        response = self.client.request("POST", API + path, json={"update": payload})
        if response.status_code == 413 and len(chunk) > 1:
            half = len(chunk) // 2
            self.log(f"{path}: the site takes fewer than {len(chunk)} objects a request; halving")
            return (self._post_batch(path, chunk[:half], refs, variation, outcomes)
                    + self._post_batch(path, chunk[half:], refs, variation, outcomes))
        if response.status_code == 404 and variation:
            return list(chunk)  # the parent product is gone: look the SKUs up again
        if response.status_code >= 400:
            message = f"HTTP {response.status_code}: {error_message(response)}"
            for state in chunk:
                outcomes[state.product_id] = PushOutcome(state.product_id, message)
            return []
        try:
            answers = response.json().get("update")
        except (ValueError, AttributeError):
            answers = None
        if not isinstance(answers, list):
            raise SiteUnavailable("The site {url} answered {path} with something that is not a batch result: {text}",
                                  url=self.client.base_url, path=API + path, text=response.text[:200])
        by_remote = {refs[s.product_id].remote_id: s for s in chunk}
        stale: list[ProductState] = []
        for answer in answers:
            state = by_remote.get(_int(answer.get("id")) if isinstance(answer, dict) else None)
            if state is None:
                continue
            error = answer.get("error")
            if isinstance(error, dict) and _is_missing(error):
                stale.append(state)
            elif error:
                text = error.get("message") if isinstance(error, dict) else str(error)
                outcomes[state.product_id] = PushOutcome(state.product_id, f"the site refused it: {text}")
            else:
                outcomes[state.product_id] = PushOutcome(state.product_id)
        answered = {s.product_id for s in stale} | set(outcomes)
        for state in chunk:
            if state.product_id not in answered:
                outcomes[state.product_id] = PushOutcome(state.product_id, "the site's batch answer left it out")
        return stale

    # --- comparing

    #: The values of :func:`update_payload` a reconcile compares.
    COMPARED = ("stock_quantity", "stock_status", "regular_price", "sale_price", "status")

    def compare(self, items: Sequence[ProductState]) -> list[Difference]:
        missing: dict[int, PushOutcome] = {}
        refs = self._resolve(items, missing)
        groups: dict[int | None, list[int]] = {}
        for ref in refs.values():
            groups.setdefault(ref.parent_id, []).append(ref.remote_id)
        found: dict[int, dict[str, Any]] = {}
        for parent_id, remote_ids in groups.items():
            path = "/products" if parent_id is None else f"/products/{parent_id}/variations"
            for start in range(0, len(remote_ids), PAGE_SIZE):
                chunk = sorted(remote_ids[start:start + PAGE_SIZE])
                response = self._get(path, {"include": ",".join(map(str, chunk)), "per_page": PAGE_SIZE})
                found.update({int(item["id"]): item for item in self._json_list(response) if "id" in item})
        differences = []
        for state in items:
            ref = refs.get(state.product_id)
            site = found.get(ref.remote_id) if ref else None
            if site is None:
                differences.append(Difference(state.product_id, state.sku, "on the site", None, "yes"))
                continue
            ours = update_payload(state, ref.remote_id, ref.parent_id is not None)
            for key in self.COMPARED:
                if _text(site.get(key)) != _text(ours[key]):
                    differences.append(Difference(state.product_id, state.sku, key, _text(site.get(key)),
                                                  _text(ours[key])))
        return differences

    # --- orders

    def pull_orders(self, since: datetime | None) -> Iterator[RemoteOrder]:
        params: dict[str, Any] = {"per_page": PAGE_SIZE, "orderby": "date", "order": "asc", "dates_are_gmt": "true"}
        if since is not None:
            params["modified_after"] = since.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        page = 1
        while True:
            response = self._get("/orders", {**params, "page": page})
            for data in self._json_list(response):
                if str(data.get("status")) not in SKIPPED_ORDER_STATUSES:
                    yield order_from_json(data)
            pages = _int(response.headers.get("X-WP-TotalPages")) or 1
            if page >= pages:
                return
            page += 1


def _text(value: Any) -> str:
    """A site value as text for comparing and showing (prices as the site spells them)."""
    return "" if value is None else str(value)


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
