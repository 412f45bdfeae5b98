"""The main tree's plan and questions, checked against the smaller faults of review 6 (8.5.0).

Each test names the fault it guards; the personas are in tests/personas, the walks the
audit's (random, seed 0).
"""

from __future__ import annotations

import pytest

from conftest import HERE, SHIPPED, persona_mix, slots
from toolmix.audit.walks import random_walks
from toolmix.cli.main import main
from toolmix.engine.answers_file import read_answers
from toolmix.engine.plan import first_steps
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"


def test_the_choirs_form_is_pinned_after_its_facebook_page_exists() -> None:
    # The sign-up form's step ("pin it where people follow you") came in the week
    # before the choir's Facebook Page: its site, tidied in week 1, counted as the
    # place the step needed, so step-before-place never saw it. Now the form waits
    # for a place where people follow (its x-plan `after` no longer names the site).
    at = slots(first_steps(persona_mix("choir-recruiting")))
    assert at["facebook_page"] < at["signup_form_share"], at  # a club's form, passed on
    spec = load_tree(MAIN).tree.x_plan
    assert spec is not None
    assert "website" not in spec.after["signup_form"]
    assert spec.after["signup_form_share"] == spec.after["signup_form"]


def test_places_to_stay_are_not_asked_how_people_book() -> None:
    # A holiday let was asked "Do people book a time or a table with you?": its
    # guests book through the travel sites. Over the audit's walks, no one who lets
    # rooms or a whole place is asked, and the others still are where they were.
    loaded = load_tree(MAIN)
    stays = asked = 0
    for walk in random_walks(loaded, 2000, 0):
        answers = dict(walk.session.answered_path())
        if answers.get("stay") in ("rooms", "whole"):
            stays += 1
            assert "booking" not in answers, answers
        elif answers.get("kind") in ("shop", "solo", "food", "drink"):
            asked += 1
            assert "booking" in answers, answers
    assert stays and asked


def test_a_professional_rarely_asked_questions_is_not_told_to_post_the_questions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The LinkedIn routine said "from a real question someone asked you" to a
    # consultant who said people rarely ask.
    path = HERE / "personas" / "consultant-linkedin.json"
    assert read_answers(path).answers["questions"] == "rarely"
    assert main(["answer", "social-tool-mix", "--answers", str(path)]) == 0
    text = capsys.readouterr().out
    assert "a real question someone asked you" not in text
    assert "a question your clients have, asked or not" in text


def test_the_linkedin_profile_she_runs_is_tidied_before_a_new_page() -> None:
    # The bookkeeper's LinkedIn following was a step like a habit (in no x-plan list),
    # so the new Facebook Page came before it in week 1. A profile is now a place the
    # person runs (`kept`): tidied before any new place is started.
    at = slots(first_steps(persona_mix("bookkeeper-linkedin")))
    assert at["linkedin_profile"] < at["facebook_page"], at
    spec = load_tree(MAIN).tree.x_plan
    assert spec is not None
    assert "linkedin_profile" in spec.kept and "linkedin_profile" not in spec.new
