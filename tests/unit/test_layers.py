"""The layering rules of the design, checked on the source: the core never imports Qt,
and the UI never talks SQL."""

from __future__ import annotations

import ast
from pathlib import Path

import backoffice_desktop

PACKAGE = Path(backoffice_desktop.__file__).resolve().parent
CORE = ["models", "services", "sync", "exports", "migrations", "cli"]
CORE_MODULES = ["db.py", "config.py", "errors.py"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _core_files() -> list[Path]:
    files = [PACKAGE / name for name in CORE_MODULES]
    for folder in CORE:
        if (PACKAGE / folder).is_dir():
            files.extend((PACKAGE / folder).rglob("*.py"))
    return files


def test_core_never_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in _core_files()
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(path))
    ]
    assert offenders == []


def test_ui_does_not_use_sql():
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for name in _imports(path):
            if name == "sqlalchemy" or (name.startswith("sqlalchemy.") and name != "sqlalchemy.orm"
                                        and name != "sqlalchemy.engine"):
                offenders.append(f"{path.relative_to(PACKAGE)}: {name}")
        text = path.read_text(encoding="utf-8")
        for needle in ("session.execute(", "session.query(", "text(\""):
            if needle in text:
                offenders.append(f"{path.relative_to(PACKAGE)}: {needle}")
    assert offenders == []
