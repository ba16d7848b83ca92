"""The Suppliers page as a purchaser uses it: keep supplier cards, archive, edit an offer,
and import a price list through the wizard (mapping, report, Apply or Cancel)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from backoffice_desktop.models import Product, ProductBarcode, Role, Supplier, SupplierOffer
from backoffice_desktop.services import purchasing
from backoffice_desktop.services.catalog import build_search_text
from backoffice_desktop.services.purchasing import NewLine
from backoffice_desktop.services.pricelists import Field
from backoffice_desktop.services.suppliers import Performance
from backoffice_desktop.ui.purchasing.pricelist_wizard import PriceListWizard
from backoffice_desktop.ui.purchasing.suppliers_page import SuppliersPage

from ..conftest import testdata_dir as shared_testdata
from .conftest import type_text

PRICE_LIST = [
    ["ООО «Ромашка» — прайс-лист на 01.12.2026"],
    [],
    ["Артикул", "Наименование", "Цена, руб.", "Остаток", "Штрихкод"],
    ["R-001", "Чайник электрический Bosch", "1 100,00", 5, ""],  # our offer: the price goes up
    ["R-002", "Мышь беспроводная", 500, "много", "4600000000013"],  # our product by barcode
    ["R-003", "Кружка керамическая белая 300 мл", 150, 10, ""],  # like one of our names
    ["R-004", "Блюдце фарфоровое", "договорная цена", 3, ""],  # no price: skipped
    ["R-005", "Ложка чайная", -40, 100, ""],  # a price that can't be: an error
    ["R-006", "Вилка столовая", 40, 100, ""],  # nothing like it: a new product, if ticked
]


def write_xlsx(path: Path, rows: list[list]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Прайс"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


@pytest.fixture
def world(sqlite_store):
    with sqlite_store.session() as s:
        kettle = Product(sku="KT-01", name="Чайник Bosch", search_text=build_search_text("KT-01", "Чайник Bosch", []))
        mouse = Product(sku="MS-01", name="Мышь Logitech",
                        search_text=build_search_text("MS-01", "Мышь Logitech", ["4600000000013"]))
        mouse.barcodes.append(ProductBarcode(barcode="4600000000013"))
        mug = Product(sku="MG-300", name="Кружка керамическая белая 300 мл")
        s.add_all([kettle, mouse, mug])
        s.flush()
        romashka = Supplier(name="ООО «Ромашка»", email="zakaz@romashka.ru", lead_time_days=5)
        s.add(romashka)
        s.flush()
        s.add(SupplierOffer(supplier_id=romashka.id, product_id=kettle.id, supplier_sku="R-001",
                            supplier_name="Чайник электрический Bosch", price=Decimal("1000.00")))
        return {"romashka": romashka.id, "kettle": kettle.id, "mouse": mouse.id, "mug": mug.id}


@pytest.fixture
def page(qtbot, ctx_for, world):
    ctx = ctx_for(Role.PURCHASER)
    widget = SuppliersPage(ctx)
    qtbot.addWidget(widget)
    ctx.ops.changed.connect(widget.refresh)
    widget.resize(1300, 760)
    widget.show()
    return widget


@pytest.fixture
def shown(monkeypatch):
    """Messages the page would show in a message box."""
    messages: list[str] = []
    monkeypatch.setattr("backoffice_desktop.ui.purchasing.suppliers_page.show_error",
                        lambda parent, exc: messages.append(str(exc)))
    monkeypatch.setattr("backoffice_desktop.ui.purchasing.pricelist_wizard.show_error",
                        lambda parent, exc: messages.append(str(exc)))
    return messages


def names(store) -> list[tuple[str, bool]]:
    with store.read_session() as s:
        return [(n, a) for n, a in s.execute(select(Supplier.name, Supplier.is_active).order_by(Supplier.name))]


def offers(store, supplier_id: int) -> dict[str, tuple[Decimal, int | None]]:
    with store.read_session() as s:
        return {sku: (price, pid) for sku, price, pid in s.execute(
            select(SupplierOffer.supplier_sku, SupplierOffer.price, SupplierOffer.product_id)
            .where(SupplierOffer.supplier_id == supplier_id))}


def test_the_page_lists_suppliers_and_shows_the_first(qtbot, page, world, qtmodeltester):
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.offers_model)
    assert page.count_label.text() == "1 supplier(s)"
    assert page.current_id == world["romashka"]
    assert page.title.text() == "ООО «Ромашка»"
    assert page.form.edits["email"].text() == "zakaz@romashka.ru"
    assert page.offers_model.rowCount() == 1
    row = page.offers_model.row_at(0)
    assert (row.supplier_sku, row.sku) == ("R-001", "KT-01")
    assert page.performance.on_time.text() == "No deliveries against an expected date yet."


def test_a_new_supplier_is_typed_in_and_saved(qtbot, page, sqlite_store):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.title.text() == "New supplier" and page.form.edits["name"].text() == ""
    type_text(page.form.edits["name"], "ООО «Василёк»")
    type_text(page.form.edits["email"], "opt@vasilek.ru")
    page.form.currency.setCurrentText("cny")
    page.form.lead_time.setValue(21)
    type_text(page.form.min_order, "15 000")
    page.form.returns_unsold.setChecked(True)
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.message.text() == "Supplier saved.", timeout=5000)
    assert names(sqlite_store) == [("ООО «Василёк»", True), ("ООО «Ромашка»", True)]
    with sqlite_store.read_session() as s:
        saved = s.scalars(select(Supplier).where(Supplier.name == "ООО «Василёк»")).one()
        assert (saved.currency, saved.lead_time_days, saved.min_order_amount, saved.returns_unsold) == (
            "CNY", 21, Decimal("15000.00"), True)
    assert page.title.text() == "ООО «Василёк»" and page.selected_id() == page.current_id
    assert page.count_label.text() == "2 supplier(s)"
    assert page.offers_empty.text() == "No offers yet. Import the supplier's price list."
    assert not page.form.is_dirty()


def test_a_duplicate_name_and_a_bad_amount_are_refused_with_a_message(qtbot, page, sqlite_store):
    page.new_supplier()
    type_text(page.form.edits["name"], "ооо «ромашка»")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.message.is_error(), timeout=5000)
    assert page.form.message.text() == "There is already a supplier named 'ООО «Ромашка»'."
    page.form.edits["name"].clear()
    type_text(page.form.edits["name"], "ООО «Лютик»")
    type_text(page.form.min_order, "пять")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    assert "'пять' is not an amount" in page.form.message.text()
    assert names(sqlite_store) == [("ООО «Ромашка»", True)]


def test_switching_supplier_asks_about_unsaved_changes(qtbot, page, world, sqlite_store, monkeypatch):
    page.new_supplier()
    type_text(page.form.edits["name"], "Василёк")
    qtbot.mouseClick(page.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.form.message.text() == "Supplier saved.", timeout=5000)
    vasilek = page.current_id
    type_text(page.form.edits["phone"], "+7 900 000-00-00")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or answers.pop(0))
    page.table.selectRow(page.model.row_of(world["romashka"]))
    assert page.current_id == vasilek and page.selected_id() == vasilek  # cancelled: still here
    assert page.form.edits["phone"].text() == "+7 900 000-00-00"
    page.table.selectRow(page.model.row_of(world["romashka"]))
    qtbot.waitUntil(lambda: page.current_id == world["romashka"], timeout=5000)
    assert asked[0] == "The card of Василёк has unsaved changes. Save them?"
    with sqlite_store.read_session() as s:
        assert s.get(Supplier, vasilek).phone == "+7 900 000-00-00"
    assert page.form.edits["name"].text() == "ООО «Ромашка»" and not page.form.is_dirty()


def test_archive_is_refused_with_open_orders_then_done_and_undone(qtbot, page, world, sqlite_store, shown):
    with sqlite_store.session() as s:
        order_id = purchasing.create_order(s, page.ctx.actor, world["romashka"], [NewLine(world["kettle"], Decimal(1))])
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert "has 1 open purchase order(s)" in shown[0]
    with sqlite_store.session() as s:
        purchasing.cancel(s, page.ctx.actor, order_id)
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.text() == "ООО «Ромашка» is archived.", timeout=5000)
    assert names(sqlite_store) == [("ООО «Ромашка»", False)]
    assert page.model.rowCount() == 0 and page.current_id is None
    assert page.list_empty.text() == "Only archived suppliers are found; tick “Show archived” to see them."
    page.show_archived.setChecked(True)
    assert page.model.data(page.model.index(0, 0)) == "ООО «Ромашка» (archived)"
    page.table.selectRow(0)
    assert page.archive_button.text() == "Restore" and not page.import_button.isEnabled()
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: names(sqlite_store) == [("ООО «Ромашка»", True)], timeout=5000)
    qtbot.waitUntil(lambda: page.archive_button.text() == "Archive", timeout=5000)


def test_an_offer_is_edited_and_linked_in_its_dialog(qtbot, page, world, sqlite_store):
    from backoffice_desktop.ui.purchasing.supplier_form import OfferDialog

    page.tabs.setCurrentIndex(1)
    page.edit_offer(page.offers_model.index(0, 0))
    dialog = page.findChild(OfferDialog)
    dialog.price.clear()
    type_text(dialog.price, "1 050,50")
    type_text(dialog.search, "MS-01")
    dialog.results.selectRow(0)
    assert dialog.product.text() == "MS-01 — Мышь Logitech"
    dialog.save_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert offers(sqlite_store, world["romashka"]) == {"R-001": (Decimal("1050.50"), world["mouse"])}
    qtbot.waitUntil(lambda: page.offers_model.row_at(0).sku == "MS-01", timeout=5000)


# --- the price-list wizard -------------------------------------------------------------

def wait_page(qtbot, wizard: PriceListWizard, page: int) -> None:
    qtbot.waitUntil(lambda: wizard.pages.currentIndex() == page and not wizard.busy, timeout=10000)


def row_of(model, sku: str) -> int:
    return next(i for i, row in enumerate(model.rows) if sku in row)


def test_a_price_list_is_mapped_checked_and_applied(qtbot, page, world, sqlite_store, tmp_path, shown):
    path = write_xlsx(tmp_path / "romashka.xlsx", PRICE_LIST)
    wizard = page.open_pricelist_wizard(path)
    wait_page(qtbot, wizard, wizard.MAPPING)
    assert wizard.header_spin.value() == 3
    assert {f: c.currentData() for f, c in wizard.field_combos.items()} == {
        Field.SKU: "A", Field.NAME: "B", Field.PRICE: "C", Field.STOCK: "D", Field.BARCODE: "E", Field.PACK: None}
    assert wizard.field_combos[Field.PRICE].currentText() == "C — Цена, руб."
    assert wizard.preview_table.horizontalHeaderItem(2).text() == "C · price"
    assert "row 3" in wizard.mapping_note.text()

    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, wizard.REPORT)
    tabs = [wizard.report_tabs.tabText(i) for i in range(wizard.report_tabs.count())]
    assert tabs == ["Errors (1)", "Skipped (1)", "Price changes (1)", "Matched (2)", "Similar names (1)",
                    "Without a product (2)", "Not in this list (0)"]
    errors = wizard.models["errors"]
    assert errors.rows[0] == ("romashka.xlsx", "Прайс", "8", "C", "-40", "A price can't be negative.")
    change = wizard.models["changes"].rows[0]
    assert change[0] == "R-001" and change[2] == "KT-01 — Чайник Bosch"
    assert change[5] in ("+10.0\u00a0%", "+10,0\u00a0%")
    assert not wizard.next_button.isEnabled()  # errors: Apply waits until they are left out
    wizard.skip_errors.setChecked(True)
    assert wizard.next_button.isEnabled() and wizard.next_button.text() == "Apply"

    suggestions, unmatched = wizard.models["suggestions"], wizard.models["unmatched"]
    mug = suggestions.index(row_of(suggestions, "R-003"), 0)
    assert suggestions.setData(mug, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    mug_unmatched = unmatched.index(row_of(unmatched, "R-003"), 0)
    assert not unmatched.flags(mug_unmatched) & Qt.ItemFlag.ItemIsUserCheckable  # linked: not to be created
    unmatched.setData(unmatched.index(row_of(unmatched, "R-006"), 0), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
    applied = []
    wizard.applied.connect(applied.append)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(applied), timeout=10000)
    assert not wizard.isVisible() and not shown

    stored = offers(sqlite_store, world["romashka"])
    with sqlite_store.read_session() as s:
        fork, fork_active = s.execute(
            select(Product.id, Product.is_active).where(Product.name == "Вилка столовая")).one()
        mapping = s.get(Supplier, world["romashka"]).pricelist_mapping
    assert not fork_active
    assert stored == {
        "R-001": (Decimal("1100.00"), world["kettle"]), "R-002": (Decimal("500.00"), world["mouse"]),
        "R-003": (Decimal("150.00"), world["mug"]), "R-006": (Decimal("40.00"), fork),
    }
    assert mapping["header_row"] == 3 and mapping["columns"]["price"] == "C"
    assert wizard.result_text() == ("Price list imported. New offers: 3; updated: 1; price changes: 1; "
                                    "new products: 1.")
    qtbot.waitUntil(lambda: page.offers_model.rowCount() == 4, timeout=5000)
    assert page.status.text() == wizard.result_text()


def test_cancel_writes_nothing(qtbot, page, world, sqlite_store, tmp_path, qtmodeltester):
    wizard = page.open_pricelist_wizard(write_xlsx(tmp_path / "romashka.xlsx", PRICE_LIST))
    wait_page(qtbot, wizard, wizard.MAPPING)
    wizard.go_next()
    wait_page(qtbot, wizard, wizard.REPORT)
    for model in wizard.models.values():
        qtmodeltester.check(model)
    wizard.skip_errors.setChecked(True)
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    page.ctx.ops.wait()
    assert offers(sqlite_store, world["romashka"]) == {"R-001": (Decimal("1000.00"), world["kettle"])}
    with sqlite_store.read_session() as s:
        assert s.get(Supplier, world["romashka"]).pricelist_mapping is None
        assert s.scalar(select(func.count(Product.id))) == 3


def test_stopping_the_analysis_goes_back_to_the_columns(qtbot, page, tmp_path):
    wizard = page.open_pricelist_wizard(write_xlsx(tmp_path / "romashka.xlsx", PRICE_LIST))
    wait_page(qtbot, wizard, wizard.MAPPING)
    wizard.go_next()
    assert wizard.pages.currentIndex() == wizard.ANALYSING
    qtbot.mouseClick(wizard.stop_button, Qt.MouseButton.LeftButton)
    page.ctx.ops.wait()
    qtbot.wait(50)
    assert wizard.pages.currentIndex() == wizard.MAPPING and wizard.report is None
    wizard.reject()


def test_a_file_that_is_not_a_price_list_is_explained_and_another_can_be_chosen(qtbot, page, tmp_path):
    notes = tmp_path / "notes.docx"
    notes.write_bytes(b"\x00\x01\x02 not a spreadsheet")
    wizard = page.open_pricelist_wizard(notes)
    qtbot.waitUntil(lambda: wizard.file_message.is_error(), timeout=10000)
    assert wizard.pages.currentIndex() == wizard.FILE
    assert wizard.file_message.text() == (
        "notes.docx is not a spreadsheet: expected an Excel workbook (.xlsx) or a CSV file.")
    empty = write_xlsx(tmp_path / "empty.xlsx", [])
    wizard.path_edit.clear()
    type_text(wizard.path_edit, str(empty))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "has no data" in wizard.file_message.text(), timeout=10000)
    assert wizard.pages.currentIndex() == wizard.FILE
    good = write_xlsx(tmp_path / "good.xlsx", PRICE_LIST)
    wizard.path_edit.clear()
    type_text(wizard.path_edit, str(good))
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    wait_page(qtbot, wizard, wizard.MAPPING)
    wizard.reject()


def test_columns_without_captions_are_chosen_by_hand(qtbot, page, world, sqlite_store, tmp_path):
    rows = [["Код", "Товар поставщика", "Сколько", "Руб"], ["Z-1", "Ведро оцинкованное", 7, 300],
            ["Z-2", "Таз пластиковый", 2, 250]]
    wizard = page.open_pricelist_wizard(write_xlsx(tmp_path / "odd.xlsx", rows))
    wait_page(qtbot, wizard, wizard.MAPPING)
    assert wizard.mapping_message.is_error() and "No header row found" in wizard.mapping_message.text()
    assert not wizard.next_button.isEnabled()
    wizard.header_spin.setValue(1)
    for f, letter in ((Field.SKU, "A"), (Field.NAME, "B"), (Field.STOCK, "C"), (Field.PRICE, "D")):
        combo = wizard.field_combos[f]
        combo.setCurrentIndex(combo.findData(letter))
    assert wizard.field_combos[Field.PRICE].currentText() == "D — Руб"
    assert wizard.next_button.isEnabled() and not wizard.mapping_message.is_error()
    wizard.field_combos[Field.NAME].setCurrentIndex(wizard.field_combos[Field.NAME].findData("A"))
    assert "Column A is chosen for both" in wizard.mapping_message.text() and not wizard.next_button.isEnabled()
    wizard.field_combos[Field.NAME].setCurrentIndex(wizard.field_combos[Field.NAME].findData("B"))
    wizard.go_next()
    wait_page(qtbot, wizard, wizard.REPORT)
    assert wizard.models["unmatched"].rowCount() == 2
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    assert set(offers(sqlite_store, world["romashka"])) == {"R-001", "Z-1", "Z-2"}


def test_a_real_supplier_price_list(qtbot, page, world, sqlite_store):
    path = shared_testdata("price_lists") / "interservice_books__Прайс.xlsx"
    wizard = page.open_pricelist_wizard(path)
    wait_page(qtbot, wizard, wizard.MAPPING)
    assert wizard.header_spin.value() == 13
    assert wizard.field_combos[Field.PRICE].currentText() == "L — Цена"
    wizard.go_next()
    wait_page(qtbot, wizard, wizard.REPORT)
    assert wizard.models["unmatched"].rowCount() == 10 and wizard.next_button.isEnabled()
    wizard.go_next()
    qtbot.waitUntil(lambda: wizard.result is not None, timeout=10000)
    assert len(offers(sqlite_store, world["romashka"])) == 11


def test_a_manager_sees_suppliers_but_cannot_change_them(qtbot, ctx_for, world):
    ctx = ctx_for(Role.MANAGER)
    widget = SuppliersPage(ctx)
    qtbot.addWidget(widget)
    assert not widget.new_button.isVisibleTo(widget) and not widget.import_button.isVisibleTo(widget)
    assert widget.form.edits["name"].isReadOnly() and not widget.form.save_button.isVisibleTo(widget)
    assert widget.current_id == world["romashka"]


def test_performance_reads_as_counts_and_rates(qtbot, page):
    page.performance.show_performance(Performance(since=None, measured=9, on_time=7,
                                                  average_delay_days=Decimal("2.5"), filled_orders=9,
                                                  ordered=Decimal(200), received=Decimal(190)))
    assert page.performance.on_time.text() == "7 of 9 orders on time (78\u00a0%)"
    assert page.performance.delay.text() in ("2 order(s) late, by 2.5 days on average",
                                              "2 order(s) late, by 2,5 days on average")
    assert page.performance.fill.text() == "95\u00a0%: 190 of 200 units ordered arrived (9 order(s))"
