"""``toolmix test``: run a tree's cases; ``--diff`` explains a failure, ``--update`` accepts today's."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from toolmix.cli.common import warn
from toolmix.text.clean import clean
from toolmix.text.i18n import _, ngettext, pgettext
from toolmix.text.output import json_text

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]


def _rewrite(path: Path, expect: dict[str, object]) -> None:
    from toolmix.files.atomic import write_text_atomic

    doc = json.loads(path.read_text(encoding="utf-8-sig"))
    doc["x-expect"] = expect
    write_text_atomic(path, json_text(doc) + "\n", overwrite=True)


def _verdict(ok: bool) -> str:
    """``PASS`` or ``FAIL``, the first word of a case's line, in the language: one word in
    capitals, so a line still reads ``WORD FILE`` and its details are the indented lines."""
    # TRANSLATORS: one word in capitals, no spaces: "PASS tests/personas/bakery.json".
    return pgettext("toolmix test", "PASS") if ok else pgettext("toolmix test", "FAIL")


def cmd_test(args: argparse.Namespace) -> int:
    from toolmix.engine.cases import case_files, diff_lines, run_case, updated_expect
    from toolmix.load.discovery import resolve

    loaded = resolve(args.tree, args.trees, warn)
    files = case_files(args.cases)
    if not files:
        print(_("toolmix: no case files found"), file=sys.stderr)
        return 1
    failed = updated = 0
    for path in files:
        result = run_case(loaded, path)
        strict_fail = args.strict and bool(result.warnings)
        ok = result.passed and not strict_fail
        print(f"{_verdict(ok)} {clean(str(path))}")
        for line in result.warnings:
            print("    " + _("warning: {message}").format(message=clean(line)))
        if args.diff or args.update:
            lines = diff_lines(result) or result.differences
        else:
            lines = result.differences
        for line in lines:
            print(f"    {clean(line)}")
        new = updated_expect(result) if args.update else None
        if new is not None:
            _rewrite(path, new)
            print("    " + _("updated x-expect in {file}").format(file=clean(str(path))))
            updated += 1
        elif not ok:
            failed += 1
    passed = len(files) - failed - updated
    counts = [
        ngettext("{n} passed", "{n} passed", passed).format(n=passed),
        ngettext("{n} failed", "{n} failed", failed).format(n=failed),
    ]
    if args.update:
        counts.append(ngettext("{n} updated", "{n} updated", updated).format(n=updated))
    print(", ".join(counts))
    return 1 if failed else 0


def add_command(add: AddCommand, trees_opt: Callable[[argparse.ArgumentParser], None]) -> None:
    p = add(
        "test",
        _("run a tree's test cases (answers files with an x-expect object)"),
        "toolmix test social-tool-mix tests/personas/ --diff",
    )
    p.add_argument("tree", metavar="TREE", help=_("a tree id or a path to a tree file"))
    p.add_argument("cases", nargs="+", metavar="CASE", help=_("case files or folders of them"))
    p.add_argument(
        "--diff",
        action="store_true",
        help=_("show how each failing mix differs: items, their scores, hours and reasons"),
    )
    p.add_argument(
        "--update",
        action="store_true",
        help=_(
            "show the differences, then rewrite each failing case's x-expect from today's result"
        ),
    )
    p.add_argument(
        "--strict",
        action="store_true",
        help=_("fail a case on warnings too (answers off the path, another tree version)"),
    )
    trees_opt(p)
    p.set_defaults(func=cmd_test)
