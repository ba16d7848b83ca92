"""Writing the audit trail; called by services inside their own transaction."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from ..models import AuditEntry
from .permissions import Actor


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def record(
    session: Session,
    actor: Actor | None,
    action: str,
    entity_type: str,
    entity_id: int | None,
    field: str = "",
    old: Any = None,
    new: Any = None,
    document_number: str = "",
) -> None:
    session.add(
        AuditEntry(
            user_id=actor.user_id if actor else None,
            action=action,
            entity_type=entity_type,
            entity_id=entity_id,
            field=field,
            old_value=_text(old),
            new_value=_text(new),
            document_number=document_number,
        )
    )
