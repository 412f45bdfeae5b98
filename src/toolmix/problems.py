"""Problems found in a tree or answers file, located for a person to fix."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import field
from typing import Literal

from toolmix.records import record

Severity = Literal["error", "warning"]
PathPart = str | int
JsonPath = tuple[PathPart, ...]


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

    @property
    def json_path(self) -> str:
        return format_path(self.path)

    def located(self, file: str, line: int, column: int) -> Problem:
        return Problem(self.severity, self.message, self.path, file, line, column, self.at_key)

    def __str__(self) -> str:
        where = self.file or "<input>"
        if self.line:
            where += f":{self.line}:{self.column}"
        suffix = f" [{self.json_path}]" if self.path else ""
        return f"{where}: {self.severity}: {self.message}{suffix}"

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
    """``("nodes", "q3", "options", 2)`` -> ``nodes.q3.options[2]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part and all(c.isalnum() or c in "_-$" for c in part):
            out += f".{part}" if out else part
        else:
            quoted = part.replace("\\", "\\\\").replace('"', '\\"')
            out += f'["{quoted}"]'
    return out


def suggest(word: str, choices: Iterable[str]) -> str:
    """A " (did you mean 'x'?)" suffix for a close match, or an empty string."""
    from difflib import get_close_matches  # only when there is something to suggest

    matches = get_close_matches(word, list(choices), n=1, cutoff=0.5)
    return f" (did you mean '{matches[0]}'?)" if matches else ""


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Sorted by file, line, column, then errors before warnings."""
    return sorted(
        problems,
        key=lambda p: (p.file, p.line, p.column, p.severity != "error", p.message),
    )
