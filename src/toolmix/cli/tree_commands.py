"""Commands about tree files: ``validate``, ``schema``, ``list``, ``paths`` and ``install``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from toolmix.cli.common import err, print_problems, warn
from toolmix.files.problem_line import problem_line
from toolmix.model.problems import ToolmixError
from toolmix.text.clean import clean, one_line
from toolmix.text.i18n import _


def validate_targets(paths: list[str]) -> tuple[list[Path], list[Path]]:
    """The files ``validate`` checks, a folder standing for its ``*.json`` files
    (not the translations beside its trees: ``translate --check`` checks those).

    Returns the files and the folders that held none.
    """
    files: list[Path] = []
    empty: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            from toolmix.load.translate.side import is_side_file  # a tree's translation

            inside = sorted(p for p in path.glob("*.json") if not is_side_file(p))
            files += inside
            if not inside:
                empty.append(path)
        else:
            files.append(path)
    return files, empty


def cmd_validate(args: argparse.Namespace) -> int:
    from toolmix.load.loader import check_file
    from toolmix.load.treefiles import not_a_tree

    files, empty = validate_targets(args.paths)
    named = {Path(p) for p in args.paths}
    failed = bool(empty)
    rows = []
    reports = []
    for path in files:
        r = check_file(path)
        if r.tree is None and path not in named and not_a_tree(path):
            if args.format == "text":
                print(_("{path}: skipped, not a tree").format(path=clean(str(path))))
            continue  # found in a folder, like the JSON Schema kept beside one's trees
        errors = r.errors + (r.warnings if args.strict else [])
        failed = failed or bool(errors)
        rows.extend(r.problems)
        reports.append({"file": r.source, "ok": not errors})
        if args.format == "text":
            for p in r.problems:
                print(clean(problem_line(p)))
            if not r.problems:
                print(_("{path}: ok").format(path=clean(r.source)))
    for folder in empty:
        err(_("{folder}: no tree files (*.json) in this folder").format(folder=folder))
    if args.format == "json":
        from toolmix.text.output import json_text

        out = {"ok": not failed, "files": reports, "problems": [p.as_dict() for p in rows]}
        print(json_text(out))
    return 1 if failed else 0


def cmd_schema(args: argparse.Namespace) -> int:
    from toolmix.files.atomic import write_text_atomic
    from toolmix.load.schema import SCHEMA_FILE, schema_text

    text = schema_text()
    if args.write is None:
        sys.stdout.write(text)
        return 0
    target = Path(args.write) / SCHEMA_FILE
    write_text_atomic(target, text, overwrite=True)
    print(_("wrote {path}").format(path=clean(os.path.abspath(target))))
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from toolmix.engine.estimate import questions_text, tree_range
    from toolmix.load.discovery import discover, in_language, where_words

    catalogue = in_language(discover(args.trees))
    for notice in catalogue.notices:
        warn(notice)
    if args.format == "json":
        out = []
        for f in catalogue.trees:
            row: dict[str, object] = {"id": f.id, "path": str(f.path), "where": f.where}
            if f.tree is not None:
                t = f.tree.tree
                fewest, most = tree_range(f.tree)
                row.update(
                    title=t.title,
                    version=t.version,
                    questions=f.tree.index.question_count,
                    fewest_questions=fewest,
                    most_questions=most,
                    broken=False,
                )
            else:
                # For a person, like the listing's line: a script reads "broken".
                error = problem_line(f.first_error) if f.first_error else ""
                row.update(broken=True, error=error)
            out.append(row)
        from toolmix.text.output import json_text

        print(json_text(out))
        return 0
    if not catalogue.trees:
        print(_("no trees found"))
        return 0
    for f in catalogue.trees:
        if f.tree is not None:
            t = f.tree.tree
            about = _("{title}  (v{version}, {questions}, {where}: {path})").format(
                title=one_line(t.title),
                version=one_line(t.version),
                questions=questions_text(*tree_range(f.tree)),
                where=where_words(f.where),
                path=f.path,
            )
            print(f"{f.id:<24} {about}")
        else:
            broken = _("BROKEN ({where}: {path})").format(where=where_words(f.where), path=f.path)
            print(f"{f.id:<24} {broken}")
            print(f"{'':<24} {clean(problem_line(f.first_error) if f.first_error else '')}")
    return 0


def cmd_paths(args: argparse.Namespace) -> int:
    from toolmix.files.userdirs import results_dir, sessions_dir, settings_file, tree_cache_dir
    from toolmix.load.discovery import search_dirs, user_trees_dir, where_words

    # The folder the docs tell people to put trees in exists once they ask where it is.
    try:
        user_trees_dir().mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        warn(_("cannot create {folder}: {why}").format(folder=user_trees_dir(), why=exc.strerror))
    for folder, where in search_dirs(args.trees):
        print(_("trees ({where}): {folder}").format(where=where_words(where), folder=folder))
    print(_("sessions: {folder}").format(folder=sessions_dir()))
    print(_("last results: {folder}").format(folder=results_dir()))
    print(_("settings: {file}").format(file=settings_file()))
    print(_("cache of checked trees: {folder}").format(folder=tree_cache_dir()))
    return 0


def cmd_install(args: argparse.Namespace) -> int:
    """Check a tree file, then copy it atomically into the user's trees folder as ID.json."""
    from toolmix.files.atomic import TargetExists, write_bytes_atomic
    from toolmix.load.discovery import resolve, user_trees_dir
    from toolmix.load.loader import check_document
    from toolmix.load.strict_json import parse_read, read_bytes

    source = Path(args.tree)
    raw = read_bytes(source, what="tree file")
    try:
        result = check_document(parse_read(raw, source, what="tree file"))  # the bytes copied
        problems = result.problems
    except ToolmixError as exc:  # not JSON
        result, problems = None, exc.problems
    if result is None or result.tree is None:
        print_problems(problems)
        err(_("{file} was not installed: fix the errors above first").format(file=source))
        return 1
    print_problems(result.warnings)
    folder = user_trees_dir()
    target = folder / f"{result.tree.id}.json"
    if target.exists() and source.resolve() == target.resolve():
        print(_("{file} is already installed").format(file=clean(str(target))))
        return 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ToolmixError(
            _("cannot create the trees folder {folder}: {why}").format(
                folder=folder, why=exc.strerror
            )
        ) from None
    try:
        write_bytes_atomic(target, raw, overwrite=args.force)
    except TargetExists:
        err(
            _("a tree '{id}' is already installed as {file}; add --force to replace it").format(
                id=result.tree.id, file=target
            )
        )
        return 1
    print(_("installed tree '{id}' as {file}").format(id=result.tree.id, file=clean(str(target))))
    resolve(result.tree.id, (), warn)  # says so if another file with this id comes first
    return 0
