"""Editing a category's attribute set: the fields the product card's Attributes tab shows.

A card shows its category's own attributes and those of every parent category (see
``product_cards.card.attribute_fields``), so :func:`list_attributes` lists them the same
way and a name must be unique along that chain and below it: otherwise one card would
show two fields of the same name. Changes that would strand values products already
hold (a choice renamed or removed, the kind changed, the attribute deleted) are refused
with the number of products concerned; deleting may be forced, which removes the values.

An attribute is required on every sales channel (``required``) or only by the channels
named in ``required_for`` (a marketplace that demands more than the website); the
completeness of a card for a channel counts the attributes that channel requires.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationError
from ..models import AttributeChannelRequirement, AttributeDefinition, Category, ProductAttributeValue
from . import audit, completeness
from .permissions import Actor, Permission, require
from .product_cards.card import attr_key

KINDS: tuple[str, ...] = ("text", "number", "choice", "bool")
NAME_MAX = 200
UNIT_MAX = 32


@dataclass(frozen=True)
class AttributeSpec:
    """What a person types in the attribute form."""

    name: str
    kind: str
    unit: str = ""
    choices: tuple[str, ...] = ()
    required: bool = False
    #: Channels that require it when ``required`` is off (sorted channel names).
    required_for: tuple[str, ...] = ()


@dataclass(frozen=True)
class AttributeRow:
    """One attribute as the attribute-set editor lists it."""

    id: int
    category_id: int
    category_name: str
    name: str
    kind: str
    unit: str
    choices: tuple[str, ...]
    required: bool
    #: Channels that require it though not every channel does.
    required_for: tuple[str, ...]
    #: True when the attribute belongs to a parent category (edited there).
    inherited: bool
    #: How many products have a value for it.
    used_by: int

    def spec(self) -> AttributeSpec:
        return AttributeSpec(self.name, self.kind, self.unit, self.choices, self.required, self.required_for)


def _category(session: Session, category_id: int) -> Category:
    category = session.get(Category, category_id)
    if category is None:
        raise NotFound("Category #{category_id} does not exist.", category_id=category_id)
    return category


def _chain(category: Category) -> list[int]:
    """The category's ancestors then itself, as the card orders attribute sets."""
    return [int(part) for part in (category.path or "").strip("/").split("/") if part] or [category.id]


def _used_by(session: Session, attribute_ids: list[int]) -> dict[int, int]:
    if not attribute_ids:
        return {}
    rows = session.execute(
        select(ProductAttributeValue.attribute_id, func.count())
        .where(ProductAttributeValue.attribute_id.in_(attribute_ids), ProductAttributeValue.value != "")
        .group_by(ProductAttributeValue.attribute_id)
    )
    return {aid: count for aid, count in rows}


def list_attributes(session: Session, category_id: int) -> list[AttributeRow]:
    """The attribute set a card of the category shows: parents' attributes first, then its own."""
    category = _category(session, category_id)
    chain = _chain(category)
    depth = {cid: i for i, cid in enumerate(chain)}
    names = dict(session.execute(select(Category.id, Category.name).where(Category.id.in_(chain))).all())
    rows = sorted(
        session.scalars(select(AttributeDefinition).where(AttributeDefinition.category_id.in_(chain))),
        key=lambda d: (depth.get(d.category_id, 0), d.sort_order, d.id),
    )
    used = _used_by(session, [d.id for d in rows])
    channels = _channels_of(session, [d.id for d in rows])
    return [
        AttributeRow(
            id=d.id, category_id=d.category_id, category_name=names.get(d.category_id, ""), name=d.name,
            kind=d.kind, unit=d.unit or "", choices=tuple(d.choices or ()), required=bool(d.required),
            required_for=channels.get(d.id, ()), inherited=d.category_id != category_id, used_by=used.get(d.id, 0),
        )
        for d in rows
    ]


def _channels_of(session: Session, attribute_ids: list[int]) -> dict[int, tuple[str, ...]]:
    """The channels that require each attribute beyond the ones every channel requires."""
    if not attribute_ids:
        return {}
    found: dict[int, list[str]] = {}
    for attribute_id, channel in session.execute(
        select(AttributeChannelRequirement.attribute_id, AttributeChannelRequirement.channel)
        .where(AttributeChannelRequirement.attribute_id.in_(attribute_ids))
        .order_by(AttributeChannelRequirement.channel)
    ):
        found.setdefault(attribute_id, []).append(channel)
    return {aid: tuple(names) for aid, names in found.items()}


def _check_channels(session: Session, names: tuple[str, ...]) -> None:
    known = completeness.channels(session)
    for name in names:
        if name not in known:
            raise ValidationError("'{channel}' is not a sales channel.", channel=name)


def _write_channels(session: Session, actor: Actor, row: AttributeDefinition, wanted: tuple[str, ...]) -> None:
    """Make ``wanted`` the channels that require the attribute (beyond every channel), audited."""
    have = _channels_of(session, [row.id]).get(row.id, ())
    if have == wanted:
        return
    for channel in set(have) - set(wanted):
        session.execute(delete(AttributeChannelRequirement).where(
            AttributeChannelRequirement.attribute_id == row.id, AttributeChannelRequirement.channel == channel))
    session.add_all(AttributeChannelRequirement(attribute_id=row.id, channel=channel)
                    for channel in sorted(set(wanted) - set(have)))
    audit.record(session, actor, "update", "attribute", row.id, "required_for",
                 ", ".join(have) or None, ", ".join(wanted) or None)
    session.flush()
    completeness.mark_published_in(session, row.category_id)


def _clean(spec: AttributeSpec) -> AttributeSpec:
    """The spec with spaces trimmed, checked field by field."""
    name = " ".join(spec.name.split())
    if not name:
        raise ValidationError("An attribute needs a name.")
    if len(name) > NAME_MAX:
        raise ValidationError("An attribute name has at most {limit} characters; '{name}' has {length}.",
                              limit=NAME_MAX, name=name, length=len(name))
    if spec.kind not in KINDS:
        raise ValidationError("'{kind}' is not an attribute kind; expected text, number, choice or bool.",
                              kind=spec.kind)
    unit = spec.unit.strip()
    if unit and spec.kind != "number":
        raise ValidationError("Only a number attribute has a unit; '{name}' is not a number.", name=name)
    if len(unit) > UNIT_MAX:
        raise ValidationError("A unit has at most {limit} characters; '{unit}' has {length}.",
                              limit=UNIT_MAX, unit=unit, length=len(unit))
    choices = tuple(c.strip() for c in spec.choices if c.strip())
    if spec.kind == "choice":
        if not choices:
            raise ValidationError("The choice list '{name}' needs at least one choice.", name=name)
        seen: set[str] = set()
        for choice in choices:
            if choice.casefold() in seen:
                raise ValidationError("The choice '{choice}' is listed twice in '{name}'.", choice=choice, name=name)
            seen.add(choice.casefold())
    elif choices:
        raise ValidationError("Only a choice list has choices; '{name}' is not a choice list.", name=name)
    # Required everywhere makes naming channels moot: nothing extra is kept.
    required_for = () if spec.required else tuple(sorted(set(spec.required_for)))
    return AttributeSpec(name, spec.kind, unit, choices, bool(spec.required), required_for)


def _check_name_free(session: Session, category: Category, name: str, attribute_id: int | None) -> None:
    """No other attribute of the same name along the category's chain or below it."""
    related = or_(Category.id.in_(_chain(category)), Category.path.contains(f"/{category.id}/"))
    rows = session.execute(
        select(AttributeDefinition.id, AttributeDefinition.name, Category.name)
        .join(Category, Category.id == AttributeDefinition.category_id)
        .where(related)
    )
    for other_id, other_name, category_name in rows:
        if other_id != attribute_id and other_name.casefold() == name.casefold():
            raise ValidationError("The category '{category}' already has an attribute '{name}'.",
                                  category=category_name, name=other_name)


def add_attribute(session: Session, actor: Actor, category_id: int, spec: AttributeSpec) -> int:
    """Add an attribute at the end of the category's own set; returns its id."""
    require(actor, Permission.EDIT_PRODUCTS)
    category = _category(session, category_id)
    spec = _clean(spec)
    _check_channels(session, spec.required_for)
    _check_name_free(session, category, spec.name, None)
    last = session.scalar(
        select(func.max(AttributeDefinition.sort_order)).where(AttributeDefinition.category_id == category_id)
    )
    row = AttributeDefinition(
        category_id=category_id, name=spec.name, kind=spec.kind, unit=spec.unit,
        choices=list(spec.choices) if spec.kind == "choice" else None, required=spec.required,
        sort_order=(last if last is not None else -1) + 1,
    )
    session.add(row)
    session.flush()
    audit.record(session, actor, "create", "attribute", row.id, "name", None, spec.name)
    if spec.required:
        completeness.mark_published_in(session, category_id)
    _write_channels(session, actor, row, spec.required_for)
    return row.id


def _definition(session: Session, attribute_id: int) -> AttributeDefinition:
    row = session.get(AttributeDefinition, attribute_id)
    if row is None:
        raise NotFound("Attribute #{attribute_id} does not exist.", attribute_id=attribute_id)
    return row


def _count_values(session: Session, attribute_id: int, values: list[str] | None = None) -> int:
    query = select(func.count()).select_from(ProductAttributeValue).where(
        ProductAttributeValue.attribute_id == attribute_id, ProductAttributeValue.value != ""
    )
    if values is not None:
        query = query.where(ProductAttributeValue.value.in_(values))
    return session.scalar(query) or 0


def change_attribute(session: Session, actor: Actor, attribute_id: int, spec: AttributeSpec) -> None:
    """Change an attribute's name, kind, unit, choices or which channels require it."""
    require(actor, Permission.EDIT_PRODUCTS)
    row = _definition(session, attribute_id)
    spec = _clean(spec)
    _check_channels(session, spec.required_for)
    _check_name_free(session, _category(session, row.category_id), spec.name, row.id)
    if spec.kind != row.kind:
        used = _count_values(session, row.id)
        if used:
            raise ValidationError("'{name}' is filled in on {count} product(s); its kind can't change.",
                                  name=row.name, count=used)
    if spec.kind == "choice" and row.kind == "choice":
        kept = {c for c in spec.choices}
        for choice in row.choices or ():
            if choice in kept:
                continue
            used = _count_values(session, row.id, [choice])
            if used:
                raise ValidationError(
                    "The choice '{choice}' of '{name}' is chosen on {count} product(s); "
                    "it can't be renamed or removed while they use it.",
                    choice=choice, name=row.name, count=used,
                )
    required_changed = bool(row.required) != spec.required
    new = {"name": spec.name, "kind": spec.kind, "unit": spec.unit,
           "choices": list(spec.choices) if spec.kind == "choice" else None, "required": spec.required}
    for field, value in new.items():
        old = getattr(row, field)
        if old != value:
            shown_old = ", ".join(old) if isinstance(old, list) else old
            shown_new = ", ".join(value) if isinstance(value, list) else value
            audit.record(session, actor, "update", "attribute", row.id, field, shown_old, shown_new)
            setattr(row, field, value)
    session.flush()
    if required_changed:
        completeness.mark_published_in(session, row.category_id)
    _write_channels(session, actor, row, spec.required_for)


def set_required_for_channel(session: Session, actor: Actor, attribute_id: int, channel: str,
                             required: bool) -> None:
    """Make one channel require the attribute, or not (Settings → Card completeness). An
    attribute required on every channel stays so: that is changed in its attribute set."""
    require(actor, Permission.EDIT_PRODUCTS)
    row = _definition(session, attribute_id)
    _check_channels(session, (channel,))
    if row.required:
        raise ValidationError("'{name}' is required on every channel; change that in the attribute set of "
                              "its category.", name=row.name)
    have = _channels_of(session, [row.id]).get(row.id, ())
    wanted = tuple(sorted(set(have) | {channel})) if required else tuple(c for c in have if c != channel)
    _write_channels(session, actor, row, wanted)


def delete_attribute(session: Session, actor: Actor, attribute_id: int, force: bool = False) -> int:
    """Delete an attribute; one that products use only with ``force``, which removes their
    values too. Returns how many products lost a value."""
    require(actor, Permission.EDIT_PRODUCTS)
    row = _definition(session, attribute_id)
    values = session.execute(
        select(ProductAttributeValue.product_id, ProductAttributeValue.value)
        .where(ProductAttributeValue.attribute_id == row.id, ProductAttributeValue.value != "")
        .order_by(ProductAttributeValue.product_id)
    ).all()
    if values and not force:
        raise ValidationError("'{name}' is filled in on {count} product(s); deleting it removes their values.",
                              name=row.name, count=len(values))
    for product_id, value in values:
        audit.record(session, actor, "update", "product", product_id, attr_key(row.id), value, None)
    session.execute(delete(ProductAttributeValue).where(ProductAttributeValue.attribute_id == row.id))
    audit.record(session, actor, "delete", "attribute", row.id, "name", row.name, None)
    demanded = row.required or bool(_channels_of(session, [row.id]))
    category_id = row.category_id
    session.delete(row)
    session.flush()
    if demanded or values:
        completeness.mark_published_in(session, category_id)
    return len(values)


def move_attribute(session: Session, actor: Actor, attribute_id: int, step: int) -> None:
    """Move an attribute up (step -1) or down (+1) among its category's own attributes."""
    require(actor, Permission.EDIT_PRODUCTS)
    row = _definition(session, attribute_id)
    siblings = list(session.scalars(
        select(AttributeDefinition).where(AttributeDefinition.category_id == row.category_id)
        .order_by(AttributeDefinition.sort_order, AttributeDefinition.id)
    ))
    index = siblings.index(row)
    target = index + step
    if step == 0 or not 0 <= target < len(siblings):
        return
    siblings.insert(target, siblings.pop(index))
    for position, sibling in enumerate(siblings):
        if sibling.sort_order != position:
            audit.record(session, actor, "update", "attribute", sibling.id, "sort_order", sibling.sort_order, position)
            sibling.sort_order = position
    session.flush()
