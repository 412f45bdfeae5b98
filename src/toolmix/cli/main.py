"""The ``toolmix`` command. Headless commands never import the TUI (or Textual).

Exit codes: 0 success, 1 a problem with the input (bad tree, bad answers,
failed case), 2 wrong usage. The parser is in toolmix.cli.parser, the
commands in toolmix.cli.tree_commands and toolmix.cli.session_commands.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from toolmix.cli.app_args import app_args, resolve_tree
from toolmix.cli.common import collect_from_now, print_os_error, print_problems
from toolmix.cli.names import COMMANDS
from toolmix.model.problems import ToolmixError

# argparse and json are imported where used: the usual start, `toolmix` or
# `toolmix TREE`, needs neither (the figure is in docs/performance.md). For the same
# reason the commands' names come from toolmix.cli.names, which imports nothing,
# not from the parser.


def run_app(argv: Sequence[str]) -> int:
    """``toolmix [TREE] [--trees DIR] [--watch] [--answers FILE]``: the full-screen app."""
    tree_arg, trees, watch, answers_path = app_args(argv)
    from toolmix.files.userdirs import results_dir, sessions_dir, settings_file

    answers = None
    if answers_path is not None:
        from toolmix.engine.answers_file import read_answers

        answers = read_answers(answers_path)
        tree_arg = tree_arg or answers.tree

    web = "TEXTUAL_DRIVER" in os.environ  # run by 'toolmix serve': the browser is the terminal
    plain = not sys.stdout.isatty() or not sys.stdin.isatty() or os.environ.get("TERM") == "dumb"
    if plain and not web:
        from toolmix.cli.session_commands import print_result, run_plain
        from toolmix.load.discovery import DEFAULT_TREE
        from toolmix.text.i18n import _

        # The tree first: a TREE that is no tree is said without a notice before it.
        found = resolve_tree(tree_arg or DEFAULT_TREE, trees)
        if answers is not None:
            print(_("toolmix: not a full terminal here, so the result is printed"), file=sys.stderr)
            return print_result(found, answers)

        print(
            _(
                "toolmix: not a full terminal here, "
                "so asking line by line (the same as 'toolmix ask')"
            ),
            file=sys.stderr,
        )
        return run_plain(found)
    from toolmix.tui.app import make_app

    # The warnings stay readable above the app, and in the terminal once it ends.
    tree = resolve_tree(tree_arg, trees) if tree_arg else None
    opened = None
    if answers is not None and tree is not None:
        from toolmix.cli.session_commands import replayed

        opened = replayed(tree, answers)
    app = make_app(
        tree,
        trees_dirs=trees,
        sessions_dir=sessions_dir(),
        settings_path=settings_file(),
        watch=Path(tree.source) if watch and tree is not None else None,
        results_dir=results_dir(),
        opened=opened,
    )
    collect_from_now()
    app.run()
    return 0


def _command_at(args: Sequence[str]) -> int | None:
    """Where COMMAND (or --help, --version) is, after any leading ``--trees DIR``."""
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in ("--trees", "--lang"):
            i += 2
        elif arg.startswith(("--trees=", "--lang=")):
            i += 1
        elif arg in COMMANDS or arg in ("-h", "--help", "--version"):
            return i
        else:
            return None
    return None


def run() -> NoReturn:
    """The process's entry point: the ``toolmix`` script and ``python -m toolmix``.

    A command makes its long-lived objects first and almost no cycles: loading a
    tree allocates hundreds of thousands of objects, which the collector at its
    usual pace walks again and again (the figures are in docs/performance.md),
    while a whole audit leaves few unreachable objects. So the process starts
    with the collector off, and what runs until the person ends it turns it back
    on (:func:`toolmix.cli.common.collect_from_now`). :func:`main` itself leaves
    the collector alone, for the programs and tests that call it.
    """
    gc.disable()
    raise SystemExit(main())


def main(argv: Sequence[str] | None = None) -> int:
    # toolmix uses no pydantic plugins; looking for them scans every installed
    # package's metadata on the first validation (see docs/performance.md).
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if "_ARGCOMPLETE" in os.environ:  # the shell's TAB, through 'toolmix completion's script
        from toolmix.cli.completion import complete_if_asked
        from toolmix.cli.parser import build_parser

        complete_if_asked(build_parser)
    from toolmix.text.output import filtered_std_streams

    # Every line any command prints passes the output filter (the app itself
    # draws through Textual's driver, which writes to the terminal directly).
    with filtered_std_streams():
        return _main(argv)


def _take_lang(args: list[str]) -> list[str] | None:
    """``args`` without ``--lang LANG``, which goes to the environment for every command
    (``translate`` keeps its own: one after it is the language translated into, one
    before it the language spoken); None when LANG is no language code."""
    at = _command_at(args)
    if at is not None and args[at] == "translate":
        before = _take_lang(args[:at])
        return None if before is None else [*before, *args[at:]]
    if not any(a.startswith("--lang") for a in args):
        return args
    from toolmix.load.translate.side import LANG
    from toolmix.text.i18n import ASKED, _

    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--lang" or arg.startswith("--lang="):
            value = arg.partition("=")[2] if "=" in arg else (args[i + 1 : i + 2] or [""])[0]
            if not LANG.fullmatch(value):
                print(
                    _("toolmix: --lang needs a language code such as es or pt-BR"),
                    file=sys.stderr,
                )
                return None
            os.environ[ASKED] = value
            i += 1 if "=" in arg else 2
        else:
            rest.append(arg)
            i += 1
    return rest


def _main(argv: Sequence[str] | None) -> int:
    taken = _take_lang(list(sys.argv[1:] if argv is None else argv))
    if taken is None:
        return 2
    from toolmix.text.i18n import _, language, use_language

    use_language(
        language()[0]
    )  # this run's --lang or locale, even when main runs twice in a process
    args_list = taken
    if _command_at(args_list) is None:
        try:
            return run_app(args_list)
        except ToolmixError as exc:
            print_problems(exc.problems)
            return 1
        except KeyboardInterrupt:  # ctrl+c before or after the walk; see session_commands.run_plain
            return 130
        except OSError as exc:  # a typed path pathlib could not even look at
            print_os_error(exc)
            return 1
    from toolmix.cli.parser import build_parser

    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        parser.print_help()
        return 2
    if args.global_trees:
        if not hasattr(args, "trees"):
            parser.error(
                _("'toolmix {command}' does not look for trees; drop --trees").format(
                    command=args.command
                )
            )
        args.trees = [*args.global_trees, *args.trees]
    try:
        code: int = args.func(args)
    except ToolmixError as exc:
        print_problems(exc.problems)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # e.g. a 300-byte name or an unreadable folder given to validate
        print_os_error(exc)
        return 1
    return code
