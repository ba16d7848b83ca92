"""The store: engine, sessions, opening a store safely and migrating it.

Everything that talks to the database gets its sessions from a :class:`Store`.
Services take a session and never commit on their own; ``store.session()`` is the
one transaction boundary ("commits whole or leaves nothing behind").
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from . import migrations
from .errors import StoreError, StoreNewerError
from .html_text import SQLITE_FUNCTION, html_text_length

SQLITE_HEADER = b"SQLite format 3\x00"
SQLITE_BUSY_TIMEOUT_MS = 5000
READ_ONLY_OPTION = "backoffice_read_only"


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite+pysqlite", database=str(path)).render_as_string()


def parse_url(url: str) -> URL:
    """Parse a store URL; a bare file path means an SQLite file."""
    text = url.strip()
    if not text:
        raise StoreError("The store address is empty.")
    if "://" not in text:
        return make_url(sqlite_url(Path(text).expanduser()))
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise StoreError("'{address}' is not a valid store address: {reason}", address=text, reason=str(exc)) from exc
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        return parsed.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        return parsed.set(drivername="sqlite+pysqlite")
    raise StoreError(
        "Unsupported store type '{backend}' in '{address}': use an SQLite file or a postgresql:// address.",
        backend=backend, address=text,
    )


def describe_url(url: URL) -> str:
    """What the status bar shows: the file path, or host/database (never the password)."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return f"{host}{port}/{url.database or ''}"


def _check_sqlite_file(path: Path) -> None:
    if not path.exists():
        if not path.parent.exists():
            raise StoreError("The folder {folder} does not exist.", folder=str(path.parent))
        return
    if path.is_dir():
        raise StoreError("{path} is a folder, not a store file.", path=str(path))
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError("Cannot read the store file {path}: {reason}.", path=str(path), reason=exc.strerror) from exc
    if header and header != SQLITE_HEADER:
        raise StoreError("{path} is not a Back Office store (not an SQLite database, or corrupt).", path=str(path))


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy own transactions (pysqlite's own BEGIN handling is off).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA cache_size = -32768")  # 32 MB per connection: lists and search stay in memory
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.close()
    dbapi_conn.create_function(SQLITE_FUNCTION, 1, html_text_length, deterministic=True)


def _sqlite_on_begin(conn: Any) -> None:
    # A writing transaction takes the write lock up front (BEGIN IMMEDIATE), so two
    # writers queue on the busy timeout instead of failing half-way with "database is
    # locked"; read sessions begin deferred and never wait for a writer (WAL).
    if conn.get_execution_options().get(READ_ONLY_OPTION):
        conn.exec_driver_sql("BEGIN")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def create_store_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        connect_args={"connect_timeout": 5, "application_name": "backoffice-desktop"},
    )


def explain_dbapi_error(url: URL, exc: DBAPIError) -> StoreError:
    """Turn a driver error on open into an error a user can act on (raise it ``from exc``)."""
    text = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    if url.get_backend_name() == "sqlite":
        path = url.database
        if "locked" in text or "busy" in text:
            return StoreError(
                "The store file {path} is locked by another program. Close it and try again.", path=path
            )
        if "not a database" in text or "malformed" in text or "corrupt" in text:
            return StoreError(
                "The store file {path} is damaged ({reason}). Restore it from a backup copy.", path=path, reason=text
            )
        if "unable to open" in text or "readonly" in text or "read-only" in text:
            return StoreError("Cannot open the store file {path} for writing ({reason}).", path=path, reason=text)
        return StoreError("Cannot open the store file {path}: {reason}", path=path, reason=text)
    return StoreError("Cannot connect to the PostgreSQL store at {address}: {reason}", address=describe_url(url), reason=text)


@dataclass(frozen=True)
class SchemaState:
    current: str | None
    head: str

    @property
    def is_empty(self) -> bool:
        return self.current is None

    @property
    def needs_upgrade(self) -> bool:
        return self.current != self.head


class Store:
    """An open store: one engine and its session factory."""

    def __init__(self, url: URL, engine: Engine) -> None:
        self.url = url
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(
            engine.execution_options(**{READ_ONLY_OPTION: True}), expire_on_commit=False
        )

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def description(self) -> str:
        return describe_url(self.url)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commits when the block ends, rolls back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only: never commits, never waits for a writer."""
        session = self._read_sessions()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def schema_state(self) -> SchemaState:
        with self.engine.connect() as conn:
            current = migrations.current_revision(conn)
        return SchemaState(current=current, head=migrations.head_revision())

    def backup_sqlite(self, destination: Path) -> Path:
        """Copy the SQLite store consistently (online backup API), even while in use."""
        if not self.is_sqlite:
            raise StoreError("Backup copies are made for SQLite stores only; use pg_dump for PostgreSQL.")
        destination = Path(destination)
        if destination.resolve() == Path(self.url.database or "").resolve():
            raise StoreError("The backup copy can't overwrite the store itself.")
        tmp = destination.with_name(destination.name + ".partial")
        raw = self.engine.raw_connection()
        try:
            target = sqlite3.connect(tmp)
            try:
                raw.driver_connection.backup(target)  # type: ignore[union-attr]
            finally:
                target.close()
        finally:
            raw.close()
        tmp.replace(destination)
        return destination

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str | URL, *, migrate: bool = True) -> Store:
    """Open (and by default create or migrate) the store at ``url``.

    Raises :class:`StoreError` with a message a user can act on; never overwrites a
    store it can't read, and copies an SQLite file before migrating it.
    """
    parsed = url if isinstance(url, URL) else parse_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        _check_sqlite_file(Path(parsed.database))
    try:
        engine = create_store_engine(parsed)
    except (ArgumentError, NoSuchModuleError) as exc:
        raise StoreError("Cannot use the store address: {reason}", reason=str(exc)) from exc
    store = Store(parsed, engine)
    try:
        state = store.schema_state()
        if state.current is not None and not migrations.is_known_revision(state.current):
            raise StoreNewerError(
                "The store {store} was written by a newer version of Back Office "
                "(schema {schema}). Update the application to open it.",
                store=store.description, schema=state.current,
            )
        if state.current is None and _has_foreign_tables(engine):
            raise StoreError(
                "{store} already holds other data and is not a Back Office store.",
                store=store.description,
            )
        if state.needs_upgrade:
            if not migrate:
                raise StoreError(
                    "The store {store} needs an upgrade (schema {schema} → {head}); "
                    "run 'backoffice migrate'.",
                    store=store.description, schema=state.current, head=state.head,
                )
            if store.is_sqlite and state.current is not None:
                _copy_before_migration(Path(parsed.database or ""), state.current)
            with engine.begin() as conn:
                migrations.upgrade(conn)
    except DBAPIError as exc:
        engine.dispose()
        raise explain_dbapi_error(parsed, exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return store


def _has_foreign_tables(engine: Engine) -> bool:
    names = set(inspect(engine).get_table_names())
    return bool(names - {"alembic_version"})


def _copy_before_migration(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    copy = path.with_name(f"{path.stem}.before-{revision}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        target = sqlite3.connect(copy)
        try:
            source.backup(target)
        finally:
            target.close()
    finally:
        source.close()
    return copy


@dataclass(frozen=True)
class ProbeResult:
    description: str
    server: str
    schema: SchemaState | None
    has_other_data: bool


def probe_store(url: str | URL) -> ProbeResult:
    """Try a store address without changing anything ("test connection")."""
    parsed = url if isinstance(url, URL) else parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database or "")
        _check_sqlite_file(path)
        if not path.exists():
            return ProbeResult(describe_url(parsed), f"SQLite {sqlite3.sqlite_version}", None, False)
    engine = create_store_engine(parsed)
    try:
        with engine.connect() as conn:
            if parsed.get_backend_name() == "sqlite":
                server = f"SQLite {sqlite3.sqlite_version}"
            else:
                server = str(conn.exec_driver_sql("SHOW server_version").scalar())
                server = f"PostgreSQL {server}"
            current = migrations.current_revision(conn)
        schema = SchemaState(current, migrations.head_revision())
        return ProbeResult(describe_url(parsed), server, schema, current is None and _has_foreign_tables(engine))
    except DBAPIError as exc:
        raise explain_dbapi_error(parsed, exc) from exc
    finally:
        engine.dispose()
