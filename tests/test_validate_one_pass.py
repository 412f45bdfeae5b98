"""``validate`` reports shape, reference and graph problems in one pass (issue 16)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import make_tree, tiny_data
from toolmix.load.loader import check_file


def messages(path: Path) -> list[tuple[str, str]]:
    return [(p.json_path, p.message) for p in check_file(path).problems]


def three_mistakes() -> dict[str, Any]:
    """A typo in 'because', a wrong goto and min > max, each in another node."""
    return make_tree(
        {
            "q1": {
                "type": "single",
                "text": "Q?",
                "options": [
                    {
                        "id": "x",
                        "label": "X",
                        "effects": [{"item": "a", "score": 3, "becuase": "b"}],
                    }
                ],
                "next": "q3",
            },
            "q2": {"type": "number", "text": "N?", "min": 5, "max": 1, "next": "end"},
            "end": {"type": "result", "title": "End"},
        },
        items={"a": {"name": "A", "group": "g"}},
    )


def test_shape_reference_and_graph_problems_together(write_json: Callable[..., Path]) -> None:
    found = messages(write_json(three_mistakes()))
    paths = [p for p, _ in found]
    assert "nodes.q1.options[0].effects[0].becuase" in paths
    assert (
        "nodes.q1.next",
        "unknown node 'q3' (did you mean 'q2'?); expected the id of a node",
    ) in found
    assert any(p == "nodes.q2.min" and "above max" in m for p, m in found)
    # Nothing that only follows from a part set aside (item 'a' is named by the broken effect).
    assert not any("'a'" in m for _, m in found)
    assert len(found) == 3


def test_a_key_typo_is_one_message(write_json: Callable[..., Path]) -> None:
    data = tiny_data()
    node = data["nodes"]["audience"]
    node["optoins"] = node.pop("options")
    found = messages(write_json(data))
    at_node = [m for p, m in found if p.startswith("nodes.audience")]
    assert at_node == [
        "unknown key 'optoins' (did you mean 'options'?); expected a key of the tree format, "
        "or one starting with 'x-' for your own notes"
    ]


def test_a_missing_key_without_a_typo_is_still_named(write_json: Callable[..., Path]) -> None:
    data = tiny_data()
    del data["nodes"]["audience"]["options"]
    assert ("nodes.audience.options", "missing required key 'options'") in messages(
        write_json(data)
    )


@pytest.mark.parametrize("top", ["title", "version", "start"])
def test_a_missing_top_level_key_does_not_hide_the_rest(
    write_json: Callable[..., Path], top: str
) -> None:
    data = three_mistakes()
    del data[top]
    found = messages(write_json(data))
    assert any(f"missing required key '{top}'" in m for _, m in found)
    assert any("unknown node 'q3'" in m for _, m in found)


KEYS = st.sampled_from(["text", "options", "next", "label", "id", "effects", "type", "because"])


@given(node=st.sampled_from(["audience", "formats", "camera", "hours"]), key=KEYS)
def test_breaking_one_node_keeps_the_other_problems(node: str, key: str) -> None:
    """Whatever key of a node is broken, a wrong start elsewhere is still reported."""
    import tempfile

    data = tiny_data()
    data["start"] = "nowhere"
    target = data["nodes"][node]
    target[key] = 12345  # the wrong type for every key sampled
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tree.json"
        path.write_text(json.dumps(data))
        found = messages(path)
    assert any(p.startswith(f"nodes.{node}") for p, _ in found)
    assert any(p == "start" and "unknown start node 'nowhere'" in m for p, m in found)


#: (node of tiny.json, its type misspelt, a key inside it, a value of the wrong type there).
MISTYPED: list[tuple[str, str, tuple[str | int, ...], Any]] = [
    ("audience", "singel", ("options", 0, "effects", 0, "score"), "3"),
    ("formats", "mulit", ("options", 2, "effects", 0, "score"), "2"),  # newsletter's one mention
    ("hours", "numbre", ("max",), "40"),
    ("name", "txet", ("max_length",), "40"),
    ("lean", "inof", ("title",), 5),
    ("done", "resutl", ("effects", 0, "score"), "1"),
]


def _json_path(node: str, inner: tuple[str | int, ...]) -> str:
    return f"nodes.{node}" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in inner)


@pytest.mark.parametrize(("node", "typo", "inner", "bad"), MISTYPED)
def test_a_misspelt_node_type_hides_no_error_inside_the_node(
    write_json: Callable[..., Path], node: str, typo: str, inner: tuple[str | int, ...], bad: Any
) -> None:
    """newuser6 #8: 'singel' and a score "3" in one node: both reported, no follow-on warning."""
    clean_file = write_json(tiny_data(), "clean.json")
    clean = {p.json_path: p.message for p in check_file(clean_file).problems}
    data = tiny_data()
    target = data["nodes"][node]
    target["type"] = typo
    parent = target
    for part in inner[:-1]:
        parent = parent[part]
    parent[inner[-1]] = bad
    problems = check_file(write_json(data)).problems
    errors = {p.json_path: p.message for p in problems if p.severity == "error"}
    assert "unknown node type" in errors.pop(f"nodes.{node}.type")
    assert "found" in errors.pop(_json_path(node, inner))
    assert errors == {}
    warnings = {p.json_path: p.message for p in problems if p.severity == "warning"}
    assert warnings.items() <= clean.items()  # nothing that only follows from the mistakes
    assert all(p.line > 0 for p in problems)


@pytest.mark.parametrize("typo", ["zzzzz", "", "question"])
def test_a_node_of_no_type_near_a_known_one_makes_its_items_seem_unmentioned_to_no_one(
    write_json: Callable[..., Path], typo: str
) -> None:
    data = tiny_data()
    data["nodes"]["formats"]["type"] = typo  # the only node that names item 'newsletter'
    problems = check_file(write_json(data)).problems
    assert [p.json_path for p in problems if p.severity == "error"] == ["nodes.formats.type"]
    assert not any("newsletter" in p.message for p in problems)
