"""Checks that span a tree's parts: references, routes, bounds and the graph.

Shape is checked by the models; this module gets a valid-shaped :class:`Tree`
and returns every problem it finds (errors and warnings), each with a JSON path.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from toolmix.models import (
    QUESTION_TYPES,
    AllCond,
    AnyCond,
    BudgetFromAnswer,
    Condition,
    Effect,
    MultiNode,
    Next,
    NotCond,
    NumberNode,
    ResultNode,
    SingleNode,
    TextNode,
    Tree,
)
from toolmix.problems import JsonPath, Problem, suggest
from toolmix.treeindex import TreeIndex, options_of

#: Which node type each condition form reads.
FORM_KIND = {
    "is": "single",
    "in": "single",
    "has": "multi",
    "has_any": "multi",
    "has_all": "multi",
    "range": "number",
}


@dataclass(frozen=True)
class _Cond:
    cond: Condition
    path: JsonPath
    node: str
    #: "when" conditions are read before the node is answered, routes after.
    in_route: bool


def _error(message: str, path: JsonPath, at_key: bool = False) -> Problem:
    return Problem("error", message, path, at_key=at_key)


def _warning(message: str, path: JsonPath) -> Problem:
    return Problem("warning", message, path)


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


def _top_conditions(tree: Tree, nexts: list[tuple[str, Next, JsonPath]]) -> Iterator[_Cond]:
    for node_id, node in tree.nodes.items():
        if isinstance(node, (SingleNode, MultiNode)):
            for i, opt in enumerate(node.options):
                if opt.when is not None:
                    yield _Cond(opt.when, ("nodes", node_id, "options", i, "when"), node_id, False)
    for node_id, nxt, path in nexts:
        if isinstance(nxt, list):
            for i, route in enumerate(nxt):
                if route.if_ is not None:
                    yield _Cond(route.if_, (*path, i, "if"), node_id, True)


def _leaves(cond: Condition, path: JsonPath) -> Iterator[tuple[Condition, JsonPath]]:
    """Every condition that reads an answer, with its path, inside ``cond``."""
    if isinstance(cond, AllCond):
        for i, c in enumerate(cond.all):
            yield from _leaves(c, (*path, "all", i))
    elif isinstance(cond, AnyCond):
        for i, c in enumerate(cond.any):
            yield from _leaves(c, (*path, "any", i))
    elif isinstance(cond, NotCond):
        yield from _leaves(cond.not_, (*path, "not"))
    else:
        yield cond, path


def lint(tree: Tree, index: TreeIndex) -> list[Problem]:
    """Every cross-reference and graph problem of ``tree``."""
    problems: list[Problem] = []
    nodes, items, groups = tree.nodes, tree.items, tree.groups
    add = problems.append

    if tree.start not in nodes:
        add(
            _error(
                f"unknown start node '{tree.start}'{suggest(tree.start, nodes)}; "
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
                    _error(
                        f"unknown item '{eff.item}'{suggest(eff.item, items)}; "
                        "expected the id of an item",
                        (*path, "effects", j, "item"),
                    )
                )
        for group in limits:
            if group not in groups:
                add(
                    _error(
                        f"unknown group '{group}'{suggest(group, groups)}; expected the id of a group",
                        (*path, "limits", group),
                        at_key=True,
                    )
                )
    for item_id, item in items.items():
        if item.group not in groups:
            add(
                _error(
                    f"unknown group '{item.group}'{suggest(item.group, groups)}; "
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
                    _error(
                        f"unknown node '{target}'{suggest(target, nodes)}; "
                        "expected the id of a node",
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
                        _warning(
                            "this route has no 'if', so the routes after it are never taken",
                            (*path, i),
                        )
                    )
            if nxt[-1].if_ is not None:
                add(
                    _error(
                        "the last route has an 'if'; expected a last route with only "
                        "'goto', taken when no other route applies",
                        (*path, len(nxt) - 1, "if"),
                    )
                )

    _check_settings(tree, problems)
    for node_id, node in nodes.items():
        _check_node(node_id, node, problems)
    _check_conditions(tree, index, routed, problems)
    _check_graph(tree, index, mentioned, problems)
    return problems


def _check_settings(tree: Tree, problems: list[Problem]) -> None:
    nodes = tree.nodes
    budget = tree.result.budget
    if isinstance(budget, BudgetFromAnswer):
        node = nodes.get(budget.answer)
        path: JsonPath = ("result", "budget", "answer")
        if node is None:
            problems.append(
                _error(
                    f"unknown node '{budget.answer}'{suggest(budget.answer, nodes)}; "
                    "expected the id of a number question",
                    path,
                )
            )
        elif not isinstance(node, NumberNode):
            problems.append(
                _error(
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
                _error(
                    f"unknown node '{subject}'{suggest(subject, nodes)}; "
                    "expected the id of a text question",
                    path,
                )
            )
        elif not isinstance(node, TextNode):
            problems.append(
                _error(
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
                    _error(
                        f"option id '{opt.id}' is used twice in this node; expected each "
                        "option id once",
                        (*base, "options", i, "id"),
                    )
                )
            seen.add(opt.id)
        if isinstance(node, SingleNode) and node.next is None:
            if any(o.when is not None for o in node.options):
                add(
                    _error(
                        "this node has options with 'when', so it needs its own 'next' "
                        "(followed when every option is hidden)",
                        (*base, "next"),
                    )
                )
            elif any(o.next is None for o in node.options):
                missing = [o.id for o in node.options if o.next is None]
                add(
                    _error(
                        f"missing key 'next': options {', '.join(missing)} have no 'next' "
                        "of their own; expected a 'next' on the node or on every option",
                        (*base, "next"),
                    )
                )
    if isinstance(node, MultiNode):
        if node.max is not None and node.min > node.max:
            add(
                _error(
                    f"min {node.min} is above max {node.max}; expected min <= max", (*base, "min")
                )
            )
        if node.min > len(node.options):
            add(
                _error(
                    f"min {node.min} is more than the {len(node.options)} options; "
                    "expected a min that can be met",
                    (*base, "min"),
                )
            )
    if isinstance(node, NumberNode):
        lo, hi = node.min, node.max
        if lo is not None and hi is not None and lo > hi:
            add(_error(f"min {_n(lo)} is above max {_n(hi)}; expected min <= max", (*base, "min")))
        if node.default is not None:
            if (lo is not None and node.default < lo) or (hi is not None and node.default > hi):
                add(
                    _error(
                        f"default {_n(node.default)} is outside {_n(lo)}..{_n(hi)}; "
                        "expected a default within min and max",
                        (*base, "default"),
                    )
                )
            elif node.step is not None and not on_step(node.default, node.step, lo):
                add(
                    _error(
                        f"default {_n(node.default)} is not a multiple of step "
                        f"{_n(node.step)} from {_n(lo or 0)}; expected a value the field "
                        "accepts",
                        (*base, "default"),
                    )
                )
        for i, rng in enumerate(node.ranges):
            if rng.min is not None and rng.max is not None and rng.min >= rng.max:
                add(
                    _error(
                        f"range min {_n(rng.min)} is not below its max {_n(rng.max)}; "
                        "expected min < max (a range holds min <= value < max)",
                        (*base, "ranges", i),
                    )
                )


def on_step(value: float, step: float, start: float | None) -> bool:
    """True when ``value`` is a whole number of ``step`` from ``start`` (or 0)."""
    count = (value - (start or 0)) / step
    return abs(count - round(count)) < 1e-9


def _n(value: float | None) -> str:
    if value is None:
        return "(open)"
    return str(int(value)) if float(value).is_integer() else str(value)


MAX_CONDITION_DEPTH = 32


def condition_depth(cond: Condition) -> int:
    """How deeply ``all``/``any``/``not`` nest (1 for a plain condition), iteratively."""
    deepest = 0
    stack: list[tuple[Condition, int]] = [(cond, 1)]
    while stack:
        c, depth = stack.pop()
        deepest = max(deepest, depth)
        if isinstance(c, AllCond):
            stack.extend((x, depth + 1) for x in c.all)
        elif isinstance(c, AnyCond):
            stack.extend((x, depth + 1) for x in c.any)
        elif isinstance(c, NotCond):
            stack.append((c.not_, depth + 1))
    return deepest


def _check_conditions(
    tree: Tree, index: TreeIndex, routed: list[tuple[str, Next, JsonPath]], problems: list[Problem]
) -> None:
    nodes = tree.nodes
    conditions = list(_top_conditions(tree, routed))
    dom = _Dominators(index) if index.cycle is None and conditions else None
    order = index.position
    reachable = set(index.reachable)
    for found in conditions:
        depth = condition_depth(found.cond)
        if depth > MAX_CONDITION_DEPTH:
            problems.append(
                _error(
                    f"this condition nests {depth} levels deep; expected at most "
                    f"{MAX_CONDITION_DEPTH}",
                    found.path,
                )
            )
            continue
        for leaf, path in _leaves(found.cond, found.path):
            for q, opts, form in leaf.questions():
                qpath = (*path, "answered" if form == "answered" else "answer")
                target = nodes.get(q)
                if target is None:
                    problems.append(
                        _error(
                            f"unknown question '{q}'{suggest(q, nodes)}; "
                            "expected the id of a question",
                            qpath,
                        )
                    )
                    continue
                if target.type not in QUESTION_TYPES:
                    problems.append(
                        _error(
                            f"'{q}' is a {target.type} node, which has no "
                            "answer; expected the id of a question",
                            qpath,
                        )
                    )
                    continue
                kind = FORM_KIND.get(form)
                if kind is not None and target.type != kind:
                    problems.append(
                        _warning(
                            f"'{form}' reads a {kind} question, but '{q}' is a {target.type} "
                            "question, so this condition is always false",
                            (*path, form),
                        )
                    )
                known = options_of(target)
                for named in opts:
                    if known and named not in known:
                        problems.append(
                            _error(
                                f"question '{q}' has no option '{named}'{suggest(named, known)}; "
                                f"expected one of {', '.join(known)}",
                                (*path, form),
                            )
                        )
                if dom is not None and found.node in reachable and q in reachable:
                    before = dom.dominates(q, found.node)
                    if not found.in_route and q == found.node:
                        before = False
                    if not before:
                        problems.append(
                            _warning(
                                f"question '{q}' is not answered on every path before node "
                                f"'{found.node}', so this condition is false on some paths",
                                qpath,
                            )
                        )
    # Options that can never be shown: their 'when' is false whatever was answered before.
    for node_id, node in nodes.items():
        if not isinstance(node, (SingleNode, MultiNode)) or node_id not in order:
            continue
        for i, opt in enumerate(node.options):
            if opt.when is None:
                continue
            if not _can_hold(opt.when, node_id, tree, order):
                problems.append(
                    _warning(
                        f"option '{opt.id}' can never be shown: its 'when' reads only answers that "
                        "cannot have been given before this node",
                        ("nodes", node_id, "options", i, "when"),
                    )
                )


def _can_hold(cond: Condition, at: str, tree: Tree, order: dict[str, int]) -> bool:
    return _possible(cond, at, tree, order)[0]


def _possible(cond: Condition, at: str, tree: Tree, order: dict[str, int]) -> tuple[bool, bool]:
    """(can be true, can be false) for a condition read at node ``at``."""
    if isinstance(cond, AllCond):
        parts = [_possible(c, at, tree, order) for c in cond.all]
        return all(t for t, _ in parts), any(f for _, f in parts)
    if isinstance(cond, AnyCond):
        parts = [_possible(c, at, tree, order) for c in cond.any]
        return any(t for t, _ in parts), all(f for _, f in parts)
    if isinstance(cond, NotCond):
        t, f = _possible(cond.not_, at, tree, order)
        return f, t
    ((q, _opts, form),) = cond.questions()
    target = tree.nodes.get(q)
    if target is None or q not in order or order[q] >= order[at]:
        return False, True
    kind = FORM_KIND.get(form)
    if kind is not None and target.type != kind:
        return False, True
    return True, True


class _Dominators:
    """Dominator tree of the reachable graph (acyclic), for "answered on every path"."""

    def __init__(self, index: TreeIndex) -> None:
        topo = index.topo
        pos = {n: i for i, n in enumerate(topo)}
        preds: dict[str, list[str]] = {n: [] for n in topo}
        for n in topo:
            for s in index.successors[n]:
                if s in preds:
                    preds[s].append(n)
        idom: dict[str, str] = {}
        for n in topo:
            ps = preds[n]
            if not ps:
                idom[n] = n
                continue
            d = ps[0]
            for p in ps[1:]:
                a, b = d, p
                while a != b:
                    while pos[a] > pos[b]:
                        a = idom[a]
                    while pos[b] > pos[a]:
                        b = idom[b]
                d = a
            idom[n] = d
        children: dict[str, list[str]] = {n: [] for n in topo}
        roots = []
        for n, d in idom.items():
            if d == n:
                roots.append(n)
            else:
                children[d].append(n)
        self.enter: dict[str, int] = {}
        self.leave: dict[str, int] = {}
        clock = 0
        for root in roots:
            stack = [(root, False)]
            while stack:
                n, done = stack.pop()
                if done:
                    self.leave[n] = clock
                    clock += 1
                    continue
                self.enter[n] = clock
                clock += 1
                stack.append((n, True))
                stack.extend((c, False) for c in children[n])

    def dominates(self, a: str, b: str) -> bool:
        return self.enter[a] <= self.enter[b] and self.leave[b] <= self.leave[a]


def _check_graph(
    tree: Tree, index: TreeIndex, mentioned: set[str], problems: list[Problem]
) -> None:
    dangling = index.dangling
    if index.cycle is not None:
        loop = " -> ".join(index.cycle)
        problems.append(
            _error(
                f"the tree loops: {loop}; expected every path from start to end at a result node",
                ("nodes", index.cycle[-2]),
            )
        )
    for n in [] if dangling else index.dead_ends:
        if index.cycle is None or n not in index.cycle:
            problems.append(
                _error(
                    f"no result can be reached from node '{n}'; expected every "
                    "node to lead to a result",
                    ("nodes", n),
                )
            )
    reachable = set(index.reachable)
    if tree.start in tree.nodes and not dangling:
        for n in tree.nodes:
            if n not in reachable:
                problems.append(
                    _warning(
                        f"node '{n}' cannot be reached from start '{tree.start}'", ("nodes", n)
                    )
                )
    for item_id in tree.items:
        if item_id not in mentioned:
            problems.append(
                _warning(
                    f"no effect mentions item '{item_id}', so it can never be recommended",
                    ("items", item_id),
                )
            )
