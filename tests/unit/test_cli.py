"""The headless command line: each command, its help, and clear errors with exit code 2."""

from __future__ import annotations

import sqlite3

import pytest

from backoffice_desktop import __version__, migrations
from backoffice_desktop.cli import build_parser, main
from backoffice_desktop.db import open_store
from backoffice_desktop.services import auth


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "store.sqlite3")


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


@pytest.mark.parametrize("command", ["migrate", "demo", "users", "stock verify", "backup", "pricelist import",
                                     "report", "reports rebuild", "screenshot", "sync push", "sync pull",
                                     "sync status", "sync configure", "sync reconcile"])
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as exc:
        main([*command.split(), "--help"])
    assert exc.value.code == 0
    assert "usage: backoffice " + command in capsys.readouterr().out


def test_migrate_creates_the_store(db, capsys):
    assert main(["migrate", "--db", db]) == 0
    assert f"schema {migrations.head_revision()}" in capsys.readouterr().out


def test_db_option_before_the_command_is_kept(db):
    args = build_parser().parse_args(["--db", db, "migrate"])
    assert args.db == db


def test_users_create_first_admin_then_others(db, monkeypatch, capsys):
    monkeypatch.setenv("PW", "admin-pass-1")
    assert main(["users", "create", "boss", "--role", "admin", "--password-env", "PW", "--db", db]) == 0
    monkeypatch.setenv("PW", "clerk-pass-1")
    assert main(["users", "create", "sklad", "--role", "clerk", "--full-name", "Кладовщик", "--password-env", "PW", "--db", db]) == 0
    assert main(["users", "disable", "sklad", "--db", db]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "boss\t\tadmin\tactive" in out
    assert "sklad\tКладовщик\tclerk\tdisabled" in out
    store = open_store(db)
    with store.session() as s:
        assert auth.authenticate(s, "boss", "admin-pass-1").username == "boss"
    store.close()


def test_first_user_must_be_admin(db, monkeypatch, capsys):
    monkeypatch.setenv("PW", "clerk-pass-1")
    assert main(["users", "create", "sklad", "--role", "clerk", "--password-env", "PW", "--db", db]) == 2
    assert "must be an administrator" in capsys.readouterr().err


def test_missing_password_variable_is_explained(db, capsys):
    assert main(["users", "create", "x", "--role", "admin", "--password-env", "NOPE_NOT_SET", "--db", db]) == 2
    assert "NOPE_NOT_SET is empty or not set" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/no/such/dir/store.sqlite3", "does not exist"),
        ("postgresql://u@127.0.0.1:1/x", "Cannot connect to the PostgreSQL store"),
        ("oracle://x/y", "Unsupported store type"),
    ],
)
def test_bad_store_is_a_clear_message_not_a_traceback(url, message, capsys):
    assert main(["migrate", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("backoffice: ") and message in err
    assert "Traceback" not in err


def test_stock_verify_on_a_fresh_store(db, capsys):
    assert main(["stock", "verify", "--db", db]) == 0
    assert "agree" in capsys.readouterr().out


def test_stock_verify_reports_and_fixes_a_level_out_of_step(db, capsys):
    from decimal import Decimal

    from backoffice_desktop.models import Location, LocationKind, Product, StockLevel
    from backoffice_desktop.services.stock import MoveRequest, ensure_virtual_locations, post_moves

    store = open_store(db)
    with store.session() as s:
        supplier = ensure_virtual_locations(s)[LocationKind.SUPPLIER]
        bin_ = Location(code="A-01", name="A-01", kind=LocationKind.BIN.value)
        product = Product(sku="X", name="X")
        s.add_all([bin_, product])
        s.flush()
        post_moves(s, None, [MoveRequest(product.id, Decimal(3), supplier, bin_.id)], "receipt")
        s.get(StockLevel, (product.id, bin_.id)).quantity = Decimal(5)
    store.close()
    assert main(["stock", "verify", "--db", db]) == 1
    assert "level 5.000, ledger 3.000" in capsys.readouterr().out
    assert main(["stock", "verify", "--fix", "--db", db]) == 0
    assert main(["stock", "verify", "--db", db]) == 0


def test_backup_writes_a_store_copy(db, tmp_path):
    main(["migrate", "--db", db])
    out = tmp_path / "copy.sqlite3"
    assert main(["backup", "--db", db, "--out", str(out)]) == 0
    conn = sqlite3.connect(out)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (migrations.head_revision(),)
    conn.close()


def test_screenshot_with_a_wrong_password_is_refused(db, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("PW", "admin-pass-1")
    main(["users", "create", "boss", "--role", "admin", "--password-env", "PW", "--db", db])
    out = tmp_path / "shot.png"
    code = main(["screenshot", "--db", db, "--user", "boss", "--password", "nope", "--workspace", "catalog", "--out", str(out)])
    assert code == 2 and not out.exists()
    assert "Wrong user name or password" in capsys.readouterr().err
