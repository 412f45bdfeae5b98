"""What a walk in Spanish must not show: the app's English words and the tree's English text.

The app's words are every message of every catalogue (core, ask, tui) whose Spanish
differs from it, cut at its {fields} (and argparse's %s) into the runs of words between
them; the tree's are its texts the side file translates otherwise. A run is looked for as
whole words, so "Close" is not found in "Closed" nor a word inside a longer one.
:func:`leaks` lists what it finds, each with where it comes from, for a failure message
that says what to translate.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from conftest import ROOT
from toolmix.load.loader import load_tree
from toolmix.load.translate.side import read_translation, side_file, translated
from toolmix.load.translate.strings import source_hash, tree_strings
from toolmix.text.i18n import ASKED

sys.path.insert(0, str(ROOT / "tools"))

from catalogues import DOMAIN_SOURCES, po_path, read

_FIELD = re.compile(r"\{[^{}]*\}|%(?:\(\w+\))?[sdr]|\n")
#: English words no Spanish sentence has: found, they are English no catalogue holds (a
#: message left unmarked), which the catalogues' own words cannot show.
ENGLISH_WORDS = ("the", "and", "of", "to", "your", "you", "with", "for", "is", "are", "from")
_URL = re.compile(r"https?://[^\s>)\]]+")
#: A file's path (the export's, pytest's /tmp/pytest-of-USER/…) is the file system's words.
_PATH = re.compile(r"(?<![\w.])/[^\s│▌▐]+")
#: A run of fewer letters is too short to tell an English word from a name, a unit or
#: a word of the Spanish ("No", "OK", "min").
SHORTEST = 4


def _runs(message: str) -> list[str]:
    """The runs of words of ``message`` between its fields, each as it would be shown."""
    runs = []
    for part in _FIELD.split(message):
        run = part.strip(" \t:;,.·()[]'\"«»“”-–—→↳>")
        if sum(c.isalpha() for c in run) >= SHORTEST:
            runs.append(run)
    return runs


@functools.cache
def app_english(lang: str = "es") -> dict[str, str]:
    """Each English run of the catalogues' messages, with the message it is from."""
    found: dict[str, str] = {}
    for domain in DOMAIN_SOURCES:
        for message in read(po_path(lang, domain), lang):
            if not message.id:
                continue
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            spanish = " ".join(strings)
            for english in ids:
                if english in strings:
                    continue
                for run in _runs(english):
                    if not re.search(_whole(run), spanish):  # "Discord" in both: no leak
                        found.setdefault(run, f"{domain}.po: {english!r}")
    return found


@functools.cache
def tree_english(tree: Path, lang: str = "es") -> frozenset[str]:
    """The tree's texts its ``lang`` side file translates otherwise (and is current for)."""
    loaded = load_tree(tree)
    english = tree_strings(loaded.tree)
    entries = read_translation(side_file(tree, lang)).entries
    previous = os.environ.get(ASKED, "")
    os.environ[ASKED] = lang
    try:
        shown = tree_strings(translated(loaded).tree)
    finally:
        os.environ[ASKED] = previous
    return frozenset(
        text
        for key, text in english.items()
        if shown[key] != text
        and key in entries
        and entries[key].hash == source_hash(text)
        and sum(c.isalpha() for c in text) >= SHORTEST
    )


def _whole(text: str) -> str:
    return r"(?<!\w)" + re.escape(text) + r"(?!\w)"


def leaks(shown: str, tree: Path | None = None, typed: Iterable[str] = ()) -> list[str]:
    """The app's English words and ``tree``'s English texts found in ``shown``, once the
    person's own words (``typed``: "Quill (open source)"), web addresses and paths are
    taken out; each said with where it comes from."""
    for words in typed:  # word by word: a flowchart label writes "(" as "#40;"
        for word in re.findall(r"\w+", words):
            shown = re.sub(_whole(word), "", shown)
    shown = _URL.sub("", shown)  # an address is no one's words: .../business/answer/3474122
    shown = _PATH.sub("", shown)
    found = [
        f"{run!r} ({where})"
        for run, where in sorted(app_english().items())
        if re.search(_whole(run), shown)
    ]
    found += [
        f"{word!r} (an English word: a message not marked for translation?)"
        for word in ENGLISH_WORDS
        if re.search(_whole(word), shown)
    ]
    if tree is not None:
        found += [
            f"{text!r} (the tree's text)"
            for text in sorted(tree_english(tree))
            if re.search(_whole(text), shown)
        ]
    return found
