"""An empty multi answer is said in words: "With *nothing chosen*", not "With *(none)*".

Five suite personas' exports said "**What else do you already run that works?** With
*(none)*: ..." (football-club, open-source, ...): the alternative that unticks the one
option ticked. The same label is the answer in the app's What if, its What matters most,
the answers panel and the exports' answers; in Spanish "ninguna opción elegida".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import TREES
from toolmix.engine.answer_words import answer_label
from toolmix.engine.explorer import Explorer
from toolmix.engine.session import Session
from toolmix.export.changes import section
from toolmix.export.markdown import render
from toolmix.load.loader import LoadedTree, load_tree
from toolmix.text.i18n import use_language
from toolmix.tui.screens.what_if import option_entry

ANSWERS = {"name": "ACME", "audience": "b2c", "formats": ["photos"], "hours": 3, "site": "yes"}
WORDS = {"en": "nothing chosen", "es": "ninguna opción elegida"}


def no_none_option(tmp_path: Path) -> LoadedTree:
    """tiny.json whose formats question may be left empty (min 0, no 'None of these'),
    Instagram brought in by Photos alone, the other answers given (x-plan.given): the one
    change What would change this plan ranks is formats'."""
    data = json.loads((TREES / "tiny.json").read_text())
    formats = data["nodes"]["formats"]
    formats["min"] = 0
    formats["options"] = [o for o in formats["options"] if o["id"] != "none"]
    people = data["nodes"]["audience"]["options"][1]
    people["effects"] = [e for e in people["effects"] if e["item"] != "instagram"]
    data["x-plan"] = {"given": ["audience", "hours", "site"]}
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(data))
    return load_tree(path)


def walked(loaded: LoadedTree) -> Session:
    session = Session(loaded)
    while not session.finished:
        session.answer(ANSWERS[session.current])
    return session


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_empty_alternative_is_said_in_words(tmp_path: Path, lang: str) -> None:
    use_language(lang)  # conftest's autouse fixture speaks English again after the test
    loaded = no_none_option(tmp_path)
    explorer = Explorer(loaded, walked(loaded))
    empty = next(o for o in explorer.options("formats") if o.answer == [])
    assert empty.label == WORDS[lang]
    entry = option_entry(empty, explorer.now.budget).plain
    said = {"en": "With nothing chosen", "es": "Con «ninguna opción elegida»"}
    assert entry.splitlines()[0] == said[lang]
    assert "(none)" not in entry and "(ninguna)" not in entry


def test_the_markdown_export_says_with_nothing_chosen(tmp_path: Path) -> None:
    """Unticking Photos takes Instagram away: What would change this plan says so."""
    loaded = no_none_option(tmp_path)
    session = walked(loaded)
    explorer = Explorer(loaded, session)
    lines = section(loaded, session, explorer.now)
    ours = [line for line in lines if line.startswith("- **What can you make well?**")]
    assert ours and ours[0].startswith("- **What can you make well?** With *nothing chosen*: ")
    assert "(none)" not in "\n".join(lines)


def test_an_empty_answer_given_reads_nothing_chosen_in_the_answers(tmp_path: Path) -> None:
    loaded = no_none_option(tmp_path)
    assert answer_label(loaded.tree, "formats", []) == "nothing chosen"
    session = Session(loaded)
    answers = {**ANSWERS, "formats": []}
    while not session.finished:
        session.answer(answers[session.current])
    explorer = Explorer(loaded, session)
    text = render(explorer.now)
    assert "**What can you make well?** nothing chosen" in text
