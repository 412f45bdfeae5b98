"""The app's work for big trees: an intro with a big table, many long options.

Counted, not timed: widgets mounted, options drawn (calls of
``ChoicePrompt.render_strips``) on showing a question, and labels wrapped per key.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Static

from conftest import make_tree
from toolmix.load.loader import load_tree
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.safe import literal_line
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.widgets import choice_prompt
from toolmix.tui.widgets.choice_prompt import MAX_LINES, ChoicePrompt
from toolmix.tui.widgets.choices import ChoiceList


def app_for(tmp_path: Path, data: dict[str, Any]) -> ToolmixApp:
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(data))
    return make_app(load_tree(path), sessions_dir=tmp_path / "sessions")


def table(rows: int, columns: int) -> str:
    head = "| " + " | ".join(f"h{c}" for c in range(columns)) + " |\n"
    rule = "|" + "---|" * columns + "\n"
    body = "".join(
        "| " + " | ".join(f"r{r}c{c}" for c in range(columns)) + " |\n" for r in range(rows)
    )
    return f"Before the table.\n\n{head}{rule}{body}\nAfter the table."


def one_question(intro: str | None = None, **question: Any) -> dict[str, Any]:
    nodes = {
        "q": {"type": "single", "text": "Pick", "next": "end", **question},
        "end": {"type": "result", "title": "Done"},
    }
    return make_tree(nodes, **({"intro": intro} if intro else {}))


async def intro_widgets(tmp_path: Path, rows: int, columns: int) -> tuple[int, str]:
    """Widgets on the intro screen, and the text it shows."""
    data = one_question(table(rows, columns), options=[{"id": "a", "label": "A"}])
    app = app_for(tmp_path, data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, IntroScreen)
        shown = "\n".join(str(s.render()) for s in app.screen.query(Static))
        return len(app.screen.query("*")), shown


@pytest.mark.parametrize(("rows", "columns"), [(30, 20), (25, 40)])
async def test_a_big_table_in_the_intro_costs_no_widget_per_cell(
    tmp_path: Path, rows: int, columns: int
) -> None:
    small, small_text = await intro_widgets(tmp_path, rows, columns)
    large, large_text = await intro_widgets(tmp_path, 2 * rows, 2 * columns)
    assert large == small  # the same screen, however big the table
    last = f"r{2 * rows - 1}c{2 * columns - 1}"
    assert last in large_text and "After the table." in large_text
    assert f"r{rows - 1}c{columns - 1}" in small_text


def options(count: int, length: int) -> list[dict[str, Any]]:
    words = ("lorem ipsum dolor sit amet " * (length // 27 + 1))[:length]
    # Help on every other option: the help under the list comes and goes, and
    # with it the scroll bar beside the list.
    return [
        {"id": f"o{i}", "label": f"{i} {words}", **({"help": "Help. " * 80} if i % 2 else {})}
        for i in range(count)
    ]


async def drawn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, length: int, kind: str
) -> tuple[int, int, list[int], list[str]]:
    """Options drawn to show the question, their lines, labels wrapped per key, the first lines."""
    drawn: list[int] = []
    wrapped: list[str] = []
    render = ChoicePrompt.render_strips

    def counted(self: ChoicePrompt, *args: Any) -> Any:
        strips = render(self, *args)
        drawn.append(len(strips))
        return strips

    def wrapping(text: str, style: str = "") -> Any:
        wrapped.append(text)
        return literal_line(text, style)

    monkeypatch.setattr(ChoicePrompt, "render_strips", counted)
    monkeypatch.setattr(choice_prompt, "literal_line", wrapping)
    # Each app keeps its sessions in a folder of its own: the ticks of a first run are a draft
    # that is kept, and a second app in the same folder would open on the offer to resume it.
    folder = tmp_path / f"{count}-{length}"
    folder.mkdir()
    app = app_for(folder, one_question(type=kind, options=options(count, length)))
    per_key = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen)
        shown, lines = len(drawn), sum(drawn)
        for key in ("down", "down", "up", "space", "down", "end", "home"):
            wrapped.clear()
            await pilot.press(key)
            await pilot.pause()
            per_key.append(len(wrapped))
        choices = app.screen.query_one(ChoiceList)
        assert choices.highlighted == 0
        first = [choices.render_line(y).text.rstrip() for y in range(MAX_LINES + 1)]
    return shown, lines, per_key, first


@pytest.mark.parametrize("kind", ["single", "multi"])
async def test_long_options_cost_the_same_to_show_and_little_per_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    shown, lines, per_key, first = await drawn(tmp_path, monkeypatch, 40, 4000, kind)
    longer, longer_lines, longer_keys, _ = await drawn(tmp_path, monkeypatch, 80, 8000, kind)
    assert lines <= shown * MAX_LINES and longer_lines <= longer * MAX_LINES
    assert longer_lines <= 2.5 * lines  # twice the options, twice the text
    # The help under the list changes its width (a scroll bar comes and goes):
    # each width is measured once, not on every key.
    for count, keys in ((40, per_key), (80, longer_keys)):
        assert keys[0] <= count + 4 and max(keys[1:]) <= 4, keys
    # A long label, cut short: MAX_LINES lines, then the next option.
    tick = "[ ] " if kind == "multi" else ""
    assert first[0].startswith(f"> 1 {tick}0 lorem") and first[MAX_LINES - 1].endswith("…")
    assert first[MAX_LINES].startswith("  2 ")
