"""The keys help (F1): whole at 80x24 in every language, and its own row names the
keys that open it on every screen, as the keymap has them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Button, Static

from conftest import TREES
from pilot_walks import to_steady_result
from screen_text import screen_lines
from toolmix.load.loader import load_tree
from toolmix.text.i18n import catalogue_languages, use_language
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.help import HelpDialog
from toolmix.tui.keymap import chosen_keymap, keys_help
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.what_if import WhatIfScreen
from toolmix.tui.screens.why_not import WhyNotScreen


def app_with(tmp_path: Path, keymap: dict[str, str], *, tree: bool) -> ToolmixApp:
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"keymap": keymap}))
    return make_app(
        load_tree(TREES / "tiny.json") if tree else None,
        trees_dirs=[TREES],
        sessions_dir=tmp_path / "sessions",
        settings_path=settings,
    )


@pytest.mark.parametrize("lang", ["en", *catalogue_languages()])
async def test_the_keys_help_is_whole_at_80x24(tmp_path: Path, lang: str) -> None:
    """Every row on one line (none wider than the dialog), the box and Close on screen."""
    use_language(lang)  # conftest's autouse fixture speaks English again after the test
    app = app_with(tmp_path, {}, tree=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, HelpDialog)
        rows = keys_help({}, "walk").splitlines()  # opened on the intro: the walk's keys
        body = dialog.query(Static)[1]
        width, height = body.content_region.size
        drawn = [s.text.rstrip() for s in body.render_lines(Region(0, 0, width, height))]
        assert [line for line in drawn if line] == rows  # no row wrapped
        assert dialog.query_one("#help").region.bottom <= 24
        assert dialog.query_one("#close", Button).region.bottom <= 24
        shown = screen_lines(app)
    assert all(len(line) <= 80 for line in shown)


@pytest.mark.parametrize(
    ("binding", "screen", "tree"),
    [("picker.keys", PickerScreen, False), ("intro.keys", IntroScreen, True)],
)
async def test_the_help_row_names_its_keys_where_it_was_opened(
    tmp_path: Path, binding: str, screen: type, tree: bool
) -> None:
    """The picker's and the intro's Keys, moved by a keymap, are named on the help's own
    row ("F1 or ?" named only the walk's and the result's)."""
    app = app_with(tmp_path, {binding: "f2"}, tree=tree)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, screen)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        rows = [" ".join(line.split()) for line in screen_lines(app)]
    row = next(r for r in rows if "this help" in r)
    assert "f2" in row.split("this help")[0]


def test_the_help_row_with_no_keymap_is_f1_or_question_mark() -> None:
    row = keys_help({}).splitlines()[-1]
    assert row.split() == ["F1", "or", "?", "this", "help"]
    # Every screen's Keys moved alike ("keys" stands for each): one key, named once.
    moved = keys_help(chosen_keymap({"keys": "f2"})[0])
    assert moved.splitlines()[-1].split() == ["f2", "this", "help"]


def test_each_screen_lists_its_own_keys_and_w_once() -> None:
    """newuser7 finding 9: one list of every key had w twice (the picker's warnings,
    the result's What if), with no word of which screen each was for."""
    picker, walk, result = (
        keys_help({}, where).splitlines() for where in ("picker", "walk", "result")
    )

    def keys(rows: list[str]) -> list[str]:
        return [row.split("  ")[0] for row in rows]

    assert [k for k in keys(picker) if k.startswith("w")] == ["w"]
    assert any("every warning about tree files" in row for row in picker)
    assert [k for k in keys(result) if k.startswith("w")] == ["w, 1-3"]
    assert not any(k.startswith("w") for k in keys(walk))
    assert any(row.startswith("Tab ") for row in walk) and not any("Tab " in r for r in result)
    # Every row is on some screen, and all of them is what a dialog's F1 shows.
    shown = set(picker) | set(walk) | set(result)
    assert {row.split("  ")[0] for row in keys_help({}).splitlines()} <= {
        r.split("  ")[0] for r in shown
    }


def test_the_help_says_how_to_reach_the_10th_option_and_after() -> None:
    """Options 10 and up have no number key (newuser8 finding 5): the 1-9 row says how."""
    row = next(line for line in keys_help({}, "walk").splitlines() if line.startswith("1-9"))
    assert "10+" in row and "Up / Down" in row


async def test_right_and_left_move_between_a_dialogs_buttons(tmp_path: Path) -> None:
    """Right, then Enter, pressed the first button (newuser8: Resume / Start afresh)."""
    app = app_with(tmp_path, {}, tree=True)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", *"ACME", "enter")  # a session worth resuming
        await pilot.pause()
    again = app_with(tmp_path, {}, tree=True)
    async with again.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        dialog = again.screen
        assert isinstance(dialog, ConfirmDialog) and dialog.focused is dialog.query_one("#yes")
        await pilot.press("right")
        assert dialog.focused is dialog.query_one("#no")
        await pilot.press("right")  # round at the end of the row
        assert dialog.focused is dialog.query_one("#yes")
        await pilot.press("left", "enter")  # Start afresh
        await pilot.pause()
        assert again.session is not None and again.session.answers == {}


@pytest.mark.parametrize(("key", "opens"), [("w", WhatIfScreen), ("n", WhyNotScreen)])
@pytest.mark.parametrize("press", ["f1", "question_mark"])
async def test_what_if_and_why_not_open_the_keys_help_too(
    tmp_path: Path, key: str, opens: type, press: str
) -> None:
    """Their HELP_WHERE said the help listed their keys, but neither had a Keys binding:
    F1 and ? did nothing there, and the key bar named no help (tmux, 80x24)."""
    app = app_with(tmp_path, {}, tree=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        await pilot.press(key)
        await pilot.pause()
        assert isinstance(app.screen, opens)
        assert "f1 Keys" in " ".join(screen_lines(app)[-2:])  # the key bar names it
        await pilot.press(press)
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        shown = [" ".join(line.split()) for line in screen_lines(app)]
        for row in keys_help({}, "explore").splitlines():
            assert any(" ".join(row.split()) in line for line in shown), row
        assert any("Tab between the two columns" in line for line in shown)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, opens)


async def test_the_keys_help_is_framed_as_the_other_dialogs(tmp_path: Path) -> None:
    """The question screen's '#help' rule (its question's help) reached the dialog's box,
    whose id is 'help' too: no padding, its rows against the frame; and the help's last
    newline put a second blank line above Close."""
    app = app_with(tmp_path, {}, tree=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")  # on a question, where the rule applies
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        box = app.screen.query_one("#help").region
        body = app.screen.query(Static)[1].region
        assert body.x - box.x == 3 and body.y - box.y == 4  # frame, padding (and the heading)
        rows = keys_help({}, "walk").splitlines()
        assert body.height == len(rows)  # every row on one line, no blank one after them
        buttons = app.screen.query_one(".buttons").region
        assert buttons.y - body.bottom == 1
