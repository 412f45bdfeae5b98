"""Pilot steps the app's tests share: a walk to the result, keys one at a time, waiting for a state.

``STEADY`` and :func:`to_steady_result` walk tests/trees/tiny.json to "The
steady mix"; :func:`walk_to_result` walks any tree with its first answers.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from conftest import TREES
from toolmix.load.loader import load_tree
from toolmix.model.nodes import InfoNode, MultiNode, NumberNode, SingleNode, TextNode
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.result import ResultScreen

TINY = TREES / "tiny.json"
#: tiny.json's intro, then ACME, people, photos, 3 hours (the default), a website: "The steady mix".
STEADY = ["enter", *"ACME", "enter", "2", "2", "enter", "enter", "1"]
#: The answers STEADY gives.
ANSWERS = {"name": "ACME", "audience": "b2c", "formats": ["photos"], "hours": 3, "site": "yes"}


def app_for(tree: Path, tmp_path: Path) -> ToolmixApp:
    """The app on this tree, its sessions kept under ``tmp_path``."""
    return make_app(load_tree(tree), sessions_dir=tmp_path / "sessions")


def app_in(tmp_path: Path) -> ToolmixApp:
    """The app on tiny.json."""
    return app_for(TINY, tmp_path)


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Each key, then a pause, as a person types: every screen is drawn before the next key."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def to_steady_result(pilot: Pilot[None], app: ToolmixApp) -> ResultScreen:
    """tiny.json walked by :data:`STEADY`; its result screen."""
    await press(pilot, *STEADY)
    assert isinstance(app.screen, ResultScreen)
    return app.screen


async def answer_with_keys(pilot: Pilot[None], app: ToolmixApp, text: str = "ACME") -> None:
    """One step, the way a person would: digits, Enter, typing (``text`` in a text field)."""
    assert app.session is not None
    node = app.session.node
    if isinstance(node, InfoNode):
        await pilot.press("enter")
    elif isinstance(node, SingleNode):
        await pilot.press("1")
    elif isinstance(node, MultiNode):
        await pilot.press("1", "enter")
    elif isinstance(node, NumberNode):
        await pilot.press("enter")  # the pre-filled default
    elif isinstance(node, TextNode):
        await pilot.press(*text, "enter")
    await pilot.pause()


async def walk_to_result(pilot: Pilot[None], app: ToolmixApp, limit: int = 60) -> None:
    """Past the intro, then the first answer to every question, until the result."""
    if isinstance(app.screen, IntroScreen):
        await pilot.press("enter")
        await pilot.pause()
    for _ in range(limit):
        if isinstance(app.screen, ResultScreen):
            return
        await answer_with_keys(pilot, app)
    raise AssertionError("no result reached")


async def wait_for(
    pilot: Pilot[None], condition: Callable[[], object], timeout: float = 10
) -> None:
    """Until ``condition()`` holds (a worker, a file, a timer's effect), at most ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met")
        await pilot.pause(0.02)
