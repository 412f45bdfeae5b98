"""Why not agrees with what if: a change that opens a question is tried with that question's answers.

newuser5 walk 1: why-not Tripadvisor said no answer would bring it in, while what if
on "Where are your people?" showed "Visitors ... needs an answer first: Do your
visitors stay the night?", and with stay = no Tripadvisor is in the plan.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, SHIPPED, TREES
from toolmix.cli.main import main
from toolmix.engine.alternatives import first_values, follow, session_at
from toolmix.engine.answers_file import AnswersFile, replay
from toolmix.engine.explore import every_alternative, why_not
from toolmix.engine.explorer import Explorer
from toolmix.engine.selection import choose
from toolmix.engine.sensitivity import beyond_one_change, follow_ups_bringing_in
from toolmix.export.explore_report import why_not_md
from toolmix.load.loader import LoadedTree, load_tree
from toolmix.model.nodes import SingleNode
from toolmix.tui.screens.why_not import WhyNotScreen

FOLLOW_UP = TREES / "explore" / "follow-up.json"
NONE_WOULD = "None of your answers, changed one or two at a time, would bring it in"


def walk(loaded: LoadedTree, answers: dict[str, Any]):  # type: ignore[no-untyped-def]
    session, _ = replay(loaded, AnswersFile(loaded.tree.id, answers))
    return session, choose(loaded.tree, session.answered_path())


def test_a_change_that_opens_a_question_is_tried_with_its_answers() -> None:
    loaded = load_tree(FOLLOW_UP)
    session, now = walk(loaded, {"where": "local", "kind": "cafe"})
    found = follow_ups_bringing_in(loaded, session, now, "reviews")
    assert [(a, b) for a, b, _mix in found] == [(("where", "visitors"), ("stay", "no"))]
    rooms = follow_ups_bringing_in(loaded, session, now, "rooms")
    assert [(a, b) for a, b, _mix in rooms] == [(("where", "visitors"), ("stay", "yes"))]
    assert follow_ups_bringing_in(loaded, session, now, "map") == []  # picked now, and lost


def test_the_report_words_it_as_what_if_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = tmp_path / "a.json"
    answers.write_text(
        json.dumps(
            {"format": 1, "tree": "follow-up", "answers": {"where": "local", "kind": "cafe"}}
        )
    )
    args = ["answer", str(FOLLOW_UP), "--answers", str(answers), "--why-not", "reviews"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert NONE_WOULD not in out
    assert (
        "No single change would bring it in; one would, with an answer to the question it asks "
        "first:\n\n- Where are your people? → **Visitors**; you would first need to answer: "
        "Do your visitors stay the night? → **No** (plan: The plan)"
    ) in out
    # The JSON keeps the contract: changes that need an answer are left out of `changes`.
    assert main([*args, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []


def test_the_app_shows_it_with_what_ifs_words() -> None:
    loaded = load_tree(FOLLOW_UP)
    session, _now = walk(loaded, {"where": "local", "kind": "cafe"})
    screen = WhyNotScreen(Explorer(loaded, session), "reviews")
    text = screen.details("reviews").plain
    assert "One change would, with an answer it needs first" in text
    assert (
        "• Where are your people? → Visitors\n"
        "  Needs an answer first: Do your visitors stay the night? → No"
    ) in text
    assert NONE_WOULD not in text


def what_if_brings_in(loaded: LoadedTree, session: Any) -> set[str]:
    """Items some what-if alternative brings in, an opened question answered as the person
    would in the app (adopt, then answer it): replayed from an answers file, not the search."""
    found: set[str] = set()
    for question, alt in every_alternative(loaded, session):
        if alt.mix is not None:
            found |= {r.item_id for r in alt.mix.picked}
            continue
        assert alt.needs is not None
        at = session_at(loaded, session.answers, question).fork()
        at.advance(alt.answer)
        follow(at, session.answers)
        for value in first_values(at, session.answers.get(alt.needs)):
            given = {**session.answers, question: alt.answer, alt.needs: value}
            other, _mix = walk(loaded, given)
            if other.finished:
                found |= {r.item_id for r in choose(loaded.tree, other.answered_path()).picked}
    return found


def every_walk(loaded: LoadedTree) -> list[dict[str, Any]]:
    """Every answer to the small tree's single questions (unreached ones dropped by replay)."""
    nodes = loaded.tree.nodes
    singles = [n for n, node in nodes.items() if isinstance(node, SingleNode)]
    choices = [[o.id for o in nodes[n].options] for n in singles]  # type: ignore[attr-defined]
    return [dict(zip(singles, combo, strict=True)) for combo in itertools.product(*choices)]


def test_why_not_never_says_none_would_when_what_if_brings_it_in() -> None:
    loaded = load_tree(FOLLOW_UP)
    seen = 0
    for answers in every_walk(loaded):
        session, now = walk(loaded, answers)
        reachable = what_if_brings_in(loaded, session) - {r.item_id for r in now.picked}
        for item in reachable:
            found = why_not(loaded, session, item, now=now)
            follow_ups, pairs, near = beyond_one_change(loaded, session, now, item)
            text = why_not_md(now, found, pairs, near, follow_ups)
            assert NONE_WOULD not in text, (answers, item)
            seen += 1
    assert seen >= 3  # reviews and rooms from 'local', map from 'visitors'


def test_the_shipped_cafe_of_newuser5() -> None:
    """The UK café of walk 1 (2 hours): Tripadvisor comes in with visitors who don't stay."""
    persona = json.loads((HERE / "personas" / "cafe-instagram-list.json").read_text())
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    session, now = walk(loaded, {**persona["answers"], "hours": 2})
    assert why_not(loaded, session, "tripadvisor", now=now)["changes"] == []
    found = follow_ups_bringing_in(loaded, session, now, "tripadvisor")
    assert [(a, b) for a, b, _mix in found] == [(("local", "visitors"), ("stay", "no"))]
    assert {r.item_id for r in found[0][2].picked} >= {"tripadvisor", "gbp"}
