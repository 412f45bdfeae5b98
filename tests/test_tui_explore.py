"""Exploring the result in the app: what matters most, and the export's "What would change"."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from conftest import HERE, matters_lines
from pilot_walks import ANSWERS, app_in, to_steady_result, wait_for, walked
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.selection import choose
from toolmix.engine.sensitivity import what_matters
from toolmix.export.changes import section
from toolmix.export.markdown import render
from toolmix.load.discovery import resolve
from toolmix.tui.app import make_app
from toolmix.tui.dialogs.export import ExportDialog
from toolmix.tui.screens.result import ResultScreen


@pytest.mark.parametrize("size", [(80, 24), (100, 32)], ids=str)
async def test_the_result_names_what_matters_most(tmp_path: Path, size: tuple[int, int]) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=size) as pilot:
        screen = await to_steady_result(pilot, app)
        session = walked(ANSWERS)
        expected = what_matters(
            session.loaded, session, choose(session.tree, session.answered_path())
        )
        assert [c.question for c in expected] == ["audience", "hours", "site"]
        assert app.explorer is not None
        assert [c.question for c in app.explorer.matters] == [c.question for c in expected]
        matters = screen.query_one("#matters")
        lines = matters_lines(screen)
        assert lines[0] == "What would change this plan"
        for n, (line, text) in enumerate(
            zip(
                lines[1:],
                ["Who buys from you?", "How many hours", "Do you have a website?"],
                strict=True,
            ),
            1,
        ):
            assert line.startswith(f" {n} {text}")
        # On its own tab (c), above the keys that try other answers.
        await pilot.press("c")
        await pilot.pause()
        assert screen.tab == "matters-tab" and matters.region.height >= len(lines)
        assert matters.region.bottom <= screen.query_one("#matters-keys").region.y
        assert app.session is not None and app.session.answers == ANSWERS  # nothing changed


async def test_the_export_says_what_would_change_the_plan(tmp_path: Path) -> None:
    app = app_in(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        target = tmp_path / "mix.md"
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: target.exists())
        session = walked(ANSWERS)
        mix = choose(session.tree, session.answered_path())
        expected = render(mix, changes=section(session.loaded, session, mix))
        exported = target.read_text()
        assert "## What would change this plan" in exported
        # As the headless export says it (the line with the date left out).
        assert exported.split("\n")[3:] == expected.split("\n")[3:]


async def test_the_keys_help_names_the_explore_keys_and_fits_80x24(tmp_path: Path) -> None:
    from toolmix.tui.dialogs.help import HelpDialog

    app = app_in(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        box = app.screen.query_one("#help")
        assert box.region.y >= 0 and box.region.bottom <= 23  # above the key bar
        shown = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert "w, 1-3" in shown and "n / h" in shown
        assert "tree picker" not in shown  # the picker's w is the picker's (newuser7 #9)


def both_kinds() -> tuple[Path, list[str]]:
    """The first persona one of whose "what matters" lines changes both the items and
    the plan, with the export's lines (found, not named: the tree's weights move)."""
    for path in sorted((HERE / "personas").glob("*.json")):
        answers = read_answers(str(path))
        loaded = resolve(answers.tree, [], None)
        session, _ = replay(loaded, answers)
        mix = choose(loaded.tree, session.answered_path())
        exported = [line for line in section(loaded, session, mix) if line.startswith("- **")]
        if any("would become" in line and "would join" in line for line in exported):
            return path, exported
    raise AssertionError("no persona's what matters changes both the items and the plan")


async def test_the_app_and_the_export_word_each_change_alike(tmp_path: Path) -> None:
    """One wording of what a change would do: the result screen's line and the
    export's say the same, in the same order (items joining, leaving, the plan)."""
    path, exported = both_kinds()
    answers = read_answers(str(path))
    loaded = resolve(answers.tree, [], None)
    session, _ = replay(loaded, answers)
    app = make_app(loaded, sessions_dir=tmp_path / "sessions", opened=session)
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        shown = matters_lines(screen)[1:]
    assert len(shown) == len(exported)
    for line, markdown in zip(shown, exported, strict=True):
        effect = markdown.split("*: ", 1)[1].removesuffix(".").replace("*", "").replace("\\", "")
        assert line.endswith(f": {effect}")
