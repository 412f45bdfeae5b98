"""Keys typed while the next screen is on its way reach it (tui/holding.py).

newuser7 finding 7: the name typed 0.01-0.05 s after Start on the intro was
saved empty in 4 of 5 tmux runs. The keys are posted here as a terminal's
driver posts a burst: all of them before the app has handled the first.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual import events
from textual.pilot import Pilot
from textual.widgets import Button, Input

from conftest import SHIPPED, TREES, write_tiny
from pilot_walks import app_for, app_with_settings, open_export_dialog, to_steady_result, wait_for
from toolmix.load.loader import load_tree
from toolmix.tui import holding
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.export import ExportDialog
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen

#: Every character a terminal sends as itself, with the names Textual gives the keys.
_NAMES = {
    " ": "space",
    "<": "less_than_sign",
    ">": "greater_than_sign",
    "[": "left_square_bracket",
    "]": "right_square_bracket",
    "\\": "backslash",
    "/": "slash",
    ".": "full_stop",
    "-": "minus",
}
NAME = "Otters <Swim> Club [juniors]"


def _post(app: ToolmixApp, *keys: str) -> None:
    """Each key as the driver posts it: 'enter', 'backspace', 'end', or one character."""
    for key in keys:
        if key == "enter":
            app.post_message(events.Key("enter", "\r"))
        elif key == "backspace":
            app.post_message(events.Key("backspace", "\x7f"))
        elif len(key) > 1:
            app.post_message(events.Key(key, None))
        else:
            app.post_message(events.Key(_NAMES.get(key, key), key))


async def _settle(pilot: Pilot[None]) -> None:
    for _ in range(6):
        await pilot.pause()


async def test_the_name_typed_right_after_start_is_kept(tmp_path: Path) -> None:
    """Enter on the intro, the name and Enter, in one burst: before, the name
    reached the intro's button or the question screen before its field had
    the focus, and the Enter then answered it empty (answers == {'name': ''})."""
    app = make_app(load_tree(SHIPPED / "social-tool-mix.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, IntroScreen)
        _post(app, "enter", *NAME, "enter")
        await _settle(pilot)
        assert app.session is not None
        assert app.session.answers == {"name": NAME}
        assert app.session.current == "kind"
        assert app.autosave is not None  # and saved so
        assert json.loads(app.autosave.path.read_text())["answers"] == {"name": NAME}


async def test_the_picker_then_the_intro_then_the_name_in_one_burst(tmp_path: Path) -> None:
    """Enter on the picker, Enter on the intro, the name: the intro's Enter used
    to reach it before its button had the focus, and everything after was lost."""
    app = make_app(trees_dirs=[TREES / "picker"], sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        _post(app, "enter")
        for _ in range(2):
            await pilot.pause()
        _post(app, "enter", *NAME, "enter")
        await _settle(pilot)
        assert isinstance(app.screen, QuestionScreen)
        assert app.session is not None and app.session.answers["name"] == NAME


async def test_keys_typed_before_the_first_question_is_shown_reach_it(tmp_path: Path) -> None:
    """A tree without an intro opens on its first question: keys typed while it
    is being drawn wait for its field."""
    app = app_for(write_tiny(tmp_path), tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        _post(app, *"ACME", "enter")
        await _settle(pilot)
        assert app.session is not None
        assert app.session.answers == {"name": "ACME"}


async def test_a_hold_no_screen_ends_lets_the_keys_go_after_its_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screen that never says it is ready does not swallow the keyboard."""
    monkeypatch.setattr(holding, "HOLD_LIMIT", 1.0)
    app = app_for(write_tiny(tmp_path), tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await _settle(pilot)
        field = app.screen.query_one("#text", Input)
        assert app.screen.focused is field
        app.hold_keys()
        _post(app, *"AC")
        await pilot.pause()
        assert field.value == ""  # held
        await pilot.pause(1.2)
        await _settle(pilot)
        assert field.value == "AC"
        await pilot.press("M")  # and later keys go straight on
        assert field.value == "ACM"


async def test_quitting_right_after_typing_keeps_the_whole_draft(tmp_path: Path) -> None:
    """Ctrl+Q is a priority binding: it ran before the field had typed the last
    keys, and the draft kept was cut ('Half typed [c' in 1 of 5 tmux runs)."""
    app = app_for(write_tiny(tmp_path), tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await _settle(pilot)
        assert app.autosave is not None
        saved = app.autosave.path
        _post(app, *NAME)
        app.post_message(events.Key("ctrl+q", None))
        await _settle(pilot)
    assert json.loads(saved.read_text())["x-drafts"] == {"name": NAME}


async def test_a_path_retyped_in_the_export_dialog_is_the_one_written(tmp_path: Path) -> None:
    """The offered path rubbed out, a new one typed and Enter, in one burst: the field's
    Backspace (an Input binding) ran once the key had bubbled up to the app, after the
    letters typed behind it, and rubbed those out ('council.md' saved as 'council.m' or
    'md' in 3 of 20 tmux runs, newuser8 finding 2)."""
    app = app_with_settings(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await open_export_dialog(pilot, app)
        field = dialog.query_one("#path", Input)
        await pilot.press("end")  # the cursor after the offered path, nothing selected
        wanted = tmp_path / "council-notes.md"
        _post(app, *["backspace"] * len(field.value), *str(wanted), "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert [p.name for p in tmp_path.glob("*.md")] == [wanted.name]


async def test_a_file_name_typed_right_after_e_is_the_one_written(tmp_path: Path) -> None:
    """e, a path and Enter in one burst: the keys before the dialog had its field focused
    reached the result screen, or the dialog with nothing focused, and were lost (the
    path's first character: '/tmp/…/notes.md' was typed as 'tmp/…/notes.md')."""
    app = app_with_settings(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_steady_result(pilot, app)
        wanted = tmp_path / "notes.md"
        _post(app, "e", *str(wanted), "enter")  # the offered path is selected: typed over
        await wait_for(pilot, lambda: any(tmp_path.glob("*.md")))
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert [p.name for p in tmp_path.glob("*.md")] == [wanted.name]


async def test_a_tab_typed_right_after_e_moves_to_the_first_button(tmp_path: Path) -> None:
    """e and Tab at once: the Tab reached the dialog before its field had the focus."""
    app = app_with_settings(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await to_steady_result(pilot, app)
        _post(app, "e", "tab")
        await _settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert app.focused is app.screen.query_one("#md", Button)
        _post(app, "escape")  # and a key after it still reaches the dialog
        await _settle(pilot)
        assert isinstance(app.screen, ResultScreen)


async def test_keys_typed_in_a_field_are_edited_in_the_order_typed(tmp_path: Path) -> None:
    """End, then a letter: the letter goes at the end (newuser8 finding 7: 'Li Parish
    Councilxttle Wickham', the End ran after the 'x' it came before)."""
    app = app_for(write_tiny(tmp_path), tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await _settle(pilot)
        field = app.screen.query_one("#text", Input)
        _post(app, *"Wickham", "home", *"Little ", "end", "x")
        await _settle(pilot)
        assert field.value == "Little Wickhamx"


# --- typed ahead of the next question: typing lands, a choice never does -------------
# (docs/quickstart.md, "You can type ahead"; tui/holding.py CHOOSING)


@pytest.mark.parametrize("after", [("1", "1"), ("2", "enter")], ids=["1 1", "2 enter"])
async def test_keys_typed_after_the_names_enter_pick_nothing_and_join_no_name(
    tmp_path: Path, after: tuple[str, str]
) -> None:
    """Typed right after the name's Enter, before 'What kind of…' was drawn: '2' used to
    pick that question's second option, one the person never saw, and '1 1' reached the
    field before the screen read it (tmux stored 'Otters <Swim> Club [juniors]11' in 1 of
    3 runs). The name is what the field held at its Enter; the keys are dropped."""
    app = make_app(load_tree(SHIPPED / "social-tool-mix.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        _post(app, "enter", *"Ann", "enter", *after)
        await _settle(pilot)
        assert app.session is not None
        assert app.session.answers == {"name": "Ann"}
        assert app.session.current == "kind"
        assert app.dropped_keys == list(after)
        await pilot.press("2")  # nothing held once it is shown: the same key picks at once
        await _settle(pilot)
        assert app.session.current != "kind" and "kind" in app.session.answers


async def test_text_typed_ahead_lands_in_the_next_field(tmp_path: Path) -> None:
    """A list answered, then a number and Enter at once: the number question gets
    them, and its Enter confirms just what was typed ahead."""
    app = app_for(write_tiny(tmp_path), tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await _settle(pilot)
        await pilot.press(*"ACME", "enter", "1")  # name, audience b2b
        await _settle(pilot)
        assert app.session is not None and app.session.current == "formats"
        # 'none' (the 4th) ticked and the list given, then the hours typed ahead.
        _post(app, "4", "enter", "2", ".", "5", "enter")
        await _settle(pilot)
        assert app.session.answers["formats"] == ["none"]
        assert app.session.answers["hours"] == 2.5
        assert app.session.current == "site" and app.dropped_keys == []


async def test_a_lone_enter_typed_ahead_does_not_answer_a_text_field(tmp_path: Path) -> None:
    """Enter typed ahead confirms what was typed ahead with it, never an empty field
    the person has not seen."""
    app = app_for(write_tiny(tmp_path), tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await _settle(pilot)
        await pilot.press(*"ACME", "enter", "1", "4", "enter")  # to the hours question
        await _settle(pilot)
        assert app.session is not None and app.session.current == "hours"
        _post(app, "3", "enter", "enter")  # the second Enter is for 'site', a list
        await _settle(pilot)
        assert app.session.answers["hours"] == 3.0
        assert app.session.current == "site" and app.dropped_keys == ["enter"]


async def test_tab_tab_enter_typed_at_once_in_the_export_dialog_writes_json(
    tmp_path: Path,
) -> None:
    """Each key once the one before has been handled: the Enter behind two Tabs used
    to reach the File field, which Tab had not yet left, and wrote Markdown."""
    app = app_with_settings(tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        dialog = await open_export_dialog(pilot, app)
        dialog.query_one("#path", Input).value = str(tmp_path / "council.md")
        _post(app, "tab", "tab", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultScreen))
        assert [p.name for p in tmp_path.glob("council.*")] == ["council.json"]


async def test_the_name_typed_right_after_resume_is_added_to_the_draft(tmp_path: Path) -> None:
    """Enter on Resume and the rest of the name at once: the keys reached the dialog
    going away, or the intro under it, and were lost (tmux: 'Hill' kept, ' Farm PTA'
    gone, 3 of 3 runs); the draft resumed is not selected, so typing adds to it."""
    tree = load_tree(SHIPPED / "social-tool-mix.json")
    app = make_app(tree, sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", *"Hill")
        await _settle(pilot)
        app.post_message(events.Key("ctrl+q", None))
        await _settle(pilot)
    again = make_app(tree, sessions_dir=tmp_path / "s")
    async with again.run_test(size=(100, 32)) as pilot:
        await _settle(pilot)
        assert isinstance(again.screen, ConfirmDialog)
        _post(again, "enter", *" Farm PTA")
        await wait_for(pilot, lambda: isinstance(again.screen, QuestionScreen))
        await _settle(pilot)
        assert again.screen.query_one("#text", Input).value == "Hill Farm PTA"


async def test_keys_after_start_afresh_reach_the_intro_then_the_name(tmp_path: Path) -> None:
    """Start afresh (no new screen comes): the keys after it wait a moment, then go on."""
    tree = load_tree(SHIPPED / "social-tool-mix.json")
    app = make_app(tree, sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", *"Hill", "enter")
        await _settle(pilot)
    again = make_app(tree, sessions_dir=tmp_path / "s")
    async with again.run_test(size=(100, 32)) as pilot:
        await _settle(pilot)
        assert isinstance(again.screen, ConfirmDialog)
        _post(again, "tab", "enter", "enter", *NAME)
        await wait_for(pilot, lambda: isinstance(again.screen, QuestionScreen))
        await pilot.pause(holding.SETTLE)
        await _settle(pilot)
        assert again.screen.query_one("#text", Input).value == NAME
        assert again.session is not None and again.session.answers == {}
