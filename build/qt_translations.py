"""Compile the interface translations (Qt ``.ts`` sources) into the ``.qm`` files Qt loads.

The ``.qm`` files are build products, not sources (``*.qm`` is git-ignored): ``setup.py``
runs this on every install (wheel and editable) and ``build/build.py`` before freezing.
Standard library only, because ``setup.py`` loads it inside pip's isolated build
environment, where only the ``[build-system] requires`` (setuptools, PySide6) exist.

It finds ``lrelease`` in the PySide6 wheel of the running interpreter without importing
PySide6 (importing it loads the Qt libraries, which the build does not need).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS_DIR = REPO_ROOT / "src" / "backoffice_desktop" / "resources" / "translations"
# Where the translations live inside the installed package.
PACKAGE_SUBDIR = Path("backoffice_desktop") / "resources" / "translations"


class TranslationsError(RuntimeError):
    """lrelease is missing or failed: the build must stop rather than ship an untranslated app."""


def _pyside6_dir() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def find_qt_tool(name: str) -> Path:
    """Path of a Qt Linguist tool (``lrelease``, ``lupdate``) from the PySide6 wheel.

    Looks in the PySide6 package folder first (the binary the ``pyside6-<name>`` entry
    point wraps), then for ``pyside6-<name>`` / ``<name>`` on PATH and beside the
    interpreter.
    """
    exe = ".exe" if sys.platform == "win32" else ""
    pyside = _pyside6_dir()
    if pyside is not None:
        for candidate in (pyside / f"{name}{exe}", pyside / "Qt" / "bin" / f"{name}{exe}",
                          pyside / "Qt" / "libexec" / f"{name}{exe}"):
            if candidate.is_file():
                return candidate
    scripts = Path(sys.executable).parent
    for tool in (f"pyside6-{name}", name):
        found = shutil.which(tool) or shutil.which(tool, path=str(scripts))
        if found:
            return Path(found)
    raise TranslationsError(
        f"Qt's {name} was not found: install PySide6 (PySide6-Essentials) into the "
        f"environment running {sys.executable}"
    )


def ts_files(source_dir: Path = TRANSLATIONS_DIR) -> list[Path]:
    return sorted(source_dir.glob("*.ts"))


def compile_translations(source_dir: Path = TRANSLATIONS_DIR, out_dir: Path | None = None,
                         quiet: bool = True) -> list[Path]:
    """Run ``lrelease`` on every ``.ts`` in ``source_dir``; write the ``.qm`` into ``out_dir``
    (default: beside the sources). Returns the ``.qm`` files written."""
    sources = ts_files(source_dir)
    if not sources:
        return []
    out_dir = out_dir or source_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    lrelease = find_qt_tool("lrelease")
    written: list[Path] = []
    for ts in sources:
        qm = out_dir / (ts.stem + ".qm")
        cmd = [str(lrelease), *(["-silent"] if quiet else []), str(ts), "-qm", str(qm)]
        result = subprocess.run(cmd, capture_output=True, text=True, env=_tool_env())
        if result.returncode != 0 or not qm.is_file():
            raise TranslationsError(
                f"lrelease failed on {ts} (exit {result.returncode}):\n{result.stdout}{result.stderr}"
            )
        if not quiet and result.stdout.strip():
            print(result.stdout.strip())
        written.append(qm)
    return written


def _tool_env() -> dict[str, str]:
    # The Qt tools are ordinary command-line programs; make sure a headless build
    # never tries to reach a display.
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


if __name__ == "__main__":
    for path in compile_translations(quiet=False):
        print(path)
