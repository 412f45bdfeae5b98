"""Which nodes lie on every path from start to a node: the dominator tree.

For "is this question answered on every path before that node", asked by
the linter for each condition. The graph is the reachable part of a tree
without cycles, so one pass in topological order gives each node's
immediate dominator: the nearest common ancestor, in the dominator tree built
so far, of its predecessors (Cooper, Harvey and Kennedy's intersection).
Walking up one parent at a time makes that O(nodes x depth) on a long chain
that many nodes leave for the same result; here each node keeps one skew
jump pointer as well (Myers' jump pointers), so finding a common ancestor
takes O(log depth) steps and the whole pass O((nodes + edges) log nodes).
"""

from __future__ import annotations

from toolmix.load.index import TreeIndex


class Dominators:
    """The dominator tree of the reachable graph (acyclic), and O(1) dominance tests."""

    def __init__(self, index: TreeIndex) -> None:
        topo = index.topo
        preds: dict[str, list[str]] = {n: [] for n in topo}
        for n in topo:
            for s in index.successors[n]:
                if s in preds:
                    preds[s].append(n)
        self._parent: dict[str, str] = {}
        self._jump: dict[str, str] = {}
        self._depth: dict[str, int] = {}
        children: dict[str, list[str]] = {n: [] for n in topo}
        roots = []
        for n in topo:
            ps = [p for p in preds[n] if p in self._depth]
            if not ps:
                roots.append(n)
                self._add(n, n)
                continue
            d = ps[0]
            for p in ps[1:]:
                d = self._common(d, p)
            self._add(n, d)
            children[d].append(n)
        # Enter and leave times of a depth-first walk: a dominates b when
        # b's interval lies inside a's.
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

    def _add(self, n: str, parent: str) -> None:
        """Attach ``n`` under ``parent`` (itself for a root), with its jump pointer."""
        if parent == n:
            self._parent[n] = self._jump[n] = n
            self._depth[n] = 0
            return
        depth, jump = self._depth, self._jump
        self._parent[n] = parent
        self._depth[n] = depth[parent] + 1
        up = jump[parent]
        # Skew-binary jumps: two equal jumps in a row merge into one twice as long.
        if depth[parent] - depth[up] == depth[up] - depth[jump[up]]:
            self._jump[n] = jump[up]
        else:
            self._jump[n] = parent

    def _common(self, a: str, b: str) -> str:
        """The nearest common ancestor of ``a`` and ``b`` in the tree built so far."""
        depth, jump, parent = self._depth, self._jump, self._parent
        if depth[a] < depth[b]:
            a, b = b, a
        while depth[a] > depth[b]:
            a = jump[a] if depth[jump[a]] >= depth[b] else parent[a]
        while a != b:
            if jump[a] != jump[b]:
                a, b = jump[a], jump[b]
            elif parent[a] == a:
                break  # two roots: no common ancestor (not in a graph with one start)
            else:
                a, b = parent[a], parent[b]
        return a

    def dominates(self, a: str, b: str) -> bool:
        return self.enter[a] <= self.enter[b] and self.leave[b] <= self.leave[a]
