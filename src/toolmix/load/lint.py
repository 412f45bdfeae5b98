"""Checks that span a tree's parts: references, routes, settings and bounds.

Shape is checked by the models; :func:`lint` gets a valid-shaped :class:`Tree`
and returns every problem it finds (errors and warnings), each with a JSON
path. Conditions and the graph are checked in :mod:`toolmix.load.lint_graph`.
"""

from __future__ import annotations

from collections.abc import Iterator

from toolmix.load.hints import Suggester
from toolmix.load.index import TreeIndex
from toolmix.load.lint_graph import check_conditions, check_graph, error, warning
from toolmix.load.lint_nodes import check_node
from toolmix.load.lint_plan import check_plan
from toolmix.load.lint_select import check_select
from toolmix.model.items import Effect
from toolmix.model.nodes import (
    MultiNode,
    Next,
    NumberNode,
    ResultNode,
    SingleNode,
    TextNode,
)
from toolmix.model.problems import JsonPath, Problem
from toolmix.model.tree import BudgetFromAnswer, Tree
from toolmix.text.i18n import _


def _choices(tree: Tree) -> Iterator[tuple[list[Effect], dict[str, int], JsonPath]]:
    """Each place that holds effects and limits: options, number ranges, result nodes."""
    for node_id, node in tree.nodes.items():
        if isinstance(node, (SingleNode, MultiNode)):
            for i, opt in enumerate(node.options):
                if opt.effects or opt.limits:
                    yield opt.effects, opt.limits, ("nodes", node_id, "options", i)
        elif isinstance(node, NumberNode):
            for i, rng in enumerate(node.ranges):
                if rng.effects or rng.limits:
                    yield rng.effects, rng.limits, ("nodes", node_id, "ranges", i)
        elif isinstance(node, ResultNode) and node.effects:
            yield node.effects, {}, ("nodes", node_id)


def _nexts(tree: Tree) -> Iterator[tuple[str, Next, JsonPath]]:
    for node_id, node in tree.nodes.items():
        base: JsonPath = ("nodes", node_id)
        if isinstance(node, SingleNode):
            for i, opt in enumerate(node.options):
                if opt.next is not None:
                    yield node_id, opt.next, (*base, "options", i, "next")
        if isinstance(node, NumberNode):
            for i, rng in enumerate(node.ranges):
                if rng.next is not None:
                    yield node_id, rng.next, (*base, "ranges", i, "next")
        if not isinstance(node, ResultNode) and node.next is not None:
            yield node_id, node.next, (*base, "next")


def lint(tree: Tree, index: TreeIndex) -> list[Problem]:
    """Every cross-reference and graph problem of ``tree``."""
    problems: list[Problem] = []
    nodes, items, groups = tree.nodes, tree.items, tree.groups
    add = problems.append
    # Each sorts its ids only on its first unknown reference.
    hint_node, hint_item, hint_group = Suggester(nodes), Suggester(items), Suggester(groups)

    if tree.start not in nodes:
        add(
            error(
                _("unknown start node '{node}'{hint}; expected the id of a node").format(
                    node=tree.start, hint=hint_node(tree.start)
                ),
                ("start",),
            )
        )
    mentioned: set[str] = set()
    for effects, limits, path in _choices(tree):
        for j, eff in enumerate(effects):
            mentioned.add(eff.item)
            if eff.item not in items:
                add(
                    error(
                        _("unknown item '{item}'{hint}; expected the id of an item").format(
                            item=eff.item, hint=hint_item(eff.item)
                        ),
                        (*path, "effects", j, "item"),
                    )
                )
        for group in limits:
            if group not in groups:
                add(
                    error(
                        _("unknown group '{group}'{hint}; expected the id of a group").format(
                            group=group, hint=hint_group(group)
                        ),
                        (*path, "limits", group),
                        at_key=True,
                    )
                )
    for item_id, item in items.items():
        if item.group not in groups:
            add(
                error(
                    _("unknown group '{group}'{hint}; expected the id of a group").format(
                        group=item.group, hint=hint_group(item.group)
                    ),
                    ("items", item_id, "group"),
                )
            )
    routed = []
    for found in _nexts(tree):
        _node_id, nxt, path = found
        targets = (
            [(nxt, path)]
            if isinstance(nxt, str)
            else [(r.goto, (*path, i, "goto")) for i, r in enumerate(nxt)]
        )
        for target, where in targets:
            if target not in nodes:
                add(
                    error(
                        _("unknown node '{node}'{hint}; expected the id of a node").format(
                            node=target, hint=hint_node(target)
                        ),
                        where,
                    )
                )
        if isinstance(nxt, list):
            routed.append(found)
    for _node_id, nxt, path in routed:
        if isinstance(nxt, list):
            for i, route in enumerate(nxt[:-1]):
                if route.if_ is None:
                    add(
                        warning(
                            _("this route has no 'if', so the routes after it are never taken"),
                            (*path, i),
                        )
                    )
            if nxt[-1].if_ is not None:
                add(
                    error(
                        _(
                            "the last route has an 'if'; expected a last route with only "
                            "'goto', taken when no other route applies"
                        ),
                        (*path, len(nxt) - 1, "if"),
                    )
                )

    _check_settings(tree, problems, hint_node)
    problems += check_plan(tree, hint_item, hint_node) + check_select(tree, hint_item)
    for node_id, node in nodes.items():
        check_node(node_id, node, problems)
    ifs = [
        ((*path, "effects", j, "x-if"), eff.x_if)
        for effects, _limits, path in _choices(tree)
        for j, eff in enumerate(effects)
        if eff.x_if is not None
    ]
    check_conditions(tree, index, routed, problems, hint_node, ifs)
    if tree.x_select is not None:  # a light form is recommended in its item's place
        mentioned.update(light.light for light in tree.x_select.light)
    check_graph(tree, index, mentioned, problems)
    return problems


def _check_settings(tree: Tree, problems: list[Problem], hint_node: Suggester) -> None:
    nodes = tree.nodes
    budget = tree.result.budget
    if isinstance(budget, BudgetFromAnswer):
        node = nodes.get(budget.answer)
        path: JsonPath = ("result", "budget", "answer")
        if node is None:
            problems.append(
                error(
                    _("unknown node '{node}'{hint}; expected the id of a number question").format(
                        node=budget.answer, hint=hint_node(budget.answer)
                    ),
                    path,
                )
            )
        elif not isinstance(node, NumberNode):
            problems.append(
                error(
                    _(
                        "'{node}' is a {kind} node; expected the id of "
                        "a number question (hours a week)"
                    ).format(node=budget.answer, kind=node.type),
                    path,
                )
            )
    subject = tree.result.subject
    if subject is not None:
        node = nodes.get(subject)
        path = ("result", "subject")
        if node is None:
            problems.append(
                error(
                    _("unknown node '{node}'{hint}; expected the id of a text question").format(
                        node=subject, hint=hint_node(subject)
                    ),
                    path,
                )
            )
        elif not isinstance(node, TextNode):
            problems.append(
                error(
                    _("'{node}' is a {kind} node; expected the id of a text question").format(
                        node=subject, kind=node.type
                    ),
                    path,
                )
            )
