"""The result on a small screen: every part of it comes into view by keys.

At 60x20 only the header and "What matters most" fitted, and Down, Tab,
PageDown and End never brought the mix, Why or the plan into view; at 80x24
the mix had 5 rows under an 11-row "What matters most" (newuser5 #2), and at
100x32 "This week" was reached only by Tab and scrolling (newuser6 #1). The
result now opens on the plan's tab; the mix (m) and What would change (c)
have their own. Under 32 lines or 72 columns the mix tab is one page that
scrolls, the mix first.

The tree is tests/trees/ui/social-tool-mix.json (frozen), walked with a hair
salon's answers: a plan with This week and Every week.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from pilot_walks import salon_app
from screen_text import screen_text
from toolmix.tui.app import ToolmixApp
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.mix_list import MixList

SIZES = [(60, 20), (80, 24), (100, 24), (72, 22)]


async def to_result(pilot: Pilot[None], app: ToolmixApp) -> ResultScreen:
    for _ in range(3):
        await pilot.pause()
    assert isinstance(app.screen, ResultScreen)
    return app.screen


def highlighted_in_view(app: ToolmixApp, mix: MixList) -> bool:
    """The highlighted entry's first line is drawn where the screen shows it."""
    entry = mix.highlighted_entry
    assert entry is not None
    return entry.title.plain in screen_text(app)


async def press(pilot: Pilot[None], key: str) -> None:
    await pilot.press(key)
    for _ in range(2):
        await pilot.pause()


@pytest.mark.parametrize("size", [*SIZES, (100, 32)], ids=str)
async def test_the_first_screen_shows_the_title_and_the_plan(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """The plan leads (newuser6 #1): This week at once, and Every week beside it when wide."""
    app = salon_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await to_result(pilot, app)
        text = screen_text(app)
        assert "Shear Joy" in text.split("\n")[1]  # the title, at the top
        assert screen.tab == "plan-tab" and app.focused is screen.query_one("#plan")
        assert "This week" in text
        # The tabs name the rest, with their keys.
        assert "m Your mix" in text and "c What would change" in text
        this, every = screen.query_one("#this-week"), screen.query_one("#every-week")
        if size[0] >= 72:  # side by side: Every week starts on the first screen too
            assert this.region.y == every.region.y
            assert "Every week" in text
        else:
            assert every.region.y > this.region.y
        await press(pilot, "m")
        mix = screen.query_one(MixList)
        assert screen.tab == "mix-tab" and mix.has_focus
        assert highlighted_in_view(app, mix)
        await press(pilot, "p")
        assert app.focused is screen.query_one("#plan")


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_down_keeps_the_highlighted_entry_in_view(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = salon_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await to_result(pilot, app)
        await press(pilot, "m")
        mix = screen.query_one(MixList)
        for _ in range(mix.option_count + 1):
            await press(pilot, "down")
            assert highlighted_in_view(app, mix)
            name = mix.highlighted_entry.row.item.name  # type: ignore[union-attr]
            assert name in str(screen.query_one("#reasons", Static).render())
        await press(pilot, "home")
        assert "Shear Joy" in screen_text(app)
        assert highlighted_in_view(app, mix)


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_pagedown_and_end_reach_the_whole_plan_and_tab_why(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = salon_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await to_result(pilot, app)
        seen = screen_text(app)
        for _ in range(40):
            await press(pilot, "pagedown")
            seen += screen_text(app)
        for words in ("This week", "Every week", "In all: about"):
            assert words in seen, words
        await press(pilot, "home")
        assert "This week" in screen_text(app)
        await press(pilot, "end")
        assert "In all: about" in screen_text(app)
        # The mix: Tab goes to Why and back to the list.
        await press(pilot, "m")
        await press(pilot, "tab")
        assert app.focused is screen.query_one("#right")
        assert any(line.endswith(" Why") for line in screen_text(app).split("\n"))  # its top
        await press(pilot, "tab")
        assert screen.query_one(MixList).has_focus
        assert highlighted_in_view(app, screen.query_one(MixList))


async def test_what_would_change_and_the_weeks_follow_the_screen(tmp_path: Path) -> None:
    """What matters most has a tab of its own (c), at every size; the weeks go side
    by side once the screen widens."""
    app = salon_app(tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await to_result(pilot, app)
        assert screen.has_class("-narrow", "-short")
        assert "What would change this plan" not in screen_text(app)
        await press(pilot, "c")
        assert screen.tab == "matters-tab"
        assert "What would change this plan" in screen_text(app)
        await press(pilot, "p")
        await pilot.resize_terminal(120, 40)
        for _ in range(3):
            await pilot.pause()
        assert screen.has_class("-wide", "-tall")
        assert screen.query_one("#this-week").region.y == screen.query_one("#every-week").region.y
        await press(pilot, "m")
        # Big: nothing scrolls but the columns, which fill the rest of the screen.
        assert screen.query_one("#page").max_scroll_y == 0
        assert "Your mix" in screen_text(app) and "Why" in screen_text(app)


SNAPSHOTS = {
    "60x20": ((60, 20), []),
    "80x24-mix-tab-pagedown": ((80, 24), ["m", "tab", "pagedown"]),
}


@pytest.mark.parametrize("name", SNAPSHOTS)
def test_snapshot_small_result(snap_compare, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    size, keys = SNAPSHOTS[name]

    async def before(pilot: Pilot[None]) -> None:
        for key in keys:
            await press(pilot, key)

    assert snap_compare(salon_app(tmp_path), terminal_size=size, run_before=before)
