"""What a result rests on: the answers that matter most, and what an hour less or more changes."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, SHIPPED, TREES, make_tree
from toolmix.cli.main import main
from toolmix.engine.answers_file import AnswersFile, read_answers, replay
from toolmix.engine.selection import choose
from toolmix.engine.sensitivity import hours_table, pairs_bringing_in, what_matters
from toolmix.load.loader import load_tree

TINY = load_tree(TREES / "tiny.json")
BASE: dict[str, Any] = json.loads((HERE / "tiny-answers.json").read_text())


def walk(**changes: Any):  # type: ignore[no-untyped-def]
    session, _ = replay(TINY, AnswersFile("tiny", {**BASE["answers"], **changes}))
    return session, choose(TINY.tree, session.answered_path())


def test_the_answers_that_matter_most_come_first() -> None:
    session, mix = walk()
    found = what_matters(TINY, session, mix, top=9)
    # Video alone swaps Instagram and reply for TikTok, and no hours empties the mix (3 changes
    # each: path order breaks the tie); b2b swaps the site for LinkedIn (2); no site only
    # changes the plan (1).
    assert [(c.question, c.weight) for c in found] == [
        ("formats", 3),
        ("hours", 3),
        ("audience", 2),
        ("site", 1),
    ]
    assert found[0].alternative.answer == ["video"]
    assert (found[0].joins, found[0].leaves) == (["tiktok"], ["instagram", "reply"])
    assert found[3].new_plan and found[3].alternative.answer == "no"
    # 'name' changes nothing; 'camera' (no) only lowers TikTok, which is not picked.
    assert {"name", "camera"}.isdisjoint(c.question for c in found)


def test_top_bounds_the_list() -> None:
    session, mix = walk()
    assert len(what_matters(TINY, session, mix, top=1)) == 1


def test_hours_table_one_less_to_three_more() -> None:
    session, mix = walk()  # 4 hours: instagram, site, reply; tiktok over budget
    rows = hours_table(TINY, session, mix)
    assert [h for h, _ in rows] == [3, 5, 6, 7]
    by_hours = {h: c for h, c in rows}
    assert by_hours[6].joins == ["tiktok"] or by_hours[7].joins == ["tiktok"]
    assert by_hours[3].leaves  # one hour less cannot keep all three


def test_hours_table_stays_within_the_question() -> None:
    session, mix = walk(hours=40)
    assert [h for h, _ in hours_table(TINY, session, mix)] == [39]


def test_no_hours_table_without_a_budget_question() -> None:
    loaded = load_tree(SHIPPED / "community-platform.json")
    persona = sorted((HERE / "cases" / "community-platform").glob("*.json"))[0]
    session, _ = replay(loaded, read_answers(persona))
    mix = choose(loaded.tree, session.answered_path())
    table = hours_table(loaded, session, mix)
    budget = loaded.tree.result.budget
    assert (table == []) == (budget is None or not hasattr(budget, "answer"))


def test_the_bakery_rests_on_what_it_can_change() -> None:
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    session, _ = replay(loaded, read_answers(HERE / "personas" / "local-bakery.json"))
    mix = choose(loaded.tree, session.answered_path())
    top = {change.question for change in what_matters(loaded, session, mix, top=4)}
    # Where its customers are (local) ranked among the top three until 8.31.0; it is
    # now given (x-plan.given, with kind and country: a bakery does not become a food
    # truck), so what ranks is what the baker can change: the hours first (half an hour
    # takes three picks away), then the goal, the home base and what else it runs.
    assert "hours" in top
    assert top.isdisjoint({"kind", "local", "country"})
    assert {"goal", "homebase", "already", "gather"} & top


def two_key_tree() -> dict[str, Any]:
    """'lock' needs both q1=a2 and q2=b2 (1 + 1 against a minimum of 2)."""

    def single(qid: str, nxt: str, ids: tuple[str, str], gives: str) -> dict[str, Any]:
        return {
            "type": "single",
            "text": f"Question {qid}?",
            "options": [
                {"id": ids[0], "label": ids[0].upper()},
                {
                    "id": ids[1],
                    "label": ids[1].upper(),
                    "effects": [{"item": gives, "score": 1, "because": f"{ids[1]} helps"}],
                },
            ],
            "next": nxt,
        }

    return make_tree(
        {
            "q1": single("q1", "q2", ("a1", "a2"), "lock"),
            "q2": single("q2", "end", ("b1", "b2"), "lock"),
            "end": {
                "type": "result",
                "title": "End",
                "effects": [{"item": "base", "score": 2, "because": "always"}],
            },
        },
        items={"lock": {"name": "Lock", "group": "g"}, "base": {"name": "Base", "group": "g"}},
        result={"min_score": 2},
    )


def test_pairs_where_no_single_change_will_do(
    write_json: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    tree = write_json(two_key_tree())
    loaded = load_tree(tree)
    session, _ = replay(loaded, AnswersFile("t", {"q1": "a1", "q2": "b1"}))
    mix = choose(loaded.tree, session.answered_path())
    found = pairs_bringing_in(loaded, session, mix, "lock")
    assert [(a, b) for a, b, _ in found] == [(("q1", "a2"), ("q2", "b2"))]
    assert pairs_bringing_in(loaded, session, mix, "base") == []  # already picked by every pair
    answers = write_json({"format": 1, "tree": "t", "answers": {"q1": "a1", "q2": "b1"}}, "a.json")
    assert main(["answer", str(tree), "--answers", str(answers), "--why-not", "lock"]) == 0
    out = capsys.readouterr().out
    assert "No single change would bring it in; two together would:" in out
    assert "Question q1? → **A2**, and Question q2? → **B2**" in out


@pytest.mark.parametrize("given", [["audience"], ["audience", "formats"], ["name"]])
def test_a_given_answer_is_left_out_of_what_matters(tmp_path: Path, given: list[str]) -> None:
    # x-plan.given: who the person is (their kind, their country) is not a change they can make.
    data = json.loads((TREES / "tiny.json").read_text())
    data["x-plan"] = {"given": given}
    path = tmp_path / "tiny-given.json"
    path.write_text(json.dumps(data))
    loaded = load_tree(path)
    session, _ = replay(loaded, AnswersFile("tiny", BASE["answers"]))
    mix = choose(loaded.tree, session.answered_path())
    found = [c.question for c in what_matters(loaded, session, mix, top=9)]
    everything = [c.question for c in what_matters(TINY, *walk(), top=9)]
    assert found == [q for q in everything if q not in given]


def test_the_main_tree_ranks_no_given_answer() -> None:
    # Review 8 R9: "if you were a dentist" led 30 plans' "What would change this plan".
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    assert loaded.tree.x_plan is not None
    given = set(loaded.tree.x_plan.given)
    assert {"kind", "country"} <= given
    for persona in sorted((HERE / "personas").glob("*.json")):
        session, _ = replay(loaded, read_answers(persona))
        mix = choose(loaded.tree, session.answered_path())
        ranked = what_matters(loaded, session, mix)
        assert ranked, persona.stem
        assert given.isdisjoint(c.question for c in ranked), persona.stem
