"""Keeping the shop website true: stock and prices out, orders in. No Qt here.

- :mod:`.outbox` — what is marked for sending and the absolute values sent for it;
- :mod:`.connector` — the one interface of every shop platform;
- :mod:`.http` — HTTPS with retries (backoff, jitter, Retry-After);
- :mod:`.woocommerce` — the WooCommerce REST API v3 connector;
- :mod:`.engine` — a push or pull run, recorded with its log;
- :mod:`.orders` — pulled orders becoming ours; :mod:`.price_guard` — steep price drops
  wait for a manager; :mod:`.connections` — settings and secrets; :mod:`.status` — the
  state of it all for the Sync panel.
"""
