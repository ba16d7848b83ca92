"""Translations: every domain error can be translated, the Russian .ts is complete, and
an error reaches the screen in Russian with its values filled in.

The core raises ``ValidationError("The user name '{username}' is already taken.",
username=...)`` (English, no Qt); ``scripts/update_translations.py`` lists each template
in ``ui/error_texts.py`` for lupdate, and ``ui/messages.error_text`` translates it.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from backoffice_desktop.errors import (
    AuthenticationError,
    BackofficeError,
    NotFound,
    Phrase,
    StoreError,
    ValidationError,
)
from backoffice_desktop.models import Role
from backoffice_desktop.services.permissions import PERMISSION_TITLES, Actor, Permission, require

REPO_ROOT = Path(__file__).resolve().parents[2]
TS_DIR = REPO_ROOT / "src" / "backoffice_desktop" / "resources" / "translations"
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")

# Raises whose template is still an f-string, in files owned elsewhere; each is one
# sentence that can't be translated until it is written as a template with params.
# Remove the entry once the raise is converted (the test then keeps it converted).


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def update_translations():
    return _load("_update_translations", REPO_ROOT / "scripts" / "update_translations.py")


# --- the error objects ------------------------------------------------------------------

def test_error_text_is_the_filled_template() -> None:
    exc = ValidationError("The user name '{username}' is already taken.", username="ivan")
    assert str(exc) == "The user name 'ivan' is already taken."
    assert exc.template == "The user name '{username}' is already taken."
    assert exc.params == {"username": "ivan"}


def test_message_with_braces_but_no_params_is_kept_as_is() -> None:
    # A message built elsewhere (e.g. already translated text with a value in it).
    assert str(BackofficeError("Could not save: {not a field}")) == "Could not save: {not a field}"


def test_authentication_error_keeps_retry_after_out_of_the_params() -> None:
    exc = AuthenticationError("Too many wrong passwords. Try again in {seconds} s.", seconds=30, retry_after=29.5)
    assert str(exc) == "Too many wrong passwords. Try again in 30 s."
    assert exc.retry_after == 29.5 and exc.params == {"seconds": 30}
    assert AuthenticationError("Wrong user name or password.").retry_after == 0.0


def test_chained_errors_keep_their_cause() -> None:
    cause = OSError("disk full")
    with pytest.raises(StoreError) as info:
        try:
            raise cause
        except OSError as exc:
            raise StoreError("Cannot read the store file {path}: {reason}.", path="/x", reason="disk full") from exc
    assert info.value.__cause__ is cause
    assert str(info.value) == "Cannot read the store file /x: disk full."


def test_permission_denied_names_the_action_as_a_phrase() -> None:
    clerk = Actor(1, "kate", "", frozenset({Role.CLERK}))
    with pytest.raises(BackofficeError) as info:
        require(clerk, Permission.EDIT_PRICES)
    assert str(info.value) == "User kate is not allowed to change prices."
    assert isinstance(info.value.params["action"], Phrase)
    assert all(isinstance(title, Phrase) for title in PERMISSION_TITLES.values())


# --- (a) the catalogue --------------------------------------------------------------------

def test_every_core_template_is_in_the_catalogue(update_translations) -> None:
    from backoffice_desktop.ui import error_texts

    found, _dynamic = update_translations.scan_core()
    assert len(found) > 40  # the scanner does see the core's raises
    catalogue = set(error_texts.ERROR_TEMPLATES)
    missing = sorted({f"{t.path}:{t.line}: {t.text}" for t in found if t.text not in catalogue})
    assert not missing, "run scripts/update_translations.py; not in ui/error_texts.py:\n" + "\n".join(missing)
    assert "The user name '{username}' is already taken." in catalogue
    assert "change prices" in catalogue  # a Phrase


def test_catalogue_is_up_to_date(update_translations) -> None:
    found, _dynamic = update_translations.scan_core()
    current = update_translations.CATALOGUE.read_text(encoding="utf-8")
    assert current == update_translations.render_catalogue(found), "run scripts/update_translations.py"


def test_core_error_templates_are_literals(update_translations) -> None:
    _found, dynamic = update_translations.scan_core()
    problems = [f"{t.path}:{t.line}: {t.kind}({t.text[:80]}…)" for t in dynamic]
    assert not problems, (
        "write these as ErrorClass(\"... {name} ...\", name=value) so they can be translated:\n"
        + "\n".join(problems)
    )


def test_scanner_flags_f_strings_and_reads_literals(update_translations, tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text(
        "def f(name, n):\n"
        "    if n:\n"
        "        raise ValidationError(f'No {name}.')\n"
        "    raise NotFound('Product #{product_id} does not exist.', product_id=n)\n"
        "ACTION = Phrase('change prices')\n",
        encoding="utf-8",
    )
    found, dynamic = update_translations.scan_core([source])
    assert sorted(t.text for t in found) == ["Product #{product_id} does not exist.", "change prices"]
    assert [t.kind for t in dynamic] == ["ValidationError"]


# --- (b) the .ts files --------------------------------------------------------------------

def _messages(ts: Path) -> Iterator[tuple[str, ET.Element]]:
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("obsolete", "vanished"):
                yield name, message


def test_russian_translation_is_complete() -> None:
    problems = []
    count = 0
    for context, message in _messages(TS_DIR / "backoffice_ru.ts"):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation.get("type") == "unfinished":
            problems.append(f"unfinished: {where}")
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if len(forms) != 3 or not all("%n" in f for f in forms):
                problems.append(f"needs three plural forms with %n: {where}")
            continue
        text = translation.text or ""
        if not text.strip():
            problems.append(f"empty: {where}")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"placeholders differ: {where} → {text!r}")
    assert count > 250
    assert not problems, "\n".join(problems)


def test_english_plurals_are_filled() -> None:
    numerus = [(c, m) for c, m in _messages(TS_DIR / "backoffice_en.ts") if m.get("numerus") == "yes"]
    assert numerus
    for context, message in numerus:
        forms = [f.text or "" for f in message.find("translation").findall("numerusform")]
        assert len(forms) == 2 and all("%n" in f for f in forms), (context, message.findtext("source"))


# --- (c) translated at the UI edge --------------------------------------------------------

@pytest.mark.usefixtures("russian")
def test_error_text_in_russian_fills_the_values() -> None:
    from backoffice_desktop.ui.messages import error_text, error_title

    exc = ValidationError("The user name '{username}' is already taken.", username="ivan")
    assert error_text(exc) == "Имя пользователя «ivan» уже занято."
    assert str(exc) == "The user name 'ivan' is already taken."  # the CLI and logs stay English
    assert error_text(NotFound("Product #{product_id} does not exist.", product_id=42)) == "Товар № 42 не найден."
    assert error_title(exc) == "Действие невозможно"


@pytest.mark.usefixtures("russian")
def test_permission_phrase_is_translated_inside_the_sentence() -> None:
    from backoffice_desktop.ui.messages import error_text

    clerk = Actor(1, "kate", "", frozenset({Role.CLERK}))
    with pytest.raises(BackofficeError) as info:
        require(clerk, Permission.EDIT_PRICES)
    assert error_text(info.value) == "Пользователю kate не разрешено изменять цены."


@pytest.mark.usefixtures("russian")
def test_untranslated_message_is_shown_as_is() -> None:
    from backoffice_desktop.ui.messages import error_text

    assert error_text(BackofficeError("Не удалось сохранить: {0}")) == "Не удалось сохранить: {0}"
