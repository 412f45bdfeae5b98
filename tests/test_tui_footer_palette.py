"""The key bar and the command palette say only what works (issue 15.15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import TREES, write_tiny
from pilot_walks import STEADY
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.dialogs.help import HelpDialog
from toolmix.tui.keymap import DEFAULT_KEYS
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.textual_words import COMMAND_HELP
from toolmix.tui.widgets.key_footer import KeyFooter


def bar_text(screen: object) -> str:
    return str(screen.query_one(KeyFooter).render())  # type: ignore[attr-defined]


@pytest.mark.parametrize("at", ["intro", "question"])
async def test_behind_a_dialog_the_bar_shows_the_dialogs_keys(tmp_path: Path, at: str) -> None:
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        if at == "question":
            await pilot.press("enter")
            await pilot.pause()
        below = app.screen
        before = bar_text(below)
        assert "Keys" in before
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        shown = bar_text(below)
        assert "Close" in shown and "Keys" not in shown and "Start" not in shown
        await pilot.press("escape")
        await pilot.pause()
        assert bar_text(below) == before


async def test_an_intro_offers_back_only_where_there_is_something_to_go_back_to(
    tmp_path: Path,
) -> None:
    from toolmix.tui.screens.picker import PickerScreen

    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, IntroScreen)  # the first screen
        assert "Back" not in bar_text(app.screen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, IntroScreen)

    (tmp_path / "trees").mkdir()
    write_tiny(tmp_path / "trees", intro="Answer a few questions.")
    app = make_app(trees_dirs=[tmp_path / "trees"], sessions_dir=tmp_path / "s2")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, IntroScreen)
        assert "Back" in bar_text(app.screen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is picker


@pytest.mark.parametrize("keys", [[], ["enter"]], ids=["intro", "question"])
async def test_the_palette_lists_each_command_once(tmp_path: Path, keys: list[str]) -> None:
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert titles.count("Keys") == 1
        assert len(titles) == len(set(titles)), titles


#: Textual's own commands and its widgets' keys, which the palette listed (newuser5).
TEXTUAL_INTERNALS = {
    "Copy selected text",
    "Down",
    "Up",
    "First",
    "Last",
    "Focus Next",
    "Focus Previous",
    "Page Down",
    "Scroll Down",
    "Submit",
    "Select",
    "Press button",
    "Maximize",
    "Screenshot",
    "Continue",  # the Continue button's Enter: the button says it
}


async def test_the_palette_lists_only_the_apps_own_commands(tmp_path: Path) -> None:
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    steps = {
        "IntroScreen": [],
        "QuestionScreen": ["enter", *"ACME", "enter"],
        "ResultScreen": ["2", "2", "enter", "1", "enter", "1", "enter", "2", "enter"],
        "WhatIfScreen": ["w"],
        "WhyNotScreen": ["escape", "n"],
    }
    own = {
        "IntroScreen": {"Start", "Keys"},
        "QuestionScreen": {"Back", "Keys", "Pick"},
        "ResultScreen": {"Export", "Start over", "What if", "Why not", "Hours", "Keys"},
        "WhatIfScreen": {"Adopt", "Back"},
        "WhyNotScreen": {"Back"},
    }
    async with app.run_test(size=(80, 24)) as pilot:
        for name, keys in steps.items():
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            assert type(app.screen).__name__ == name
            titles = {c.title for c in app.get_system_commands(app.screen)}
            assert not titles & TEXTUAL_INTERNALS, (name, titles & TEXTUAL_INTERNALS)
            assert {"Theme", "Quit"} | own[name] <= titles, (name, titles)


async def test_the_palette_says_what_each_command_does(tmp_path: Path) -> None:
    """Not only "Key: e" (newuser6 #10): each of the app's commands says what it does,
    Quit that the answers are saved; on the question screen and the result."""
    assert set(COMMAND_HELP) <= set(DEFAULT_KEYS)
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        for keys in (["enter"], STEADY[1:]):
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            helps = {c.title: c.help for c in app.get_system_commands(app.screen)}
            assert helps["Quit"] == "Quit toolmix; your answers are saved"
            bare = [title for title, words in helps.items() if words.startswith("Key: ")]
            assert bare == [], helps
        assert isinstance(app.screen, ResultScreen)
        assert helps["Export"] == "Save your plan and mix as a Markdown or JSON file. Key: e"
