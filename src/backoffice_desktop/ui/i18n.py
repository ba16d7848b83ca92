"""Interface language: Qt translators for our strings and Qt's own, and the locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
SUPPORTED = ("ru", "en")

_installed: list[QTranslator] = []


def resolve_language(setting: str) -> str:
    """'system' follows the system locale (Russian or else English)."""
    if setting in SUPPORTED:
        return setting
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install(language: str) -> str:
    """Install the translators for ``language`` (ru/en/system); returns the language used."""
    app = QCoreApplication.instance()
    assert app is not None
    lang = resolve_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(QLocale.Language.Russian, QLocale.Country.Russia) if lang == "ru" else QLocale(
        QLocale.Language.English, QLocale.Country.UnitedStates
    )
    QLocale.setDefault(locale)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{lang}", qt_dir), (f"backoffice_{lang}", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return lang


def current_language() -> str:
    """The language the interface is shown in now (set by :func:`install`)."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"
