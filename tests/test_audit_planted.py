"""``toolmix audit`` finds defects planted in a tree, and only those (EXPLORE.md, Audit)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import make_tree
from toolmix.audit.report import render_markdown
from toolmix.audit.space import run_audit
from toolmix.cli.main import main
from toolmix.load.loader import load_tree


def effect(item: str, score: int) -> dict[str, Any]:
    return {"item": item, "score": score, "because": f"{item} {score}"}


def planted() -> dict[str, Any]:
    """A tree with one of each defect the audit should find, and a trap it must not fall into."""
    return make_tree(
        {
            # Both options do nothing: a question and two options without effect.
            "q1": {
                "type": "single",
                "text": "Colour?",
                "options": [
                    {"id": "a", "label": "Red"},
                    # A penalty that never keeps 'loud' out: picked against a stated constraint.
                    {"id": "b", "label": "Blue", "effects": [effect("loud", -1)]},
                ],
                "next": "q2",
            },
            "q2": {
                "type": "multi",
                "text": "Which?",
                "options": [
                    {"id": "x", "label": "X", "effects": [effect("o1", 3), effect("pair", 2)]},
                    {"id": "y", "label": "Y", "effects": [effect("o2", 3), effect("pair", 2)]},
                ],
                "next": [
                    # An impossible condition: q1 cannot be both.
                    {
                        "if": {"all": [{"answer": "q1", "is": "a"}, {"answer": "q1", "is": "b"}]},
                        "goto": "never",
                    },
                    {"goto": "end"},
                ],
            },
            # 'second' ties with 'first' and comes later: it only ever loses the tie.
            "end": {
                "type": "result",
                "title": "End",
                "effects": [effect("first", 3), effect("second", 3), effect("loud", 5)],
            },
            "never": {"type": "result", "title": "Never"},
        },
        items={
            "first": {"name": "First", "group": "home"},
            "second": {"name": "Second", "group": "home"},
            "o1": {"name": "One", "group": "outposts"},
            "o2": {"name": "Two", "group": "outposts"},
            # Picked only when x and y are chosen together (2 + 2 >= 3).
            "pair": {"name": "Pair", "group": "habits"},
            "loud": {"name": "Loud", "group": "habits"},
        },
        groups={
            "home": {"title": "Home", "max": 1},
            # A limit larger than the group: never reached.
            "outposts": {"title": "Outposts", "max": 5},
            "habits": {"title": "Habits"},
        },
        result={"min_score": 3},
    )


FINDINGS = {
    "items_never_picked": ["second"],
    "items_always_picked": ["first", "loud"],
    "results_never_reached": ["never"],
    "questions_without_effect": ["q1"],
    "options_without_effect": [
        {"question": "q1", "option": "a"},
        {"question": "q1", "option": "b"},
    ],
    "groups_never_full": ["outposts"],
}


@pytest.fixture
def tree_file(write_json: Callable[..., Path]) -> Path:
    return write_json(planted())


def test_exhaustive_audit_finds_every_planted_defect(tree_file: Path) -> None:
    audit = run_audit(load_tree(tree_file))
    assert audit.as_dict() == {"tree": "t", "walks": 8, "exhaustive": True, **FINDINGS}


def test_random_walks_find_the_same(tree_file: Path) -> None:
    audit = run_audit(load_tree(tree_file), limit=5, walks=300, seed=7)
    assert audit.as_dict() == {"tree": "t", "walks": 300, "exhaustive": False, **FINDINGS}


def test_markdown_names_the_tie_and_the_penalty_overridden(tree_file: Path) -> None:
    loaded = load_tree(tree_file)
    text = render_markdown(run_audit(loaded), loaded.tree)
    ties = text.split("## Ties settled by catalogue order")[1].split("##")[0]
    assert "| Second (`second`) | First (`first`) | 8 (100%) |" in ties
    against = text.split("## Items picked against a stated constraint")[1]
    assert "| Loud (`loud`) | Colour?: Blue | 4 (50%) |" in against
    assert "All 8 combinations of answers were walked." in text


def test_a_number_question_whose_ranges_route_and_score(write_json: Callable[..., Path]) -> None:
    tree = make_tree(
        {
            "hours": {
                "type": "number",
                "text": "Hours?",
                "min": 1,
                "max": 6,
                "step": 1,
                "ranges": [
                    {"max": 3, "effects": [effect("a", 3)]},
                    {"min": 3, "max": 5},
                    {"min": 5, "effects": [effect("a", 3)]},
                ],
                "next": "end",
            },
            "end": {"type": "result", "title": "End"},
        },
        items={"a": {"name": "A", "group": "g"}},
        result={"min_score": 3},
    )
    audit = run_audit(load_tree(write_json(tree)))
    # 1, 2 | 3, 4 | 5, 6: six walks; the middle range changes the mix, so the question matters.
    assert (audit.walks, audit.exhaustive) == (6, True)
    assert audit.questions_without_effect == []
    assert audit.items_never_picked == audit.items_always_picked == []


def test_cli_json_is_the_contract(tree_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit", str(tree_file), "--format", "json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert list(out) == ["tree", "walks", "exhaustive", *FINDINGS]
    assert out == {"tree": "t", "walks": 8, "exhaustive": True, **FINDINGS}


def test_cli_seed_and_walks_make_a_repeatable_random_audit(
    tree_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = [
        "audit",
        str(tree_file),
        "--limit",
        "3",
        "--walks",
        "40",
        "--seed",
        "3",
        "--format",
        "json",
    ]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out == first
    assert json.loads(first)["walks"] == 40


@pytest.mark.parametrize("bad", [["--limit", "0"], ["--walks", "many"], ["--seed", "x"]])
def test_cli_refuses_bad_numbers(
    tree_file: Path, bad: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["audit", str(tree_file), *bad])
    assert exc.value.code == 2
    assert "expected" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("prefer", "by_file", "by_rule"),
    [
        # The rule agrees with the file: the tie is the rule's, none is left to file order.
        ([{"items": ["first", "second"], "because": "First first."}], None, "First first."),
        # The rule says the opposite of the file: the engine still picks First, so the
        # tie stays one settled by catalogue order alone.
        ([{"items": ["second", "first"], "because": "Second first."}], "Second", None),
        # A tier ranks its members alike, and a group rule cannot order one group's items.
        ([{"items": [["first", "second"]], "because": "Alike."}], "Second", None),
        ([{"groups": ["home", "outposts"], "because": "Home first."}], "Second", None),
    ],
)
def test_a_stated_tie_rule_is_counted_apart_from_file_order(
    write_json: Callable[..., Path], prefer: list[Any], by_file: str | None, by_rule: str | None
) -> None:
    tree = {**planted(), "x-audit": {"channels": ["outposts"], "prefer": prefer}}
    loaded = load_tree(write_json(tree))
    text = render_markdown(run_audit(loaded), loaded.tree)
    by_order = text.split("## Ties settled by catalogue order")[1].split("##")[0]
    stated = text.split("## Ties settled by a tie rule the tree states")[1].split("##")[0]
    if by_file is None:
        assert "None." in by_order
    else:
        assert f"| {by_file} (`second`) | First (`first`) | 8 (100%) |" in by_order
    if by_rule is None:
        assert "None." in stated
    else:
        assert f"| {by_rule} | first before second | 8 (100%) |" in stated
