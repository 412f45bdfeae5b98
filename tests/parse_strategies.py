"""Hypothesis strategies for hostile input: numbers out of bounds, file kinds, syntax slips.

Used by tests/test_parse_*.py; like every ``@given`` test they run 150
examples in CI and 5,000 with ``TOOLMIX_FUZZ=long`` (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

#: toolmix.load.numbers.MAX_NUMBER, written out so the tests also run on code without it.
MAX_NUMBER = 10**15
#: Where a bad number goes in a generated document, as a JSON string to replace.
SLOT = "@@number@@"

_digits = st.integers(min_value=1, max_value=9).map(str)


def _long_integer(length: int, first: str, negative: bool) -> str:
    return ("-" if negative else "") + first + "9" * (length - 1)


#: Numbers JSON allows that toolmix refuses: past 1e15 from zero, or infinite in Python.
bad_number_tokens = st.one_of(
    # 16 to 5,000 digits: past the bound, past float (309), past Python's int limit (4,300)
    st.builds(
        _long_integer,
        st.one_of(st.integers(16, 400), st.sampled_from([309, 4301, 5000])),
        _digits,
        st.booleans(),
    ),
    # exponents that overflow a float (1e400) or just pass the bound (2e15)
    st.builds(
        lambda m, e, neg, cap: f"{'-' if neg else ''}{m}{cap}{e}",
        st.sampled_from(["1", "2", "9.99", "1.5", "0.5"]),
        st.one_of(st.integers(16, 400), st.sampled_from([309, 999, 99999])),
        st.booleans(),
        st.sampled_from(["e", "E", "e+"]),
    ).filter(lambda t: abs(float(t)) > MAX_NUMBER),
    st.integers(MAX_NUMBER + 1, 10**18).map(str),
    st.integers(-(10**18), -MAX_NUMBER - 1).map(str),
)

#: Numbers inside the bound, written in every way JSON allows (exponents too).
good_number_tokens = st.one_of(
    st.integers(-MAX_NUMBER, MAX_NUMBER).map(str),
    st.floats(-1e15, 1e15, allow_nan=False).map(repr),
    st.builds(
        lambda m, e: f"{m}e{e}", st.integers(-999, 999), st.integers(-400, 12)
    ),  # 1e-400 is 0.0: small is not out of bounds
)

_keys = st.text(min_size=1, max_size=6) | st.text(max_size=4).map(lambda k: "x-" + k)
_leaves = st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=10)
documents = st.dictionaries(
    _keys,
    st.recursive(
        _leaves,
        lambda kids: st.lists(kids, max_size=4) | st.dictionaries(_keys, kids, max_size=4),
        max_leaves=20,
    ),
    max_size=5,
)


def paths_in(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every JSON path in ``value``, the root excluded."""
    out = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            out += paths_in(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += paths_in(v, (*prefix, i))
    return out


def put(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    """A copy of ``doc`` with ``value`` at ``path``."""
    doc = json.loads(json.dumps(doc))
    target = doc
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return doc


def with_token(
    doc: Any, path: tuple[Any, ...], token: str, indent: int | None = None
) -> tuple[str, tuple[int, int]]:
    """The JSON text of ``doc`` with the number written ``token`` at ``path``, and its line and column."""
    text = json.dumps(put(doc, path, SLOT), indent=indent, ensure_ascii=False)
    offset = text.index(json.dumps(SLOT))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return text.replace(json.dumps(SLOT), token, 1), (line, column)


@st.composite
def number_anywhere(
    draw: st.DrawFn, base: st.SearchStrategy[Any] = documents
) -> tuple[str, tuple[Any, ...], tuple[int, int], str]:
    """A JSON text of a generated document with one bad number at a generated path.

    Returns the text, the path, the number's line and column, and the number
    as written. The path may be new (a key added) or replace a value.
    """
    doc = draw(base)
    places = paths_in(doc)
    if places and draw(st.booleans()):
        path = draw(st.sampled_from(places))
    else:
        containers = [p for p in places if isinstance(_at(doc, p), dict)]
        parent = draw(st.sampled_from([(), *containers]))
        path = (*parent, draw(_keys.filter(lambda k: k not in _at(doc, parent))))
    token = draw(bad_number_tokens)
    text, where = with_token(doc, path, token, draw(st.sampled_from([None, 1])))
    return text, path, where, token


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


#: Kinds of path a reader may be given that are not a regular file within the cap.
FILE_KINDS = ("fifo", "dev-zero", "dev-urandom", "link-to-dev-zero", "folder", "oversized")
#: Only the kinds that can be made at any path (a device is linked to).
file_kinds = st.sampled_from(
    ["fifo", "link-to-dev-zero", "link-to-dev-urandom", "folder", "oversized"]
)


def make_file(kind: str, path: Path) -> None:
    """Make a file of ``kind`` (one of :data:`file_kinds`) at ``path``."""
    if kind == "fifo":
        os.mkfifo(path)
    elif kind.startswith("link-to-"):
        path.symlink_to("/dev/" + kind.removeprefix("link-to-dev-"))
    elif kind == "folder":
        path.mkdir()
    else:
        with path.open("wb") as fh:
            fh.truncate(129 * 1024 * 1024)  # sparse: past the 128 MB cap, nothing written
