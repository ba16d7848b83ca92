"""Opening stores: defaults, migrations, and every kind of bad store a user can point at."""

from __future__ import annotations

import sqlite3

import pytest

from backoffice_desktop import migrations
from sqlalchemy import create_engine

from backoffice_desktop.db import Store, open_store, parse_url, probe_store, sqlite_url
from backoffice_desktop.errors import StoreError, StoreNewerError
from backoffice_desktop.models import PurchaseOrder


def test_new_sqlite_store_is_created_migrated_and_in_wal_mode(tmp_path):
    path = tmp_path / "new.sqlite3"
    store = open_store(str(path))
    try:
        assert store.schema_state().current == migrations.head_revision()
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()


def test_postgres_store_opens_and_reports_host_and_database(store_url):
    store = open_store(store_url)
    try:
        assert store.schema_state().needs_upgrade is False
        if not store.is_sqlite:
            assert store.description.startswith("127.0.0.1:")
            assert "postgres@" not in store.description
    finally:
        store.close()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("", "empty"),
        ("mysql://u@h/db", "Unsupported store type 'mysql'"),
        ("postgresql://u@127.0.0.1:1/x", "Cannot connect to the PostgreSQL store at 127.0.0.1:1/x"),
        ("/no/such/folder/store.sqlite3", "folder /no/such/folder does not exist"),
    ],
)
def test_bad_addresses_give_a_clear_message(url, expected):
    with pytest.raises(StoreError, match=expected.replace("(", r"\(")):
        open_store(url)


def test_not_a_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"these are my notes, not a database" * 10)
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a Back Office store"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_corrupt_sqlite_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "store.sqlite3"
    open_store(str(path)).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # smash the schema page after the header
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged|not a Back Office"):
        open_store(str(path))
    assert path.read_bytes() == bytes(data)


def test_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "store.sqlite3"
    open_store(str(path)).close()
    _sql(path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(StoreNewerError, match="newer version"):
        open_store(str(path))
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999_from_the_future"
    conn.close()


def test_foreign_database_is_not_taken_over(tmp_path):
    path = tmp_path / "other.sqlite3"
    _sql(path, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    with pytest.raises(StoreError, match="holds other data"):
        open_store(str(path))
    assert probe_store(str(path)).has_other_data


def _sql(path, statement):
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def test_locked_file_gives_a_clear_message(tmp_path, monkeypatch):
    path = tmp_path / "store.sqlite3"
    open_store(str(path)).close()
    monkeypatch.setattr("backoffice_desktop.db.SQLITE_BUSY_TIMEOUT_MS", 100)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("PRAGMA locking_mode = EXCLUSIVE")
    locker.execute("BEGIN EXCLUSIVE")
    locker.execute("SELECT count(*) FROM alembic_version").fetchone()
    try:
        with pytest.raises(StoreError, match="locked by another program"):
            open_store(str(path))
    finally:
        locker.execute("ROLLBACK")
        locker.close()


def test_older_sqlite_store_is_copied_before_migration(tmp_path):
    path = tmp_path / "store.sqlite3"
    engine = create_engine(sqlite_url(path))
    with engine.begin() as conn:
        migrations.upgrade(conn, "0001")
        # Rows that other tables point at: a migration must not rebuild their tables.
        conn.exec_driver_sql(
            "INSERT INTO suppliers VALUES (1, 'ООО Поставщик', '', '', '', '', '', 'RUB', 0, 0, 1, 7,"
            " 0, '', 1, NULL, '2026-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO purchase_orders VALUES (1, 'PO-2026-000001', 1, 'draft', 'RUB', NULL, '', 0,"
            " NULL, NULL, NULL, NULL, '2026-01-01 00:00:00', 1)")
    engine.dispose()
    store = open_store(str(path))
    try:
        assert store.schema_state().current == migrations.head_revision() != "0001"
        with store.read_session() as session:
            order = session.get(PurchaseOrder, 1)
            assert order.supplier.name == "ООО Поставщик" and order.prices_include_vat is True
    finally:
        store.close()
    copies = list(tmp_path.glob("store.before-0001-*.sqlite3"))
    assert len(copies) == 1
    conn = sqlite3.connect(copies[0])
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    finally:
        conn.close()


def test_bare_path_means_sqlite():
    assert parse_url("/tmp/x.sqlite3").get_backend_name() == "sqlite"
    assert parse_url("postgresql://u@h/db").drivername == "postgresql+psycopg"


def test_backup_copy_is_a_consistent_store(tmp_path):
    store = open_store(str(tmp_path / "store.sqlite3"))
    try:
        copy = store.backup_sqlite(tmp_path / "copy.sqlite3")
    finally:
        store.close()
    reopened = open_store(str(copy))
    assert reopened.schema_state().needs_upgrade is False
    reopened.close()
    with pytest.raises(StoreError, match="overwrite the store itself"):
        s2 = open_store(str(copy))
        try:
            s2.backup_sqlite(copy)
        finally:
            s2.close()


def test_migrations_build_exactly_the_models_schema(store: Store) -> None:
    """Every model change has its migration: comparing the migrated store with the
    models finds nothing to add, drop or alter (the hand-kept search index aside)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from backoffice_desktop.migrations import include_object
    from backoffice_desktop.models import Base

    with store.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
