"""Explore's ContentList and the result's MixList on their own: what is drawn, keys, clicks."""

from __future__ import annotations

from pathlib import Path

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import OptionList

from pilot_walks import LONG, to_long_result
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.safe import literal_line
from toolmix.tui.widgets.content_list import ContentList
from toolmix.tui.widgets.mix_list import MixList

ENTRIES = [
    Content.assemble(literal_line(f"Entry {i}", "bold"), "\n", literal_line(f"detail {i}"))
    for i in range(3)
]


class ListApp(App[None]):
    CSS = "ContentList { width: 30; height: 10; }"

    def __init__(self) -> None:
        super().__init__()
        self.highlighted: list[int] = []
        self.chosen: list[int] = []

    def compose(self) -> ComposeResult:
        yield ContentList(id="list")

    def on_mount(self) -> None:
        self.query_one(ContentList).show(ENTRIES, 1)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.highlighted.append(event.option_index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.chosen.append(event.option_index)


def drawn(widget: OptionList) -> list[str]:
    return [strip.text.rstrip() for strip in widget.render_lines(widget.size.region)]


async def test_the_cursor_is_marked_and_entries_hang_under_their_first_line() -> None:
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert drawn(app.query_one(ContentList))[:6] == [
            "   Entry 0",
            "     detail 0",
            " > Entry 1",
            "     detail 1",
            "   Entry 2",
            "     detail 2",
        ]


async def test_a_click_moves_the_cursor_and_a_second_click_chooses() -> None:
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.click(ContentList, offset=(3, 5))  # the detail line of entry 2
        await pilot.pause()
        assert app.chosen == []
        assert app.highlighted[-1] == 2
        assert drawn(app.query_one(ContentList))[4] == " > Entry 2"
        await pilot.click(ContentList, offset=(3, 4))
        await pilot.pause()
        assert app.chosen == [2]


async def test_a_click_on_the_entry_under_the_cursor_chooses_it_at_once() -> None:
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.click(ContentList, offset=(3, 2))  # entry 1, the highlighted one
        await pilot.pause()
        assert app.chosen == [1]
        assert app.query_one(ContentList).highlighted == 1


async def test_a_click_below_the_entries_does_nothing_and_enter_still_chooses() -> None:
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.click(ContentList, offset=(3, 8))  # under the last entry
        await pilot.pause()
        entries = app.query_one(ContentList)
        assert app.chosen == [] and entries.highlighted == 1
        await pilot.press("down")
        entries.choose()
        await pilot.pause()
        assert app.chosen == [2]


async def test_keys_wrap_round_and_enter_is_the_screens() -> None:
    app = ListApp()
    async with app.run_test() as pilot:
        await pilot.press("down", "down")  # past the last: the first
        await pilot.pause()
        assert app.query_one(ContentList).highlighted == 0
        await pilot.press("enter")  # the list binds no Enter: the screen's choose() does
        await pilot.pause()
        assert app.chosen == []
        app.query_one(ContentList).choose()
        await pilot.pause()
        assert app.chosen == [0]


async def test_tree_text_is_drawn_literally() -> None:
    app = ListApp()
    async with app.run_test() as pilot:
        app.query_one(ContentList).show([literal_line("[b]x[/b] [link=y]z[/link]\x1b[31m")])
        await pilot.pause()
        lines = drawn(app.query_one(ContentList))
        assert lines[:2] == [" > [b]x[/b]", "   [link=y]z[/link][31m"]  # the escape dropped
        assert "\x1b" not in "".join(lines)


async def test_the_result_list_skips_headings_and_stops_at_its_ends(tmp_path: Path) -> None:
    app = make_app(load_tree(LONG), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await to_long_result(pilot, app)
        mix = app.screen.query_one(MixList)
        first = mix.highlighted
        assert first is not None and mix.entries[first].row is not None
        await pilot.press("up")  # at the first item: it stays, the heading above in view
        await pilot.pause()
        assert mix.highlighted == first
        assert drawn(mix)[0].strip() == mix.entries[0].title.plain
        await pilot.press("end", "down")
        await pilot.pause()
        last = mix.highlighted
        assert last == max(i for i, e in enumerate(mix.entries) if e.row is not None)
        await pilot.press("home")
        for _ in range(len(mix.entries)):
            await pilot.press("down")
            entry = mix.highlighted_entry
            assert entry is not None and entry.row is not None
        assert mix.highlighted == last
        await pilot.press("home")
        await pilot.pause()
        assert drawn(mix)[0].strip() == mix.entries[0].title.plain
        await pilot.click(MixList, offset=(3, 0))  # the heading: nothing happens
        await pilot.pause()
        assert mix.highlighted == first
        await pilot.click(MixList, offset=(3, 1))  # the item under it: the cursor goes there
        await pilot.pause()
        assert mix.highlighted == 1
