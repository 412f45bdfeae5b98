"""The choices on their own: an OptionList with numbers, ticks and the cursor's mark."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import OptionList

from toolmix.tui.widgets.choice_prompt import MAX_LINES
from toolmix.tui.widgets.choices import ChoiceList


class ChoicesApp(App[None]):
    CSS = "ChoiceList { width: 30; border: none; padding: 0; }"

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str | None]] = []

    def compose(self) -> ComposeResult:
        yield ChoiceList(id="choices")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.seen.append(("selected", event.option.id))

    def on_choice_list_confirmed(self, event: ChoiceList.Confirmed) -> None:
        self.seen.append(("confirmed", None))

    def on_choice_list_toggled(self, event: ChoiceList.Toggled) -> None:
        self.seen.append(("toggled", event.option_id))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.seen.append(("highlighted", event.option.id))


def choice_lines(choices: ChoiceList) -> list[str]:
    return [strip.text.rstrip() for strip in choices.render_lines(choices.size.region)]


OPTIONS = [
    ("a", "Apples"),
    ("b", "A label long enough to wrap onto a second line"),
    ("c", "Cherries"),
]


async def test_choices_number_and_wrap_labels_under_themselves() -> None:
    app = ChoicesApp()
    async with app.run_test() as pilot:
        choices = app.query_one(ChoiceList)
        choices.set_choices(OPTIONS, multi=False, checked=set())
        await pilot.pause()
        assert choices.size.height == 4  # an auto height: one line, two, one
        assert choice_lines(choices) == [
            "> 1 Apples",  # the cursor's mark, then the number
            "  2 A label long enough to",
            "    wrap onto a second line",
            "  3 Cherries",
        ]
        choices.set_choices(OPTIONS, multi=True, checked={"c"})
        await pilot.pause()
        assert choice_lines(choices)[0] == "> 1 [ ] Apples"
        assert choice_lines(choices)[-1] == "  3 [x] Cherries"


async def test_choices_keys_and_clicks() -> None:
    app = ChoicesApp()
    async with app.run_test() as pilot:
        choices = app.query_one(ChoiceList)
        choices.set_choices(OPTIONS, multi=False, checked=set(), highlight="b")
        choices.focus()
        await pilot.pause()
        assert choices.highlighted_id == "b" and app.seen == [("highlighted", "b")]
        await pilot.press("down", "down", "enter")  # wraps round from the last
        assert app.seen[1:] == [("highlighted", "c"), ("highlighted", "a"), ("selected", "a")]
        assert choice_lines(choices)[0] == "> 1 Apples"  # the mark follows the highlight
        assert choice_lines(choices)[3] == "  3 Cherries"
        await pilot.click(choices, offset=(2, 3))
        assert app.seen[-2:] == [("highlighted", "c"), ("selected", "c")]
        assert choice_lines(choices)[3] == "> 3 Cherries"


async def test_a_toggle_redraws_its_option_and_a_click_toggles_in_a_multi() -> None:
    app = ChoicesApp()
    async with app.run_test() as pilot:
        choices = app.query_one(ChoiceList)
        choices.set_choices(OPTIONS, multi=True, checked=set(), exclusive={"c"})
        choices.focus()
        await pilot.pause()
        assert choice_lines(choices)[0] == "> 1 [ ] Apples"
        await pilot.press("space")
        assert choices.checked == {"a"}
        assert choice_lines(choices)[0] == "> 1 [x] Apples"
        last = len(choice_lines(choices)) - 1  # Cherries, the exclusive option
        await pilot.click(choices, offset=(2, last))  # it clears the others
        assert choices.checked == {"c"}
        shown = choice_lines(choices)
        assert shown[0] == "  1 [ ] Apples" and shown[last] == "> 3 [x] Cherries"
        assert ("toggled", "c") in app.seen and ("selected", "c") not in app.seen
        await pilot.press("enter")
        assert app.seen[-1] == ("confirmed", None)


async def test_option_text_is_shown_literally_and_a_long_label_cut_short() -> None:
    app = ChoicesApp()
    async with app.run_test() as pilot:
        choices = app.query_one(ChoiceList)
        long = "word " * 400
        choices.set_choices(
            [("m", "[b]not bold[/b] [@click=app.quit]x[/]"), ("l", long)],
            multi=False,
            checked=set(),
        )
        await pilot.pause()
        shown = choice_lines(choices)
        assert shown[0] == "> 1 [b]not bold[/b]"
        assert shown[1] == "    [@click=app.quit]x[/]"
        assert len(shown) == 2 + MAX_LINES and shown[-1].endswith("…")


async def test_a_keymap_moves_the_choices_as_every_list() -> None:
    app = ChoicesApp()
    async with app.run_test() as pilot:
        app.set_keymap({"list.down": "j", "list.up": "k"})
        choices = app.query_one(ChoiceList)
        choices.set_choices(OPTIONS, multi=False, checked=set())
        choices.focus()
        await pilot.press("j", "j")
        assert choices.highlighted_id == "c"
        await pilot.press("k")
        assert choices.highlighted_id == "b"
        assert choice_lines(choices)[1] == "> 2 A label long enough to"
