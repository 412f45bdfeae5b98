"""Why an item is left out when its group is full: said from the group, true for unlike items.

A group's items may do different jobs (Buffer schedules, Linktree gathers
links), so the reason names the group's rule ("the plan takes one of
“Helpers” at a time") and what the plan has, never "one is enough". The tree
is tests/trees/groups/full.json (a group of one and a group of two), read in
English and through its Spanish side file, whose group titles it must use.
"""

from __future__ import annotations

import pytest

from conftest import TREES
from toolmix.engine import explore
from toolmix.engine.answers_file import AnswersFile, replay
from toolmix.engine.explorer import Explorer
from toolmix.engine.plan import why_not
from toolmix.engine.selection import Mix, choose
from toolmix.engine.swaps import why_it_leaves
from toolmix.export.explore_report import why_not_md
from toolmix.export.markdown import render
from toolmix.load.loader import load_tree
from toolmix.load.translate.side import translated
from toolmix.text.i18n import _, use_language

TREE = TREES / "groups" / "full.json"

CASES = [
    pytest.param(
        "en",
        "linktree",
        "the plan takes one of “Helpers” at a time, and has Buffer",
        id="en-max-1",
    ),
    pytest.param(
        "en",
        "pinterest",
        "the plan takes two of “Networks” at a time, and has Instagram and TikTok",
        id="en-max-2",
    ),
    pytest.param(
        "es",
        "linktree",
        "en “Ayudantes”, el plan lleva un solo elemento a la vez, y ya tiene Buffer",
        id="es-max-1",
    ),
    pytest.param(
        "es",
        "pinterest",
        "en “Redes”, el plan lleva dos elementos a la vez, y ya tiene Instagram y TikTok",
        id="es-max-2",
    ),
]


@pytest.fixture
def lang(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    code: str = request.param
    monkeypatch.setenv("TOOLMIX_LANG", code)
    use_language(code)  # conftest's autouse fixture speaks English again after the test
    return code


def _mix() -> Mix:
    loaded = translated(load_tree(TREE))
    session, _unused = replay(loaded, AnswersFile("full", {"go": "yes"}))
    return choose(loaded.tree, session.answered_path())


@pytest.mark.parametrize(("lang", "item", "words"), CASES, indirect=["lang"])
def test_group_full_names_the_group_and_what_the_plan_has(lang: str, item: str, words: str) -> None:
    mix = _mix()
    row = next(r for r in mix.considered if r.item_id == item)
    assert row.why_not == "group full"
    said = why_not(mix, row)
    assert said == words
    assert "enough" not in said and "basta" not in said
    assert row.item.name not in said  # the reason is about the others, not the item


@pytest.mark.parametrize(("lang", "item", "words"), CASES, indirect=["lang"])
def test_the_markdown_export_says_the_same_reason(lang: str, item: str, words: str) -> None:
    mix = _mix()
    name = next(r.item.name for r in mix.considered if r.item_id == item)
    lines = [line for line in render(mix).splitlines() if line.startswith(f"- **{name}**")]
    assert len(lines) == 1 and f": {words}." in lines[0]


RULE = {
    ("en", "linktree"): "the plan takes one of “Helpers” at a time",
    ("en", "pinterest"): "the plan takes two of “Networks” at a time",
    ("es", "linktree"): "en “Ayudantes”, el plan lleva un solo elemento a la vez",
    ("es", "pinterest"): "en “Redes”, el plan lleva dos elementos a la vez",
}


@pytest.mark.parametrize(("lang", "item", "words"), CASES, indirect=["lang"])
def test_why_a_pick_would_leave_says_the_same_rule(lang: str, item: str, words: str) -> None:
    """The hours table's "X takes its place (...)" says the group's rule in why not's
    words, not a wording of its own ("the plan has room for one in Helpers")."""
    mix = _mix()
    row = next(r for r in mix.considered if r.item_id == item)
    rivals = [r.item_id for r in mix.picked if r.group == row.group]
    rule = RULE[lang, item]
    assert words.startswith(rule + ", ")
    leaves = why_it_leaves(mix, item, rivals[-1:])
    assert leaves.endswith(f" ({rule})")
    assert leaves.startswith(mix.tree.items[rivals[-1]].name + " ")


@pytest.mark.parametrize(("lang", "item", "words"), CASES, indirect=["lang"])
def test_why_not_says_where_it_stands_in_the_same_words(lang: str, item: str, words: str) -> None:
    """--why-not's report, toolmix ask's n and the app's why not (Explorer) say the item
    was considered "but" the group's rule, not "that part of your mix is already full"."""
    loaded = translated(load_tree(TREE))
    session, _unused = replay(loaded, AnswersFile("full", {"go": "yes"}))
    now = choose(loaded.tree, session.answered_path())
    said = _("It was considered, but {why}.").format(why=words)
    assert Explorer(loaded, session).considered_sentence(item) == said
    report = why_not_md(now, explore.why_not(loaded, session, item, now=now))
    assert report.splitlines()[2] == said
