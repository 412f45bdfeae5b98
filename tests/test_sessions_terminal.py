"""The installed command in a real terminal: answers kept across quit, kill -9 and a second window."""

from __future__ import annotations

import json
import signal
from pathlib import Path

import pexpect
import pytest

from conftest import TREES
from terminal import CTRL_Q, ENTER, ESCAPE, Terminal, sessions

TREE = str(TREES / "tiny.json")


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    cwd, home = tmp_path / "work", tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    return cwd, home


def five_answers(term: Terminal) -> None:
    term.wait_for("Answer a few questions")
    term.send(ENTER)
    for question, keys in [
        ("What is your business called?", "ACME" + ENTER),
        ("Who buys from you?", "2"),
        ("What can you make well?", "1" + ENTER),
        ("Are you comfortable on camera?", "1"),
        ("How many hours a week", ENTER),
    ]:
        term.wait_for(question)
        term.send(keys)
    term.wait_for("Do you have a website?")


def end(term: Terminal, how: str) -> None:
    if how == "quit":
        term.send(CTRL_Q)
        term.child.expect(pexpect.EOF, timeout=15)
    else:
        term.child.kill(signal.SIGKILL)
    term.child.wait()


@pytest.mark.parametrize("how", ["quit", "kill -9"])
def test_answers_after_going_back_survive_and_are_offered_again(
    dirs: tuple[Path, Path], how: str
) -> None:
    cwd, home = dirs
    term = Terminal([TREE], cwd, home)
    try:
        five_answers(term)
        for question in ["How many hours", "comfortable on camera", "make well", "Who buys"]:
            term.send(ESCAPE, settle=0.4)
            term.wait_for(question)
        end(term, how)
    finally:
        term.close()
    again = Terminal([TREE], cwd, home)
    try:
        again.wait_for("unfinished session with 5 answers")
        again.send(ENTER)  # Resume
        again.wait_for("Who buys from you?")
        again.send(ENTER)  # the highlighted old answer, People: the four after it replayed
        again.wait_for("Do you have a website?")
        # The answers panel is drawn after the question: wait for each answer (a
        # read taken mid-redraw can hold only part of the screen).
        for shown in ["ACME", "People", "Video", "Yes", "3"]:
            again.wait_for(shown)
    finally:
        again.close()


def test_two_windows_on_one_tree_lose_neither_walk(dirs: tuple[Path, Path]) -> None:
    cwd, home = dirs
    first = Terminal([TREE], cwd, home)
    second = None
    try:
        five_answers(first)
        second = Terminal([TREE], cwd, home)
        second.wait_for("open in another toolmix window")
        assert "unfinished session" not in second.text()  # the first window's walk is its own
        second.send(ENTER)  # past the intro
        second.wait_for("What is your business called?")
        second.send("BEE" + ENTER)
        second.wait_for("Who buys from you?")
        end(first, "kill -9")
        end(second, "quit")
    finally:
        first.close()
        if second is not None:
            second.close()
    saved = {p.name: json.loads(p.read_text())["answers"] for p in sessions(home).glob("*.json")}
    assert saved == {
        "tiny.json": {
            "name": "ACME",
            "audience": "b2c",
            "formats": ["video"],
            "camera": "yes",
            "hours": 3,
        },
        "tiny+2.json": {"name": "BEE"},
    }


@pytest.mark.parametrize("how", ["quit", "kill -9"])
def test_ticks_not_yet_confirmed_survive_and_come_back_ticked(
    dirs: tuple[Path, Path], how: str
) -> None:
    """newuser6 #10: a tick on an unfinished multi question was lost on quitting."""
    cwd, home = dirs
    term = Terminal([TREE], cwd, home)
    try:
        for shown, keys in [
            ("Answer a few questions", ENTER),
            ("What is your business called?", "ACME" + ENTER),
            ("Who buys from you?", "2"),
        ]:
            term.wait_for(shown)
            term.send(keys)
        term.wait_for("What can you make well?")
        term.send("2", settle=1.0)  # Photos ticked, not confirmed; saved within the delay
        end(term, how)
    finally:
        term.close()
    draft = json.loads((sessions(home) / "tiny.json").read_text())["x-drafts"]
    assert draft == {"formats": ["photos"]}
    again = Terminal([TREE], cwd, home)
    try:
        again.wait_for("unfinished session with 2 answers")
        again.send(ENTER)  # Resume
        again.wait_for("What can you make well?")
        again.send(ENTER)  # Continue: the ticks shown are the answer
        again.wait_for("How many hours a week")  # no camera question without video
        assert "Photos" in again.text() and "Video" not in again.text()
    finally:
        again.close()
