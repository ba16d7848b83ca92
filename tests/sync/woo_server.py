"""A WooCommerce-compatible REST server on loopback, written from WooCommerce's REST API
documentation (v3), for the connector tests — the real plugin can't run here.

What it does as WooCommerce does: Basic auth with a consumer key and secret (401 with a
WordPress error body otherwise); ``GET /products`` and ``/products/{id}/variations`` with
``sku`` (comma-separated, exact match), ``include`` (ids), ``per_page`` (1..100, else 400)
and ``page``,
answering ``X-WP-Total`` and ``X-WP-TotalPages``; ``POST .../batch`` with ``create``,
``update`` and ``delete`` counted together against the limit of 100 (413 past it),
answering each object — with an ``error`` object for an unknown id — inside a 200;
``GET /orders`` with ``modified_after`` (and ``dates_are_gmt``), paged the same way.
Error bodies are ``{"code", "message", "data": {"status"}}``.

Faults for the reliability tests are queued in :attr:`WooServer.faults`, one per
request in arrival order: an HTTP status (5xx, 429 with Retry-After), a slow answer
(applied, but after the client's timeout), a connection cut before the request is
applied, or one cut after it was applied (the answer is lost).
"""

from __future__ import annotations

import base64
import json
import math
import re
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

API = "/wp-json/wc/v3"
PRICE = re.compile(r"^\d+(\.\d+)?$")
KEY, SECRET = "ck_test", "cs_test"


@dataclass(frozen=True)
class Fault:
    """``kind``: "status" (answer ``status``, with ``retry_after`` for 429/503), "slow"
    (wait ``seconds`` then answer normally), "cut" (close before applying), "cut_after"
    (apply, then close without an answer), "none" (answer normally: a gap in a sequence)."""

    kind: str
    status: int = 500
    retry_after: str | None = None
    seconds: float = 0.0


def wp_error(code: str, message: str, status: int) -> dict[str, Any]:
    return {"code": code, "message": message, "data": {"status": status}}


def gmt(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


class WooServer:
    def __init__(self, batch_limit: int = 100) -> None:
        self.batch_limit = batch_limit
        self.products: dict[int, dict[str, Any]] = {}
        self.variations: dict[int, dict[int, dict[str, Any]]] = {}
        self.orders: dict[int, dict[str, Any]] = {}
        self.faults: deque[Fault] = deque()
        self.requests: list[tuple[str, str]] = []
        #: The query string of each request, in the same order.
        self.queries: list[str] = []
        self.lock = threading.Lock()
        self._next_id = 100
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    # --- lifecycle and fixtures

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def start(self) -> WooServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _new_id(self) -> int:
        self._next_id += 1
        return self._next_id

    def add_product(self, sku: str, kind: str = "simple") -> int:
        pid = self._new_id()
        self.products[pid] = {
            "id": pid, "name": sku, "sku": sku, "type": kind, "status": "publish", "parent_id": 0,
            "manage_stock": False, "stock_quantity": None, "stock_status": "instock",
            "regular_price": "", "sale_price": "", "price": "", "date_modified_gmt": gmt(datetime.now(timezone.utc)),
        }
        if kind == "variable":
            self.variations[pid] = {}
        return pid

    def add_variation(self, parent_id: int, sku: str) -> int:
        vid = self._new_id()
        self.variations[parent_id][vid] = {
            "id": vid, "sku": sku, "status": "publish", "parent_id": parent_id,
            "manage_stock": False, "stock_quantity": None, "stock_status": "instock",
            "regular_price": "", "sale_price": "", "price": "",
        }
        return vid

    def add_order(self, number: str, status: str, lines: list[tuple[str, int, str]], modified: datetime,
                  created: datetime | None = None) -> int:
        """``lines``: (sku, quantity, line total as text)."""
        oid = self._new_id()
        self.orders[oid] = {
            "id": oid, "number": number, "status": status, "currency": "RUB",
            "date_created_gmt": gmt(created or modified), "date_modified_gmt": gmt(modified),
            "total": str(sum(Decimal(t) for _, _, t in lines)),
            "billing": {"first_name": "Анна", "last_name": "Петрова", "email": "anna@example.ru"},
            "line_items": [{"id": oid * 10 + n, "name": sku, "sku": sku, "quantity": q, "subtotal": t, "total": t,
                            "price": float(Decimal(t) / q)} for n, (sku, q, t) in enumerate(lines)],
        }
        return oid

    def set_order_status(self, oid: int, status: str, modified: datetime) -> None:
        self.orders[oid]["status"] = status
        self.orders[oid]["date_modified_gmt"] = gmt(modified)

    def item_by_sku(self, sku: str) -> dict[str, Any] | None:
        for item in self.products.values():
            if item["sku"] == sku:
                return item
        for group in self.variations.values():
            for item in group.values():
                if item["sku"] == sku:
                    return item
        return None

    # --- the API

    def handle(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> tuple[int, Any, dict[str, str]]:
        if not path.startswith(API):
            return 404, wp_error("rest_no_route", "No route was found matching the URL and request method.", 404), {}
        route = path[len(API):].rstrip("/")
        parts = route.strip("/").split("/")
        if method == "GET" and route == "/products":
            return self._list(list(self.products.values()), query)
        if method == "GET" and route == "/orders":
            return self._orders(query)
        if len(parts) == 3 and parts[0] == "products" and parts[2] == "variations" and method == "GET":
            group = self.variations.get(int(parts[1]))
            if group is None:
                return 404, wp_error("woocommerce_rest_product_invalid_id", "Invalid ID.", 404), {}
            return self._list(list(group.values()), query)
        if method == "POST" and route == "/products/batch":
            return self._batch(self.products, body, "woocommerce_rest_product_invalid_id")
        if len(parts) == 4 and parts[0] == "products" and parts[2:] == ["variations", "batch"] and method == "POST":
            group = self.variations.get(int(parts[1]))
            if group is None:
                return 404, wp_error("woocommerce_rest_product_invalid_id", "Invalid ID.", 404), {}
            return self._batch(group, body, "woocommerce_rest_product_variation_invalid_id")
        return 404, wp_error("rest_no_route", "No route was found matching the URL and request method.", 404), {}

    def _page(self, items: list[dict[str, Any]], query: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        per_page = int(query.get("per_page", ["10"])[0])
        page = int(query.get("page", ["1"])[0])
        if not 1 <= per_page <= 100:
            return 400, wp_error("rest_invalid_param", "Invalid parameter(s): per_page", 400), {}
        pages = max(1, math.ceil(len(items) / per_page))
        chunk = items[(page - 1) * per_page: page * per_page]
        return 200, chunk, {"X-WP-Total": str(len(items)), "X-WP-TotalPages": str(pages)}

    def _list(self, items: list[dict[str, Any]], query: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        if "sku" in query:
            wanted = set(query["sku"][0].split(","))
            items = [i for i in items if i["sku"] in wanted]
        if "include" in query:
            ids = {int(v) for v in query["include"][0].split(",")}
            items = [i for i in items if i["id"] in ids]
        return self._page(sorted(items, key=lambda i: i["id"]), query)

    def _orders(self, query: dict[str, list[str]]) -> tuple[int, Any, dict[str, str]]:
        orders = list(self.orders.values())
        if "modified_after" in query:
            after = query["modified_after"][0]
            orders = [o for o in orders if o["date_modified_gmt"] > after]
        orders.sort(key=lambda o: (o["date_created_gmt"], o["id"]))
        return self._page(orders, query)

    def _batch(self, table: dict[int, dict[str, Any]], body: Any, invalid_code: str) -> tuple[int, Any, dict[str, str]]:
        if not isinstance(body, dict):
            return 400, wp_error("rest_invalid_json", "Invalid JSON body passed.", 400), {}
        count = sum(len(body.get(k) or []) for k in ("create", "update", "delete"))
        if count > self.batch_limit:
            return 413, wp_error("woocommerce_rest_request_entity_too_large",
                                 f"Unable to accept more than {self.batch_limit} items for this request.", 413), {}
        answers = []
        for change in body.get("update") or []:
            item = table.get(int(change.get("id", 0)))
            if item is None:
                answers.append({"id": change.get("id"), "error": wp_error(invalid_code, "Invalid ID.", 400)})
                continue
            problem = self._invalid(change)
            if problem:
                answers.append({"id": item["id"], "error": wp_error("rest_invalid_param", problem, 400)})
                continue
            item.update({k: v for k, v in change.items() if k != "id"})
            item["price"] = item["sale_price"] or item["regular_price"]
            item["date_modified_gmt"] = gmt(datetime.now(timezone.utc))
            answers.append(dict(item))
        return 200, {"update": answers}, {}

    @staticmethod
    def _invalid(change: dict[str, Any]) -> str:
        if "stock_quantity" in change and not isinstance(change["stock_quantity"], int):
            return "Invalid parameter(s): stock_quantity (stock_quantity is not of type integer)."
        for key in ("regular_price", "sale_price"):
            value = change.get(key)
            if value is not None and (not isinstance(value, str) or (value and not PRICE.match(value))):
                return f"Invalid parameter(s): {key} ({key} is not of type string)."
        if change.get("stock_status", "instock") not in ("instock", "outofstock", "onbackorder"):
            return "Invalid parameter(s): stock_status"
        return ""

    # --- HTTP

    def _authorized(self, header: str | None) -> bool:
        expected = "Basic " + base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
        return header == expected

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
                pass

            def _answer(self, status: int, body: Any, headers: dict[str, str]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(data)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                with server.lock:
                    server.requests.append((method, parts.path))
                    server.queries.append(parts.query)
                    fault = server.faults.popleft() if server.faults else None
                if fault and fault.kind == "cut":
                    self.close_connection = True
                    return
                if fault and fault.kind == "status":
                    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
                    self._answer(fault.status, wp_error("internal_server_error", "Server error.", fault.status),
                                 headers)
                    return
                if not server._authorized(self.headers.get("Authorization")):
                    self._answer(401, wp_error("woocommerce_rest_cannot_view", "Sorry, you cannot list resources.",
                                               401), {})
                    return
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = None
                with server.lock:
                    status, answer, headers = server.handle(method, parts.path, parse_qs(parts.query), body)
                if fault and fault.kind == "slow":
                    time.sleep(fault.seconds)
                if fault and fault.kind == "cut_after":
                    self.close_connection = True
                    return
                try:
                    self._answer(status, answer, headers)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                self._serve("GET")

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                self._serve("POST")

        return Handler
