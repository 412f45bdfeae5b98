"""The answers panel on its own: a line list."""

from __future__ import annotations

from textual import events
from textual.app import App, ComposeResult
from textual.strip import Strip

from toolmix.engine.step import Answered
from toolmix.tui.widgets.answers_panel import AnswersPanel

STEPS = [Answered(f"q{i}", f"Question {i}?", f"Answer {i}") for i in range(20)]


class PanelApp(App[None]):
    CSS = "AnswersPanel { width: 24; height: 10; padding: 0; }"
    #: As on the question screen: the panel has the focus only when given it (Tab).
    AUTO_FOCUS = None

    def __init__(self) -> None:
        super().__init__()
        self.jumps: list[str] = []

    def compose(self) -> ComposeResult:
        yield AnswersPanel(id="answers")

    def on_answers_panel_jump_requested(self, event: AnswersPanel.JumpRequested) -> None:
        self.jumps.append(event.node_id)


def strips(panel: AnswersPanel) -> list[Strip]:
    """The panel's lines as the compositor gets them: only repainted where refreshed."""
    return panel.render_lines(panel.size.region)


def lines(panel: AnswersPanel) -> list[str]:
    return [strip.text for strip in strips(panel)]


def backgrounds(panel: AnswersPanel) -> list[object]:
    return [strip._segments[0].style.bgcolor for strip in strips(panel)]  # type: ignore[union-attr]


def thumb_rows(panel: AnswersPanel) -> list[int]:
    return [y for y, text in enumerate(lines(panel)) if text.endswith("▐")]


async def test_a_long_path_shows_its_end_with_a_scroll_indicator() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers(STEPS)
        await pilot.pause()
        shown = lines(panel)
        assert shown[-2].startswith("Question 19?")
        assert shown[-1].startswith("  Answer 19")
        assert all(len(text) == 24 for text in shown)
        assert panel.cursor == 19
        rows = thumb_rows(panel)
        assert rows and rows[-1] == 9  # the thumb sits at the bottom of the track
        assert len(rows) < 10


async def test_stepping_forward_repaints_the_entry_that_lost_the_cursor() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.focus()
        for count in range(1, 5):  # four entries fit: nothing scrolls
            panel.show_answers(STEPS[:count])
            await pilot.pause()
            assert lines(panel)[2 * count - 2].startswith(f"Question {count - 1}?")
        colours = backgrounds(panel)
        plain, cursor = colours[0], colours[6]
        assert plain != cursor
        assert colours[:8] == [plain] * 6 + [cursor] * 2
        panel.show_answers(STEPS[:2])  # back: the cursor returns to an earlier entry
        await pilot.pause()
        assert backgrounds(panel)[:4] == [plain] * 2 + [cursor] * 2
        assert lines(panel)[4].strip() == ""
        assert app.focused is panel
        app.set_focus(None)  # the cursor takes its unfocused colour
        await pilot.pause()
        unfocused, blurred = backgrounds(panel)[0], backgrounds(panel)[2]
        assert unfocused != plain  # no focus tint
        assert blurred not in (unfocused, cursor)
        assert backgrounds(panel)[:4] == [unfocused] * 2 + [blurred] * 2


async def test_the_mouse_highlights_an_entry_until_the_list_changes() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers(STEPS[:3])
        await pilot.pause()
        plain = backgrounds(panel)[0]
        await pilot.hover(panel, offset=(3, 0))
        hovered = backgrounds(panel)[:2]
        assert hovered[0] == hovered[1] != plain  # the whole first entry
        panel.show_answers(STEPS[:4])
        await pilot.pause()
        assert backgrounds(panel)[:2] == [plain, plain]


async def test_going_back_drops_entries_and_the_indicator() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers(STEPS)
        await pilot.pause()
        panel.show_answers(STEPS[:3])
        await pilot.pause()
        shown = lines(panel)
        assert [text.rstrip() for text in shown[:6]] == [
            "Question 0?",
            "  Answer 0",
            "Question 1?",
            "  Answer 1",
            "Question 2?",
            "  Answer 2",
        ]
        assert shown[6].strip() == ""
        assert thumb_rows(panel) == []
        assert panel.cursor == 2


async def test_a_changed_answer_replaces_its_entry_and_those_after_it() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers(STEPS[:4])
        changed = [
            *STEPS[:1],
            Answered("q1", "Question 1?", "Something else entirely, long enough to wrap"),
        ]
        panel.show_answers(changed)
        await pilot.pause()
        shown = [text.rstrip() for text in lines(panel)]
        assert shown[:5] == [
            "Question 0?",
            "  Answer 0",
            "Question 1?",
            "  Something else",  # the answer wraps with a hanging indent
            "  entirely, long enough",
        ]
        assert panel.answers == changed


async def test_keys_move_the_cursor_and_enter_chooses() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers(STEPS)
        panel.focus()
        await pilot.press("up", "up", "enter")
        assert app.jumps == ["q17"]
        await pilot.press("home")
        assert panel.cursor == 0
        assert lines(panel)[0].startswith("Question 0?")  # scrolled to keep it in view
        await pilot.press("pagedown", "end", "enter")
        assert app.jumps == ["q17", "q19"]


async def test_the_mouse_scrolls_and_a_click_chooses() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers(STEPS)
        await pilot.pause()
        before = lines(panel)
        assert before[0].startswith("Question 15?")
        panel.post_message(events.MouseScrollUp(panel, 3, 3, 0, -1, 0, False, False, False))
        await pilot.pause()
        after = lines(panel)
        assert [t[:-1] for t in after[2:]] == [t[:-1] for t in before[:-2]]  # two lines up
        assert after[0].startswith("Question 14?")
        await pilot.click(panel, offset=(3, 0))
        assert app.jumps == ["q14"]
        assert panel.cursor == 14


async def test_tree_text_is_shown_literally() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers([Answered("q", "[b]Bold?[/b]\x1b[31m", "[link=x]y[/link]\x07")])
        await pilot.pause()
        shown = [text.rstrip() for text in lines(panel)]
        assert shown[0].startswith("[b]Bold?[/b]")
        assert "\x1b" not in "".join(shown) and "\x07" not in "".join(shown)
        assert "[link=x]y[/link]" in "".join(shown)


async def test_a_narrower_panel_wraps_again() -> None:
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers(STEPS[:2])
        await pilot.pause()
        assert lines(panel)[0].rstrip() == "Question 0?"
        panel.styles.width = 8
        await pilot.pause()
        assert [text.rstrip() for text in lines(panel)][:5] == [
            "Questio",  # seven cells of text, one for the scroll indicator
            "n 0?",
            "  Answe",
            "  r 0",
            "Questio",
        ]


async def test_the_focused_panel_marks_its_cursor_without_colour() -> None:
    """newuser7 finding 8: after Tab a tmux capture showed no sign of the answer Enter changes."""
    app = PanelApp()
    async with app.run_test() as pilot:
        panel = app.query_one(AnswersPanel)
        panel.show_answers(STEPS[:3])
        await pilot.pause()
        assert not any(text.startswith("> ") for text in lines(panel))  # no focus: no mark
        panel.focus()
        await pilot.pause()
        shown = lines(panel)
        assert [text.rstrip() for text in shown if "> " in text] == ["> Answer 2"]
        await pilot.press("up")
        shown = [text.rstrip() for text in lines(panel)]
        assert [text for text in shown if "> " in text] == ["> Answer 1"]
        assert "  Answer 2" in shown  # the mark moved with the cursor
        panel.blur()
        await pilot.pause()
        assert not any("> " in text for text in lines(panel))
