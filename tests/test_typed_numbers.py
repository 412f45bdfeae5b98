"""Numbers as a person types them (newuser6 #10: '1e1' was taken as 10 hours)."""

from __future__ import annotations

import io

import pytest

from conftest import TREES
from toolmix.load.loader import load_tree
from toolmix.plain import PlainWalk
from toolmix.text.words import typed_number
from toolmix.tui.app import make_app
from toolmix.tui.screens.question import QuestionScreen

TINY = load_tree(TREES / "tiny.json")
#: From the intro to tiny's hours question (name, People, Video, on camera).
TO_HOURS = ["enter", *"ACME", "enter", "2", "1", "enter", "1"]
REFUSED = [
    "1e1",
    "1E1",
    "1_0",
    "inf",
    "nan",
    "-inf",
    "0x1",
    "1.5.2",
    "1,5,2",
    "2h",
    ".",
    ",",
    "",
    " ",
]


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("2", 2),
        (" 2.5 ", 2.5),
        ("2,5", 2.5),
        ("0", 0),
        ("10", 10),
        ("1.", 1),
        (".5", 0.5),
        (",5", 0.5),
        ("-1", -1),
        ("+3", 3),
        ("007", 7),
    ],
)
def test_plain_decimals_are_numbers(typed: str, number: float) -> None:
    assert typed_number(typed) == number


@pytest.mark.parametrize("typed", REFUSED)
def test_what_only_python_reads_as_a_number_is_none(typed: str) -> None:
    with pytest.raises(ValueError):
        typed_number(typed)


@pytest.mark.parametrize("typed", ["1e1", "1_0", "inf"])
async def test_the_number_field_refuses_them_and_stays(typed: str) -> None:
    app = make_app(TINY)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(*TO_HOURS)
        await pilot.pause()
        assert app.session is not None and app.session.current == "hours"
        await pilot.press("ctrl+a", "ctrl+k", *typed, "enter")  # the default 3 cleared first
        await pilot.pause()
        assert app.session.current == "hours" and "hours" not in app.session.answers
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        hint = str(screen.query_one("#hint").render())
        assert f"'{typed}' is not a number" in hint


@pytest.mark.parametrize("typed", ["1e1", "1_0", "nan"])
def test_ask_refuses_them_and_asks_again(typed: str) -> None:
    replies = ["ACME", "2", "1", "1", typed, "2.5", "1"]  # then the website: Yes
    out = io.StringIO()
    walk = PlainWalk(TINY, io.StringIO("\n".join(replies) + "\n" * 5), out)
    walk.run()
    assert walk.session.answers["hours"] == 2.5
    assert f"'{typed}' is not a number" in out.getvalue()
