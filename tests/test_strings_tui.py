"""The app shows hostile file names, trees and saved answers only through the filter.

What the app draws, notifications included, is read back with
``App.export_screenshot()``: the text of every cell on the screen.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from textual.widgets import OptionList

from conftest import TREES
from strings_strategies import (
    assert_safe,
    forbidden,
    hostile_file_names,
    hostile_text,
    hostile_tiny,
)
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen

# A Pilot run takes about a second: a thirtieth of the profile's examples (5 in
# CI, 166 under TOOLMIX_FUZZ=long).
PILOT = settings(
    deadline=None,
    max_examples=max(5, settings.default.max_examples // 30),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def picker_scenario(folder: Path, sessions: Path) -> None:
    async def scenario() -> None:
        app = make_app(trees_dirs=[folder], sessions_dir=sessions)
        async with app.run_test(size=(100, 32), notifications=True) as pilot:
            screen = app.screen
            assert isinstance(screen, PickerScreen)
            trees = screen.query_one("#trees", OptionList)
            for i in range(trees.option_count):
                assert_safe(str(trees.get_option_at_index(i).prompt), "a picker entry")
            assert_safe(app.export_screenshot(), "the picker")
            broken = [i for i, f in enumerate(screen.catalogue.trees) if f.tree is None]
            assert broken
            for i in broken:
                trees.highlighted = i
                await pilot.press("enter")
                await pilot.pause()
            assert isinstance(app.screen, PickerScreen)
            assert_safe(app.export_screenshot(), "the picker with its notifications")

    asyncio.run(scenario())


@PILOT
@given(name=hostile_file_names, tree=hostile_tiny())
def test_the_picker_and_its_notifications_show_only_safe_text(
    tmp_path_factory: pytest.TempPathFactory, name: str, tree: dict[str, Any]
) -> None:
    folder = tmp_path_factory.mktemp("trees")
    (folder / f"{name}.json").write_text('{"format": 1, "id": ')
    (folder / f"{name} too.json").write_text(json.dumps(tree))
    picker_scenario(folder, tmp_path_factory.mktemp("sessions"))


@pytest.mark.parametrize(
    "name", ["tmux\x1b]2;retitled\x07", "clip\x1b]52;c;cHduZWQ=\x07", "c1\x9b2J", "bidi\u202egpj"]
)
def test_file_names_that_retitled_tmux_are_shown_safely(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / f"{name}.json").write_text("{")
    picker_scenario(folder, tmp_path / "sessions")


@PILOT
@given(message=hostile_text, title=hostile_text)
def test_every_notification_passes_the_filter(message: str, title: str) -> None:
    async def scenario() -> None:
        app = make_app(load_tree(TREES / "tiny.json"))
        async with app.run_test(size=(100, 32), notifications=True) as pilot:
            app.notify(message + " end", title=title, markup=False, timeout=30)
            await pilot.pause()
            shot = app.export_screenshot()
            assert "end" in shot
            assert_safe(shot, "a notification")

    asyncio.run(scenario())


@pytest.mark.parametrize("text", ["AC\ud800ME", "AC\x1b]0;x\x07ME\u202e", "AC\u200bME\ufeff"])
def test_the_app_resumes_saved_answers_holding_hostile_text(tmp_path: Path, text: str) -> None:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    saved = {
        "format": 1,
        "tree": "tiny",
        "tree_version": "1.0.0\x1b[2J",
        "answers": {"name": text, "audience": "b2c"},
        "x-finished": False,
        "x-saved": 1.0,
        "x-path": ["name", "audience\x1b"],
    }
    (sessions / "tiny.json").write_text(json.dumps(saved))

    async def scenario() -> None:
        app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=sessions)
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            if isinstance(app.screen, ConfirmDialog):
                await pilot.press("enter")  # Resume
                await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            kept = "".join(c for c in text if not forbidden(c))
            assert app.session is not None and app.session.answers["name"] == kept
            assert_safe(app.export_screenshot(), "the resumed walk")
            await pilot.press("2", "enter")  # answers and autosaves again
            await pilot.pause()
        assert_safe((sessions / "tiny.json").read_text(), "the autosave")

    asyncio.run(scenario())
