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
from toolmix.load.lint_plan import check_plan
from toolmix.model.items import Effect
from toolmix.model.nodes import (
    MultiNode,
    Next,
    NumberNode,
    ResultNode,
    SingleNode,
    TextNode,
    on_step,
)
from toolmix.model.problems import JsonPath, Problem
from toolmix.model.tree import BudgetFromAnswer, Tree
from toolmix.text.words import format_number


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
                f"unknown start node '{tree.start}'{hint_node(tree.start)}; "
                "expected the id of a node",
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
                        f"unknown item '{eff.item}'{hint_item(eff.item)}; "
                        "expected the id of an item",
                        (*path, "effects", j, "item"),
                    )
                )
        for group in limits:
            if group not in groups:
                add(
                    error(
                        f"unknown group '{group}'{hint_group(group)}; expected the id of a group",
                        (*path, "limits", group),
                        at_key=True,
                    )
                )
    for item_id, item in items.items():
        if item.group not in groups:
            add(
                error(
                    f"unknown group '{item.group}'{hint_group(item.group)}; "
                    "expected the id of a group",
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
                        f"unknown node '{target}'{hint_node(target)}; expected the id of a node",
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
                            "this route has no 'if', so the routes after it are never taken",
                            (*path, i),
                        )
                    )
            if nxt[-1].if_ is not None:
                add(
                    error(
                        "the last route has an 'if'; expected a last route with only "
                        "'goto', taken when no other route applies",
                        (*path, len(nxt) - 1, "if"),
                    )
                )

    _check_settings(tree, problems, hint_node)
    problems += check_plan(tree, hint_item)
    for node_id, node in nodes.items():
        _check_node(node_id, node, problems)
    check_conditions(tree, index, routed, problems, hint_node)
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
                    f"unknown node '{budget.answer}'{hint_node(budget.answer)}; "
                    "expected the id of a number question",
                    path,
                )
            )
        elif not isinstance(node, NumberNode):
            problems.append(
                error(
                    f"'{budget.answer}' is a {node.type} node; expected the id of "
                    "a number question (hours a week)",
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
                    f"unknown node '{subject}'{hint_node(subject)}; "
                    "expected the id of a text question",
                    path,
                )
            )
        elif not isinstance(node, TextNode):
            problems.append(
                error(
                    f"'{subject}' is a {node.type} node; expected the id of a text question", path
                )
            )


def _check_node(node_id: str, node: object, problems: list[Problem]) -> None:
    base: JsonPath = ("nodes", node_id)
    add = problems.append
    if isinstance(node, (SingleNode, MultiNode)):
        seen: set[str] = set()
        unique = len({o.id for o in node.options}) == len(node.options)
        for i, opt in enumerate([] if unique else node.options):
            if opt.id in seen:
                add(
                    error(
                        f"option id '{opt.id}' is used twice in this node; expected each "
                        "option id once",
                        (*base, "options", i, "id"),
                    )
                )
            seen.add(opt.id)
        if isinstance(node, SingleNode) and node.next is None:
            if any(o.when is not None for o in node.options):
                add(
                    error(
                        "this node has options with 'when', so it needs its own 'next' "
                        "(followed when every option is hidden)",
                        (*base, "next"),
                    )
                )
            elif any(o.next is None for o in node.options):
                missing = [o.id for o in node.options if o.next is None]
                add(
                    error(
                        f"missing key 'next': options {', '.join(missing)} have no 'next' "
                        "of their own; expected a 'next' on the node or on every option",
                        (*base, "next"),
                    )
                )
    if isinstance(node, MultiNode):
        if node.max is not None and node.min > node.max:
            add(
                error(
                    f"min {node.min} is above max {node.max}; expected min <= max", (*base, "min")
                )
            )
        if node.min > len(node.options):
            add(
                error(
                    f"min {node.min} is more than the {len(node.options)} options; "
                    "expected a min that can be met",
                    (*base, "min"),
                )
            )
    if isinstance(node, NumberNode):
        lo, hi = node.min, node.max
        if lo is not None and hi is not None and lo > hi:
            add(
                error(
                    f"min {format_number(lo)} is above max {format_number(hi)}; expected min <= max",
                    (*base, "min"),
                )
            )
        if node.default is not None:
            if (lo is not None and node.default < lo) or (hi is not None and node.default > hi):
                low = "(open)" if lo is None else format_number(lo)
                high = "(open)" if hi is None else format_number(hi)
                add(
                    error(
                        f"default {format_number(node.default)} is outside {low}..{high}; "
                        "expected a default within min and max",
                        (*base, "default"),
                    )
                )
            elif node.step is not None and not on_step(node.default, node.step, lo):
                add(
                    error(
                        f"default {format_number(node.default)} is not a multiple of step "
                        f"{format_number(node.step)} from {format_number(lo or 0)}; expected a value the field "
                        "accepts",
                        (*base, "default"),
                    )
                )
        for i, rng in enumerate(node.ranges):
            if rng.min is not None and rng.max is not None and rng.min >= rng.max:
                add(
                    error(
                        f"range min {format_number(rng.min)} is not below its max {format_number(rng.max)}; "
                        "expected min < max (a range holds min <= value < max)",
                        (*base, "ranges", i),
                    )
                )
