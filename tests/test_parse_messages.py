"""Syntax errors in people's words, every error naming its file, long quotes cut."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TREES
from toolmix.cli.main import main
from toolmix.load.strict_json import parse_json
from toolmix.model.problems import Problem, ToolmixError

FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _problem(text: str | bytes) -> Problem:
    raw = text.encode() if isinstance(text, str) else text
    with pytest.raises(ToolmixError) as info:
        parse_json(raw, file="f.json")
    (problem,) = info.value.problems
    return problem


SYNTAX = {
    "trailing comma in an object": ('{"a": 1,\n}', "trailing comma before '}'", (1, 8)),
    "trailing comma in a list": ('{"a": [1, 2, ]}', "trailing comma before ']'", (1, 12)),
    "missing comma": ('{"a": 1\n "b": 2}', "missing comma before this entry", (2, 2)),
    "unquoted key": (
        '{"a": 1, b: 2}',
        'unquoted key b; JSON keys need double quotes ("b")',
        (1, 10),
    ),
    "single-quoted key": ("{'a': 1}", "a key in single quotes", (1, 2)),
    "the end right after an open brace": ("{", "the file ends inside an object", (1, 2)),
    "the end right after a comma": ('{"a": 1,', "the file ends inside an object", (1, 9)),
    "single-quoted string": ("{\"a\": 'x'}", "a string in single quotes", (1, 7)),
    "unterminated string": ('{"a": "abc}', "unterminated string", (1, 7)),
    "line comment": ('{"a": 1, // note\n "b": 2}', "comments are not allowed in JSON", (1, 10)),
    "block comment": ('{"a": /* x */ 1}', "comments are not allowed in JSON", (1, 7)),
    "comment after the end": ('{"a": 1}\n# end', "comments are not allowed in JSON", (2, 1)),
    "tab in a string": ('{"a": "x\ty"}', "a tab inside a string; write it as \\t", (1, 9)),
    "line break in a string": ('{"a": "x\ny"}', "a line break inside a string", (1, 9)),
    "control character": ('{"a": "x\x01y"}', "the control character U+0001", (1, 9)),
    "bad escape": ('{"a": "\\q"}', "invalid escape '\\\\q'", (1, 8)),
    "short unicode escape": ('{"a": "\\u12"}', "four hex digits", (1, 8)),
    "Python's True": ('{"a": True}', "True is not JSON; write true", (1, 7)),
    "Python's None": ('{"a": None}', "None is not JSON; write null", (1, 7)),
    "unquoted text": (
        '{"a": hello}',
        'unquoted text hello; a string needs double quotes ("hello")',
        (1, 7),
    ),
    "missing colon": ('{"a" 1}', "missing ':'", (1, 6)),
    "leading dot": ('{"a": .5}', "0.5, not .5", (1, 7)),
    "leading zero": ('{"a": 07}', "cannot start with 0", (1, 7)),
    "two objects": ('{"a": 1} {"b": 2}', "more text after the end", (1, 10)),
    "cut short": ('{"a": [1, 2', "the file ends before every", (1, 12)),
    "wrong closing bracket": ('{"a": [1, 2}', "does not close the bracket", (1, 12)),
    "second byte-order mark": (
        b"\xef\xbb\xbf\xef\xbb\xbf{}",
        "a second byte-order mark (U+FEFF) at the start of the file; remove it",
        (1, 1),
    ),
}


@pytest.mark.parametrize("name", SYNTAX)
def test_syntax_errors_are_in_peoples_words_and_located(name: str) -> None:
    text, words, where = SYNTAX[name]
    problem = _problem(text)
    assert words in problem.message
    assert problem.message.startswith("invalid JSON: ")
    assert "Expecting" not in problem.message and "utf-8-sig" not in problem.message
    assert (problem.file, problem.line, problem.column) == ("f.json", *where)
    assert not problem.message.rstrip().endswith(" at")  # nothing dangles


# --- generated: one common slip at a generated place in a generated document -------------------

_word = st.text(alphabet="abcdefgh", min_size=1, max_size=5)
_value = st.recursive(
    st.integers(-99, 99) | st.booleans() | st.none() | st.text(alphabet="abc xyz", max_size=6),
    lambda kids: (
        st.lists(kids, min_size=1, max_size=3)
        | st.dictionaries(_word, kids, min_size=1, max_size=3)
    ),
    max_leaves=10,
)
_doc = st.dictionaries(_word, _value, min_size=2, max_size=4)

SLIPS = {
    "trailing comma": "trailing comma before",
    "missing comma": "missing comma before this entry",
    "unquoted key": "unquoted key",
    "single quotes": "single quotes",
    "unterminated string": "unterminated string",
    "comment": "comments are not allowed in JSON",
}


def _slip(text: str, slip: str, data: st.DataObject) -> tuple[str, int]:
    """``text`` with the slip made at a drawn place, and the offset the message must point at."""
    pick = lambda pattern: data.draw(st.sampled_from([m for m in re.finditer(pattern, text)]))  # noqa: E731
    if slip == "trailing comma":
        m = pick(r"[^\s\[{](\s*)[}\]]")
        return text[: m.start(1)] + "," + text[m.start(1) :], m.start(1)
    if slip == "missing comma":
        m = pick(r",(\s*)")
        return text[: m.start()] + text[m.start() + 1 :], m.end() - 1
    if slip == "unquoted key":
        m = pick(r'"([a-h]+)":')
        return text[: m.start()] + m[1] + text[m.end() - 1 :], m.start()
    if slip == "single quotes":
        m = pick(r'"([a-z ]*)"')
        return text[: m.start()] + f"'{m[1]}'" + text[m.end() :], m.start()
    if slip == "unterminated string":
        m = pick(r'"[a-z ]*"')
        return text[: m.end() - 1], m.start()
    m = pick(r"[{,]\n")
    note = data.draw(st.sampled_from(["// note\n", "/* note */", "# note\n"]))
    return text[: m.end()] + note + text[m.end() :], m.end()


@FAST
@given(_doc, st.sampled_from(list(SLIPS)), st.data())
def test_a_common_slip_anywhere_gets_its_name_and_place(
    doc: dict[str, Any], slip: str, data: st.DataObject
) -> None:
    text, offset = _slip(json.dumps(doc, indent=1), slip, data)
    problem = _problem(text)
    assert SLIPS[slip] in problem.message, (text, problem.message)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    assert (problem.line, problem.column) == (line, column), (text, problem)


# --- every error names its file, and quotes no more than a person can read --------------------


def test_an_error_with_no_file_reads_toolmix_not_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answer", "no-such-tree", "--answers", "a.json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("toolmix: error: no tree with id 'no-such-tree'")
    assert "<input>" not in err
    assert str(Problem("error", "x")) == "error: x"


@pytest.mark.parametrize("where", ["answers file", "tree"])
def test_a_300000_character_key_is_cut_in_the_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    key = "k" * 300_000
    path = tmp_path / "f.json"
    if where == "tree":
        data = json.loads((TREES / "tiny.json").read_text())
        data[key] = 1
        path.write_text(json.dumps(data))
        assert main(["validate", str(path)]) == 1
        out = capsys.readouterr().out
    else:
        path.write_text(json.dumps({"format": 1, "tree": "tiny", "answers": {}, key: 1}))
        assert main(["answer", str(TREES / "tiny.json"), "--answers", str(path)]) == 1
        out = capsys.readouterr().err
    assert "unknown key 'kkkk" in out and "(300,000 characters)" in out
    assert len(out) < 1000


def test_a_long_message_keeps_its_start_and_end() -> None:
    message = Problem("error", "found " + "x " * 10_000 + "; expected a number").message
    assert len(message) < 1100
    assert message.startswith("found x") and message.endswith("; expected a number")
