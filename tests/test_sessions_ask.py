"""`toolmix ask` beside an open app window: a session file of its own, neither walk lost."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import TREES
from terminal import toolmix_command
from toolmix.engine.session import Session
from toolmix.files.userdirs import sessions_dir
from toolmix.load.loader import load_tree
from toolmix.store.autosave import claim

FIVE = {"name": "ACME", "audience": "b2c", "formats": ["video"], "camera": "yes", "hours": 3}


def test_ask_never_takes_or_overwrites_the_file_an_open_window_holds(tmp_path: Path) -> None:
    window = claim(sessions_dir(), "tiny")  # an app window with five answers, still open
    session = Session(load_tree(TREES / "tiny.json"))
    for value in FIVE.values():
        session.answer(value)
    window.autosave.save(session)
    try:
        asked = subprocess.run(
            [toolmix_command(), "ask", str(TREES / "tiny.json")],
            input="BEE\n",
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=60,
        )
        assert "unfinished session" not in asked.stdout  # the window's walk is the window's
        assert json.loads(window.autosave.path.read_text())["answers"] == FIVE
        own = json.loads((sessions_dir() / "tiny+2.json").read_text())
        assert own["answers"] == {"name": "BEE"}
    finally:
        window.autosave.release()
