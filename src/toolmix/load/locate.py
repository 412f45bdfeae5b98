"""Turning JSON paths into line and column numbers in a document's text.

Only when there is something to report: one pass over the text finds the
paths asked for (and their parents, where a path has no place of its own),
skipping every object and array that holds none of them, and keeps nothing
per token. The duplicate-key check is the other use, over every object.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Collection, Iterable
from dataclasses import replace
from typing import Any

from toolmix.model.problems import JsonPath, Problem
from toolmix.text.clean import escape_unsafe

# Strings as an unrolled loop: a repeated alternation such as ``(?:[^"\\]|\\.)*``
# keeps a backtracking frame per character (about 170 bytes), so a 10 MB
# string cost 1.7 GB; runs of plain characters keep none.
_STRING = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_TOKEN_RE = re.compile(r"[ \t\r\n]*(?:([{}\[\],:])|(" + _STRING + r')|([^ \t\r\n{}\[\],:"]+))')
# What skipping a container must see: strings (which may hold brackets) and brackets.
_SKIP_RE = re.compile(_STRING + r"|[\[\]{}]")


class Found:
    """Offsets of values and keys by JSON path, and the duplicate keys seen."""

    def __init__(self) -> None:
        self.values: dict[JsonPath, int] = {}
        self.keys: dict[JsonPath, int] = {}
        self.duplicates: list[tuple[Problem, int]] = []

    def offset(self, path: JsonPath, at_key: bool) -> int | None:
        """Where a path is: its key or value, else its nearest parent's value."""
        while True:
            table = self.keys if at_key else self.values
            if path in table:
                return table[path]
            if path in self.values:
                return self.values[path]
            if not path:
                return None
            path = path[:-1]
            at_key = False


def locate(text: str, file: str, problems: list[Problem]) -> list[Problem]:
    """The problems with line and column filled in from their JSON paths."""
    found = scan(text, [tuple(p.path) for p in problems])
    offsets = [found.offset(tuple(p.path), p.at_key) for p in problems]
    where = line_columns(text, [o for o in offsets if o is not None])
    return [
        _quoted_as_is(p).located(file, *(where[o] if o is not None else (1, 1)))
        for p, o in zip(problems, offsets, strict=True)
    ]


def _quoted_as_is(problem: Problem) -> Problem:
    """The message with the control characters it quotes from the file escaped, not dropped.

    An id is kept as written (``"next": "x\u001b[2J"``); the output filter would
    drop the ESC from the message, which would then quote an id the file does not hold.
    """
    shown = escape_unsafe(problem.message)
    return problem if shown == problem.message else replace(problem, message=shown)


def line_columns(text: str, offsets: Iterable[int]) -> dict[int, tuple[int, int]]:
    """Line and column (both from 1) of each offset, in one pass over the text."""
    out: dict[int, tuple[int, int]] = {}
    line, line_start, at = 1, 0, 0
    for offset in sorted(set(offsets)):
        newlines = text.count("\n", at, offset)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", at, offset) + 1
        at = offset
        out[offset] = (line, offset - line_start + 1)
    return out


def scan(text: str, wanted: Collection[JsonPath] | None) -> Found:
    """Offsets of the ``wanted`` paths and their parents; every path and duplicate if None."""
    found = Found()
    # Where a wanted path may be: the paths themselves and their parents. Only
    # the parents are entered; any other container is skipped over.
    places: set[JsonPath] | None = None
    parents: set[JsonPath] = set()
    if wanted is not None:
        parents = {path[:i] for path in wanted for i in range(len(path))}
        places = parents | set(wanted)
    # Each open container: [is_object, path, next key or index, keys seen]
    stack: list[list[Any]] = []
    expecting_key = False

    def value_path() -> JsonPath:
        if not stack:
            return ()
        top = stack[-1]
        return (*top[1], top[2])

    pos = 0
    length = len(text)
    while pos < length:
        m = _TOKEN_RE.match(text, pos)
        if m is None or m.end() == pos:
            break
        pos = m.end()
        kind = m.lastindex or 3
        start = m.start(kind)
        # Only a key's text is read: a value's would be a copy (of 10 MB, maybe).
        punct = m.group(1) if kind == 1 else None
        if punct in ("{", "["):
            path = value_path()
            if places is not None and path not in parents:
                if path in places:
                    found.values.setdefault(path, start)
                pos = _skip(text, pos)
                continue
            found.values.setdefault(path, start)
            stack.append([punct == "{", path, 0, set()])
            expecting_key = punct == "{"
        elif punct in ("}", "]"):
            if stack:
                stack.pop()
            expecting_key = False
        elif punct == ",":
            if stack and stack[-1][0]:
                expecting_key = True
            elif stack:
                stack[-1][2] += 1
        elif punct == ":":
            expecting_key = False
        elif kind == 2 and expecting_key and stack:
            _key(found, stack[-1], m.group(2), start, places)
        elif places is None or value_path() in places:
            found.values.setdefault(value_path(), start)
    return found


def _key(
    found: Found, top: list[Any], string: str, start: int, places: set[JsonPath] | None
) -> None:
    key = string[1:-1]
    if "\\" in key:  # only an escape needs decoding
        with contextlib.suppress(ValueError):
            key = _decoder().decode(string)
    top[2] = key
    kpath = (*top[1], key)
    if places is not None:  # locating: only the paths asked for
        if kpath in places:
            found.keys.setdefault(kpath, start)
        return
    if key in top[3]:
        found.duplicates.append(
            (
                Problem(
                    "error",
                    f"duplicate key '{key}' in this object: JSON would silently keep "
                    "only the last one; expected each key once",
                    kpath,
                    at_key=True,
                ),
                start,
            )
        )
    else:
        top[3].add(key)
        found.keys[kpath] = start


@functools.cache
def _decoder() -> Any:
    import json  # here, not at the top: the usual start reads no JSON at all

    return json.JSONDecoder()


def _skip(text: str, pos: int) -> int:
    """The offset just past the container opened before ``pos``.

    The standard library's C scanner reads past it eight times as fast as the
    loop over brackets below (the value it builds is dropped); the loop is for
    what that scanner refuses: nesting past Python's recursion limit, an
    integer of thousands of digits.
    """
    try:
        end: int = _decoder().raw_decode(text, pos - 1)[1]
        return end
    except (ValueError, RecursionError):
        pass
    depth = 1
    for m in _SKIP_RE.finditer(text, pos):
        c = m.group()
        if c == "[" or c == "{":
            depth += 1
        elif c == "]" or c == "}":
            depth -= 1
            if not depth:
                return m.end()
    return len(text)
