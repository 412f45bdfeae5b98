"""Checks about conditions and the shape of the graph: who is answered before
whom, options that can never show, cycles, dead ends, unreachable nodes. Split from
:mod:`toolmix.load.lint`, which calls :func:`check_conditions` and :func:`check_graph`."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from toolmix.load.dominators import Dominators
from toolmix.load.hints import Suggester
from toolmix.load.index import TreeIndex, options_of
from toolmix.model.conditions import AllCond, AnyCond, Condition, NotCond
from toolmix.model.nodes import QUESTION_TYPES, MultiNode, Next, Node, SingleNode
from toolmix.model.problems import JsonPath, Problem
from toolmix.model.tree import Essential, Lead, LightForm, Tree
from toolmix.text.i18n import _

#: Which node type each condition form reads.
FORM_KIND = {"is": "single", "in": "single", "range": "number"} | dict.fromkeys(
    ("has", "has_any", "has_all"), "multi"
)


@dataclass(frozen=True)
class _Cond:
    cond: Condition
    path: JsonPath
    node: str
    #: "when" conditions are read before the node is answered, routes after.
    in_route: bool


def error(message: str, path: JsonPath, at_key: bool = False) -> Problem:
    return Problem("error", message, path, at_key=at_key)


def warning(message: str, path: JsonPath) -> Problem:
    return Problem("warning", message, path)


def _top_conditions(
    tree: Tree, nexts: list[tuple[str, Next, JsonPath]], ifs: list[tuple[JsonPath, Condition]]
) -> Iterator[_Cond]:
    yield from (_Cond(c, path, "", False) for path, c in ifs)  # effects' if: on the whole walk
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
    spec, plan = tree.x_select, tree.x_plan
    rules: list[tuple[str, str, int, Essential | LightForm | Lead]] = []
    if spec is not None:
        rules += [("x-select", "essential", i, r) for i, r in enumerate(spec.essential)]
        rules += [("x-select", "light", i, r) for i, r in enumerate(spec.light)]
    rules += [("x-plan", "lead", i, r) for i, r in enumerate(plan.lead if plan else [])]
    for part, key, i, rule in rules:  # no node asks it: no "answered before" check
        if rule.if_ is not None:
            yield _Cond(rule.if_, (part, key, i, "if"), "", False)


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


def check_conditions(
    tree: Tree,
    index: TreeIndex,
    routed: list[tuple[str, Next, JsonPath]],
    problems: list[Problem],
    hint_node: Suggester,
    ifs: list[tuple[JsonPath, Condition]],
) -> None:
    nodes = tree.nodes
    # Per question read by a condition: its option ids, as a set and an index.
    option_ids: dict[str, tuple[set[str], Suggester, str]] = {}
    conditions = list(_top_conditions(tree, routed, ifs))
    dom = Dominators(index) if index.cycle is None and conditions else None
    order = index.position
    reachable = set(index.reachable)
    for found in conditions:
        depth = condition_depth(found.cond)
        if depth > MAX_CONDITION_DEPTH:
            problems.append(
                error(
                    _("this condition nests {depth} levels deep; expected at most {most}").format(
                        depth=depth, most=MAX_CONDITION_DEPTH
                    ),
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
                        error(
                            _("unknown question '{q}'{hint}; expected the id of a question").format(
                                q=q, hint=hint_node(q)
                            ),
                            qpath,
                        )
                    )
                    continue
                if target.type not in QUESTION_TYPES:
                    problems.append(
                        error(
                            _(
                                "'{q}' is a {kind} node, which has no "
                                "answer; expected the id of a question"
                            ).format(q=q, kind=target.type),
                            qpath,
                        )
                    )
                    continue
                kind = FORM_KIND.get(form)
                if kind is not None and target.type != kind:
                    problems.append(
                        warning(
                            _(
                                "'{form}' reads a {kind} question, but '{q}' is a {other} "
                                "question, so this condition is always false"
                            ).format(form=form, kind=kind, q=q, other=target.type),
                            (*path, form),
                        )
                    )
                known, hint_option, expected = option_ids.get(q) or _options(option_ids, q, target)
                for named in opts:
                    if known and named not in known:
                        problems.append(
                            error(
                                _(
                                    "question '{q}' has no option '{option}'{hint}; "
                                    "expected one of {expected}"
                                ).format(
                                    q=q, option=named, hint=hint_option(named), expected=expected
                                ),
                                (*path, form),
                            )
                        )
                if dom is not None and found.node in reachable and q in reachable:
                    before = dom.dominates(q, found.node)
                    if not found.in_route and q == found.node:
                        before = False
                    if not before:
                        problems.append(
                            warning(
                                _(
                                    "question '{q}' is not answered on every path before node "
                                    "'{node}', so this condition is false on some paths"
                                ).format(q=q, node=found.node),
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
                    warning(
                        _(
                            "option '{option}' can never be shown: its 'when' reads only answers "
                            "that cannot have been given before this node"
                        ).format(option=opt.id),
                        ("nodes", node_id, "options", i, "when"),
                    )
                )


def _options(
    found: dict[str, tuple[set[str], Suggester, str]], q: str, target: Node
) -> tuple[set[str], Suggester, str]:
    """A question's option ids as a set, an index of them, and in words (the first few)."""
    ids = options_of(target)
    shown = ", ".join(ids[:_LISTED])
    if len(ids) > _LISTED:
        shown = _("{first}, ... ({n} in all)").format(first=shown, n=len(ids))
    found[q] = (set(ids), Suggester(ids), shown)
    return found[q]


#: Option ids listed in a message at most: the message stays short, and
#: thousands of broken references do not each copy a list of thousands.
_LISTED = 20


def _can_hold(cond: Condition, at: str, tree: Tree, order: dict[str, int]) -> bool:
    return _possible(cond, at, tree, order)[0]


def _possible(cond: Condition, at: str, tree: Tree, order: dict[str, int]) -> tuple[bool, bool]:
    """(can be true, can be false) for a condition read at node ``at``."""
    if isinstance(cond, AllCond):
        parts = [_possible(c, at, tree, order) for c in cond.all]
        return all(t for t, _f in parts), any(f for _t, f in parts)
    if isinstance(cond, AnyCond):
        parts = [_possible(c, at, tree, order) for c in cond.any]
        return any(t for t, _f in parts), all(f for _t, f in parts)
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


def check_graph(tree: Tree, index: TreeIndex, mentioned: set[str], problems: list[Problem]) -> None:
    dangling = index.dangling
    if index.cycle is not None:
        loop = " -> ".join(index.cycle)
        problems.append(
            error(
                _(
                    "the tree loops: {loop}; expected every path from start to end at a result node"
                ).format(loop=loop),
                ("nodes", index.cycle[-2]),
            )
        )
    for n in [] if dangling else index.dead_ends:
        if index.cycle is None or n not in index.cycle:
            problems.append(
                error(
                    _(
                        "no result can be reached from node '{node}'; expected every "
                        "node to lead to a result"
                    ).format(node=n),
                    ("nodes", n),
                )
            )
    reachable = set(index.reachable)
    if tree.start in tree.nodes and not dangling:
        for n in tree.nodes:
            if n not in reachable:
                problems.append(
                    warning(
                        _("node '{node}' cannot be reached from start '{start}'").format(
                            node=n, start=tree.start
                        ),
                        ("nodes", n),
                    )
                )
    for item_id in tree.items:
        if item_id not in mentioned:
            problems.append(
                warning(
                    _("no effect mentions item '{item}', so it can never be recommended").format(
                        item=item_id
                    ),
                    ("items", item_id),
                )
            )
