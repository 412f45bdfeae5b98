"""The ``toolmix`` command. Headless commands never import the TUI (or Textual).

Exit codes: 0 success, 1 a problem with the input (bad tree, bad answers,
failed case), 2 wrong usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from toolmix import __version__
from toolmix.problems import Problem, ToolmixError
from toolmix.text import clean, one_line

if TYPE_CHECKING:
    import argparse

# argparse and json are imported where used: the usual start, `toolmix` or
# `toolmix TREE`, needs neither (5-6 ms; see docs/performance.md).

COMMANDS = ("validate", "schema", "list", "answer", "test", "graph", "paths", "ask", "serve")


def _err(message: str) -> None:
    print(f"toolmix: {clean(message)}", file=sys.stderr)


def _print_problems(problems: Sequence[Problem]) -> None:
    for p in problems:
        print(clean(str(p)), file=sys.stderr)


# --- validate -------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace) -> int:
    from toolmix.loader import check_file

    results = [check_file(p) for p in args.paths]
    failed = False
    rows = []
    for r in results:
        errors = r.errors + (r.warnings if args.strict else [])
        failed = failed or bool(errors)
        rows.extend(r.problems)
        if args.format == "text":
            for p in r.problems:
                print(clean(str(p)))
            if not r.problems:
                print(f"{clean(r.source)}: ok")
    if args.format == "json":
        import json

        print(json.dumps({"ok": not failed, "problems": [p.as_dict() for p in rows]}, indent=2))
    return 1 if failed else 0


# --- schema ---------------------------------------------------------------------


def cmd_schema(args: argparse.Namespace) -> int:
    from toolmix.atomic import write_text_atomic
    from toolmix.schema import SCHEMA_FILE, schema_text

    text = schema_text()
    if args.write is None:
        sys.stdout.write(text)
        return 0
    target = Path(args.write) / SCHEMA_FILE
    write_text_atomic(target, text, overwrite=True)
    print(f"wrote {target}")
    return 0


# --- list -----------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    from toolmix.discovery import discover

    catalogue = discover(args.trees)
    for notice in catalogue.notices:
        _err(notice)
    if args.format == "json":
        out = []
        for f in catalogue.trees:
            row: dict[str, object] = {"id": f.id, "path": str(f.path), "where": f.where}
            if f.tree is not None:
                t = f.tree.tree
                row.update(
                    title=t.title,
                    version=t.version,
                    questions=f.tree.index.question_count,
                    broken=False,
                )
            else:
                row.update(broken=True, error=str(f.first_error))
            out.append(row)
        import json

        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    if not catalogue.trees:
        print("no trees found")
        return 0
    for f in catalogue.trees:
        if f.tree is not None:
            t = f.tree.tree
            print(
                f"{f.id:<24} {one_line(t.title)}  (v{one_line(t.version)}, "
                f"{f.tree.index.question_count} questions, {f.where}: {f.path})"
            )
        else:
            print(f"{f.id:<24} BROKEN ({f.where}: {f.path})")
            print(f"{'':<24} {clean(str(f.first_error))}")
    return 0


# --- paths ----------------------------------------------------------------------


def cmd_paths(args: argparse.Namespace) -> int:
    from toolmix.discovery import search_dirs
    from toolmix.userdirs import sessions_dir, settings_file, tree_cache_dir

    for folder, where in search_dirs(args.trees):
        print(f"trees ({where}): {folder}")
    print(f"sessions: {sessions_dir()}")
    print(f"settings: {settings_file()}")
    print(f"cache of checked trees: {tree_cache_dir()}")
    return 0


# --- parser ---------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    import argparse

    parser = argparse.ArgumentParser(
        prog="toolmix",
        description="Walk a decision tree and get the few tools that fit your goals, your "
        "audience and your hours.",
        epilog="examples:\n  toolmix                      the full-screen app: choose a tree\n"
        "  toolmix social-tool-mix      the full-screen app on that tree\n  toolmix list\n  toolmix validate trees/social-tool-mix.json\n"
        "  toolmix answer social-tool-mix --answers my-answers.json\n\n"
        "run 'toolmix COMMAND --help' for a command's options",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"toolmix {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help: str, example: str) -> argparse.ArgumentParser:
        p = sub.add_parser(
            name,
            help=help,
            description=help,
            epilog=f"example:\n  {example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        return p

    def trees_opt(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--trees",
            action="append",
            default=[],
            metavar="DIR",
            help="also look for trees in DIR (repeatable)",
        )

    p = add(
        "validate",
        "check tree files and report every problem",
        "toolmix validate --strict trees/*.json",
    )
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--strict", action="store_true", help="treat warnings as errors")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_validate)

    p = add("schema", "print the JSON Schema of the tree format", "toolmix schema --write .vscode")
    p.add_argument("--write", metavar="DIR", help="write toolmix-tree.schema.json into DIR")
    p.set_defaults(func=cmd_schema)

    p = add("list", "list the trees toolmix can find", "toolmix list --trees ./my-trees")
    trees_opt(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_list)

    p = add("paths", "print the folders toolmix reads and writes", "toolmix paths")
    trees_opt(p)
    p.set_defaults(func=cmd_paths)

    from toolmix import cli_run

    cli_run.add_commands(add, trees_opt)
    return parser


def _app_args(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    """TREE and the --trees folders of ``toolmix [TREE] [--trees DIR]``.

    The usual forms, nothing or one TREE, are read directly; anything else
    goes through argparse, which words usage errors and exits with 2.
    """
    if not argv:
        return None, []
    if len(argv) == 1 and not argv[0].startswith("-"):
        return argv[0], []
    import argparse

    parser = argparse.ArgumentParser(
        prog="toolmix",
        usage="toolmix [TREE] [--trees DIR]   (or toolmix COMMAND ..., see toolmix --help)",
    )
    parser.add_argument("tree", nargs="?", metavar="TREE")
    parser.add_argument("--trees", action="append", default=[], metavar="DIR")
    args = parser.parse_args(argv)
    return args.tree, args.trees


def run_app(argv: Sequence[str]) -> int:
    """``toolmix [TREE] [--trees DIR]``: the full-screen app."""
    tree_arg, trees = _app_args(argv)
    from toolmix.discovery import resolve
    from toolmix.userdirs import sessions_dir, settings_file

    web = "TEXTUAL_DRIVER" in os.environ  # run by 'toolmix serve': the browser is the terminal
    plain = not sys.stdout.isatty() or not sys.stdin.isatty() or os.environ.get("TERM") == "dumb"
    if plain and not web:
        from toolmix.cli_run import plain_walk
        from toolmix.discovery import DEFAULT_TREE

        tree = resolve(tree_arg, trees) if tree_arg else None
        print(
            "toolmix: not a full terminal here, so asking line by line (the same as 'toolmix ask')",
            file=sys.stderr,
        )
        return plain_walk(tree or resolve(DEFAULT_TREE, trees))
    from toolmix import prefetch

    # Trees never loaded before are checked in another process while this one
    # imports Textual (see toolmix.prefetch); the tree is loaded after.
    helper = prefetch.start(prefetch.files_for(tree_arg, trees))
    from toolmix.tui.app import make_app

    prefetch.finish(helper)
    tree = resolve(tree_arg, trees) if tree_arg else None
    app = make_app(
        tree, trees_dirs=trees, sessions_dir=sessions_dir(), settings_path=settings_file()
    )
    app.run()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    # toolmix uses no pydantic plugins; looking for them scans every installed
    # package's metadata on the first validation (see docs/performance.md).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (
        args_list[0] not in COMMANDS and args_list[0] not in ("-h", "--help", "--version")
    ):
        try:
            return run_app(args_list)
        except ToolmixError as exc:
            _print_problems(exc.problems)
            return 1
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        code: int = args.func(args)
    except ToolmixError as exc:
        _print_problems(exc.problems)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    return code
