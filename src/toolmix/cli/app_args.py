"""The app's own command line, ``toolmix [TREE] [--trees DIR] [--watch] [--answers FILE]``.

Read without argparse in the usual forms (nothing, or one TREE); a TREE that
is a mistyped command ("answr") is told the command it may be, as a mistyped
tree id is told the tree.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from toolmix.cli.common import warn
from toolmix.cli.names import COMMANDS
from toolmix.model.problems import ToolmixError

if TYPE_CHECKING:
    from toolmix.load.loader import LoadedTree


def app_args(argv: Sequence[str]) -> tuple[str | None, list[str], bool, str | None]:
    """TREE, --trees, --watch and --answers of ``toolmix [TREE] [--trees DIR] [--watch]
    [--answers FILE]``.

    The usual forms, nothing or one TREE, are read directly; anything else
    goes through argparse, which words usage errors and exits with 2.
    """
    if not argv:
        return None, [], False, None
    if len(argv) == 1 and not argv[0].startswith("-"):
        return argv[0], [], False, None
    from toolmix.cli.argparse_words import Parser
    from toolmix.text.i18n import _

    parser = Parser(
        prog="toolmix",
        usage=_(
            "toolmix [TREE] [--trees DIR] [--watch] [--answers FILE] [--lang LANG]   "
            "(or toolmix COMMAND ..., see toolmix --help)"
        ),
    )
    words = positionals(argv)
    typo = command_typo(words[0]) if len(words) > 1 else ""
    if typo:  # 'toolmix answr TREE': argparse would only say TREE is not expected
        parser.error(
            _("'{word}' is not a command{hint}; run 'toolmix --help' for the commands").format(
                word=words[0], hint=typo
            )
        )
    parser.add_argument("tree", nargs="?", metavar="TREE")
    parser.add_argument("--trees", action="append", default=[], metavar="DIR")
    parser.add_argument(
        "--watch", action="store_true", help=_("reload TREE's file whenever it changes")
    )
    parser.add_argument(
        "--answers",
        metavar="FILE",
        help=_("open on the result of an answers file or a JSON result (TREE: the file's tree)"),
    )
    args = parser.parse_args(argv)
    if args.watch and args.tree is None:
        parser.error(_("--watch needs a TREE to follow"))
    return args.tree, args.trees, args.watch, args.answers


def positionals(argv: Sequence[str]) -> list[str]:
    """The words of the app's command line that are not options or their values."""
    out: list[str] = []
    takes_value = False
    for arg in argv:
        if takes_value:
            takes_value = False
        elif arg in ("--trees", "--answers"):
            takes_value = True
        elif not arg.startswith("-"):
            out.append(arg)
    return out


def command_typo(word: str) -> str:
    """ " (did you mean 'answer'?)" when ``word`` is no path and close to a command's name."""
    from toolmix.load.discovery import looks_like_path
    from toolmix.load.hints import suggest

    return "" if looks_like_path(word) or os.path.exists(word) else suggest(word, COMMANDS)


def resolve_tree(name: str, trees: list[str]) -> LoadedTree:
    """The tree TREE names; a TREE that is a mistyped command says which it may be."""
    from toolmix.load.discovery import resolve

    try:
        return resolve(name, trees, warn)
    except ToolmixError as exc:
        typo = command_typo(name)
        if not typo:
            raise
        from toolmix.text.i18n import _

        raise ToolmixError(
            _(
                "'{word}' is neither a tree nor a command{hint}; run 'toolmix --help' "
                "for the commands, 'toolmix list' for the trees"
            ).format(word=name, hint=typo)
        ) from exc
