"""What if opens on the question explored: its ">" in view, the focus where Down means something.

newuser5: What if (w) opened with the focus on the alternatives, so Down moved
them and not the question; opened on an answer of What matters most, the
explored question's ">" was far down its column, off the screen at 80x24.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from pilot_walks import salon_app
from toolmix.tui.screens.what_if import WhatIfScreen
from toolmix.tui.widgets.choice_prompt import CURSOR_MARK, RESTING_MARK
from toolmix.tui.widgets.content_list import ContentList


async def press(pilot: Pilot[None], *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        for _ in range(2):
            await pilot.pause()


def marked_line_shown(questions: ContentList, mark: str = CURSOR_MARK) -> str | None:
    """The line of the list drawn with this mark (the focused list's ">"), if it is in view."""
    for strip in questions.render_lines(questions.size.region):
        if strip.text.lstrip().startswith(mark):
            return strip.text.strip()
    return None


@pytest.mark.parametrize("size", [(80, 24), (60, 20), (100, 32)], ids=str)
async def test_opened_on_a_late_question_its_mark_is_at_the_top(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = salon_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        for _ in range(3):
            await pilot.pause()
        explorer = app.explorer
        assert explorer is not None
        n = next(i for i, c in enumerate(explorer.matters, 1) if c.question == "hours")
        await press(pilot, str(n))
        screen = app.screen
        assert isinstance(screen, WhatIfScreen) and screen.question == "hours"
        questions = screen.query_one("#questions", ContentList)
        assert questions.highlighted == screen.questions.index("hours") > 5  # far down
        # Opened on one question: its alternatives have the focus, Enter adopts;
        # only they show ">" (newuser7 finding 11: two ">" hid where the keys go).
        alternatives = screen.query_one("#alternatives", ContentList)
        assert alternatives.has_focus
        assert marked_line_shown(alternatives) is not None
        assert marked_line_shown(questions) is None
        shown = marked_line_shown(questions, RESTING_MARK)
        assert shown is not None and shown.startswith("· How many hours")
        if questions.scroll_y < questions.max_scroll_y:  # scrolled no further than it goes
            top = questions.render_lines(questions.size.region)[0].text.strip()
            assert top.startswith("· How many hours")  # at the top of its column
        await press(pilot, "tab")  # to the number field (the hours take one): no ">" at all
        assert marked_line_shown(alternatives) is None and marked_line_shown(questions) is None
        await press(pilot, "shift+tab", "shift+tab")  # the questions: the ">" goes with the focus
        assert questions.has_focus
        assert marked_line_shown(questions) is not None
        assert marked_line_shown(alternatives) is None
        assert marked_line_shown(alternatives, RESTING_MARK) is not None


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=str)
async def test_opened_on_all_the_questions_down_moves_between_them(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = salon_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        for _ in range(3):
            await pilot.pause()
        await press(pilot, "w")
        screen = app.screen
        assert isinstance(screen, WhatIfScreen)
        questions = screen.query_one("#questions", ContentList)
        assert questions.has_focus
        first = screen.question
        await press(pilot, "down")
        assert screen.question not in (None, first)
        assert questions.has_focus
        for _ in range(len(screen.questions)):
            await press(pilot, "down")
            shown = marked_line_shown(questions)
            assert shown is not None  # the ">" follows the highlight into view
        await press(pilot, "enter")  # to its alternatives
        assert (
            screen.query_one("#alternatives", ContentList).has_focus
            or screen.query_one("#whatif-number").has_focus
        )
