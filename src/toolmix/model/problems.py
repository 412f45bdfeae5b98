"""Problems found in a tree or answers file, located for a person to fix."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import field
from typing import Literal

from toolmix.model.record import record

Severity = Literal["error", "warning"]
PathPart = str | int
JsonPath = tuple[PathPart, ...]

#: A message longer than this is cut: it quotes a file's text, which can be
#: any length (a key of 300,000 characters), and a person reads it.
MAX_MESSAGE = 1000
#: Quoted text from a file, and JSON path parts, are shown up to this length.
MAX_QUOTED = 80
_LONG_QUOTE = re.compile(f"'([^'\n]{{{MAX_QUOTED + 1},}})'")


def shorten(text: str, limit: int = MAX_QUOTED) -> str:
    """``text`` if it is short; else its start, an ellipsis and its length."""
    if len(text) <= limit:
        return text
    return f"{text[: limit - 30]}…({len(text):,} characters)"


def _bounded(message: str) -> str:
    if len(message) <= MAX_MESSAGE:
        return message
    message = _LONG_QUOTE.sub(lambda m: f"'{shorten(m[1])}'", message)
    if len(message) > MAX_MESSAGE:
        half = MAX_MESSAGE // 2
        message = f"{message[:half]} … {message[-half:]}"
    return message


@record(frozen=True)
class Problem:
    """One thing wrong with an input file, with where it is."""

    severity: Severity
    message: str
    path: JsonPath = ()
    file: str = ""
    line: int = 0
    column: int = 0
    #: True when the location is the key (e.g. an unknown key), not its value.
    at_key: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.message) > MAX_MESSAGE:
            object.__setattr__(self, "message", _bounded(self.message))

    @property
    def json_path(self) -> str:
        return format_path(self.path)

    def located(self, file: str, line: int, column: int) -> Problem:
        return Problem(self.severity, self.message, self.path, file, line, column, self.at_key)

    def __str__(self) -> str:
        """``file:line:column: severity: message [path]``; without a file, no place at all."""
        where = self.file
        if where and self.line:
            where += f":{self.line}:{self.column}"
        suffix = f" [{self.json_path}]" if self.path else ""
        head = f"{where}: " if where else ""
        return f"{head}{self.severity}: {self.message}{suffix}"

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity,
            "message": self.message,
            "path": self.json_path,
        }


class ToolmixError(Exception):
    """The project's own error: carries located problems, never a traceback for users."""

    def __init__(self, problems: Sequence[Problem] | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("error", problems)]
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def format_path(path: Iterable[PathPart]) -> str:
    """``("nodes", "q3", "options", 2)`` -> ``nodes.q3.options[2]`` (long keys shortened)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        part = shorten(part)
        if part and all(c.isalnum() or c in "_-$" for c in part):
            out += f".{part}" if out else part
        else:
            quoted = part.replace("\\", "\\\\").replace('"', '\\"')
            if not quoted.isprintable():  # a control character in a key: shown, not dropped
                quoted = "".join(c if c.isprintable() else _escaped(c) for c in quoted)
            out += f'["{quoted}"]'
    return out


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def suggest(word: str, choices: Iterable[str]) -> str:
    """A " (did you mean 'x'?)" suffix for a close match, or an empty string.

    For one look-up. To suggest for many words from the same ids, build one
    :class:`Suggester` and call it: its index is built once.
    """
    return Suggester(choices)(word)


class Suggester:
    """Close matches among a fixed set of ids, at a bounded cost per word.

    Up to :attr:`SMALL` ids, every id is compared (``difflib``, as before).
    Past that, only ids near the word in two sorted orders are looked at: by
    prefix and by suffix (the ids sorted as written and reversed), which
    finds a typo anywhere but at both ends; of those, the few sharing most
    of the word's ends are compared. A word costs at most ``SMALL``
    comparisons, so thousands of broken references against thousands of
    ids stay linear, not a product of the two.
    """

    SMALL = 24
    #: Neighbours taken on each side of the word, in each sorted order.
    NEAR = 8
    #: Of those, compared in full.
    COMPARED = 6

    def __init__(self, choices: Iterable[str]) -> None:
        self._choices = list(dict.fromkeys(choices))
        self._longest = max(map(len, self._choices), default=0)
        self._forward: list[str] | None = None
        self._backward: list[str] | None = None

    def __call__(self, word: str) -> str:
        match = self.closest(word)
        return f" (did you mean '{match}'?)" if match else ""

    def closest(self, word: str) -> str | None:
        """The id closest to ``word``, when one is close enough."""
        # A ratio of 0.5 needs the shorter text to be at least a third of the
        # longer one; past that no id can match (and a huge word costs nothing).
        if not self._choices or len(word) > 3 * self._longest:
            return None
        from difflib import get_close_matches  # only when there is something to suggest

        matches = get_close_matches(word, self._candidates(word), n=1, cutoff=0.5)
        return matches[0] if matches else None

    def _candidates(self, word: str) -> list[str]:
        if len(self._choices) <= self.SMALL:
            return self._choices
        if self._forward is None or self._backward is None:
            self._forward = sorted(self._choices)
            self._backward = sorted(c[::-1] for c in self._choices)
        found = dict.fromkeys(_near(self._forward, word, self.NEAR))
        found.update(dict.fromkeys(c[::-1] for c in _near(self._backward, word[::-1], self.NEAR)))
        # Only the few sharing the most of the word's ends get the full comparison.
        return sorted(found, key=lambda c: -_shared_ends(word, c))[: self.COMPARED]


def _shared_ends(a: str, b: str) -> int:
    """Characters ``a`` and ``b`` share at their start plus at their end."""
    most = min(len(a), len(b))
    start = next((i for i in range(most) if a[i] != b[i]), most)
    end = next((i for i in range(most - start) if a[-1 - i] != b[-1 - i]), most - start)
    return start + end


def _near(ordered: list[str], word: str, count: int) -> list[str]:
    at = bisect_left(ordered, word)
    return ordered[max(0, at - count) : at + count]


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Sorted by file, line, column, then errors before warnings."""
    return sorted(
        problems,
        key=lambda p: (p.file, p.line, p.column, p.severity != "error", p.message),
    )
