"""The app's own words in the person's language, through Python's gettext.

Each layer that speaks to people has its catalogue (a gettext *domain*):
``core`` (engine, exports, text, audit, loading messages), ``ask`` (the line
prompts and the CLI) and ``tui`` (the app). They live in
``toolmix/locale/LANG/LC_MESSAGES/DOMAIN.mo``, compiled from the ``.po``
beside them by ``python tools/catalogues.py compile``. A word with no
translation is shown in English, never as an empty line.

Mark a message where it is shown: ``_("Continue")``; with a number,
``ngettext("{n} answer", "{n} answers", n).format(n=n)`` (an f-string cannot
be extracted). A constant defined at import time is marked with ``N_`` and
translated where it is shown, since the language is chosen after import.

The language is ``--lang`` (which the CLI puts in ``TOOLMIX_LANG``), then
``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` as gettext reads them; it is read on
the first message and kept until :func:`use_language` changes it.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path

#: Set by ``--lang``: a language asked for by name (so a missing translation is said aloud).
ASKED = "TOOLMIX_LANG"
DOMAINS = ("core", "ask", "tui")
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"

_translations: gettext.NullTranslations | None = None
_lang: str | None = None


def language() -> tuple[str | None, bool]:
    """The language asked for, and whether by name (``--lang``) rather than the locale.

    ``es_ES.UTF-8`` is ``es``; ``C`` and ``POSIX`` ask for none.
    """
    asked = os.environ.get(ASKED)
    if asked:
        return asked, True
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            code = value.split(".")[0].split("@")[0].split("_")[0].lower()
            return (None if code in ("c", "posix") else code), False
    return None, False


def catalogue_languages() -> list[str]:
    """The languages the app's own words are translated into (English is the source)."""
    if not LOCALE_DIR.is_dir():
        return []
    return sorted(p.name for p in LOCALE_DIR.iterdir() if (p / "LC_MESSAGES").is_dir())


def use_language(lang: str | None) -> None:
    """Speak ``lang`` from now on (``None`` or ``en``: English)."""
    global _translations, _lang
    chain: gettext.NullTranslations = gettext.NullTranslations()
    if lang and lang != "en":
        # pt-BR asks for pt_BR first, then pt, as gettext's own lookup does.
        tried = [lang.replace("-", "_"), lang.split("-")[0]]
        for domain in reversed(DOMAINS):
            found = gettext.translation(domain, LOCALE_DIR, tried, fallback=True)
            if not isinstance(found, gettext.GNUTranslations):
                continue
            found.add_fallback(chain)
            chain = found
    _translations, _lang = chain, lang


def current_language() -> str | None:
    """The language the app's words are in now (``None`` for English)."""
    _active()
    return _lang


def words_key() -> bytes:
    """The language the app's words are in now, with its ``core`` catalogue: what decides
    the words of a message made while loading (a kept tree keeps its warnings as worded)."""
    lang = current_language()
    if not lang or lang == "en":
        return b"en"
    found = gettext.find("core", LOCALE_DIR, [lang.replace("-", "_"), lang.split("-")[0]])
    return lang.encode() + b"\0" + (Path(found).read_bytes() if found else b"")


def _active() -> gettext.NullTranslations:
    if _translations is None:
        use_language(language()[0])
    assert _translations is not None
    return _translations


def _(message: str) -> str:
    """``message`` in the person's language."""
    return _active().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural of a message, as the language counts ``n``."""
    return _active().ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` in the sense ``context`` gives it (a word that translates two ways)."""
    return _active().pgettext(context, message)


def N_(message: str) -> str:
    """Mark ``message`` for translation where it is shown; it is returned unchanged."""
    return message


def decimal_separator() -> str:
    """``.`` in English, ``,`` in Spanish: the translators say which."""
    return pgettext("decimal separator", ".")


def thousands(value: int) -> str:
    """``100,000`` in English, ``100 000`` in Spanish: the translators say what groups them."""
    return f"{value:,}".replace(",", pgettext("thousands separator", ","))
