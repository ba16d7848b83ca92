"""Bulk edits of the product list: set category, brand, publish state, or change prices
by a percentage or an amount with rounding — previewed first, written in one
transaction, undone as one step.

A bulk change is recorded in the audit trail: one ``bulk_change`` entry (what was done,
to how many products) and one entry per product and field, all sharing the tag
``BULK-<id>`` in ``document_number``. "Undo last bulk change" reads those entries back
and restores the old values, except where a product has changed since (its value is no
longer the one the bulk change wrote): those are reported and, if the user agrees, left
alone. Updates are set-based (one UPDATE over the selection, or one executemany by id
for prices), so 100 000 products never become 100 000 ORM objects.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from sqlalchemy import ColumnElement, String, and_, bindparam, cast, exists, func, insert, literal, select, update
from sqlalchemy.orm import Session

from ..errors import ConflictError, NotFound, ValidationError
from ..models import (
    AttributeDefinition,
    AuditEntry,
    Brand,
    Category,
    Product,
    ProductAttributeValue,
    User,
    utcnow,
)
from . import audit, completeness, outbox
from .catalog import ProductFilter, filtered_ids
from .permissions import Actor, Permission, require

#: How many preview lines a preview carries (the counts cover every product).
PREVIEW_LINES = 1000
_PRODUCTS = Product.__table__
_CHUNK = 5000


class BulkField(enum.StrEnum):
    CATEGORY = "category_id"
    BRAND = "brand_id"
    PUBLISHED = "is_published"
    PRICE = "retail_price"


class Rounding(enum.StrEnum):
    KOPECKS = "kopecks"      # 1 234,56
    WHOLE = "whole"          # 1 235
    END_9 = "end_9"          # 1 239 (the nearest whole price ending in 9)
    END_99 = "end_99"        # 1 199 (the nearest hundred, less one)


class Problem(enum.StrEnum):
    """Why a selected product is left as it is."""

    MISSING_ATTRIBUTES = "missing_attributes"  # published without required attributes
    NEGATIVE_PRICE = "negative_price"


@dataclass(frozen=True)
class BulkTarget:
    """The products a bulk change applies to: the selected ids, or the whole filtered list."""

    ids: tuple[int, ...] = ()
    filter: ProductFilter | None = None

    def count(self, session: Session) -> int:
        return session.execute(select(func.count()).select_from(self._ids(session).subquery())).scalar_one()

    def _ids(self, session: Session) -> Any:
        if self.filter is not None:
            return filtered_ids(session, self.filter)
        return select(Product.id).where(Product.id.in_(self.ids))


@dataclass(frozen=True)
class PriceChange:
    """Retail price × (1 + percent/100), or + amount, then rounded."""

    percent: Decimal | None = None
    amount: Decimal | None = None
    rounding: Rounding = Rounding.KOPECKS

    def apply(self, price: Decimal) -> Decimal:
        new = price
        if self.percent is not None:
            new = price * (Decimal(100) + self.percent) / Decimal(100)
        if self.amount is not None:
            new = new + self.amount
        return round_price(new, self.rounding) if new > 0 else new.quantize(Decimal("0.01"), ROUND_HALF_UP)

    def describe(self) -> str:
        parts = []
        if self.percent is not None:
            parts.append(f"{self.percent:+f}%")
        if self.amount is not None:
            parts.append(f"{self.amount:+f}")
        return " ".join(parts) + f", rounding {self.rounding.value}"


def parse_price_change(text: str, mode: str, rounding: Rounding) -> PriceChange:
    """What a person typed: ``10``, ``-5,5``, ``+200`` as a percentage (``mode`` "percent") or an amount."""
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace(",", ".").replace("%", "").replace("₽", "")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or number == 0 or abs(number) >= Decimal("1e9"):
        raise ValidationError("'{value}' is not a change of price; expected a number such as 10 or -5,5.",
                              value=text.strip())
    if mode == "percent":
        return PriceChange(percent=number, rounding=rounding)
    return PriceChange(amount=number.quantize(Decimal("0.01"), ROUND_HALF_UP), rounding=rounding)


def round_price(value: Decimal, rounding: Rounding) -> Decimal:
    """A positive price rounded as shops do; a price never rounds down to zero."""
    if rounding is Rounding.WHOLE:
        return max(Decimal(1), value.quantize(Decimal(1), ROUND_HALF_UP)).quantize(Decimal("0.01"))
    if rounding is Rounding.END_9:
        tens = (value / 10).quantize(Decimal(1), ROUND_HALF_UP)
        return max(Decimal(9), tens * 10 - 1).quantize(Decimal("0.01"))
    if rounding is Rounding.END_99:
        hundreds = (value / 100).quantize(Decimal(1), ROUND_HALF_UP)
        return max(Decimal(99), hundreds * 100 - 1).quantize(Decimal("0.01"))
    return value.quantize(Decimal("0.01"), ROUND_HALF_UP)


@dataclass(frozen=True)
class BulkChange:
    """What to do: set ``field`` to ``value`` (an id, None, or a bool), or change prices."""

    field: BulkField
    value: int | bool | None = None
    price: PriceChange | None = None

    def permission(self) -> Permission:
        return Permission.EDIT_PRICES if self.field is BulkField.PRICE else Permission.EDIT_PRODUCTS

    def describe(self) -> str:
        if self.price is not None:
            return f"{self.field.value} {self.price.describe()}"
        return f"{self.field.value} = {self.value}"


@dataclass(frozen=True)
class PreviewLine:
    product_id: int
    sku: str
    name: str
    old: str
    new: str
    #: Prices: the old (compare-at) price is cleared because it is no longer above the new price.
    clears_compare_at: bool = False


@dataclass(frozen=True)
class ProblemLine:
    sku: str
    name: str
    problem: Problem


@dataclass
class BulkPreview:
    selected: int
    changing: int
    lines: list[PreviewLine] = field(default_factory=list)
    problems: list[ProblemLine] = field(default_factory=list)
    problem_count: int = 0


@dataclass(frozen=True)
class BulkResult:
    tag: str
    changed: int
    skipped: int


def _missing_required(category: ColumnElement[Any]) -> ColumnElement[bool]:
    """The product lacks an attribute the website requires of ``category`` or of a parent
    of it (publishing is to the website)."""
    chain = Category.__table__.alias("chain")
    # Correlated to the product two levels out: left to auto-correlation it would read
    # "some product has a value", and one filled card let every other one through.
    value_set = exists().where(
        ProductAttributeValue.product_id == Product.id,
        ProductAttributeValue.attribute_id == AttributeDefinition.id,
        ProductAttributeValue.value != "",
    ).correlate_except(ProductAttributeValue)
    return exists().where(
        chain.c.id == category,
        completeness.required_on(completeness.WEBSITE),
        chain.c.path.contains("/" + cast(AttributeDefinition.category_id, String) + "/"),
        ~value_set,
    )


def _blocked(change: BulkChange) -> ColumnElement[bool] | None:
    """Products the change must skip: publishing (or moving a published product) needs the
    category's required attributes, as in the card."""
    if change.field is BulkField.PUBLISHED and change.value:
        return _missing_required(Product.category_id)
    if change.field is BulkField.CATEGORY and change.value is not None:
        return and_(Product.is_published.is_(True), _missing_required(literal(change.value)))
    return None


def _check_value(session: Session, change: BulkChange) -> None:
    if change.field is BulkField.CATEGORY and change.value is not None and session.get(Category, change.value) is None:
        raise ValidationError("Category #{category_id} does not exist (any more).", category_id=change.value)
    if change.field is BulkField.BRAND and change.value is not None and session.get(Brand, change.value) is None:
        raise ValidationError("Brand #{brand_id} does not exist (any more).", brand_id=change.value)
    if change.field is BulkField.PRICE and (change.price is None or
                                           (change.price.percent is None and change.price.amount is None)):
        raise ValidationError("Say how the prices change: by a percentage or by an amount.")
    if change.field is BulkField.PRICE and change.price and change.price.percent is not None \
            and change.price.percent <= -100:
        raise ValidationError("A price can't drop by {percent}%: that leaves nothing.", percent=change.price.percent)


def _value_text(session: Session, column: BulkField, value: Any) -> str:
    if value is None:
        return "—"
    if column is BulkField.CATEGORY:
        return session.scalar(select(Category.name).where(Category.id == value)) or f"#{value}"
    if column is BulkField.BRAND:
        return session.scalar(select(Brand.name).where(Brand.id == value)) or f"#{value}"
    return str(value)


# --- prices --------------------------------------------------------------------------

@dataclass(frozen=True)
class _PricePlan:
    rows: list[tuple[int, str, str, Decimal, Decimal, Decimal | None, bool]]  # id, sku, name, old, new, compare, clear
    problems: list[tuple[str, str]]


def _plan_prices(session: Session, target: BulkTarget, change: PriceChange) -> _PricePlan:
    ids = target._ids(session).subquery()
    rows = []
    problems = []
    for pid, sku, name, price, compare in session.execute(
        select(Product.id, Product.sku, Product.name, Product.retail_price, Product.compare_at_price)
        .where(Product.id.in_(select(ids.c.id))).order_by(Product.name, Product.id)
    ):
        new = change.apply(price)
        if new < 0:
            problems.append((sku, name))
            continue
        if new == price:
            continue
        clear = compare is not None and compare <= new
        rows.append((pid, sku, name, price, new, compare, clear))
    return _PricePlan(rows, problems)


# --- preview and apply --------------------------------------------------------------

def preview_bulk(session: Session, target: BulkTarget, change: BulkChange) -> BulkPreview:
    """Old → new for each product the change would alter (the first :data:`PREVIEW_LINES`),
    how many change, and which are left alone and why. Writes nothing."""
    _check_value(session, change)
    selected = target.count(session)
    if change.field is BulkField.PRICE:
        assert change.price is not None
        plan = _plan_prices(session, target, change.price)
        return BulkPreview(
            selected=selected,
            changing=len(plan.rows),
            lines=[PreviewLine(pid, sku, name, format(old, "f"), format(new, "f"), clear)
                   for pid, sku, name, old, new, _c, clear in plan.rows[:PREVIEW_LINES]],
            problems=[ProblemLine(sku, name, Problem.NEGATIVE_PRICE) for sku, name in plan.problems[:PREVIEW_LINES]],
            problem_count=len(plan.problems),
        )
    column = getattr(Product, change.field.value)
    ids = target._ids(session).subquery()
    blocked = _blocked(change)
    changing_where = [Product.id.in_(select(ids.c.id)), column.is_distinct_from(change.value)]
    if blocked is not None:
        changing_where.append(~blocked)
    changing = session.execute(select(func.count()).where(*changing_where)).scalar_one()
    new_text = _value_text(session, change.field, change.value)
    lines = []
    old_names: dict[Any, str] = {}
    for pid, sku, name, old in session.execute(
        select(Product.id, Product.sku, Product.name, column).where(*changing_where)
        .order_by(Product.name, Product.id).limit(PREVIEW_LINES)
    ):
        if old not in old_names:
            old_names[old] = _value_text(session, change.field, old)
        lines.append(PreviewLine(pid, sku, name, old_names[old], new_text))
    problems: list[ProblemLine] = []
    problem_count = 0
    if blocked is not None:
        blocked_where = [Product.id.in_(select(ids.c.id)), column.is_distinct_from(change.value), blocked]
        problem_count = session.execute(select(func.count()).where(*blocked_where)).scalar_one()
        problems = [ProblemLine(sku, name, Problem.MISSING_ATTRIBUTES) for sku, name in session.execute(
            select(Product.sku, Product.name).where(*blocked_where).order_by(Product.name).limit(PREVIEW_LINES))]
    return BulkPreview(selected, changing, lines, problems, problem_count)


def _start(session: Session, actor: Actor, change: BulkChange, now: datetime) -> tuple[AuditEntry, str]:
    header = AuditEntry(user_id=actor.user_id, action="bulk_edit", entity_type="bulk_change", entity_id=None,
                        field=change.field.value, old_value=None, new_value=change.describe(), at=now)
    session.add(header)
    session.flush()
    tag = f"BULK-{header.id}"
    header.document_number = tag
    return header, tag


def _audit_rows(session: Session, actor: Actor, tag: str, action: str, now: datetime,
                rows: Sequence[tuple[int, str, Any, Any]]) -> None:
    """One audit entry per (product id, field, old, new), written in one executemany."""
    for start in range(0, len(rows), _CHUNK):
        session.execute(insert(AuditEntry), [
            {"user_id": actor.user_id, "action": action, "entity_type": "product", "entity_id": pid,
             "field": name, "old_value": audit._text(old), "new_value": audit._text(new),
             "document_number": tag, "at": now}
            for pid, name, old, new in rows[start:start + _CHUNK]
        ])


def apply_bulk(session: Session, actor: Actor, target: BulkTarget, change: BulkChange) -> BulkResult:
    """Make the change in one transaction; audited per product and field, queued for the
    shop sync. Products the preview lists as problems are left alone."""
    require(actor, change.permission())
    _check_value(session, change)
    now = utcnow()
    if change.field is BulkField.PRICE:
        assert change.price is not None
        plan = _plan_prices(session, target, change.price)
        if not plan.rows:
            return BulkResult("", 0, len(plan.problems))
        header, tag = _start(session, actor, change, now)
        header.entity_id = len(plan.rows)
        audit_rows: list[tuple[int, str, Any, Any]] = []
        for pid, _sku, _name, old, new, compare, clear in plan.rows:
            audit_rows.append((pid, "retail_price", old, new))
            if clear:
                audit_rows.append((pid, "compare_at_price", compare, None))
        _audit_rows(session, actor, tag, "bulk_edit", now, audit_rows)
        _write_prices(session, [(pid, new, None if clear else compare) for pid, _s, _n, _o, new, compare, clear
                                in plan.rows], now)
        outbox.mark_products(session, [row[0] for row in plan.rows], "price")
        return BulkResult(tag, len(plan.rows), len(plan.problems))

    column = getattr(Product, change.field.value)
    ids = target._ids(session).subquery()
    where = [Product.id.in_(select(ids.c.id)), column.is_distinct_from(change.value)]
    blocked = _blocked(change)
    skipped = 0
    if blocked is not None:
        skipped = session.execute(select(func.count()).where(*where, blocked)).scalar_one()
        where.append(~blocked)
    olds = session.execute(select(Product.id, column).where(*where)).all()
    if not olds:
        return BulkResult("", 0, skipped)
    header, tag = _start(session, actor, change, now)
    header.entity_id = len(olds)
    _audit_rows(session, actor, tag, "bulk_edit", now, [(pid, change.field.value, old, change.value) for pid, old in olds])
    session.execute(
        update(_PRODUCTS).where(_PRODUCTS.c.id.in_(select(AuditEntry.entity_id).where(
            AuditEntry.document_number == tag, AuditEntry.entity_type == "product", AuditEntry.id > header.id)))
        .values({change.field.value: change.value, "version": _PRODUCTS.c.version + 1, "updated_at": now})
    )
    outbox.mark_products(session, [pid for pid, _old in olds], "content")
    return BulkResult(tag, len(olds), skipped)


def _write_prices(session: Session, rows: Sequence[tuple[int, Decimal, Decimal | None]], now: datetime) -> None:
    stmt = (
        update(_PRODUCTS)
        .where(_PRODUCTS.c.id == bindparam("b_id"))
        .values(retail_price=bindparam("b_price"), compare_at_price=bindparam("b_compare"),
                version=_PRODUCTS.c.version + 1, updated_at=now)
    )
    for start in range(0, len(rows), _CHUNK):
        session.connection().execute(stmt, [{"b_id": pid, "b_price": price, "b_compare": compare}
                                            for pid, price, compare in rows[start:start + _CHUNK]])


# --- undo ---------------------------------------------------------------------------

@dataclass(frozen=True)
class BulkChangeInfo:
    tag: str
    at: datetime
    user: str
    field: BulkField
    description: str
    products: int


@dataclass(frozen=True)
class UndoPlan:
    change: BulkChangeInfo
    restorable: int
    #: SKUs of products changed since the bulk change (their values are kept).
    changed_since: list[str]


def last_bulk_change(session: Session) -> BulkChangeInfo | None:
    """The latest bulk change not undone yet, or None."""
    undone = select(AuditEntry.document_number).where(AuditEntry.entity_type == "bulk_change",
                                                       AuditEntry.action == "bulk_undo")
    row = session.execute(
        select(AuditEntry, User.username, User.full_name)
        .outerjoin(User, User.id == AuditEntry.user_id)
        .where(AuditEntry.entity_type == "bulk_change", AuditEntry.action == "bulk_edit",
               AuditEntry.document_number.not_in(undone))
        .order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    if row is None:
        return None
    entry, username, full_name = row
    return BulkChangeInfo(entry.document_number, entry.at, full_name or username or "", BulkField(entry.field),
                          entry.new_value or "", entry.entity_id or 0)


def _parse(field_name: str, text: str | None) -> Any:
    if text is None:
        return None
    if field_name in ("category_id", "brand_id"):
        return int(text)
    if field_name == "is_published":
        return text == "True"
    return Decimal(text)


def _undo_rows(session: Session, tag: str) -> tuple[AuditEntry, list[tuple[int, str, str | None, str | None]]]:
    header = session.scalar(select(AuditEntry).where(AuditEntry.entity_type == "bulk_change",
                                                     AuditEntry.action == "bulk_edit",
                                                     AuditEntry.document_number == tag))
    if header is None:
        raise NotFound("The bulk change {tag} does not exist.", tag=tag)
    rows = session.execute(
        select(AuditEntry.entity_id, AuditEntry.field, AuditEntry.old_value, AuditEntry.new_value)
        .where(AuditEntry.id > header.id, AuditEntry.document_number == tag, AuditEntry.entity_type == "product",
               AuditEntry.action == "bulk_edit")
    ).all()
    return header, [(pid, f, old, new) for pid, f, old, new in rows]


def _current(session: Session, ids: list[int], fields: set[str]) -> dict[tuple[int, str], str | None]:
    out: dict[tuple[int, str], str | None] = {}
    columns = [getattr(Product, f) for f in sorted(fields)]
    for start in range(0, len(ids), _CHUNK):
        for row in session.execute(select(Product.id, *columns).where(Product.id.in_(ids[start:start + _CHUNK]))):
            for name, value in zip(sorted(fields), row[1:]):
                out[(row[0], name)] = audit._text(value)
    return out


def plan_undo(session: Session, tag: str) -> UndoPlan:
    """What undoing ``tag`` would restore, and which products changed since (kept as they are)."""
    info = last_bulk_change(session)
    if info is None or info.tag != tag:
        raise ConflictError("Only the last bulk change can be undone, and only once.")
    _header, rows = _undo_rows(session, tag)
    ids = sorted({pid for pid, *_ in rows})
    current = _current(session, ids, {f for _p, f, *_ in rows})
    changed = {pid for pid, f, _old, new in rows if current.get((pid, f), "\0missing") != new}
    skus = list(session.scalars(select(Product.sku).where(Product.id.in_(sorted(changed)[:50])).order_by(Product.sku)))
    return UndoPlan(info, len(ids) - len(changed), skus if len(changed) <= 50 else skus + ["…"])


def undo_bulk_change(session: Session, actor: Actor, tag: str, keep_changed: bool = False) -> int:
    """Restore the old values of bulk change ``tag`` (the last one) in one transaction.

    A product whose value is no longer what the bulk change wrote was changed since:
    then nothing is written unless ``keep_changed`` (those products keep their values).
    Returns how many products were restored.
    """
    plan = plan_undo(session, tag)
    require(actor, Permission.EDIT_PRICES if plan.change.field is BulkField.PRICE else Permission.EDIT_PRODUCTS)
    if plan.changed_since and not keep_changed:
        raise ConflictError(
            "{count} products were changed after the bulk change ({skus}); undo the others or leave it.",
            count=len([s for s in plan.changed_since if s != "…"]), skus=", ".join(plan.changed_since[:10]),
        )
    _header, rows = _undo_rows(session, tag)
    ids = sorted({pid for pid, *_ in rows})
    fields = {f for _p, f, *_ in rows}
    current = _current(session, ids, fields)
    changed = {pid for pid, f, _old, new in rows if current.get((pid, f), "\0missing") != new}
    restore: dict[int, dict[str, Any]] = {}
    audit_rows = []
    for pid, name, old, new in rows:
        if pid in changed:
            continue
        restore.setdefault(pid, {})[name] = _parse(name, old)
        audit_rows.append((pid, name, _parse(name, new), _parse(name, old)))
    now = utcnow()
    session.add(AuditEntry(user_id=actor.user_id, action="bulk_undo", entity_type="bulk_change", entity_id=len(restore),
                           field=plan.change.field.value, new_value=plan.change.description, document_number=tag,
                           at=now))
    _audit_rows(session, actor, tag, "bulk_undo", now, audit_rows)
    by_fields: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for pid, values in restore.items():
        by_fields.setdefault(tuple(sorted(values)), []).append({"b_id": pid, **{f"b_{k}": v for k, v in values.items()}})
    for names, params in by_fields.items():
        stmt = (update(_PRODUCTS).where(_PRODUCTS.c.id == bindparam("b_id"))
                .values({n: bindparam(f"b_{n}") for n in names} | {"version": _PRODUCTS.c.version + 1,
                                                                   "updated_at": now}))
        for start in range(0, len(params), _CHUNK):
            session.connection().execute(stmt, params[start:start + _CHUNK])
    reason = "price" if plan.change.field is BulkField.PRICE else "content"
    outbox.mark_products(session, list(restore), reason)
    return len(restore)
