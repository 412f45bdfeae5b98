"""``toolmix ask`` from the new-user test: ``q`` quits and keeps the answers (as the
end of the input does), Enter keeps the answer given before, and the lines wrap
at the terminal's width (80 columns when it is unknown)."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pytest

from conftest import TREES
from terminal import toolmix_command
from toolmix.files.userdirs import sessions_dir
from toolmix.load.loader import load_tree
from toolmix.model.nodes import MultiNode
from toolmix.plain import PlainWalk, Quit
from toolmix.text.wrap import wrap_line, wrap_prompt

TINY = TREES / "tiny.json"
LONG = TREES / "layout" / "long-multi.json"


class Terminal(io.StringIO):
    """Input typed at a terminal: each line shown after its prompt, as the terminal echoes it."""

    def __init__(self, typed: str, screen: io.StringIO) -> None:
        super().__init__(typed)
        self.screen = screen

    def readline(self, size: int | None = -1) -> str:
        line = super().readline()
        self.screen.write(line)
        return line


def ask(typed: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [toolmix_command(), "ask", str(TINY)],
        input=typed,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


@pytest.mark.parametrize("typed", ["q", "Q"])
def test_q_quits_and_the_answers_are_offered_again(tmp_path: Path, typed: str) -> None:
    said = ask(f"ACME\n2\n{typed}\n", tmp_path)
    assert said.returncode == 0, said.stderr
    words = " ".join(said.stderr.split())
    assert "your answers are saved: the same command offers them again" in words
    saved = json.loads((sessions_dir() / "tiny.json").read_text())
    assert saved["answers"] == {"name": "ACME", "audience": "b2c"}
    # The same command offers them; Enter resumes at the question q left.
    said = ask("\nq\n", tmp_path)
    assert "unfinished session with 2 answers" in said.stdout
    assert said.stdout.rstrip().endswith("e.g. 1,3; choose at least 1:")  # formats, again
    assert said.returncode == 0


def test_q_in_a_walk_is_a_quit_not_an_answer() -> None:
    walk = PlainWalk(load_tree(TINY), io.StringIO("q\n"), io.StringIO())
    with pytest.raises(Quit):
        walk.run()
    assert walk.session.answers == {}


def test_enter_keeps_each_earlier_answer() -> None:
    # name, audience, formats, camera, hours; then back to each in turn, and Enter.
    rounds = [["b"] * k + [""] for k in range(1, 6)]
    typed = ["ACME", "2", "1,2", "1", "6", *(line for lines in rounds for line in lines)]
    out = io.StringIO()
    walk = PlainWalk(load_tree(TINY), io.StringIO("\n".join(typed) + "\n"), out)
    for _ in range(5):
        walk.step()
    given, where = dict(walk.session.answers), walk.session.current
    assert given["name"] == "ACME" and len(given["formats"]) == 2 and given["hours"] == 6
    questions = ["hours", "camera", "formats", "audience", "name"]
    for lines, question in zip(rounds, questions, strict=True):
        for line in lines:
            if not line:
                assert walk.session.current == question
            walk.step()
        assert walk.session.answers == given, question
        assert walk.session.current == where  # the same answer: on where the walk was
    text = out.getvalue()
    assert "Not accepted" not in text
    assert "Your answer (Enter keeps “ACME”): " in text
    assert "Type a number from 1 to 2, or just Enter to keep your earlier answer: " in text
    assert "; Enter for 6: " in text  # the earlier answer, not the default (3)
    assert "or just Enter to keep your earlier answer" in " ".join(text.split())  # formats


def test_zero_clears_an_earlier_multi_answer_where_none_is_allowed(tmp_path: Path) -> None:
    data = json.loads(TINY.read_text(encoding="utf-8"))
    data["nodes"]["formats"]["min"] = 0
    (tmp_path / "none.json").write_text(json.dumps(data), encoding="utf-8")
    typed = ["ACME", "2", "1,2", "b", "0"]
    out = io.StringIO()
    walk = PlainWalk(load_tree(tmp_path / "none.json"), io.StringIO("\n".join(typed) + "\n"), out)
    for _ in typed:
        walk.step()
    assert walk.session.answers["formats"] == []
    assert "0 for none, or just Enter to keep your earlier answer" in " ".join(
        out.getvalue().split()
    )


@pytest.mark.parametrize(("columns", "width"), [(None, 80), ("40", 40), ("120", 120)])
def test_the_walk_wraps_at_the_terminal_width(
    monkeypatch: pytest.MonkeyPatch, columns: str | None, width: int
) -> None:
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    out = io.StringIO()
    walk = PlainWalk(load_tree(LONG), Terminal("1\n?\n1,12\n", out), out)
    assert walk.width == width
    for _ in range(3):
        walk.step()
    lines = out.getvalue().split("\n")
    assert max(len(line) for line in lines) <= width
    if width < 100:  # the long question and its options do not fit: wrapped, not cut
        assert any(len(line) > width - 15 for line in lines)
        assert "Where do your customers already spend time online, as far as you know?" in (
            " ".join(out.getvalue().split())
        )


def test_a_wrapped_line_goes_on_under_its_text() -> None:
    assert wrap_line("  12. one two three four", 14) == [
        "  12. one two",
        "      three",
        "      four",
    ]
    assert wrap_line("- a list item that wraps", 12) == ["- a list", "  item that", "  wraps"]
    assert wrap_line("https://example.com/a/very/long/address", 10) == [
        "https://example.com/a/very/long/address"
    ]
    assert wrap_line("short", 80) == ["short"]
    assert wrap_prompt("Type a number from 1 to 8: ", 12) == "Type a\nnumber from\n1 to 8: "


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("given", [False, True])
def test_ticks_kept_from_before_a_quit_are_not_called_an_answer(language: str, given: bool) -> None:
    """A draft resumed (ticks never given) says so; an answer given before keeps its words."""
    from toolmix.engine.drafts import keep_draft
    from toolmix.engine.step import step_for
    from toolmix.text.i18n import _, use_language

    use_language(language)
    screen = io.StringIO()
    walk = PlainWalk(load_tree(TINY), Terminal("\n", screen), screen, width=200)
    walk.session.answer("ACME")
    walk.session.answer("b2c")
    if given:  # formats answered, then the walk back on it
        walk.session.answer(["photos"])
        walk.session.back()
    else:  # photos ticked, not given, as a resumed session brings it back
        assert keep_draft(walk.session, "formats", ["photos"])
    assert walk.prompt(step_for(walk.session)) == ""
    shown = screen.getvalue()
    drafted, earlier = _("{label} (what you had ticked)"), _("{label} (your earlier answer)")
    formats = walk.session.nodes["formats"]
    assert isinstance(formats, MultiNode)
    photos = next(o.label for o in formats.options if o.id == "photos")
    assert (drafted if not given else earlier).format(label=photos) in shown
    assert (earlier if not given else drafted).format(label=photos) not in shown
    keep = "to keep your" if language == "en" else "quedarte con tu"
    assert (keep in shown) == given
