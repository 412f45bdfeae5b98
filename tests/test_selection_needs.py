"""toolmix's ``x-select`` needs: an item is picked only beside something it serves.

On a small tree (tests/trees/needs.json) and variants of it, so no shipped content is
pinned: each expectation follows from the rule in docs/tree-format.md ("Needs: an item
picked only beside what it serves"), worked out by hand from the test tree's efforts.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import TREES
from toolmix.engine.answers_file import AnswersFile, replay
from toolmix.engine.essentials import EPS
from toolmix.engine.selection import Mix, choose
from toolmix.load.loader import check_file, load_tree
from toolmix.load.translate.strings import tree_strings

TREE = TREES / "needs.json"
DATA = json.loads(TREE.read_text(encoding="utf-8"))
LOADED = load_tree(TREE)
NEEDS = {n["item"]: n for n in DATA["x-select"]["needs"]}


def mix_of(kind: str, named: list[str], hours: float, loaded: Any = LOADED) -> Mix:
    answers = {"kind": kind, "named": named, "hours": hours}
    session, _ = replay(loaded, AnswersFile("needs", answers))
    return choose(loaded.tree, session.answered_path())


def ruled_out(mix: Mix) -> dict[str, list[str]]:
    return {r.item_id: [x.text for x in r.reasons] for r in mix.ruled_out}


@pytest.mark.parametrize(
    ("kind", "named", "hours", "want_picked", "want_out"),
    [
        # only a listing: nowhere to post, so no posting days (they cost nothing to drop).
        ("shop", ["listing"], 1, ["listing", "number"], ["days"]),
        # a page: posting days have their place.
        ("shop", ["page"], 1, ["page", "days", "number"], []),
        # a letter is a place to post too (the rule's `any`).
        ("shop", ["letter"], 1, ["letter", "days", "number"], []),
        # a required item is left out too when the mix has nothing it serves...
        ("drink", ["listing"], 1, ["listing", "number"], ["days", "age"]),
        # ...and kept when it has.
        ("drink", ["page"], 1, ["age", "page", "days", "number"], []),
        # listing .25 + days .1 fill .35; days leave, and their 6 minutes go to the number.
        ("shop", ["listing"], 0.35, ["listing", "number"], ["days"]),
        # a video network is a network: both habits are served (the sign-up form too).
        ("shop", ["video", "habits"], 1.2, ["days", "video", "sign"], []),
    ],
)
def test_needs(
    kind: str, named: list[str], hours: float, want_picked: list[str], want_out: list[str]
) -> None:
    mix = mix_of(kind, named, hours)
    assert [r.item_id for r in mix.picked] == want_picked
    out = ruled_out(mix)
    assert sorted(out) == sorted(want_out)
    for item in want_out:  # in the person's words: the rule's own reason, and only it
        assert out[item] == [NEEDS[item]["because"]]


def test_left_out_item_comes_back_when_the_hours_bring_its_place(tmp_path: Path) -> None:
    # days .1 and sign .1 (score 3 each) come before the page (.5, score 2) at .6 hours:
    # the page is over budget, so neither habit has a place; both leave, the page fits,
    # and days (first in order) comes back in the .1 left; sign would need .1 more.
    data = copy.deepcopy(DATA)
    data["nodes"]["end"]["effects"] = [
        {"item": "days", "score": 1, "because": "Post when you can keep it up."},
        {"item": "sign", "score": 1, "because": "Sign."},
    ]
    path = tmp_path / "needs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    mix = mix_of("shop", ["habits", "page"], 0.6, load_tree(path))
    assert [r.item_id for r in mix.picked] == ["days", "page"]
    assert mix.considered == []
    assert ruled_out(mix) == {"sign": [NEEDS["sign"]["because"]]}


def test_without_needs_the_contract_mix() -> None:
    data = copy.deepcopy(DATA)
    del data["x-select"]
    plain = mix_of("drink", ["listing"], 1, _loaded(data))
    assert [r.item_id for r in plain.picked] == ["age", "listing", "days", "number"]
    assert plain.ruled_out == []


def _loaded(data: dict[str, Any]) -> Any:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "needs.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        return load_tree(path)


NAMED = ["listing", "page", "video", "letter", "habits"]


@settings(max_examples=60, deadline=None)
@given(
    kind=st.sampled_from(["shop", "drink"]),
    named=st.lists(st.sampled_from(NAMED), unique=True),
    hours=st.integers(min_value=0, max_value=60).map(lambda n: n * 0.05),
)
def test_no_pick_without_what_it_serves(kind: str, named: list[str], hours: float) -> None:
    mix = mix_of(kind, [n for n in NAMED if n in named], round(hours, 2))
    picked = {r.item_id for r in mix.picked}
    groups = {r.group for r in mix.picked}
    for item, need in NEEDS.items():
        has = bool(groups & set(need.get("groups", [])) or picked & set(need.get("any", [])))
        if item in picked:
            assert has
        elif item in ruled_out(mix):
            assert not has and ruled_out(mix)[item] == [need["because"]]
    assert mix.picked_effort <= (mix.budget or 0) + EPS or any(r.required for r in mix.picked)


@pytest.mark.parametrize(
    ("need", "where"),
    [
        ({"item": "nope", "any": ["page"], "because": "x"}, "x-select.needs[3].item"),
        ({"item": "number", "groups": ["nope"], "because": "x"}, "x-select.needs[3].groups[0]"),
        ({"item": "number", "any": ["nope"], "because": "x"}, "x-select.needs[3].any[0]"),
        ({"item": "number", "because": "x"}, "x-select.needs[3]"),
        ({"item": "days", "any": ["page"], "because": "x"}, "x-select.needs[3].item"),
    ],
)
def test_lint(tmp_path: Path, need: dict[str, Any], where: str) -> None:
    data = copy.deepcopy(DATA)
    data["x-select"]["needs"].append(need)
    path = tmp_path / "needs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = check_file(path).problems
    assert [p.severity for p in problems] == ["error"]
    assert where in str(problems[0])


def test_lint_clean_and_reasons_translatable() -> None:
    assert check_file(TREE).problems == []
    strings = tree_strings(LOADED.tree)
    for item, need in NEEDS.items():
        assert strings[f"select/needs/{item}/because"] == need["because"]


@pytest.mark.parametrize(
    ("named", "hours", "days"),
    [
        # one network is one place to post: a rule asking for two leaves posting days out...
        (["page"], 1, False),
        # ...and a letter named in `any` counts beside the page, or the video network (the
        # test tree's networks hold one: two of them are never both picked).
        (["page", "letter"], 1.2, True),
        (["video", "letter"], 2, True),
    ],
)
def test_count_asks_for_that_many_picks(
    tmp_path: Path, named: list[str], hours: float, days: bool
) -> None:
    data = copy.deepcopy(DATA)
    rule = next(n for n in data["x-select"]["needs"] if n["item"] == "days")
    rule["count"] = 2
    path = tmp_path / "needs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    mix = mix_of("shop", named, hours, load_tree(path))
    assert ("days" in {r.item_id for r in mix.picked}) is days
    if not days:
        assert ruled_out(mix)["days"] == [rule["because"]]


def test_count_below_one_is_refused(tmp_path: Path) -> None:
    data = copy.deepcopy(DATA)
    data["x-select"]["needs"][0]["count"] = 0
    path = tmp_path / "needs.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    problems = check_file(path).problems
    assert problems and all(p.severity == "error" for p in problems)
    assert "x-select.needs[0].count" in str(problems[0])
