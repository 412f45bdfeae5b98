"""The argument parser of ``toolmix COMMAND ...``: every command, its options and example."""

from __future__ import annotations

import argparse

from toolmix import __version__
from toolmix.cli.argparse_words import Parser, RawDescriptionWordsFormatter
from toolmix.cli.names import COMMANDS
from toolmix.text.i18n import N_, _

USAGE = "\n".join(
    (
        "toolmix [TREE] [--trees DIR] [--watch] [--answers FILE] [--lang LANG]",
        "       toolmix [--trees DIR] COMMAND [ARGS]",
        "       toolmix --help | --version",
    )
)

DESCRIPTION = N_(
    "Walk a decision tree and get the few tools that fit your goals, your audience and "
    "your hours.\n\n"
    "  toolmix [TREE]        the full-screen app; without TREE, a picker of every tree found.\n"
    "                        TREE is a tree id (see 'toolmix list') or a path to a .json file.\n"
    "  --trees DIR           also look for trees in DIR (repeatable), before or after COMMAND.\n"
    "  --watch               with TREE: reload its file whenever it changes, keeping your answers.\n"
    "  --answers FILE        open on the result of an answers file or a JSON result (TREE:\n"
    "                        the file's own tree unless given).\n"
    "  --lang LANG           speak LANG (es): toolmix's own words, and each tree's where a\n"
    "                        translation is beside it (default: from LC_ALL / LANG), before or\n"
    "                        after COMMAND."
)

EPILOG = N_("""examples:
  toolmix                      the full-screen app: choose a tree
  toolmix social-tool-mix      the full-screen app on that tree
  toolmix --trees ./my-trees   the picker, with the trees in ./my-trees too
  toolmix list
  toolmix validate trees/      every tree in a folder
  toolmix install my-tree.json
  toolmix answer social-tool-mix --answers my-answers.json
  toolmix --answers my-answers.json   the app, open on that file's result

run 'toolmix COMMAND --help' for a command's options""")


def trees_opt(p: argparse.ArgumentParser) -> None:
    """``--trees DIR``, for the commands that find trees by id."""
    p.add_argument(
        "--trees",
        action="append",
        default=[],
        metavar="DIR",
        help=_("also look for trees in DIR (repeatable)"),
    )


def build_parser() -> argparse.ArgumentParser:
    from toolmix.cli import session_commands
    from toolmix.cli.tree_commands import cmd_install, cmd_list, cmd_paths, cmd_schema, cmd_validate

    parser = Parser(
        prog="toolmix",
        usage=USAGE,
        description=_(DESCRIPTION),
        epilog=_(EPILOG),
        formatter_class=RawDescriptionWordsFormatter,
    )
    parser.add_version(f"toolmix {__version__}")
    # Given before COMMAND; added to the command's own --trees (toolmix.cli.main.main).
    parser.add_argument(
        "--trees", action="append", default=[], dest="global_trees", help=argparse.SUPPRESS
    )
    # prog: each command's usage line starts "toolmix COMMAND"; argparse would otherwise
    # build it from the program's whole USAGE, all three lines.
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="toolmix")

    def add(name: str, help: str, example: str) -> argparse.ArgumentParser:
        if name not in COMMANDS:  # main would take it for a TREE
            raise ValueError(f"command '{name}' is not named in toolmix.cli.names")
        return sub.add_parser(
            name,
            help=help,
            description=help,
            epilog=_("example:") + f"\n  {example}",
            formatter_class=RawDescriptionWordsFormatter,
        )

    p = add(
        "validate",
        _("check tree files, or every tree in a folder, and report every problem"),
        "toolmix validate --strict trees/",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help=_("a tree file or a folder of them"))
    p.add_argument("--strict", action="store_true", help=_("treat warnings as errors"))
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_validate)

    p = add(
        "schema", _("print the JSON Schema of the tree format"), "toolmix schema --write .vscode"
    )
    p.add_argument("--write", metavar="DIR", help=_("write toolmix-tree.schema.json into DIR"))
    p.set_defaults(func=cmd_schema)

    p = add("list", _("list the trees toolmix can find"), "toolmix list --trees ./my-trees")
    trees_opt(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_list)

    p = add("paths", _("print the folders toolmix reads and writes"), "toolmix paths")
    trees_opt(p)
    p.set_defaults(func=cmd_paths)

    p = add(
        "install",
        _("check a tree file, then copy it into your trees folder as ID.json"),
        "toolmix install my-tree.json",
    )
    p.add_argument("tree", metavar="TREE", help=_("the tree file (.json) to install"))
    p.add_argument("--force", action="store_true", help=_("replace an installed tree with this id"))
    p.set_defaults(func=cmd_install)

    session_commands.add_commands(add, trees_opt)
    from toolmix.cli import audit_command as cli_audit

    cli_audit.add_command(add, trees_opt)
    from toolmix.cli import test_command as cli_cases

    cli_cases.add_command(add, trees_opt)
    from toolmix.cli import explore_commands as cli_explore

    cli_explore.add_command(add, trees_opt)
    from toolmix.cli import completion

    completion.add_command(add)
    from toolmix.cli import translate_command

    translate_command.add_command(add, trees_opt)
    return parser
