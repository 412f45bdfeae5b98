"""The app's own words (gettext catalogues in src/toolmix/locale): complete, compiled, spoken."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from toolmix.text.i18n import (
    _,
    catalogue_languages,
    current_language,
    language,
    ngettext,
    use_language,
)
from toolmix.text.words import format_number, hours_a_week, more_hours

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from catalogues import DOMAIN_SOURCES, extracted, mo_bytes, po_path, read  # noqa: E402

LANGS = catalogue_languages()
CASES = [(lang, domain) for lang in LANGS for domain in DOMAIN_SOURCES]
FIELD = re.compile(r"\{(\w*)[^{}]*\}")


def _ids(message_id: str | tuple[str, ...]) -> tuple[str, ...]:
    return message_id if isinstance(message_id, tuple) else (message_id,)


def test_spanish_is_shipped() -> None:
    assert "es" in LANGS


@pytest.mark.parametrize(("lang", "domain"), CASES)
def test_every_marked_message_is_translated(lang: str, domain: str) -> None:
    catalog = read(po_path(lang, domain), lang)
    missing = []
    for message in extracted(domain):
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        strings = _ids(found.string) if found is not None else ()
        if found is None or not all(strings) or found.fuzzy:
            where = ", ".join(path for path, _line in message.locations)
            missing.append(f"{_ids(message.id)[0]!r} ({where})")
    assert not missing, (
        f"{len(missing)} messages of '{domain}' not translated into {lang} "
        "(python tools/catalogues.py extract, translate, then compile):\n" + "\n".join(missing)
    )


@pytest.mark.parametrize(("lang", "domain"), CASES)
def test_translations_keep_every_placeholder(lang: str, domain: str) -> None:
    wrong = []
    for message in read(po_path(lang, domain), lang):
        if not message.id or not message.string:
            continue
        fields = {frozenset(FIELD.findall(text)) for text in _ids(message.id)}
        for text in _ids(message.string):
            if text and frozenset(FIELD.findall(text)) not in fields:
                wrong.append(f"{_ids(message.id)[0]!r} -> {text!r}")
    assert not wrong, "translations that lose or add a {field}:\n" + "\n".join(wrong)


@pytest.mark.parametrize(("lang", "domain"), CASES)
def test_compiled_catalogue_matches_its_po(lang: str, domain: str) -> None:
    po = po_path(lang, domain)
    mo = po.with_suffix(".mo")
    assert mo.exists(), f"{mo} missing: python tools/catalogues.py compile"
    assert mo.read_bytes() == mo_bytes(read(po, lang)), (
        f"{mo.name} is older than {po.name}: python tools/catalogues.py compile"
    )


def test_spanish_words_and_numbers() -> None:
    use_language("es")
    assert current_language() == "es"
    assert hours_a_week(2.5) == "2 horas y 30 minutos a la semana"
    assert hours_a_week(1) == "1 hora a la semana"
    assert more_hours(0.1) == "6 minutos más"
    assert format_number(0.25) == "0,25"
    assert ngettext("{n} answer", "{n} answers", 3).format(n=3) == "3 respuestas"


@pytest.mark.parametrize("lang", [None, "en", "xx", "pt-BR"])
def test_a_language_without_a_catalogue_speaks_english(lang: str | None) -> None:
    use_language(lang)
    assert hours_a_week(2.5) == "2 hours 30 minutes a week"
    assert _("no such message, never marked") == "no such message, never marked"


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"TOOLMIX_LANG": "es", "LANG": "fr_FR.UTF-8"}, ("es", True)),
        ({"LC_ALL": "es_ES.UTF-8", "LANG": "en_GB.UTF-8"}, ("es", False)),
        ({"LANG": "es_MX.UTF-8"}, ("es", False)),
        ({"LANG": "C.UTF-8"}, (None, False)),
        ({}, (None, False)),
    ],
)
def test_the_language_comes_from_lang_then_the_locale(
    env: dict[str, str], expected: tuple[str | None, bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("TOOLMIX_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert language() == expected


def test_the_locale_chooses_the_words_when_nothing_was_chosen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    import toolmix.text.i18n as i18n

    monkeypatch.setattr(i18n, "_translations", None)
    assert hours_a_week(1) == "1 hora a la semana"
