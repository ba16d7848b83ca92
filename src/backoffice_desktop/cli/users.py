"""``backoffice users``: list, create, disable and enable users, reset passwords."""

from __future__ import annotations

import argparse
import getpass
import os

from ..db import Store
from ..errors import BackofficeError
from ..models import Role
from .store import add_store_args, admin_actor, opened_store, require_admin

ROLE_CHOICES = [r.value for r in Role]


def _read_password(args: argparse.Namespace) -> str:
    if args.password_env:
        value = os.environ.get(args.password_env)
        if not value:
            raise BackofficeError("The environment variable {name} is empty or not set.", name=args.password_env)
        return value
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat the password: ") != first:
        raise BackofficeError("The passwords differ.")
    return first


def _list_users(store: Store) -> int:
    from ..services import users

    actor = admin_actor(store)
    if actor is None:
        print("The store has no users yet.")
        return 0
    with store.read_session() as session:
        for u in users.list_users(session, actor):
            state = "active" if u.is_active else "disabled"
            roles = ",".join(sorted(r.value for r in u.roles))
            print(f"{u.username}\t{u.full_name}\t{roles}\t{state}")
    return 0


def _create_user(store: Store, args: argparse.Namespace) -> int:
    from ..services import auth, users

    actor = admin_actor(store)
    password = _read_password(args)
    roles = {Role(r) for r in args.role} or {Role.CLERK}
    with store.session() as session:
        if actor is None:
            if Role.ADMIN not in roles:
                raise BackofficeError("The first user of a store must be an administrator (--role admin).")
            auth.create_first_admin(session, args.username, password, args.full_name)
        else:
            users.create_user(session, actor, args.username, password, roles, args.full_name)
    print(f"User {args.username} created.")
    return 0


def _change_user(store: Store, args: argparse.Namespace) -> int:
    from ..services import auth, users

    actor = require_admin(store)
    with store.session() as session:
        user = auth.find_user(session, args.username)
        if user is None:
            raise BackofficeError("No user named '{username}'.", username=args.username)
        if args.action == "passwd":
            users.reset_password(session, actor, user.id, _read_password(args))
        elif args.action == "disable":
            users.update_user(session, actor, user.id, is_active=False)
        elif args.action == "enable":
            users.update_user(session, actor, user.id, is_active=True)
    print(f"User {args.username}: {args.action} done.")
    return 0


def cmd_users(args: argparse.Namespace) -> int:
    with opened_store(args) as store:
        if args.action == "list":
            return _list_users(store)
        if args.action == "create":
            return _create_user(store, args)
        return _change_user(store, args)


def add_users(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help="list, create, disable users, reset passwords")
    add_store_args(p)
    p.add_argument("action", choices=["list", "create", "passwd", "disable", "enable"])
    p.add_argument("username", nargs="?", default="")
    p.add_argument("--role", action="append", choices=ROLE_CHOICES, default=[], help="role (repeatable)")
    p.add_argument("--full-name", default="")
    p.add_argument("--password-env", metavar="VAR", help="read the password from this environment variable")
    p.set_defaults(func=cmd_users)
