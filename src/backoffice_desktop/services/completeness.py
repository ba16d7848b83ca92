"""How complete a product card is for a sales channel, what is missing, and the publish gate.

A :class:`CompletenessRule` says what a channel demands (a main photo, at least N
photos, a description of at least N characters, the category's required attributes,
the SEO fields) and the percentage below which a product can't be published there.
Rules are per channel and category: a product follows the rule of its category, else
of the nearest parent category that has one, else the channel's rule for all
categories (category null), else the built-in :data:`DEFAULT_RULES`. The attributes a
channel requires are those required on every channel plus those named for it
(:class:`AttributeChannelRequirement`: a marketplace demanding more than the website).

Each demand is one check scored from 0 to 1 (3 photos of 4 demanded score 0.75); the
percentage is their mean, rounded down, so 100 % means nothing is missing. The same
checks exist as one SQL condition (:func:`incomplete_condition`) so the product list
can filter "incomplete" in SQL and page lazily; :func:`score_products` scores a page
of products in four queries.

A shop connection sells on one channel and sends a product below that channel's
threshold as not published (``sync.outbox``). So a change that can move products
across a threshold — a rule saved or deleted, an attribute required or no longer
required — marks the published products it concerns for the next sync
(:func:`mark_published_in`), in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields, replace
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, or_, select, text
from sqlalchemy.orm import Session

from ..errors import NotFound, Phrase, PhraseList, ValidationError
from ..html_text import html_text_length_sql
from ..models import (
    AttributeChannelRequirement,
    AttributeDefinition,
    Category,
    CompletenessRule,
    Product,
    ProductAttributeValue,
    ProductImage,
)
from . import audit, outbox
from .permissions import Actor, Permission, require

WEBSITE = "website"
MARKETPLACE = "marketplace"
#: The SEO fields a card needs, in the order the card shows them.
SEO_FIELDS = ("slug", "meta_title", "meta_description")


@dataclass(frozen=True)
class Rule:
    """What a channel demands of products of a category (None: of every category)."""

    channel: str
    category_id: int | None = None
    require_main_photo: bool = True
    min_photos: int = 1
    min_description_chars: int = 100
    require_attributes: bool = True
    require_seo: bool = True
    publish_threshold: int = 100


#: Used for a channel until rules are saved for it: our website, and a marketplace that
#: demands more photos and a longer description but writes its own SEO.
DEFAULT_RULES: dict[str, Rule] = {
    WEBSITE: Rule(WEBSITE, None, require_main_photo=True, min_photos=1, min_description_chars=100,
                  require_attributes=True, require_seo=True, publish_threshold=80),
    MARKETPLACE: Rule(MARKETPLACE, None, require_main_photo=True, min_photos=3, min_description_chars=300,
                      require_attributes=True, require_seo=False, publish_threshold=100),
}

#: Kinds of :class:`Missing`, in the order they are listed.
MAIN_PHOTO, PHOTOS, DESCRIPTION, ATTRIBUTES, SEO = "main_photo", "photos", "description", "attributes", "seo"
#: How the publish gate's message names each kind (translated with it).
MISSING_TITLES = {
    MAIN_PHOTO: Phrase("main photo"),
    PHOTOS: Phrase("more photos"),
    DESCRIPTION: Phrase("a longer description"),
    ATTRIBUTES: Phrase("required attributes"),
    SEO: Phrase("SEO fields"),
}
CHANNEL_TITLES = {WEBSITE: Phrase("website"), MARKETPLACE: Phrase("marketplace")}


@dataclass(frozen=True)
class Missing:
    """One thing a card lacks: ``have`` of ``need`` (photos, characters, attributes,
    SEO fields) and, for attributes and SEO, the names of what is empty."""

    kind: str
    have: int = 0
    need: int = 1
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Completeness:
    channel: str
    percent: int
    missing: tuple[Missing, ...]
    publish_threshold: int

    @property
    def complete(self) -> bool:
        return not self.missing

    @property
    def publishable(self) -> bool:
        return self.percent >= self.publish_threshold


def _rule_of(row: CompletenessRule) -> Rule:
    return Rule(**{f.name: getattr(row, f.name) for f in fields(Rule)})


def channels(session: Session) -> list[str]:
    """The sales channels: the built-in ones, then any other that has rules."""
    saved = set(session.scalars(select(CompletenessRule.channel).distinct()))
    return list(DEFAULT_RULES) + sorted(saved - set(DEFAULT_RULES))


def list_rules(session: Session, channel: str, include_default: bool = True) -> list[Rule]:
    """The channel's saved rules (the one for all categories first); with none saved, its
    built-in default unless ``include_default`` is false."""
    rows = session.scalars(select(CompletenessRule).where(CompletenessRule.channel == channel))
    rules = sorted((_rule_of(r) for r in rows), key=lambda r: (r.category_id is not None, r.category_id or 0))
    if not rules and include_default and channel in DEFAULT_RULES:
        return [DEFAULT_RULES[channel]]
    return rules


def mark_published_in(session: Session, category_id: int | None) -> int:
    """Mark for the next sync the published products of the category and its
    subcategories (of every category when None): a change of what they must have may
    publish or hide them on a channel. Returns how many were marked."""
    query = select(Product.id).where(Product.is_published.is_(True), Product.is_active.is_(True))
    if category_id is not None:
        path = session.scalar(select(Category.path).where(Category.id == category_id))
        within = Category.path.startswith(path) if path and path.strip("/") else Category.id == category_id
        query = query.where(Product.category_id.in_(select(Category.id).where(within)))
    return outbox.mark_selected(session, query, "completeness")


def save_rule(session: Session, actor: Actor, rule: Rule) -> None:
    """Create or change the rule of a channel for a category (or for all: category None);
    a change marks the published products it applies to for the next sync."""
    require(actor, Permission.MANAGE_SETTINGS)
    channel = rule.channel.strip()
    if not channel or len(channel) > 64:
        raise ValidationError("A sales channel needs a name of 1 to 64 characters.")
    if rule.min_photos < 0 or rule.min_description_chars < 0:
        raise ValidationError("The number of photos and of description characters can't be negative.")
    if not 0 <= rule.publish_threshold <= 100:
        raise ValidationError("The publish threshold is a percentage from 0 to 100, not {value}.",
                              value=rule.publish_threshold)
    if rule.category_id is not None and session.get(Category, rule.category_id) is None:
        raise NotFound("Category #{category_id} does not exist.", category_id=rule.category_id)
    rule = replace(rule, channel=channel)
    row = session.scalars(
        select(CompletenessRule).where(
            CompletenessRule.channel == channel,
            CompletenessRule.category_id.is_(None) if rule.category_id is None
            else CompletenessRule.category_id == rule.category_id,
        )
    ).first()
    # What the products followed until now: a change of it may move them across the threshold.
    before = _rule_of(row) if row is not None else (
        effective_rule(session, channel, rule.category_id) if channel in channels(session) else None)
    if row is None:
        row = CompletenessRule(channel=channel, category_id=rule.category_id)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", "completeness_rule", row.id, "channel", None, channel)
    for f in fields(Rule):
        if f.name in ("channel", "category_id"):
            continue
        old, new = getattr(row, f.name), getattr(rule, f.name)
        if old != new:
            if old is not None:
                audit.record(session, actor, "update", "completeness_rule", row.id, f.name, old, new)
            setattr(row, f.name, new)
    session.flush()
    if before is None or replace(before, category_id=rule.category_id) != rule:
        mark_published_in(session, rule.category_id)


def delete_rule(session: Session, actor: Actor, channel: str, category_id: int | None) -> None:
    """Remove a saved rule: the category follows its parent's rule again (the rule for
    all categories falls back to the built-in default)."""
    require(actor, Permission.MANAGE_SETTINGS)
    row = session.scalars(
        select(CompletenessRule).where(
            CompletenessRule.channel == channel,
            CompletenessRule.category_id.is_(None) if category_id is None
            else CompletenessRule.category_id == category_id,
        )
    ).first()
    if row is None:
        return
    audit.record(session, actor, "delete", "completeness_rule", row.id, "channel", channel, None)
    session.delete(row)
    session.flush()
    mark_published_in(session, category_id)


def effective_rule(session: Session, channel: str, category_id: int | None) -> Rule:
    """The rule products of the category follow (its ``category_id`` says whose rule it
    is: the category's own, a parent's, or None for the rule of all categories)."""
    return _Demands(session, channel).of(category_id).rule


# --- which rule and which attributes apply to each category ----------------------------------

def required_on(channel: str) -> ColumnElement[bool]:
    """True for an :class:`AttributeDefinition` the channel requires: required on every
    channel, or named for this one."""
    return or_(
        AttributeDefinition.required.is_(True),
        AttributeDefinition.id.in_(
            select(AttributeChannelRequirement.attribute_id).where(AttributeChannelRequirement.channel == channel)
        ),
    )


@dataclass(frozen=True)
class _Demand:
    """A resolved rule plus the ids of the required attributes it checks."""

    rule: Rule
    attribute_ids: frozenset[int]


class _Demands:
    """Rules and required attributes resolved per category, for one channel (a few
    small queries, whatever the number of products)."""

    def __init__(self, session: Session, channel: str) -> None:
        if channel not in channels(session):
            raise ValidationError("'{channel}' is not a sales channel.", channel=channel)
        rules = list_rules(session, channel)
        by_category = {r.category_id: r for r in rules}
        base = by_category.get(None) or DEFAULT_RULES.get(channel) or Rule(channel)
        self.base = _Demand(base, frozenset())
        paths = {cid: path for cid, path in session.execute(select(Category.id, Category.path))}
        required: dict[int, set[int]] = {}
        for attr_id, category_id in session.execute(
            select(AttributeDefinition.id, AttributeDefinition.category_id).where(required_on(channel))
        ):
            required.setdefault(category_id, set()).add(attr_id)
        self.by_category: dict[int, _Demand] = {}
        for category_id, path in paths.items():
            chain = [int(part) for part in (path or "").strip("/").split("/") if part] or [category_id]
            rule = next((by_category[c] for c in reversed(chain) if c in by_category), base)
            attrs: set[int] = set()
            if rule.require_attributes:
                for c in chain:
                    attrs |= required.get(c, set())
            self.by_category[category_id] = _Demand(rule, frozenset(attrs))

    def of(self, category_id: int | None) -> _Demand:
        if category_id is None:
            return self.base
        return self.by_category.get(category_id, self.base)


# --- scoring a page of products ----------------------------------------------------------

def _nonempty(column: Any) -> ColumnElement[bool]:
    return and_(column.is_not(None), column != "")


def _percent(demand: _Demand, photos: int, has_main: bool, description: int, attrs_filled: int,
             seo_filled: int) -> int:
    """The percentage: the mean of the rule's checks, each from 0 to 1, rounded down."""
    rule = demand.rule
    parts: list[float] = []
    if rule.require_main_photo:
        parts.append(1.0 if has_main else 0.0)
    if rule.min_photos > 0:
        parts.append(min(photos, rule.min_photos) / rule.min_photos)
    if rule.min_description_chars > 0:
        parts.append(min(description, rule.min_description_chars) / rule.min_description_chars)
    if demand.attribute_ids:
        parts.append(attrs_filled / len(demand.attribute_ids))
    if rule.require_seo:
        parts.append(seo_filled / len(SEO_FIELDS))
    # Rounded down (1e-9 absorbs float error in sums such as 3 × 1/3): 100 only when complete.
    return int(100 * sum(parts) / len(parts) + 1e-9) if parts else 100


def _score(demand: _Demand, photos: int, has_main: bool, description: int, attrs_missing: tuple[str, ...],
           seo_missing: tuple[str, ...]) -> tuple[int, tuple[Missing, ...]]:
    rule = demand.rule
    missing: list[Missing] = []
    if rule.require_main_photo and not has_main:
        missing.append(Missing(MAIN_PHOTO))
    if rule.min_photos > 0 and photos < rule.min_photos:
        missing.append(Missing(PHOTOS, photos, rule.min_photos))
    if rule.min_description_chars > 0 and description < rule.min_description_chars:
        missing.append(Missing(DESCRIPTION, description, rule.min_description_chars))
    need = len(demand.attribute_ids)
    if need and attrs_missing:
        missing.append(Missing(ATTRIBUTES, need - len(attrs_missing), need, attrs_missing))
    if rule.require_seo and seo_missing:
        missing.append(Missing(SEO, len(SEO_FIELDS) - len(seo_missing), len(SEO_FIELDS), seo_missing))
    percent = _percent(demand, photos, has_main, description, need - len(attrs_missing),
                       len(SEO_FIELDS) - len(seo_missing))
    return percent, tuple(missing)


#: Picks rows by product id: ``column.in_(ids)`` or ``column.between(first, last)``.
_ById = Callable[[Any], ColumnElement[bool]]
#: A card as the publish check needs it: (product id, category id, slug, meta title, meta description).
CardRow = Sequence[Any]
#: What photos and SEO fields alone say of a card (:meth:`ChannelScorer._verdict`).
_BELOW, _PUBLISHABLE, _OPEN = "below", "publishable", "open"


class ChannelScorer:
    """Scores products for one channel with its rules resolved once: a sync run or a
    whole-catalogue export scores batch after batch (a few queries a batch)."""

    def __init__(self, session: Session, channel: str = WEBSITE) -> None:
        self.channel = channel
        self.demands = _Demands(session, channel)
        #: (category, photos, has a main photo, SEO fields filled) → :meth:`_verdict`.
        self._verdicts: dict[tuple[int | None, int, bool, int], str] = {}

    def score(self, session: Session, product_ids: Sequence[int]) -> dict[int, Completeness]:
        """Completeness of each of ``product_ids`` (four queries)."""
        ids = sorted(set(product_ids))
        if not ids:
            return {}

        def by_id(column: Any) -> ColumnElement[bool]:
            return column.in_(ids)

        products = self._products(session, by_id)
        photo_counts = self._photo_counts(session, by_id)
        wanted = set().union(*(self.demands.of(cat).attribute_ids for _pid, cat, *_ in products))
        filled = self._filled(session, by_id, wanted)
        #: Required attributes in the order the card's form shows them, named for "what is missing".
        attr_names: dict[int, str] = {}
        if wanted:
            attr_names = dict(session.execute(
                select(AttributeDefinition.id, AttributeDefinition.name)
                .where(AttributeDefinition.id.in_(sorted(wanted)))
                .order_by(AttributeDefinition.sort_order, AttributeDefinition.id)
            ).all())
        out: dict[int, Completeness] = {}
        for pid, category_id, description, has_slug, has_title, has_meta in products:
            demand = self.demands.of(category_id)
            count, has_main = photo_counts.get(pid, (0, False))
            seo_missing = tuple(name for name, ok in zip(SEO_FIELDS, (has_slug, has_title, has_meta)) if not ok)
            empty = demand.attribute_ids - filled.get(pid, set())
            attrs_missing = tuple(name for aid, name in attr_names.items() if aid in empty)
            percent, missing = _score(demand, count, has_main, int(description or 0), attrs_missing, seo_missing)
            out[pid] = Completeness(self.channel, percent, missing, demand.rule.publish_threshold)
        return out

    def below_threshold(self, session: Session, product_ids: Sequence[int]) -> set[int]:
        """Those of ``product_ids`` that can't be published on the channel."""
        ids = sorted(set(product_ids))
        if not ids:
            return set()
        cards = session.execute(
            select(Product.id, Product.category_id, *(getattr(Product, name) for name in SEO_FIELDS))
            .where(Product.id.in_(ids))
        ).all()
        return self._below(session, lambda column: column.in_(ids), cards)

    def below_threshold_in_range(self, session: Session, first_id: int, last_id: int,
                                 cards: Iterable[CardRow]) -> set[int]:
        """Those of ``cards`` (products with ids from ``first_id`` to ``last_id``, read by
        the caller with the rest of their row) that can't be published on the channel;
        their photos and attributes are found by the id range, not a long list of ids."""
        return self._below(session, lambda column: column.between(first_id, last_id), cards)

    def _below(self, session: Session, by_id: _ById, cards: Iterable[CardRow]) -> set[int]:
        """The products below their threshold. Photos and SEO fields are judged first; the
        description and the attributes are read only for the products those leave open:
        a card without photos is below the website's 80 % whatever its text, so a
        catalogue export seldom reads them."""
        photo_counts = self._photo_counts(session, by_id)
        no_photos = (0, False)
        verdicts = self._verdicts
        below: set[int] = set()
        undecided: dict[int, tuple[_Demand, int, bool, int]] = {}
        for pid, category_id, slug, meta_title, meta_description in cards:
            count, has_main = photo_counts.get(pid, no_photos)
            key = (category_id, count, has_main, bool(slug) + bool(meta_title) + bool(meta_description))
            verdict = verdicts.get(key)
            if verdict is None:
                verdict = verdicts[key] = self._verdict(*key)
            if verdict == _BELOW:
                below.add(pid)
            elif verdict == _OPEN:
                undecided[pid] = (self.demands.of(category_id), *key[1:])
        if not undecided:
            return below
        ids = sorted(undecided)
        dialect = session.get_bind().dialect.name
        descriptions = dict(session.execute(
            select(Product.id, html_text_length_sql(Product.description_html, dialect)).where(Product.id.in_(ids))
        ).all())
        wanted = set().union(*(demand.attribute_ids for demand, *_ in undecided.values()))
        filled = self._filled(session, lambda column: column.in_(ids), wanted)
        for pid, (demand, count, has_main, seo_filled) in undecided.items():
            have = len(demand.attribute_ids & filled.get(pid, set()))
            if _percent(demand, count, has_main, int(descriptions.get(pid) or 0), have,
                        seo_filled) < demand.rule.publish_threshold:
                below.add(pid)
        return below

    def _verdict(self, category_id: int | None, photos: int, has_main: bool, seo_filled: int) -> str:
        """Whether a card of the category with these photos and SEO fields is below the
        threshold whatever its description and attributes, above it whatever they are, or
        depends on them (cards share a few such combinations: each is worked out once)."""
        demand = self.demands.of(category_id)
        rule = demand.rule
        if _percent(demand, photos, has_main, rule.min_description_chars, len(demand.attribute_ids),
                    seo_filled) < rule.publish_threshold:
            return _BELOW
        if _percent(demand, photos, has_main, 0, 0, seo_filled) >= rule.publish_threshold:
            return _PUBLISHABLE
        return _OPEN

    @staticmethod
    def _products(session: Session, by_id: _ById) -> list[Any]:
        """(id, category, description length, has slug, has meta title, has meta description)."""
        dialect = session.get_bind().dialect.name
        query = select(
            Product.id, Product.category_id, html_text_length_sql(Product.description_html, dialect),
            _nonempty(Product.slug), _nonempty(Product.meta_title), _nonempty(Product.meta_description),
        ).where(by_id(Product.id))
        return list(session.execute(query).all())

    @staticmethod
    def _photo_counts(session: Session, by_id: _ById) -> dict[int, tuple[int, bool]]:
        """Product id → (photos, has a main photo), for products with any photo."""
        return {
            pid: (count, bool(mains))
            for pid, count, mains in session.execute(
                select(ProductImage.product_id, func.count(), func.count().filter(ProductImage.is_main.is_(True)))
                .where(by_id(ProductImage.product_id))
                .group_by(ProductImage.product_id)
            )
        }

    @staticmethod
    def _filled(session: Session, by_id: _ById, wanted: set[int]) -> dict[int, set[int]]:
        """Product id → which of the ``wanted`` attributes it has a value for."""
        filled: dict[int, set[int]] = {}
        if not wanted:
            return filled
        for pid, attr_id in session.execute(
            select(ProductAttributeValue.product_id, ProductAttributeValue.attribute_id).where(
                by_id(ProductAttributeValue.product_id),
                ProductAttributeValue.attribute_id.in_(sorted(wanted)),
                ProductAttributeValue.value != "",
            )
        ):
            filled.setdefault(pid, set()).add(attr_id)
        return filled


def score_products(session: Session, product_ids: Sequence[int], channel: str = WEBSITE) -> dict[int, Completeness]:
    """Completeness of each product for ``channel`` (one list page: four small queries)."""
    if not product_ids:
        return {}
    return ChannelScorer(session, channel).score(session, product_ids)


def product_completeness(session: Session, product_id: int, channel: str = WEBSITE) -> Completeness:
    scored = score_products(session, [product_id], channel)
    if product_id not in scored:
        raise NotFound("Product #{product_id} does not exist.", product_id=product_id)
    return scored[product_id]


# --- the same checks in SQL, for the list's "incomplete" filter -------------------------------

def _lacks(rule: Rule, dialect: str) -> list[ColumnElement[bool]]:
    """Conditions true for a product (of the outer query) that misses something ``rule``
    asks for, cheapest first (SQL evaluates OR left to right); attributes apart."""
    checks: list[ColumnElement[bool]] = []
    if rule.require_seo:
        checks += [~_nonempty(getattr(Product, name)) for name in SEO_FIELDS]
    if rule.require_main_photo:
        checks.append(~select(ProductImage.id).where(
            ProductImage.product_id == Product.id, ProductImage.is_main.is_(True)).exists())
    if rule.min_photos > 0:
        checks.append(select(func.count()).where(ProductImage.product_id == Product.id)
                      .scalar_subquery() < rule.min_photos)
    if rule.min_description_chars > 0:
        checks.append(html_text_length_sql(Product.description_html, dialect) < rule.min_description_chars)
    return checks


#: What the "incomplete" condition is built from, hashable: the dialect, the rule for
#: products without a category, the categories of each rule, and each category's
#: required attribute ids.
_ConditionKey = tuple[str, Rule, tuple[tuple[Rule, tuple[int, ...]], ...], tuple[tuple[int, tuple[int, ...]], ...]]


def _lacks_attributes(needed: tuple[tuple[int, tuple[int, ...]], ...]) -> ColumnElement[bool]:
    """True for a product with fewer filled required attributes than its category demands.

    A CASE on the category picks the count of that category's required attributes and
    the subquery counting the product's filled ones (only the matching branch runs)."""
    filled = case(
        {
            cid: select(func.count())
            .where(
                ProductAttributeValue.product_id == Product.id,
                ProductAttributeValue.attribute_id.in_(ids),
                ProductAttributeValue.value != "",
            )
            .scalar_subquery()
            for cid, ids in needed
        },
        value=Product.category_id,
        else_=0,
    )
    demanded = case({cid: len(ids) for cid, ids in needed}, value=Product.category_id, else_=0)
    return and_(Product.category_id.in_([cid for cid, _ids in needed]), filled < demanded)


@lru_cache(maxsize=16)
def _incomplete(key: _ConditionKey) -> ColumnElement[bool]:
    """The condition for ``key``, built once: building the CASE of a large category
    tree costs tens of milliseconds, and the list asks for it on every search."""
    dialect, base, by_rule, needed = key
    parts: list[ColumnElement[bool]] = []
    if all(rule == base for rule, _cids in by_rule):
        parts += _lacks(base, dialect)  # one rule for every product
    else:
        parts.append(and_(Product.category_id.is_(None), or_(false(), *_lacks(base, dialect))))
        for rule, category_ids in by_rule:
            parts.append(and_(Product.category_id.in_(category_ids), or_(false(), *_lacks(rule, dialect))))
    if needed:
        parts.append(_lacks_attributes(needed))
    return or_(false(), *parts)


def without_jit(session: Session) -> None:
    """Turn PostgreSQL's JIT off for the rest of this transaction before a query with
    :func:`incomplete_condition`. Its many subplans make the planner cost the whole index
    walk as if every row were read, which triggers JIT compilation (~300 ms) for a
    query that finds its page in ~10 ms."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL jit = off"))


def incomplete_condition(session: Session, channel: str) -> ColumnElement[bool]:
    """A WHERE condition on ``Product`` selecting products below 100 % for ``channel``.

    Categories are grouped by the rule they follow (usually one or two groups) and the
    required attributes are one CASE on the category, so the statement stays small."""
    demands = _Demands(session, channel)
    by_rule: dict[Rule, list[int]] = {}
    for category_id, demand in sorted(demands.by_category.items()):
        by_rule.setdefault(demand.rule, []).append(category_id)
    needed = tuple(
        (cid, tuple(sorted(d.attribute_ids))) for cid, d in sorted(demands.by_category.items()) if d.attribute_ids
    )
    key: _ConditionKey = (
        session.get_bind().dialect.name,
        demands.base.rule,
        tuple((rule, tuple(cids)) for rule, cids in by_rule.items()),
        needed,
    )
    return _incomplete(key)


# --- the publish gate ---------------------------------------------------------------------

def require_publishable(session: Session, product_id: int, channel: str = WEBSITE) -> Completeness:
    """Raise :class:`ValidationError` when the product is below the channel's threshold."""
    score = product_completeness(session, product_id, channel)
    if not score.publishable:
        sku = session.scalar(select(Product.sku).where(Product.id == product_id))
        raise ValidationError(
            "{sku} is {percent}% complete for the {channel}; publishing there needs {threshold}%. "
            "Missing: {missing}.",
            sku=sku, percent=score.percent, channel=CHANNEL_TITLES.get(channel, channel),
            threshold=score.publish_threshold, missing=PhraseList(MISSING_TITLES[m.kind] for m in score.missing),
        )
    return score
