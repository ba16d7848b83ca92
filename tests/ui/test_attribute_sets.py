"""The attribute set dialog of the Catalog: a content manager adds fields to a category
and a new product card of that category shows them; refusals are shown in the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from sqlalchemy import select

from backoffice_desktop.models import AttributeDefinition, Category, Product, ProductAttributeValue, Role
from backoffice_desktop.ui.catalog.attribute_set_dialog import AttributeSetDialog
from backoffice_desktop.ui.catalog.workspace import CatalogWorkspace

from .conftest import seed_products, type_text


def workspace(qtbot, ctx) -> CatalogWorkspace:
    ws = CatalogWorkspace(ctx)
    ctx.ops.changed.connect(ws.refresh)
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    return ws


def category_id(store) -> int:
    with store.read_session() as s:
        return s.scalar(select(Category.id).where(Category.name == "Электроника"))


def open_dialog(qtbot, ws: CatalogWorkspace, cat_id: int) -> AttributeSetDialog:
    assert not ws.attributes_button.isEnabled()  # "All categories": no set to edit
    ws.category_combo.setCurrentIndex(ws.category_combo.findData(cat_id))
    qtbot.mouseClick(ws.attributes_button, Qt.MouseButton.LeftButton)
    dialog = ws.attribute_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_form(qtbot, dialog: AttributeSetDialog, name: str, kind: str, unit: str = "",
              choices: tuple[str, ...] = (), required: bool = False) -> None:
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form is not None
    type_text(form.name, name)
    form.kind.setCurrentIndex(form.kind.findData(kind))
    assert form.unit.isVisibleTo(form) == (kind == "number")
    assert form.choices.isVisibleTo(form) == (kind == "choice")
    if unit:
        type_text(form.unit, unit)
    for i, choice in enumerate(choices):
        if i:
            qtbot.keyClick(form.choices, Qt.Key.Key_Return)
        type_text(form.choices, choice)
    if required:
        qtbot.mouseClick(form.required, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def table(dialog: AttributeSetDialog) -> list[tuple[str, ...]]:
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(5)) for r in range(t.rowCount())]


def test_content_manager_adds_fields_and_a_new_card_shows_them(qtbot, sqlite_store, ctx_for):
    seed_products(sqlite_store)
    cat_id = category_id(sqlite_store)
    ws = workspace(qtbot, ctx_for(Role.CONTENT_MANAGER))
    dialog = open_dialog(qtbot, ws, cat_id)
    assert dialog.empty.isVisible() and "Электроника" in dialog.findChild(QLabel, "attribute_set_category").text()

    fill_form(qtbot, dialog, "Тип матрицы", "choice", choices=("QLED", "OLED", "IPS"))
    qtbot.waitUntil(lambda: dialog.form is None, timeout=5000)
    fill_form(qtbot, dialog, "Диагональ", "number", unit="дюйм", required=True)
    qtbot.waitUntil(lambda: dialog.form is None, timeout=5000)
    assert table(dialog) == [
        ("Тип матрицы", "Choice list", "", "QLED, OLED, IPS", ""),
        ("Диагональ", "Number", "дюйм", "", "yes"),
    ]
    assert not dialog.empty.isVisible()

    # the selected new attribute moves up; Up stops at the top
    assert dialog.current().name == "Диагональ" and not dialog.down_button.isEnabled()
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table(dialog)[0][0] == "Диагональ", timeout=5000)
    assert not dialog.up_button.isEnabled() and dialog.down_button.isEnabled()
    dialog.close()

    qtbot.mouseClick(ws.new_button, Qt.MouseButton.LeftButton)
    card = ws.cards[None]
    qtbot.addWidget(card)
    card.tabs.setCurrentWidget(card.attributes)
    labels = [label.text() for label in card.attributes.body.findChildren(QLabel)]
    assert "Диагональ *:" in labels and "Тип матрицы:" in labels and "дюйм" in labels
    editors = list(card.attributes.editors.values())
    assert len(editors) == 2
    assert [editors[1].itemText(i) for i in range(editors[1].count())] == ["—", "QLED", "OLED", "IPS"]
    card.close()


def test_refusals_stay_in_the_form_and_deleting_a_used_attribute_asks(qtbot, sqlite_store, ctx_for, monkeypatch):
    ids = seed_products(sqlite_store)
    cat_id = category_id(sqlite_store)
    with sqlite_store.session() as s:
        attr = AttributeDefinition(category_id=cat_id, name="Цвет", kind="choice", choices=["чёрный", "белый"])
        s.add(attr)
        s.flush()
        s.add(ProductAttributeValue(product_id=ids["TV-55"], attribute_id=attr.id, value="чёрный"))
    ws = workspace(qtbot, ctx_for(Role.CONTENT_MANAGER))
    dialog = open_dialog(qtbot, ws, cat_id)

    fill_form(qtbot, dialog, "Материал", "choice")
    form = dialog.form
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=5000)
    assert form.error.text() == "The choice list 'Материал' needs at least one choice."
    form.reject()

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    form.choices.setPlainText("белый\nсиний")  # «чёрный» is on a product
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.error.isVisible(), timeout=5000)
    assert "The choice 'чёрный' of 'Цвет' is chosen on 1 product(s)" in form.error.text()
    form.reject()

    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)
    assert asked == ["'Цвет' is filled in on 1 product(s). Delete the attribute and remove these values "
                     "from the products?"]
    with sqlite_store.read_session() as s:
        assert s.scalars(select(ProductAttributeValue)).all() == []
        assert s.get(Product, ids["TV-55"]) is not None


def test_roles_that_dont_edit_products_dont_see_the_button(qtbot, sqlite_store, ctx_for):
    seed_products(sqlite_store)
    ws = workspace(qtbot, ctx_for(Role.MANAGER))
    assert not ws.attributes_button.isVisible()
