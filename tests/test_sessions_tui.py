"""Pilot: what the app keeps across quits, and what it offers again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import OptionList

from conftest import TREES
from pilot_walks import app_for, walk_to_result
from toasts import Toasts
from toolmix.engine.session import Session
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.choices import ChoiceList

TINY = TREES / "tiny.json"
#: From the intro: name, audience (People), formats (Video), camera (Yes), hours (3): at 'site'.
FIVE_ANSWERS = ["enter", *"ACME", "enter", "2", "1", "enter", "1", "enter"]
FIVE = {"name": "ACME", "audience": "b2c", "formats": ["video"], "camera": "yes", "hours": 3}


def saved(tmp_path: Path, name: str = "tiny.json") -> dict[str, object]:
    data: dict[str, object] = json.loads((tmp_path / "sessions" / name).read_text())
    return data


def question(app: object) -> str:
    screen = getattr(app, "screen", None)
    assert isinstance(screen, ConfirmDialog), screen
    return screen.question


@pytest.mark.parametrize("backs", [1, 2, 4])
async def test_answers_after_going_back_survive_a_quit(tmp_path: Path, backs: int) -> None:
    app = app_for(TINY, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(*FIVE_ANSWERS)
        await pilot.pause()
        assert app.session is not None and app.session.current == "site"
        await pilot.press(*["escape"] * backs)
        await pilot.pause()
        where = app.session.current
    assert saved(tmp_path)["answers"] == FIVE
    again = app_for(TINY, tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert "unfinished session with 5 answers" in question(again)
        await pilot.press("enter")  # Resume
        await pilot.pause()
        session = again.session
        assert session is not None and isinstance(again.screen, QuestionScreen)
        assert session.current == where
        assert session.previous_answer() == FIVE[where]  # type: ignore[literal-required]
        assert {**session.answers, **session.remembered} == FIVE
        if where in ("audience", "camera"):  # a single question: its old answer highlighted
            choices = again.screen.query_one("#choices", ChoiceList)
            assert choices.highlighted_id == FIVE[where]  # type: ignore[literal-required]
        await pilot.press("enter")  # the old answer again: the later ones are replayed
        await pilot.pause()
        assert session.current == "site" and session.answers == FIVE


async def test_a_result_left_without_export_is_offered_again(tmp_path: Path) -> None:
    app = app_for(TINY, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await walk_to_result(pilot, app)
        assert app.session is not None
        answers = dict(app.session.answers)
        title = app.screen.mix.title  # type: ignore[attr-defined]
    again = app_for(TINY, tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert "ended with a result: The steady mix" in question(again)
        await pilot.press("enter")  # Show the result
        await pilot.pause()
        assert isinstance(again.screen, ResultScreen) and again.screen.mix.title == title
        assert again.session is not None and again.session.answers == answers
        await pilot.press("escape")  # back from the result: to the last question
        await pilot.pause()
        assert isinstance(again.screen, QuestionScreen) and again.session.current == "site"


async def test_a_result_is_offered_again_from_the_picker(tmp_path: Path) -> None:
    folder = tmp_path / "trees"
    folder.mkdir()
    (folder / "tiny.json").write_text(TINY.read_text())
    first = app_for(TINY, tmp_path)
    async with first.run_test(size=(100, 32)) as pilot:
        await walk_to_result(pilot, first)
    app = make_app(trees_dirs=[folder], sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)) as pilot:
        screen = app.screen
        assert isinstance(screen, PickerScreen)
        ids = [f.id for f in screen.catalogue.trees]
        screen.query_one("#trees", OptionList).highlighted = ids.index("tiny")
        await pilot.press("enter")
        await pilot.pause()
        assert "ended with a result" in question(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)


async def test_start_over_asks_first_and_keeps_the_answers_until_the_first_new_one(
    tmp_path: Path,
) -> None:
    app = app_for(TINY, tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await walk_to_result(pilot, app)
        assert app.session is not None
        answers = dict(app.session.answers)
        await pilot.press("r")
        await pilot.pause()
        assert "Start over" in question(app)
        await pilot.press("escape")  # Cancel
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen) and app.session.answers == answers
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("enter")  # Start over
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.session.answers == {}
        assert saved(tmp_path)["answers"] == answers  # nothing written yet
    again = app_for(TINY, tmp_path)
    async with again.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert "ended with a result" in question(again)  # quitting then kept the old walk
        await pilot.press("escape", "enter", *"NEW", "enter")  # Start afresh; one answer
        await pilot.pause()
        assert saved(tmp_path)["answers"] == {"name": "NEW"}


async def test_a_second_window_keeps_its_own_file_and_neither_is_lost(tmp_path: Path) -> None:
    """Window A holds tiny.json (claimed as a running app would); this app is window B."""
    toasts = Toasts()
    from toolmix.store.autosave import claim  # the API the fix added

    window_a = claim(tmp_path / "sessions", "tiny")
    walk_a = Session(load_tree(TINY))
    for value in FIVE.values():
        walk_a.answer(value)
    window_a.autosave.save(walk_a)
    app = app_for(TINY, tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)  # A's session is A's
        assert any("open in another toolmix window" in n.message for n in toasts.shown)
        await pilot.press("enter", *"B", "enter")
        await pilot.pause()
        await walk_to_result(pilot, app)
        await pilot.press("r", "enter")  # B starts over: A's file is not touched
        await pilot.pause()
    assert saved(tmp_path)["answers"] == FIVE
    assert saved(tmp_path, "tiny+2.json")["answers"]["name"] == "B"  # type: ignore[index]
    window_a.autosave.release()  # A is gone: the next start offers the newest free file
    after = app_for(TINY, tmp_path)
    async with after.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert "ended with a result" in question(after)


async def test_the_offer_counts_only_answers_that_still_fit(tmp_path: Path) -> None:
    toasts = Toasts()
    folder = tmp_path / "sessions"
    folder.mkdir()
    answers = {"name": "ACME", "audience": "b2c", "formats": ["writing"], "gone": 1}
    (folder / "tiny.json").write_text(json.dumps({"format": 1, "tree": "tiny", "answers": answers}))
    app = app_for(TINY, tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        await pilot.pause()
        assert "unfinished session with 2 answers" in question(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.session is not None and app.session.current == "formats"
        assert any(n.title == "Answers dropped" for n in toasts.shown)


@pytest.mark.parametrize(
    "text",
    ['{"format": 1, "tree": "tiny", "answers": {"name": "ACME"}, "x-saved": "soon"}', "{broken"],
    ids=["x-saved not a number", "not JSON"],
)
async def test_a_bad_autosave_never_stops_the_app(tmp_path: Path, text: str) -> None:
    toasts = Toasts()
    folder = tmp_path / "sessions"
    folder.mkdir()
    (folder / "tiny.json").write_text(text)
    app = app_for(TINY, tmp_path)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        await pilot.pause()
        if text.startswith("{broken"):
            assert not isinstance(app.screen, ConfirmDialog)
            assert any(n.title == "Saved session" for n in toasts.shown)
            assert [p.read_text() for p in folder.glob("tiny.json.unreadable-*")] == [text]
        else:
            assert "with 1 answer." in question(app)


async def test_a_settings_file_nested_too_deep_is_set_aside_and_the_app_starts(
    tmp_path: Path,
) -> None:
    toasts = Toasts()
    settings = tmp_path / "settings.json"
    settings.write_text("[" * 100_000 + "]" * 100_000)
    app = make_app(load_tree(TINY), settings_path=settings)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=toasts) as pilot:
        await pilot.pause()
        assert any(n.title == "Settings" for n in toasts.shown)
        assert len(list(tmp_path.glob("settings.json.unreadable-*"))) == 1
        app.theme = "nord"
        await pilot.pause()
    assert json.loads(settings.read_text()) == {"theme": "nord"}
