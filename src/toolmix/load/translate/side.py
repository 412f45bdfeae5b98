"""Reading a translation side file and showing a tree through it.

A translation of ``social-tool-mix.json`` into Spanish is
``social-tool-mix.es.json`` in the same folder::

    {"format": 1, "tree": "social-tool-mix", "lang": "es",
     "strings": {"nodes/goal/text": {"source": "What do you want most?",
                                     "hash": "1c0f9a3b7e21", "text": "¿Qué quiere ante todo?"}}}

``strings`` maps the keys of :mod:`toolmix.load.translate.strings` to the
translated ``text``, the ``hash`` of the tree's text it was made from (so a
changed source shows) and, for the translator, that ``source`` text. The
tree itself is loaded (and cached) as always; the translation is laid over
the loaded tree, so the cache never holds a translated tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from toolmix.files.problem_line import problem_line
from toolmix.load.loader import LoadedTree
from toolmix.load.strict_json import JsonText, read_json
from toolmix.load.translate.strings import rebuild, source_hash, tree_strings
from toolmix.model.problems import Problem, ToolmixError
from toolmix.model.record import record
from toolmix.text.i18n import _, language, ngettext
from toolmix.text.words import and_list

#: A language as a side file's name gives it: ``es``, ``pt-BR``.
LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?")
MAX_TRANSLATION_BYTES = 16 * 1024 * 1024


@record
class Entry:
    text: str
    hash: str


@record
class Translation:
    """A side file read: its entries by key, and its document for locating problems."""

    path: Path
    lang: str
    tree: str
    entries: dict[str, Entry]
    doc: JsonText
    problems: list[Problem]


def side_file(tree_path: str | Path, lang: str) -> Path:
    """Where the ``lang`` translation of the tree file is: ``NAME.LANG.json`` beside it."""
    path = Path(tree_path)
    return path.with_name(f"{path.stem}.{lang}.json")


def is_side_file(path: Path) -> bool:
    """Whether ``path`` is a translation beside a tree (``NAME.es.json`` next to ``NAME.json``)."""
    stem, dot, lang = path.stem.rpartition(".")
    return bool(dot and stem and LANG.fullmatch(lang) and path.with_name(f"{stem}.json").exists())


def side_files(tree_path: str | Path) -> list[Path]:
    """Every translation beside the tree file, by language."""
    path = Path(tree_path)
    return sorted(
        p for p in path.parent.glob(f"{path.stem}.*.json") if is_side_file(p) and p != path
    )


def read_translation(path: Path) -> Translation:
    """The side file's entries; what is wrong in its shape goes to ``problems`` (unlocated).

    A file that cannot be read as JSON raises :class:`ToolmixError`, located.
    """
    doc = read_json(path, what="translation file", max_bytes=MAX_TRANSLATION_BYTES)
    data: Any = doc.data
    problems: list[Problem] = []
    lang = path.stem.rpartition(".")[2]

    def bad(message: str, *where: str | int) -> None:
        problems.append(Problem("error", message, tuple(where)))

    entries: dict[str, Entry] = {}
    if not isinstance(data, dict):
        bad(_("expected an object with format, tree, lang and strings"))
        return Translation(path, lang, "", entries, doc, problems)
    if data.get("format") != 1:
        bad(_("expected 1"), "format")
    tree = data.get("tree")
    if not isinstance(tree, str):
        bad(_("expected the id of the tree translated"), "tree")
    if data.get("lang", lang) != lang:
        bad(_("expected '{lang}', the language of the file's name").format(lang=lang), "lang")
    strings = data.get("strings")
    if not isinstance(strings, dict):
        bad(_("expected an object of key -> {{source, hash, text}}").format(), "strings")
        strings = {}
    for key, value in strings.items():
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            entries[key] = Entry(value["text"], str(value.get("hash", "")))
        else:
            bad('expected {"source": ..., "hash": ..., "text": "..."}', "strings", key)
    return Translation(path, lang, tree if isinstance(tree, str) else "", entries, doc, problems)


def translated(loaded: LoadedTree, warn: Callable[[str], None] | None = None) -> LoadedTree:
    """The tree in the language asked for, when a side file gives it; else as it is.

    Strings the file lacks keep the tree's own text, with one warning that
    counts them; so do those whose translation is stale (their source changed)
    only when empty. A side file that cannot be used is a warning too: the
    walk goes on in the tree's language.
    """
    lang, by_name = language()
    if lang is None:
        return loaded
    path = side_file(loaded.source, lang)
    say = warn or (lambda _message: None)
    if not path.is_file():
        # English is the trees' own text (toolmix's source language and its
        # trees'): asking for it by name needs no file, so no warning.
        if by_name and lang.split("-")[0].lower() != "en":
            say(
                _("no '{lang}' translation of this tree ({file}); its own text is shown").format(
                    lang=lang, file=path.name
                )
            )
        return loaded
    try:
        translation = read_translation(path)
    except ToolmixError as exc:
        say(
            _("{problem}; the tree's own text is shown").format(
                problem=problem_line(exc.problems[0])
            )
        )
        return loaded
    if translation.problems or translation.tree != loaded.id:
        say(
            _(
                "{file}: not a translation of '{tree}' this program can use; see "
                "'toolmix translate --check {source}'"
            ).format(file=path, tree=loaded.id, source=loaded.source)
        )
        return loaded
    missing: list[str] = []
    stale: list[str] = []

    def text(key: str, source: str) -> str:
        entry = translation.entries.get(key)
        if entry is None or not entry.text:
            missing.append(key)
            return source
        if entry.hash != source_hash(source):
            stale.append(key)
        return entry.text

    tree = rebuild(loaded.tree, text)
    if missing or stale:
        counts = [_("{n} missing").format(n=len(missing))] * bool(missing)
        counts += [ngettext("{n} stale", "{n} stale", len(stale)).format(n=len(stale))] * bool(
            stale
        )
        counted = counts[0] if len(counts) == 1 else and_list(counts)
        say(
            _(
                "{file}: {counts} of {n} strings (missing ones are shown in the tree's own "
                "text); 'toolmix translate --check {source}' lists them"
            ).format(
                file=path.name,
                counts=counted,
                n=len(tree_strings(loaded.tree)),
                source=loaded.source,
            )
        )
    return replace(loaded, tree=tree)
