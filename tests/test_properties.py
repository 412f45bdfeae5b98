"""Property-based tests: the loader never crashes, the engine keeps its invariants."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TINY_ANSWERS, tiny_data
from toolmix.engine.answers_file import AnswersFile, replay
from toolmix.engine.selection import choose
from toolmix.engine.session import Session
from toolmix.load import strict_json as jsonload
from toolmix.load.loader import check_document, load_tree
from toolmix.load.strict_json import parse_json
from toolmix.model.nodes import MultiNode, NumberNode, SingleNode
from toolmix.model.problems import ToolmixError
from tree_strategies import random_tree

FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)


def check_bytes(raw: bytes) -> None:
    try:
        doc = parse_json(raw, file="fuzz.json")
    except ToolmixError as exc:
        assert exc.problems and all(p.severity == "error" for p in exc.problems)
        return
    result = check_document(doc)
    assert result.tree is not None or result.errors


@FAST
@given(st.binary(max_size=300))
def test_random_bytes_never_crash_the_loader(raw: bytes) -> None:
    check_bytes(raw)


@FAST
@given(json_values)
def test_random_json_never_crashes_the_loader(value: Any) -> None:
    check_bytes(json.dumps(value).encode())


def _both_parsers(text: str) -> tuple[Any, Any]:
    """What jiter's fast path gives (None if it refused) and what the standard library's does."""
    try:
        fast = jsonload._parse_fast(text.encode())
    except UnicodeEncodeError:
        fast = None
    flags = {"duplicates": False}
    hook = jsonload._pairs_hook(flags)
    try:
        slow = json.loads(text, object_pairs_hook=hook, parse_constant=_refuse_constant)
    except ValueError:
        slow = "refused"
    for data in (fast, slow):
        jsonload._strip_extensions(data)
    return fast, ("duplicates" if flags["duplicates"] else slow)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


extension_keys = st.text(max_size=6) | st.text(max_size=6).map(lambda k: "x-" + k)
json_with_extensions = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=20),  # any code point, escaped or not below
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(extension_keys, children, max_size=4)
    ),
    max_leaves=30,
)


@FAST
@given(json_with_extensions, st.booleans())
def test_the_fast_parser_gives_what_the_standard_one_gives(value: Any, ascii_only: bool) -> None:
    fast, slow = _both_parsers(json.dumps({"v": value}, ensure_ascii=ascii_only))
    if fast is not None:  # jiter refuses, e.g., lone surrogates; the standard parser then decides
        assert fast == slow
        assert repr(fast) == repr(slow)  # 1 and 1.0, 0.0 and -0.0 told apart


@FAST
@given(st.text(alphabet='{}[]:,"x-1.eE+\\u0 \n\tabNI', max_size=40))
def test_the_fast_parser_never_takes_what_the_standard_one_refuses(text: str) -> None:
    fast, slow = _both_parsers(text)
    if fast is not None:
        assert fast == slow


@pytest.mark.parametrize(
    "text",
    ['{"a": 1, "a": 2}', '{"a": NaN}', '{"a": Infinity}', '\ufeff{"a": 1}', '{"a": "\\ud800"}'],
)
def test_what_the_fast_parser_refuses(text: str) -> None:
    assert jsonload._parse_fast(text.encode("utf-8", "surrogatepass")) is None


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


BASE = tiny_data()
BASE_PATHS = [p for p in _paths(BASE) if p]


@FAST
@given(
    st.lists(
        st.tuples(
            st.sampled_from(BASE_PATHS),
            st.sampled_from(["drop", "retype", "dangle", "huge", "unicode"]),
            json_values,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_mutated_trees_get_located_problems_or_load(mutations: list[tuple[Any, str, Any]]) -> None:
    data = copy.deepcopy(BASE)
    for path, how, value in mutations:
        parent: Any = data
        try:
            for part in path[:-1]:
                parent = parent[part]
            key = path[-1]
            if how == "drop":
                del parent[key]
            elif how == "retype":
                parent[key] = value
            elif how == "dangle":
                parent[key] = "no-such-id"
            elif how == "huge":
                parent[key] = "x" * 30_000
            else:
                parent[key] = "\u202e\u0000\u001b]8;;\u0007\ud7ff\U0001f600"
        except (KeyError, IndexError, TypeError):
            continue
    try:
        doc = parse_json(json.dumps(data, indent=1).encode(), file="m.json")
    except ToolmixError as exc:  # e.g. an Infinity put in by "retype"
        assert exc.problems[0].file == "m.json"
        return
    result = check_document(doc)
    for p in result.problems:
        assert p.file == "m.json" and p.line >= 1 and p.column >= 1, p


# --- random valid trees and walks -------------------------------------------------------


def random_walk(session: Session, draw: st.DrawFn) -> None:
    while not session.finished:
        node = session.node
        if isinstance(node, SingleNode):
            session.answer(draw(st.sampled_from([o.id for o in session.visible_options()])))
        elif isinstance(node, MultiNode):
            opts = [o.id for o in session.visible_options()]
            session.answer(draw(st.lists(st.sampled_from(opts), unique=True)))
        elif isinstance(node, NumberNode):
            session.answer(draw(st.integers(0, 10)))
        else:
            raise AssertionError(node)


@FAST
@given(random_tree(), st.data())
def test_engine_invariants(tree: dict[str, Any], data: st.DataObject) -> None:
    result = check_document(parse_json(json.dumps(tree).encode(), file="rand.json"))
    assert not result.errors, result.errors
    loaded = result.tree
    assert loaded is not None
    session = Session(loaded)
    random_walk(session, data.draw)
    mix = choose(loaded.tree, session.answered_path())

    # deterministic, and the same through the answers file
    again = choose(loaded.tree, session.answered_path())
    assert [r.item_id for r in again.picked] == [r.item_id for r in mix.picked]
    replayed, _ = replay(loaded, AnswersFile("rand", dict(session.answers)))
    assert [r.item_id for r in choose(loaded.tree, replayed.answered_path()).picked] == [
        r.item_id for r in mix.picked
    ]

    picked = [r.item_id for r in mix.picked]
    considered = [r.item_id for r in mix.considered]
    ruled = [r.item_id for r in mix.ruled_out]
    assert len(set(picked + considered + ruled)) == len(picked) + len(considered) + len(ruled)
    limits = {g: grp.max for g, grp in loaded.tree.groups.items()} | mix.limits
    for gid, cap in limits.items():
        free = [r for r in mix.picked if r.group == gid and not r.required]
        required = [r for r in mix.picked if r.group == gid and r.required]
        if cap is not None:
            assert len(free) <= max(0, cap - len(required)) or not free
    if mix.budget is not None:
        required_effort = sum(r.item.effort for r in mix.picked if r.required)
        assert mix.picked_effort <= max(mix.budget, required_effort) + 1e-9
    for row in mix.picked:
        assert row.reasons, row.item_id
    for row in mix.considered:
        assert row.why_not in ("group full", "over budget")


# --- answers files from strangers --------------------------------------------------------


@FAST
@given(
    st.dictionaries(
        st.sampled_from([*TINY_ANSWERS, "bogus", "x-note", ""]),
        json_values
        | st.sampled_from(["b2b", "b2c", "video", "none", "yes", "no"])
        | st.lists(st.sampled_from(["video", "photos", "writing", "none", "zzz"])),
        max_size=8,
    ),
    st.sampled_from(["tiny", "other"]),
    st.one_of(st.none(), st.sampled_from(["1.0.0", "0.1"]), st.integers()),
)
def test_any_answers_file_gives_a_result_or_a_located_error(
    answers: dict[str, Any], tree: str, version: Any
) -> None:
    from conftest import TREES
    from toolmix.engine.answers_file import parse_answers

    loaded = load_tree(TREES / "tiny.json")
    data: dict[str, Any] = {"format": 1, "tree": tree, "answers": {**TINY_ANSWERS, **answers}}
    if version is not None:
        data["tree_version"] = version
    raw = json.dumps(data).encode()
    try:
        doc = parse_json(raw, file="a.json", clean=False)
        parsed = parse_answers(doc, {})
        session, warnings = replay(loaded, parsed)
    except ToolmixError as exc:
        assert exc.problems and all(p.file == "a.json" for p in exc.problems)
        return
    assert session.finished
    assert all(isinstance(w, str) for w in warnings)
    choose(loaded.tree, session.answered_path())
