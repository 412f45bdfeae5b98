"""``toolmix audit``: walk a tree's whole answer space and report what an author should look at."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from toolmix.cli.common import emit, output_opts, warn
from toolmix.text.i18n import _, thousands

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("expected a whole number, got '{text}'").format(text=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("expected at least 1, got {value}").format(value=value))
    return value


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("expected a whole number, got '{text}'").format(text=text)
        ) from None


def cmd_audit(args: argparse.Namespace) -> int:
    from toolmix.audit.report import render_json, render_markdown
    from toolmix.audit.space import run_audit
    from toolmix.load.discovery import resolve

    loaded = resolve(args.tree, args.trees, warn)
    audit = run_audit(loaded, limit=args.limit, walks=args.walks, seed=args.seed)
    text = render_json(audit) if args.format == "json" else render_markdown(audit, loaded.tree)
    # A tree with problems still exits 0: the audit reports, 'validate' judges.
    return emit(text, args.output, args.force)


def add_command(add: AddCommand, trees_opt: Callable[[argparse.ArgumentParser], None]) -> None:
    from toolmix.audit.space import DEFAULT_LIMIT, DEFAULT_WALKS

    p = add(
        "audit",
        _("walk every combination of answers (or random ones) and report what never matters"),
        "toolmix audit social-tool-mix --walks 20000 --format md -o audit.md",
    )
    p.add_argument("tree", metavar="TREE", help=_("a tree id or a path to a tree file"))
    p.add_argument(
        "--limit",
        type=_positive,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=_("walk every combination when there are at most N (default {limit})").format(
            limit=thousands(DEFAULT_LIMIT)
        ),
    )
    p.add_argument(
        "--walks",
        type=_positive,
        default=DEFAULT_WALKS,
        metavar="N",
        help=_("random walks when there are more (default {walks})").format(
            walks=thousands(DEFAULT_WALKS)
        ),
    )
    p.add_argument(
        "--seed", type=_seed, default=0, metavar="S", help=_("seed of the random walks (default 0)")
    )
    output_opts(p, ("md", "json"))
    trees_opt(p)
    p.set_defaults(func=cmd_audit)
