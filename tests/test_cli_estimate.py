"""The count of questions: one rule (toolmix.engine.estimate) for README, list, picker, intro, progress."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import ROOT, SHIPPED, SHIPPED_TREES, TREES, make_tree
from toolmix.engine.answer_checks import AnswerError
from toolmix.engine.estimate import progress_label, questions_text, tree_range
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree, check_document, load_tree
from toolmix.load.strict_json import parse_json
from toolmix.model.nodes import MultiNode, NumberNode, SingleNode, TextNode
from tree_strategies import random_tree


def loaded_from(data: dict[str, Any]) -> LoadedTree:
    result = check_document(parse_json(json.dumps(data).encode(), file="t.json"))
    assert result.tree is not None, result.problems
    return result.tree


@pytest.mark.parametrize(
    "fewest, most, text",
    [
        (14, 16, "14–16 questions"),
        (9, 9, "9 questions"),
        (1, 1, "1 question"),
        (0, 2, "0–2 questions"),
    ],
)
def test_questions_text(fewest: int, most: int, text: str) -> None:
    assert questions_text(fewest, most) == text


@pytest.mark.parametrize(
    "answered, fewest, most, label",
    [(0, 14, 16, "Question 1 of 14–16"), (3, 2, 2, "Question 4 of 5"), (5, 0, 0, "Almost done")],
)
def test_progress_label(answered: int, fewest: int, most: int, label: str) -> None:
    assert progress_label(answered, fewest, most) == label


def test_the_readme_table_says_what_the_engine_says() -> None:
    rows = [
        line for line in (ROOT / "README.md").read_text().splitlines() if line.startswith("| `")
    ]
    checked = 0
    for path in SHIPPED_TREES:
        row = next(r for r in rows if r.startswith(f"| `{path.stem}`"))
        stated = re.search(r"(\d+(?:–\d+)?) questions?", row)
        if stated:
            checked += 1
            assert stated.group(0) == questions_text(*tree_range(load_tree(path))), row
    assert checked >= 1


COUNT_IN_WORDS = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+questions",
    re.IGNORECASE,
)


@pytest.mark.parametrize("path", SHIPPED_TREES, ids=lambda p: p.stem)
def test_the_shipped_trees_state_no_count_of_their_own(path: Path) -> None:
    # The picker and the intro show the engine's range beside these texts.
    tree = load_tree(path).tree
    for text in (tree.description or "", tree.intro or ""):
        assert not COUNT_IN_WORDS.search(text), text


def test_the_main_trees_range() -> None:
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    # Version 4 of the tree adds the country question; version 8, for visitors, the stay one;
    # 8.4.0, for businesses and professionals, whether people book a time or a table; 8.5.0,
    # for a channel the person runs but will make no video for, whether to leave it as it is;
    # 8.6.0, for a show that is sound and names Instagram, whether it will make pictures or clips;
    # 8.75.0, for a charity, what it mostly does (its words follow: review 11, F2).
    assert questions_text(*tree_range(loaded)) == "15–23 questions"


def step(session: Session, draw: st.DrawFn) -> None:
    node = session.node
    if isinstance(node, SingleNode):
        session.answer(draw(st.sampled_from([o.id for o in session.visible_options()])))
    elif isinstance(node, MultiNode):
        opts = [o.id for o in session.visible_options()]
        try:
            session.answer(draw(st.lists(st.sampled_from(opts), unique=True)))
        except AnswerError:  # too few, or an exclusive option with others: the plainest answer
            plain = [o.id for o in session.visible_options() if not o.exclusive]
            session.answer(plain[: max(node.min, 1)])
    elif isinstance(node, NumberNode):
        lo = node.min if node.min is not None else 0
        session.answer(lo)
    elif isinstance(node, TextNode):
        session.answer("x")
    else:
        session.proceed()


def assert_only_narrows(session: Session, draw: st.DrawFn) -> None:
    first = session.progress()
    lo0, hi0 = first.answered + first.fewest_left, first.answered + first.most_left
    lo, hi = lo0, hi0
    while not session.finished:
        step(session, draw)
        p = session.progress()
        new_lo, new_hi = p.answered + p.fewest_left, p.answered + p.most_left
        assert lo <= new_lo and new_hi <= hi, (session.path, (lo, hi), (new_lo, new_hi))
        lo, hi = new_lo, new_hi
    assert lo0 <= len(session.answers) <= hi0


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_tree(), st.data())
def test_the_range_only_narrows_on_random_trees(tree: dict[str, Any], data: st.DataObject) -> None:
    assert_only_narrows(Session(loaded_from(tree)), data.draw)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=40)
@given(st.sampled_from([*SHIPPED_TREES, TREES / "tiny.json"]), st.data())
def test_the_range_only_narrows_on_the_shipped_trees(path: Path, data: st.DataObject) -> None:
    assert_only_narrows(Session(load_tree(path)), data.draw)


def test_a_skipped_question_does_not_widen_the_range() -> None:
    tree = make_tree(
        {
            "a": {
                "type": "single",
                "text": "A",
                "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}],
                "next": "b",
            },
            "b": {
                "type": "single",
                "text": "B",
                "options": [{"id": "z", "label": "Z", "when": {"answer": "a", "is": "x"}}],
                "next": "c",
            },
            "c": {"type": "number", "text": "C", "min": 0, "max": 3, "next": "end"},
            "end": {"type": "result", "title": "End"},
        }
    )
    session = Session(loaded_from(tree))
    assert session.progress().label == "Question 1 of 2–3"
    session.answer("y")  # b is skipped
    assert session.current == "c" and session.progress().label == "Question 2 of 2"
