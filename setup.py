"""Build hook: compile the Qt translations (``.ts`` → ``.qm``) on every install.

All metadata lives in ``pyproject.toml``; this file only adds the translation step,
because ``.qm`` files are build products and are not committed.

- Wheel (``pip install .``): the ``.qm`` are written into the build tree beside the
  packaged ``.ts``, so they ship inside the wheel / site-packages.
- Editable (``pip install -e .``, setuptools ≥ 64): ``build_py`` copies nothing in that
  mode (the package is imported from ``src/``), so the ``.qm`` are written into the
  source tree, where the running code looks for them.

The compiler itself is ``build/qt_translations.py``, shared with ``build/build.py``
(the PyInstaller build); ``lrelease`` comes from the PySide6 wheel that
``[build-system] requires`` puts in the build environment.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py as _build_py
from setuptools.command.sdist import sdist as _sdist

HERE = Path(__file__).resolve().parent
HELPER = Path("build") / "qt_translations.py"


def _helper():
    path = HERE / HELPER
    if not path.is_file():
        raise SystemExit(f"error: {path} is missing; build from a full checkout or an sdist made by setup.py")
    spec = importlib.util.spec_from_file_location("_backoffice_qt_translations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class build_py(_build_py):
    """``build_py`` that also compiles the interface translations."""

    def run(self) -> None:
        helper = _helper()
        self._qm_outputs: list[str] = []
        if self.editable_mode:
            # Nothing is copied in editable mode: the package runs from src/.
            self._compile(helper, out_dir=None)
            super().run()
            return
        super().run()
        self._qm_outputs = [str(p) for p in self._compile(helper, Path(self.build_lib) / helper.PACKAGE_SUBDIR)]

    def _compile(self, helper, out_dir: Path | None) -> list[Path]:
        try:
            written = helper.compile_translations(helper.TRANSLATIONS_DIR, out_dir)
        except helper.TranslationsError as exc:
            # SystemExit, not an exception: setuptools' editable build turns exceptions
            # from a custom build_py into a warning nobody sees, and the install would
            # quietly lose its Russian interface.
            raise SystemExit(f"error: {exc}") from exc
        for qm in written:
            print(f"compiled translation {qm}")
        return written

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:  # type: ignore[override]
        outputs = super().get_outputs(include_bytecode)
        extra = [p for p in getattr(self, "_qm_outputs", []) if p not in outputs]
        return [*outputs, *extra]


class sdist(_sdist):
    """``sdist`` that carries the translation compiler, so a wheel can be built from it."""

    def make_release_tree(self, base_dir, files) -> None:
        super().make_release_tree(base_dir, files)
        target = Path(base_dir) / HELPER
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(HERE / HELPER, target)


setup(
    cmdclass={"build_py": build_py, "sdist": sdist},
    # setuptools' default ./build is our PyInstaller folder: keep its build/lib and
    # build/bdist.* inside the git-ignored work folder instead.
    options={"build": {"build_base": "build/.work/setuptools"}},
)
