"""Facts about a tree's graph, computed once per tree in linear time.

The engine uses these so that no step of a session has to walk the whole tree
(progress estimates are table look-ups), and the linter uses the same walk.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from toolmix.model.nodes import (
    QUESTION_TYPES,
    MultiNode,
    Node,
    NumberNode,
    ResultNode,
    SingleNode,
    next_targets,
)
from toolmix.model.tree import Tree


def node_targets(node: Node) -> list[str]:
    """Every node id a node's ``next`` (or its options' or ranges') may lead to."""
    targets: list[str] = []
    if isinstance(node, SingleNode):
        for opt in node.options:
            if opt.next is not None:
                targets += next_targets(opt.next)
    elif isinstance(node, NumberNode):
        for rng in node.ranges:
            if rng.next is not None:
                targets += next_targets(rng.next)
    if not isinstance(node, ResultNode):
        targets += next_targets(node.next)
    return targets


@dataclass
class TreeIndex:
    """Reachability, order and remaining-path lengths of a tree."""

    successors: dict[str, list[str]]
    #: Whether some ``next`` names a node that does not exist.
    dangling: bool
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
    #: Position of each reachable node in ``topo``: a node can only come after
    #: nodes with a smaller position.
    position: dict[str, int] = field(default_factory=dict)


def build_index(tree: Tree) -> TreeIndex:
    nodes = tree.nodes
    successors: dict[str, list[str]] = {}
    dangling = False
    for node_id, node in nodes.items():
        targets = node_targets(node)
        known = [t for t in dict.fromkeys(targets) if t in nodes]
        dangling = dangling or len(known) != len(set(targets))
        successors[node_id] = known

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

    index = TreeIndex(successors, dangling, reachable, cycle, dead_ends, topo)
    index.position = {n: i for i, n in enumerate(topo)}
    index.question_count = sum(1 for n in nodes.values() if n.type in QUESTION_TYPES)
    if cycle is None:
        _remaining(index, nodes)
    return index


def _remaining(index: TreeIndex, nodes: dict[str, Node]) -> None:
    """Fewest / most questions left from each node, in reverse topological order.

    A choice whose every option has a ``when`` may be skipped (all hidden), so
    it counts for the most but not the fewest: the range then only narrows as
    a walk goes on (toolmix.engine.estimate).
    """
    lo, hi = index.min_left, index.max_left
    for n in reversed(index.topo):
        node = nodes[n]
        own = 1 if node.type in QUESTION_TYPES else 0
        own_lo = 0 if own and _may_be_skipped(node) else own
        succ = [s for s in index.successors[n] if s in lo]
        if succ:
            lo[n] = own_lo + min(lo[s] for s in succ)
            hi[n] = own + max(hi[s] for s in succ)
        else:
            lo[n], hi[n] = own_lo, own


def _may_be_skipped(node: Node) -> bool:
    """Whether a session may pass over the node because all its options are hidden."""
    return isinstance(node, (SingleNode, MultiNode)) and all(
        o.when is not None for o in node.options
    )


def options_of(node: Node) -> list[str]:
    if isinstance(node, (SingleNode, MultiNode)):
        return [o.id for o in node.options]
    return []


__all__ = ["TreeIndex", "build_index", "next_targets", "node_targets", "options_of"]
