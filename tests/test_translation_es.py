"""The Spanish translation shipped with community-platform (issue 20): current, and used.

Walking each case with ``--lang es``, none of the tree's English text that the
translation covers reaches the export; the app's own words (headings such as
"Your plan") come from the app's catalogue (core.po), in Spanish too. The tree is still being
worked on: after a change to its text, ``toolmix translate
trees/community-platform.json --lang es --force`` keeps what is current and
leaves empty what is new or changed, to translate.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, SHIPPED
from toolmix.cli.main import main
from toolmix.load.loader import load_tree
from toolmix.load.translate.check import check_translation
from toolmix.load.translate.side import read_translation, side_file
from toolmix.load.translate.strings import source_hash, tree_strings

TREE = SHIPPED / "community-platform.json"
CASES = sorted((HERE / "cases" / "community-platform").glob("*.json"))


def test_the_spanish_translation_is_current() -> None:
    loaded = load_tree(TREE)
    problems = check_translation(loaded, side_file(TREE, "es"))
    assert not [p for p in problems if "unknown:" in p.message], problems
    # A few strings may lag behind an edit of the tree (shown in English, with a
    # warning), not a tenth of them.
    assert len(problems) <= len(tree_strings(loaded.tree)) // 10, problems


@functools.cache
def english_only() -> tuple[str, ...]:
    """The tree's texts the translation changes (names such as "Discord" stay), long
    enough not to be a word of the Spanish or of the app's own text by chance."""
    loaded = load_tree(TREE)
    mp = pytest.MonkeyPatch()
    mp.setenv("TOOLMIX_LANG", "es")
    try:
        from toolmix.load.translate.side import translated

        spanish = tree_strings(translated(loaded).tree)
    finally:
        mp.undo()
    english = tree_strings(loaded.tree)
    entries = read_translation(side_file(TREE, "es")).entries
    lagging = {
        key
        for key, text in english.items()
        if key not in entries or not entries[key].text or entries[key].hash != source_hash(text)
    }
    return tuple(
        t for key, t in english.items() if spanish[key] != t and len(t) > 12 and key not in lagging
    )


def strings_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_a_walk_in_spanish_exports_none_of_the_trees_english(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["answer", str(TREE), "--lang", "es", "--answers", str(case)]
    assert main([*args, "--format", "json"]) == 0
    out = capsys.readouterr().out
    shown = strings_in(json.loads(out))  # every string as it is, unescaped
    leaked = [text for text in english_only() if any(text in s for s in shown)]
    assert leaked == []
    assert main(args) == 0
    markdown = capsys.readouterr().out
    assert "## Tu plan" in markdown  # the app's own words, from its catalogue
    assert "Del árbol *Dónde alojar tu comunidad*" in markdown
