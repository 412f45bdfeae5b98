"""The near-linear algorithms give the answers the simple ones gave.

Locating one path with skipping equals locating it in a full index; the
dominators equal the definition (a node is on every path to another when
removing it cuts the other off); suggestions among few ids are difflib's.
"""

from __future__ import annotations

import json
from difflib import SequenceMatcher, get_close_matches
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolmix.load.dominators import Dominators
from toolmix.load.index import TreeIndex
from toolmix.load.locate import line_columns, scan
from toolmix.model.problems import Suggester

keys = st.text(st.sampled_from('ab"\\[]{},: \n'), max_size=4)
documents = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.text(st.sampled_from('xy"\\[]{},:\n'), max_size=6),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=25,
)


def paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths(v, (*at, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += paths(v, (*at, i))
    return out


@given(
    document=st.dictionaries(keys, documents, max_size=5),
    data=st.data(),
    indent=st.sampled_from([None, 1]),
)
def test_locating_some_paths_finds_what_a_full_index_finds(
    document: dict[str, Any], data: st.DataObject, indent: int | None
) -> None:
    text = json.dumps(document, indent=indent)
    every = scan(text, None)
    known = paths(document)
    wanted = data.draw(
        st.lists(st.sampled_from(known) | st.just(("nowhere", 1)), min_size=1, max_size=4)
    )
    at_key = data.draw(st.booleans())
    some = scan(text, wanted)
    for path in wanted:
        assert some.offset(path, at_key) == every.offset(path, at_key), path
    offsets = [o for o in (every.offset(p, at_key) for p in wanted) if o is not None]
    for offset, (line, column) in line_columns(text, offsets).items():
        assert line == text.count("\n", 0, offset) + 1
        assert column == offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.mark.parametrize(
    "skipped",
    ["[" * 3000 + "]" * 3000, "[" + "9" * 5000 + "]", '{"k": ["]", "\\"{"]}'],
    ids=["nested past the recursion limit", "an integer of 5,000 digits", "brackets in strings"],
)
def test_a_container_with_no_problem_is_skipped_whatever_it_holds(skipped: str) -> None:
    text = '{"a": ' + skipped + ', "b": {"c": 1}}'
    found = scan(text, [("b", "c")])
    assert found.offset(("b", "c"), False) == text.index("1}")
    assert found.offset(("b", "c"), True) == text.index('"c"')


def index_of(edges: dict[str, list[str]]) -> TreeIndex:
    """The index fields Dominators reads: successors, and a topological order from 'n0'."""
    order: list[str] = []
    seen: set[str] = set()

    def visit(n: str) -> None:
        seen.add(n)
        for s in edges[n]:
            if s not in seen:
                visit(s)
        order.append(n)

    visit("n0")
    topo = order[::-1]
    return TreeIndex(edges, False, topo, None, [], topo)


def reachable(edges: dict[str, list[str]], without: str | None) -> set[str]:
    found, stack = {"n0"}, ["n0"]
    while stack:
        for s in edges[stack.pop()]:
            if s != without and s not in found:
                found.add(s)
                stack.append(s)
    return found


@st.composite
def dags(draw: st.DrawFn) -> dict[str, list[str]]:
    """Edges only forward (i -> j with i < j): no cycles."""
    n = draw(st.integers(1, 14))
    edges: dict[str, list[str]] = {}
    for i in range(n):
        later = [f"n{j}" for j in range(i + 1, n)]
        edges[f"n{i}"] = (
            draw(st.lists(st.sampled_from(later), unique=True, max_size=3)) if later else []
        )
    return edges


@given(edges=dags())
def test_dominators_are_the_nodes_every_path_passes(edges: dict[str, list[str]]) -> None:
    index = index_of(edges)
    dom = Dominators(index)
    nodes = index.topo
    for a in nodes:
        cut_off = set(nodes) - reachable(edges, a) if a != "n0" else set(nodes)
        for b in nodes:
            assert dom.dominates(a, b) == (a == b or b in cut_off), (a, b)


ids = st.text(st.sampled_from("abcdeq-1"), min_size=1, max_size=8)


@given(choices=st.lists(ids, max_size=Suggester.SMALL, unique=True), word=ids)
def test_among_few_ids_the_suggestion_is_difflibs(choices: list[str], word: str) -> None:
    best = get_close_matches(word, choices, n=1, cutoff=0.5)
    assert Suggester(choices)(word) == (f" (did you mean '{best[0]}'?)" if best else "")


@given(count=st.integers(Suggester.SMALL + 1, 3000), at=st.data())
def test_among_many_ids_a_one_letter_typo_gets_a_suggestion(count: int, at: st.DataObject) -> None:
    """Some close id is always suggested (not always the one mistyped: a typo in
    the middle of a prefix thousands of ids share may find a neighbour)."""
    names = [f"question-{i}" for i in range(count)]
    name = at.draw(st.sampled_from(names))
    where = at.draw(st.integers(0, len(name) - 1))
    typo = name[:where] + "#" + name[where + 1 :]
    hint = Suggester(names)(typo)
    assert hint.startswith(" (did you mean '")
    suggested = hint.split("'")[1]
    assert suggested in names
    assert SequenceMatcher(None, suggested, typo).ratio() >= 0.5


@pytest.mark.parametrize(
    ("typo", "meant"),
    [
        ("questoin-17", "question-17"),  # letters swapped in the shared prefix
        ("xuestion-4999", "question-4999"),  # the first letter
        ("question-4998x", "question-4998"),  # one too many at the end
        ("instagarm", "instagram"),
        ("newsleter", "newsletter"),
        ("linkdin", "linkedin"),
    ],
)
def test_among_many_ids_usual_typos_find_the_id_meant(typo: str, meant: str) -> None:
    names = [f"question-{i}" for i in range(5000)] + ["instagram", "newsletter", "linkedin"]
    assert Suggester(names)(typo) == f" (did you mean '{meant}'?)"
