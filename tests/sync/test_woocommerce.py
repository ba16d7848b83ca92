"""The WooCommerce connector against a WooCommerce-compatible server on loopback."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from backoffice_desktop.models import OutboxItem, Product, SyncDelivery, SyncRemoteId, utcnow
from backoffice_desktop.sync import engine
from backoffice_desktop.sync.connector import SiteRefused, SiteUnavailable
from backoffice_desktop.sync.http import RetryPolicy, SiteClient
from backoffice_desktop.sync.outbox import ProductState
from backoffice_desktop.sync.woocommerce import order_from_json, update_payload

from .helpers import add_connector, add_products
from .woo_server import Fault, WooServer


def _state(**values) -> ProductState:
    base = dict(product_id=1, sku="A", available=Decimal("7.9"), retail_price=Decimal("1990"),
                compare_at_price=None, published=True, marked_at=datetime.now(timezone.utc))
    return ProductState(**{**base, **values})


def test_payload_sends_whole_units_and_prices_with_two_decimals():
    assert update_payload(_state(), 55, variation=False) == {
        "id": 55, "manage_stock": True, "stock_quantity": 7, "stock_status": "instock",
        "regular_price": "1990.00", "sale_price": "", "status": "publish",
    }
    on_sale = update_payload(_state(available=Decimal("0.5"), compare_at_price=Decimal("2490.5"), published=False),
                             56, variation=True)
    assert (on_sale["stock_quantity"], on_sale["stock_status"]) == (0, "outofstock")
    assert (on_sale["regular_price"], on_sale["sale_price"], on_sale["status"]) == ("2490.50", "1990.00", "private")
    assert update_payload(_state(available=Decimal(-3)), 1, variation=False)["stock_quantity"] == 0


def test_order_json_maps_status_customer_and_lines():
    order = order_from_json({
        "id": 727, "number": "727", "status": "on-hold", "currency": "RUB", "total": "2980.00",
        "date_created_gmt": "2026-11-20T10:00:00", "date_modified_gmt": "2026-11-21T08:30:00",
        "billing": {"first_name": "Анна", "last_name": "Петрова", "email": "anna@example.ru"},
        "line_items": [{"sku": "KT-01", "name": "Чайник", "quantity": 2, "subtotal": "3000.00", "total": "2980.00"}],
    })
    assert (order.status, order.remote_status, order.customer_name) == ("new", "on-hold", "Анна Петрова")
    assert order.modified_at == datetime(2026, 11, 21, 8, 30, tzinfo=timezone.utc)
    [line] = order.lines
    assert (line.quantity, line.unit_price, line.discount, line.line_total) == (
        Decimal(2), Decimal("1500.00"), Decimal("20.00"), Decimal("2980.00"))


def _site_values(woo: WooServer, sku: str) -> tuple[int, str, str, str]:
    item = woo.item_by_sku(sku)
    return item["stock_quantity"], item["stock_status"], item["regular_price"], item["sale_price"]


def test_a_receipt_reaches_the_site_and_a_repeat_sends_nothing(store, woo, make_connector):
    ids = add_products(store, 5)
    for sku in ids:
        woo.add_product(sku)
    conn = add_connector(store, woo.url)
    result = engine.push(store, conn, make_connector(woo.url, conn))
    assert (result.status, result.sent) == ("ok", 5)
    assert _site_values(woo, "SKU-0002") == (10, "instock", "102.00", "")
    assert woo.item_by_sku("SKU-0002")["manage_stock"] is True
    assert woo.requests == [("GET", "/wp-json/wc/v3/products"), ("POST", "/wp-json/wc/v3/products/batch")]
    with store.read_session() as s:
        assert s.scalar(select(func.count(SyncRemoteId.id))) == 5
    woo.requests.clear()
    assert engine.push(store, conn, make_connector(woo.url, conn)).sent == 0
    assert woo.requests == []  # nothing changed: no request at all
    with store.session() as s:
        s.get(Product, ids["SKU-0001"]).compare_at_price = Decimal("150")
        from backoffice_desktop.services import outbox as marks
        marks.mark_products(s, [ids["SKU-0001"]], "price")
    engine.push(store, conn, make_connector(woo.url, conn))
    assert woo.requests == [("POST", "/wp-json/wc/v3/products/batch")]  # the SKU→id map saved the lookup
    assert _site_values(woo, "SKU-0001") == (10, "instock", "150.00", "101.00")


def test_variations_go_through_their_parents_batch_endpoint(store, woo, make_connector):
    ids = add_products(store, 2)
    with store.session() as s:
        s.get(Product, ids["SKU-0002"]).parent_id = ids["SKU-0001"]
    parent = woo.add_product("SKU-0001", "variable")
    woo.add_variation(parent, "SKU-0002")
    conn = add_connector(store, woo.url)
    result = engine.push(store, conn, make_connector(woo.url, conn))
    assert (result.status, result.sent) == ("ok", 2)
    assert _site_values(woo, "SKU-0002") == (10, "instock", "102.00", "")
    assert ("POST", f"/wp-json/wc/v3/products/{parent}/variations/batch") in woo.requests
    assert ("GET", f"/wp-json/wc/v3/products/{parent}/variations") in woo.requests


def test_an_unknown_sku_is_recorded_while_the_rest_go_through(store, woo, make_connector):
    ids = add_products(store, 3)
    woo.add_product("SKU-0001")
    woo.add_product("SKU-0003")
    conn = add_connector(store, woo.url)
    result = engine.push(store, conn, make_connector(woo.url, conn))
    assert (result.status, result.sent, result.failed) == ("partial", 2, 1)
    with store.read_session() as s:
        [marked] = s.scalars(select(OutboxItem.product_id)).all()
        item = s.scalar(select(SyncDelivery).where(SyncDelivery.connector_id == conn))
        assert (marked, item.product_id, item.last_error) == (ids["SKU-0002"],) * 2 + ("SKU SKU-0002 is not on the site",)
    assert _site_values(woo, "SKU-0003")[0] == 10


def test_an_id_gone_from_the_site_is_looked_up_again(store, woo, make_connector):
    add_products(store, 2)
    old = woo.add_product("SKU-0001")
    woo.add_product("SKU-0002")
    conn = add_connector(store, woo.url)
    engine.push(store, conn, make_connector(woo.url, conn))
    del woo.products[old]  # the shop re-created the product: same SKU, new id
    new = woo.add_product("SKU-0001")
    add_products(store, 0)
    with store.session() as s:
        from backoffice_desktop.services import outbox as marks
        marks.mark_products(s, s.scalars(select(Product.id)).all(), "test")
    result = engine.push(store, conn, make_connector(woo.url, conn))
    assert (result.status, result.sent) == ("ok", 2)
    assert woo.products[new]["stock_quantity"] == 10
    with store.read_session() as s:
        assert s.scalar(select(SyncRemoteId.remote_id).where(SyncRemoteId.sku == "SKU-0001")) == new


def test_a_site_with_a_lower_batch_limit_gets_halved_batches(store, make_connector):
    site = WooServer(batch_limit=30).start()
    try:
        ids = add_products(store, 70)
        for sku in ids:
            site.add_product(sku)
        conn = add_connector(store, site.url)
        result = engine.push(store, conn, make_connector(site.url, conn))
        assert (result.status, result.sent) == ("ok", 70)
        assert all(site.item_by_sku(sku)["stock_quantity"] == 10 for sku in ids)
    finally:
        site.stop()


def test_retries_honour_retry_after_and_back_off_on_5xx(store, woo, make_connector, sleeps):
    add_products(store, 1)
    woo.add_product("SKU-0001")
    conn = add_connector(store, woo.url)
    woo.faults.extend([Fault("status", 429, retry_after="2"), Fault("status", 502), Fault("cut")])
    result = engine.push(store, conn, make_connector(woo.url, conn))
    assert (result.status, result.sent) == ("ok", 1)
    assert sleeps[0] == 2.0 and all(0 < s <= 0.005 for s in sleeps[1:]) and len(sleeps) == 3
    assert any("HTTP 429" in line and "retrying in 2.0 s" in line for line in result.lines)


def test_a_site_that_keeps_failing_ends_the_run_and_keeps_the_queue(store, woo, make_connector):
    add_products(store, 2)
    for sku in ("SKU-0001", "SKU-0002"):
        woo.add_product(sku)
    conn = add_connector(store, woo.url)
    woo.faults.extend([Fault("status", 503)] * 4)
    result = engine.push(store, conn, make_connector(woo.url, conn))
    assert result.status == "failed" and "after 4 tries: HTTP 503" in result.message
    woo.faults.append(Fault("status", 429, retry_after="3600"))
    result = engine.push(store, conn, make_connector(woo.url, conn))
    assert result.status == "failed" and "asks to wait 3600 s" in result.message
    with store.read_session() as s:
        assert s.scalar(select(func.count(OutboxItem.id))) == 2
        assert s.scalar(select(func.count(SyncDelivery.id))) == 0  # the site's fault, not the items'


def test_wrong_keys_and_plain_http_are_refused(store, woo, make_connector):
    conn = add_connector(store, woo.url)
    with pytest.raises(SiteRefused, match="refused the keys \\(HTTP 401\\)"):
        make_connector(woo.url, conn, secret="wrong").test_connection()
    assert "WooCommerce at" in make_connector(woo.url, conn).test_connection()
    with pytest.raises(SiteRefused, match="plain HTTP"):
        SiteClient("http://shop.example.com", policy=RetryPolicy())
    with pytest.raises(SiteRefused, match="not a web address"):
        SiteClient("shop.example.com", policy=RetryPolicy())


def test_a_slow_site_times_out_and_is_retried(store, woo, make_connector):
    add_products(store, 1)
    woo.add_product("SKU-0001")
    conn = add_connector(store, woo.url)
    woo.faults.append(Fault("slow", seconds=0.4))
    policy = RetryPolicy(attempts=3, base_delay=0.001, max_delay=0.002, timeout=0.15)
    result = engine.push(store, conn, make_connector(woo.url, conn, policy=policy))
    assert (result.status, result.sent) == ("ok", 1)
    assert any("no answer within 0.15 s" in line for line in result.lines)


def test_site_unavailable_is_typed(woo):
    woo.faults.extend([Fault("cut")] * 2)
    client = SiteClient(woo.url, policy=RetryPolicy(attempts=2, base_delay=0.001), sleep=lambda s: None)
    with pytest.raises(SiteUnavailable, match="after 2 tries: connection failed"):
        client.request("GET", "/wp-json/wc/v3/products")
    client.close()


def test_an_untrusted_certificate_is_refused_without_retrying(tmp_path):
    import http.server
    import ssl
    import subprocess
    import threading

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    sleeps: list[float] = []
    client = SiteClient(f"https://127.0.0.1:{httpd.server_address[1]}", policy=RetryPolicy(attempts=3),
                        sleep=sleeps.append)
    try:
        with pytest.raises(SiteRefused, match="certificate this computer does not trust"):
            client.request("GET", "/wp-json/wc/v3/products")
        assert sleeps == []
    finally:
        client.close()
        httpd.shutdown()
        httpd.server_close()


def test_reconcile_lists_what_the_site_shows_differently_and_fix_queues_it(store, woo, make_connector):
    add_products(store, 3)
    for sku in ("SKU-0001", "SKU-0002"):
        woo.add_product(sku)
    conn = add_connector(store, woo.url)
    engine.push(store, conn, make_connector(woo.url, conn))
    woo.item_by_sku("SKU-0001").update(stock_quantity=99, regular_price="1.00")  # edited on the site by hand
    found = engine.reconcile(store, make_connector(woo.url, conn))
    assert found.checked == 3 and found.marked == 0
    assert {(d.sku, d.field, d.site, d.ours) for d in found.differences} == {
        ("SKU-0001", "stock_quantity", "99", "10"), ("SKU-0001", "regular_price", "1.00", "101.00"),
        ("SKU-0003", "on the site", None, "yes"),
    }
    fixed = engine.reconcile(store, make_connector(woo.url, conn), fix=True)
    assert fixed.marked == 2
    engine.push(store, conn, make_connector(woo.url, conn))
    woo.add_product("SKU-0003")
    with store.session() as s:
        from backoffice_desktop.services import outbox as marks
        marks.mark_products(s, s.scalars(select(Product.id).where(Product.sku == "SKU-0003")).all(), "test")
    # SKU-0003 was refused a moment ago: it waits out its retry delay
    engine.push(store, conn, make_connector(woo.url, conn), now=utcnow() + timedelta(hours=1))
    assert engine.reconcile(store, make_connector(woo.url, conn)).differences == []
