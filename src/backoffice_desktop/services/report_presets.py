"""Saved report presets, per user: a name → the report and its parameters.

Kept in the store (so a manager finds them on any workstation) as one settings row per
user; periods are saved as a relative choice ("this month") or fixed dates.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from ..errors import ValidationError
from ..models import Setting
from .permissions import Actor, Permission, require

MAX_NAME = 80


def _key(actor: Actor) -> str:
    return f"reports.presets.{actor.user_id}"


def list_presets(session: Session, actor: Actor) -> dict[str, dict[str, Any]]:
    row = session.get(Setting, _key(actor))
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def save_preset(session: Session, actor: Actor, name: str, preset: dict[str, Any]) -> None:
    """Save (or replace) the preset ``name``: ``{"report": key, "period": ..., "filters": ..., "options": ...}``."""
    require(actor, Permission.VIEW_REPORTS)
    name = name.strip()
    if not name:
        raise ValidationError("Give the preset a name.")
    if len(name) > MAX_NAME:
        raise ValidationError("A preset name has at most {limit} characters.", limit=MAX_NAME)
    presets = list_presets(session, actor)
    presets[name] = preset
    _store(session, actor, presets)


def delete_preset(session: Session, actor: Actor, name: str) -> None:
    require(actor, Permission.VIEW_REPORTS)
    presets = list_presets(session, actor)
    presets.pop(name, None)
    _store(session, actor, presets)


def _store(session: Session, actor: Actor, presets: dict[str, dict[str, Any]]) -> None:
    row = session.get(Setting, _key(actor))
    if row is None:
        session.add(Setting(key=_key(actor), value=presets, updated_by_id=actor.user_id))
    else:
        row.value = presets
        row.updated_by_id = actor.user_id
    session.flush()
