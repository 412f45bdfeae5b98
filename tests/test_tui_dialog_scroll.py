"""Every dialog's text can be read whole at 80x24 with the keyboard: a longer one scrolls
between its heading and its buttons (tui/dialogs/dialog.py DialogBox), by Up / Down,
Page Up / Down, Home and End wherever the focus is, and Close stays on the screen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Button

from conftest import TREES
from pilot_walks import salon_app, to_steady_result
from screen_text import screen_lines
from toolmix.load.loader import load_tree
from toolmix.text.i18n import catalogue_languages, use_language
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.dialog import Dialog
from toolmix.tui.dialogs.help import HelpDialog
from toolmix.tui.keymap import keys_help
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.screens.what_if import WhatIfScreen

#: A keymap a person may well keep: every result tab on a chord. Its keys column is 38
#: characters wide, so the words wrap and the result's help is taller than 24 rows.
CHORDS = {
    "result.plan": "ctrl+shift+p",
    "result.mix": "ctrl+shift+m",
    "result.changes": "ctrl+shift+c",
}


def box_text(app: ToolmixApp) -> str:
    """The words inside the dialog's frame as the screen shows them, lines joined by spaces
    (a row wrapped at the frame reads as one)."""
    dialog = app.screen
    assert isinstance(dialog, Dialog)
    box = dialog.query_one(".dialog").region
    lines = screen_lines(app)[box.y : box.bottom]
    # The frame's columns as drawn (the lines' left edge is the leftmost text drawn).
    left, right = lines[0].find("█▀"), lines[0].rfind("▀█") + 1
    inside = [line[left + 1 : right] for line in lines[1:-1]]
    return " ".join(" ".join(inside).split())


def row_words(row: str) -> str:
    return " ".join(row.split())


async def on_screen(app: ToolmixApp, pilot: Pilot[None], where: str) -> type[Screen[None]]:
    """Walk ``app`` (on tiny.json, or the picker) to the screen of that kind; its class."""
    await pilot.pause()
    if where == "walk":
        await pilot.press("enter")  # the intro: on the name question
        await pilot.pause()
        return QuestionScreen
    if where == "result":
        await to_steady_result(pilot, app)
        return ResultScreen
    if where == "explore":  # What if, opened from the result
        await to_steady_result(pilot, app)
        await pilot.press("w")
        await pilot.pause()
        return WhatIfScreen
    return {"picker": PickerScreen, "intro": IntroScreen}[where]


async def read_to_the_end(app: ToolmixApp, pilot: Pilot[None], key: str, last: str) -> int:
    """Press ``key`` until ``last`` is shown in the box (at most 40 times); how many presses."""
    for presses in range(41):
        if last in box_text(app):
            return presses
        await pilot.press(key)
        await pilot.pause()
    raise AssertionError(f"{last!r} never shown by {key}: {box_text(app)!r}")


def close_on_screen(app: ToolmixApp) -> None:
    close = app.screen.query_one("#close", Button)
    assert close.region.y >= 0 and close.region.bottom <= 24, close.region
    assert "Close" in " ".join(screen_lines(app)) or "Cerrar" in " ".join(screen_lines(app))


@pytest.mark.parametrize("lang", ["en", *catalogue_languages()])
@pytest.mark.parametrize("where", ["picker", "intro", "walk", "result", "explore"])
async def test_each_screens_help_is_read_to_its_last_row_at_80x24(
    tmp_path: Path, lang: str, where: str
) -> None:
    use_language(lang)  # conftest's autouse fixture speaks English again after the test
    tree = None if where == "picker" else load_tree(TREES / "tiny.json")
    app = make_app(tree, trees_dirs=[TREES], sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await on_screen(app, pilot, where)
        assert isinstance(app.screen, screen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        rows = keys_help({}, "walk" if where == "intro" else where).splitlines()
        assert row_words(rows[0]) in box_text(app)
        await read_to_the_end(app, pilot, "pagedown", row_words(rows[-1]))
        close_on_screen(app)
        await pilot.press("enter")  # Close keeps the focus: Enter closes
        await pilot.pause()
        assert isinstance(app.screen, screen)


@pytest.mark.parametrize("key", ["down", "pagedown", "end"])
async def test_a_help_taller_than_the_screen_scrolls_to_its_last_row(
    tmp_path: Path, key: str
) -> None:
    """Before, the box grew past the screen: its last rows and Close were never shown."""
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"keymap": CHORDS}))
    app = make_app(
        load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s", settings_path=settings
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        rows = keys_help(app.keymap, "result").splitlines()
        first, last = row_words(rows[0]), row_words(rows[-1])
        assert first in box_text(app) and last not in box_text(app)  # it does not fit
        assert app.screen.query_one("#help").region.bottom <= 24
        close_on_screen(app)
        presses = await read_to_the_end(app, pilot, key, last)
        assert presses >= 1
        assert "Keys" in box_text(app)  # the heading stays
        close_on_screen(app)
        await pilot.press("up" if key == "down" else "home")
        for _ in range(presses if key == "down" else 0):
            await pilot.press("up")
        await pilot.pause()
        assert first in box_text(app)


async def test_a_long_result_title_in_the_resume_offer_scrolls_with_its_buttons_shown(
    tmp_path: Path,
) -> None:
    """The offer quotes the result's title (tree text): with a long one the box ran off
    the screen, drawn from its focused button up, and the question's start was never shown."""
    data = json.loads((TREES / "tiny.json").read_text())
    words = " ".join(f"word{n}" for n in range(400))
    for node in data["nodes"].values():
        if node.get("type") == "result":
            node["title"] = f"{node['title']} {words} THE END"
    tree = tmp_path / "tiny.json"
    tree.write_text(json.dumps(data))
    first = make_app(load_tree(tree), sessions_dir=tmp_path / "s")
    async with first.run_test(size=(100, 32)) as pilot:
        await to_steady_result(pilot, first)
    again = make_app(load_tree(tree), sessions_dir=tmp_path / "s")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ConfirmDialog)
        yes = again.screen.query_one("#yes", Button)
        assert yes.region.bottom <= 24 and yes.has_focus
        assert box_text(again).startswith("Your last walk ended with a result: The steady mix")
        await read_to_the_end(again, pilot, "pagedown", "THE END")
        await pilot.press("enter")  # the focus stayed on its first button: shown again
        await pilot.pause()
        assert isinstance(again.screen, ResultScreen)


async def test_the_hours_table_and_the_salons_help_fit_and_say_so(tmp_path: Path) -> None:
    """A dialog whose text fits is as tall as its text: no scrolling, nothing cut."""
    app = salon_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        box = app.screen.query_one(".dialog")
        assert box.max_scroll_y == 0 and box.region.height < 24
        close_on_screen(app)


async def test_one_blank_line_between_a_question_and_its_buttons(tmp_path: Path) -> None:
    """Docked, the buttons' margin no longer folded into the question's: two blank lines."""
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        question = app.screen.query_one(".dialog-text").region
        buttons = app.screen.query_one(".buttons").region
        assert buttons.y - question.bottom == 1
        assert "Start over with no answers?" in box_text(app)
