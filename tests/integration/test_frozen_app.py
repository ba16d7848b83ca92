"""Smoke test of the frozen application: build it with ``build/build.py`` once per run,
then drive the one-folder binary headless the way a user (or an installer script) would.

Each step proves a part of the bundle a normal test run can't see: ``--version`` the
entry point, ``migrate`` the Alembic files on disk, ``users create`` the password hashing
(argon2's cffi bindings), ``migrate`` on PostgreSQL the psycopg driver, ``screenshot``
Qt's platform plugins, fonts and the main window.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from backoffice_desktop import __version__

from ..conftest import FROZEN_BUILD, IN_CI, REPO_ROOT
from ..pgserver import PgServer

pytestmark = [
    pytest.mark.slow,
    # The first test waits for the build started in the background (1–5 minutes on 2 busy cores).
    pytest.mark.timeout(1800),
]

EXE_NAME = "backoffice.exe" if sys.platform == "win32" else "backoffice"
PASSWORD = "frozen-admin-pass-1"
RUN_TIMEOUT = 180


@pytest.fixture(scope="module")
def app_dir(request: pytest.FixtureRequest) -> Path:
    """The one-folder app, built in the background since the tests were collected
    (tests/conftest.py: this module runs last)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if IN_CI:
            pytest.fail("PyInstaller is missing under CI: install the 'test' extra")
        pytest.skip("PyInstaller not installed (pip install -e '.[test]')")
    build = request.config.stash[FROZEN_BUILD]
    status, output = build.wait(timeout=1500)
    if status != 0:
        pytest.fail(f"build/build.py failed (exit {status}):\n{output}")
    out = build.dist / "backoffice"
    assert (out / EXE_NAME).is_file(), output
    return out


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "BACKOFFICE_DB_URL", "LD_LIBRARY_PATH")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def run_app(app: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(app / EXE_NAME), *args],
        capture_output=True, text=True, env=_env(**env), timeout=RUN_TIMEOUT, cwd=app.parent,
    )
    assert result.returncode == 0, (
        f"backoffice {' '.join(args)} exited {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    )
    return result


@pytest.fixture(scope="module")
def frozen_store(app_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(config dir, SQLite store) created by the frozen app: migrated, with an admin."""
    root = tmp_path_factory.mktemp("frozen-store")
    config, db = root / "config", root / "store.sqlite3"
    out = run_app(app_dir, "--config-dir", str(config), "migrate", "--db", str(db))
    assert "is at schema" in out.stdout
    run_app(app_dir, "--config-dir", str(config), "users", "create", "admin", "--role", "admin",
            "--full-name", "Администратор", "--password-env", "BO_PW", "--db", str(db), BO_PW=PASSWORD)
    return config, db


def test_version(app_dir: Path) -> None:
    out = run_app(app_dir, "--version")
    assert out.stdout.strip() == f"Back Office Desktop {__version__}"


def test_bundle_carries_data_the_import_analysis_cannot_see(app_dir: Path) -> None:
    internal = app_dir / "_internal"
    package = internal / "backoffice_desktop"
    assert (package / "resources" / "translations" / "backoffice_ru.qm").stat().st_size > 0
    assert (package / "resources" / "translations" / "backoffice_en.qm").is_file()
    assert list(internal.rglob("qtbase_ru.qm")), "Qt's own Russian translation is missing"

    migrations = package / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    source_versions = {p.name for p in (REPO_ROOT / "src" / "backoffice_desktop" / "migrations" / "versions").glob("*.py")}
    assert source_versions and source_versions <= {p.name for p in (migrations / "versions").glob("*.py")}

    platforms = {p.name for p in internal.rglob("platforms/*") if p.is_file()}
    if sys.platform.startswith("linux"):
        assert {"libqoffscreen.so", "libqxcb.so"} <= platforms, platforms


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ldd on Linux")
def test_xcb_plugin_finds_its_libraries(app_dir: Path) -> None:
    """The X11 plugin can't be started without a display here; at least its libraries resolve."""
    plugin = next((app_dir / "_internal").rglob("platforms/libqxcb.so"))
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=True).stdout
    missing = [line.strip() for line in out.splitlines() if "not found" in line]
    assert not missing, f"libqxcb.so can't load; install the system libraries: {missing}"


def test_migrate_and_users(app_dir: Path, frozen_store: tuple[Path, Path]) -> None:
    config, db = frozen_store
    out = run_app(app_dir, "--config-dir", str(config), "migrate", "--db", str(db))
    assert "is at schema" in out.stdout
    out = run_app(app_dir, "--config-dir", str(config), "users", "list", "--db", str(db))
    assert out.stdout.startswith("admin\tАдминистратор\tadmin\tactive")


def test_migrate_on_postgresql(app_dir: Path, pg_server: PgServer, tmp_path: Path) -> None:
    """A new, empty PostgreSQL database, through psycopg's bundled binary implementation."""
    name = f"frozen_{os.getpid()}"
    admin = create_engine(pg_server.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    out = run_app(app_dir, "--config-dir", str(tmp_path), "migrate", "--db", pg_server.url(name),
                  PSYCOPG_IMPL="binary")  # fail rather than fall back to the system libpq
    assert "is at schema" in out.stdout


def test_screenshot_of_main_window(app_dir: Path, frozen_store: tuple[Path, Path], tmp_path: Path) -> None:
    from PIL import Image

    config, db = frozen_store
    shot = tmp_path / "shot.png"
    run_app(app_dir, "--config-dir", str(config), "screenshot", "--db", str(db), "--user", "admin",
            "--password", PASSWORD, "--workspace", "catalog", "--lang", "ru", "--out", str(shot))
    assert shot.is_file() and shot.stat().st_size > 10_000, "the screenshot is missing or nearly empty"
    with Image.open(shot) as image:
        assert image.width >= 640 and image.height >= 400, image.size
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is not None and len(colours) > 16, "the screenshot is (nearly) one flat colour"
