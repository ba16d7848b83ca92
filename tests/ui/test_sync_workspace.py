"""The Sync panel and the shop settings, driven as an administrator would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from backoffice_desktop.models import Location, Role, utcnow
from backoffice_desktop.sync import outbox
from backoffice_desktop.ui.settings.workspace import SettingsWorkspace
from backoffice_desktop.ui.sync.workspace import SyncWorkspace

from ..sync.helpers import website_publishes_any_card
from ..sync.woo_server import KEY, SECRET
from .conftest import seed_products, type_text

LEFT = Qt.MouseButton.LeftButton


def open_website(store) -> None:
    with store.session() as session:
        website_publishes_any_card(session)


def _configure(qtbot, ctx, url: str, secret: str = SECRET) -> SettingsWorkspace:
    settings = SettingsWorkspace(ctx)
    qtbot.addWidget(settings)
    assert settings.show_section("shop")
    page = settings.shop_page
    page.url.clear()
    type_text(page.url, url)
    type_text(page.key, KEY)
    type_text(page.secret, secret)
    qtbot.mouseClick(page.test_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    return settings


def test_an_admin_connects_the_shop_sends_the_queue_and_reads_the_log(qtbot, ctx_for, woo, memory_keyring, tmp_path):
    ctx = ctx_for()
    ids = seed_products(ctx.store)
    for sku in ("TV-55", "KT-01", "ЁЖ-7"):
        woo.add_product(sku)
    sync = SyncWorkspace(ctx)
    qtbot.addWidget(sync)
    assert sync.empty.isVisibleTo(sync) and not sync.push_button.isEnabled()
    sync.resize(1100, 700)
    sync.grab().save(str(tmp_path / "sync-empty.png"))

    settings = _configure(qtbot, ctx, woo.url)
    page = settings.shop_page
    assert page.message.text() == f"Connected: WooCommerce at {woo.url}: 3 products"
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.message.text() == "Shop connection saved." and page.secret.text() == ""
    assert list(memory_keyring.entries.values()) == [SECRET]

    sync.reload()
    assert not sync.empty.isVisibleTo(sync)
    assert sync.queue_label.text().startswith("Waiting to be sent: 3 product(s)")
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
    assert sync.message.text() == "3 sent"
    assert woo.item_by_sku("KT-01")["stock_quantity"] == 12
    assert sync.queue_label.text().startswith("Waiting to be sent: 0 product(s)")
    assert sync.runs_model.rowCount() == 1
    assert sync.runs_model.data(sync.runs_model.index(0, 2)) == "done"
    assert "batch of 3: 3 accepted, 0 refused" in sync.log_view.toPlainText()
    assert sync.last_label.text().startswith("Last run:")

    with ctx.store.session() as s:  # the site kept refusing the kettle
        from backoffice_desktop.services import outbox as marks
        marks.mark_products(s, [ids["KT-01"]], "price")
    with ctx.store.session() as s:
        outbox.record_failure(s, sync.overview.connection.id, ids["KT-01"], "SKU KT-01 is not on the site",
                             park_after=1)
    sync.reload()
    assert sync.parked_model.rowCount() == 1 and not sync.retry_button.isEnabled()
    sync.parked_view.selectRow(0)
    sync.grab().save(str(tmp_path / "sync-parked.png"))
    settings.resize(1100, 600)
    settings.grab().save(str(tmp_path / "settings-shop.png"))
    qtbot.mouseClick(sync.retry_button, LEFT)
    qtbot.waitUntil(lambda: sync.parked_model.rowCount() == 0, timeout=10000)
    assert sync.message.text() == "1 product(s) queued again for the next run."
    sync.grab().save(str(tmp_path / "sync.png"))


def test_wrong_keys_and_an_unreachable_site_are_told_plainly(qtbot, ctx_for, woo, memory_keyring):
    ctx = ctx_for()
    settings = _configure(qtbot, ctx, woo.url, secret="wrong")
    assert "refused the keys (HTTP 401)" in settings.shop_page.message.text()
    settings = _configure(qtbot, ctx, "http://shop.example.com")
    assert "plain HTTP" in settings.shop_page.message.text()


def test_a_manager_runs_the_sync_but_has_no_shop_settings(qtbot, ctx_for):
    ctx = ctx_for(Role.MANAGER)
    sync = SyncWorkspace(ctx)
    qtbot.addWidget(sync)
    assert sync.empty.isVisibleTo(sync)
    settings = SettingsWorkspace(ctx)
    qtbot.addWidget(settings)
    assert "shop" not in settings.section_keys()


def test_a_long_push_shows_progress_and_can_be_stopped(qtbot, ctx_for, woo, memory_keyring, monkeypatch):
    from backoffice_desktop.sync import connections

    ctx = ctx_for()
    seed_products(ctx.store)
    for sku in ("TV-55", "KT-01", "ЁЖ-7"):
        woo.add_product(sku)
    settings = _configure(qtbot, ctx, woo.url)
    qtbot.mouseClick(settings.shop_page.save_button, LEFT)
    qtbot.waitUntil(lambda: not settings.shop_page.busy, timeout=10000)
    gate = __import__("threading").Event()
    real_run = connections.run_now

    def slow_run(store, actor, kind, **kw):
        kw["progress"](1, 3, kind)  # the worker reports, then waits until the test pressed Stop
        gate.wait(10)
        return real_run(store, actor, kind, **kw)

    monkeypatch.setattr(connections, "run_now", slow_run)
    sync = SyncWorkspace(ctx)
    qtbot.addWidget(sync)
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: sync.message.text() == "Sent 1 of 3…", timeout=10000)
    assert sync.stop_button.isVisibleTo(sync) and not sync.push_button.isEnabled()
    assert (sync.progress.maximum(), sync.progress.value()) == (3, 1)
    qtbot.mouseClick(sync.stop_button, LEFT)
    gate.set()
    qtbot.waitUntil(lambda: not sync.busy, timeout=10000)
    assert sync.message.text() == "Stopped on request: 0 sent, the rest stays queued"
    assert sync.queue_label.text().startswith("Waiting to be sent: 3 product(s)")
    assert not sync.stop_button.isVisibleTo(sync)


def test_a_manager_confirms_a_held_price_drop(qtbot, ctx_for, woo, memory_keyring, tmp_path):
    from decimal import Decimal

    from backoffice_desktop.models import Product
    from backoffice_desktop.services import catalog

    ctx = ctx_for()
    ids = seed_products(ctx.store)
    for sku in ("TV-55", "KT-01", "ЁЖ-7"):
        woo.add_product(sku)
    settings = _configure(qtbot, ctx, woo.url)
    assert settings.shop_page.guard.value() == 30
    qtbot.mouseClick(settings.shop_page.save_button, LEFT)
    qtbot.waitUntil(lambda: not settings.shop_page.busy, timeout=10000)
    sync = SyncWorkspace(ctx)
    qtbot.addWidget(sync)
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
    with ctx.store.session() as s:
        catalog.set_retail_price(s, ctx.actor, ids["KT-01"], Decimal("990.00"), s.get(Product, ids["KT-01"]).version)
    sync.reload()
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
    assert sync.message.text() == "0 sent, 1 price drop(s) wait for a manager's confirmation"
    assert woo.item_by_sku("KT-01")["regular_price"] == "2490.00"
    assert sync.parked_model.rowCount() == 1
    assert sync.parked_model.data(sync.parked_model.index(0, 3)).startswith("990")
    sync.parked_view.selectRow(0)
    assert sync.confirm_button.isEnabled() and not sync.retry_button.isEnabled()
    sync.resize(1100, 700)
    sync.grab().save(str(tmp_path / "sync-held.png"))
    qtbot.mouseClick(sync.confirm_button, LEFT)
    qtbot.waitUntil(lambda: sync.parked_model.rowCount() == 0, timeout=10000)
    assert sync.message.text() == "1 price(s) confirmed: they go to the site with the next run."
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
    assert woo.item_by_sku("KT-01")["regular_price"] == "990.00"


def test_compare_with_the_site_shows_differences_and_queues_the_chosen(qtbot, ctx_for, woo, memory_keyring, tmp_path):
    ctx = ctx_for()
    seed_products(ctx.store)
    for sku in ("TV-55", "KT-01", "ЁЖ-7", "PH-13"):
        woo.add_product(sku)
    settings = _configure(qtbot, ctx, woo.url)
    qtbot.mouseClick(settings.shop_page.save_button, LEFT)
    qtbot.waitUntil(lambda: not settings.shop_page.busy, timeout=10000)
    sync = SyncWorkspace(ctx)
    qtbot.addWidget(sync)
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
    woo.item_by_sku("KT-01")["stock_quantity"] = 40  # changed on the site by hand
    qtbot.mouseClick(sync.compare_button, LEFT)
    qtbot.waitUntil(lambda: sync.differences_dialog is not None, timeout=15000)
    dialog = sync.differences_dialog
    rows = [[dialog.model.data(dialog.model.index(r, c)) for c in range(4)] for r in range(dialog.model.rowCount())]
    assert ["KT-01", "stock", "40", "12"] in rows
    assert any(row[0] == "PH-13" for row in rows)  # never sent: the site shows its own values
    dialog.grab().save(str(tmp_path / "sync-differences.png"))
    dialog.view.clearSelection()
    dialog.view.selectRow(rows.index(["KT-01", "stock", "40", "12"]))
    qtbot.mouseClick(dialog.queue_button, LEFT)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.message.text() == "1 product(s) queued: the next push corrects the site."
    dialog.reject()
    assert sync.queue_label.text().startswith("Waiting to be sent: 1 product(s)")
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
    assert woo.item_by_sku("KT-01")["stock_quantity"] == 12


def _choose_kind(page, kind: str) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind))


def test_an_admin_connects_a_commerceml_exchange_and_sends_the_queue(qtbot, ctx_for, memory_keyring, tmp_path):
    from ..commerceml_site import running
    from ..sync.cml_shop import CmlShop

    ctx = ctx_for()
    seed_products(ctx.store)
    open_website(ctx.store)  # bare seeded cards go out published: the exchange is tested here
    settings = SettingsWorkspace(ctx)
    qtbot.addWidget(settings)
    assert settings.show_section("shop")
    page = settings.shop_page
    _choose_kind(page, "commerceml")
    assert page.form.labelForField(page.url).text() == "Exchange address:"
    assert not page.key.isVisibleTo(page) and page.user.isVisibleTo(page) and not page.folder.isVisibleTo(page)
    with running(CmlShop()) as site:
        type_text(page.url, site.url)
        type_text(page.user, "exchange")
        type_text(page.secret, "wrong")
        qtbot.mouseClick(page.test_button, LEFT)
        qtbot.waitUntil(lambda: not page.busy, timeout=10000)
        assert "Неверный логин или пароль обмена" in page.message.text()
        page.secret.clear()
        type_text(page.secret, "secret-1")
        qtbot.mouseClick(page.test_button, LEFT)
        qtbot.waitUntil(lambda: not page.busy, timeout=10000)
        assert page.message.text().startswith(f"Connected: CommerceML exchange at {site.url}: logged in as exchange")
        settings.resize(1100, 700)
        settings.grab().save(str(tmp_path / "settings-commerceml.png"))
        qtbot.mouseClick(page.save_button, LEFT)
        qtbot.waitUntil(lambda: not page.busy, timeout=10000)
        assert page.message.text() == "Shop connection saved."
        assert list(memory_keyring.entries.values()) == ["secret-1"]

        sync = SyncWorkspace(ctx)
        qtbot.addWidget(sync)
        qtbot.mouseClick(sync.push_button, LEFT)
        qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
        assert sync.message.text() == "3 sent"
        assert site.imported == ["import.xml", "offers.xml"] and site.shop["KT-01"][1] == 12
    again = SettingsWorkspace(ctx)
    qtbot.addWidget(again)
    assert again.shop_page.current_kind() == "commerceml" and again.shop_page.user.text() == "exchange"


def test_an_admin_sets_up_feed_files(qtbot, ctx_for, tmp_path):
    ctx = ctx_for()
    seed_products(ctx.store)
    folder = tmp_path / "feeds"
    folder.mkdir()
    settings = SettingsWorkspace(ctx)
    qtbot.addWidget(settings)
    assert settings.show_section("shop")
    page = settings.shop_page
    _choose_kind(page, "feed")
    assert not page.secret.isVisibleTo(page) and page.folder.isVisibleTo(page)
    type_text(page.url, "https://shop.example.ru")
    type_text(page.folder, str(tmp_path / "missing"))
    qtbot.mouseClick(page.test_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert "does not exist" in page.message.text()
    page.folder.clear()
    type_text(page.folder, str(folder))
    qtbot.mouseClick(page.formats["xlsx"], LEFT)
    qtbot.mouseClick(page.test_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.message.text().startswith(f"Connected: Feed folder {folder}: writable")
    settings.resize(1100, 700)
    settings.grab().save(str(tmp_path / "settings-feed.png"))
    qtbot.mouseClick(page.save_button, LEFT)
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.message.text() == "Shop connection saved."
    sync = SyncWorkspace(ctx)
    qtbot.addWidget(sync)
    qtbot.mouseClick(sync.push_button, LEFT)
    qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
    assert sync.message.text() == "3 sent"
    assert sorted(p.name for p in folder.iterdir()) == ["price_stock.csv", "yml_feed.xml"]


def test_a_schedule_syncs_in_the_background_and_shows_progress_in_the_status_bar(
        qtbot, ctx_for, woo, memory_keyring, tmp_path):
    from backoffice_desktop.config import LocalSettings
    from backoffice_desktop.ui.main_window import MainWindow

    ctx = ctx_for()
    seed_products(ctx.store)
    for sku in ("TV-55", "KT-01", "ЁЖ-7"):
        woo.add_product(sku)
    woo.add_order("9001", "processing", [("KT-01", 2, "202.00")], modified=utcnow() - timedelta(hours=1))
    settings = _configure(qtbot, ctx, woo.url)
    qtbot.mouseClick(settings.shop_page.save_button, LEFT)
    qtbot.waitUntil(lambda: not settings.shop_page.busy, timeout=10000)

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    sync = window.show_workspace("sync")
    assert sync.schedule_box.isVisibleTo(sync) and not sync.schedule_check.isChecked()
    assert not window.scheduler.timer.isActive()
    sync.schedule_minutes.setValue(5)
    qtbot.mouseClick(sync.schedule_check, LEFT)
    assert window.scheduler.timer.isActive() and window.scheduler.timer.interval() == 5 * 60_000
    assert LocalSettings.load(ctx.paths).sync_every_minutes == 5  # kept on this computer

    seen: list[str] = []
    window.scheduler.progressed.connect(seen.append)
    window.scheduler.timer.timeout.emit()  # the five minutes are up
    assert window.sync_label.text() == "Sync: sending changes to the site…" and not sync.push_button.isEnabled()
    qtbot.waitUntil(lambda: not window.scheduler.running, timeout=15000)
    assert window.sync_label.text() == "Sync: 3 sent; 1 new order(s), 0 changed, 0 unchanged"
    assert "Sync: sent 3 of 3…" in seen
    assert woo.item_by_sku("TV-55")["stock_quantity"] is not None
    assert sync.runs_model.rowCount() == 2 and sync.push_button.isEnabled()
    window.resize(1200, 760)
    window.grab().save(str(tmp_path / "sync-scheduled.png"))

    qtbot.mouseClick(sync.schedule_check, LEFT)
    assert not window.scheduler.timer.isActive() and LocalSettings.load(ctx.paths).sync_every_minutes == 0


def test_a_scheduled_run_without_a_connection_says_so_in_the_status_bar(qtbot, ctx_for):
    from backoffice_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx_for())
    qtbot.addWidget(window)
    window.scheduler.run_once()
    qtbot.waitUntil(lambda: not window.scheduler.running, timeout=10000)
    assert window.sync_label.text().startswith("Sync failed: No shop connection is set up yet")


def test_whole_quantities_only_sends_stock_rounded_down_to_a_commerceml_site(qtbot, ctx_for, memory_keyring, tmp_path):
    from decimal import Decimal

    from backoffice_desktop.models import LocationKind
    from backoffice_desktop.services.stock import MoveRequest, post_moves, virtual_location

    from ..commerceml_site import running
    from ..sync.cml_shop import CmlShop

    ctx = ctx_for()
    ids = seed_products(ctx.store)
    open_website(ctx.store)  # bare seeded cards go out published: the exchange is tested here
    with ctx.store.session() as s:  # half a kettle more: 12.5 on hand
        bin_id = s.query(Location.id).filter_by(code="A-01").scalar()
        post_moves(s, None, [MoveRequest(ids["KT-01"], Decimal("0.5"), virtual_location(s, LocationKind.SUPPLIER),
                                         bin_id)], "receipt")
    settings = SettingsWorkspace(ctx)
    qtbot.addWidget(settings)
    assert settings.show_section("shop")
    page = settings.shop_page
    assert not page.whole_quantities.isVisibleTo(page)  # a WooCommerce stock is whole already
    _choose_kind(page, "commerceml")
    assert page.whole_quantities.isVisibleTo(page) and not page.whole_quantities.isChecked()
    with running(CmlShop()) as site:
        type_text(page.url, site.url)
        type_text(page.user, "exchange")
        type_text(page.secret, "secret-1")
        qtbot.mouseClick(page.whole_quantities, LEFT)
        settings.resize(1100, 700)
        settings.grab().save(str(tmp_path / "settings-commerceml-whole.png"))
        qtbot.mouseClick(page.save_button, LEFT)
        qtbot.waitUntil(lambda: not page.busy, timeout=10000)
        assert page.message.text() == "Shop connection saved."

        sync = SyncWorkspace(ctx)
        qtbot.addWidget(sync)
        qtbot.mouseClick(sync.push_button, LEFT)
        qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
        assert sync.message.text() == "3 sent"
        assert site.shop["KT-01"] == (Decimal("2490.00"), Decimal(12))

        again = SettingsWorkspace(ctx)
        qtbot.addWidget(again)
        assert again.shop_page.whole_quantities.isChecked()
        qtbot.mouseClick(again.shop_page.whole_quantities, LEFT)  # the site learnt fractions
        qtbot.mouseClick(again.shop_page.save_button, LEFT)
        qtbot.waitUntil(lambda: not again.shop_page.busy, timeout=10000)
        with ctx.store.session() as s:
            from backoffice_desktop.services import outbox as marks
            marks.mark_products(s, [ids["KT-01"]], "price")
        sync.reload()
        qtbot.mouseClick(sync.push_button, LEFT)
        qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
        assert site.shop["KT-01"][1] == Decimal("12.5")


def test_the_schedule_shows_when_it_runs_next_and_moves_it_on_after_each_turn(qtbot, ctx_for, monkeypatch, tmp_path):
    from datetime import datetime, timezone

    from backoffice_desktop.ui.formatting import format_datetime
    from backoffice_desktop.ui.main_window import MainWindow
    from backoffice_desktop.ui.sync import schedule

    clock = [datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)]
    monkeypatch.setattr(schedule, "utcnow", lambda: clock[0])
    window = MainWindow(ctx_for())
    qtbot.addWidget(window)
    sync = window.show_workspace("sync")
    assert not sync.next_run_label.isVisibleTo(sync)  # no schedule, no next run
    sync.schedule_minutes.setValue(15)
    qtbot.mouseClick(sync.schedule_check, LEFT)
    at_0915 = format_datetime(datetime(2026, 11, 27, 9, 15, tzinfo=timezone.utc))
    assert sync.next_run_label.isVisibleTo(sync) and sync.next_run_label.text() == f"Next run at {at_0915}"

    clock[0] = datetime(2026, 11, 27, 9, 5, tzinfo=timezone.utc)
    sync.schedule_minutes.clear()
    type_text(sync.schedule_minutes, "30")
    at_0935 = format_datetime(datetime(2026, 11, 27, 9, 35, tzinfo=timezone.utc))
    assert sync.next_run_label.text() == f"Next run at {at_0935}"
    window.resize(1200, 760)
    window.grab().save(str(tmp_path / "sync-next-run.png"))

    clock[0] = datetime(2026, 11, 27, 9, 35, tzinfo=timezone.utc)
    window.scheduler.timer.timeout.emit()  # the half hour is up: a run starts, the next is due at 10:05
    at_1005 = format_datetime(datetime(2026, 11, 27, 10, 5, tzinfo=timezone.utc))
    assert sync.next_run_label.text() == f"Running now; next run at {at_1005}"
    qtbot.waitUntil(lambda: not window.scheduler.running, timeout=10000)
    assert sync.next_run_label.text() == f"Next run at {at_1005}"
    assert window.sync_label.text().startswith("Sync failed: No shop connection is set up yet")

    qtbot.mouseClick(sync.schedule_check, LEFT)
    assert not sync.next_run_label.isVisibleTo(sync) and window.scheduler.next_run_at is None


def test_with_two_connections_the_panel_shows_and_sends_the_chosen_ones_queue(
        qtbot, ctx_for, woo, memory_keyring, tmp_path):
    from backoffice_desktop.sync import connections
    from backoffice_desktop.sync.connections import ConnectionSettings

    from ..sync.woo_server import WooServer

    ctx = ctx_for()
    open_website(ctx.store)
    seed_products(ctx.store)
    market = WooServer().start()
    try:
        for server in (woo, market):
            for sku in ("TV-55", "KT-01", "ЁЖ-7"):
                server.add_product(sku)
        with ctx.store.session() as s:
            for name, server in (("website", woo), ("marketplace", market)):
                connections.save_connection(s, ctx.actor, ConnectionSettings(
                    name=name, base_url=server.url, consumer_key=KEY), SECRET)
        sync = SyncWorkspace(ctx)
        qtbot.addWidget(sync)
        choice = sync.connection_choice
        assert choice.isVisibleTo(sync) and [choice.itemText(i) for i in range(choice.count())] == [
            "marketplace", "website"]
        assert sync.title.text() == f"Shop website: marketplace ({market.url})"
        assert sync.queue_label.text().startswith("Waiting to be sent: 3 product(s)")
        qtbot.mouseClick(sync.push_button, LEFT)
        qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
        assert sync.message.text() == "3 sent" and market.item_by_sku("KT-01")["stock_quantity"] == 12
        assert sync.queue_label.text().startswith("Waiting to be sent: 0 product(s)")
        assert woo.item_by_sku("KT-01")["stock_quantity"] is None  # the website hasn't been sent anything

        choice.setFocus()
        qtbot.keyClick(choice, Qt.Key.Key_Down)  # the website
        assert sync.title.text() == f"Shop website: website ({woo.url})"
        assert sync.queue_label.text().startswith("Waiting to be sent: 3 product(s)")
        assert sync.runs_model.rowCount() == 0 and sync.message.text() == ""  # its own runs
        sync.resize(1100, 600)
        sync.grab().save(str(tmp_path / "sync-two-connections.png"))
        qtbot.mouseClick(sync.push_button, LEFT)
        qtbot.waitUntil(lambda: not sync.busy, timeout=15000)
        assert sync.message.text() == "3 sent" and woo.item_by_sku("KT-01")["stock_quantity"] == 12
        assert sync.queue_label.text().startswith("Waiting to be sent: 0 product(s)")
        assert sync.title.text() == f"Shop website: website ({woo.url})"  # still the one chosen
    finally:
        market.stop()


def test_a_scheduled_run_sends_to_every_enabled_connection_and_one_refused_stops_none(
        qtbot, ctx_for, woo, memory_keyring):
    from backoffice_desktop.sync import connections
    from backoffice_desktop.sync.connections import ConnectionSettings
    from backoffice_desktop.ui.main_window import MainWindow

    ctx = ctx_for()
    open_website(ctx.store)
    seed_products(ctx.store)
    for sku in ("TV-55", "KT-01", "ЁЖ-7"):
        woo.add_product(sku)
    with ctx.store.session() as s:
        for name, key in (("website", KEY), ("marketplace", "ck_revoked")):  # the marketplace refuses its key
            connections.save_connection(s, ctx.actor, ConnectionSettings(name=name, base_url=woo.url, consumer_key=key),
                                        SECRET)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.scheduler.run_once()
    qtbot.waitUntil(lambda: not window.scheduler.running, timeout=30000)
    text = window.sync_label.text()
    assert text.startswith("Sync failed: marketplace: ") and " | website: 3 sent; 0 new order(s)" in text, text
    assert woo.item_by_sku("KT-01")["stock_quantity"] == 12
    with ctx.store.read_session() as s:
        market = connections.find_connection(s, "marketplace").id
        assert outbox.queue_state(s, market).waiting == 3  # kept for when the marketplace is let in
