"""The outcome of a walk without its reasons: what the audit compares, walk after walk.

``selection.choose`` builds the full mix (rows, reasons, sources) that a
person reads. The audit needs only which result is reached, which items are
picked or considered and why, for hundreds of thousands of walks, so the
effects of every choice are gathered into tables once per tree and a walk
is scored from them. The rules are those of ``choose`` (TREE-FORMAT.md,
"How the mix is chosen"); tests/test_audit_outcome.py checks that both agree
on random walks of both shipped trees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from toolmix.engine.essentials import Pass, at_risk, extend, lookup_for
from toolmix.engine.selection import budget_of
from toolmix.engine.session import AnsweredPath
from toolmix.model.conditions import Condition
from toolmix.model.nodes import MultiNode, NumberNode, ResultNode, SingleNode
from toolmix.model.tree import Tree

#: One effect as the tables keep it: item index, score, require, exclude.
Effect = tuple[int, int, bool, bool]
#: Where an effect came from: the node and its option id, or ``range:N``.
Choice = tuple[str, str | None]


@dataclass(frozen=True)
class Outcome:
    """What a walk ends on: the result node, and each item's fate."""

    result_node: str
    #: Item ids picked, in picked order.
    picked: tuple[str, ...]
    #: Items considered and not picked, in order, with ``group full`` or ``over budget``.
    considered: tuple[tuple[str, str], ...]
    #: Scores by catalogue position.
    scores: tuple[int, ...]
    required: frozenset[str]
    budget: float | None
    effort: float
    #: Items given a negative score in this walk, with the choice that gave it.
    penalised: tuple[tuple[str, Choice], ...]
    #: x-select essentials that apply and still miss the hours by no more than its slack.
    short: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, frozenset[str]]:
        """What "changes the result" compares: the result node and the set of picked items."""
        return self.result_node, frozenset(self.picked)


class Scorer:
    """A tree's effects and limits by choice, gathered once; scores a walk from them."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self.ids = list(tree.items)
        self.index = index = {item_id: i for i, item_id in enumerate(self.ids)}
        self.groups = [tree.items[i].group for i in self.ids]
        self.effort = [float(tree.items[i].effort) for i in self.ids]
        self.room: dict[str, int | None] = {g: grp.max for g, grp in tree.groups.items()}
        self.tables: dict[Choice, tuple[tuple[Effect, ...], dict[str, int]]] = {}
        #: For a choice with an effect that has an ``if``: each effect's condition, or None.
        self.ifs: dict[Choice, tuple[Condition | None, ...]] = {}
        for node_id, node in tree.nodes.items():
            parts: list[tuple[str | None, Sequence[object], dict[str, int]]] = []
            if isinstance(node, (SingleNode, MultiNode)):
                parts = [(o.id, o.effects, dict(o.limits)) for o in node.options]
            elif isinstance(node, NumberNode):
                parts = [
                    (f"range:{i}", r.effects, dict(r.limits)) for i, r in enumerate(node.ranges)
                ]
            elif isinstance(node, ResultNode):
                parts = [(None, node.effects, {})]
            for choice, effects, limits in parts:
                rows = tuple(
                    (index[e.item], e.score, e.require, e.exclude)  # type: ignore[attr-defined]
                    for e in effects
                )
                self.tables[(node_id, choice)] = (rows, limits)
                ifs = tuple(e.x_if for e in effects)  # type: ignore[attr-defined]
                if any(c is not None for c in ifs):
                    self.ifs[(node_id, choice)] = ifs

    def choices(self, answered: AnsweredPath) -> list[Choice]:
        """The choices a walk made, in the order ``choose`` collects their effects."""
        out: list[Choice] = []
        nodes = self.tree.nodes
        for node_id, value in answered:
            node = nodes[node_id]
            if isinstance(node, SingleNode) and isinstance(value, str):
                out.append((node_id, value))
            elif isinstance(node, MultiNode) and isinstance(value, list):
                out += [(node_id, v) for v in value]
            elif isinstance(node, NumberNode) and isinstance(value, (int, float)):
                found = node.range_for(value)
                if found is not None:
                    out.append((node_id, f"range:{found[0]}"))
            elif isinstance(node, ResultNode):
                out.append((node_id, None))
        return out

    def score(self, answered: AnsweredPath) -> Outcome:
        """The outcome of a finished walk (its last node is a result node)."""
        n = len(self.ids)
        scores = [0] * n
        required: set[int] = set()
        excluded: set[int] = set()
        limits: dict[str, int] = {}
        penalised: list[tuple[str, Choice]] = []
        answers = {node: value for node, value in answered if value is not None}
        lookup = lookup_for(self.tree, answers)
        for choice in self.choices(answered):
            rows, lim = self.tables[choice]
            ifs = self.ifs.get(choice)
            if ifs is not None:
                rows = tuple(
                    r for r, c in zip(rows, ifs, strict=True) if c is None or c.holds(lookup)
                )
            for item, score, require, exclude in rows:
                scores[item] += score
                if require:
                    required.add(item)
                if exclude:
                    excluded.add(item)
                elif score < 0:
                    penalised.append((self.ids[item], choice))
            limits.update(lim)
        floor = self.tree.result.min_score
        candidates = [
            i for i in range(n) if i not in excluded and (i in required or scores[i] >= floor)
        ]
        candidates.sort(key=lambda i: (i not in required, -scores[i], i))
        budget = budget_of(self.tree, answers)
        room = {**self.room, **limits}
        in_group: dict[str, int] = {}
        effort = 0.0
        picked: list[str] = []
        considered: list[tuple[str, str]] = []
        short: tuple[str, ...] = ()
        unserved: set[str] = set()
        for i in candidates:
            group = self.groups[i]
            cap = room.get(group)
            why_not = None
            if i not in required:
                if cap is not None and in_group.get(group, 0) >= cap:
                    why_not = "group full"
                elif budget is not None and effort + self.effort[i] > budget + 1e-9:
                    why_not = "over budget"
            if why_not is None:
                picked.append(self.ids[i])
                in_group[group] = in_group.get(group, 0) + 1
                effort += self.effort[i]
            else:
                considered.append((self.ids[i], why_not))
        if self.tree.x_select is not None:
            done = extend(
                Pass(
                    self.tree,
                    {self.ids[i]: k for k, i in enumerate(candidates)},
                    picked,
                    considered,
                    {self.ids[i] for i in required - excluded},
                    {self.ids[i] for i in excluded},
                    dict(zip(self.ids, scores, strict=True)),
                    budget,
                    room,
                    lookup,
                )
            )
            picked, considered, short = done.picked, done.considered, tuple(at_risk(done))
            unserved = set(done.unserved)  # a need left it out: ruled out, required or not
            effort = sum(self.effort[self.index[i]] for i in picked)
        return Outcome(
            answered[-1][0],
            tuple(picked),
            tuple(considered),
            tuple(scores),
            # exclude wins over require, and so does a need the mix does not hold
            frozenset(self.ids[i] for i in required - excluded) - unserved,
            budget,
            effort,
            tuple(penalised),
            short,
        )
