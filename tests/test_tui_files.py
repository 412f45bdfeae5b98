"""Pilot tests of what the app reads and writes: export, autosave and resume, the picker."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from conftest import TREES, write_tiny
from pilot_walks import app_for, wait_for, walk_to_result
from toasts import Toasts
from toolmix.load.discovery import DEFAULT_TREE
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.export import ExportDialog
from toolmix.tui.dialogs.help import HelpDialog
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen


async def open_export(pilot, app, path: Path) -> ExportDialog:  # type: ignore[no-untyped-def]
    await walk_to_result(pilot, app)
    await pilot.press("e")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ExportDialog)
    assert dialog.query_one("#path", Input).value == str(Path.cwd() / "acme-tiny.md")
    dialog.query_one("#path", Input).value = str(path)
    return dialog


async def test_export_markdown_then_json(tmp_path: Path) -> None:
    toasts = Toasts()
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        target = tmp_path / "out" / "mix.md"
        target.parent.mkdir()
        await open_export(pilot, app, target)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert target.read_text().startswith("# ACME: ")
        assert any(n.title == "Exported" for n in toasts.shown)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#path", Input).value = str(target)
        await pilot.click("#json")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        data = json.loads(target.with_suffix(".json").read_text())
        assert data["tree"] == "tiny"
        assert sorted(p.name for p in target.parent.iterdir()) == ["mix.json", "mix.md"]


async def test_export_asks_before_overwriting(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        target = tmp_path / "mix.md"
        target.write_text("keep me")
        await open_export(pilot, app, target)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # no
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert target.read_text() == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("enter")  # yes, overwrite
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert target.read_text().startswith("# ACME")


async def test_export_into_a_folder_without_permission(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    real_open = os.open

    def denied(path: str, *args: object, **kwargs: object) -> int:
        if os.path.basename(path).startswith(".mix.md."):  # the temporary file
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await open_export(pilot, app, tmp_path / "mix.md")
        monkeypatch.setattr(os, "open", denied)
        await pilot.press("enter")
        await wait_for(
            pilot,
            lambda: "permission denied" in str(dialog.query_one("#export-error", Static).render()),
        )
        assert app.is_running and not (tmp_path / "mix.md").exists()


async def test_export_errors_stay_in_the_dialog(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await open_export(pilot, app, tmp_path / "missing" / "mix.md")
        await pilot.press("enter")
        await wait_for(
            pilot,
            lambda: "does not exist" in str(dialog.query_one("#export-error", Static).render()),
        )
        assert app.is_running and app.screen is dialog
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)


async def test_export_failing_mid_write_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    real_fsync = os.fsync

    def full_disk(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        target = tmp_path / "mix.md"
        dialog = await open_export(pilot, app, target)
        monkeypatch.setattr(os, "fsync", full_disk)
        await pilot.press("enter")
        await wait_for(
            pilot, lambda: "disk is full" in str(dialog.query_one("#export-error", Static).render())
        )
        monkeypatch.setattr(os, "fsync", real_fsync)
        assert list(tmp_path.glob("*mix.md*")) == []


@pytest.mark.parametrize("intro", [True, False], ids=["after the intro", "over a question"])
async def test_resume_after_a_crash(intro: bool, tmp_path: Path) -> None:
    """Without an intro the question screen is the first screen; the offer goes on top."""
    tree = TREES / "tiny.json" if intro else write_tiny(tmp_path)
    keys = [*"ACME", "enter", "2", "2", "enter"]
    app = app_for(tree, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(*(["enter", *keys] if intro else keys))
        await pilot.pause()
        assert app.session is not None and app.session.current == "hours"
    # the first app is gone without finishing; a new one offers to resume
    saved = json.loads((tmp_path / "sessions" / "tiny.json").read_text())
    assert saved["answers"] == {"name": "ACME", "audience": "b2c", "formats": ["photos"]}
    again = app_for(tree, tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ConfirmDialog)
        await pilot.press("enter")  # Resume
        await pilot.pause()
        assert isinstance(again.screen, QuestionScreen)
        assert again.session is not None and again.session.current == "hours"
        assert again.session.answers["formats"] == ["photos"]


async def test_start_afresh_instead_of_resuming(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", *"ACME", "enter")
        await pilot.pause()
    again = app_for(TREES / "tiny.json", tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # Start afresh
        await pilot.pause()
        assert again.session is not None and again.session.answers == {}


async def test_autosave_failure_is_reported_and_the_app_goes_on(tmp_path: Path) -> None:
    toasts = Toasts()
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=blocker / "sessions")
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        await pilot.press("enter", *"ACME", "enter")
        await pilot.pause()
        assert app.session is not None and app.session.current == "audience"
        assert any(n.title == "Autosave" for n in toasts.shown)


async def test_picker_lists_trees_default_first_and_broken_ones(tmp_path: Path) -> None:
    toasts = Toasts()
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / "broken.json").write_text('{"format": 1, "id": "broken"')
    (folder / "tiny.json").write_text((TREES / "tiny.json").read_text())
    app = make_app(trees_dirs=[folder], sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        ids = [f.id for f in screen.catalogue.trees]
        assert ids[0] == DEFAULT_TREE and "broken" in ids and "tiny" in ids
        trees = screen.query_one("#trees", OptionList)
        assert trees.highlighted == 0
        broken = ids.index("broken")
        trees.highlighted = broken
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        assert any(n.title == "Broken tree" and "invalid JSON" in n.message for n in toasts.shown)
        trees.highlighted = ids.index("tiny")
        await pilot.press("enter")
        await pilot.pause()
        assert app.loaded is not None and app.loaded.id == "tiny"


async def test_help_and_the_command_palette_list_the_keys(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Theme" in titles and "Back" in titles


@pytest.mark.parametrize(
    "content",
    [None, b"\xff\xfe not UTF-8", b"{not json", b"[1, 2]", b'"nord"'],
    ids=["missing", "not UTF-8", "not JSON", "a list", "a string"],
)
def test_an_unusable_settings_file_gives_the_defaults(
    tmp_path: Path, content: bytes | None
) -> None:
    from toolmix.store.settings import load_settings

    path = tmp_path / "settings.json"
    if content is not None:
        path.write_bytes(content)
    assert load_settings(path) == {}
    path.write_text('{"theme": "nord"}')
    assert load_settings(path) == {"theme": "nord"}


async def test_the_theme_persists(tmp_path: Path) -> None:
    settings = tmp_path / "settings.json"
    app = make_app(load_tree(TREES / "tiny.json"), settings_path=settings)
    async with app.run_test(size=(100, 32)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert json.loads(settings.read_text())["theme"] == "nord"
    again = make_app(load_tree(TREES / "tiny.json"), settings_path=settings)
    async with again.run_test(size=(100, 32)):
        assert again.theme == "nord"


async def test_the_pickers_option_padding_is_all_drawn(tmp_path: Path) -> None:
    """Textual's OptionList sizes an option by its text and its side padding: a top or
    bottom padding asked for its options is cut off, so picker.tcss asks for none. The
    side padding it asks for is drawn: each tree's line starts one cell in."""
    app = make_app(trees_dirs=[TREES], sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        options = app.screen.query_one("#trees", OptionList)
        padding = options.get_component_styles("option-list--option").padding
        assert (padding.top, padding.bottom) == (0, 0)
        assert (padding.left, padding.right) == (1, 1)
        first = options.render_line(0).text
        assert first.startswith(" ") and not first.startswith("  ")
