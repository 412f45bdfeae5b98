"""EXPLORE.md's "Alternatives of one answer" and "Compare", rule by rule, on a tree made for it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import make_tree
from toolmix.cli.main import main

TREE = make_tree(
    {
        "kind": {
            "type": "single",
            "text": "Kind?",
            "options": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}],
            "next": [{"if": {"answer": "kind", "is": "a"}, "goto": "extra"}, {"goto": "memo"}],
        },
        "extra": {
            "type": "single",
            "text": "Extra?",
            "options": [{"id": "e1", "label": "E1"}, {"id": "e2", "label": "E2"}],
            "next": "pick",
        },
        "memo": {"type": "text", "text": "Memo?", "required": False, "next": "pick"},
        "pick": {
            "type": "single",
            "text": "Pick?",
            "options": [
                {"id": "p1", "label": "P1", "when": {"answer": "kind", "is": "a"}},
                {"id": "p2", "label": "P2"},
            ],
            "next": "tools",
        },
        "tools": {
            "type": "multi",
            "text": "Tools?",
            "min": 1,
            "max": 2,
            "options": [
                {"id": "x", "label": "X"},
                {"id": "y", "label": "Y"},
                {"id": "z", "label": "Z"},
                {"id": "none", "label": "None", "exclusive": True},
            ],
            "next": "hours",
        },
        "hours": {
            "type": "number",
            "text": "Hours?",
            "min": 0,
            "max": 10,
            "step": 1,
            # The middle range holds no whole number: it has no alternative.
            "ranges": [{"max": 1.2}, {"min": 1.2, "max": 1.8}, {"min": 1.8}],
            "next": "done",
        },
        "done": {"type": "result", "title": "Done"},
    },
    items={"i": {"name": "I", "group": "g", "effort": 1}},
)
A = {"kind": "a", "extra": "e1", "pick": "p1", "tools": ["x", "y"], "hours": 0}


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    tree = tmp_path / "t.json"
    tree.write_text(json.dumps(TREE))
    out = {"tree": str(tree)}
    for name, answers in {
        "a": A,
        "none": {**A, "tools": ["none"]},
        "b": {"kind": "b", "pick": "p2", "tools": ["x", "y"], "hours": 2},
    }.items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps({"format": 1, "tree": "t", "answers": answers}))
        out[name] = str(path)
    return out


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert main([*args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def alternatives(
    capsys: pytest.CaptureFixture[str], files: dict[str, str], walk: str, q: str
) -> Any:
    found = run(capsys, "answer", files["tree"], "--answers", files[walk], "--what-if", q)
    return found["alternatives"]


@pytest.mark.parametrize(
    ("walk", "expected"),
    [
        # x and y toggled off; z would make three (max 2): left out; the exclusive one alone.
        ("a", [["y"], ["x"], ["none"]]),
        # Another option clears the exclusive one; the exclusive one off leaves none (min 1).
        ("none", [["x"], ["y"], ["z"]]),
    ],
)
def test_multi_alternatives_toggle_one_option(
    capsys: pytest.CaptureFixture[str], files: dict[str, str], walk: str, expected: list[Any]
) -> None:
    assert [a["answer"] for a in alternatives(capsys, files, walk, "tools")] == expected


def test_number_alternatives_skip_a_range_with_no_allowed_value(
    capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    assert [a["answer"] for a in alternatives(capsys, files, "a", "hours")] == [2]
    assert [a["answer"] for a in alternatives(capsys, files, "b", "hours")] == [0]


def test_an_alternative_drops_what_it_no_longer_reaches_and_needs_a_hidden_single(
    capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    # With B: 'extra' is not reached (dropped); the optional 'memo' counts as answered with
    # the empty string; 'pick' keeps P1, which B hides: that is what it needs.
    assert alternatives(capsys, files, "a", "kind") == [
        {
            "answer": "b",
            "result_node": None,
            "effort": None,
            "added": None,
            "removed": None,
            "dropped": ["extra"],
            "needs": "pick",
        }
    ]
    # Back to A: 'extra' was never answered (needed); 'memo' is off A's path (dropped).
    back = alternatives(capsys, files, "b", "kind")
    assert [(a["answer"], a["needs"], a["dropped"]) for a in back] == [("a", "extra", ["memo"])]


def test_why_not_leaves_out_alternatives_that_need_an_answer(
    capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    found = run(capsys, "answer", files["tree"], "--answers", files["a"], "--why-not", "i")
    assert (found["status"], found["why_not"], found["score"]) == ("not_candidate", None, 0)
    assert found["changes"] == []


def test_answers_differ_in_a_then_b_path_order(
    capsys: pytest.CaptureFixture[str], files: dict[str, str]
) -> None:
    found = run(capsys, "compare", files["tree"], files["a"], files["b"])
    # A's path: kind, extra, pick, tools (same), hours; then B's: memo (only B answered it).
    assert found["answers_differ"] == ["kind", "extra", "pick", "hours", "memo"]
    again = run(capsys, "compare", files["tree"], files["b"], files["a"])
    assert again["answers_differ"] == ["kind", "memo", "pick", "hours", "extra"]
