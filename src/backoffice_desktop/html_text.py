"""How long a description's text is, without its HTML markup: the same in Python,
on SQLite (registered as the SQL function ``html_text_length``) and on PostgreSQL
(two ``regexp_replace`` calls), so a list filter and the card agree on it.

Tags are dropped and an entity (``&amp;``, ``&#8212;``) counts as one character.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, Integer, func, literal

_TAG = r"<[^>]*>"
_ENTITY = r"&[#a-zA-Z0-9]+;"
_TAG_RE = re.compile(_TAG)
_ENTITY_RE = re.compile(_ENTITY)
SQLITE_FUNCTION = "html_text_length"


def html_text_length(html: str | None) -> int:
    if not html:
        return 0
    return len(_ENTITY_RE.sub("_", _TAG_RE.sub("", html)))


def html_text_length_sql(column: ColumnElement[Any], dialect: str) -> ColumnElement[int]:
    """The SQL expression for :func:`html_text_length` of ``column``."""
    if dialect == "postgresql":
        stripped = func.regexp_replace(column, literal(_TAG), literal(""), literal("g"))
        return func.char_length(func.regexp_replace(stripped, literal(_ENTITY), literal("_"), literal("g")))
    return func.coalesce(getattr(func, SQLITE_FUNCTION)(column, type_=Integer), 0)
