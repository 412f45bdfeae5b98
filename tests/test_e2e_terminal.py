"""End to end: the installed command in a real pseudo-terminal, answered with keys."""

from __future__ import annotations

import json
import re
import signal
from pathlib import Path

import pytest

from conftest import TREES, write_tiny
from terminal import CTRL_Q, ENTER, Terminal, sessions


@pytest.fixture
def term_dirs(tmp_path: Path) -> tuple[Path, Path]:
    cwd = tmp_path / "work"
    home = tmp_path / "home"
    cwd.mkdir()
    home.mkdir()
    return cwd, home


def walk_tiny(term: Terminal, intro: bool = True) -> None:
    if intro:
        term.wait_for("Answer a few questions")
        term.send(ENTER)
    term.wait_for("What is your business called?")
    term.send("ACME" + ENTER)
    term.wait_for("Who buys from you?")
    term.send("2")
    term.wait_for("What can you make well?")
    term.send("2" + ENTER)
    term.wait_for("How many hours a week")


def test_answer_a_tree_with_keys_and_export(term_dirs: tuple[Path, Path]) -> None:
    cwd, home = term_dirs
    term = Terminal([str(TREES / "tiny.json")], cwd, home)
    try:
        walk_tiny(term)
        term.send(ENTER)  # the default, 3 hours
        term.wait_for("Do you have a website?")
        term.send("1")
        term.wait_for("ACME: The steady mix")
        term.wait_for("Your mix")
        term.send("e")
        term.wait_for("Export your mix")
        term.send(ENTER)
        term.wait_for("Saved")
        exported = (cwd / "acme-tiny.md").read_text()  # named after the subject and tree
        assert exported.startswith("# ACME: The steady mix")
        assert "### This week" in exported and "**Instagram**: Post three photos" in exported
        term.send(CTRL_Q)
        term.child.expect(__import__("pexpect").EOF, timeout=10)
    finally:
        term.close()


@pytest.mark.parametrize("intro", [True, False], ids=["after the intro", "over a question"])
def test_killed_app_resumes_with_every_confirmed_answer(
    intro: bool, term_dirs: tuple[Path, Path]
) -> None:
    """Without an intro the question screen is first, and the offer goes on top of it."""
    cwd, home = term_dirs
    tree = str(TREES / "tiny.json" if intro else write_tiny(cwd))
    term = Terminal([tree], cwd, home)
    try:
        walk_tiny(term, intro)
        term.child.kill(signal.SIGKILL)
        term.child.wait()
    finally:
        term.close()
    again = Terminal([tree], cwd, home)
    try:
        again.wait_for("unfinished session with 3 answers")
        again.send(ENTER)  # Resume
        again.wait_for("How many hours a week")
        again.wait_for("ACME")  # the answers panel, drawn in the same frame or the next
    finally:
        again.close()


def test_hostile_tree_sends_no_escape_sequence_of_its_own(term_dirs: tuple[Path, Path]) -> None:
    cwd, home = term_dirs
    term = Terminal([str(TREES / "hostile.json")], cwd, home)
    try:
        term.wait_for("Heading in intro")
        term.send(ENTER)
        term.wait_for("Name? [b]bold[/b]")
        term.send(ENTER)
        term.wait_for("Pick [/]")
        # Waited for, not read at once: a frame reaches the pseudo-terminal in
        # pieces (the pty hands it over a few KiB at a time), so the question's
        # line can be on screen a read before its options are.
        term.wait_for("[@click=app.quit]quit[/]")
        raw = bytes(term.raw)
        for evil in (b"\x1b]0;pwned", b"\x1b]8;;https://evil", b"\x1b[2J", b"\x1bP1337"):
            assert evil not in raw, evil
        # Every OSC is Textual's own pointer-shape request; no DCS at all; CSI
        # sequences only of the kinds Textual itself sends.
        for osc in re.findall(rb"\x1b\]([^\x07\x1b]*)", raw):
            assert re.fullmatch(rb"22;[a-z-]+", osc), osc
        assert b"\x1bP" not in raw
        finals = {m[-1:] for m in re.findall(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]", raw)}
        assert finals <= {b"H", b"h", b"l", b"m", b"p", b"u"}, finals
        decoded = raw.decode("utf-8", errors="replace")
        assert not re.search("[\x80-\x9f\u202a-\u202e\u2066-\u2069]", decoded)
        assert term.child.isalive()
    finally:
        term.close()


def test_the_name_typed_with_the_start_key_is_saved(term_dirs: tuple[Path, Path]) -> None:
    """newuser7 finding 7: Enter on the intro, the name and Enter in one write
    (faster than any typist): the name used to be saved empty."""
    cwd, home = term_dirs
    term = Terminal([str(TREES / "tiny.json")], cwd, home)
    try:
        term.wait_for("Answer a few questions")
        term.send(ENTER + "AC[M]E" + ENTER)
        term.wait_for("Who buys from you?")
        saved = [json.loads(p.read_text()) for p in sessions(home).glob("*.json")]
        assert [s["answers"] for s in saved] == [{"name": "AC[M]E"}]
    finally:
        term.close()
