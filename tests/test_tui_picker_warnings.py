"""Pilot: many warnings about tree files keep the picker's list usable (newuser6 #7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList, Static

from conftest import TREES
from screen_text import screen_text
from toolmix.tui.app import make_app
from toolmix.tui.dialogs.warnings import WarningsDialog
from toolmix.tui.screens.picker import PickerScreen


def drafts(tmp_path: Path, count: int) -> Path:
    """``count`` broken copies of tiny.json: each is a warning ('broken and not used')."""
    folder = tmp_path / "trees"
    folder.mkdir()
    for n in range(count):
        text = '{"format": 1, "id": "tiny", "title": "draft ' + "x" * 200 + f' {n}", '
        (folder / f"tiny-draft-{n}.json").write_text(text)
    return folder


@pytest.mark.parametrize("size", [(100, 32), (80, 24), (60, 20)])
@pytest.mark.parametrize("count", [2, 7, 40])
async def test_many_warnings_are_folded_and_w_shows_them_all(
    tmp_path: Path, size: tuple[int, int], count: int
) -> None:
    folder = drafts(tmp_path, count)
    app = make_app(trees_dirs=[TREES, folder], sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        notices = screen.catalogue.notices
        assert len(notices) == count
        note = screen.query_one("#picker-note", Static)
        assert note.region.height == 2  # how many, and the first
        assert f"{count} warnings about tree files: w shows them all" in screen_text(app)
        trees = screen.query_one("#trees", OptionList)
        # The list keeps the screen but the title, the two lines and the key bar.
        assert trees.region.height >= size[1] - 10, (trees.region, note.region)
        await pilot.press("w")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, WarningsDialog)
        body = str(dialog.query_one("#warnings-body", Static).render())
        assert all(f"tiny-draft-{n}.json" in body for n in range(count))
        assert dialog.query_one(".dialog").region.height <= size[1]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_one_warning_is_shown_whole_and_w_does_nothing(tmp_path: Path) -> None:
    folder = drafts(tmp_path, 1)
    app = make_app(trees_dirs=[TREES, folder], sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        note = str(screen.query_one("#picker-note", Static).render())
        assert note.startswith("Warning: ") and "tiny-draft-0.json" in note
        await pilot.press("w")
        await pilot.pause()
        assert app.screen is screen


@pytest.mark.parametrize("keymap", [{}, {"picker.warnings": "ctrl+w"}])
async def test_the_keys_help_on_the_picker_names_w(tmp_path: Path, keymap: dict[str, str]) -> None:
    """F1 on the picker lists its w (every warning), with the key the keymap gives it."""
    import json

    from toolmix.tui.dialogs.help import HelpDialog

    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"keymap": keymap}))
    app = make_app(
        trees_dirs=[TREES, drafts(tmp_path, 2)],
        sessions_dir=tmp_path / "sessions",
        settings_path=settings,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        key = keymap.get("picker.warnings", "w")
        rows = [" ".join(line.split()) for line in screen_text(app).splitlines()]
        assert any(f"{key} in the tree picker: every warning about tree files" in r for r in rows)
