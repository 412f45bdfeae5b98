"""The app with hostile files around it: the picker lists them as broken, resume skips them.

Run in a child process with a timeout: a named pipe in the trees folder used
to block the picker forever, and a regression must fail the test, not hang it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import TREES

CHILD = r"""
import asyncio, json, os, sys
from pathlib import Path

from textual.notifications import Notify
from toolmix.tui.app import make_app
from toolmix.tui.screens.picker import PickerScreen
from toolmix.tui.screens.question import QuestionScreen

folder, sessions = Path(sys.argv[1]), Path(sys.argv[2])

async def main():
    out = {}
    notices = []

    def hook(message):
        if isinstance(message, Notify):
            notices.append(message.notification.message)

    app = make_app(trees_dirs=[folder], sessions_dir=sessions)
    async with app.run_test(size=(100, 32), notifications=True, message_hook=hook) as pilot:
        screen = app.screen
        out["picker"] = isinstance(screen, PickerScreen)
        out["trees"] = {f.id: f.first_error.message if f.first_error else None
                        for f in screen.catalogue.trees}
        trees = screen.query_one("#trees")
        trees.highlighted = [f.id for f in screen.catalogue.trees].index("tiny")
        await pilot.press("enter")
        for _ in range(40):
            await pilot.pause(0.05)
            if isinstance(app.screen, QuestionScreen) or app.screen is not screen:
                break
        out["after"] = type(app.screen).__name__
        out["loaded"] = app.loaded.id if app.loaded else None
        out["notices"] = notices
    print(json.dumps(out))

asyncio.run(main())
"""


def test_the_picker_lists_a_pipe_and_a_huge_number_as_broken_and_resume_skips_one(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "trees"
    folder.mkdir()
    tiny = (TREES / "tiny.json").read_text()
    (folder / "tiny.json").write_text(tiny)
    os.mkfifo(folder / "pipe.json")
    (folder / "huge.json").write_text(
        tiny.replace('"id": "tiny"', '"id": "huge"').replace('"effort": 3', '"effort": 1e400')
    )
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    answers = {"format": 1, "tree": "tiny", "answers": {"name": "A", "hours": "@"}}
    (sessions / "tiny.json").write_text(json.dumps(answers).replace('"@"', "9" * 309))
    try:
        child = subprocess.run(
            [sys.executable, "-c", CHILD, str(folder), str(sessions)],
            capture_output=True,
            text=True,
            timeout=120,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the app blocked for 120 s on a named pipe in the trees folder")
    assert child.returncode == 0, child.stderr[-3000:]
    out = json.loads(child.stdout.strip().splitlines()[-1])
    assert out["picker"] is True
    assert out["trees"]["tiny"] is None
    assert "found a named pipe (FIFO)" in out["trees"]["pipe"]
    assert out["trees"]["huge"].startswith("1e400 is too large")
    # the saved session holds a 309-digit answer: it is not offered, the walk starts afresh
    assert out["loaded"] == "tiny" and out["after"] in ("IntroScreen", "QuestionScreen")
    assert not any("unfinished session" in n for n in out["notices"])
