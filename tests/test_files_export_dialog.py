"""The export dialog: a bad path is refused in place; the name and folder offered are the person's."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from pilot_walks import app_with_settings, open_export_dialog, wait_for
from toasts import Toasts
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.export import ExportDialog
from toolmix.tui.screens.result import ResultScreen


def error_of(dialog: ExportDialog) -> str:
    return str(dialog.query_one("#export-error", Static).render())


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Bad places to export to; as root, 'locked' is denied by os.stat (see test_files_paths)."""
    (tmp_path / "locked").mkdir(mode=0o000)
    (tmp_path / "a-file").write_text("")
    (tmp_path / "a-folder").mkdir()
    if os.geteuid() == 0:
        real_stat = os.stat
        locked = str(tmp_path / "locked") + os.sep

        def stat(path: Any, *args: Any, **kwargs: Any) -> os.stat_result:
            if os.path.abspath(os.fsdecode(path)).startswith(locked):
                raise PermissionError(errno.EACCES, "Permission denied", path)
            return real_stat(path, *args, **kwargs)

        monkeypatch.setattr(os, "stat", stat)
    return tmp_path


BAD = [
    pytest.param("m" * 300 + ".md", "303 bytes", id="long-name"),
    pytest.param("m" * 300 + "/mix.md", "too long", id="long-folder"),
    pytest.param("locked/mix.md", "permission denied", id="unreadable-folder"),
    pytest.param("~nosuchuser/x.md", "there is no user 'nosuchuser'", id="no-such-user"),
    pytest.param("a-folder", "is a folder", id="a-folder"),
    pytest.param("missing/mix.md", "does not exist", id="missing-folder"),
    pytest.param("a-file/mix.md", "not a folder", id="under-a-file"),
]


@pytest.mark.parametrize("typed, word", BAD)
async def test_a_bad_path_is_refused_in_the_dialog(place: Path, typed: str, word: str) -> None:
    app = app_with_settings(place)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await open_export_dialog(pilot, app)
        assert app.session is not None
        answers = dict(app.session.answers)
        saved = (place / "sessions" / "tiny.json").read_text()
        value = typed if typed.startswith("~") else str(place / typed)
        dialog.query_one("#path", Input).value = value
        await pilot.press("enter")
        await wait_for(pilot, lambda: word in error_of(dialog))
        assert app.is_running and app.screen is dialog
        assert app.session.answers == answers
        assert (place / "sessions" / "tiny.json").read_text() == saved
        assert json.loads(saved)["answers"] == answers
        # The person corrects the path and the export goes on.
        dialog.query_one("#path", Input).value = str(place / "mix.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert (place / "mix.md").read_text().startswith("# ACME: ")


async def test_the_name_offered_and_the_folder_remembered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    toasts = Toasts()
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    chosen = tmp_path / "exports"
    chosen.mkdir()
    app = app_with_settings(tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        dialog = await open_export_dialog(pilot, app)
        field = dialog.query_one("#path", Input)
        assert field.value == str(started_in / "acme-tiny.md")
        field.value = str(chosen / "acme-tiny.md")
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert [n.message for n in toasts.shown] == [f"Saved {chosen / 'acme-tiny.md'}"]
        dialog = await open_export_dialog(pilot, app)
        assert dialog.query_one("#path", Input).value == str(chosen / "acme-tiny.md")
    assert json.loads((tmp_path / "settings.json").read_text())["export_folder"] == str(chosen)
    again = app_with_settings(tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        dialog = await open_export_dialog(pilot, again)
        assert dialog.query_one("#path", Input).value == str(chosen / "acme-tiny.md")


@pytest.mark.parametrize("typed", ["rel.md", "sub/rel.md"])
async def test_a_name_alone_goes_in_the_folder_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    """Not in the folder toolmix was started in: the dialog offered another one,
    and a person who retyped only the name got the file where they had launched
    toolmix (newuser8 finding 3: 'rel.md' saved in the shell's folder)."""
    toasts = Toasts()
    started_in = tmp_path / "started-here"
    started_in.mkdir()
    monkeypatch.chdir(started_in)
    offered = tmp_path / "exports"
    (offered / "sub").mkdir(parents=True)
    (tmp_path / "settings.json").write_text(json.dumps({"export_folder": str(offered)}))
    app = app_with_settings(tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        dialog = await open_export_dialog(pilot, app)
        assert Path(dialog.query_one("#path", Input).value).parent == offered
        hint = str(dialog.query_one("#export-hint", Static).render())
        assert str(offered) in hint
        dialog.query_one("#path", Input).value = typed
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert [n.message for n in toasts.shown] == [f"Saved {offered / typed}"]
    assert (offered / typed).read_text().startswith("# ACME: ")
    assert not list(started_in.iterdir())


async def test_a_refusal_at_the_write_is_shown_in_the_dialog(tmp_path: Path) -> None:
    """The path passed the check, then its folder went while the person was asked about
    replacing the file: the write's refusal is drawn in the dialog, which stays."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "mix.md"
    target.write_text("old")
    app = app_with_settings(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await open_export_dialog(pilot, app)
        dialog.query_one("#path", Input).value = str(target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmDialog))
        target.unlink()
        folder.rmdir()
        await pilot.press("enter")  # Overwrite
        await wait_for(pilot, lambda: "does not exist" in error_of(dialog))
        assert app.screen is dialog and not folder.exists()
        folder.mkdir()  # the person makes it again: nothing is there now, so no question
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert target.read_text().startswith("# ACME: ")
