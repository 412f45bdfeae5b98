"""References in toolmix's plan extension, ``x-plan``: each must name an item of the tree.

A misspelt id there would silently leave a step unsized or a new place
unmarked, so it is an error with its place in the file, like any unknown item.
"""

from __future__ import annotations

from toolmix.load.hints import Suggester
from toolmix.load.lint_graph import error
from toolmix.model.problems import Problem
from toolmix.model.tree import Tree


def check_plan(tree: Tree, hint_item: Suggester) -> list[Problem]:
    """An error for every id in ``x-plan`` that is not an item."""
    spec = tree.x_plan
    if spec is None:
        return []
    problems: list[Problem] = []
    expected = "expected the id of an item"
    for item in spec.setup:
        if item not in tree.items:
            problems.append(
                error(
                    f"unknown item '{item}'{hint_item(item)}; {expected}",
                    ("x-plan", "setup", item),
                    at_key=True,
                )
            )
    for key, ids in (("new", spec.new), ("first", spec.first)):
        for j, item in enumerate(ids):
            if item not in tree.items:
                problems.append(
                    error(f"unknown item '{item}'{hint_item(item)}; {expected}", ("x-plan", key, j))
                )
    return problems
