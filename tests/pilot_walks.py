"""The app's tests share these: apps on the test trees, Pilot walks, keys one at a time, snapshots.

``STEADY`` and :func:`to_steady_result` walk tests/trees/tiny.json to "The
steady mix" (:func:`walked`: the same answers given to a Session);
:func:`walk_to_result` walks any tree with its first answers;
:func:`salon_app` opens the UI tree's result for a hair salon.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.pilot import Pilot
from textual.widgets import Input

from conftest import TREES, UI_MAIN
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.session import Session
from toolmix.load.loader import load_tree
from toolmix.model.nodes import InfoNode, MultiNode, NumberNode, SingleNode, TextNode
from toolmix.tui.app import ToolmixApp, make_app
from toolmix.tui.dialogs.export import ExportDialog
from toolmix.tui.screens.intro import IntroScreen
from toolmix.tui.screens.result import ResultScreen

TINY = TREES / "tiny.json"
#: tiny.json's intro, then ACME, people, photos, 3 hours (the default), a website: "The steady mix".
STEADY = ["enter", *"ACME", "enter", "2", "2", "enter", "enter", "1"]
#: The answers STEADY gives.
ANSWERS = {"name": "ACME", "audience": "b2c", "formats": ["photos"], "hours": 3, "site": "yes"}
#: The terminal sizes most app tests run at: the smallest usual one and the default snapshot size.
SIZES = [(80, 24), (100, 32)]
#: A tree whose result has long lists: an outpost ruled out, groups that fill up.
LONG = TREES / "layout" / "long-multi.json"
#: A hair salon's answers to the UI tree: a plan with This week and Every week.
SALON = {
    "name": "Shear Joy",
    "kind": "shop",
    "goal": "sell",
    "local": "local",
    "homebase": "neither",
    "already": ["instagram"],
    "gather": ["facebook", "instagram"],
    "gather-top": "instagram",
    "age": "middle",
    "video": "hands",
    "formats": ["photos"],
    "hours": 2,
    "money": "little",
    "questions": "often",
    "reviews": "sometimes",
    "talk": "weekly",
}


def app_for(tree: Path, tmp_path: Path) -> ToolmixApp:
    """The app on this tree, its sessions kept under ``tmp_path``."""
    return make_app(load_tree(tree), sessions_dir=tmp_path / "sessions")


def app_in(tmp_path: Path) -> ToolmixApp:
    """The app on tiny.json."""
    return app_for(TINY, tmp_path)


def app_with_settings(tmp_path: Path) -> ToolmixApp:
    """The app on tiny.json, its settings kept in ``tmp_path`` too (the export remembers a folder)."""
    return make_app(
        load_tree(TINY),
        sessions_dir=tmp_path / "sessions",
        settings_path=tmp_path / "settings.json",
    )


def salon_app(tmp_path: Path) -> ToolmixApp:
    """The app opened on the UI tree walked with :data:`SALON`'s answers: on the result."""
    loaded = load_tree(UI_MAIN)
    path = tmp_path / "salon.json"
    path.write_text(json.dumps({"format": 1, "tree": loaded.id, "answers": SALON}))
    session, _warnings = replay(loaded, read_answers(path))
    assert session.finished
    return make_app(loaded, sessions_dir=tmp_path / "s", opened=session)


def walked(answers: dict[str, object]) -> Session:
    """tiny.json answered with ``answers`` by the Session alone, to its end."""
    session = Session(load_tree(TINY))
    while not session.finished:
        session.answer(answers[session.current])
    return session


def touched(path: Path, data: dict[str, Any]) -> None:
    """A watched tree written again so that its size changes too (a same-second write is still seen)."""
    data["x-note"] = "changed" * (len(path.read_text()) % 7 + 1)
    path.write_text(json.dumps(data))


async def press(pilot: Pilot[None], *keys: str) -> None:
    """Each key, then a pause, as a person types: every screen is drawn before the next key."""
    for key in keys:
        await pilot.press(key)
        await pilot.pause()


async def to_formats(pilot: Pilot[None], app: ToolmixApp) -> None:
    """tiny.json past the intro (when shown), named acme, People: on the formats question."""
    if isinstance(app.screen, IntroScreen):
        await pilot.press("enter")
        await pilot.pause()
    await pilot.press("a", "c", "m", "e", "enter")  # name
    await pilot.pause()
    await pilot.press("2")  # audience: People
    await pilot.pause()


async def to_long_result(pilot: Pilot[None], app: ToolmixApp) -> None:
    """:data:`LONG`: Nearby (X is ruled out), seven outposts ticked (some groups full), 2 hours."""
    await pilot.press("1")
    await pilot.pause()
    await pilot.press(*"1234567", "enter")
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, ResultScreen)
    await pilot.press("m")  # the mix's tab (the result opens on the plan)
    await pilot.pause()


async def open_export_dialog(pilot: Pilot[None], app: ToolmixApp) -> ExportDialog:
    """The export dialog, opened from the result (walked to first with the first answers)."""
    if not isinstance(app.screen, ResultScreen):
        await walk_to_result(pilot, app)
    await pilot.press("e")
    await pilot.pause()
    assert isinstance(app.screen, ExportDialog)
    return app.screen


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


async def no_blink(pilot: Pilot[None]) -> None:
    """Text fields without a blinking cursor, so that a snapshot does not depend on the moment."""
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def snap(snap_compare, app: ToolmixApp, keys: list[str], size: tuple[int, int] = (100, 32)) -> bool:  # type: ignore[no-untyped-def]
    """``app`` after ``keys`` matches its snapshot (pytest-textual-snapshot's ``snap_compare``)."""

    async def before(pilot: Pilot[None]) -> None:
        await pilot.press(*keys)
        await pilot.pause()
        await no_blink(pilot)

    return bool(snap_compare(app, terminal_size=size, run_before=before))
