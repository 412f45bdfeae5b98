"""Exploring a result headless: ``answer --what-if`` / ``--why-not`` and ``toolmix compare``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from toolmix.cli.common import emit, output_opts, warn
from toolmix.text.clean import clean, clean_strings
from toolmix.text.output import json_text

if TYPE_CHECKING:
    from toolmix.engine.session import Session
    from toolmix.load.loader import LoadedTree

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]


def read_walk(loaded: LoadedTree, path: str) -> Session:
    """An answers file, or a JSON result file (its tree, version and answers), replayed."""
    from toolmix.engine.answers_file import parse_answers, replay
    from toolmix.load.strict_json import read_json

    doc = read_json(path, what="answers file", clean=False)
    clean_strings(doc.data)  # every value, answers too, as read_answers does
    if isinstance(doc.data, dict) and "result_node" in doc.data:
        keep = ("format", "tree", "tree_version", "answers")
        doc.data = {"format": 1, **{k: v for k, v in doc.data.items() if k in keep}}
    session, warnings = replay(loaded, parse_answers(doc, clean_strings(doc.extras)))
    for w in warnings:
        print(f"toolmix: warning: {clean(w)}", file=sys.stderr)
    return session


def _as_json(found: object) -> str:
    return json_text(found) + "\n"


def explore_answer(args: argparse.Namespace, loaded: LoadedTree, session: Session) -> str:
    """The text of ``answer --what-if Q[=V,...]`` or ``answer --why-not ITEM``."""
    from toolmix.engine import explore
    from toolmix.export import explore_report

    if args.what_if is not None:
        question, _, given = args.what_if.partition("=")
        values = [v.strip() for v in given.split(",")] if given else None
        found = explore.what_if(loaded, session, question.strip(), values)
        if args.format == "json":
            return _as_json(found)
        return explore_report.what_if_md(loaded.tree, found)
    found = explore.why_not(loaded, session, args.why_not)
    if args.format == "json":
        return _as_json(found)
    pairs = []
    if found["status"] != "picked" and not found["changes"]:
        from toolmix.engine.selection import choose
        from toolmix.engine.sensitivity import pairs_bringing_in

        now = choose(loaded.tree, session.answered_path())
        pairs = pairs_bringing_in(loaded, session, now, args.why_not)
    return explore_report.why_not_md(loaded.tree, found, pairs)


def cmd_compare(args: argparse.Namespace) -> int:
    from toolmix.engine import explore
    from toolmix.export import explore_report
    from toolmix.load.discovery import resolve

    loaded = resolve(args.tree, args.trees, warn)
    first, *others = args.files
    a = read_walk(loaded, first)
    found = [explore.compare(loaded, a, read_walk(loaded, other)) for other in others]
    if args.format == "json":
        # Two files: the contract's object. More: A compared with each of the others, in order.
        text = _as_json(found[0] if len(found) == 1 else found)
    else:
        text = "\n".join(
            explore_report.compare_md(loaded.tree, f, (Path(first).name, Path(o).name))
            for f, o in zip(found, others, strict=True)
        )
    return emit(text, args.output, args.force)


def add_options(p: argparse.ArgumentParser) -> None:
    """``answer``'s exploring options."""
    group = p.add_mutually_exclusive_group()
    group.add_argument(
        "--what-if",
        metavar="Q[=V,...]",
        help="what the mix would become with each other answer to question Q (or the values V)",
    )
    group.add_argument(
        "--why-not",
        metavar="ITEM",
        help="why ITEM is or is not in the mix, and the single changes that would bring it in",
    )


def add_command(add: AddCommand, trees_opt: Callable[[argparse.ArgumentParser], None]) -> None:

    p = add(
        "compare",
        "compare the mixes of two (or more) answers files of one tree",
        "toolmix compare social-tool-mix two-hours.json four-hours.json",
    )
    p.add_argument("tree", metavar="TREE", help="a tree id or a path to a tree file")
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="answers files or JSON result files; the first is compared with each other",
    )
    output_opts(p, ("md", "json"))
    trees_opt(p)
    p.set_defaults(func=cmd_compare)
