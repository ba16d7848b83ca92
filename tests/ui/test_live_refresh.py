"""Another workstation's posting shows up in an open list without reloading."""

from __future__ import annotations

from decimal import Decimal

from backoffice_desktop.db import open_store
from backoffice_desktop.models import Location, LocationKind, Product, Role
from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves
from backoffice_desktop.ui.change_watcher import ChangeWatcher
from backoffice_desktop.ui.stock.workspace import StockWorkspace


def test_a_receipt_posted_elsewhere_appears_in_the_open_stock_list(qtbot, sqlite_store, ctx_for):
    with sqlite_store.session() as s:
        supplier = ensure_virtual_locations(s)[LocationKind.SUPPLIER]
        bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value)
        product = Product(sku="KT-01", name="Чайник")
        s.add_all([bin_, product])
        s.flush()
        ids = (supplier, bin_.id, product.id)
    ctx = ctx_for(Role.CLERK)
    ws = StockWorkspace(ctx)
    qtbot.addWidget(ws)
    ctx.ops.changed.connect(ws.refresh)
    watcher = ChangeWatcher(ctx, ws, interval_ms=50)
    assert ws.model.rowCount() == 0

    other_workstation = open_store(sqlite_store.url)
    with other_workstation.session() as s:
        post_moves(s, None, [MoveRequest(ids[2], Decimal(5), ids[0], ids[1])], "receipt")
    other_workstation.close()

    qtbot.waitUntil(lambda: ws.model.rowCount() == 1, timeout=3000)
    assert ws.model.row_at(0).on_hand == Decimal(5)
    watcher.timer.stop()
