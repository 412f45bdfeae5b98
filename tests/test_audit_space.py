"""What the audit tries at a question, and the alternatives of one answer (EXPLORE.md)."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import make_tree
from toolmix.engine.answer_space import (
    number_alternatives,
    number_values,
    random_subset,
    subset_count,
    subsets,
    toggled,
)
from toolmix.load.validation import validate_tree
from toolmix.model.nodes import MultiNode, NumberNode

END = {"end": {"type": "result", "title": "End"}}


def number(**keys: Any) -> NumberNode:
    tree = validate_tree(
        make_tree({"q": {"type": "number", "text": "Q", "next": "end", **keys}, **END})
    )
    node = tree.nodes["q"]
    assert isinstance(node, NumberNode)
    return node


def multi(ids: str, exclusive: str = "", **keys: Any) -> MultiNode:
    options = [
        {"id": i, "label": i, **({"exclusive": True} if i in exclusive else {})} for i in ids
    ]
    tree = validate_tree(
        make_tree(
            {"q": {"type": "multi", "text": "Q", "options": options, "next": "end", **keys}, **END}
        )
    )
    node = tree.nodes["q"]
    assert isinstance(node, MultiNode)
    return node


HOURS = [{"max": 2}, {"min": 2, "max": 4}, {"min": 4, "max": 10}, {"min": 10}]


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        # Each range's smallest and largest allowed value; the last range ends at max.
        ({"min": 0.5, "max": 40, "step": 0.5, "ranges": HOURS}, [0.5, 1.5, 2, 3.5, 4, 9.5, 10, 40]),
        # Open at the top with no max: the smallest value only.
        ({"min": 0, "step": 1, "ranges": [{"max": 3}, {"min": 3}]}, [0, 2, 3]),
        # Bounded by an exclusive max with no step: the smallest only.
        ({"min": 1, "ranges": [{"max": 5}, {"min": 5}]}, [1, 5]),
        # A range with no allowed value (below min) gives none.
        ({"min": 10, "max": 20, "ranges": [{"max": 5}, {"min": 5}]}, [10, 20]),
        # Steps counted from min.
        ({"min": 1, "max": 9, "step": 3, "ranges": [{"max": 5}, {"min": 5}]}, [1, 4, 7]),
        # Without ranges: min, default and max.
        ({"min": 1, "max": 5, "default": 3}, [1, 3, 5]),
        ({"max": 8}, [8]),
        # No bound at all: 0, the value steps count from.
        ({}, [0]),
    ],
)
def test_number_values(keys: dict[str, Any], expected: list[float]) -> None:
    assert number_values(number(**keys)) == expected


def test_number_alternatives_are_the_smallest_of_the_other_ranges() -> None:
    node = number(min=0.5, max=40, step=0.5, ranges=HOURS)
    assert number_alternatives(node, 3) == [0.5, 4, 10]


@pytest.mark.parametrize(
    ("ids", "exclusive", "keys", "count"),
    [
        ("abc", "", {}, 8),
        ("abc", "", {"min": 1}, 7),
        ("abcd", "d", {"min": 1}, 8),  # 7 subsets of abc, and d alone
        ("abcd", "d", {"min": 2}, 4),  # d alone breaks min 2
        ("abcde", "", {"min": 1, "max": 2}, 15),
    ],
)
def test_subsets_are_every_allowed_answer(
    ids: str, exclusive: str, keys: dict[str, Any], count: int
) -> None:
    node = multi(ids, exclusive, **keys)
    found = subsets(node, node.options)
    assert len(found) == count == subset_count(node, node.options)
    assert len({tuple(s) for s in found}) == count


@given(seed=st.integers(0, 2**32), size=st.integers(1, 8), low=st.integers(0, 3))
def test_random_subsets_are_allowed(seed: int, size: int, low: int) -> None:
    node = multi("abcdefgh"[:size], "h", min=min(low, size - 1))
    allowed = {tuple(s) for s in subsets(node, node.options)}
    rng = random.Random(seed)
    for _ in range(20):
        assert tuple(random_subset(node, node.options, rng)) in allowed


def test_toggles_follow_exclusive_and_bounds() -> None:
    node = multi("abcn", "n", min=1, max=2)
    got = dict(toggled(node, node.options, ["a"]))
    # Removing 'a' breaks min 1; 'b' and 'c' join; 'n' clears the others.
    assert got == {"b": ["a", "b"], "c": ["a", "c"], "n": ["n"]}
    got = dict(toggled(node, node.options, ["n"]))
    assert got == {"a": ["a"], "b": ["b"], "c": ["c"]}
    # With two chosen, a third would break max 2.
    assert dict(toggled(node, node.options, ["a", "b"])) == {"a": ["b"], "b": ["a"], "n": ["n"]}
