"""Refresh the translation sources from the code: ``pyside6-lupdate`` over the UI.

    .venv/bin/python scripts/update_translations.py            # update both .ts files
    .venv/bin/python scripts/update_translations.py --no-obsolete
    .venv/bin/python scripts/update_translations.py --compile  # and build the .qm to try them
    .venv/bin/python scripts/update_translations.py --check    # is the error catalogue current?

First it regenerates ``ui/error_texts.py``, the catalogue of the domain errors'
message templates: the core (everything but ``ui/`` and ``app.py``) has no Qt, so it
raises ``ValidationError("The user name '{username}' is already taken.", username=...)``
and the UI translates the template in the context ``"errors"`` (``ui/messages.error_text``).
The catalogue lists every literal template of a ``BackofficeError`` subclass call and
every ``Phrase("...")`` as ``QT_TRANSLATE_NOOP("errors", ...)``, where lupdate finds them.

Then it scans ``src/backoffice_desktop/app.py`` and every ``src/backoffice_desktop/ui/**/*.py``
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
import ast
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE = REPO_ROOT / "src" / "backoffice_desktop"
TRANSLATIONS_DIR = PACKAGE / "resources" / "translations"
LANGUAGES = {"ru": "ru_RU", "en": "en_US"}
ERRORS_MODULE = PACKAGE / "errors.py"
#: Modules that define error classes (the export writers have their own).
ERROR_MODULES = (ERRORS_MODULE, PACKAGE / "exports" / "errors.py")
CATALOGUE = PACKAGE / "ui" / "error_texts.py"
ERROR_CONTEXT = "errors"
PHRASE_CLASS = "Phrase"


sys.path.insert(0, str(REPO_ROOT / "build"))
import qt_translations  # noqa: E402  (shared with setup.py and build/build.py)


# --- the error catalogue ------------------------------------------------------------

@dataclass(frozen=True)
class Template:
    text: str
    path: str  # relative to the package
    line: int
    kind: str  # the error class, or "Phrase"


def error_class_names(modules: tuple[Path, ...] = ERROR_MODULES) -> set[str]:
    """``BackofficeError`` and every class in the error modules derived from it."""
    body = [node for path in modules for node in ast.parse(path.read_text(encoding="utf-8")).body]
    names = {"BackofficeError"}
    changed = True
    while changed:
        changed = False
        for node in body:
            if isinstance(node, ast.ClassDef) and node.name not in names:
                bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
                if bases & names:
                    names.add(node.name)
                    changed = True
    return names


def core_files() -> list[Path]:
    """The Qt-free core: the package without ``ui/`` and ``app.py``."""
    return [
        f for f in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in f.parts and f.relative_to(PACKAGE).parts[0] not in ("ui", "app.py")
    ]


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def scan_core(files: list[Path] | None = None) -> tuple[list[Template], list[Template]]:
    """Every error template and phrase written in the core, and the ones that can't be
    translated because they aren't a literal (an f-string, ``"..." % x``, a variable).

    Looks at each call of an error class (raised or built) and of ``Phrase``; the
    template is the first argument (implicitly concatenated literals count as one).
    """
    classes = error_class_names()
    found: list[Template] = []
    dynamic: list[Template] = []
    for path in files if files is not None else core_files():
        rel = path.relative_to(PACKAGE).as_posix() if path.is_relative_to(PACKAGE) else str(path)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            if name not in classes and name != PHRASE_CLASS:
                continue
            if not node.args:
                continue
            arg = node.args[0]
            kind = name or ""
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                found.append(Template(arg.value, rel, node.lineno, kind))
            else:
                dynamic.append(Template(ast.unparse(arg), rel, node.lineno, kind))
    return found, dynamic


def render_catalogue(templates: list[Template]) -> str:
    # Where each text is written (files only: line numbers would churn the file).
    by_text: dict[str, set[str]] = {}
    for t in templates:
        by_text.setdefault(t.text, set()).add(t.path)
    lines = [
        '"""The domain errors\' message templates, for the translators (generated: do not edit).',
        "",
        "Written by ``scripts/update_translations.py`` from the ``raise ...Error(\"template\", ...)``",
        "and ``Phrase(\"...\")`` literals of the core; ``ui/messages.error_text`` translates an",
        f"error's template in the context {ERROR_CONTEXT!r}. Run the script after adding an error.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "ERROR_TEMPLATES: tuple[str, ...] = (",
    ]
    for text in sorted(by_text):
        literal = json.dumps(text, ensure_ascii=False)
        lines.append(f"    # {', '.join(sorted(by_text[text]))}")
        lines.append(f'    QT_TRANSLATE_NOOP("{ERROR_CONTEXT}", {literal}),')
    lines.append(")")
    return "\n".join(lines) + "\n"


def write_catalogue(path: Path = CATALOGUE) -> tuple[bool, list[Template]]:
    """Regenerate the catalogue; returns (whether it changed, the dynamic templates)."""
    found, dynamic = scan_core()
    text = render_catalogue(found)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if old != text:
        path.write_text(text, encoding="utf-8")
    return old != text, dynamic


# --- lupdate ----------------------------------------------------------------------------

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
    parser.add_argument("--check", action="store_true",
                        help="only check that ui/error_texts.py lists every error template (exit 1 if not)")
    args = parser.parse_args(argv)
    if args.check:
        found, dynamic = scan_core()
        current = CATALOGUE.read_text(encoding="utf-8") if CATALOGUE.exists() else ""
        stale = current != render_catalogue(found)
        for t in dynamic:
            print(f"{t.path}:{t.line}: {t.kind}({t.text}): not a literal template; it can't be translated")
        if stale:
            print(f"{CATALOGUE.relative_to(REPO_ROOT)} is out of date: run scripts/update_translations.py")
        return 1 if stale or dynamic else 0
    changed, dynamic = write_catalogue()
    print(f"{'wrote' if changed else 'unchanged'} {CATALOGUE.relative_to(REPO_ROOT)}")
    for t in dynamic:
        print(f"warning: {t.path}:{t.line}: {t.kind}({t.text}) is not a literal template; "
              "write it as ErrorClass(\"... {name} ...\", name=value) so it can be translated")
    update(args.ts_dir, no_obsolete=args.no_obsolete)
    if args.compile:
        for qm in qt_translations.compile_translations(args.ts_dir, quiet=False):
            print(f"compiled {qm}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
