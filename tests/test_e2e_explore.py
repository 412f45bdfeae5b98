"""End to end: the installed command in a real terminal explores the result and adopts an alternative."""

from __future__ import annotations

import json
from pathlib import Path

import pexpect

from conftest import TREES
from terminal import CTRL_Q, ENTER, ESCAPE, Terminal, sessions


def test_what_if_then_adopt_in_a_real_terminal(tmp_path: Path) -> None:
    cwd, home = tmp_path / "work", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    term = Terminal([str(TREES / "tiny.json")], cwd, home, size=(80, 24))
    try:
        term.wait_for("Answer a few questions")
        term.send(ENTER)
        for question, keys in [
            ("What is your business called?", "ACME" + ENTER),
            ("Who buys from you?", "2"),
            ("What can you make well?", "2" + ENTER),
            ("How many hours a week", ENTER),
            ("Do you have a website?", "1"),
        ]:
            term.wait_for(question)
            term.send(keys)
        term.wait_for("What would change")  # the tab that holds What matters most
        term.send("2")  # the hours
        term.wait_for("What if you answered otherwise?")
        term.wait_for("With 0 hours a week")
        term.send(ESCAPE)  # nothing changes
        term.wait_for("What would change")  # the tab that holds What matters most
        term.send("2")
        term.wait_for("Or type a number")
        term.send("6" + ENTER)  # a digit goes to the number field
        term.wait_for("With 6 hours a week")
        term.wait_for("+ TikTok")
        term.send(ENTER)  # adopted
        term.wait_for("Since your last result")
        term.wait_for("Time: about 6 hours of your 6 hours a week")
        (saved,) = sessions(home).glob("*.json")
        answers = json.loads(saved.read_text())["answers"]
        assert answers == {
            "name": "ACME",
            "audience": "b2c",
            "formats": ["photos"],
            "hours": 6,
            "site": "yes",
        }
        term.send(CTRL_Q)
        term.child.expect(pexpect.EOF, timeout=15)
    finally:
        term.close()
