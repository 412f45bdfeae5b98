"""What if, in the app: each alternative shown, Escape changes nothing, Enter adopts through the session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from pilot_walks import ANSWERS, SIZES, app_in, press, to_steady_result
from toolmix.tui.app import ToolmixApp
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.screens.what_if import WhatIfScreen
from toolmix.tui.widgets.content_list import ContentList


def what_if(app: ToolmixApp) -> WhatIfScreen:
    assert isinstance(app.screen, WhatIfScreen)
    return app.screen


def shown(screen: WhatIfScreen) -> list[str]:
    return [c.plain for c in screen.query_one("#alternatives", ContentList).entries]


def saved_answers(tmp_path: Path) -> dict[str, object]:
    (path,) = (tmp_path / "sessions").glob("*.json")
    return dict(json.loads(path.read_text())["answers"])


def inside(screen: WhatIfScreen, selector: str) -> bool:
    region = screen.query_one(selector).region
    return region.right <= screen.size.width and region.bottom <= screen.size.height - 1


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_each_alternative_is_shown_and_escape_changes_nothing(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=size) as pilot:
        result = await to_steady_result(pilot, app)
        before = [r.item_id for r in result.mix.picked]
        await press(pilot, "w")
        screen = what_if(app)
        # Text questions have no alternatives: the list starts at the first choice.
        assert screen.questions == ["audience", "formats", "hours", "site"]
        assert screen.question == "audience"
        # Each question over the answer the walk gave it (tiny.json's words).
        first = screen.query_one("#questions", ContentList).entries[0].plain
        assert first.splitlines() == ["Who buys from you?", "People"]
        assert [o.answer for o in screen.options] == ["b2b"]
        (entry,) = shown(screen)
        assert entry.splitlines() == [
            "With Businesses",
            "+ LinkedIn, Reply within a day",
            "- Instagram",
            "Plan: ACME: The steady mix  ·  about 3 hours of your 3 hours a week",
        ]
        assert inside(screen, "#alternatives") and inside(screen, "#questions")
        assert screen.query_one("#questions", ContentList).has_focus  # w: the questions
        await press(pilot, "down")  # the next question
        assert screen.question == "formats"
        assert [o.answer for o in screen.options] == [["video", "photos"], ["none"]]
        assert (
            shown(screen)[0].splitlines()[1]
            == "Needs an answer first: Are you comfortable on camera?"
        )
        await press(pilot, "escape")
        assert isinstance(app.screen, ResultScreen) and app.screen is result
        assert app.session is not None and app.session.answers == ANSWERS
        assert app.session.finished and app.last_mix is not None
        assert [r.item_id for r in app.last_mix.picked] == before


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_enter_adopts_an_alternative_through_the_session(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=size) as pilot:
        await to_steady_result(pilot, app)
        await press(pilot, "3")  # What matters most, third: the website
        screen = what_if(app)
        assert screen.question == "site" and [o.answer for o in screen.options] == ["no"]
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultScreen)
        assert app.session is not None and app.session.answers == {**ANSWERS, "site": "no"}
        assert app.screen.mix.title == "ACME: The starter mix"
        assert saved_answers(tmp_path) == {**ANSWERS, "site": "no"}  # autosaved at once
        assert "Same mix as your last result" in str(
            app.screen.query_one("#changes", Static).render()
        )


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_a_typed_number_is_shown_then_adopted(tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=size) as pilot:
        await to_steady_result(pilot, app)
        await press(pilot, "2")  # the hours
        screen = what_if(app)
        assert screen.question == "hours"
        assert [o.answer for o in screen.options] == [0]  # the other range's smallest value
        assert shown(screen)[0].splitlines()[1] == "- Instagram, Website"
        field = screen.query_one("#whatif-number", Input)
        assert inside(screen, "#whatif-number")
        field.focus()
        await press(pilot, *"abc", "enter")
        assert "Type a number" in str(screen.query_one("#whatif-error", Static).render())
        field.value = ""
        await press(pilot, *"3", "enter")
        assert "your answer now" in str(screen.query_one("#whatif-error", Static).render())
        screen.query_one("#alternatives", ContentList).focus()
        await press(pilot, "6", "enter")  # a digit typed on the list goes to the field
        assert [o.answer for o in screen.options] == [6, 0]
        assert shown(screen)[0].splitlines()[:2] == ["With 6 hours a week", "+ TikTok"]
        assert app.session is not None and app.session.answers == ANSWERS  # only shown
        await press(pilot, "enter")
        assert isinstance(app.screen, ResultScreen)
        assert app.session.answers == {**ANSWERS, "hours": 6}
        assert "tiktok" in [r.item_id for r in app.screen.mix.picked]
        assert saved_answers(tmp_path) == {**ANSWERS, "hours": 6}


async def test_an_alternative_that_needs_an_answer_continues_the_walk(tmp_path: Path) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        await press(pilot, "w", "down", "enter")  # formats; Enter goes to its list
        screen = what_if(app)
        assert screen.query_one("#alternatives", ContentList).has_focus
        await press(pilot, "enter")  # video ticked too: the camera question needs an answer
        assert isinstance(app.screen, QuestionScreen)
        session = app.session
        assert session is not None and session.current == "camera"
        assert session.answers["formats"] == ["video", "photos"]
        assert saved_answers(tmp_path)["formats"] == ["video", "photos"]
        await press(pilot, "1")  # yes: the hours and the website, kept, take the walk on
        assert isinstance(app.screen, ResultScreen)
        assert session.answers == {**ANSWERS, "formats": ["video", "photos"], "camera": "yes"}
