"""``x-expect`` ``this_week``: picks whose first step must be under *This week*."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, TREES
from toolmix.cli.main import main
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.plan import first_steps
from toolmix.engine.plan_lines import FirstSteps
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

ANSWERS: dict[str, Any] = json.loads((HERE / "tiny-answers.json").read_text())
#: Both of the tiny tree's steps start a new place: one this week, the other in month 2.
PLAN = {"setup": {"site": 0.5, "instagram": 0.5}, "new": ["site", "instagram"]}


def tree(tmp_path: Path) -> Path:
    data = json.loads((TREES / "tiny.json").read_text())
    data["x-plan"] = PLAN
    path = tmp_path / "tiny-weeks.json"
    path.write_text(json.dumps(data))
    return path


def case(tmp_path: Path, expect: object) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({**ANSWERS, "x-expect": expect}))
    return path


def steps(tmp_path: Path) -> FirstSteps:
    """The tiny tree's weeks for these answers, from the engine."""
    loaded = load_tree(tree(tmp_path))
    session, _warnings = replay(loaded, read_answers(case(tmp_path, {})))
    return first_steps(choose(loaded.tree, session.answered_path()))


def run(capsys: pytest.CaptureFixture[str], tmp_path: Path, *args: str) -> tuple[int, str]:
    code = main(["test", str(tree(tmp_path)), *args])
    return code, capsys.readouterr().out


def test_this_week_passes_for_steps_under_this_week(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    now = [s.item for s in steps(tmp_path).this_week]
    assert now
    code, out = run(capsys, tmp_path, str(case(tmp_path, {"this_week": now})))
    assert (code, out.count("PASS")) == (0, 1), out


def test_this_week_fails_for_a_step_from_month_2_and_says_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    weeks = steps(tmp_path)
    later = weeks.month_two[0]
    code, out = run(capsys, tmp_path, str(case(tmp_path, {"this_week": [later.item]})))
    assert code == 1
    assert (
        f"expected {later.item}'s first step this week, but it is under From month 2 "
        f"(month {later.month})"
    ) in out
    assert "this week: " + ", ".join(s.item for s in weeks.this_week) in out


def test_this_week_fails_for_an_item_not_picked_and_refuses_an_unknown_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loaded = load_tree(tree(tmp_path))
    session, _warnings = replay(loaded, read_answers(case(tmp_path, {})))
    mix = choose(loaded.tree, session.answered_path())
    out_of_mix = next(i for i in loaded.tree.items if i not in {r.item_id for r in mix.picked})
    code, out = run(capsys, tmp_path, str(case(tmp_path, {"this_week": [out_of_mix]})))
    assert code == 1
    assert f"expected {out_of_mix}'s first step this week, but it is not picked" in out
    code, out = run(capsys, tmp_path, str(case(tmp_path, {"this_week": ["sitte"]})))
    assert code == 1
    assert "x-expect 'this_week' names 'sitte', which is not an item of the tree" in out
    code, out = run(capsys, tmp_path, str(case(tmp_path, {"this_week": "site"})))
    assert "x-expect 'this_week' must be a list of item ids" in out


def test_diff_shows_the_week_and_update_leaves_this_week_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    later = steps(tmp_path).month_two[0].item
    path = case(tmp_path, {"this_week": [later]})
    code, out = run(capsys, tmp_path, "--diff", str(path))
    assert code == 1
    assert f"! expected {later}'s first step this week" in out
    run(capsys, tmp_path, "--update", str(path))
    assert json.loads(path.read_text())["x-expect"]["this_week"] == [later]
