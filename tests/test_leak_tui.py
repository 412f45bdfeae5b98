"""No English reaches the full-screen app in Spanish (issue 20): the main tree, walked by keys.

A persona's answers are given as a person gives them (numbers, arrows,
Space, Enter, typing) with ``--lang es``; every question, the result, the
dialogs over it and the screens that explore it are read as text from the
screenshot (tests/screen_text.py). None may hold the app's own English or
the tree's English text that the Spanish side file translates
(tests/leak_words.py). tests/test_leak_headless.py and
tests/test_e2e_leak_terminal.py are the headless and terminal halves.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from conftest import HERE, SHIPPED
from leak_words import leaks
from screen_text import screen_lines
from toolmix.load.discovery import resolve
from toolmix.model.nodes import MultiNode, NumberNode, SingleNode, TextNode
from toolmix.text.i18n import ASKED, use_language
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.screens.question import QuestionScreen
from toolmix.tui.screens.result import ResultScreen

TREE = SHIPPED / "social-tool-mix.json"
#: A shop, a practice, a guest house and a streamer: most of the tree's branches.
PERSONAS = ["local-bakery", "physio", "guest-house", "gaming-streamer"]
#: Where a screen's columns and frames part its text.
BORDERS = re.compile(r"[│▐▌▊▎█▔▁▄▀]+|\s{3,}")


def cells(lines: list[str]) -> list[str]:
    """Each run of text between the screen's borders and wide gaps, stripped."""
    return [c.strip() for line in lines for c in BORDERS.split(line) if c.strip()]


class Reader:
    """Reads each screen of one walk and keeps what was English on it."""

    def __init__(self, app: ToolmixApp, typed: list[str]) -> None:
        self.app = app
        self.typed = typed
        self.leaks: dict[str, list[str]] = {}

    async def read(self, pilot: Pilot[None], where: str) -> None:
        await pilot.pause()
        found = leaks("\n".join(cells(screen_lines(self.app))), TREE, self.typed)
        if found:
            self.leaks[f"{where} ({type(self.app.screen).__name__})"] = found


async def answer(pilot: Pilot[None], screen: QuestionScreen, node: Any, value: Any) -> None:
    """Give ``value`` as keys: an option by its place in the list, a number or text typed."""
    ids = [o.id for o in screen.step.options]
    if isinstance(node, SingleNode):
        await pilot.press("home", *["down"] * ids.index(value), "enter")
    elif isinstance(node, MultiNode):
        for option in value:
            await pilot.press("home", *["down"] * ids.index(option), "space")
        await pilot.press("enter")
    elif isinstance(node, NumberNode):
        screen.query_one("#number", Input).value = str(value)
        await pilot.press("enter")
    elif isinstance(node, TextNode):
        screen.query_one("#text", Input).value = value
        await pilot.press("enter")
    else:  # an info page
        await pilot.press("enter")
    await pilot.pause()


@pytest.mark.parametrize("persona", PERSONAS)
async def test_a_walk_in_spanish_shows_no_english(
    persona: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = json.loads((HERE / "personas" / f"{persona}.json").read_text())["answers"]
    monkeypatch.setenv(ASKED, "es")
    use_language("es")
    app = make_app(resolve(str(TREE)), sessions_dir=tmp_path / "s")
    reader = Reader(app, [a for a in answers.values() if isinstance(a, str)])
    async with app.run_test(size=(100, 32)) as pilot:
        await reader.read(pilot, "intro")
        await pilot.press("enter")
        for _step in range(80):
            screen = app.screen
            if isinstance(screen, ResultScreen):
                break
            assert isinstance(screen, QuestionScreen) and app.session is not None
            node_id = app.session.current
            await reader.read(pilot, node_id)
            await answer(pilot, screen, app.session.node, answers.get(node_id))
        assert isinstance(app.screen, ResultScreen)
        await reader.read(pilot, "result")
        for key, name in [("f1", "keys"), ("e", "export"), ("r", "start over"), ("h", "hours")]:
            await pilot.press(key)
            await reader.read(pilot, name)
            await pilot.press("escape")
        for key, name in [("w", "what if"), ("n", "why not")]:
            await pilot.press(key)
            for n in range(4):  # the first entries, each with its own details
                await reader.read(pilot, f"{name} {n + 1}")
                await pilot.press("down")
            await pilot.press("escape")
        await reader.read(pilot, "result again")
    assert reader.leaks == {}, json.dumps(reader.leaks, ensure_ascii=False, indent=0)
