"""References in toolmix's plan extension, ``x-plan``: each must name an item (``given``: a question).

A misspelt id there would silently leave a step unsized, a new place unmarked,
a place the person runs untidied or a step before the place it needs, so it is
an error with its place in the file, like any unknown item. So are the two
readings the plan cannot follow: an item both new and kept, and steps that
each wait for the other (``after`` going round in a circle).
"""

from __future__ import annotations

from toolmix.load.hints import Suggester
from toolmix.load.lint_graph import error
from toolmix.model.nodes import QUESTION_TYPES
from toolmix.model.problems import Problem
from toolmix.model.tree import PlanSpec, Tree
from toolmix.text.i18n import _


def _unknown(item: str, hint_item: Suggester) -> str:
    return _("unknown item '{item}'{hint}; expected the id of an item").format(
        item=item, hint=hint_item(item)
    )


def _ids(tree: Tree, spec: PlanSpec, hint_item: Suggester) -> list[Problem]:
    problems: list[Problem] = []
    keys = [("setup", list(spec.setup)), ("after", list(spec.after))]
    keys += [("after_count", list(spec.after_count)), ("with_steps", list(spec.with_steps))]
    for key, keyed in keys:
        for item in keyed:
            if item not in tree.items:
                problems.append(error(_unknown(item, hint_item), ("x-plan", key, item), True))
    lists = [("new", spec.new), ("first", spec.first), ("kept", spec.kept), ("last", spec.last)]
    lists += [("networks", spec.networks), ("keep_running", spec.keep_running)]
    for key, ids in lists:
        for j, item in enumerate(ids):
            if item not in tree.items:
                problems.append(error(_unknown(item, hint_item), ("x-plan", key, j)))
    for i, rule in enumerate(spec.lead):
        for j, item in enumerate(rule.items):
            if item not in tree.items:
                problems.append(error(_unknown(item, hint_item), ("x-plan", "lead", i, "items", j)))
    for item, steps in spec.with_steps.items():
        at: tuple[tuple[str | int, ...], ...] = ((),)  # one object: no index in the place
        if isinstance(steps, list):
            at = tuple((n,) for n in range(len(steps)))
        for n, step in zip(at, spec.with_steps_for(item), strict=True):
            for j, other in enumerate(step.with_):
                if other not in tree.items:
                    where = ("x-plan", "with_steps", item, *n, "with", j)
                    problems.append(error(_unknown(other, hint_item), where))
    for item, needs in spec.after.items():
        for j, need in enumerate(needs):
            if need not in tree.items:
                problems.append(error(_unknown(need, hint_item), ("x-plan", "after", item, j)))
    return problems


def _given(tree: Tree, spec: PlanSpec, hint_node: Suggester) -> list[Problem]:
    """``given`` names questions: a misspelt one would quietly stay in "What would change"."""
    return [
        error(
            _("unknown question '{node}'{hint}; expected the id of a question").format(
                node=node, hint=hint_node(node)
            ),
            ("x-plan", "given", j),
        )
        for j, node in enumerate(spec.given)
        if node not in tree.nodes or tree.nodes[node].type not in QUESTION_TYPES
    ]


def _kept_steps(tree: Tree, spec: PlanSpec, hint_item: Suggester) -> list[Problem]:
    """``kept_steps`` names an item, and an option of a multi question: else the step never shows."""
    problems: list[Problem] = []
    for item, step in spec.kept_steps.items():
        where = ("x-plan", "kept_steps", item)
        if item not in tree.items:
            problems.append(error(_unknown(item, hint_item), where, True))
        node = tree.nodes.get(step.answer)
        options = [o.id for o in getattr(node, "options", [])] if node is not None else []
        if node is None or node.type != "multi":
            problems.append(
                error(
                    _("unknown question '{node}'; expected the id of a multi question").format(
                        node=step.answer
                    ),
                    (*where, "answer"),
                )
            )
        elif step.has not in options:
            problems.append(
                error(
                    _("'{option}' is not an option of '{node}'; expected one of {options}").format(
                        option=step.has, node=step.answer, options=", ".join(options)
                    ),
                    (*where, "has"),
                )
            )
    return problems


def _counts(spec: PlanSpec) -> list[Problem]:
    """An ``after_count`` counts the places of the item's ``after`` list: without one it means nothing."""
    return [
        error(
            _("'{item}' has no 'after' list to count").format(item=item),
            ("x-plan", "after_count", item),
            True,
        )
        for item in spec.after_count
        if item not in spec.after
    ]


def _both_new_and_kept(spec: PlanSpec) -> list[Problem]:
    new = set(spec.new)
    return [
        error(
            _(
                "'{item}' is in both 'new' and 'kept'; a step either starts a place or tidies one"
            ).format(item=item),
            ("x-plan", "kept", j),
        )
        for j, item in enumerate(spec.kept)
        if item in new
    ]


def _circles(spec: PlanSpec) -> list[Problem]:
    """An error for each item that waits, through ``after``, for itself."""
    problems: list[Problem] = []
    for start in spec.after:
        seen: set[str] = set()
        todo = list(spec.after[start])
        while todo:
            item = todo.pop()
            if item == start:
                problems.append(
                    error(
                        _("'{item}' waits for itself through 'after'; no order can hold it").format(
                            item=start
                        ),
                        ("x-plan", "after", start),
                        True,
                    )
                )
                break
            if item not in seen:
                seen.add(item)
                todo += spec.after.get(item, [])
    return problems


def check_plan(tree: Tree, hint_item: Suggester, hint_node: Suggester) -> list[Problem]:
    """An error for every id in ``x-plan`` that is not an item (or question), or that it cannot follow."""
    spec = tree.x_plan
    if spec is None:
        return []
    problems = _ids(tree, spec, hint_item) + _given(tree, spec, hint_node)
    problems += _kept_steps(tree, spec, hint_item) + _counts(spec)
    return problems + _both_new_and_kept(spec) + _circles(spec)
