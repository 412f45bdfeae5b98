"""The app under stress: tiny terminals, huge labels, many options, a huge tree."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import ROOT, TREES, make_tree
from toolmix.load.loader import load_tree
from toolmix.tui.app import make_app
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen
from toolmix.tui.widgets.choices import ChoiceList
from toolmix.tui.widgets.help_text import simple_content
from toolmix.tui.widgets.question_header import QuestionHeader

sys.path.insert(0, str(ROOT / "bench"))
from gen_tree import make_tree as make_big_tree


def write(tmp_path: Path, tree: dict[str, object]) -> Path:
    path = tmp_path / "t.json"
    path.write_text(json.dumps(tree))
    return path


async def test_resizes_down_to_40x12_and_back(tmp_path: Path) -> None:
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("enter", *"ACME", "enter")
        for size in [(80, 24), (60, 16), (40, 12), (41, 13), (120, 40), (40, 12), (100, 32)]:
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
        await pilot.press("2")  # the focused control still works
        await pilot.pause()
        assert app.session is not None and app.session.current == "formats"
        await pilot.resize_terminal(40, 12)
        for keys in (["1", "enter"], ["1"], ["enter"], ["1"]):
            await pilot.press(*keys)
            await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        await pilot.resize_terminal(40, 12)
        await pilot.press("down", "down")
        await pilot.pause()


async def test_labels_of_5000_characters_and_500_options(tmp_path: Path) -> None:
    long = "word " * 1000
    options = [
        {
            "id": f"o{i}",
            "label": f"{i} {long}" if i < 3 else f"Option {i}",
            "effects": [{"item": "a", "score": 1, "because": long}],
        }
        for i in range(500)
    ]
    tree = make_tree(
        {
            "q": {"type": "single", "text": long, "help": long, "options": options, "next": "r"},
            "r": {"type": "result", "title": long, "body": long},
        },
        items={"a": {"name": long, "group": "g", "summary": long, "cost": long}},
    )
    app = make_app(load_tree(write(tmp_path, tree)), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        choices = app.screen.query_one("#choices", ChoiceList)
        assert choices.option_count == 500
        await pilot.press("end")
        await pilot.pause()
        assert choices.highlighted == 499
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ResultScreen)
        await pilot.resize_terminal(40, 12)
        await pilot.pause()


async def test_a_10000_question_tree_walked_part_way(tmp_path: Path) -> None:
    app = make_app(load_tree(write(tmp_path, make_big_tree(10_000))), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(100, 32)) as pilot:
        for _ in range(30):
            await pilot.press("2")
        await pilot.pause()
        assert app.session is not None and len(app.session.answers) == 30
        for _ in range(10):
            await pilot.press("escape")
        await pilot.pause()
        assert len(app.session.answers) == 20
        progress = app.screen.query_one(QuestionHeader).label
        assert "Question 21 of" in progress


@pytest.mark.parametrize(
    "env", [{"NO_COLOR": "1"}, {"TERM": "dumb"}, {"TEXTUAL_COLOR_SYSTEM": "standard"}]
)
async def test_plain_terminals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    app = make_app(load_tree(TREES / "tiny.json"), sessions_dir=tmp_path / "s")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", *"ACME", "enter", "1")
        await pilot.pause()
        assert app.session is not None and app.session.current == "formats"


@pytest.mark.parametrize(
    ("source", "plain"),
    [
        ("# Title\n\nSome **bold** words.", "Title\n\nSome bold words."),
        ("- one\n- *two*\n\nAfter.", "• one\n• two\n\nAfter."),
        ("3. three\n4. four\n   - inner", "3. three\n4. four\n  • inner"),
        ("See [the site](https://example.com).", "See the site (https://example.com)."),
        ("- first line\n\n  second paragraph", "• first line\n  second paragraph"),
    ],
)
def test_simple_markdown_is_drawn_as_text(source: str, plain: str) -> None:
    content = simple_content(source)
    assert content is not None and content.plain == plain


@pytest.mark.parametrize(
    "source",
    ["> a quote", "| a |\n|---|\n| b |", "```\ncode\n```", "---", "![img](x.png)", "<b>hi</b>"],
)
def test_other_markdown_goes_to_the_markdown_widget(source: str) -> None:
    assert simple_content(source) is None


async def test_an_answer_paints_each_widget_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The structural half of the step-time target: no widget is painted twice.

    An OptionList as the answers panel was painted twice per answer (its scroll
    bar was refreshed after every layout) and re-rendered every visible line.
    """
    from textual.widget import Widget

    from toolmix.tui.widgets.answers_panel import AnswersPanel

    tree = make_big_tree(200)
    for node in tree["nodes"].values():  # type: ignore[union-attr]
        node.pop("help", None)  # every question the same shape: no size changes
    app = make_app(load_tree(write(tmp_path, tree)), sessions_dir=tmp_path / "s")
    painted: dict[str, list[int]] = {}
    render_lines = Widget.render_lines

    def counting(self: Widget, crop: object) -> object:
        painted.setdefault(f"{type(self).__name__}#{self.id}", []).append(crop.height)  # type: ignore[attr-defined]
        return render_lines(self, crop)  # type: ignore[arg-type]

    async with app.run_test(size=(100, 32)) as pilot:
        for _ in range(30):  # enough answers for the panel to scroll
            await pilot.press("1")
        await pilot.pause()
        panel = app.screen.query_one(AnswersPanel)
        assert panel.count == 30
        monkeypatch.setattr(Widget, "render_lines", counting)
        for _ in range(3):
            painted.clear()
            await pilot.press("1")
            await pilot.pause()
            assert painted, "nothing was painted"
            twice = {name: calls for name, calls in painted.items() if len(calls) > 1}
            assert not twice
            assert painted["AnswersPanel#answers"] == [panel.size.height]
            assert painted["ChoiceList#choices"]
