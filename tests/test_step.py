"""The Step: what a front end shows for the current node, read from a session."""

from __future__ import annotations

from typing import Any

import pytest

from toolmix.engine.session import Session
from toolmix.engine.step import Answered, NumberField, TextField, step_for
from toolmix.load.loader import LoadedTree

TO_HOURS: list[Any] = ["ACME", "b2c", ["video", "photos"], "yes"]


def at(tiny: LoadedTree, answers: list[Any]) -> Session:
    session = Session(tiny)
    for value in answers:
        session.answer(value)
    return session


def test_a_text_question(tiny: LoadedTree) -> None:
    step = step_for(Session(tiny))
    assert (step.node_id, step.kind, step.title) == (
        "name",
        "text",
        "What is your business called?",
    )
    assert step.text == TextField(
        "", "ACME", 40, False, "Up to 40 characters; you may leave it empty"
    )
    assert step.options == () and step.number is None
    assert step.progress.label.startswith("Question 1 of ")
    assert step.answers == () and not step.can_go_back and step.previous is None


def test_a_single_question_keeps_the_help_as_source(tiny: LoadedTree) -> None:
    step = step_for(at(tiny, ["ACME"]))
    assert step.kind == "single" and step.help == "Pick the **main** group."
    assert step.option_ids() == ["b2b", "b2c"] and not any(o.checked for o in step.options)
    assert step.answers == (Answered("name", "What is your business called?", "ACME"),)
    assert step.can_go_back and step.progress.answered == 1


def test_a_multi_question_shows_only_the_options_offered(tiny: LoadedTree) -> None:
    step = step_for(at(tiny, ["ACME", "b2c"]))
    assert step.multi and step.fewest == 1 and step.most is None
    assert step.option_ids() == ["video", "photos", "none"]  # "writing" is for b2b only
    assert step.rules == ("choose at least 1",)
    assert [o.exclusive for o in step.options] == [False, False, True]


def test_after_going_back_the_earlier_answer_is_checked(tiny: LoadedTree) -> None:
    session = at(tiny, ["ACME", "b2c", ["video", "photos"]])
    session.back()
    step = step_for(session)
    assert step.previous == ["video", "photos"]
    assert [o.id for o in step.options if o.checked] == ["video", "photos"]
    assert step.answers[-1] == Answered("audience", "Who buys from you?", "People")


@pytest.mark.parametrize(
    ("back", "value"),
    [(False, "3"), (True, "7.5")],  # the default at first, the earlier answer after back
)
def test_a_number_field(tiny: LoadedTree, back: bool, value: str) -> None:
    session = at(tiny, [*TO_HOURS, 7.5] if back else TO_HOURS)
    if back:
        session.back()
    field = step_for(session).number
    assert field == NumberField(
        value=value,
        min=0,
        max=40,
        step=0.5,
        unit="hours a week",
        default=3,
        bounds="0 to 40",
        allowed="a number from 0 to 40",
        rules="A number from 0 to 40, in steps of 0.5",
        ranges=(("under 2", "very little"), ("2+", "some")),
    )
    assert field.placeholder == "0 to 40"


def test_the_answers_so_far_are_worded_for_a_person(tiny: LoadedTree) -> None:
    step = step_for(at(tiny, [*TO_HOURS, 1]))
    assert step.kind == "info" and step.title == "Keep it small"
    assert step.help == "With little time, *one* outpost is enough."
    assert [a.answer for a in step.answers] == [
        "ACME",
        "People",
        "Video, Photos",
        "Yes",
        "1 hour a week",
    ]


def test_the_result(tiny: LoadedTree) -> None:
    session = at(tiny, [*TO_HOURS, 4, "yes"])
    step = step_for(session)
    assert step.finished and step.title == "The steady mix" and step.options == ()


def test_building_a_step_changes_nothing(tiny: LoadedTree) -> None:
    session = at(tiny, ["ACME", "b2c"])
    before = (list(session.path), dict(session.answers), dict(session.remembered))
    assert step_for(session) == step_for(session)
    assert (session.path, session.answers, session.remembered) == before
