"""Numbers in a file are finite and bounded, wherever they are.

JSON allows ``1e400``, which Python reads as infinity, and integers of any
length, which Python keeps exactly but cannot turn into a float. Neither is a
number of hours, a score or an answer; both made later arithmetic fail (a
step check, a sum of efforts, ``Infinity`` in the JSON export). So every
number of every parsed file, ``x-`` keys included, must lie within
:data:`MAX_NUMBER` of zero, and one that does not is refused where it stands.
"""

from __future__ import annotations

import math
import re
from typing import Any

from toolmix.model.problems import JsonPath, Problem
from toolmix.text.i18n import _, thousands

#: A million billion: every integer up to it is exact as a float, and adding
#: up a tree's worth of them (200,000 nodes of 1,000 options) stays finite.
MAX_NUMBER = 10**15
#: Numbers reported for one file; past this, one line says how many more.
MAX_REPORTED = 20
# A number outside the bounds is written with an exponent (a digit, then e or
# E) or with at least 16 digits in a row; a text with neither cannot hold one.
# Mapping digits to "d", e and E to "e" and the rest to a space lets bytes
# searches find both at C speed, where a regular expression would crawl over a big file.
_SHAPES = bytes(
    ord("d") if b in b"0123456789" else ord("e") if b in b"eE" else 32 for b in range(256)
)
# Integers longer than this are not turned into Python ints at all (Python
# refuses past 4,300 digits, and the work grows with the square of the length).
_LONGEST_INT = 40
_NUMBER_TOKEN = re.compile(r"-?(?:[0-9][0-9.eE+-]*|NaN|Infinity)")


def out_of_bounds(value: float) -> bool:
    """Whether the number ``value`` is infinite, NaN, or further than MAX_NUMBER from 0."""
    if isinstance(value, int):
        return value > MAX_NUMBER or value < -MAX_NUMBER
    return not -MAX_NUMBER <= value <= MAX_NUMBER  # NaN fails both comparisons


def parse_int(digits: str) -> float:
    """The standard parser's hook for integers: an over-long one becomes infinite, to be refused."""
    if len(digits) > _LONGEST_INT:
        return -math.inf if digits.startswith("-") else math.inf
    return int(digits)


def may_hold_bad_numbers(raw: bytes) -> bool:
    """False when the JSON text ``raw`` certainly holds no number out of bounds (a fast test)."""
    shapes = raw.translate(_SHAPES)
    return b"de" in shapes or b"d" * 16 in shapes


def _any_bad(value: Any) -> bool:
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and out_of_bounds(v):
            return True
    return False


def bad_number_paths(data: Any) -> list[JsonPath]:
    """The JSON paths of the numbers out of bounds in ``data``, in document order."""
    if not _any_bad(data):
        return []
    found: list[JsonPath] = []
    stack: list[tuple[JsonPath, Any]] = [((), data)]
    while stack:
        path, v = stack.pop()
        if isinstance(v, dict):
            stack.extend(((*path, k), c) for k, c in reversed(v.items()))
        elif isinstance(v, list):
            stack.extend(((*path, i), c) for i, c in reversed(list(enumerate(v))))
        elif isinstance(v, (int, float)) and not isinstance(v, bool) and out_of_bounds(v):
            found.append(path)
    return found


def shown(token: str) -> str:
    """A number as written in the file, shortened when it is long."""
    if len(token) <= 30:
        return token
    digits = sum(c.isdigit() for c in token)
    return _("{start}…{end} ({n} digits)").format(
        start=token[:12], end=token[-6:], n=thousands(digits)
    )


def number_message(token: str) -> str:
    """What is wrong with the number written ``token``, in words."""
    if token.lstrip("-") in ("NaN", "Infinity"):
        return _("{word} is not JSON; expected a finite number").format(word=token)
    if token.startswith("-"):
        return _(
            "{number} is too small; expected a number of at least -1e15 (a million billion)"
        ).format(number=shown(token))
    return _("{number} is too large; expected a number of at most 1e15 (a million billion)").format(
        number=shown(token)
    )


def token_at(text: str, line: int, column: int) -> str:
    """The number written at ``line``:``column`` (1-based) of ``text``; "the number" if none."""
    start = 0
    for _line in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return _("the number")
    m = _NUMBER_TOKEN.match(text, start + column - 1)
    return m.group() if m else _("the number")


def number_problems(located: list[Problem], text: str, total: int) -> list[Problem]:
    """The located problems, each worded with the number as it is written in ``text``.

    ``total`` is how many numbers are out of bounds; past the ones located, a
    last problem says how many more there are.
    """
    out = []
    for p in located:
        message = number_message(token_at(text, p.line, p.column))
        out.append(Problem("error", message, p.path, p.file, p.line, p.column))
    if total > len(located):
        rest = total - len(located)
        file = located[0].file if located else ""
        more = _("and {n} more numbers out of range").format(n=thousands(rest))
        out.append(Problem("error", more, file=file))
    return out


__all__ = [
    "MAX_NUMBER",
    "MAX_REPORTED",
    "bad_number_paths",
    "may_hold_bad_numbers",
    "number_message",
    "number_problems",
    "out_of_bounds",
    "parse_int",
]
