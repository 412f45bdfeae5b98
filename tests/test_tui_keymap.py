"""A keymap in the settings changes the app's keys; the help, the palette and the bar follow."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.widgets import Static

from conftest import TREES, matters_lines
from pilot_walks import to_steady_result
from toasts import Toasts
from toolmix.load.loader import load_tree
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.dialogs.confirm import ConfirmDialog
from toolmix.tui.dialogs.dialog import Dialog
from toolmix.tui.dialogs.export import ExportDialog
from toolmix.tui.dialogs.help import HelpDialog
from toolmix.tui.dialogs.hours import HoursDialog
from toolmix.tui.dialogs.warnings import WarningsDialog
from toolmix.tui.keymap import DEFAULT_KEYS, chosen_keymap, keys_help
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.screens.what_if import WhatIfScreen
from toolmix.tui.screens.why_not import WhyNotScreen
from toolmix.tui.widgets.answers_panel import AnswersPanel
from toolmix.tui.widgets.choices import ChoiceList
from toolmix.tui.widgets.continue_button import ContinueButton
from toolmix.tui.widgets.entry_list import EntryList
from toolmix.tui.widgets.key_footer import KeyFooter
from toolmix.tui.widgets.lead_scroll import LeadScroll
from toolmix.tui.widgets.marked_button import MarkedButton
from toolmix.tui.widgets.mix_list import MixList

OWN_BINDINGS = (
    ToolmixApp,
    PickerScreen,
    IntroScreen,
    QuestionScreen,
    ResultScreen,
    WhatIfScreen,
    WhyNotScreen,
    Dialog,
    HoursDialog,
    ConfirmDialog,
    ExportDialog,
    HelpDialog,
    WarningsDialog,
    MarkedButton,
    EntryList,
    ChoiceList,
    ContinueButton,
    LeadScroll,
    AnswersPanel,
    MixList,
)


def app_with(tmp_path: Path, settings: object) -> ToolmixApp:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps(settings))
    return make_app(
        load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "sessions", settings_path=path
    )


def test_every_binding_has_an_id_and_the_keymap_knows_it() -> None:
    found: dict[str, str] = {}
    for cls in OWN_BINDINGS:
        for binding in cls.__dict__.get("BINDINGS", []):
            assert isinstance(binding, Binding) and binding.id, (cls.__name__, binding)
            found[binding.id] = binding.key
    assert found == DEFAULT_KEYS, (
        "a binding was added, changed or removed: DEFAULT_KEYS in toolmix/tui/keymap.py lists "
        "every id with its keys (and HELP_ROWS there the keys help)"
    )


async def test_a_remapped_back_goes_back_and_the_old_key_does_not(tmp_path: Path) -> None:
    app = app_with(tmp_path, {"keymap": {"back": "backspace"}})
    toasts = Toasts()
    async with app.run_test(size=(100, 32), message_hook=toasts) as pilot:
        await pilot.press("enter", *"ACME", "enter")  # the intro, then the text question
        await pilot.pause()
        assert app.session is not None and app.session.current == "audience"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.session.current == "audience"
        await pilot.press("backspace")
        await pilot.pause()
        assert app.session.current == "name"
        assert not toasts.shown  # a good keymap is applied without a word


async def test_the_help_the_palette_and_the_bar_show_the_keys_in_effect(tmp_path: Path) -> None:
    app = app_with(tmp_path, {"keymap": {"walk.back": "ctrl+b", "keys": "f2"}})
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        bar = str(app.screen.query_one(KeyFooter).render())
        assert "^b" in bar and "f2" in bar.lower()
        commands = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert commands["Back"] == "Back to the question before; your answers are kept. Key: ctrl+b"
        await pilot.press("f1")  # no longer Keys
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("f2")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        shown = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert "ctrl+b / escape" in shown and "back one step" in shown
        assert "f2" in shown and "this help" in shown


async def test_the_explore_keys_follow_the_keymap(tmp_path: Path) -> None:
    keymap = {"result.whatif": "x", "result.matters1": "f5", "result.hours": "ctrl+t"}
    app = app_with(tmp_path, {"keymap": keymap})
    async with app.run_test(size=(80, 24)) as pilot:
        await to_steady_result(pilot, app)
        assert isinstance(app.screen, ResultScreen)
        assert matters_lines(app.screen)[1].startswith(" f5 Who buys from you?")
        await pilot.press("w", "1")  # the old keys do nothing now
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, WhatIfScreen) and app.screen.question == "audience"
        await pilot.press("escape", "f5")
        await pilot.pause()
        assert isinstance(app.screen, WhatIfScreen) and app.screen.question == "audience"
        await pilot.press("escape", "ctrl+t")
        await pilot.pause()
        assert isinstance(app.screen, HoursDialog)
        await pilot.press("escape", "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        shown = "\n".join(str(s.render()) for s in app.screen.query(Static))
        assert "x f5 2 3 " in shown and "what if you answered otherwise" in shown
        assert "n / ctrl+t " in shown
        assert app.session is not None and app.session.answers["hours"] == 3


async def test_a_wrong_keymap_is_named_and_the_rest_applies(tmp_path: Path) -> None:
    app = app_with(tmp_path, {"keymap": {"bakc": "backspace", "walk.back": "ctrl+b"}})
    toasts = Toasts()
    async with app.run_test(size=(100, 32), message_hook=toasts) as pilot:
        await pilot.pause()
        messages = toasts.messages
        assert any('"bakc"' in m and '"back"' in m for m in messages), messages
        await pilot.press("enter", *"ACME", "enter", "ctrl+b")
        await pilot.pause()
        assert app.session is not None and app.session.current == "name"


@pytest.mark.parametrize(
    ("value", "keymap", "problem"),
    [
        (None, {}, None),
        (
            {"back": "backspace"},
            dict.fromkeys(
                ("intro.back", "walk.back", "result.back", "whatif.back", "whynot.back"),
                "backspace",
            ),
            None,
        ),
        ({"result.export": "x, ctrl+e"}, {"result.export": "x,ctrl+e"}, None),
        ({"pick1": "?"}, {"walk.pick1": "?"}, None),
        (["back"], {}, "must be an object"),
        ({"export": 5}, {}, "5 is not used"),
        ({"export": ""}, {}, "is not used"),
        ({"export": "ctrl e"}, {}, "is not used"),
        ({"walk.nothing": "x"}, {}, 'no key is called "walk.nothing"'),
        ({"qiut": "x"}, {}, 'did you mean "quit"'),
    ],
)
def test_the_keymap_is_checked(value: object, keymap: dict[str, str], problem: str | None) -> None:
    got, problems = chosen_keymap(value)
    assert got == keymap
    assert (problem is None and not problems) or (problem is not None and problem in problems[0])


def test_the_help_without_a_keymap_is_the_usual_one() -> None:
    lines = keys_help({}).splitlines()
    assert lines[0].split() == ["Up", "/", "Down", "move", "between", "options"]
    assert any(line.startswith("Escape ") and "back one step" in line for line in lines)
    assert all(len(line) <= 80 for line in lines)
