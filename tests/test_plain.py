"""`toolmix ask` and the automatic plain mode: the walk as line-by-line prompts."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest

from conftest import TREES
from terminal import toolmix_command
from toolmix.load.loader import load_tree
from toolmix.plain import PlainWalk, Stopped

TINY = str(TREES / "tiny.json")


def walk(lines: list[str]) -> tuple[PlainWalk, str]:
    out = io.StringIO()
    plain = PlainWalk(load_tree(TINY), io.StringIO("\n".join(lines) + "\n"), out)
    plain.run()
    return plain, out.getvalue()


def test_a_whole_walk_with_numbers() -> None:
    plain, out = walk(["ACME", "2", "1,2", "1", "", "1"])
    assert plain.session.finished
    assert plain.session.answers == {
        "name": "ACME",
        "audience": "b2c",
        "formats": ["video", "photos"],
        "camera": "yes",
        "hours": 3,
        "site": "yes",
    }
    assert "  1. Businesses\n  2. People" in out
    assert "\x1b" not in out


def test_back_help_and_bad_input() -> None:
    plain, out = walk(["ACME", "?", "7", "x", "b", "ACME2", "1", "4", "", "1"])
    assert "Pick the main group." in out
    assert out.count("Not accepted: type a number from 1 to 2") == 2
    assert plain.session.answers["name"] == "ACME2"
    assert plain.session.answers["formats"] == ["none"]


def test_changing_an_answer_says_what_was_dropped() -> None:
    plain, out = walk(["ACME", "2", "1", "1", "b", "b", "2", "", "1"])
    assert "Dropped your answer to “Are you comfortable on camera?”: it no longer applies" in out
    assert plain.session.finished and "camera" not in plain.session.answers


def test_input_ending_early_stops_cleanly() -> None:
    with pytest.raises(Stopped):
        walk(["ACME"])


def toolmix(args: list[str], stdin: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command with its input piped in (so no terminal)."""
    return subprocess.run(
        [toolmix_command(), *args], input=stdin, capture_output=True, text=True, cwd=cwd, timeout=60
    )


def test_the_command_prints_the_result_as_plain_text(tmp_path: Path) -> None:
    done = toolmix(["ask", TINY], "ACME\n2\n2\n\n1\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "\nACME: The steady mix\n" in done.stdout and "# ACME" not in done.stdout


def test_plain_mode_is_chosen_when_output_is_not_a_terminal(tmp_path: Path) -> None:
    done = toolmix([TINY], "ACME\n2\n2\n\n1\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "not a full terminal here" in done.stderr
    assert "\nACME: The steady mix\n" in done.stdout


def test_early_end_of_input_exits_1_with_a_message(tmp_path: Path) -> None:
    done = toolmix(["ask", TINY], "ACME\n", tmp_path)
    assert done.returncode == 1
    assert "input ended" in done.stderr and "Traceback" not in done.stderr


SHIPPED = Path(__file__).parent.parent / "trees"


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("name", ["social-tool-mix", "community-platform", "tiny"])
def test_ask_says_the_title_once(name: str, lang: str) -> None:
    """newuser6 #10: the title, then the intro's own heading saying it again."""
    from toolmix.load.translate.side import translated
    from toolmix.text.i18n import use_language

    path = TREES / "tiny.json" if name == "tiny" else SHIPPED / f"{name}.json"
    use_language(lang)  # put back after each test (conftest)
    loaded = translated(load_tree(path))
    out = io.StringIO()
    with pytest.raises(Stopped):
        PlainWalk(loaded, io.StringIO(""), out, width=500).run()
    title = loaded.tree.title
    assert out.getvalue().count(title) == 1, out.getvalue()[:300]
    assert out.getvalue().startswith(title)


@pytest.mark.parametrize(
    ("intro", "kept"),
    [
        ("# Your mix\n\nHello.", "Hello."),
        ("  ## your MIX ##\nHello.", "Hello."),
        ("# Before you start\n\nHello.", "# Before you start\n\nHello."),
        ("Your mix is here.", "Your mix is here."),
    ],
)
def test_only_a_heading_that_is_the_title_is_left_out(intro: str, kept: str) -> None:
    from toolmix.plain import without_title

    assert without_title(intro, "Your mix") == kept
