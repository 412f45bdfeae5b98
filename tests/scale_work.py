"""Counting work, not seconds: for the scaling tests (tests/test_scale_*.py).

Two counters, both deterministic on any machine: lines of Python run (a
tracer; it sees the Python half of the work, the standard library's
included), and comparisons and hashes of :class:`Counted` strings (which
sees what C loops such as ``list.count`` do with them).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

_tally = [0]


class Counted(str):
    """A string that counts each comparison and hash made of it."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        _tally[0] += 1
        return str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        _tally[0] += 1
        return str.__ne__(self, other)

    def __hash__(self) -> int:
        _tally[0] += 1
        return str.__hash__(self)


def work(run: Callable[[], Any]) -> int:
    """Lines of Python run, plus comparisons and hashes of Counted strings, by ``run()``."""
    lines = [0]

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line":
            lines[0] += 1
        return local

    def start(frame: FrameType, event: str, arg: Any) -> Any:
        return local

    previous = sys.gettrace()
    _tally[0] = 0
    sys.settrace(start)
    try:
        run()
    finally:
        sys.settrace(previous)
    return lines[0] + _tally[0]


#: Doubling an input may at most multiply the work by this (linear is 2,
#: n log n a little more; quadratic is 4).
GROWTH = 2.5
