"""SEO slugs: Russian names transliterated to Latin, lower case, words joined by dashes.

The transliteration follows the common Russian URL practice (Yandex's): ж → zh,
х → kh, ц → ts, щ → shch, ъ and ь dropped. A slug is unique across products: a
generated one gets ``-2``, ``-3``... when taken; a slug typed by a person is checked
and refused with a free suggestion instead of being changed behind their back.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...errors import ValidationError
from ...models import Product

SLUG_MAX = 200
SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u",
     "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"),
))


def translit(text: str) -> str:
    """Russian letters as Latin ones, in lower case; other characters kept."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())


def slugify(text: str, limit: int = SLUG_MAX) -> str:
    """``Чайник Bosch, 1,7 л`` → ``chaynik-bosch-1-7-l``; cut at a word boundary."""
    slug = re.sub(r"[^a-z0-9]+", "-", translit(text)).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0] if "-" in slug[:limit] else slug[:limit]
    return slug


def _taken(session: Session, slug: str, product_id: int | None) -> bool:
    stmt = select(Product.id).where(Product.slug == slug)
    if product_id is not None:
        stmt = stmt.where(Product.id != product_id)
    return session.scalar(stmt.limit(1)) is not None


def unique_slug(session: Session, base: str, product_id: int | None = None) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever no other product has."""
    base = base[: SLUG_MAX - 6].strip("-") or "product"
    candidate, n = base, 1
    while _taken(session, candidate, product_id):
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def suggest_slug(session: Session, name: str, product_id: int | None = None) -> str:
    """The unique slug a product of this name gets (the SEO tab's "Make from name")."""
    return unique_slug(session, slugify(name), product_id)


def check_slug(session: Session, slug: str, product_id: int | None) -> str:
    """A slug typed by a person, normalised (trimmed, lower case) and checked; raises if unusable."""
    cleaned = slug.strip().lower()
    if len(cleaned) > SLUG_MAX:
        raise ValidationError("A URL slug has at most {limit} characters; this one has {length}.",
                              limit=SLUG_MAX, length=len(cleaned))
    if not SLUG_PATTERN.fullmatch(cleaned):
        raise ValidationError(
            "'{slug}' can't be a URL slug: use Latin letters, digits and single dashes, e.g. {example}.",
            slug=slug.strip(), example=slugify(slug) or "chaynik-bosch",
        )
    if _taken(session, cleaned, product_id):
        raise ValidationError("The URL slug '{slug}' belongs to another product; '{suggestion}' is free.",
                              slug=cleaned, suggestion=unique_slug(session, cleaned, product_id))
    return cleaned
