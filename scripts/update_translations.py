"""Refresh the translation sources from the code: ``pyside6-lupdate`` over the UI.

    .venv/bin/python scripts/update_translations.py            # update both .ts files
    .venv/bin/python scripts/update_translations.py --no-obsolete
    .venv/bin/python scripts/update_translations.py --compile  # and build the .qm to try them

Scans ``src/backoffice_desktop/app.py`` and every ``src/backoffice_desktop/ui/**/*.py``
and merges what it finds into ``resources/translations/backoffice_{ru,en}.ts``:
existing translations are kept, new strings arrive unfinished, strings no longer in the
code are kept as obsolete (``--no-obsolete`` drops them). Translate the new entries in
Qt Linguist (``pyside6-linguist``) or an editor, then commit the ``.ts``. The ``.qm``
are never committed: every install builds them (``setup.py``).

lupdate only sees literal strings in ``self.tr("...")``, ``QCoreApplication.translate(
"Context", "...")`` and ``QT_TRANSLATE_NOOP("Context", "...")``; text passed through a
variable must be marked with ``QT_TRANSLATE_NOOP`` where it is written.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = REPO_ROOT / "src" / "backoffice_desktop"
TRANSLATIONS_DIR = PACKAGE / "resources" / "translations"
LANGUAGES = {"ru": "ru_RU", "en": "en_US"}

sys.path.insert(0, str(REPO_ROOT / "build"))
import qt_translations  # noqa: E402  (shared with setup.py and build/build.py)


def source_files() -> list[Path]:
    files = [PACKAGE / "app.py", *sorted((PACKAGE / "ui").rglob("*.py"))]
    return [f for f in files if f.is_file() and "__pycache__" not in f.parts]


def update(ts_dir: Path, no_obsolete: bool = False) -> None:
    lupdate = qt_translations.find_qt_tool("lupdate")
    sources = source_files()
    if not sources:
        raise SystemExit("no UI sources found")
    ts_dir.mkdir(parents=True, exist_ok=True)
    for lang, qt_lang in LANGUAGES.items():
        ts = ts_dir / f"backoffice_{lang}.ts"
        cmd = [
            str(lupdate),
            # Paths relative to the .ts keep the files identical on every machine.
            "-locations", "relative",
            "-source-language", "en_US",
            "-target-language", qt_lang,
            *(["-no-obsolete"] if no_obsolete else []),
            *[str(f) for f in sources],
            "-ts", str(ts),
        ]
        print(f"lupdate → {ts.relative_to(REPO_ROOT) if ts.is_relative_to(REPO_ROOT) else ts}")
        result = subprocess.run(cmd, env=qt_translations._tool_env())
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed on {ts} (exit {result.returncode})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-obsolete", action="store_true",
                        help="drop strings that are no longer in the code (and their translations)")
    parser.add_argument("--compile", action="store_true", help="also build the .qm beside the .ts")
    parser.add_argument("--ts-dir", type=Path, default=TRANSLATIONS_DIR,
                        help="folder of the .ts files (default: the package's resources/translations)")
    args = parser.parse_args(argv)
    update(args.ts_dir, no_obsolete=args.no_obsolete)
    if args.compile:
        for qm in qt_translations.compile_translations(args.ts_dir, quiet=False):
            print(f"compiled {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
