"""``x-plan.lead`` and ``after_count``: picks an answer puts first in week 1, steps that wait for several places."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import HERE, SHIPPED, TREES
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.plan import first_steps
from toolmix.engine.plan_lines import FirstSteps
from toolmix.engine.selection import choose
from toolmix.load.loader import check_file, load_tree

#: The tiny tree with a first step on every item: the site is the place put first,
#: Instagram the network; without a lead the site leads and Instagram follows it.
PLAN = {
    "setup": {"site": 0.5, "instagram": 0.5},
    "new": ["site", "instagram"],
    "first": ["site"],
    "networks": ["instagram"],
}
LEAD = {"items": ["reply"], "if": {"answer": "audience", "is": "b2c"}}


def tree(tmp_path: Path, plan: object) -> Path:
    data = json.loads((TREES / "tiny.json").read_text())
    for item in data["items"].values():
        item.setdefault("first_step", "Start.")
    data["x-plan"] = plan
    path = tmp_path / "tiny-lead.json"
    path.write_text(json.dumps(data))
    return path


def weeks(path: Path, answers: Path = HERE / "tiny-answers.json") -> FirstSteps:
    loaded = load_tree(path)
    session, _warnings = replay(loaded, read_answers(answers))
    return first_steps(choose(loaded.tree, session.answered_path()))


def test_a_lead_pick_comes_first_with_the_network_and_the_place_put_first_after(
    tmp_path: Path,
) -> None:
    before = [s.item for s in weeks(tree(tmp_path, PLAN)).this_week]
    assert before.index("site") < before.index("instagram") < before.index("reply")
    after = [s.item for s in weeks(tree(tmp_path, PLAN | {"lead": [LEAD]})).this_week]
    assert after == ["instagram", "reply", "site"]


def test_a_lead_rule_whose_answer_does_not_hold_changes_nothing(tmp_path: Path) -> None:
    lead = {**LEAD, "if": {"answer": "audience", "is": "b2b"}}
    before = [s.item for s in weeks(tree(tmp_path, PLAN)).this_week]
    assert [s.item for s in weeks(tree(tmp_path, PLAN | {"lead": [lead]})).this_week] == before


@pytest.mark.parametrize(
    "lead, message",
    [
        ({"items": ["replyy"], "if": LEAD["if"]}, "unknown item 'replyy'"),
        ({"items": [], "if": LEAD["if"]}, "items"),
        ({"items": ["reply"]}, "if"),
        ({"items": ["reply"], "if": {"answer": "audiense", "is": "b2c"}}, "audiense"),
    ],
)
def test_a_wrong_lead_is_a_located_error(tmp_path: Path, lead: object, message: str) -> None:
    result = check_file(tree(tmp_path, PLAN | {"lead": [lead]}))
    errors = [p for p in result.problems if p.severity == "error"]
    assert errors and any(message in str(p) and "lead" in str(p) for p in errors), errors


def test_a_night_to_fill_sells_its_tickets_this_week_and_lists_its_podcast_next() -> None:
    # Review 8, R3: the storytelling night's goal is filling its monthly night; the
    # ticket page and Instagram (where most of its audience is) are this week's jobs,
    # the podcast listing takes what the hours leave (next week).
    steps = weeks(
        SHIPPED / "social-tool-mix.json", HERE / "personas" / "storytelling-night-audio.json"
    )
    now = [s.item for s in steps.this_week]
    assert now[1:3] == ["instagram", "eventbrite"]
    assert "podcast_apps" in [s.item for s in steps.next_week]


#: The reply step needs both new places (a scheduler, say, and its two networks).
COUNTED = {
    "setup": {"site": 0.5, "instagram": 0.5},
    "new": ["site", "instagram"],
    "after": {"reply": ["site", "instagram"]},
}


def test_after_count_waits_for_that_many_places_to_the_month_of_the_last(
    tmp_path: Path,
) -> None:
    # One place is enough: the step follows the site this week. With a count of 2,
    # it waits for Instagram, started in month 2, and is listed under it.
    steps = weeks(tree(tmp_path, COUNTED))
    assert "reply" in [s.item for s in steps.this_week]
    late = steps.month_two[0]
    steps = weeks(tree(tmp_path, COUNTED | {"after_count": {"reply": 2}}))
    assert [(s.item, s.month) for s in steps.month_two] == [(late.item, 2), ("reply", 2)]


@pytest.mark.parametrize(
    "count, message",
    [
        ({"replyy": 2}, "unknown item 'replyy'"),
        ({"site": 2}, "'site' has no 'after' list to count"),
        ({"reply": 0}, "after_count"),
    ],
)
def test_a_wrong_after_count_is_a_located_error(
    tmp_path: Path, count: object, message: str
) -> None:
    result = check_file(tree(tmp_path, COUNTED | {"after_count": count}))
    errors = [p for p in result.problems if p.severity == "error"]
    assert errors and any(message in str(p) for p in errors), errors


def test_a_scheduler_waits_for_the_month_of_the_second_network() -> None:
    # Review 8, R8: the food blogger's Buffer was set up this week while Pinterest was
    # her only network until month 2 ("With two networks…"); now it comes with Instagram.
    steps = weeks(SHIPPED / "social-tool-mix.json", HERE / "personas" / "food-blogger-pause.json")
    months = {s.item: s.month for s in steps.month_two}
    assert months["buffer"] == months["instagram"]
    assert "buffer" not in [s.item for s in steps.this_week + steps.next_week]
