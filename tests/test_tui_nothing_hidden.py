"""Nothing hidden at 80x24: the question screen's list, its Continue, the option's help.

The tree (tests/trees/layout/long-multi.json) asks a 14-option multi question
with a two-line question and a three-line help, as the main tree's "where do
your customers already spend time" does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from conftest import TREES, make_tree
from toolmix.load.loader import load_tree
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.widgets.choices import ChoiceList

LONG = TREES / "layout" / "long-multi.json"
#: An hours question as the main tree's: a help of a few lines, seven labelled ranges.
HOURS_TREE = make_tree(
    {
        "hours": {
            "type": "number",
            "text": "How many hours a week can you really give to this?",
            "help": "Count what you can keep up every week, not what you'd like. " * 4,
            "min": 0.5,
            "max": 40,
            "step": 0.5,
            "default": 2,
            "unit": "hours a week",
            "ranges": [
                {"min": lo, "max": hi, "label": f"{lo} to under {hi}: " + "room for more " * 5}
                for lo, hi in [(0.5, 1), (1, 2), (2, 4), (4, 6), (6, 10), (10, 20), (20, 41)]
            ],
            "next": "end",
        },
        "end": {"type": "result", "title": "Done"},
    }
)


def long_app(tmp_path: Path) -> ToolmixApp:
    return make_app(load_tree(LONG), sessions_dir=tmp_path / "sessions")


async def to_gather(pilot: Pilot[None], app: ToolmixApp) -> ChoiceList:
    await pilot.press("1")  # nearby: all 14 options show
    await pilot.pause()
    await pilot.pause()
    assert app.session is not None and app.session.current == "gather"
    return app.screen.query_one("#choices", ChoiceList)


def seen(app: ToolmixApp, widget: Widget) -> Region:
    """The part of the widget a person sees: inside its parent and the screen."""
    parent = widget.parent
    assert isinstance(parent, Widget)
    return widget.region.intersection(parent.region).intersection(app.screen.region)


def whole_in_view(app: ToolmixApp, widget: Widget) -> bool:
    return widget.display and seen(app, widget) == widget.region and bool(widget.region)


def cursor_shown(app: ToolmixApp, choices: ChoiceList) -> bool:
    """The highlighted option is drawn on a line of the list a person can see."""
    view = seen(app, choices).intersection(choices.content_region)
    rows = range(view.y - choices.content_region.y, view.bottom - choices.content_region.y)
    return any(choices.render_line(y).text.startswith("> ") for y in rows)


MOVES = [["down"] * n for n in (1, 5, 9, 12, 13, 14)] + [["end"], ["pagedown"], ["up"]]


@pytest.mark.parametrize("size", [(80, 24), (100, 32), (72, 22)], ids=str)
@pytest.mark.parametrize("keys", MOVES, ids=lambda k: f"{k[0]}x{len(k)}")
async def test_the_highlighted_option_and_continue_stay_in_view(
    tmp_path: Path, size: tuple[int, int], keys: list[str]
) -> None:
    app = long_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        choices = await to_gather(pilot, app)
        screen = app.screen
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            assert cursor_shown(app, choices), (key, choices.highlighted)
            assert whole_in_view(app, screen.query_one("#continue"))
            assert whole_in_view(app, screen.query_one("#question"))
            assert whole_in_view(app, screen.query_one("#hint"))
        # The list is the one thing that scrolls: the column around it does not.
        main = screen.query_one("#main")
        assert main.max_scroll_y == 0
        await pilot.press("space")
        await pilot.pause()
        assert choices.highlighted_id in choices.checked  # the option the person sees


async def test_the_highlighted_options_help_is_in_view(tmp_path: Path) -> None:
    app = long_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_gather(pilot, app)
        for _ in range(12):
            await pilot.press("down")
        await pilot.pause()
        help_ = app.screen.query_one("#option-help")
        assert "Nextdoor" in str(help_.query_one("Static").render())
        assert whole_in_view(app, help_)


@pytest.mark.parametrize("size", [(10, 5), (20, 10), (30, 8), (80, 6), (12, 40)], ids=str)
async def test_the_question_screen_survives_a_tiny_terminal(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = long_app(tmp_path)
    async with app.run_test(size=size) as pilot:
        await pilot.press("1")
        await pilot.pause()
        for key in ["down", "down", "space", "end", "space", "enter", "enter"]:
            await pilot.press(key)
            await pilot.pause()
        assert app.session is not None and app.session.finished
        assert app.session.answers["gather"] == ["notsure"]  # exclusive: it cleared LinkedIn
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert app.screen.query("#mix")


async def test_continue_stays_on_screen_under_a_long_hint_at_80x24(tmp_path: Path) -> None:
    """The hours question's allowed numbers and labelled ranges (the main tree's seven,
    wrapped to eleven lines) pushed Continue under the key bar at 80x24 (newuser6 #10):
    the hint is capped and scrolls, by keys too, and Enter there continues."""
    path = tmp_path / "hours.json"
    path.write_text(json.dumps(HOURS_TREE))
    app = make_app(load_tree(path), sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert app.session is not None and app.session.current == "hours"
        box, hint = screen.query_one("#hint-box"), screen.query_one("#hint")
        assert hint.region.height > box.region.height  # the whole hint would not fit
        assert whole_in_view(app, screen.query_one("#continue"))
        await pilot.press("tab")  # from the field to the hint, which scrolls
        await pilot.pause()
        assert app.focused is box
        await pilot.press("end")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y > 0
        await pilot.press("enter")  # as Continue: the default hours are taken
        await pilot.pause()
        assert app.session.current != "hours"
