"""Rolling figures per category up to the rows of a category report.

A category report shows the subcategories of the filter's category (the top-level
categories without a filter), each with its whole subtree, so drilling into a row with
that row's category as the filter shows exactly the same goods. Products placed directly
in the filter's category get a row of their own ("own products"), products without a
category and lines without a catalog product one each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ...exports.report_data import Text
from .common import NO_CATEGORY, NOT_IN_CATALOG, Context

V = TypeVar("V")
#: The key of lines whose product is not in the catalog.
ORPHAN = -1


@dataclass(frozen=True)
class CategoryRow:
    #: A category id; None for products without a category; ORPHAN for lines without a product.
    key: int | None
    label: str | Text
    #: The filters that show this row's goods: {"category_id": ..., "options": {...}}.
    drill: dict[str, Any] = field(default_factory=dict)
    has_children: bool = False


def row_key(ctx: Context, category_id: int | None, parent: int | None) -> int | None:
    """The row a category's figures go to under ``parent``."""
    categories = ctx.categories()
    if category_id is None or category_id == ORPHAN or category_id not in categories:
        return category_id if category_id in (None, ORPHAN) else None
    ids = [int(part) for part in categories[category_id][2].strip("/").split("/") if part]
    if parent is None:
        return ids[0]
    position = ids.index(parent)
    return ids[position + 1] if position + 1 < len(ids) else parent


def roll_up(ctx: Context, values: dict[int | None, V], merge: Callable[[V, V], V]) -> list[tuple[CategoryRow, V]]:
    """``values`` per category id (None, ORPHAN as above) summed into the report's rows."""
    parent = ctx.params.category_id or None
    categories = ctx.categories()
    with_children = {parent_id for _name, parent_id, _path in categories.values() if parent_id is not None}
    merged: dict[int | None, V] = {}
    for category_id, value in values.items():
        key = row_key(ctx, category_id, parent)
        merged[key] = merge(merged[key], value) if key in merged else value
    rows = []
    for key, value in merged.items():
        if key == ORPHAN:
            row = CategoryRow(key, NOT_IN_CATALOG)
        elif key is None:
            row = CategoryRow(key, NO_CATEGORY, {"category_id": 0})
        elif key == parent:
            name = categories[key][0]
            row = CategoryRow(key, Text(f"{name} (own products)", f"{name} (собственные товары)"),
                              {"category_id": key, "options": {"category_scope": "own"}})
        else:
            row = CategoryRow(key, categories[key][0], {"category_id": key}, key in with_children)
        rows.append((row, value))
    return rows
