"""A finished mix exported to a file the person typed: the path checked, the text made
and written atomically, and every refusal in the person's words.

The app's export dialog draws the path and these words, and nothing else
(docs/architecture.md, "The layers"): it asks :func:`target` where a typed path
leads, asks before replacing a file that is there, and runs :func:`write` in a
worker. Nothing here raises for a path that cannot be written.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from toolmix.engine.selection import Mix
from toolmix.files.atomic import write_text_atomic
from toolmix.files.outpath import TargetExists, check_target, expand, export_file_name
from toolmix.files.userdirs import documents_dir
from toolmix.model.problems import ToolmixError
from toolmix.text.i18n import _

#: What can be exported: the Markdown, the JSON result, a test case (answers + x-expect).
FORMATS = ("md", "json", "case")


@dataclass(frozen=True)
class Target:
    """Where a typed path leads: the file to write (absolute, named for the format;
    None when the path could not even be read), whether a file is there, or why
    nothing can be written there (``refusal``, the person's words)."""

    path: Path | None
    exists: bool = False
    refusal: str | None = None


@dataclass(frozen=True)
class Written:
    """What :func:`write` did: the file written, or why not (the person's words)."""

    path: Path | None
    refusal: str | None = None


def offered_path(mix: Mix, folder: Path | None) -> Path:
    """The file offered first: the subject's and the tree's name (``rosies-bakery-
    social-tool-mix.md``) in ``folder`` (the last export's), else the person's
    documents folder if there is one, else the folder toolmix was started in,
    else home. Documents before the current folder: a club's secretary who
    started toolmix in some project folder looked for the file in Documents
    (newuser7 finding 10); a machine without Documents keeps the current folder."""
    subject = mix.tree.result.subject
    name = export_file_name(mix.tree.id, mix.answers.get(subject) if subject else None, ".md")
    if folder is None:
        folder = documents_dir()
    if folder is None:
        try:
            folder = Path.cwd()
        except OSError:  # the current folder was removed
            folder = Path.home()
    return folder / name


def named_for(path: Path, fmt: str) -> Path:
    """The offered name, changed to what is written: .md, .json, or -case.json for a case."""
    stem = path.name.removesuffix(".md").removesuffix(".json").removesuffix("-case")
    if path.suffix not in (".md", ".json"):
        return path
    ending = {"md": ".md", "json": ".json", "case": "-case.json"}[fmt]
    return path.with_name(stem + ending)


def target(typed: str, fmt: str, folder: Path | None = None) -> Target:
    """Where ``typed`` leads for format ``fmt``, checked as the write will check it.

    A name alone, or a path not from the root (``plan.md``, ``club/plan.md``),
    is in ``folder``, the folder the dialog offered, not in the one toolmix was
    started in: a person who retyped only the name got it where they had
    launched toolmix (newuser8 finding 3). Without ``folder``: the current one.
    """
    raw = typed.strip()
    if not raw:
        return Target(None, refusal=_("Type a file name first."))
    try:
        typed_path = expand(raw)
        if folder is not None and not typed_path.is_absolute():
            typed_path = folder / typed_path
        path = named_for(Path(os.path.abspath(typed_path)), fmt)
    except ToolmixError as exc:
        return Target(None, refusal=exc.problems[0].message)
    try:
        exists = check_target(path, overwrite=True) is not None
    except ToolmixError as exc:
        return Target(path, refusal=exc.problems[0].message)
    return Target(path, exists)


def export_text(mix: Mix, fmt: str, changes: list[str] | None = None) -> str:
    """The file's text: the Markdown (with ``changes``, "What would change this plan"),
    the JSON result, or the test case."""
    if fmt == "case":
        from toolmix.engine.cases import case_from
        from toolmix.text.output import json_text

        return json_text(case_from(mix)) + "\n"
    if fmt == "json":
        from toolmix.export.json_result import result_json

        return result_json(mix)
    from toolmix.export.markdown import render

    return render(mix, changes=changes)


def write(
    mix: Mix, fmt: str, path: Path, changes: list[str] | None = None, *, overwrite: bool
) -> Written:
    """Write the export to ``path`` atomically; ``overwrite`` once the person said so."""
    try:
        return Written(write_text_atomic(path, export_text(mix, fmt, changes), overwrite=overwrite))
    except TargetExists:  # made between the check and the write
        return Written(
            None, _("That file exists now. Export again to be asked about replacing it.")
        )
    except ToolmixError as exc:
        return Written(None, exc.problems[0].message)
