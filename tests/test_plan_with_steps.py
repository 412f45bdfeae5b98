"""``x-plan.with_steps``: an item's own first step when the mix also picks another item."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import HERE, SHIPPED, assert_located_error, tiny_answers_mix, tiny_with_plan
from toolmix.cli.main import main
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.cases import plan_texts
from toolmix.engine.plan import first_steps
from toolmix.engine.selection import Mix, choose
from toolmix.export.json_result import result_dict
from toolmix.load.loader import load_tree
from toolmix.load.translate.strings import tree_strings

BESIDE = "Post three photos of the place."
#: Instagram's step changes when the site (picked with site = yes) is in the mix too.
PLAN = {
    "setup": {"instagram": 0.5},
    "with_steps": {"instagram": {"with": ["site"], "first_step": BESIDE}},
}


def tree(tmp_path: Path, plan: object = PLAN) -> Path:
    return tiny_with_plan(tmp_path, plan)


def mix_for(tmp_path: Path, plan: object = PLAN, **answers: object) -> Mix:
    return tiny_answers_mix(tree(tmp_path, plan), tmp_path, **answers)


def test_beside_the_other_pick_the_step_is_its_own_with_the_items_hours(tmp_path: Path) -> None:
    mix = mix_for(tmp_path)
    assert "site" in {r.item_id for r in mix.picked}
    line = first_steps(mix).step("instagram")
    assert line is not None and (line.text, line.hours) == (BESIDE, 0.5)
    row = next(r for r in result_dict(mix)["picked"] if r["item"] == "instagram")
    assert row["first_step"] == BESIDE
    assert ("instagram", BESIDE) in plan_texts(mix)


def test_its_own_setup_replaces_the_items(tmp_path: Path) -> None:
    plan = {**PLAN, "with_steps": {"instagram": {"with": ["site"], "first_step": "x", "setup": 1}}}
    line = first_steps(mix_for(tmp_path, plan)).step("instagram")
    assert line is not None and (line.text, line.hours) == ("x", 1)


def test_without_the_other_pick_the_item_keeps_its_own_step(tmp_path: Path) -> None:
    plan = {**PLAN, "with_steps": {"instagram": {"with": ["tiktok"], "first_step": BESIDE}}}
    mix = mix_for(tmp_path, plan)
    assert "tiktok" not in {r.item_id for r in mix.picked}
    row = next(r for r in mix.picked if r.item_id == "instagram")
    line = first_steps(mix).step("instagram")
    assert line is not None and line.text == row.item.first_step != BESIDE


def test_the_step_is_a_string_to_translate(tmp_path: Path) -> None:
    strings = tree_strings(load_tree(tree(tmp_path)).tree)
    assert strings["plan/with_steps/instagram/first_step"] == BESIDE


@pytest.mark.parametrize(
    "steps, message",
    [
        ({"instagramm": {"with": ["site"], "first_step": "x"}}, "unknown item 'instagramm'"),
        ({"instagram": {"with": ["sight"], "first_step": "x"}}, "unknown item 'sight'"),
        ({"instagram": {"with": [], "first_step": "x"}}, "with"),
        ({"instagram": {"with": ["site"]}}, "first_step"),
    ],
)
def test_a_wrong_step_is_a_located_error(tmp_path: Path, steps: object, message: str) -> None:
    assert_located_error(tree(tmp_path, {"with_steps": steps}), message, "with_steps")


def test_beside_the_consent_item_the_photo_steps_show_no_child() -> None:
    # Review 9, F4: the Spanish basketball club's Instagram said "post three photos that
    # show what you do" beside "until the forms are back, post photos of the place, the kit".
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    spec = loaded.tree.x_plan
    assert spec is not None
    photo = [i for i, it in loaded.tree.items.items() if "photo" in (it.first_step or "")]
    shows = [i for i in photo if "of what you do" in (loaded.tree.items[i].first_step or "")]
    shows += [i for i in photo if "show what you do" in (loaded.tree.items[i].first_step or "")]
    assert shows
    # A Page's steps are a list since the council's own (review 11, F13): the consent one first.
    consent = {item: spec.with_steps_for(item)[0] for item in shows}
    for item, step in consent.items():
        assert "child_photos" in step.with_, item
        assert "what you do" not in step.first_step
    persona = HERE / "personas" / "basket-club-children-es.json"
    session, _warnings = replay(loaded, read_answers(persona))
    mix = choose(loaded.tree, session.answered_path())
    picked = {r.item_id for r in mix.picked}
    assert "child_photos" in picked and picked & set(shows)
    for item in picked & set(shows):
        line = first_steps(mix).step(item)
        assert line is not None and line.text == consent[item].first_step


def test_the_spanish_club_reads_the_photo_step_in_spanish(
    capsys: pytest.CaptureFixture[str],
) -> None:
    persona = HERE / "personas" / "basket-club-children-es.json"
    args = [
        "answer",
        str(SHIPPED / "social-tool-mix.json"),
        "--lang",
        "es",
        "--answers",
        str(persona),
    ]
    assert main([*args, "--format", "md"]) == 0
    plan = capsys.readouterr().out.split("## ")[2]  # the plan, before the reasons
    assert "tres fotos del lugar y de quienes lo llevan" in plan
    assert "muestren lo que haces" not in plan


#: The items by which people book: beside any of them, saved answers are about booking.
BOOKINGS = [
    "table_booking",
    "tasting_booking",
    "class_booking",
    "booking_page",
    "booking_practice",
    "booking_kept",
]


@pytest.mark.parametrize("persona", ["dental-clinic", "dentist-uk"])
def test_a_practice_links_its_booking_this_week_and_its_answers_end_with_it(persona: str) -> None:
    # Review 10, F10: the same five saved answers for everyone took this week's last slot,
    # and the practice's online booking waited for next week. Beside a booking item the
    # answers are about booking, end with its link, and wait for it (x-plan.after).
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    spec = loaded.tree.x_plan
    assert spec is not None
    assert spec.with_steps_for("saved_replies")[0].with_ == BOOKINGS
    assert set(BOOKINGS) <= set(spec.after["saved_replies"])
    session, _warnings = replay(loaded, read_answers(HERE / "personas" / f"{persona}.json"))
    steps = first_steps(choose(loaded.tree, session.answered_path()))
    assert "booking_practice" in [s.item for s in steps.this_week]
    saved = steps.step("saved_replies")
    assert saved is not None and "each ending with your booking link" in saved.text
    assert "saved_replies" in [s.item for s in steps.next_week]


def test_without_a_booking_item_the_saved_answers_keep_their_own_step() -> None:
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    session, _warnings = replay(loaded, read_answers(HERE / "personas" / "plumber-nextdoor.json"))
    mix = choose(loaded.tree, session.answered_path())
    assert "saved_replies" in {r.item_id for r in mix.picked}
    assert not {r.item_id for r in mix.picked} & set(BOOKINGS)
    line = first_steps(mix).step("saved_replies")
    assert line is not None and line.text == loaded.tree.items["saved_replies"].first_step
    assert "book" not in line.text.split("(")[0]  # the five questions of anyone asked a lot


def test_a_list_of_steps_gives_the_first_that_holds(tmp_path: Path) -> None:
    # A list: each step in its order, the first whose `with` the mix picks one of.
    steps = [
        {"with": ["tiktok"], "first_step": "Beside TikTok."},
        {"with": ["site"], "first_step": BESIDE, "setup": 1},
        {"with": ["site"], "first_step": "Never reached."},
    ]
    mix = mix_for(tmp_path, {**PLAN, "with_steps": {"instagram": steps}})
    assert "tiktok" not in {r.item_id for r in mix.picked}
    line = first_steps(mix).step("instagram")
    assert line is not None and (line.text, line.hours) == (BESIDE, 1)
    strings = tree_strings(load_tree(tree(tmp_path, {"with_steps": {"instagram": steps}})).tree)
    assert strings["plan/with_steps/instagram/1/first_step"] == BESIDE
    assert "plan/with_steps/instagram/first_step" not in strings


def test_a_wrong_item_in_a_list_of_steps_is_located_by_its_place(tmp_path: Path) -> None:
    steps = [{"with": ["site"], "first_step": "x"}, {"with": ["sight"], "first_step": "y"}]
    where = "with_steps.instagram[1].with[0]"
    assert_located_error(tree(tmp_path, {"with_steps": {"instagram": steps}}), "'sight'", where)
    assert_located_error(tree(tmp_path, {"with_steps": {"instagram": []}}), "", "with_steps")


def test_beside_a_discord_they_run_the_answers_are_pinned_there() -> None:
    # Review 11, F1 residue: a streamer and an open-source project were asked about
    # "prices, times, how to order"; beside the Discord they run, their own questions.
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    spec = loaded.tree.x_plan
    assert spec is not None
    discord = spec.with_steps_for("saved_replies")[1]
    assert discord.with_ == ["discord_kept"]
    for persona in ("gaming-streamer", "open-source"):
        session, _warnings = replay(loaded, read_answers(HERE / "personas" / f"{persona}.json"))
        line = first_steps(choose(loaded.tree, session.answered_path())).step("saved_replies")
        assert line is not None and line.text == discord.first_step, persona
        assert "how to order" not in line.text


def test_a_councils_new_page_starts_with_the_next_meeting_and_the_clerk() -> None:
    # Review 11, F13: a parish council with no Page was told to post "one photo of what you
    # do" and fill in "hours if people visit". Beside its policy (every council's), the
    # Page's first step is the next meeting and how to reach the clerk.
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    session, _warnings = replay(
        loaded, read_answers(HERE / "personas" / "parish-meeting-no-site.json")
    )
    mix = choose(loaded.tree, session.answered_path())
    line = first_steps(mix).step("facebook_page")
    assert line is not None and "date of the next meeting" in line.text, line
    assert "what you do" not in line.text and "hours if people visit" not in line.text
