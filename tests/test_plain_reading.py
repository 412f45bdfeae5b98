"""``toolmix ask`` read aloud (issue 20): every line means something without colour or position.

Each persona and case is walked through the plain prompts, answering as a
person would (typing the option's number), and the whole transcript, result
included, is checked line by line: no decorative lines, no Markdown marks, no
table rows, no escape codes, each option its number and label on a line of
its own.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest

from conftest import HERE, SHIPPED, TREES
from terminal import toolmix_command
from toolmix.cli.session_commands import result_text
from toolmix.engine.answers_file import read_answers
from toolmix.engine.selection import choose
from toolmix.engine.step import step_for
from toolmix.load.loader import load_tree
from toolmix.plain import PlainWalk
from toolmix.text.clean import one_line

TINY = str(TREES / "tiny.json")
WALKS = [
    *((SHIPPED / "social-tool-mix.json", p) for p in sorted((HERE / "personas").glob("*.json"))),
    *(
        (SHIPPED / "community-platform.json", p)
        for p in sorted((HERE / "cases" / "community-platform").glob("*.json"))
    ),
]


class Person(io.StringIO):
    """Standard input that answers each prompt from an answers file, as typed by a person."""

    def __init__(self, answers: dict[str, object]) -> None:
        super().__init__()
        self.answers = answers
        self.walk: PlainWalk | None = None
        self.problems: list[str] = []

    def readline(self, size: int | None = -1) -> str:
        assert self.walk is not None
        step = step_for(self.walk.session)
        value = self.answers.get(step.node_id)
        if step.options:
            self.check_options(step.options)
        ids = step.option_ids()
        if step.kind == "single":
            return f"{ids.index(str(value)) + 1}\n"
        if step.kind == "multi":
            return ",".join(str(ids.index(v) + 1) for v in value or []) + "\n"  # type: ignore[attr-defined]
        return ("" if value is None else str(value)) + "\n"

    def check_options(self, options: tuple[object, ...]) -> None:
        """The lines just printed end with one option each: its number, then its label
        (wrapped at 80 columns, its next lines indented under the label)."""
        out = self.walk.stdout.getvalue()  # type: ignore[union-attr]
        groups: list[str] = []
        going_on = False  # the line before was an option's
        for line in out.split("\n")[:-1]:
            if re.match(r"  \d+\. ", line):
                groups.append(line)
                going_on = True
            elif going_on and line.startswith("     "):
                groups[-1] += " " + line.strip()
            else:
                going_on = False
        shown = groups[-len(options) :]
        for i, (line, option) in enumerate(zip(shown, options, strict=True), 1):
            label = one_line(option.label)  # type: ignore[attr-defined]
            if line not in (f"  {i}. {label}", f"  {i}. {label} (your earlier answer)"):
                self.problems.append(f"option {i}: {line!r}")


def transcript(tree: Path, answers_path: Path) -> tuple[str, list[str]]:
    loaded = load_tree(tree)
    person = Person(read_answers(answers_path).answers)
    out = io.StringIO()
    walk = PlainWalk(loaded, person, out)
    person.walk = walk
    mix = walk.run()
    assert mix == choose(loaded.tree, walk.session.answered_path())
    return out.getvalue() + result_text(loaded, walk.session, mix, "text"), person.problems


#: A line of nothing but punctuation or rules (``====``, ``---``, ``|--:|``).
DECORATIVE = re.compile(r"[\W_]+")


def unreadable(line: str) -> str | None:
    """What is wrong with a line read aloud, or None."""
    text = line.strip()
    if "\x1b" in line:
        return "an escape code"
    if text and DECORATIVE.fullmatch(text):
        return "a decorative line"
    if text.startswith("|") or " | " in text:
        return "a table row"
    if text.startswith(("#", "```", "> ")) or "**" in text or "](" in text:
        return "Markdown marks"
    if "mermaid" in text or "-->" in text:
        return "a flowchart's source"
    if re.search(r"\d–\d", text):
        return "a range with a dash (said 'en dash', or not at all)"
    return None


@pytest.mark.parametrize(("tree", "answers"), WALKS, ids=[f"{t.stem}:{a.stem}" for t, a in WALKS])
def test_every_line_of_a_walk_and_its_result_reads_aloud(tree: Path, answers: Path) -> None:
    text, problems = transcript(tree, answers)
    assert problems == []
    bad = [(line, why) for line in text.split("\n") if (why := unreadable(line))]
    assert bad == []
    assert "Your plan" in text and "Your answers" in text
    assert re.search(r"^Question 1 of \d+( to \d+)?$", text, re.M)


@pytest.mark.parametrize(
    "line",
    [
        "=====",
        "---",
        "|--:|---|",
        "| 2 | — | Website |",
        "## Your plan",
        "**Instagram** x",
        "\x1b[1m",
        "Question 2 of 5–6",
    ],
)
def test_the_check_catches_what_it_is_for(line: str) -> None:
    assert unreadable(line) is not None


def test_a_table_is_read_as_sentences(tmp_path: Path) -> None:
    # At these answers tiny.json's plan changes with the hours: "What would
    # change this plan" has a table of them.
    answers = {"name": "ACME", "audience": "b2c", "formats": ["photos"], "hours": 3, "site": "yes"}
    (tmp_path / "a.json").write_text(json.dumps({"format": 1, "tree": "tiny", "answers": answers}))
    text, _ = transcript(Path(TINY), tmp_path / "a.json")
    assert "hours a week: 2; would leave: Website." in text
    assert "hours a week: 4; would join: Reply within a day." in text


def ask(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [toolmix_command(), "ask", TINY, *args],
        input="ACME\n2\n2\n\n1\n",
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def test_ask_prints_plain_text_and_writes_markdown(tmp_path: Path) -> None:
    shown = ask([], tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "\nACME: The steady mix\n" in shown.stdout and "# ACME" not in shown.stdout
    assert shown.stdout.startswith("Tiny test tree\n\n")  # the title, no underline
    written = ask(["-o", "mix.md"], tmp_path)
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "mix.md").read_text().startswith("# ACME: The steady mix")
    markdown = ask(["--format", "md"], tmp_path)
    assert "# ACME: The steady mix" in markdown.stdout
