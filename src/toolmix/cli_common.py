"""What every command prints to stderr: errors, warnings, located problems."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from toolmix.problems import Problem
from toolmix.text import clean


def err(message: str) -> None:
    print(f"toolmix: {clean(message)}", file=sys.stderr)


def warn(message: str) -> None:
    """A warning that does not stop the command, e.g. a tree file that is not used."""
    print(f"toolmix: warning: {clean(message)}", file=sys.stderr)


def print_problems(problems: Sequence[Problem]) -> None:
    """Each problem on its line, after its file; one that belongs to no file after the program."""
    for p in problems:
        print(clean(str(p) if p.file else f"toolmix: {p}"), file=sys.stderr)


def print_os_error(exc: OSError) -> None:
    """A path the system refused (too long, no permission, ...) that no check caught, in words."""
    from toolmix.outpath import shown, why

    name = exc.filename if exc.filename is not None else ""
    err(f"cannot use {shown(os.fsdecode(name))}: {why(exc)}" if name else why(exc))
