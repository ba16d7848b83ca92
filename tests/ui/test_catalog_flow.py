"""The content manager's whole path through the Catalog, on the demo store, as a new user
would walk it: a new card with attributes, variants and photos (dropped from the file
manager), what completeness flags fixed, publishing refused then accepted; the manager's
bulk price change with preview and undo; an Excel round-trip with its report."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from sqlalchemy import select

from backoffice_desktop.config import AppPaths, LocalSettings
from backoffice_desktop.models import AttributeDefinition, Category, Product, ProductAttributeValue
from backoffice_desktop.services import auth, photos
from backoffice_desktop.services.demo import DemoOptions, generate_demo
from backoffice_desktop.ui.catalog import list_actions
from backoffice_desktop.ui.catalog.card import ProductCardWindow
from backoffice_desktop.ui.catalog.excel_dialogs import ImportReportDialog
from backoffice_desktop.ui.catalog.workspace import CatalogWorkspace
from backoffice_desktop.ui.context import AppContext
from backoffice_desktop.ui.operations import Operations

from .conftest import type_text
from .test_photos_panel import drop, files_mime, images

CATEGORY = "Наушники"
NAME = "Наушники беспроводные Sony WH-1000XM5"
SKU = "SONY-XM5"
BARCODE = "4601111111119"
DESCRIPTION = ("Полноразмерные беспроводные наушники с активным шумоподавлением, "
               "до 30 часов работы от одной зарядки и быстрой зарядкой через USB-C.")
PHOTOS = ["hopper_orientation_6.jpg", "pil123rgba.png", "pil_sample_cmyk.jpg"]


@pytest.fixture
def demo_store(sqlite_store):
    generate_demo(sqlite_store, DemoOptions(products=40, orders=10, photos=0, seed=1))
    with sqlite_store.read_session() as s:
        category_id = s.scalar(select(Category.id).where(Category.name == CATEGORY))
        attrs = {a.name: a.id for a in s.scalars(select(AttributeDefinition)
                                                 .where(AttributeDefinition.category_id == category_id))}
    return sqlite_store, category_id, attrs


@pytest.fixture
def login(demo_store, monkeypatch):
    """Sign in a demo account; message boxes are recorded instead of waiting for a click."""
    store = demo_store[0]
    made: list[AppContext] = []
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a, **k: said.append(text) or QMessageBox.StandardButton.Ok)

    def build(username: str, password: str) -> AppContext:
        with store.session() as s:
            actor = auth.authenticate(s, username, password)
        ctx = AppContext(store, actor, AppPaths.resolve(), LocalSettings(), Operations())
        made.append(ctx)
        return ctx

    build.said = said  # type: ignore[attr-defined]
    yield build
    for ctx in made:
        ctx.ops.wait()


def workspace(qtbot, ctx: AppContext) -> CatalogWorkspace:
    ws = CatalogWorkspace(ctx)
    ctx.ops.changed.connect(ws.refresh)  # the main window does this for every workspace
    qtbot.addWidget(ws)
    ws.resize(1280, 760)
    ws.show()
    return ws


def rows_by_sku(ws: CatalogWorkspace) -> dict[str, int]:
    return {ws.model.data(ws.model.index(r, 0)): r for r in range(ws.model.rowCount())}


def shown(ws: CatalogWorkspace, sku: str, column: int) -> str:
    return ws.model.data(ws.model.index(rows_by_sku(ws)[sku], column))


def save_and_wait(qtbot, window: ProductCardWindow) -> None:
    window.save_action.trigger()
    qtbot.waitUntil(lambda: not window.saving, timeout=10000)


def percent(window: ProductCardWindow) -> int:
    assert window.completeness is not None
    return int(window.completeness.findChild(QLabel, "completeness_percent_website").text().rstrip("%"))


def missing(window: ProductCardWindow) -> str:
    assert window.completeness is not None
    return window.completeness.findChild(QLabel, "completeness_missing_website").text()


def product(store, sku: str) -> Product:
    with store.read_session() as s:
        found = s.scalar(select(Product).where(Product.sku == sku))
        assert found is not None, sku
        s.expunge(found)
        return found


def category_prices(store, category_id: int) -> dict[str, Decimal]:
    with store.read_session() as s:
        return {p.sku: p.retail_price for p in s.scalars(select(Product).where(Product.category_id == category_id))}


def fill_new_card(qtbot, ws: CatalogWorkspace, attrs: dict[str, int]) -> ProductCardWindow:
    """New product in the category the list shows: name, SKU, barcode, attributes, variants."""
    qtbot.mouseClick(ws.new_button, Qt.MouseButton.LeftButton)
    window = ws.cards[None]  # a child window of the list: closed with it
    assert window.main.category.path.text().endswith(CATEGORY)
    assert window.photos is None  # photos come once the product is saved
    type_text(window.main.name, NAME)
    type_text(window.main.sku, SKU)
    qtbot.mouseClick(window.main.add_barcode, Qt.MouseButton.LeftButton)
    window.main.barcodes.item(window.main.barcodes.rowCount() - 1, 0).setText(BARCODE)

    window.tabs.setCurrentWidget(window.attributes)
    hours = window.attributes.editors[attrs["Время работы"]]
    hours.setFocus()
    type_text(hours, "30")
    noise = window.attributes.editors[attrs["Активное шумоподавление"]]
    noise.setCurrentIndex(noise.findData("true"))
    noise.activated.emit(noise.currentIndex())

    window.tabs.setCurrentWidget(window.variants)
    window.variants.axis_edits[0].setFocus()
    type_text(window.variants.axis_edits[0], "Цвет")
    for colour in ("чёрные", "серебристые"):
        qtbot.mouseClick(window.variants.add_button, Qt.MouseButton.LeftButton)
        window.variants.table.item(window.variants.table.rowCount() - 1, 0).setText(colour)
    assert [window.variants.table.item(r, 1).text() for r in range(2)] == [f"{SKU}-1", f"{SKU}-2"]
    save_and_wait(qtbot, window)
    assert window.status.text() == "Saved.", window.status.text()
    return window


def test_content_manager_fills_publishes_bulk_edits_and_round_trips_a_card(qtbot, demo_store, login, tmp_path,
                                                                           monkeypatch):
    store, category_id, attrs = demo_store
    ctx = login("kontent", "kontent-demo-1")
    ws = workspace(qtbot, ctx)
    ws.category_combo.setCurrentIndex(ws.category_combo.findData(category_id))
    demo_skus = set(rows_by_sku(ws))
    assert demo_skus, "the demo has headphones to bulk-edit"

    # --- the card: typed, saved; completeness says what is still missing --------------------
    window = fill_new_card(qtbot, ws, attrs)
    saved = product(store, SKU)
    assert (saved.name, saved.category_id, saved.slug) == (NAME, category_id, "naushniki-besprovodnye-sony-wh-1000xm5")
    with store.read_session() as s:
        values = dict(s.execute(select(ProductAttributeValue.attribute_id, ProductAttributeValue.value)
                                .where(ProductAttributeValue.product_id == saved.id)).all())
        variants = s.execute(select(Product.sku, Product.name).where(Product.parent_id == saved.id)
                             .order_by(Product.sku)).all()
    assert values == {attrs["Время работы"]: "30", attrs["Активное шумоподавление"]: "true"}
    assert [tuple(v) for v in variants] == [(f"{SKU}-1", f"{NAME} (чёрные)"), (f"{SKU}-2", f"{NAME} (серебристые)")]
    qtbot.waitUntil(lambda: SKU in rows_by_sku(ws), timeout=5000)
    assert ws.cards[saved.id] is window
    window.tabs.setCurrentWidget(window.completeness)
    assert "• main photo" in missing(window) and "Publishing here needs 80%." in missing(window)
    assert "• required attributes: 0 of 1 (empty: Тип подключения)" in missing(window)
    window.tabs.setCurrentWidget(window.attributes)
    connection = window.attributes.editors[attrs["Тип подключения"]]
    connection.setCurrentIndex(connection.findData("Bluetooth"))
    connection.activated.emit(connection.currentIndex())
    save_and_wait(qtbot, window)
    window.tabs.setCurrentWidget(window.completeness)
    assert "required attributes" not in missing(window)  # the tab followed the save
    before = percent(window)

    # --- publishing now is refused, and the card says why ------------------------------------
    window.tabs.setCurrentWidget(window.main)
    qtbot.mouseClick(window.main.published, Qt.MouseButton.LeftButton)
    save_and_wait(qtbot, window)
    status = window.status.text()
    assert status.startswith("Not saved: ") and f"{SKU} is {before}% complete for the website" in status
    assert "publishing there needs 80%" in status and "main photo" in status
    assert not product(store, SKU).is_published
    window.undo_action.trigger()  # not yet: first what is missing
    assert not window.main.published.isChecked() and not window.is_dirty()

    # --- photos dropped from the file manager; the second one made the main one -------------
    window.tabs.setCurrentWidget(window.photos)
    grid = window.photos.grid
    drop(grid, files_mime([images() / name for name in PHOTOS]), QPoint(100, 100))
    qtbot.waitUntil(lambda: not window.photos.importing, timeout=30000)
    assert grid.count() == 3 and "Added 3 photo(s)." in window.photos.message.text()
    grid.clearSelection()
    grid.item(1).setSelected(True)
    qtbot.mouseClick(window.photos.main_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: grid.item(1).text() == "★ Main", timeout=5000)
    with store.read_session() as s:
        assert [r.is_main for r in photos.list_photos(s, saved.id)] == [False, True, False]
    assert "main photo" not in missing(window) and percent(window) > before  # the tab followed

    # --- description and SEO fields, saved: completeness reaches the threshold --------------
    window.tabs.setCurrentWidget(window.description)
    window.description.editor.setFocus()
    type_text(window.description.editor, DESCRIPTION)
    window.tabs.setCurrentWidget(window.seo)
    window.seo.title.setFocus()
    type_text(window.seo.title, "Sony WH-1000XM5 — беспроводные наушники с шумоподавлением")
    window.seo.description.setFocus()
    type_text(window.seo.description, "Купить Sony WH-1000XM5: шумоподавление, 30 часов работы, доставка.")
    save_and_wait(qtbot, window)
    assert window.status.text() == "Saved.", window.status.text()
    window.tabs.setCurrentWidget(window.completeness)
    assert percent(window) == 100 and missing(window) == "Nothing missing."

    # --- now publishing goes through; the list shows it -------------------------------------
    window.tabs.setCurrentWidget(window.main)
    qtbot.mouseClick(window.main.published, Qt.MouseButton.LeftButton)
    save_and_wait(qtbot, window)
    assert window.status.text() == "Saved.", window.status.text()
    assert product(store, SKU).is_published
    ws.published_combo.setCurrentIndex(ws.published_combo.findData(True))
    qtbot.waitUntil(lambda: SKU in rows_by_sku(ws), timeout=5000)
    assert ws.model.headerData(8, Qt.Orientation.Horizontal) == "Completeness" and shown(ws, SKU, 8) == "100%"
    ws.published_combo.setCurrentIndex(0)

    # --- the manager raises the category's prices by 10 %, ending in 9, then undoes it -------
    manager_ws = workspace(qtbot, login("manager", "manager-demo-1"))
    manager_ws.category_combo.setCurrentIndex(manager_ws.category_combo.findData(category_id))
    prices_before = category_prices(store, category_id)
    manager_ws.table.setFocus()
    manager_ws.table.selectAll()
    assert len(manager_ws.selected_product_ids()) == manager_ws.model.rowCount()
    qtbot.mouseClick(manager_ws.list_actions.bulk_button, Qt.MouseButton.LeftButton)
    dialog = manager_ws.list_actions.dialog
    assert dialog.scope_selected.isChecked()
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findText("Change prices"))
    dialog.price_value.setFocus()
    type_text(dialog.price_value, "10")
    dialog.rounding_combo.setCurrentIndex(dialog.rounding_combo.findData("end_9"))
    assert not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.apply_button.isEnabled(), timeout=5000)
    priced = [sku for sku, price in prices_before.items() if price > 0]
    assert f"{len(priced)} product(s) will change" in dialog.summary.text(), dialog.summary.text()
    preview = {dialog.table.item(r, 0).text(): dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())}
    assert set(preview) == set(priced)  # a zero price (the new card, not priced yet) stays as it is
    assert all(preview[sku].split()[0].replace(",", "").endswith("9.00") for sku in priced)
    assert category_prices(store, category_id) == prices_before  # nothing written by a preview
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: category_prices(store, category_id) != prices_before, timeout=5000)
    raised = category_prices(store, category_id)
    assert all(raised[sku] > prices_before[sku] and raised[sku] % 10 == 9 for sku in priced)
    qtbot.waitUntil(lambda: manager_ws.list_actions.undo_button.isEnabled(), timeout=5000)

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box.text()) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(manager_ws.list_actions.undo_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith(f"Restore the prices of {len(priced)} product(s)")
    qtbot.waitUntil(lambda: category_prices(store, category_id) == prices_before, timeout=5000)
    qtbot.waitUntil(lambda: f"{len(priced)} product(s) restored." in login.said, timeout=5000)
    qtbot.waitUntil(lambda: not manager_ws.list_actions.undo_button.isEnabled(), timeout=5000)

    # --- Excel: the content manager exports the category, edits a name, imports it back -----
    path = tmp_path / "наушники.xlsx"
    monkeypatch.setattr(list_actions.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path.with_suffix("")), ""))
    qtbot.mouseClick(ws.list_actions.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("exported to" in text for text in login.said), timeout=10000)
    assert path.exists()
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    titles = {c.value: c.column for c in sheet[1]}
    skus = {sheet.cell(r, titles["SKU"]).value: r for r in range(2, sheet.max_row + 1)}
    assert SKU in skus and set(skus) >= demo_skus
    sheet.cell(skus[SKU], titles["Name"]).value = NAME + ", чёрные"
    book.save(path)

    monkeypatch.setattr(list_actions.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(ws.list_actions.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(ws.list_actions.dialog, ImportReportDialog)
                    and ws.list_actions.dialog.isVisible(), timeout=10000)
    report = ws.list_actions.dialog
    assert report.errors.rowCount() == 0 and report.changes.rowCount() == 1
    assert [report.changes.item(0, c).text() for c in range(1, 5)] == [SKU, "Name", NAME, NAME + ", чёрные"]
    assert "will be saved by Apply" in report.summary.text()
    qtbot.mouseClick(report.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: product(store, SKU).name == NAME + ", чёрные", timeout=5000)
    qtbot.waitUntil(lambda: shown(ws, SKU, 1) == NAME + ", чёрные", timeout=5000)
    assert product(store, SKU).is_published
    # the card, still open and without unsaved edits, follows the import
    assert window.main.name.text() == NAME + ", чёрные" and not window.is_dirty()
    assert window.status.text() == "Updated: this product was changed elsewhere."
    QApplication.processEvents()
