"""The keys help (F1): whole at 80x24 in every language, and its own row names the
keys that open it on every screen, as the keymap has them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.geometry import Region
from textual.widgets import Button, Static

from conftest import TREES
from screen_text import screen_lines
from toolmix.load.loader import load_tree
from toolmix.text.i18n import catalogue_languages, use_language
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.dialogs.help import HelpDialog
from toolmix.tui.keymap import keys_help
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.picker import PickerScreen


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
        rows = keys_help({}).splitlines()
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
    moved = keys_help({i: "f2" for i in ("picker.keys", "intro.keys", "walk.keys", "result.keys")})
    assert moved.splitlines()[-1].split() == ["f2", "this", "help"]
