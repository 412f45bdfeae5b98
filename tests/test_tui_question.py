"""Pilot tests of the full-screen app: walking, changing answers, validation, safety."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual import events
from textual.geometry import Spacing
from textual.widgets import Input, Static

from conftest import SHIPPED, SHIPPED_TREES, TREES, write_tiny
from pilot_walks import answer_with_keys, app_for, wait_for, walk_to_result
from screen_text import screen_text
from toolmix.engine.step import step_for
from toolmix.load.loader import load_tree
from toolmix.model.nodes import InfoNode, MultiNode, NumberNode, TextNode
from toolmix.tui.app import make_app
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.choices import ChoiceList


@pytest.mark.parametrize("tree", SHIPPED_TREES, ids=lambda p: p.stem)
async def test_a_full_walk_of_each_shipped_tree(tree: Path, tmp_path: Path) -> None:
    app = app_for(tree, tmp_path)
    async with app.run_test(size=(100, 32), notifications=True) as pilot:
        assert isinstance(app.screen, IntroScreen)
        await walk_to_result(pilot, app)
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        assert screen.mix.picked
        assert str(screen.query_one("#result-title", Static).render()) == screen.mix.title


async def test_the_question_screen_is_reused(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        first = app.screen
        assert isinstance(first, QuestionScreen)
        for _ in range(3):
            await answer_with_keys(pilot, app)
            assert app.screen is first


async def test_back_and_jump_back_drop_answers_and_say_so(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32), notifications=True) as pilot:
        await pilot.press("enter")  # intro
        await pilot.press(*"ACME", "enter")
        await pilot.press("2")  # b2c
        await pilot.press("1", "2", "enter")  # video + photos
        await pilot.press("1")  # camera: yes
        await pilot.pause()
        assert app.session is not None and app.session.current == "hours"
        await pilot.press("escape")
        await pilot.pause()
        assert app.session.current == "camera"
        assert isinstance(app.screen, QuestionScreen)
        app.screen.post_message(QuestionScreen.JumpRequested("formats"))
        await pilot.pause()
        assert app.session.current == "formats"
        choices = app.screen.query_one("#choices", ChoiceList)
        assert choices.checked == {"video", "photos"}  # the earlier answer is pre-selected
        await pilot.press("1", "enter")  # untick video: camera no longer applies
        await pilot.pause()
        assert app.session.current == "hours"
        assert "camera" not in app.session.answers
        # Said above the question, not in a toast over the options (issue 15.2).
        assert "camera" in str(app.screen.query_one("#notice", Static).render())


async def test_selecting_an_answer_in_the_side_panel_jumps_back(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", *"ACME", "enter", "2")
        await pilot.pause()
        await pilot.click("#answers", offset=(3, 0))
        await pilot.pause()
        assert app.session is not None and app.session.current == "name"
        text = app.screen.query_one("#text", Input)
        assert text.value == "ACME"


async def test_the_continue_button_by_click_and_by_keys(tmp_path: Path) -> None:
    from toolmix.tui.widgets.continue_button import ContinueButton

    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", *"ACME")
        await pilot.click("#continue")  # the text question
        await pilot.pause()
        assert app.session is not None and app.session.current == "audience"
        await pilot.press("2")  # b2c: the multi question
        await pilot.pause()
        button = app.screen.query_one("#continue", ContinueButton)
        # Button's own flash (0.2 s), longer here: a loaded machine may take
        # more than 0.2 s between the key and the check.
        button.active_effect_duration = 2.0
        await pilot.press("1")
        button.focus()
        await pilot.press("space")
        # Looks pressed for a moment; the key may still be on its way (each key goes
        # once the one before is handled, tui/holding.py), so waited for, in its 2 s.
        await wait_for(pilot, lambda: button.has_class("-active"), timeout=1.5)
        await pilot.pause()
        assert app.session.current == "camera"  # video was ticked, so the camera question
        await wait_for(pilot, lambda: not button.has_class("-active"))


async def test_multi_with_an_exclusive_option(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", "enter", "2")
        await pilot.pause()
        choices = app.screen.query_one("#choices", ChoiceList)
        await pilot.press("1", "2")
        assert choices.checked == {"video", "photos"}
        await pilot.press("3")  # "None of these" clears the others
        assert choices.checked == {"none"}
        await pilot.press("down", "space")  # ticking another clears "None of these"
        assert choices.checked == {"video"}


async def test_a_refused_number_keeps_its_range_beside_the_error(tmp_path: Path) -> None:
    """99 where the most is 40: the error, and under it the allowed numbers and the
    tree's labelled ranges, as shown before anything was typed."""
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", "enter", "2", "2", "enter")
        await pilot.pause()
        assert app.session is not None and app.session.current == "hours"
        field = step_for(app.session).number
        assert field is not None and field.max is not None and field.ranges
        box = app.screen.query_one("#number", Input)
        box.value = "99"
        await pilot.press("enter")
        await pilot.pause()
        lines = str(app.screen.query_one("#hint", Static).render()).splitlines()
        assert "99 is too high" in lines[0]
        assert lines[1:] == [field.rules, *(f"{words}: {label}" for words, label in field.ranges)]


async def test_a_multi_answer_below_min_is_refused_inline(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", "enter", "2", "enter")
        await pilot.pause()
        assert app.session is not None and app.session.current == "formats"
        hint = str(app.screen.query_one("#hint", Static).render())
        assert "Tick at least one option" in hint


@pytest.mark.parametrize(
    "typed, message",
    [
        ("abc", "is not a number"),
        ("100", "100 is too high: type a number from 0 to 40"),
        ("2.25", "Use steps of half an hour, e.g. 2 or 2.5"),
        ("", "Type a number"),
    ],
)
async def test_number_validation_is_inline_and_never_clamps(
    tmp_path: Path, typed: str, message: str
) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", "enter", "2", "2", "enter")
        await pilot.pause()
        assert app.session is not None and app.session.current == "hours"
        field = app.screen.query_one("#number", Input)
        assert field.value == "3"  # the default
        field.value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.current == "hours"
        assert message in str(app.screen.query_one("#hint", Static).render())
        field.value = "4"
        await pilot.press("enter")
        await pilot.pause()
        assert app.session.answers["hours"] == 4


async def test_escape_on_the_first_question_goes_back_to_the_intro(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, IntroScreen)


async def test_result_back_restart_and_what_changed(tmp_path: Path) -> None:
    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await walk_to_result(pilot, app)
        first = app.screen
        assert isinstance(first, ResultScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.session is not None
        assert app.session.current == "site"
        await pilot.press("escape")
        await pilot.pause()
        assert app.session.current == "hours"
        app.screen.query_one("#number", Input).value = "1"  # less time: a smaller mix
        # Answer, then the info page: the website's answer is kept, so the result shows
        # (a digit more would be a key of the result screen: what if).
        await pilot.press("enter", "enter")
        await pilot.pause()
        second = app.screen
        assert isinstance(second, ResultScreen) and second.previous is first.mix
        changes = str(second.query_one("#changes", Static).render())
        assert "Since your last result" in changes
        await pilot.press("r", "enter")  # start over, confirmed
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.session.current == "name"
        assert app.session.answers == {}
        # The new walk's result is compared with nothing: the one before was
        # another walk, maybe another business's (newuser5 #5).
        await walk_to_result(pilot, app)
        third = app.screen
        assert isinstance(third, ResultScreen) and third.previous is None
        assert not third.query_one("#changes", Static).display
        assert "Since your last result" not in screen_text(app)


async def test_hostile_tree_is_shown_literally_and_runs_no_action(tmp_path: Path) -> None:
    app = app_for(TREES / "hostile.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        question = str(app.screen.query_one("#question", Static).render())
        assert "[b]bold[/b]" in question and "\x1b" not in question
        await pilot.press(*"[@click=app.quit]x[/]", "enter")
        await pilot.pause()
        choices = app.screen.query_one("#choices", ChoiceList)
        shown = [choices.render_line(y).text for y in range(choices.content_size.height)]
        labels = " ".join(" ".join(shown).split())  # the options as drawn, wrapped lines joined
        assert "[@click=app.quit]quit[/]" in labels
        assert "[ @click=app.quit]x[/] Option with CSI and NEL" in labels
        await walk_to_result(pilot, app)
        assert app.is_running and isinstance(app.screen, ResultScreen)
        text = str(app.screen.query_one("#result-title", Static).render())
        assert text == "Result [/] [?1049h"  # the ESC of the tree is gone, the rest is literal


async def test_keys_in_the_bar_are_clickable(tmp_path: Path) -> None:
    from toolmix.tui.dialogs.export import ExportDialog
    from toolmix.tui.dialogs.help import HelpDialog
    from toolmix.tui.widgets.key_footer import KeyFooter

    app = app_for(TREES / "tiny.json", tmp_path)
    async with app.run_test(size=(100, 32)) as pilot:
        await walk_to_result(pilot, app)
        bar = app.screen.query_one(KeyFooter)
        assert "Export" in str(bar.render()) and "Start over" in str(bar.render())
        await pilot.click(KeyFooter, offset=(2, 0))  # " e Export "
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("escape")
        await pilot.pause()
        text = str(app.screen.query_one(KeyFooter).render())
        await pilot.click(KeyFooter, offset=(text.index("Keys") - 1, 0))
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)


@pytest.mark.parametrize("first", ["picker", "intro", "question"])
async def test_the_first_screen_has_its_own_css(first: str, tmp_path: Path) -> None:
    """Textual skips CSS_PATH for a get_default_screen() screen: the app lists every sheet."""
    path = write_tiny(tmp_path, intro="# Hello\n\nSome words." if first == "intro" else None)
    tree = None if first == "picker" else load_tree(path)
    app = make_app(tree, trees_dirs=[tmp_path], sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        if first == "picker":
            assert isinstance(screen, PickerScreen)
            assert screen.query_one("#trees").styles.margin == Spacing(0, 2, 0, 2)
        elif first == "intro":
            assert isinstance(screen, IntroScreen)
            assert screen.query_one("#intro-column").styles.padding == Spacing(1, 4, 1, 4)
        else:
            assert isinstance(screen, QuestionScreen)
            assert screen.query_one("#side").outer_size.width == 30  # question.tcss


@pytest.mark.parametrize("intro", [None, "Hello."])
async def test_the_question_screen_is_styled_once_and_right(
    intro: str | None, tmp_path: Path
) -> None:
    """Its first resume skips Textual's restyle of every widget (they were just
    styled, when mounted): what is shown must be what a restyle gives."""
    app = make_app(load_tree(write_tiny(tmp_path, intro=intro)), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        if intro:
            await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        parts = ["#text", "#side", "#answers", "#continue", "#question", "KeyFooter"]
        first = {part: screen.query_one(part).styles.css for part in parts}
        focused = app.focused
        assert focused is not None and focused.id == "text"
        app.update_styles(screen)  # what the skipped restyle would have done
        await pilot.pause()
        assert {part: screen.query_one(part).styles.css for part in parts} == first
        assert app.export_screenshot()  # and it draws


async def test_the_intro_is_styled_once_and_right(tmp_path: Path) -> None:
    """The intro's first resume skips the restyle too: shown as a restyle styles it."""
    app = make_app(
        load_tree(write_tiny(tmp_path, intro="# Hello\n\nSome **words**.")),
        sessions_dir=tmp_path / "s",
    )
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, IntroScreen)
        widgets = list(screen.walk_children())
        first = [w.styles.css for w in widgets]
        app.update_styles(screen)  # what the skipped restyle would have done
        await pilot.pause()
        assert [w.styles.css for w in widgets] == first
        assert screen.query_one("#intro-column").styles.padding == Spacing(1, 4, 1, 4)


async def test_the_result_screen_is_styled_once_and_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """result.tcss is its default CSS (no reparse of every sheet when it is first
    pushed) and its first resume skips the restyle: its widgets must be styled
    as a full restyle styles them, with the rules of result.tcss."""
    from textual.css.stylesheet import Stylesheet

    reparsed: list[object] = []
    reparse = Stylesheet.reparse
    monkeypatch.setattr(Stylesheet, "reparse", lambda self: reparsed.append(reparse(self)))
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter")  # past the intro
        for _ in range(50):  # tiny.json is answered in a few steps
            if app.session is None or app.session.finished:
                break
            node = app.session.node
            await pilot.press(*(["1", "enter"] if isinstance(node, MultiNode) else ["1"]))
            if isinstance(node, (TextNode, NumberNode, InfoNode)):
                await pilot.press("enter")
            await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ResultScreen)
        assert screen.query_one("#result-title").styles.margin == Spacing(1, 2, 0, 2)
        assert not reparsed  # no style sheet was parsed again on the way
        widgets = list(screen.walk_children())
        first = [w.styles.css for w in widgets]
        app.update_styles(screen)  # what the skipped restyle would have done
        await pilot.pause()
        assert [w.styles.css for w in widgets] == first


@pytest.mark.parametrize("first", ["text", "single", "number"])
async def test_keys_typed_at_once_are_kept(first: str, tmp_path: Path) -> None:
    """Choices and the number field are mounted after the first frame (or when a
    node first needs them); nothing typed meanwhile may be lost."""
    start = {"text": "name", "single": "audience", "number": "hours"}[first]
    path = write_tiny(tmp_path, start=start)
    app = make_app(load_tree(path), sessions_dir=tmp_path / "sessions")
    async with app.run_test(size=(100, 32)) as pilot:
        keys = {"text": [*"AB", "enter"], "single": ["2"], "number": ["enter"]}[first]
        await pilot.press(*keys, "2")
        await pilot.pause()
        assert app.session is not None
        expected = {"text": ("name", "AB"), "single": ("audience", "b2c"), "number": ("hours", 3.0)}
        node_id, value = expected[first]
        assert app.session.answers[node_id] == value
        assert len(app.session.answers) >= 1


async def _typed_ahead(
    tmp_path: Path, keys: list[str], at: str = "kind"
) -> tuple[str, dict[str, object], str]:
    """From the default tree's 'name' (text) or 'kind' (single choice) question,
    keys posted as a terminal's driver posts them, all before the app has
    handled the first: (where the walk is, its answers, the line under the field)."""
    app = make_app(load_tree(SHIPPED / "social-tool-mix.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter")  # past the intro
        if at == "kind":
            await pilot.press("A", "enter")  # the business's name
        await pilot.pause()
        await pilot.pause()
        session = app.session
        assert session is not None and session.current == at
        for key in keys:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause()
        await pilot.pause()
        hint = str(app.screen.query_one("#hint", Static).render())
        return session.current, dict(session.answers), hint


async def test_picks_typed_ahead_pick_nothing_on_questions_not_yet_shown(tmp_path: Path) -> None:
    """A second '1' typed before the next question is drawn picks nothing there: the
    person has not seen that list (docs/quickstart.md, "You can type ahead").

    It used to reach the list of the question just answered, and its option
    was then offered to the next question: "'awareness' is not an option";
    then it picked on the next questions, options nobody had read.
    """
    current, answers, hint = await _typed_ahead(tmp_path, ["1", "1", "1"])
    assert answers == {"name": "A", "kind": "shop"}
    assert current == "goal" and "!" not in hint


async def test_a_second_enter_for_the_question_just_answered_is_dropped(tmp_path: Path) -> None:
    """Enter (or a click) confirms what the screen shows; for a question already
    answered it confirms nothing, and the next question is not answered by it."""
    current, answers, hint = await _typed_ahead(tmp_path, ["1", "enter"])
    assert answers == {"name": "A", "kind": "shop"}
    assert current == "goal" and "!" not in hint


async def test_a_second_enter_in_a_text_field_is_dropped(tmp_path: Path) -> None:
    current, answers, hint = await _typed_ahead(tmp_path, ["A", "enter", "enter"], at="name")
    assert answers == {"name": "A"}
    assert current == "kind" and "!" not in hint


async def test_the_list_of_options_is_mounted_when_a_node_first_shows_one(
    tmp_path: Path,
) -> None:
    app = app_for(write_tiny(tmp_path), tmp_path)  # no intro: it opens with a text question
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, QuestionScreen) and app.session is not None
        assert app.session.current == "name"
        assert not screen.query("#choices")  # the first screen styles no list
        assert screen.query_one("#lead").has_class("-no-list")  # given when it was made
        # "2" typed before the list is there: picked once the next node is shown.
        await pilot.press(*"ACME", "enter", "2")
        await pilot.pause()
        assert app.session.answers["audience"] == "b2c" and app.session.current == "formats"
        choices = screen.query_one("#choices", ChoiceList)
        assert choices.display and screen.focused is choices
        assert not screen.query_one("#lead").has_class("-no-list")
        assert not screen.query_one("#text").display


async def test_tab_shows_where_enter_goes_without_colour(tmp_path: Path) -> None:
    """newuser7 #8: Tab, Home, Down, Enter meant to change an earlier answer; on a multi
    question Tab had reached Continue, with only its colour to say so, and Enter went on.
    Each stop of Tab shows the cursor's "> " in the screen's text: Continue, the answers
    so far, and a question's help long enough to scroll (Enter there continues too)."""
    from toolmix.tui.widgets.continue_button import ContinueButton

    data = json.loads((TREES / "tiny.json").read_text())
    data["nodes"]["formats"]["help"] = "\n\n".join(f"Line {n} of a long help." for n in range(30))
    tree = tmp_path / "tiny.json"
    tree.write_text(json.dumps(data))
    app = app_for(tree, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        for key in ["enter", *"ACME", "enter", "2"]:  # the intro, the name, people
            await pilot.press(key)
            await pilot.pause()
        await wait_for(pilot, lambda: app.session is not None and app.session.current == "formats")
        screen = app.screen
        assert isinstance(screen, QuestionScreen)
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            focused = screen.focused
            assert focused is not None
            text = screen_text(app)
            seen.append(type(focused).__name__)
            if isinstance(focused, ContinueButton):
                assert "> Continue" in text
            elif focused.id == "lead":
                assert "> What can you make well?" in text
            elif focused.id == "answers":
                assert "> People" in text
            assert text.count("> ") == 1, text  # one mark: the focused one's
        assert {"ContinueButton", "AnswersPanel", "LeadScroll"} <= set(seen)
