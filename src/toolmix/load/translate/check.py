"""``toolmix translate``: a template of every string to translate, and the check of a translation.

The check reports, each at its file:line:col, strings the tree has and the
translation lacks (or leaves empty), strings whose source changed since they
were translated (their hash differs), and keys that name no string of the
tree (a typo, or a part of the tree since removed).
"""

from __future__ import annotations

import json
from pathlib import Path

from toolmix.load.loader import LoadedTree
from toolmix.load.translate.side import read_translation
from toolmix.load.translate.strings import source_hash, tree_strings
from toolmix.model.problems import Problem, ToolmixError, shorten, sort_problems
from toolmix.text.i18n import _


def template(loaded: LoadedTree, lang: str, keep: dict[str, tuple[str, str]] | None = None) -> str:
    """The side file for ``lang``: every string with its source and hash, ``text`` to fill in.

    ``keep`` holds the translations of an earlier side file (by key): one
    whose source is unchanged stays the ``text``; a stale one becomes ``was``
    (the reader ignores it), beside an empty ``text``, to start again from.
    """
    keep = keep or {}
    strings: dict[str, dict[str, str]] = {}
    for key, text in tree_strings(loaded.tree).items():
        entry = {"source": text, "hash": source_hash(text), "text": ""}
        old = keep.get(key)
        if old is not None and old[1] == entry["hash"]:
            entry["text"] = old[0]
        elif old is not None and old[0]:
            entry["was"] = old[0]
        strings[key] = entry
    head = {"format": 1, "tree": loaded.id, "tree_version": loaded.tree.version, "lang": lang}
    # One string a line: its source and its translation read side by side.
    lines = [f"  {json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in strings.items()]
    top = ",\n".join(f" {json.dumps(k)}: {json.dumps(v)}" for k, v in head.items())
    return "{\n" + top + ',\n "strings": {\n' + ",\n".join(lines) + "\n }\n}\n"


def kept_texts(path: Path) -> dict[str, tuple[str, str]]:
    """The translations of a side file, by key: (text, hash), for a new template."""
    try:
        translation = read_translation(path)
    except ToolmixError:
        return {}
    return {key: (entry.text, entry.hash) for key, entry in translation.entries.items()}


def check_translation(loaded: LoadedTree, path: Path) -> list[Problem]:
    """Every problem of the side file at ``path`` against its tree, located."""
    try:
        translation = read_translation(path)
    except ToolmixError as exc:
        return exc.problems
    problems = list(translation.problems)
    if translation.tree and translation.tree != loaded.id:
        problems.append(
            Problem(
                "error",
                _("the tree is '{tree}'; expected its id here").format(tree=loaded.id),
                ("tree",),
            )
        )
    sources = tree_strings(loaded.tree)
    for key, text in sources.items():
        entry = translation.entries.get(key)
        if entry is None:
            problems.append(
                Problem(
                    "error",
                    _("missing: '{key}' ({text})").format(key=key, text=repr(shorten(text, 60))),
                    ("strings",),
                )
            )
        elif not entry.text:
            problems.append(
                Problem(
                    "error",
                    _("missing: '{key}' is not translated").format(key=key),
                    ("strings", key, "text"),
                )
            )
        elif entry.hash != source_hash(text):
            problems.append(
                Problem(
                    "error",
                    _(
                        "stale: the tree's text of '{key}' changed since it was translated; "
                        "it is now {text} (hash {hash})"
                    ).format(key=key, text=repr(shorten(text, 60)), hash=source_hash(text)),
                    ("strings", key, "hash"),
                )
            )
    for key in translation.entries:
        if key not in sources:
            problems.append(
                Problem(
                    "error",
                    _("unknown: '{key}' is no string of the tree '{tree}'").format(
                        key=key, tree=loaded.id
                    ),
                    ("strings", key),
                    at_key=True,
                )
            )
    return sort_problems(translation.doc.locate(problems))
