"""Managing users and roles (admin only)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import NotFound, ValidationError
from ..models import Role, User, UserRole
from . import audit
from .auth import find_user, hash_password
from .permissions import Actor, Permission, require


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    is_active: bool
    last_login_at: datetime | None


def _info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        roles=user.role_set,
        is_active=user.is_active,
        last_login_at=user.last_login_at,
    )


def list_users(session: Session, actor: Actor) -> list[UserInfo]:
    require(actor, Permission.MANAGE_USERS)
    return [_info(u) for u in session.scalars(select(User).order_by(User.username))]


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound("User #{user_id} does not exist.", user_id=user_id)
    return user


def _role_names(roles: frozenset[Role] | set[Role]) -> str:
    return ",".join(sorted(r.value for r in roles))


def create_user(
    session: Session,
    actor: Actor,
    username: str,
    password: str,
    roles: set[Role] | frozenset[Role],
    full_name: str = "",
) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    username = username.strip()
    if not username:
        raise ValidationError("Enter a user name.")
    if len(username) > 64:
        raise ValidationError("The user name is longer than 64 characters.")
    if not roles:
        raise ValidationError("Give the user at least one role.")
    if find_user(session, username) is not None:
        raise ValidationError("The user name '{username}' is already taken.", username=username)
    user = User(username=username, full_name=full_name.strip(), password_hash=hash_password(password))
    user.roles.extend(UserRole(role=r.value) for r in roles)
    session.add(user)
    session.flush()
    audit.record(session, actor, "create", "user", user.id, "roles", None, _role_names(roles))
    return _info(user)


def update_user(
    session: Session,
    actor: Actor,
    user_id: int,
    *,
    full_name: str | None = None,
    roles: set[Role] | frozenset[Role] | None = None,
    is_active: bool | None = None,
) -> UserInfo:
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, user_id)
    if full_name is not None and full_name.strip() != user.full_name:
        audit.record(session, actor, "update", "user", user.id, "full_name", user.full_name, full_name.strip())
        user.full_name = full_name.strip()
    if roles is not None and frozenset(roles) != user.role_set:
        if not roles:
            raise ValidationError("Give the user at least one role.")
        if Role.ADMIN not in roles and Role.ADMIN in user.role_set:
            _ensure_another_admin(session, user.id)
        audit.record(session, actor, "update", "user", user.id, "roles", _role_names(user.role_set), _role_names(roles))
        user.roles.clear()
        session.flush()
        user.roles.extend(UserRole(role=r.value) for r in roles)
    if is_active is not None and is_active != user.is_active:
        if not is_active:
            if user.id == actor.user_id:
                raise ValidationError("You can't disable your own account.")
            if Role.ADMIN in user.role_set:
                _ensure_another_admin(session, user.id)
        audit.record(session, actor, "update", "user", user.id, "is_active", user.is_active, is_active)
        user.is_active = is_active
    session.flush()
    return _info(user)


def reset_password(session: Session, actor: Actor, user_id: int, new_password: str) -> None:
    require(actor, Permission.MANAGE_USERS)
    user = _get(session, user_id)
    user.password_hash = hash_password(new_password)
    user.failed_logins = 0
    user.locked_until = None
    audit.record(session, actor, "reset_password", "user", user.id)


def _ensure_another_admin(session: Session, user_id: int) -> None:
    others = session.scalar(
        select(func.count(User.id))
        .join(UserRole)
        .where(UserRole.role == Role.ADMIN.value, User.is_active.is_(True), User.id != user_id)
    )
    if not others:
        raise ValidationError("This is the last active administrator; keep at least one.")


def first_active_admin(session: Session) -> User | None:
    """The administrator the command line acts as (it runs with the store owner's rights)."""
    return session.scalar(
        select(User)
        .join(UserRole)
        .where(UserRole.role == Role.ADMIN.value, User.is_active.is_(True))
        .order_by(User.id)
        .limit(1)
    )
