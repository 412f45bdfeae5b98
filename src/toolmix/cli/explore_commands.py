"""Exploring a result headless: ``answer --what-if`` / ``--why-not`` and ``toolmix compare``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from toolmix.cli.common import emit, output_opts, warn
from toolmix.text.clean import clean
from toolmix.text.i18n import _
from toolmix.text.output import json_text

if TYPE_CHECKING:
    from toolmix.engine.session import Session
    from toolmix.load.loader import LoadedTree

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]


def read_session(loaded: LoadedTree, path: str) -> Session:
    """An answers file, or a JSON result file (its tree, version and answers), replayed."""
    from toolmix.engine.answers_file import read_answers, replay

    session, warnings = replay(loaded, read_answers(path))
    for w in warnings:
        print(_("toolmix: warning: {message}").format(message=clean(w)), file=sys.stderr)
    return session


def _as_json(found: object) -> str:
    return json_text(found) + "\n"


def _comma_is_a_separator(loaded: LoadedTree, question: str, given: str) -> None:
    """Where a comma is the decimal mark (Spanish), ``hours=2,5`` still means 2 and 5:
    EXPLORE.md's ``Q=V,V...`` separates values with commas in every language, so
    that a script's line means one thing everywhere. Said, so that nobody who
    meant two and a half reads the alternatives for 2 and 5 (newuser7)."""
    import re

    from toolmix.model.nodes import NumberNode
    from toolmix.text.i18n import decimal_separator

    digits = re.search(r"(\d+),(\d+)", given)
    if decimal_separator() != "," or digits is None:
        return
    if isinstance(loaded.tree.nodes.get(question), NumberNode):
        whole, part = digits.groups()
        warn(
            _(
                "--what-if: the comma separates values, in every language "
                "({whole} and {part}); for {whole},{part} write {whole}.{part}"
            ).format(whole=whole, part=part)
        )


def explore_answer(args: argparse.Namespace, loaded: LoadedTree, session: Session) -> str:
    """The text of ``answer --what-if Q[=V,...]`` or ``answer --why-not ITEM``."""
    from toolmix.engine import explore
    from toolmix.export import explore_report

    if args.what_if is not None:
        question, equals, given = args.what_if.partition("=")
        values = [v.strip() for v in given.split(",")] if equals else None
        found = explore.what_if(loaded, session, question.strip(), values)
        _comma_is_a_separator(loaded, question.strip(), given)
        if args.format == "json":
            return _as_json(found)
        return explore_report.what_if_md(loaded.tree, found)
    found = explore.why_not(loaded, session, args.why_not)
    if args.format == "json":
        return _as_json(found)
    from toolmix.engine.selection import choose
    from toolmix.engine.sensitivity import beyond_one_change

    now = choose(loaded.tree, session.answered_path())
    follow_ups, pairs, near = (
        beyond_one_change(loaded, session, now, args.why_not)
        if found["status"] != "picked" and not found["changes"]
        else ([], [], None)
    )
    return explore_report.why_not_md(now, found, pairs, near, follow_ups)


def cmd_compare(args: argparse.Namespace) -> int:
    from toolmix.engine import explore
    from toolmix.export import explore_report
    from toolmix.load.discovery import resolve

    loaded = resolve(args.tree, args.trees, warn)
    others = [args.second, *args.more]
    sessions = [read_session(loaded, f) for f in (args.first, *others)]
    found = [explore.compare(loaded, sessions[0], other) for other in sessions[1:]]
    if args.format == "json":
        # Two files: the contract's object. More: A compared with each of the others, in order.
        text = _as_json(found[0] if len(found) == 1 else found)
    else:
        first = Path(args.first).name
        text = "\n".join(
            explore_report.compare_md(loaded.tree, f, (first, Path(o).name), (sessions[0], w))
            for f, o, w in zip(found, others, sessions[1:], strict=True)
        )
    return emit(text, args.output, args.force)


def add_options(p: argparse.ArgumentParser) -> None:
    """``answer``'s exploring options."""
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--what-if",
        metavar="Q[=V,...]",
        help=_("what the mix would become with each other answer to question Q (or the values V)"),
    )
    group.add_argument(
        "--why-not",
        metavar="ITEM",
        help=_("why ITEM is or is not in the mix, and the single changes that would bring it in"),
    )


def add_command(add: AddCommand, trees_opt: Callable[[argparse.ArgumentParser], None]) -> None:

    p = add(
        "compare",
        _("compare the mixes of two (or more) answers files of one tree"),
        "toolmix compare social-tool-mix two-hours.json four-hours.json",
    )
    p.add_argument("tree", metavar="TREE", help=_("a tree id or a path to a tree file"))
    p.add_argument("first", metavar="A", help=_("an answers file or a JSON result file"))
    # B, then [C ...]: the usage line reads as docs/cli.md writes it, A B [C ...].
    p.add_argument(
        "second", metavar="B", help=_("the answers file or JSON result to compare with A")
    )
    p.add_argument(
        "more",
        nargs="*",
        default=[],  # without a default argparse counts a "*" positional as required
        metavar="C",
        help=_("more answers files or JSON results, each compared with A"),
    )
    output_opts(p, ("md", "json"))
    trees_opt(p)
    p.set_defaults(func=cmd_compare)
