"""``toolmix translate``: write a translation template of a tree, or check translations."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from toolmix.cli.common import emit, print_problems, warn
from toolmix.text.i18n import _, ngettext

AddCommand = Callable[[str, str, str], argparse.ArgumentParser]


def cmd_translate(args: argparse.Namespace) -> int:
    from toolmix.load.discovery import resolve
    from toolmix.load.translate.check import kept_texts, template
    from toolmix.load.translate.side import LANG, side_file

    if args.check:
        return _check(args)
    if len(args.trees_named) != 1 or not args.lang:
        print(_("toolmix: translate needs one TREE and --lang (or --check)"), file=sys.stderr)
        return 2
    if not LANG.fullmatch(args.lang):
        print(
            _("toolmix: '{lang}' is not a language code such as es or pt-BR").format(
                lang=args.lang
            ),
            file=sys.stderr,
        )
        return 2
    loaded = resolve(args.trees_named[0], args.trees, warn, translate=False)
    beside = side_file(loaded.source, args.lang)
    output = args.output if args.output is not None else str(beside)
    keep = kept_texts(beside) if beside.is_file() else {}
    return emit(template(loaded, args.lang, keep), output, args.force)


def _check(args: argparse.Namespace) -> int:
    from toolmix.load.discovery import resolve, tree_files
    from toolmix.load.translate.check import check_translation
    from toolmix.load.translate.side import is_side_file, side_file, side_files

    if args.trees_named:
        loaded = [resolve(name, args.trees, warn, translate=False) for name in args.trees_named]
    else:
        from toolmix.load.cache import check_cached

        found = [check_cached(f[0]).tree for f in tree_files(args.trees) if not is_side_file(f[0])]
        loaded = [tree for tree in found if tree is not None]
    problems = []
    checked = 0
    for tree in loaded:
        files = [side_file(tree.source, args.lang)] if args.lang else side_files(tree.source)
        for path in files:
            if path.is_file() or args.lang:
                checked += 1
                problems += check_translation(tree, Path(path))
    print_problems(problems)
    files_checked = ngettext(
        "{n} translation file checked", "{n} translation files checked", checked
    ).format(n=checked)
    found_problems = ngettext("{n} problem", "{n} problems", len(problems)).format(n=len(problems))
    print(
        _("toolmix: {files}, {problems}").format(files=files_checked, problems=found_problems),
        file=sys.stderr,
    )
    return 1 if problems else 0


def add_command(add: AddCommand, trees_opt: Callable[[argparse.ArgumentParser], None]) -> None:
    p = add(
        "translate",
        _("write a template to translate a tree into a language, or check its translations"),
        _("toolmix translate social-tool-mix --lang es   # writes social-tool-mix.es.json"),
    )
    p.add_argument(
        "trees_named", nargs="*", metavar="TREE", help=_("tree ids or paths (--check: default all)")
    )
    p.add_argument("--lang", metavar="LANG", help=_("the language: es, fr, pt-BR"))
    p.add_argument(
        "--check",
        action="store_true",
        help=_("report missing, stale and unknown strings of the translations (exit 1 if any)"),
    )
    p.add_argument(
        "-o", "--output", metavar="OUT", help=_("write the template to OUT ('-': stdout)")
    )
    p.add_argument("--force", action="store_true", help=_("overwrite OUT if it exists"))
    trees_opt(p)
    p.set_defaults(func=cmd_translate)
