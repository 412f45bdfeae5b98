"""Loading a tree file: parse, validate the shape, lint, locate every problem."""

from __future__ import annotations

from dataclasses import field
from pathlib import Path
from typing import Any

from toolmix.load.index import TreeIndex, build_index
from toolmix.load.numbers import MAX_REPORTED
from toolmix.load.strict_json import JsonText, read_json
from toolmix.model.problems import Problem, ToolmixError, sort_problems
from toolmix.model.record import record
from toolmix.model.tree import Tree
from toolmix.text.i18n import _, thousands

MAX_NODES = 200_000
MAX_OPTIONS = 1_000


@record
class LoadedTree:
    """A valid tree with its graph facts and where it came from."""

    tree: Tree
    index: TreeIndex
    source: str
    warnings: list[Problem] = field(default_factory=list)
    #: The file's top-level ``x-`` keys as written (``x-audit``...): for authors' tools,
    #: which read them here rather than parse the file again.
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return self.tree.id


@record
class CheckResult:
    """Everything known about one file: the tree if it loaded, and all problems."""

    source: str
    tree: LoadedTree | None
    problems: list[Problem]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def _size_problems(data: dict[str, object]) -> list[Problem]:
    out = []
    nodes = data.get("nodes")
    if isinstance(nodes, dict):
        if len(nodes) > MAX_NODES:
            out.append(
                Problem(
                    "error",
                    _("the tree has {n} nodes; expected at most {most}").format(
                        n=thousands(len(nodes)), most=thousands(MAX_NODES)
                    ),
                    ("nodes",),
                )
            )
        for node_id, node in nodes.items():
            options = node.get("options") if isinstance(node, dict) else None
            if isinstance(options, list) and len(options) > MAX_OPTIONS:
                out.append(
                    Problem(
                        "error",
                        _("the node has {n} options; expected at most {most}").format(
                            n=thousands(len(options)), most=thousands(MAX_OPTIONS)
                        ),
                        ("nodes", node_id, "options"),
                    )
                )
    return out


def _cleaned_problems(doc: JsonText) -> list[Problem]:
    """A located warning for each text that held characters the cleaning rule removes."""
    shown = doc.cleaned[:MAX_REPORTED]
    problems = [
        Problem(
            "warning",
            _(
                "the text holds {chars}: control or invisible characters, which toolmix "
                "removes before showing it (a terminal could take them as commands); "
                "remove them from the file"
            ).format(chars=chars),
            path,
        )
        for path, chars in shown
    ]
    if len(doc.cleaned) > len(shown):
        more = len(doc.cleaned) - len(shown)
        problems.append(
            Problem(
                "warning",
                _("{n} more texts hold such characters").format(n=thousands(more)),
                (),
            )
        )
    return doc.locate(problems)


def check_document(doc: JsonText) -> CheckResult:
    """Validate and lint a parsed document; never raises for a bad tree."""
    problems = doc.duplicate_problems() + _cleaned_problems(doc)
    size = _size_problems(doc.data)
    if size:
        return CheckResult(doc.file, None, sort_problems(doc.locate(size) + problems))
    # pydantic is imported here, not at the top: a tree from the cache needs none of it.
    from pydantic_core import ValidationError

    from toolmix.load.validation import problems_from, validate_tree

    try:
        tree = validate_tree(doc.data)
        doc.data = None  # the models hold it all now; free the dicts before the checks
    except ValidationError as exc:
        from toolmix.load.partial_lint import lint_what_parsed

        found = problems_from(exc, doc.data) + lint_what_parsed(doc.data, exc)
        return CheckResult(doc.file, None, sort_problems(problems + doc.locate(found)))
    except RecursionError:
        problem = Problem(
            "error", _("conditions are nested too deeply; expected fewer levels"), file=doc.file
        )
        return CheckResult(doc.file, None, sort_problems([*problems, problem]))
    index = build_index(tree)
    from toolmix.load.lint import lint  # not needed when the tree comes from the cache

    found = doc.locate(lint(tree, index))
    problems = sort_problems(problems + found)
    if any(p.severity == "error" for p in problems):
        return CheckResult(doc.file, None, problems)
    warnings = [p for p in problems if p.severity == "warning"]
    loaded = LoadedTree(tree, index, doc.file, warnings, doc.extras)
    return CheckResult(doc.file, loaded, problems)


def check_file(path: str | Path) -> CheckResult:
    """Read, validate and lint a tree file in full, collecting every problem.

    :func:`toolmix.load.cache.check_cached` wraps this with the cache of trees
    checked before.
    """
    try:
        doc = read_json(path, what="tree file")  # frees the bytes while parsing
    except ToolmixError as exc:
        return CheckResult(str(path), None, exc.problems)
    return check_document(doc)


def load_tree(path: str | Path) -> LoadedTree:
    """Load a valid tree or raise :class:`ToolmixError` with every problem.

    :func:`toolmix.load.cache.load_cached` does the same through the cache.
    """
    result = check_file(path)
    if result.tree is None:
        raise ToolmixError(result.problems)
    return result.tree
