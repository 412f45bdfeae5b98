"""The result on a small screen: every part of it comes into view by keys.

At 60x20 only the header and "What matters most" fitted, and Down, Tab,
PageDown and End never brought the mix, Why or the plan into view; at 80x24
the mix had 5 rows under an 11-row "What matters most" (newuser5 #2). Under
32 lines or 72 columns the result is one page that scrolls; narrow, the mix
comes first and What matters most goes under the plan.

The tree is tests/trees/ui/social-tool-mix.json (frozen), walked with a hair
salon's answers: a plan with This week and Every week.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from conftest import TREES
from screen_text import screen_text
from toolmix.engine.answers_file import read_answers, replay
from toolmix.load.loader import load_tree
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.mix_list import MixList

MAIN = TREES / "ui" / "social-tool-mix.json"
SALON = {
    "name": "Shear Joy",
    "kind": "shop",
    "goal": "sell",
    "local": "local",
    "homebase": "neither",
    "already": ["instagram"],
    "gather": ["facebook", "instagram"],
    "gather-top": "instagram",
    "age": "middle",
    "video": "hands",
    "formats": ["photos"],
    "hours": 2,
    "money": "little",
    "questions": "often",
    "reviews": "sometimes",
    "talk": "weekly",
}
SIZES = [(60, 20), (80, 24), (100, 24), (72, 22)]


def salon_app(tmp_path: Path) -> ToolmixApp:
    loaded = load_tree(MAIN)
    path = tmp_path / "salon.json"
    path.write_text(json.dumps({"format": 1, "tree": loaded.id, "answers": SALON}))
    session, _warnings = replay(loaded, read_answers(path))
    assert session.finished
    return make_app(loaded, sessions_dir=tmp_path / "s", opened=session)


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


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_the_first_screen_shows_the_title_and_the_mix(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = salon_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await to_result(pilot, app)
        text = screen_text(app)
        assert "Shear Joy" in text.split("\n")[1]  # the title, at the top
        assert "Your mix" in text
        mix = screen.query_one(MixList)
        assert mix.has_focus
        if size[0] < 72:  # narrow: the mix first, What matters most under the plan
            assert "What matters most" not in text
            assert highlighted_in_view(app, mix)
            assert screen.query_one("#matters").region.y > screen.query_one("#right").region.y


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_down_keeps_the_highlighted_entry_in_view(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = salon_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await to_result(pilot, app)
        mix = screen.query_one(MixList)
        for _ in range(mix.option_count + 1):
            await press(pilot, "down")
            assert highlighted_in_view(app, mix)
            name = mix.highlighted_entry.row.item.name  # type: ignore[union-attr]
            assert name in str(screen.query_one("#reasons", Static).render())
        await press(pilot, "home")
        assert "Shear Joy" in screen_text(app)  # the first entry: the top of the page


@pytest.mark.parametrize("size", SIZES, ids=str)
async def test_tab_then_pagedown_and_end_reach_the_whole_plan(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = salon_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await to_result(pilot, app)
        await press(pilot, "tab")
        assert app.focused is screen.query_one("#right")
        assert any(line.endswith(" Why") for line in screen_text(app).split("\n"))  # its top
        seen = screen_text(app)
        for _ in range(40):
            await press(pilot, "pagedown")
            seen += screen_text(app)
        for words in ("This week", "Every week", "In all: about"):
            assert words in seen, words
        await press(pilot, "home")
        await press(pilot, "end")
        text = screen_text(app)
        if size[0] < 72:
            assert "What matters most" in text  # under the plan, at the page's end
        else:
            assert "In all: about" in text
        await press(pilot, "tab")
        assert screen.query_one(MixList).has_focus
        assert highlighted_in_view(app, screen.query_one(MixList))


async def test_what_matters_most_moves_back_when_the_screen_widens(tmp_path: Path) -> None:
    app = salon_app(tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await to_result(pilot, app)
        assert screen.has_class("-narrow", "-short")
        await pilot.resize_terminal(120, 40)
        for _ in range(3):
            await pilot.pause()
        assert screen.has_class("-wide", "-tall")
        matters = screen.query_one("#matters")
        columns = screen.query_one("#columns")
        assert matters.region.bottom <= columns.region.y
        # Big: nothing scrolls but the columns, which fill the rest of the screen.
        assert screen.query_one("#page").max_scroll_y == 0
        assert "What matters most" in screen_text(app) and "Your mix" in screen_text(app)


SNAPSHOTS = {"60x20": ((60, 20), []), "80x24-tab-pagedown": ((80, 24), ["tab", "pagedown"])}


@pytest.mark.parametrize("name", SNAPSHOTS)
def test_snapshot_small_result(snap_compare, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    size, keys = SNAPSHOTS[name]

    async def before(pilot: Pilot[None]) -> None:
        for key in keys:
            await press(pilot, key)

    assert snap_compare(salon_app(tmp_path), terminal_size=size, run_before=before)
