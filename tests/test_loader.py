"""Loading trees: every rule has a malformed tree in tests/malformed/, plus raw-input cases."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import HERE, SHIPPED_TREES, TREES
from toolmix.load.loader import check_file, load_tree
from toolmix.load.strict_json import parse_json
from toolmix.model.problems import ToolmixError

MALFORMED = sorted(p for p in (HERE / "malformed").glob("*.json") if not p.name.startswith("_"))


def test_base_of_the_corpus_is_valid() -> None:
    result = check_file(HERE / "malformed" / "_base.json")
    assert result.problems == []


@pytest.mark.parametrize("path", MALFORMED, ids=lambda p: p.stem)
def test_malformed_tree_reports_its_problem(path: Path) -> None:
    expect = json.loads(path.read_text())["x-expect-problem"]
    result = check_file(path)
    matching = [
        p
        for p in result.problems
        if p.json_path == expect["path"] and expect["message"] in p.message
    ]
    assert matching, "\n".join(str(p) for p in result.problems)
    problem = matching[0]
    assert problem.severity == expect["severity"]
    assert problem.file == str(path)
    assert problem.line > 0 and problem.column > 0
    if expect["severity"] == "error":
        assert result.tree is None
    else:
        assert result.tree is not None


def test_problems_are_all_reported_and_sorted_by_line(tmp_path: Path) -> None:
    data = json.loads((HERE / "malformed" / "_base.json").read_text())
    data["start"] = "nope"
    data["items"]["a"]["group"] = "nope"
    data["nodes"]["q1"]["next"] = "nope"
    path = tmp_path / "many.json"
    path.write_text(json.dumps(data, indent=2))
    problems = check_file(path).errors
    assert len(problems) >= 3
    lines = [p.line for p in problems]
    assert lines == sorted(lines)


def test_locations_point_at_the_right_line(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text(
        '{\n  "format": 1,\n  "id": "t",\n  "title": "T",\n  "version": "1",\n'
        '  "start": "q",\n  "groups": {},\n  "items": {},\n  "nodes": {\n'
        '    "q": {"type": "result", "title": "R", "bogus": 1}\n  }\n}\n'
    )
    (problem,) = check_file(path).errors
    assert (problem.line, problem.column) == (10, 43)
    assert str(problem).startswith(f"{path}:10:43: error: unknown key 'bogus'")


RAW_CASES = {
    "syntax": (b'{"format": 1,,}', "invalid JSON", (1, 14)),
    "not-utf8": (b'{"title": "caf\xe9"}', "not UTF-8", (1, 15)),
    "empty": (b"  \n ", "empty", (1, 1)),
    "array-top-level": (b"[1, 2]", "expected a JSON object", (1, 1)),
    "string-top-level": (b'"hi"', "expected a JSON object", (1, 1)),
    "nan": (b'{"a": NaN}', "finite number", (1, 7)),
    "infinity": (b'{"a": -Infinity}', "finite number", (1, 7)),
    "very-deep": (b'{"a": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply", None),
}


@pytest.mark.parametrize("name", RAW_CASES)
def test_raw_input_errors_are_located(name: str) -> None:
    raw, message, where = RAW_CASES[name]
    with pytest.raises(ToolmixError) as info:
        parse_json(raw, file="x.json")
    (problem,) = info.value.problems
    assert message in problem.message
    assert problem.file == "x.json"
    if where is not None:
        assert (problem.line, problem.column) == where


@pytest.mark.parametrize("depth, ok", [(30, True), (40, False), (900, False)])
def test_condition_nesting_is_bounded(depth: int, ok: bool) -> None:
    from toolmix.load.loader import check_document

    cond: dict[str, object] = {"answered": "q"}
    for _ in range(depth):
        cond = {"not": cond}
    tree = {
        "format": 1,
        "id": "t",
        "title": "T",
        "version": "1",
        "start": "q",
        "groups": {},
        "items": {},
        "nodes": {
            "q": {
                "type": "single",
                "text": "Q",
                "options": [{"id": "a", "label": "A"}],
                "next": [{"if": cond, "goto": "r"}, {"goto": "r"}],
            },
            "r": {"type": "result", "title": "R"},
        },
    }
    result = check_document(parse_json(json.dumps(tree).encode(), file="deep.json"))
    assert (result.tree is not None) == ok
    if not ok:
        assert any("nest" in p.message or "depth" in p.message for p in result.errors)


def test_file_size_cap() -> None:
    with pytest.raises(ToolmixError, match="expected at most 10 bytes"):
        parse_json(b'{"a": "0123456789"}', max_bytes=10)


def test_duplicate_keys_are_found_with_their_place(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_text('{"format": 1,\n "id": "t", "id": "u",\n "title": "T"}')
    result = check_file(path)
    dup = [p for p in result.errors if "duplicate key 'id'" in p.message]
    assert dup and (dup[0].line, dup[0].column) == (2, 13)


def test_byte_order_mark_is_accepted() -> None:
    assert parse_json(b'\xef\xbb\xbf{"a": 1}').data == {"a": 1}


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "no such tree file" in check_file(tmp_path / "nope.json").errors[0].message
    assert "found a folder" in check_file(tmp_path).errors[0].message


def test_extension_keys_are_ignored_anywhere() -> None:
    loaded = load_tree(TREES / "tiny.json")
    assert "x-note" not in loaded.tree.nodes


@pytest.mark.parametrize(
    "dirty, clean",
    [
        ("a\u001b[31mred\u001b[0m", "a[31mred[0m"),
        ("osc\u001b]8;;http://x\u0007link", "osc]8;;http://xlink"),
        ("c1\u009bcsi", "c1csi"),
        ("bidi\u202eevil\u2066x\u2069", "bidievilx"),
        ("keep\nnew\tlines", "keep\nnew\tlines"),
        ("del\u007f", "del"),
    ],
)
def test_text_fields_are_cleaned_at_load(write_json, dirty: str, clean: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads((TREES / "tiny.json").read_text())
    data["title"] = dirty
    data["nodes"]["audience"]["help"] = dirty
    data["nodes"]["audience"]["options"][0]["label"] = dirty
    loaded = load_tree(write_json(data))
    assert loaded.tree.title == clean
    node = loaded.tree.nodes["audience"]
    assert node.help == clean  # type: ignore[union-attr]
    assert node.options[0].label == clean  # type: ignore[union-attr]


def test_ids_with_control_characters_are_errors_not_cleaned(write_json) -> None:  # type: ignore[no-untyped-def]
    data = json.loads((TREES / "tiny.json").read_text())
    data["nodes"]["name"]["next"] = "audi\u001bence"
    result = check_file(write_json(data))
    assert result.tree is None


@pytest.mark.parametrize("path", SHIPPED_TREES, ids=lambda p: p.stem)
def test_shipped_trees_are_clean_under_strict(path: Path) -> None:
    assert check_file(path).problems == []


def test_a_large_file_is_located_after_its_text_was_let_go(tmp_path: Path) -> None:
    from toolmix.load.strict_json import RELEASE_TEXT_ABOVE

    data = json.loads((HERE / "malformed" / "_base.json").read_text())
    data["x-padding"] = "x" * (RELEASE_TEXT_ABOVE + 10)
    data["items"]["a"]["group"] = "nope"
    path = tmp_path / "large.json"
    path.write_text(json.dumps(data, indent=2))
    (problem,) = check_file(path).errors
    line = next(i for i, text in enumerate(path.read_text().splitlines(), 1) if '"nope"' in text)
    assert (problem.line, problem.json_path) == (line, "items.a.group")
