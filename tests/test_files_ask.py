"""``toolmix ask``: prompts in the app's words, Markdown as plain text, autosave and resume."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import TREES, tiny_data
from terminal import toolmix_command
from toolmix.load.loader import load_tree
from toolmix.plain import PlainWalk, Stopped
from toolmix.store.autosave import Autosave
from toolmix.text.markdown_plain import plain_text

TINY = str(TREES / "tiny.json")


def tree_file(folder: Path, **changes: Any) -> Path:
    """tiny.json with some top-level keys replaced, and its nodes' keys patched."""
    data = tiny_data()
    for node_id, keys in changes.pop("nodes", {}).items():
        data["nodes"][node_id].update(keys)
    data.update(changes)
    path = folder / "tiny.json"
    path.write_text(json.dumps(data))
    return path


def walk(tree: Path | str, lines: list[str], saves: Path | None = None) -> tuple[PlainWalk, str]:
    out = io.StringIO()
    loaded = load_tree(tree)
    stdin = io.StringIO("\n".join(lines) + "\n")
    if saves is None:
        plain = PlainWalk(loaded, stdin, out)
    else:
        plain = PlainWalk(loaded, stdin, out, Autosave(saves, loaded.id))
    with contextlib.suppress(Stopped):  # the walks here may end before the result
        plain.run()
    return plain, out.getvalue()


def test_enter_for_none_is_offered_only_where_it_is_accepted(tmp_path: Path) -> None:
    plain, out = walk(TINY, ["ACME", "2", ""], None)
    assert "Choose at least 1" not in out and "choose at least 1" in out
    assert "Enter for none" not in out  # 'formats' takes at least one
    assert "Not accepted" in out and "formats" not in plain.session.answers
    optional = tree_file(tmp_path, nodes={"formats": {"min": 0}})
    plain, out = walk(optional, ["ACME", "2", "", "", "1"])
    assert "or just Enter for none: " in out
    assert plain.session.finished and plain.session.answers["formats"] == []


def test_ranges_are_worded_as_in_the_app() -> None:
    _, out = walk(TINY, ["ACME", "2", "1", "1"])
    assert "  under 2: very little\n  2+: some\n" in out
    assert ".." not in out
    assert "A number (hours a week), 0 to 40; Enter for 3: " in out


INTRO = """# Welcome to **the mix**

It takes *about* five minutes. See [the guide](https://example.com/guide).

- one `thing`
- another
"""


def test_the_intro_and_the_help_are_plain_text(tmp_path: Path) -> None:
    tree = tree_file(tmp_path, intro=INTRO, nodes={"audience": {"help": "Pick the **main** one."}})
    _, out = walk(tree, ["ACME", "?"])
    assert (
        "Welcome to the mix\n\nIt takes about five minutes. See the guide "
        "(https://example.com/guide).\n\n- one thing\n- another\n"
    ) in out
    assert "Pick the main one." in out
    assert not any(mark in out for mark in ("#", "**", "`", "]("))


@pytest.mark.parametrize(
    "source, text",
    [
        ("## Heading\n\npara", "Heading\n\npara"),
        ("1. a\n2. b\n\n   more of b", "1. a\n2. b\n   more of b"),
        ("- a\n  - nested", "- a\n  - nested"),
        ("> quoted", "  quoted"),
        ("| a | b |\n|---|---|\n| 1 | **2** |", "a: 1; b: 2."),
        ("| h | j |\n|---|---|\n| 1 | — |", "h: 1."),
        ("```\ncode *kept*\n```", "    code *kept*"),
        ("<b>html</b> is text", "<b>html</b> is text"),
        ("<https://example.com>", "https://example.com"),
        ("![a logo](x.png)", "a logo"),
        ("bell \x07 and \x1b[2J escape", "bell  and [2J escape"),
    ],
)
def test_markdown_as_plain_text(source: str, text: str) -> None:
    assert plain_text(source) == text


def test_an_interrupted_walk_is_offered_again(tmp_path: Path) -> None:
    saves = tmp_path / "sessions"
    walk(TINY, ["ACME", "2"], saves)  # the input ends at the third question
    plain, out = walk(TINY, ["", "1", "1", "", "1"], saves)
    assert "You have an unfinished session with 2 answers. Resume it?" in out
    assert "Answer a few questions." not in out  # no intro on resuming, as in the app
    assert plain.session.finished
    assert plain.session.answers["name"] == "ACME" and plain.session.answers["audience"] == "b2c"
    assert json.loads((saves / "tiny.json").read_text())["x-finished"] is True


def test_starting_afresh_instead(tmp_path: Path) -> None:
    saves = tmp_path / "sessions"
    walk(TINY, ["ACME", "2"], saves)
    plain, out = walk(TINY, ["n", "Other"], saves)
    assert "Answer a few questions." in out
    assert plain.session.answers == {"name": "Other"}


def test_the_command_saves_and_resumes(tmp_path: Path) -> None:
    def ask(stdin: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [toolmix_command(), "ask", TINY],
            input=stdin,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            timeout=60,
        )

    first = ask("ACME\n2\n")
    assert first.returncode == 1
    assert "your answers are saved" in first.stderr
    second = ask("\n2\n\n1\n")
    assert second.returncode == 0, second.stderr
    assert "unfinished session with 2 answers" in second.stdout
    assert "\nACME: The steady mix" in second.stdout
