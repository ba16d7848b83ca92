"""Editing a category's attribute set: what the card then shows, validation, products
that already use an attribute, permissions and audit."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from backoffice_desktop.errors import PermissionDenied, ValidationError
from backoffice_desktop.models import (
    AttributeDefinition,
    AuditEntry,
    Category,
    Product,
    ProductAttributeValue,
    Role,
)
from backoffice_desktop.services import auth, users
from backoffice_desktop.services.attribute_sets import (
    AttributeSpec,
    add_attribute,
    change_attribute,
    delete_attribute,
    list_attributes,
    move_attribute,
)
from backoffice_desktop.services.product_cards import attribute_fields


@pytest.fixture
def tree(store):
    """«Бытовая техника» with «Чайники» under it; a kettle with a body material chosen."""
    with store.session() as s:
        top = Category(name="Бытовая техника")
        s.add(top)
        s.flush()
        top.path = f"/{top.id}/"
        kettles = Category(name="Чайники", parent_id=top.id)
        s.add(kettles)
        s.flush()
        kettles.path = f"/{top.id}/{kettles.id}/"
        warranty = AttributeDefinition(category_id=top.id, name="Гарантия", kind="number", unit="мес")
        body = AttributeDefinition(category_id=kettles.id, name="Материал корпуса", kind="choice",
                                   choices=["пластик", "металл"])
        s.add_all([warranty, body])
        product = Product(sku="KT-01", name="Чайник", category_id=kettles.id)
        s.add(product)
        s.flush()
        s.add(ProductAttributeValue(product_id=product.id, attribute_id=body.id, value="металл"))
        return {"top": top.id, "kettles": kettles.id, "warranty": warranty.id, "body": body.id,
                "product": product.id}


def run(store, func, *args, **kwargs):
    with store.session() as s:
        return func(s, *args, **kwargs)


def fields(store, category_id):
    with store.read_session() as s:
        return [(f.name, f.kind, f.unit, f.choices, f.required) for f in attribute_fields(s, category_id)]


def test_added_attributes_appear_on_the_card_after_the_inherited_ones(store, admin, tree):
    run(store, add_attribute, admin, tree["kettles"],
        AttributeSpec(" Объём ", "number", " л ", required=True))
    run(store, add_attribute, admin, tree["kettles"], AttributeSpec("Подсветка", "bool"))
    assert fields(store, tree["kettles"]) == [
        ("Гарантия", "number", "мес", (), False),
        ("Материал корпуса", "choice", "", ("пластик", "металл"), False),
        ("Объём", "number", "л", (), True),
        ("Подсветка", "bool", "", (), False),
    ]
    with store.read_session() as s:
        rows = list_attributes(s, tree["kettles"])
    assert [(r.name, r.inherited, r.category_name, r.used_by) for r in rows] == [
        ("Гарантия", True, "Бытовая техника", 0), ("Материал корпуса", False, "Чайники", 1),
        ("Объём", False, "Чайники", 0), ("Подсветка", False, "Чайники", 0),
    ]


@pytest.mark.parametrize(("spec", "message"), [
    (AttributeSpec("  ", "text"), "An attribute needs a name."),
    (AttributeSpec("Вес", "weight"), "'weight' is not an attribute kind; expected text, number, choice or bool."),
    (AttributeSpec("Цвет", "text", unit="шт"), "Only a number attribute has a unit; 'Цвет' is not a number."),
    (AttributeSpec("Цвет", "choice", choices=(" ", "")), "The choice list 'Цвет' needs at least one choice."),
    (AttributeSpec("Цвет", "choice", choices=("белый", "Белый ")), "The choice 'Белый' is listed twice in 'Цвет'."),
    (AttributeSpec("Цвет", "bool", choices=("да",)), "Only a choice list has choices; 'Цвет' is not a choice list."),
    (AttributeSpec("материал  корпуса", "text"), "The category 'Чайники' already has an attribute 'Материал корпуса'."),
    (AttributeSpec("гарантия", "text"), "The category 'Бытовая техника' already has an attribute 'Гарантия'."),
])
def test_bad_attributes_are_refused_and_nothing_is_written(store, admin, tree, spec, message):
    with pytest.raises(ValidationError) as err:
        run(store, add_attribute, admin, tree["kettles"], spec)
    assert str(err.value) == message
    assert len(fields(store, tree["kettles"])) == 2


def test_a_parent_cannot_take_a_name_its_child_already_uses(store, admin, tree):
    with pytest.raises(ValidationError, match="'Чайники' already has an attribute 'Материал корпуса'"):
        run(store, add_attribute, admin, tree["top"], AttributeSpec("Материал корпуса", "text"))


def test_a_used_choice_cannot_be_renamed_but_an_unused_one_can(store, admin, tree):
    spec = AttributeSpec("Материал корпуса", "choice", choices=("пластик", "нержавейка"))
    with pytest.raises(ValidationError) as err:
        run(store, change_attribute, admin, tree["body"], spec)
    assert str(err.value) == ("The choice 'металл' of 'Материал корпуса' is chosen on 1 product(s); "
                              "it can't be renamed or removed while they use it.")
    with pytest.raises(ValidationError, match="filled in on 1 product"):
        run(store, change_attribute, admin, tree["body"], AttributeSpec("Материал корпуса", "text"))
    run(store, change_attribute, admin, tree["body"],
        AttributeSpec("Материал", "choice", choices=("металл", "стекло"), required=True))
    assert fields(store, tree["kettles"])[1] == ("Материал", "choice", "", ("металл", "стекло"), True)
    with store.read_session() as s:
        trail = s.execute(select(AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value).where(
            AuditEntry.entity_type == "attribute", AuditEntry.entity_id == tree["body"]).order_by(AuditEntry.id)).all()
    assert [tuple(t) for t in trail] == [
        ("name", "Материал корпуса", "Материал"), ("choices", "пластик, металл", "металл, стекло"),
        ("required", "False", "True"),
    ]


def test_deleting_a_used_attribute_asks_and_force_removes_the_values(store, admin, tree):
    with pytest.raises(ValidationError) as err:
        run(store, delete_attribute, admin, tree["body"])
    assert str(err.value) == "'Материал корпуса' is filled in on 1 product(s); deleting it removes their values."
    assert len(fields(store, tree["kettles"])) == 2
    assert run(store, delete_attribute, admin, tree["body"], force=True) == 1
    assert fields(store, tree["kettles"]) == [("Гарантия", "number", "мес", (), False)]
    with store.read_session() as s:
        assert s.scalars(select(ProductAttributeValue)).all() == []
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_type == "product")).one()
        assert (entry.entity_id, entry.old_value, entry.new_value) == (tree["product"], "металл", None)
    assert run(store, delete_attribute, admin, tree["warranty"]) == 0


def test_reordering_moves_within_the_category_and_stops_at_the_ends(store, admin, tree):
    volume = run(store, add_attribute, admin, tree["kettles"], AttributeSpec("Объём", "number", "л"))
    run(store, move_attribute, admin, volume, -1)
    run(store, move_attribute, admin, volume, -1)  # already first of its own: stays
    assert [f[0] for f in fields(store, tree["kettles"])] == ["Гарантия", "Объём", "Материал корпуса"]
    run(store, move_attribute, admin, volume, 1)
    assert [f[0] for f in fields(store, tree["kettles"])] == ["Гарантия", "Материал корпуса", "Объём"]


def test_only_content_managers_and_admins_edit_attribute_sets(store, admin, tree):
    for role, allowed in ((Role.CLERK, False), (Role.MANAGER, False), (Role.CONTENT_MANAGER, True)):
        name = f"u_{role.value}"
        with store.session() as s:
            users.create_user(s, admin, name, "user-pass-123", {role})
            actor = auth.authenticate(s, name, "user-pass-123")
        spec = AttributeSpec(f"Поле {role.value}", "text")
        if allowed:
            run(store, add_attribute, actor, tree["kettles"], spec)
        else:
            with pytest.raises(PermissionDenied):
                run(store, add_attribute, actor, tree["kettles"], spec)
            with pytest.raises(PermissionDenied):
                run(store, delete_attribute, actor, tree["warranty"], force=True)
    assert [f[0] for f in fields(store, tree["kettles"])][-1] == "Поле content_manager"
