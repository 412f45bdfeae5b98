"""What every command prints: errors, warnings, located problems, and its result (stdout or -o)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from toolmix.files.problem_line import problem_line
from toolmix.model.problems import Problem
from toolmix.text.clean import clean
from toolmix.text.i18n import _

if TYPE_CHECKING:
    import argparse


def collect_from_now() -> None:
    """Before what runs until the person ends it (the app, a server, a line-by-line walk).

    :func:`toolmix.cli.main.run` starts the process with the collector off; a run
    that lasts needs it back. What exists by now, the loaded tree above all, lives as
    long as the run and is frozen first, so that no collection walks it again.
    Called from a program that never turned it off (a test), this does nothing.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def err(message: str) -> None:
    print(f"toolmix: {clean(message)}", file=sys.stderr)


def warn(message: str) -> None:
    """A warning that does not stop the command, e.g. a tree file that is not used."""
    print(_("toolmix: warning: {message}").format(message=clean(message)), file=sys.stderr)


def print_problems(problems: Sequence[Problem]) -> None:
    """Each problem on its line, after its file; one that belongs to no file after the program."""
    for p in problems:
        print(clean(problem_line(p) if p.file else f"toolmix: {problem_line(p)}"), file=sys.stderr)


def print_os_error(exc: OSError) -> None:
    """A path the system refused (too long, no permission, ...) that no check caught, in words."""
    from toolmix.files.outpath import shown, why

    name = exc.filename if exc.filename is not None else ""
    if name:
        err(_("cannot use {path}: {why}").format(path=shown(os.fsdecode(name)), why=why(exc)))
    else:
        err(why(exc))


def output_opts(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    """--format, -o OUT and --force, shared by the commands that print a result."""
    p.add_argument("--format", choices=formats, default=formats[0])
    p.add_argument("-o", "--output", metavar="OUT", help=_("write to OUT instead of stdout"))
    p.add_argument("--force", action="store_true", help=_("overwrite OUT if it exists"))


def emit(text: str, output: str | None, force: bool) -> int:
    """A command's result on stdout, or written atomically to ``output``."""
    if output is None or output == "-":
        sys.stdout.write(text)
        return 0
    from toolmix.files.atomic import write_text_atomic

    path = write_text_atomic(output, text, overwrite=force)
    print(_("wrote {path}").format(path=clean(os.path.abspath(path))), file=sys.stderr)
    return 0
