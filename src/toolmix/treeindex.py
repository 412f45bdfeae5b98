"""Facts about a tree's graph, computed once per tree in linear time.

The engine uses these so that no step of a session has to walk the whole tree
(progress estimates are table look-ups), and the linter uses the same walk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolmix.models import (
    QUESTION_TYPES,
    MultiNode,
    Next,
    Node,
    NumberNode,
    ResultNode,
    SingleNode,
    Tree,
    next_targets,
)
from toolmix.problems import JsonPath


@dataclass(frozen=True)
class Edge:
    """A possible move from one node to another, with where it is written."""

    source: str
    target: str
    path: JsonPath


def node_edges(node_id: str, node: Node) -> list[Edge]:
    """Every edge leaving ``node`` (its ``next``, its options' and ranges' ``next``)."""
    edges: list[Edge] = []

    def add(nxt: Next | None, where: JsonPath) -> None:
        if nxt is None:
            return
        if isinstance(nxt, str):
            edges.append(Edge(node_id, nxt, where))
        else:
            edges.extend(
                Edge(node_id, route.goto, (*where, i, "goto")) for i, route in enumerate(nxt)
            )

    base: JsonPath = ("nodes", node_id)
    if isinstance(node, SingleNode):
        for i, opt in enumerate(node.options):
            add(opt.next, (*base, "options", i, "next"))
    elif isinstance(node, NumberNode):
        for i, rng in enumerate(node.ranges):
            add(rng.next, (*base, "ranges", i, "next"))
    if not isinstance(node, ResultNode):
        add(node.next, (*base, "next"))
    return edges


@dataclass
class TreeIndex:
    """Reachability, order and remaining-path lengths of a tree."""

    successors: dict[str, list[str]]
    edges: list[Edge]
    reachable: list[str]  # in discovery order from start
    #: A cycle reachable from start, as a list of node ids, or None.
    cycle: list[str] | None
    #: Nodes reachable from start from which no result can be reached.
    dead_ends: list[str]
    #: Topological order of reachable nodes (valid only when there is no cycle).
    topo: list[str]
    #: Per node: fewest and most questions from it (itself included) to a result.
    min_left: dict[str, int] = field(default_factory=dict)
    max_left: dict[str, int] = field(default_factory=dict)
    question_count: int = 0


def build_index(tree: Tree) -> TreeIndex:
    nodes = tree.nodes
    edges: list[Edge] = []
    successors: dict[str, list[str]] = {}
    for node_id, node in nodes.items():
        out = node_edges(node_id, node)
        edges.extend(out)
        seen: dict[str, None] = {}
        for e in out:
            if e.target in nodes:
                seen[e.target] = None
        successors[node_id] = list(seen)

    # Iterative depth-first search from start: discovery order, a cycle, post-order.
    reachable: list[str] = []
    post: list[str] = []
    cycle: list[str] | None = None
    color: dict[str, int] = {}  # 1 = on the stack, 2 = done
    if tree.start in nodes:
        color[tree.start] = 1
        reachable.append(tree.start)
        stack: list[tuple[str, int]] = [(tree.start, 0)]
        while stack:
            node_id, i = stack[-1]
            succ = successors[node_id]
            if i < len(succ):
                stack[-1] = (node_id, i + 1)
                nxt = succ[i]
                state = color.get(nxt)
                if state is None:
                    color[nxt] = 1
                    reachable.append(nxt)
                    stack.append((nxt, 0))
                elif state == 1 and cycle is None:
                    ids = [n for n, _ in stack]
                    cycle = [*ids[ids.index(nxt) :], nxt]
            else:
                color[node_id] = 2
                post.append(node_id)
                stack.pop()
    topo = post[::-1]

    # Which reachable nodes can reach a result (reverse search from results).
    predecessors: dict[str, list[str]] = {n: [] for n in reachable}
    for n in reachable:
        for s in successors[n]:
            predecessors[s].append(n)
    good = {n for n in reachable if isinstance(nodes[n], ResultNode)}
    frontier = list(good)
    while frontier:
        n = frontier.pop()
        for p in predecessors[n]:
            if p not in good:
                good.add(p)
                frontier.append(p)
    dead_ends = [n for n in reachable if n not in good]

    index = TreeIndex(successors, edges, reachable, cycle, dead_ends, topo)
    index.question_count = sum(1 for n in nodes.values() if n.type in QUESTION_TYPES)
    if cycle is None:
        _remaining(index, nodes)
    return index


def _remaining(index: TreeIndex, nodes: dict[str, Node]) -> None:
    """Fewest / most questions left from each node, in reverse topological order."""
    lo, hi = index.min_left, index.max_left
    for n in reversed(index.topo):
        own = 1 if nodes[n].type in QUESTION_TYPES else 0
        succ = [s for s in index.successors[n] if s in lo]
        if succ:
            lo[n] = own + min(lo[s] for s in succ)
            hi[n] = own + max(hi[s] for s in succ)
        else:
            lo[n] = hi[n] = own


def options_of(node: Node) -> list[str]:
    if isinstance(node, (SingleNode, MultiNode)):
        return [o.id for o in node.options]
    return []


__all__ = ["Edge", "TreeIndex", "build_index", "next_targets", "node_edges", "options_of"]
