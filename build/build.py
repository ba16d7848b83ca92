"""Build the one-folder application: ``python build/build.py`` → ``dist/backoffice/``.

    .venv/bin/python build/build.py                  # dist/backoffice/backoffice
    .venv/bin/python build/build.py --clean          # drop PyInstaller's cache first
    .venv/bin/python build/build.py --distpath /tmp/out

Compiles the translations (``build/qt_translations.py``, the code ``setup.py`` runs on
install), then runs PyInstaller on ``build/backoffice.spec`` with its work folder in
``build/.work`` (PyInstaller's default ``./build`` is this folder) and the result in
``dist/``; both are git-ignored. Needs the ``test`` extra (it brings PyInstaller).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
REPO_ROOT = BUILD_DIR.parent
SPEC = BUILD_DIR / "backoffice.spec"
APP_NAME = "backoffice"

sys.path.insert(0, str(BUILD_DIR))
import qt_translations  # noqa: E402


def build(distpath: Path = REPO_ROOT / "dist", workpath: Path = BUILD_DIR / ".work",
          clean: bool = False, log_level: str = "WARN") -> Path:
    """Build the app; returns the output folder (``<distpath>/backoffice``)."""
    for qm in qt_translations.compile_translations():
        print(f"compiled {qm.relative_to(REPO_ROOT)}")
    cmd = [
        sys.executable, "-m", "PyInstaller", str(SPEC),
        "--workpath", str(workpath),
        "--distpath", str(distpath),
        "--noconfirm",
        "--log-level", log_level,
        *(["--clean"] if clean else []),
    ]
    subprocess.run(cmd, check=True, cwd=REPO_ROOT)
    out = distpath / APP_NAME
    exe = out / (APP_NAME + (".exe" if sys.platform == "win32" else ""))
    if not exe.is_file():
        raise SystemExit(f"PyInstaller finished but {exe} is missing")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the one-folder Back Office Desktop application.")
    parser.add_argument("--distpath", type=Path, default=REPO_ROOT / "dist", help="output folder (default: dist)")
    parser.add_argument("--workpath", type=Path, default=BUILD_DIR / ".work",
                        help="PyInstaller's work folder (default: build/.work)")
    parser.add_argument("--clean", action="store_true", help="clear PyInstaller's cache before building")
    parser.add_argument("--log-level", default="WARN", help="PyInstaller log level (default: WARN)")
    args = parser.parse_args(argv)
    started = time.monotonic()
    try:
        out = build(args.distpath.resolve(), args.workpath.resolve(), args.clean, args.log_level)
    except subprocess.CalledProcessError as exc:
        print(f"PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    print(f"Built in {time.monotonic() - started:.0f} s: {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
