"""Fixtures: a fresh store per test on SQLite and on a real PostgreSQL, an admin actor,
and app folders kept in temp dirs so no test touches a real user's settings."""

from __future__ import annotations

import gc
import importlib.util
import itertools
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from backoffice_desktop.collector import collect_when_due
from backoffice_desktop.config import CONFIG_DIR_ENV
from backoffice_desktop.db import Store, open_store, sqlite_url
from backoffice_desktop.services import auth
from backoffice_desktop.services.permissions import Actor

from .frozen_build import TEST_FILE as FROZEN_TEST_FILE
from .frozen_build import FrozenBuild
from .pgserver import PgServer, find_pg_bin

#: The WooCommerce server and the in-memory keyring of the sync tests, for the Sync panel's tests too.
pytest_plugins = ("tests.sync.fixtures",)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
REPO_ROOT = Path(__file__).resolve().parent.parent
TESTDATA = REPO_ROOT.parent / "shared" / "testdata"
ADMIN_PASSWORD = "admin-pass-1"


#: The frozen app's build when this run tests it (started once the tests are collected).
FROZEN_BUILD = pytest.StashKey[FrozenBuild]()


def pytest_configure(config: pytest.Config) -> None:
    # As in the application (ui/garbage.py): a collection started by a worker thread that
    # frees a widget of an earlier test kills the run with a segmentation fault.
    gc.disable()


def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Start building the frozen app in the background and test it last."""
    frozen = [item for item in items if item.path.name == FROZEN_TEST_FILE]
    if not frozen or importlib.util.find_spec("PyInstaller") is None:
        return
    items[:] = [item for item in items if item.path.name != FROZEN_TEST_FILE] + frozen
    config.stash[FROZEN_BUILD] = FrozenBuild()


def pytest_unconfigure(config: pytest.Config) -> None:
    build = config.stash.get(FROZEN_BUILD, None)
    if build is not None:
        build.close()


@pytest.fixture(autouse=True)
def _garbage_collected_here() -> Iterator[None]:
    """The collection automatic mode would have made, done on the main thread after each test."""
    yield
    collect_when_due()


@pytest.fixture(autouse=True)
def _no_translators_left() -> Iterator[None]:
    """Whatever language a test switched to (AppController installs one), the next test
    starts with the source strings again."""
    yield
    i18n = sys.modules.get("backoffice_desktop.ui.i18n")
    if i18n is not None and i18n._installed:
        from PySide6.QtCore import QCoreApplication, QLocale

        app = QCoreApplication.instance()
        for translator in i18n._installed:
            if app is not None:
                app.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def russian(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Russian interface: translators from .qm compiled now from the .ts in the tree,
    removed afterwards so later tests see the source strings again."""
    from PySide6.QtCore import QLocale

    from backoffice_desktop.ui import i18n

    spec = importlib.util.spec_from_file_location("_qt_translations", REPO_ROOT / "build" / "qt_translations.py")
    assert spec is not None and spec.loader is not None
    helper = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(helper)
    helper.compile_translations(REPO_ROOT / "src" / "backoffice_desktop" / "resources" / "translations", tmp_path)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    saved_locale = QLocale()
    assert i18n.install("ru") == "ru"
    try:
        yield
    finally:
        for translator in i18n._installed:
            qapp.removeTranslator(translator)
        i18n._installed.clear()
        QLocale.setDefault(saved_locale)


def testdata_dir(*parts: str) -> Path:
    """A folder of the shared real-world test data; skip (never in CI) when it's missing."""
    path = TESTDATA.joinpath(*parts)
    if not path.exists():
        if IN_CI:
            pytest.fail(f"shared test data missing under CI: {path}")
        pytest.skip(f"shared test data not found at {path} (a clone outside the workspace)")
    return path


@pytest.fixture(autouse=True)
def _isolated_app_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv(CONFIG_DIR_ENV, str(root))
    monkeypatch.delenv("BACKOFFICE_DB_URL", raising=False)
    return root


# --- SQLite: migrate one template file per run, copy it for each test -----------------

@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "template.sqlite3"
    store = open_store(sqlite_url(path))
    store.close()
    return path


# --- PostgreSQL: one throwaway server per run, a database per test from a template ----

@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        if IN_CI:
            pytest.fail("PostgreSQL server binaries not found; CI must install postgresql")
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql")
    server = PgServer(bin_dir)
    server.start()
    try:
        admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("CREATE DATABASE backoffice_template"))
        admin.dispose()
        open_store(server.url("backoffice_template")).close()
        yield server
    finally:
        server.stop()


_db_counter = itertools.count()


def new_pg_database(server: PgServer) -> str:
    name = f"test_{os.getpid()}_{next(_db_counter)}"
    admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE backoffice_template'))
    admin.dispose()
    return server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, migrated, empty store's URL: once on SQLite, once on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "store.sqlite3"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        return sqlite_url(path)
    return new_pg_database(request.getfixturevalue("pg_server"))


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def sqlite_store(sqlite_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A fresh store on SQLite only (for GUI tests, which don't need both back ends)."""
    path = tmp_path / "store.sqlite3"
    shutil.copy(sqlite_template, path)
    opened = open_store(sqlite_url(path))
    try:
        yield opened
    finally:
        opened.close()


def make_admin(store: Store) -> Actor:
    with store.session() as session:
        return auth.create_first_admin(session, "admin", ADMIN_PASSWORD, "Администратор")


@pytest.fixture
def admin(store: Store) -> Actor:
    return make_admin(store)
