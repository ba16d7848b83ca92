"""Keeping the shop website true: the outbox of changed products and what is sent for them.

No Qt here; connectors to shop platforms build on :mod:`backoffice_desktop.sync.outbox`.
"""
