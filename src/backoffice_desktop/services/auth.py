"""Passwords (argon2) and logging in, with a growing delay after wrong passwords."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import AuthenticationError, ValidationError
from ..models import Role, User, UserRole
from .permissions import Actor

#: Wrong passwords in a row allowed before each further try is delayed.
FREE_ATTEMPTS = 5
BASE_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60
MIN_PASSWORD_LENGTH = 8

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    check_password_strength(password)
    return _hasher.hash(password)


def check_password_strength(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("The password must be at least {min_length} characters long.", min_length=MIN_PASSWORD_LENGTH)
    if password.strip() != password:
        raise ValidationError("The password must not start or end with a space.")


def find_user(session: Session, username: str) -> User | None:
    """The user with this name, ignoring case (Cyrillic too, which SQLite's lower() is not)."""
    wanted = username.strip().casefold()
    for user in session.scalars(select(User)):
        if user.username.casefold() == wanted:
            return user
    return None


def actor_for(user: User) -> Actor:
    return Actor(
        user_id=user.id, username=user.username, full_name=user.full_name, roles=user.role_set
    )


def has_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count(User.id))))


def login_delay(failed: int) -> timedelta:
    """Delay before the next try after ``failed`` wrong passwords in a row."""
    if failed < FREE_ATTEMPTS:
        return timedelta(0)
    seconds = BASE_DELAY_SECONDS * 2 ** (failed - FREE_ATTEMPTS)
    return timedelta(seconds=min(seconds, MAX_DELAY_SECONDS))


def authenticate(session: Session, username: str, password: str, now: datetime | None = None) -> Actor:
    """Check a user name and password; on success return the :class:`Actor`.

    Wrong passwords are counted on the user; from the fifth on, the account refuses
    tries until a delay (30 s, doubling, at most 15 min) has passed. The count is
    written even though the caller's transaction then raises, so callers must commit
    the session in both cases (see :func:`login`).
    """
    now = now or datetime.now(timezone.utc)
    user = find_user(session, username)
    if user is None:
        _hasher_dummy_verify(password)
        raise AuthenticationError("Wrong user name or password.")
    if user.locked_until is not None and user.locked_until > now:
        wait = (user.locked_until - now).total_seconds()
        raise AuthenticationError(
            "Too many wrong passwords. Try again in {seconds} s.", seconds=int(wait) + 1, retry_after=wait
        )
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        user.failed_logins += 1
        delay = login_delay(user.failed_logins)
        user.locked_until = now + delay if delay else None
        if delay:
            raise AuthenticationError(
                "Wrong password. Too many wrong passwords: try again in {seconds} s.",
                seconds=int(delay.total_seconds()),
                retry_after=delay.total_seconds(),
            ) from None
        raise AuthenticationError("Wrong user name or password.") from None
    if not user.is_active:
        raise AuthenticationError("The account {username} is disabled. Ask an administrator.", username=user.username)
    user.failed_logins = 0
    user.locked_until = None
    user.last_login_at = now
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    return actor_for(user)


def _hasher_dummy_verify(password: str) -> None:
    # Spend the same time on an unknown user name as on a known one.
    try:
        _hasher.verify(_DUMMY_HASH, password)
    except VerificationError:
        pass


_DUMMY_HASH = _hasher.hash("not-a-real-password")


def create_first_admin(session: Session, username: str, password: str, full_name: str = "") -> Actor:
    """Create the administrator on a store that has no users yet."""
    if has_users(session):
        raise ValidationError("The store already has users; log in instead.")
    username = username.strip()
    if not username:
        raise ValidationError("Enter a user name.")
    user = User(username=username, full_name=full_name.strip(), password_hash=hash_password(password))
    user.roles.append(UserRole(role=Role.ADMIN.value))
    session.add(user)
    session.flush()
    return actor_for(user)
