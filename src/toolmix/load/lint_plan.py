"""References in toolmix's plan extension, ``x-plan``: each must name an item of the tree.

A misspelt id there would silently leave a step unsized or a new place
unmarked, so it is an error with its place in the file, like any unknown item.
"""

from __future__ import annotations

from toolmix.load.hints import Suggester
from toolmix.load.lint_graph import error
from toolmix.model.problems import Problem
from toolmix.model.tree import Tree
from toolmix.text.i18n import _


def _unknown(item: str, hint_item: Suggester) -> str:
    return _("unknown item '{item}'{hint}; expected the id of an item").format(
        item=item, hint=hint_item(item)
    )


def check_plan(tree: Tree, hint_item: Suggester) -> list[Problem]:
    """An error for every id in ``x-plan`` that is not an item."""
    spec = tree.x_plan
    if spec is None:
        return []
    problems: list[Problem] = []
    for item in spec.setup:
        if item not in tree.items:
            problems.append(
                error(
                    _unknown(item, hint_item),
                    ("x-plan", "setup", item),
                    at_key=True,
                )
            )
    for key, ids in (("new", spec.new), ("first", spec.first)):
        for j, item in enumerate(ids):
            if item not in tree.items:
                problems.append(error(_unknown(item, hint_item), ("x-plan", key, j)))
    return problems
