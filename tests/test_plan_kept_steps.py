"""``x-plan.kept_steps``: a kept place's own first step, and its time, when an answer says it is kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import HERE, SHIPPED, assert_located_error, tiny_answers_mix, tiny_with_plan
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.cases import plan_texts
from toolmix.engine.plan import first_steps
from toolmix.engine.selection import Mix, choose
from toolmix.export.json_result import result_dict
from toolmix.load.loader import load_tree
from toolmix.load.translate.strings import tree_strings

CHECK = "Check your grid."
#: Instagram's own step takes an hour; "video" among the formats says it is kept: a check.
PLAN = {
    "setup": {"instagram": 1},
    "kept_steps": {
        "instagram": {"answer": "formats", "has": "video", "first_step": CHECK, "setup": 0.1}
    },
}


def tree(tmp_path: Path, plan: object = PLAN) -> Path:
    return tiny_with_plan(tmp_path, plan)


def mix_for(tmp_path: Path, **answers: object) -> Mix:
    return tiny_answers_mix(tree(tmp_path), tmp_path, **answers)


def test_the_kept_step_and_its_time_replace_the_items_when_the_answer_holds(
    tmp_path: Path,
) -> None:
    mix = mix_for(tmp_path)
    assert "video" in mix.answers["formats"]  # type: ignore[operator]
    line = first_steps(mix).step("instagram")
    assert line is not None and (line.text, line.hours) == (CHECK, 0.1)
    # The plan's other views say the same step.
    row = next(r for r in result_dict(mix)["picked"] if r["item"] == "instagram")
    assert row["first_step"] == CHECK
    assert ("instagram", CHECK) in plan_texts(mix)


def test_without_the_answer_the_item_keeps_its_own_step(tmp_path: Path) -> None:
    mix = mix_for(tmp_path, formats=["photos"])
    row = next((r for r in mix.picked if r.item_id == "instagram"), None)
    assert row is not None
    line = first_steps(mix).step("instagram")
    assert line is not None and (line.text, line.hours) == (row.item.first_step, 1)


def test_the_kept_step_is_a_string_to_translate(tmp_path: Path) -> None:
    strings = tree_strings(load_tree(tree(tmp_path)).tree)
    assert strings["plan/kept_steps/instagram/first_step"] == CHECK


@pytest.mark.parametrize(
    "kept, message",
    [
        ({"instagramm": {"answer": "formats", "has": "photos", "first_step": "x"}}, "unknown item"),
        ({"instagram": {"answer": "audience", "has": "b2c", "first_step": "x"}}, "multi question"),
        (
            {"instagram": {"answer": "formatz", "has": "photos", "first_step": "x"}},
            "multi question",
        ),
        (
            {"instagram": {"answer": "formats", "has": "fotos", "first_step": "x"}},
            "'fotos' is not an option of 'formats'",
        ),
        ({"instagram": {"answer": "formats", "has": "photos"}}, "first_step"),
    ],
)
def test_a_wrong_kept_step_is_a_located_error(tmp_path: Path, kept: object, message: str) -> None:
    assert_located_error(tree(tmp_path, {"kept_steps": kept}), message, "kept_steps")


def test_a_kept_linkedin_is_checked_in_minutes_a_new_one_rewritten() -> None:
    # Review 8, R3 (d): the accountant's kept LinkedIn waited a week behind its
    # 30-minute rewrite; kept, its step is a check that fits this week.
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    spec = loaded.tree.x_plan
    assert spec is not None
    kept = spec.kept_steps["linkedin_profile"]
    assert kept.setup < spec.setup["linkedin_profile"]
    session, _warnings = replay(loaded, read_answers(HERE / "personas" / "accountant-uk.json"))
    mix = choose(loaded.tree, session.answered_path())
    assert "linkedin" in mix.answers["already"]  # type: ignore[operator]
    steps = first_steps(mix)
    assert [s.text for s in steps.this_week if s.item == "linkedin_profile"] == [kept.first_step]


@pytest.mark.parametrize("persona", ["holiday-let", "guest-house"])
def test_a_host_on_a_travel_site_saves_the_answers_where_guests_write(persona: str) -> None:
    # Review 11, F1: the holiday let, whose guests all write through Airbnb and whose mix
    # has no page to post to, was told to "pin a post" and asked about "how to order".
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    spec = loaded.tree.x_plan
    assert spec is not None
    step = spec.kept_steps["saved_replies"]
    assert (step.answer, step.has, step.setup) == ("already", "travel", spec.setup["saved_replies"])
    session, _warnings = replay(loaded, read_answers(HERE / "personas" / f"{persona}.json"))
    line = first_steps(choose(loaded.tree, session.answered_path())).step("saved_replies")
    assert line is not None and line.text == step.first_step
    assert "travel site's inbox" in line.text and "Pin a post" not in line.text
