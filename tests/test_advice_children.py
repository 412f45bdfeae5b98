"""Photos of children (issue 17): the consent habit a practitioner puts before any post.

The personas are a youth football club at one hour and a children's dance school at two
(tests/personas/youth-football-under11.json, dance-school-children.json); the walks are
the audit's (random, seed 0), judged by the tree's own ``x-plan`` lists.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import HERE, SHIPPED, persona_mix
from toolmix.audit.walks import random_walks
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.plan import first_steps
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"
PLAN = json.loads(MAIN.read_text(encoding="utf-8"))["x-plan"]


def test_every_walk_serving_children_starts_with_the_consent_step() -> None:
    # Over the audit's walks: whoever serves children gets the consent habit, and its
    # first step is done this week, before the first step of any place to post. A group at
    # the school it serves (a PTA, 8.45.0) serves pupils whatever age it answered.
    loaded = load_tree(MAIN)
    networks = set(PLAN["networks"])
    seen = 0
    for walk in random_walks(loaded, 2000, 0):
        path = walk.session.answered_path()
        mix = choose(loaded.tree, path)
        picked = {r.item_id for r in mix.picked}
        # A library or museum that answers "All ages" runs programs children come to with
        # their parents (storytime, 8.70.0): it holds the consent habit too.
        serves_children = (
            ("age", "children") in path
            or ("local", "school") in path
            or (("kind", "public_service") in path and ("age", "all") in path)
        )
        assert ("child_photos" in picked) == serves_children, path
        if not serves_children:
            continue
        seen += 1
        now = [s.item for s in first_steps(mix).this_week]
        assert "child_photos" in now, path
        before = now[: now.index("child_photos")]
        assert not networks & set(before), (before, path)
    assert seen > 0


@pytest.mark.parametrize("persona", ["youth-football-under11", "dance-school-children"])
def test_the_consent_step_comes_before_the_first_post(persona: str) -> None:
    steps = first_steps(persona_mix(persona))
    now = [s.item for s in steps.this_week]
    # Only the essentials the tree lists before it (turning on notifications) come first.
    ahead = PLAN["first"][: PLAN["first"].index("child_photos")]
    assert now[: now.index("child_photos")] == [i for i in ahead if i in now]


def country_reasons() -> dict[str, str]:
    """Each country option's own line on photos of children, from the tree."""
    node = json.loads(MAIN.read_text(encoding="utf-8"))["nodes"]["country"]
    return {
        o["id"]: e["because"]
        for o in node["options"]
        for e in o.get("effects", [])
        if e["item"] == "child_photos"
    }


@pytest.mark.parametrize("country", ["uk", "es", "us", "europe", "other"])
def test_the_reason_gives_the_rule_of_the_persons_own_country(country: str) -> None:
    # Review 7: a UK club was told the Spanish rule ("in Spain a child under 14 needs a
    # parent's consent"). Each country's line goes only to that country; every country
    # gets the general line (the policy of the league, governing body or teaching society).
    lines = country_reasons()
    assert {"uk", "es"} <= set(lines)
    loaded = load_tree(MAIN)
    answers = read_answers(Path(HERE / "personas" / "youth-football-under11.json"))
    answers.answers["country"] = country
    session, _ = replay(loaded, answers)
    mix = choose(loaded.tree, session.answered_path())
    row = next(r for r in mix.picked if r.item_id == "child_photos")
    assert row.required
    reasons = [r.text for r in row.reasons]
    assert any("teaching society" in r for r in reasons)
    for other, line in lines.items():
        assert (line in reasons) == (other == country), (country, other)
    assert all("Spain" not in r for r in reasons) or country == "es"


def test_the_consent_step_says_what_to_post_until_the_forms_are_back() -> None:
    # Review 7, fault 7: the consent form goes out in week 1, and the same week asks for
    # photos (Google's listing, a new network, the pinned posts). The consent step, done
    # first, says what to post meanwhile, and no sport-only word (a dance school has no
    # league of its own).
    step = load_tree(MAIN).tree.items["child_photos"].first_step or ""
    assert "Until the forms are back" in step and "from behind" in step
    assert "teaching society" in step
