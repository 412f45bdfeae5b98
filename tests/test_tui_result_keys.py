"""The result at 80x24: every part reachable by keys, facts never wrapped mid-phrase.

Also the result (and the question screen) at tiny sizes: nothing crashes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pilot_walks import LONG, to_long_result
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.entry_list import Hanging
from toolmix.tui.widgets.mix_list import MixList, pack


def shown(mix: MixList) -> list[str]:
    """The list's lines as drawn now, scrolled where it is."""
    return [strip.text.rstrip() for strip in mix.render_lines(mix.size.region)]


def in_view(mix: MixList, text: str) -> bool:
    return any(line.strip() == text for line in shown(mix))


async def test_every_part_of_the_result_is_reachable_by_keys(tmp_path: Path) -> None:
    app = make_app(load_tree(LONG), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_long_result(pilot, app)
        screen = app.screen
        mix = screen.query_one(MixList)
        assert mix.has_focus
        seen_kinds: set[str] = set()
        seen_headings: set[str] = set()
        headings = {e.title.plain for e in mix.entries if e.row is None}
        for _ in range(mix.option_count + 2):
            await pilot.press("down")
            await pilot.pause()
            entry = mix.highlighted_entry
            assert entry is not None and in_view(mix, entry.title.plain)
            assert mix.region.bottom <= screen.query_one("#columns").region.bottom
            seen_kinds.add(entry.kind)
            seen_headings |= {title for title in headings if in_view(mix, title)}
            reasons = str(screen.query_one("#reasons").render())
            assert entry.row is not None and entry.row.item.name in reasons
        assert seen_kinds == {"picked", "considered", "ruled out"}
        assert {"Also considered", "Ruled out"} <= seen_headings
        await pilot.press("home")
        await pilot.pause()
        assert in_view(mix, mix.entries[0].title.plain)
        # Tab reaches the other column; its keys scroll it to its end.
        await pilot.press("tab")
        await pilot.pause()
        right = screen.query_one("#right")
        assert right.has_focus
        await pilot.press("end")
        await pilot.pause()
        assert right.scroll_y == right.max_scroll_y
        # The plan's tab: its keys scroll it to Every week's end.
        await pilot.press("p")
        await pilot.pause()
        plan = screen.query_one("#plan")
        assert plan.has_focus
        await pilot.press("end")
        await pilot.pause()
        assert plan.scroll_y == plan.max_scroll_y
        assert screen.query_one("#every-week").region.bottom <= plan.region.bottom


@pytest.mark.parametrize("width", [80, 60, 40])
async def test_an_items_facts_wrap_between_phrases(tmp_path: Path, width: int) -> None:
    app = make_app(load_tree(LONG), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(width, 24)) as pilot:
        await to_long_result(pilot, app)
        mix = app.screen.query_one(MixList)
        items = [i for i, e in enumerate(mix.entries) if e.row is not None]
        assert items
        width = mix.scrollable_content_region.width  # what the list draws its entries at
        for index in items:
            prompt = mix.get_option_at_index(index).prompt
            assert isinstance(prompt, Hanging)
            drawn = prompt.lines(width)
            lines = [line.plain for _, line in drawn]
            assert all(len(line) <= width for line in lines)
            room = width - drawn[1][0]  # the facts are indented under the name
            for phrase in mix.entries[index].facts:
                if len(phrase) > room:  # wider than the column: it wraps between its words
                    assert " ".join(lines).count(phrase) >= 1, (phrase, lines)
                    continue
                assert any(phrase in line for line in lines), (phrase, lines)


@pytest.mark.parametrize(
    ("phrases", "width", "lines"),
    [
        (["0.5 h/week", "free"], 40, ["0.5 h/week  ·  free"]),
        (["0.5 h/week", "free"], 12, ["0.5 h/week", "free"]),
        (
            ["0.5 h/week", "from $10/month", "required"],
            30,
            ["0.5 h/week  ·  from $10/month", "required"],
        ),
        (["a very long phrase indeed"], 5, ["a very long phrase indeed"]),
    ],
)
def test_pack_starts_a_line_only_between_phrases(
    phrases: list[str], width: int, lines: list[str]
) -> None:
    assert pack(phrases, width) == lines


@pytest.mark.parametrize("size", [(10, 5), (20, 10), (20, 40), (15, 3), (80, 6)], ids=str)
async def test_the_result_survives_a_tiny_terminal(tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(load_tree(LONG), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_long_result(pilot, app)
        await pilot.resize_terminal(*size)
        await pilot.pause()
        for key in ["down", "down", "end", "tab", "end", "question_mark", "escape"]:
            await pilot.press(key)
            await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        assert app.screen.query_one(MixList).highlighted is not None


async def test_a_dialogs_focused_button_shows_it_without_colour(tmp_path: Path) -> None:
    """Tab between a dialog's buttons moves the cursor's "> " with the focus (a focused
    Button differed from the others by colour only: newuser7 #8's trap, in dialogs)."""
    from pilot_walks import app_in, press, to_steady_result
    from screen_text import screen_text
    from toolmix.tui.dialogs.confirm import ConfirmDialog

    app = app_in(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_steady_result(pilot, app)
        await press(pilot, "r")  # Start over? (asks first)
        assert isinstance(app.screen, ConfirmDialog)
        first = " ".join(screen_text(app).split())
        await press(pilot, "tab")
        then = " ".join(screen_text(app).split())
    assert "> Start over" in first and "> Cancel" not in first
    assert "> Cancel" in then and "> Start over" not in then
