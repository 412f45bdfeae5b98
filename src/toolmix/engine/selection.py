"""How the mix is chosen: scores, ruled out, required, limits, budget, reasons.

Implements "How the mix is chosen" of the tree format exactly. A pure
function of the tree and the answered path (the path with its answers).
"""

from __future__ import annotations

from dataclasses import field
from typing import Literal

from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.answer_words import answer_label
from toolmix.engine.essentials import Pass, extend, lookup_for
from toolmix.engine.session import AnsweredPath
from toolmix.model.items import Effect, Item
from toolmix.model.nodes import MultiNode, NumberNode, ResultNode, SingleNode
from toolmix.model.record import record
from toolmix.model.tree import BudgetFromAnswer, BudgetValue, Tree
from toolmix.text.words import whole


@record(frozen=True)
class Source:
    """Where an effect came from: the node, and the option or range chosen there."""

    node: str
    #: Option id, ``range:N`` for a number range, or None for a result node.
    choice: str | None
    #: What the person sees: the question, and the answer they gave.
    question: str
    answer: str


@record(frozen=True)
class Reason:
    """One ``because`` of an item, with the answer that gave it."""

    text: str
    score: int
    kind: Literal["score", "require", "exclude"]
    source: Source


@record
class Row:
    """An item in the result: picked, also considered, or ruled out."""

    item_id: str
    item: Item
    score: int
    required: bool
    reasons: list[Reason]
    why_not: str | None = None
    #: For a light form picked in an item's place (``x-select``), that item's id.
    light_of: str | None = None

    @property
    def group(self) -> str:
        return self.item.group


@record
class Mix:
    """The result of a walk."""

    tree: Tree
    path: list[str]
    answers: dict[str, AnswerValue]
    result_node: str
    title: str
    budget: float | None
    picked: list[Row] = field(default_factory=list)
    considered: list[Row] = field(default_factory=list)
    ruled_out: list[Row] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)

    @property
    def budgeted_effort(self) -> float | None:
        """The picked items' hours, reported only against a budget: None when there is none."""
        if self.budget is None:
            return None
        return self.picked_effort

    @property
    def picked_effort(self) -> float:
        """The hours a week of every picked item, budget or not.

        Rounded to a millionth of an hour: a sum of decimal hours in binary floats
        would otherwise reach the JSON result as 1.5500000000000003.
        """
        return round(sum(r.item.effort for r in self.picked), 6)

    def by_group(self) -> list[tuple[str, list[Row]]]:
        """Picked rows by group, in group order."""
        out = []
        for gid in self.tree.groups:
            rows = [r for r in self.picked if r.group == gid]
            if rows:
                out.append((gid, rows))
        return out


def collect(
    tree: Tree, answered: AnsweredPath
) -> tuple[list[tuple[Effect, Source]], dict[str, int]]:
    """Effects and limits in the order the path gives them (an effect's ``x-if`` holding)."""
    effects: list[tuple[Effect, Source]] = []
    limits: dict[str, int] = {}
    lookup = lookup_for(tree, {n: v for n, v in answered if v is not None})
    for node_id, value in answered:
        node = tree.nodes[node_id]
        if isinstance(node, (SingleNode, MultiNode)) and value is not None:
            chosen = [value] if isinstance(node, SingleNode) else value
            assert isinstance(chosen, list)
            for opt in node.options:
                if opt.id in chosen:
                    src = Source(node_id, opt.id, node.text, opt.label)
                    effects.extend((e, src) for e in opt.effects)
                    limits.update(opt.limits)
        elif isinstance(node, NumberNode) and isinstance(value, (int, float)):
            found = node.range_for(value)
            if found is not None:
                i, rng = found
                src = Source(node_id, f"range:{i}", node.text, answer_label(tree, node_id, value))
                effects.extend((e, src) for e in rng.effects)
                limits.update(rng.limits)
        elif isinstance(node, ResultNode):
            src = Source(node_id, None, node.title, "")
            effects.extend((e, src) for e in node.effects)
    return [(e, src) for e, src in effects if e.x_if is None or e.x_if.holds(lookup)], limits


def budget_of(tree: Tree, answers: dict[str, AnswerValue]) -> float | None:
    budget = tree.result.budget
    if isinstance(budget, BudgetValue):
        return whole(budget.value)
    if isinstance(budget, BudgetFromAnswer):
        value = answers.get(budget.answer)
        if isinstance(value, (int, float)):
            return whole(value)
    return None


def title_of(tree: Tree, result_node: str, answers: dict[str, AnswerValue]) -> str:
    node = tree.nodes[result_node]
    assert isinstance(node, ResultNode)
    subject = tree.result.subject
    name = answers.get(subject) if subject else None
    if isinstance(name, str) and name:
        return f"{name}: {node.title}"
    return node.title


def choose(tree: Tree, answered: AnsweredPath) -> Mix:
    """The mix for a finished walk (its last node is a result node)."""
    path = [n for n, _ in answered]
    answers = {n: v for n, v in answered if v is not None}
    result_node = path[-1]
    effects, limits = collect(tree, answered)

    scores: dict[str, int] = {}
    reasons: dict[str, list[Reason]] = {}
    seen_text: dict[str, set[str]] = {}
    excluded: dict[str, list[Reason]] = {}
    required: set[str] = set()
    for eff, src in effects:
        kind: Literal["score", "require", "exclude"] = (
            "exclude" if eff.exclude else "require" if eff.require else "score"
        )
        reason = Reason(eff.because, eff.score, kind, src)
        scores[eff.item] = scores.get(eff.item, 0) + eff.score
        texts = seen_text.setdefault(eff.item, set())
        if eff.because not in texts:
            texts.add(eff.because)
            reasons.setdefault(eff.item, []).append(reason)
        if eff.exclude and all(r.text != eff.because for r in excluded.get(eff.item, [])):
            excluded.setdefault(eff.item, []).append(reason)
        if eff.require:
            required.add(eff.item)

    catalogue = {item_id: i for i, item_id in enumerate(tree.items)}
    for item_id in tree.items:
        scores.setdefault(item_id, 0)
    candidates = [
        item_id
        for item_id in tree.items
        if item_id not in excluded
        and (item_id in required or scores[item_id] >= tree.result.min_score)
    ]
    candidates.sort(key=lambda i: (i not in required, -scores[i], catalogue[i]))

    budget = budget_of(tree, answers)
    mix = Mix(
        tree,
        path,
        answers,
        result_node,
        title_of(tree, result_node, answers),
        budget,
        limits=limits,
    )
    room: dict[str, int | None] = {g: grp.max for g, grp in tree.groups.items()}
    room.update(limits)
    in_group: dict[str, int] = {}
    effort = 0.0
    rows: dict[str, Row] = {}
    for item_id in candidates:
        item = tree.items[item_id]
        row = Row(item_id, item, scores[item_id], item_id in required, reasons.get(item_id, []))
        rows[item_id] = row
        cap = room.get(item.group)
        if row.required:
            why_not = None
        elif cap is not None and in_group.get(item.group, 0) >= cap:
            why_not = "group full"
        elif budget is not None and effort + item.effort > budget + 1e-9:
            why_not = "over budget"
        else:
            why_not = None
        if why_not is None:
            mix.picked.append(row)
            in_group[item.group] = in_group.get(item.group, 0) + 1
            effort += item.effort
        else:
            row.why_not = why_not
            mix.considered.append(row)
    if tree.x_select is not None:
        unserved = _extend(mix, rows, candidates, scores, required, set(excluded), room)
        excluded.update({i: [_unserved(tree, result_node, i)] for i in unserved})
    for item_id in tree.items:
        if item_id in excluded:
            mix.ruled_out.append(
                Row(item_id, tree.items[item_id], scores[item_id], False, excluded[item_id])
            )
    return mix


def _unserved(tree: Tree, result_node: str, item_id: str) -> Reason:
    """Why an ``x-select`` need left the item out: its ``because``, from the result reached."""
    assert tree.x_select is not None
    need = next(n for n in tree.x_select.needs if n.item == item_id)
    node = tree.nodes[result_node]
    assert isinstance(node, ResultNode)
    return Reason(need.because, 0, "exclude", Source(result_node, None, node.title, ""))


def _extend(
    mix: Mix,
    rows: dict[str, Row],
    candidates: list[str],
    scores: dict[str, int],
    required: set[str],
    excluded: set[str],
    room: dict[str, int | None],
) -> list[str]:
    """The tree's ``x-select`` on the contract's pass (engine/essentials.py), rows rebuilt.

    Returns the items a ``needs`` rule left out, which the mix shows as ruled out.
    """
    tree = mix.tree
    done = extend(
        Pass(
            tree,
            {item_id: i for i, item_id in enumerate(candidates)},
            [r.item_id for r in mix.picked],
            [(r.item_id, r.why_not or "") for r in mix.considered],
            required,
            excluded,
            scores,
            mix.budget,
            room,
            lookup_for(tree, mix.answers),
        )
    )
    for light, heavy in done.light_of.items():
        was = rows[heavy]
        rows[light] = Row(
            light, tree.items[light], was.score, was.required, was.reasons, light_of=heavy
        )
    mix.picked = [rows[i] for i in done.picked]
    for row in mix.picked:
        row.why_not = None
    mix.considered = []
    for item_id, why_not in done.considered:
        rows[item_id].why_not = why_not
        mix.considered.append(rows[item_id])
    return done.unserved
