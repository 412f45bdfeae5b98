"""Markdown and JSON exports, pinned by golden files in tests/golden/."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import GOLDEN, HERE, TREES, check_golden
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.selection import choose
from toolmix.export.changes import section
from toolmix.export.json_result import result_dict, result_json
from toolmix.export.markdown import render
from toolmix.load.loader import load_tree
from toolmix.text.markdown_escape import cell, inline, quote_block

DAY = dt.date(2026, 1, 2)
CASES = {
    "tiny-steady": (TREES / "tiny.json", HERE / "tiny-answers.json"),
    "hostile": (TREES / "hostile.json", HERE / "hostile-answers.json"),
}


def _mix(case: str):  # type: ignore[no-untyped-def]
    tree_path, answers_path = CASES[case]
    loaded = load_tree(tree_path)
    session, _ = replay(loaded, read_answers(answers_path))
    return choose(loaded.tree, session.answered_path())


@pytest.mark.parametrize("case", CASES)
def test_markdown_golden(case: str) -> None:
    check_golden(render(_mix(case), today=DAY), GOLDEN / f"{case}.md")


def test_markdown_golden_with_what_would_change() -> None:
    tree_path, answers_path = CASES["tiny-steady"]
    loaded = load_tree(tree_path)
    session, _ = replay(loaded, read_answers(answers_path))
    mix = choose(loaded.tree, session.answered_path())
    text = render(mix, today=DAY, changes=section(loaded, session, mix))
    check_golden(text, GOLDEN / "tiny-steady-changes.md")
    # The section is the only difference from the plain export.
    assert text.replace("\n".join(section(loaded, session, mix)) + "\n", "") == render(
        mix, today=DAY
    )


@pytest.mark.parametrize("case", CASES)
def test_json_golden(case: str) -> None:
    check_golden(result_json(_mix(case)), GOLDEN / f"{case}.json")


def test_json_has_exactly_the_spec_keys_and_types() -> None:
    data = result_dict(_mix("tiny-steady"))
    spec = {
        "tree",
        "tree_version",
        "title",
        "path",
        "answers",
        "result_node",
        "budget",
        "effort",
        "picked",
        "considered",
        "ruled_out",
    }
    assert spec <= set(data)
    assert {"item", "name", "group", "score", "required", "reasons"} <= set(data["picked"][0])
    assert "required" not in data["considered"][0] and "why_not" in data["considered"][0]
    assert isinstance(data["budget"], int) and data["effort"] == 3.5
    json.dumps(data)


def test_hostile_text_cannot_escape_its_place() -> None:
    md = render(_mix("hostile"), today=DAY)
    assert "\x1b" not in md and "\x9b" not in md and "\u202e" not in md
    table = [line for line in md.splitlines() if line.startswith("| ")]
    # every table row has exactly the five cells it should
    for row in table:
        assert row.replace("\\|", "").count("|") == 6, row
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert all(not h.startswith("# ") or h == headings[0] for h in headings[1:])
    assert "<script" not in md


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a|b", "a\\|b"),
        ("*bold* _it_", "\\*bold\\* \\_it\\_"),
        ("[link](http://x)", "\\[link\\](http://x)"),
        ("<b>", "\\<b\\>"),
        ("two\nlines", "two lines"),
        ("# not a heading", "\\# not a heading"),
    ],
)
def test_inline_escaping(text: str, expected: str) -> None:
    assert inline(text) == expected


def test_line_start_escaping() -> None:
    assert inline("- item", line_start=True) == "\\- item"
    assert inline("1. first", line_start=True) == "\\1. first"
    assert cell("") == " "


def test_markdown_fields_are_quoted_so_fences_and_html_stay_inside() -> None:
    block = quote_block("# Title\n```\nunclosed <script>")
    assert all(line.startswith(">") for line in block.splitlines())
    assert "<script>" not in block


def test_hostile_text_never_reaches_the_json_export() -> None:
    import re

    text = result_json(_mix("hostile"))
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    assert "\\u001b" not in text and "\\u009b" not in text
