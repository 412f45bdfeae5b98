"""Each rule of "How the mix is chosen", on small hand-made trees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import make_tree
from toolmix.engine.answers_file import AnswersFile, replay
from toolmix.engine.selection import Mix, choose
from toolmix.load.loader import load_tree


def build(
    tmp_path: Path,
    options: dict[str, list[dict[str, Any]]],
    items: dict[str, Any],
    groups: dict[str, Any] | None = None,
    result: dict[str, Any] | None = None,
    result_effects: list[dict[str, Any]] | None = None,
    limits: dict[str, dict[str, int]] | None = None,
) -> Path:
    opts = [
        {
            "id": oid,
            "label": oid.upper(),
            "effects": effs,
            **({"limits": limits[oid]} if limits and oid in limits else {}),
        }
        for oid, effs in options.items()
    ]
    nodes = {
        "pick": {"type": "multi", "text": "Pick?", "options": opts, "next": "hours"},
        "hours": {"type": "number", "text": "Hours?", "min": 0, "next": "end"},
        "end": {"type": "result", "title": "End", "effects": result_effects or []},
    }
    tree = make_tree(
        nodes, items, groups or {"g": {"title": "G"}}, **({"result": result} if result else {})
    )
    path = tmp_path / "t.json"
    import json

    path.write_text(json.dumps(tree))
    return path


def run(path: Path, chosen: list[str], hours: float = 10) -> Mix:
    loaded = load_tree(path)
    session, _ = replay(loaded, AnswersFile("t", {"pick": chosen, "hours": hours}))
    return choose(loaded.tree, session.answered_path())


def e(item: str, score: int = 0, because: str | None = None, **kw: Any) -> dict[str, Any]:
    return {"item": item, "score": score, "because": because or f"{item} {score}", **kw}


def items(*names: str, group: str = "g", effort: float = 0) -> dict[str, Any]:
    return {n: {"name": n.upper(), "group": group, "effort": effort} for n in names}


def ids(rows: list[Any]) -> list[str]:
    return [r.item_id for r in rows]


def test_scores_add_up_across_answers_and_the_result(tmp_path: Path) -> None:
    p = build(
        tmp_path,
        {"o1": [e("a", 2)], "o2": [e("a", 3), e("b", 1)]},
        items("a", "b"),
        result_effects=[e("b", -1, "less b")],
    )
    mix = run(p, ["o1", "o2"])
    assert {r.item_id: r.score for r in mix.picked} == {"a": 5}
    assert ids(mix.picked) == ["a"]  # b: 1 - 1 = 0 < min_score 1


def test_min_score(tmp_path: Path) -> None:
    p = build(tmp_path, {"o1": [e("a", 2), e("b", 3)]}, items("a", "b"), result={"min_score": 3})
    assert ids(run(p, ["o1"]).picked) == ["b"]


def test_exclude_rules_out_and_wins_over_require(tmp_path: Path) -> None:
    p = build(
        tmp_path,
        {
            "o1": [e("a", 5), e("a", 0, "must", require=True)],
            "o2": [e("a", 0, "never", exclude=True)],
        },
        items("a", "b"),
    )
    mix = run(p, ["o1", "o2"])
    assert mix.picked == [] and ids(mix.ruled_out) == ["a"]
    assert [r.text for r in mix.ruled_out[0].reasons] == ["never"]


def test_required_is_picked_whatever_score_group_or_budget(tmp_path: Path) -> None:
    p = build(
        tmp_path,
        {"o1": [e("a", 9), e("b", -5, "needed", require=True)]},
        items("a", "b", effort=3),
        groups={"g": {"title": "G", "max": 1}},
        result={"budget": {"answer": "hours"}},
    )
    mix = run(p, ["o1"], hours=2)
    assert ids(mix.picked) == ["b"]  # required first; a: group full (b counts)
    assert mix.picked[0].required
    assert [(r.item_id, r.why_not) for r in mix.considered] == [("a", "group full")]
    assert mix.budgeted_effort == 3 and mix.budget == 2


def test_order_is_required_then_score_then_catalogue(tmp_path: Path) -> None:
    p = build(
        tmp_path,
        {"o1": [e("c", 2), e("b", 2), e("a", 1), e("d", 1, require=True)]},
        items("a", "b", "c", "d"),
    )
    assert ids(run(p, ["o1"]).picked) == ["d", "b", "c", "a"]


def test_group_max_and_limits_later_override_earlier(tmp_path: Path) -> None:
    p = build(
        tmp_path,
        {"o1": [e("a", 3), e("b", 2), e("c", 1)], "o2": []},
        items("a", "b", "c"),
        groups={"g": {"title": "G", "max": 1}},
        limits={"o1": {"g": 3}, "o2": {"g": 2}},
    )
    assert ids(run(p, ["o1"]).picked) == ["a", "b", "c"]
    mix = run(p, ["o1", "o2"])
    assert ids(mix.picked) == ["a", "b"]
    assert [(r.item_id, r.why_not) for r in mix.considered] == [("c", "group full")]


def test_group_max_zero_picks_nothing_from_it(tmp_path: Path) -> None:
    p = build(tmp_path, {"o1": [e("a", 3)]}, items("a"), groups={"g": {"title": "G", "max": 0}})
    mix = run(p, ["o1"])
    assert mix.picked == [] and mix.considered[0].why_not == "group full"


def test_budget_skips_and_a_cheaper_item_further_down_still_fits(tmp_path: Path) -> None:
    its = {
        "a": {"name": "A", "group": "g", "effort": 3},
        "b": {"name": "B", "group": "g", "effort": 2},
        "c": {"name": "C", "group": "g", "effort": 1},
    }
    p = build(
        tmp_path,
        {"o1": [e("a", 3), e("b", 2), e("c", 1)]},
        its,
        result={"budget": {"answer": "hours"}},
    )
    mix = run(p, ["o1"], hours=4)
    assert ids(mix.picked) == ["a", "c"]
    assert [(r.item_id, r.why_not) for r in mix.considered] == [("b", "over budget")]
    assert mix.budgeted_effort == 4


def test_the_hours_add_up_as_written_not_as_binary_floats(tmp_path: Path) -> None:
    # 0.1 + 0.2 is 0.30000000000000004 in floats; the JSON result would show that.
    its = {
        "a": {"name": "A", "group": "g", "effort": 0.1},
        "b": {"name": "B", "group": "g", "effort": 0.2},
    }
    p = build(tmp_path, {"o1": [e("a", 2), e("b", 1)]}, its, result={"budget": {"answer": "hours"}})
    mix = run(p, ["o1"], hours=1)
    assert ids(mix.picked) == ["a", "b"]
    assert mix.picked_effort == 0.3 and repr(mix.budgeted_effort) == "0.3"


def test_group_room_is_checked_before_budget(tmp_path: Path) -> None:
    its = {
        "a": {"name": "A", "group": "g", "effort": 1},
        "b": {"name": "B", "group": "g", "effort": 9},
    }
    p = build(
        tmp_path,
        {"o1": [e("a", 3), e("b", 2)]},
        its,
        groups={"g": {"title": "G", "max": 1}},
        result={"budget": {"value": 2}},
    )
    assert run(p, ["o1"]).considered[0].why_not == "group full"


def test_no_budget_means_null_budget_and_effort(tmp_path: Path) -> None:
    p = build(tmp_path, {"o1": [e("a", 3)]}, items("a", effort=2))
    mix = run(p, ["o1"])
    assert mix.budget is None and mix.budgeted_effort is None


def test_reasons_in_path_order_without_exact_duplicates(tmp_path: Path) -> None:
    p = build(
        tmp_path,
        {
            "o1": [e("a", 1, "same"), e("a", 1, "first")],
            "o2": [e("a", -1, "same"), e("a", 0, "req", require=True)],
        },
        items("a"),
        result_effects=[e("a", 1, "end")],
    )
    (row,) = run(p, ["o1", "o2"]).picked
    assert [r.text for r in row.reasons] == ["same", "first", "req", "end"]
    assert row.score == 2
    assert row.reasons[0].source.node == "pick" and row.reasons[0].source.choice == "o1"
    assert row.reasons[-1].source.node == "end" and row.reasons[-1].source.choice is None


def test_ruled_out_in_catalogue_order(tmp_path: Path) -> None:
    p = build(tmp_path, {"o1": [e("c", exclude=True), e("a", exclude=True)]}, items("a", "b", "c"))
    assert ids(run(p, ["o1"]).ruled_out) == ["a", "c"]


@pytest.mark.parametrize("chosen", [["o1"], ["o2"], ["o1", "o2"], []])
def test_the_result_is_deterministic(tmp_path: Path, chosen: list[str]) -> None:
    p = build(
        tmp_path, {"o1": [e("a", 1), e("b", 1)], "o2": [e("c", 1), e("a", 1)]}, items("a", "b", "c")
    )
    first = run(p, chosen)
    for _ in range(3):
        again = run(p, chosen)
        assert ids(again.picked) == ids(first.picked)
        assert [[r.text for r in x.reasons] for x in again.picked] == [
            [r.text for r in x.reasons] for x in first.picked
        ]


def test_title_with_subject(tiny) -> None:  # type: ignore[no-untyped-def]
    session, _ = replay(
        tiny,
        AnswersFile(
            "tiny",
            {"name": "ACME", "audience": "b2c", "formats": ["photos"], "hours": 4, "site": "yes"},
        ),
    )
    assert choose(tiny.tree, session.answered_path()).title == "ACME: The steady mix"
    session, _ = replay(
        tiny,
        AnswersFile("tiny", {"audience": "b2c", "formats": ["photos"], "hours": 4, "site": "yes"}),
    )
    assert choose(tiny.tree, session.answered_path()).title == "The steady mix"
