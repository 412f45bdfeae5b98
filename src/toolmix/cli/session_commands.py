"""Commands that run a session of a tree: ``serve`` (the app in a browser), ``ask`` (line
prompts), ``answer`` (an answers file replayed) and ``graph`` (the flowchart, a replayed path marked)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from toolmix.cli.common import collect_from_now, emit, output_opts, warn
from toolmix.text.clean import clean
from toolmix.text.i18n import _

if TYPE_CHECKING:
    from toolmix.engine.answers_file import AnswersFile
    from toolmix.engine.selection import Mix
    from toolmix.engine.session import Session
    from toolmix.load.loader import LoadedTree

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]


def replayed(loaded: LoadedTree, answers: AnswersFile) -> Session:
    """The walk of an answers file; what it ignores is said on stderr, errors raise."""
    from toolmix.engine.answers_file import replay

    session, warnings = replay(loaded, answers)
    for w in warnings:
        print(_("toolmix: warning: {message}").format(message=clean(w)), file=sys.stderr)
    return session


def result_text(loaded: LoadedTree, session: Session, mix: Mix, fmt: str) -> str:
    """The result as ``answer`` and ``ask`` print it: JSON, or Markdown (or plain
    text, ``fmt`` "text") with what would change it."""
    if fmt == "json":
        from toolmix.export.json_result import result_json

        return result_json(mix)
    from toolmix.export.changes import section
    from toolmix.export.markdown import render, render_plain

    return (render_plain if fmt == "text" else render)(mix, changes=section(loaded, session, mix))


def print_result(loaded: LoadedTree, answers: AnswersFile) -> int:
    """``toolmix TREE --answers F`` without a full terminal: the Markdown result, printed."""
    from toolmix.engine.selection import choose

    session = replayed(loaded, answers)
    mix = choose(loaded.tree, session.answered_path())
    return emit(result_text(loaded, session, mix, "md"), None, False)


def cmd_answer(args: argparse.Namespace) -> int:
    from toolmix.engine.answers_file import read_answers
    from toolmix.engine.selection import choose
    from toolmix.load.discovery import resolve

    loaded = resolve(args.tree, args.trees, warn)
    session = replayed(loaded, read_answers(args.answers))
    if args.what_if is not None or args.why_not is not None:
        from toolmix.cli.explore_commands import explore_answer

        return emit(explore_answer(args, loaded, session), args.output, args.force)
    mix = choose(loaded.tree, session.answered_path())
    return emit(result_text(loaded, session, mix, args.format), args.output, args.force)


def cmd_graph(args: argparse.Namespace) -> int:
    from toolmix.engine.answers_file import read_answers, replay
    from toolmix.engine.cases import case_files
    from toolmix.export.graph import Marks, tree_dot, tree_mermaid
    from toolmix.load.discovery import resolve

    loaded = resolve(args.tree, args.trees, warn)
    marks = None
    if args.answers is not None:
        session, _warnings = replay(loaded, read_answers(args.answers))
        marks = Marks.of_path(session.path)
    elif args.cases:
        files = case_files(args.cases)
        if not files:
            print(_("toolmix: no case files found"), file=sys.stderr)
            return 1
        marks = Marks.cases([replay(loaded, read_answers(f))[0].path for f in files])
    render = tree_dot if args.format == "dot" else tree_mermaid
    return emit(render(loaded.tree, marks), args.output, args.force)


def cmd_ask(args: argparse.Namespace) -> int:
    from toolmix.load.discovery import DEFAULT_TREE, resolve

    loaded = resolve(args.tree or DEFAULT_TREE, args.trees, warn)
    return run_plain(loaded, args.format, args.output, args.force)


def run_plain(
    loaded: object, fmt: str | None = None, output: str | None = None, force: bool = False
) -> int:
    """``toolmix ask``: walk a tree with line-by-line prompts, then print or write the result.

    ``fmt`` None: plain text on the terminal (what a screen reader reads
    well: no Markdown marks, no tables, no flowchart), Markdown in a file.

    The walk is autosaved as in the app; ended early (the input closed: exit 1,
    ctrl+c: exit 130, ``q`` typed: exit 0) it says so, and the next walk of the
    tree offers it again.
    """
    from toolmix.files.userdirs import sessions_dir
    from toolmix.load.loader import LoadedTree
    from toolmix.plain import PlainWalk, Quit, Stopped
    from toolmix.store.autosave import claim
    from toolmix.text.wrap import output_width, wrap_text

    assert isinstance(loaded, LoadedTree)
    # A file of its own, as each app window has: never one an open window holds.
    found = claim(sessions_dir(), loaded.id)
    for problem in found.problems:
        print(f"toolmix: {clean(problem)}", file=sys.stderr)
    walk = PlainWalk(loaded, sys.stdin, sys.stdout, found.autosave)
    collect_from_now()
    try:
        mix = walk.run()
    except (Stopped, KeyboardInterrupt) as exc:
        kept = bool(walk.session.answers and not walk._save_warned)
        quit_ = isinstance(exc, Quit)  # typed at a prompt: the cursor is on a line of its own
        ended = _ended(isinstance(exc, Stopped) and not quit_, kept)
        print(("" if quit_ else "\n") + wrap_text(ended, output_width(sys.stderr)), file=sys.stderr)
        return 0 if quit_ else 1 if isinstance(exc, Stopped) else 130
    keep(mix)
    on_terminal = output is None or output == "-"
    if fmt is None:
        fmt = "text" if on_terminal else "md"
    text = result_text(loaded, walk.session, mix, fmt)
    if fmt == "text" and on_terminal:
        text = wrap_text(text, walk.width)
    sys.stdout.write("\n")
    code = emit(text, output, force)
    if code == 0:
        from toolmix.plain_explore import PlainExplore

        try:
            PlainExplore(walk).run()
        except KeyboardInterrupt:  # the result is out: ctrl+c here just ends the exploring
            sys.stdout.write("\n")
    return code


def _ended(stopped: bool, kept: bool) -> str:
    """Why the walk ended before its last question, and whether the answers are kept."""
    if stopped:
        if kept:
            return _(
                "toolmix: the input ended before the last question; "
                "your answers are saved: the same command offers them again"
            )
        return _("toolmix: the input ended before the last question")
    if kept:
        return _(
            "toolmix: stopped before the last question; "
            "your answers are saved: the same command offers them again"
        )
    return _("toolmix: stopped before the last question")


def keep(mix: Mix) -> None:
    """Keep a finished walk's result, as the app does, for the picker to offer again."""
    from toolmix.files.userdirs import results_dir
    from toolmix.model.problems import ToolmixError
    from toolmix.store.results import keep_result

    try:
        keep_result(results_dir(), mix)
    except ToolmixError as exc:
        print(
            _("toolmix: warning: the result could not be kept: {why}").format(
                why=clean(exc.problems[0].message)
            ),
            file=sys.stderr,
        )


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def cmd_serve(args: argparse.Namespace) -> int:
    import shlex

    from toolmix.model.problems import ToolmixError

    try:
        from toolmix.tui.web import EVERY_ADDRESS, GuardedServer, command
    except ImportError:
        raise ToolmixError(
            _("'toolmix serve' needs the web extra: pip install 'toolmix[web]'")
        ) from None
    if args.tree:
        from toolmix.load.discovery import resolve

        resolve(args.tree, args.trees, warn)  # a bad tree is reported here, not in the browser
    if args.host not in LOOPBACK:
        where = _("every address of this machine") if args.host in EVERY_ADDRESS else args.host
        print(
            _(
                "toolmix: warning: serving on {where}: anyone who can reach it and has the "
                "address with its token can use the app, and nothing is encrypted"
            ).format(where=where),
            file=sys.stderr,
        )
    server = GuardedServer(
        shlex.join(command(args.tree, args.trees)),
        host=args.host,
        port=args.port,
        allow_hosts=args.allow_host,
    )
    collect_from_now()
    server.serve()
    return 0


def add_commands(add: AddCommand, trees_opt: Callable[[argparse.ArgumentParser], None]) -> None:
    p = add(
        "serve",
        _("serve the app to a web browser (needs toolmix[web])"),
        _("toolmix serve social-tool-mix --port 8000   # then open the address it prints"),
    )
    p.add_argument(
        "tree", metavar="TREE", nargs="?", help=_("a tree id or path (default: the picker)")
    )
    p.add_argument("--port", type=int, default=8000)
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help=_("address to listen on (default 127.0.0.1; '' or 0.0.0.0: every address)"),
    )
    p.add_argument(
        "--allow-host",
        action="append",
        default=[],
        metavar="NAME",
        help=_("also answer requests made to NAME (a proxy's name, say; repeatable)"),
    )
    trees_opt(p)
    p.set_defaults(func=cmd_serve)

    p = add(
        "ask",
        _("walk a tree with plain line-by-line prompts (screen readers, pipes)"),
        "toolmix ask social-tool-mix -o my-mix.md",
    )
    p.add_argument(
        "tree", metavar="TREE", nargs="?", help=_("a tree id or path (default: social-tool-mix)")
    )
    output_opts(p, ("text", "md", "json"))
    trees_opt(p)
    # No --format: plain text on the terminal, Markdown in a file (-o).
    p.set_defaults(func=cmd_ask, format=None)

    p = add(
        "answer",
        _("walk a tree with an answers file and print the recommended mix"),
        "toolmix answer social-tool-mix --answers bakery.json --format md -o mix.md",
    )
    p.add_argument("tree", metavar="TREE", help=_("a tree id or a path to a tree file"))
    p.add_argument("--answers", required=True, metavar="FILE", help=_("the answers file (JSON)"))
    from toolmix.cli.explore_commands import add_options

    add_options(p)
    output_opts(p, ("md", "json", "text"))
    trees_opt(p)
    p.set_defaults(func=cmd_answer)

    p = add(
        "graph",
        _("print the whole tree as a flowchart"),
        "toolmix graph social-tool-mix --cases tests/personas/ --format dot -o tree.dot",
    )
    p.add_argument("tree", metavar="TREE", help=_("a tree id or a path to a tree file"))
    marked = p.add_mutually_exclusive_group()
    marked.add_argument(
        "--answers", metavar="FILE", help=_("highlight the path this answers file walks")
    )
    marked.add_argument(
        "--cases",
        nargs="+",
        metavar="CASE",
        help=_("label each edge with how many of these cases (files or folders) take it"),
    )
    output_opts(p, ("mermaid", "dot"))
    trees_opt(p)
    p.set_defaults(func=cmd_graph)
