"""A museum's visitors are asked for reviews, and its listing that matters is the tourism office's.

Issue 17 (8.71.0), a volunteer-run small museum in Canada: the food bank's line "not to the people
who come to you for help" reached it, and a club's or charity's path skipped the reviews question,
so a museum never asked its visitors for a review. A club or charity whose people are visitors is
now asked it (so is a public service, since 8.70.0), is told of the area's tourism office (in Canada the regional tourism organization),
and keeps the food bank's line only where people come for help. The walks are the audit's (random,
seed 0), judged by the answers, so the checks follow the tree rather than pin its words.
"""

from __future__ import annotations

import json

from conftest import SHIPPED, persona_mix
from toolmix.audit.walks import random_walks
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"
TREE = json.loads(MAIN.read_text(encoding="utf-8"))
# Since 8.75.0 the line sits on the answer "People come to us for help" of what a charity does
# (review 11, F2), no longer on the charity kind itself.
HELP = next(o for o in TREE["nodes"]["charity-work"]["options"] if o["id"] == "help")
DIGNITY = next(e["because"] for e in HELP["effects"] if e["item"] == "weekly_conversation")


def reasons(mix: object, item: str) -> list[str]:
    row = next(r for r in mix.picked if r.item_id == item)  # type: ignore[attr-defined]
    return [r.text for r in row.reasons]


def test_visitors_of_a_club_or_charity_are_asked_about_reviews_and_the_tourism_office() -> None:
    loaded = load_tree(MAIN)
    attractions = 0
    for walk in random_walks(loaded, 3000, 0):
        path = walk.session.answered_path()
        answers = dict(path)
        # a library or museum run as a public service (8.70.0) is asked as a club or charity is
        nonprofit = answers["kind"] in ("club", "charity", "public_service")
        visitors = answers.get("local") == "visitors"
        if nonprofit and visitors:
            attractions += 1
            assert "reviews" in answers, path
        elif nonprofit:
            assert "reviews" not in answers, path  # a food bank's clients are still not asked
        mix = choose(loaded.tree, path)
        listed = {r.item_id for r in [*mix.picked, *mix.considered]}
        assert ("tourism_listing" in listed) <= (nonprofit and visitors), path
    assert attractions > 20


def test_the_museum_plan_holds_google_the_tourism_office_and_review_requests() -> None:
    mix = persona_mix("museum-volunteers-ca")
    picked = {r.item_id for r in mix.picked}
    assert {"gbp", "tourism_listing", "ask_reviews"} <= picked
    assert any("regional tourism organization" in r for r in reasons(mix, "tourism_listing"))


def test_the_dignity_line_is_the_food_banks_not_the_museums() -> None:
    museum = persona_mix("museum-volunteers-ca", hours=3)
    assert DIGNITY not in reasons(museum, "weekly_conversation")
    assert DIGNITY in reasons(persona_mix("food-bank"), "weekly_conversation")


def test_the_museum_shows_its_collection_not_the_people_it_helps() -> None:
    # 8.76.0: the charity's photo line ("in writing from a person you help") is a food bank's;
    # a museum's Page shows the collection and what's on, and asks visitors before a photo.
    museum = reasons(persona_mix("museum-volunteers-ca"), "facebook_page_kept")
    food_bank = reasons(persona_mix("food-bank"), "facebook_page_kept")
    assert not any("a person you help" in r for r in museum)
    assert any("the collection" in r for r in museum)
    assert any("a person you help" in r for r in food_bank)
