"""The result can be saved as a test case from the app, and `toolmix test` passes on it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Button, Input

from conftest import TREES
from pilot_walks import app_with_settings, open_export_dialog, wait_for
from toolmix.cli.main import main
from toolmix.tui.screens.result import ResultScreen


async def test_save_the_walk_as_a_test_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = app_with_settings(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_export_dialog(pilot, app)
        dialog.query_one("#path", Input).value = str(tmp_path / "acme-tiny.md")
        button = dialog.query_one("#case", Button)
        assert button.region.right <= 80 and button.region.bottom <= 24  # on screen at 80x24
        await pilot.click("#case")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        mix = app.screen.mix
    case = tmp_path / "acme-tiny-case.json"
    data = json.loads(case.read_text())
    assert data["tree"] == "tiny"
    assert data["answers"] == {k: v for k, v in mix.answers.items()}
    assert data["x-expect"] == {
        "picked": [r.item_id for r in mix.picked],
        "result_node": mix.result_node,
    }
    assert main(["test", str(TREES / "tiny.json"), str(case)]) == 0
    assert "1 passed, 0 failed" in capsys.readouterr().out


async def test_the_test_case_is_offered_apart_for_tree_authors(tmp_path: Path) -> None:
    """The person's formats come first, in a row with Cancel; the test case is on a line
    of its own below them, after "For tree authors:", and last in the Tab order."""
    from textual.widgets import Static

    app = app_with_settings(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_export_dialog(pilot, app)
        row = [dialog.query_one(f"#{b}", Button) for b in ("md", "json", "cancel")]
        case = dialog.query_one("#case", Button)
        assert all(case.region.y >= b.region.bottom for b in row)
        authors = dialog.query_one("#for-authors")
        label = authors.query_one(Static)
        assert str(label.render()) == "For tree authors:" and case.parent is authors
        assert label.region.right <= case.region.x
        order = [w.id for w in dialog.focus_chain]
        assert order == ["path", "md", "json", "cancel", "case"]


@pytest.mark.parametrize("where", ["user", "watched"])
async def test_the_test_case_is_offered_only_for_a_tree_being_written(
    tmp_path: Path, where: str
) -> None:
    """A business owner with an installed tree sees no "Test case" (newuser6 #10); an
    author watching the same file does."""
    from toolmix.load.discovery import installed, user_trees_dir
    from toolmix.load.loader import load_tree
    from toolmix.tui.app import make_app
    from toolmix.tui.dialogs.export import ExportDialog

    folder = user_trees_dir()
    folder.mkdir(parents=True)
    path = folder / "tiny.json"
    path.write_text((TREES / "tiny.json").read_text())
    loaded = load_tree(path)
    assert installed(loaded.source) and not installed(str(TREES / "tiny.json"))
    watch = path if where == "watched" else None
    app = make_app(loaded, sessions_dir=tmp_path / "s", watch=watch)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await open_export_dialog(pilot, app)
        assert isinstance(dialog, ExportDialog)
        assert bool(dialog.query("#case")) == (where == "watched")
        assert [w.id for w in dialog.focus_chain][:4] == ["path", "md", "json", "cancel"]
