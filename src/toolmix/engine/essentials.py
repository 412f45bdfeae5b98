"""toolmix's selection extension, ``x-select``: essentials kept when a few minutes over, light forms.

The contract's pass (TREE-FORMAT.md, "How the mix is chosen") drops a candidate
that misses the hours by three minutes as surely as one that misses them by
three hours. A tree's ``x-select`` names the picks a practitioner would not drop
for minutes (asking for reviews beside a review listing; the event when the goal
is to fill events) and how to make their room: a picked item kept at less time a
week (its light form), then a pick that may give way. It also names light forms
that take the place of an item the hours or the group left out, when they fit
(the week's Reel posted to TikTok too). Everything here runs after the contract's
pass, on item ids, so ``selection.choose`` and the audit's ``Scorer`` apply the
same rule; a tree without ``x-select`` is chosen exactly as the contract says.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from toolmix.model.conditions import Lookup
from toolmix.model.tree import Essential, LightForm, Need, SelectSpec, Tree

#: The rounding allowance the budget check uses everywhere (docs/tree-format.md).
EPS = 1e-9


@dataclass
class Pass:
    """A finished contract pass, as ids: what the extension reads and changes."""

    tree: Tree
    #: Each candidate's place in the contract's order (step 3); a light form takes its item's.
    order: dict[str, int]
    picked: list[str]
    #: Considered ids with ``group full`` or ``over budget``, in order.
    considered: list[tuple[str, str]]
    required: set[str]
    excluded: set[str]
    scores: Mapping[str, int]
    budget: float | None
    room: dict[str, int | None]
    lookup: Lookup
    #: Light form id -> the item it is the light form of.
    light_of: dict[str, str] = field(default_factory=dict)
    #: Items left out by a ``needs`` rule (nothing they serve is in the mix), in order.
    unserved: list[str] = field(default_factory=list)

    def effort(self) -> float:
        return sum(self.tree.items[i].effort for i in self.picked)

    def count(self, group: str) -> int:
        return sum(1 for i in self.picked if self.tree.items[i].group == group)

    def has_room(self, item: str, leaving: str | None = None) -> bool:
        group = self.tree.items[item].group
        cap = self.room.get(group)
        taken = self.count(group) - (
            1 if leaving and self.tree.items[leaving].group == group else 0
        )
        return cap is None or taken < cap

    def applies(self, rule: Essential | LightForm) -> bool:
        if rule.if_ is not None and not rule.if_.holds(self.lookup):
            return False
        return rule.with_ is None or any(i in self.picked for i in rule.with_)

    def sort(self) -> None:
        self.picked.sort(key=lambda i: self.order[i])
        self.considered.sort(key=lambda c: self.order[c[0]])


def lookup_for(tree: Tree, answers: Mapping[str, Any]) -> Lookup:
    """How a condition of ``x-select`` reads the walk's answers."""

    def lookup(question: str) -> tuple[str, Any] | None:
        if question in answers and question in tree.nodes:
            return tree.nodes[question].type, answers[question]
        return None

    return lookup


def _target(p: Pass, rule: Essential) -> str | None:
    """The essential's item, when it missed the hours only; None when kept or not a candidate."""
    if rule.item is not None:
        found = [c for c in p.considered if c[0] == rule.item]
        return rule.item if found and found[0][1] == "over budget" else None
    if rule.group is None or p.count(rule.group) > 0:
        return None
    in_group = [c for c in p.considered if p.tree.items[c[0]].group == rule.group]
    return in_group[0][0] if in_group and in_group[0][1] == "over budget" else None


def shortfall(p: Pass, item: str) -> float:
    """How many hours ``item`` misses the budget by, beside the picks (0 when it fits)."""
    if p.budget is None:
        return 0.0
    return max(p.effort() + p.tree.items[item].effort - p.budget, 0.0)


def _lights(p: Pass, keep: str) -> list[tuple[str, str]]:
    """(picked item, its light form) that may be cut, the lowest score first, later first."""
    out = []
    for rule in p.tree.x_select.light if p.tree.x_select else []:
        if (
            not rule.fill  # a light form that fills spare hours is no cut
            and rule.item in p.picked
            and rule.item != keep
            and rule.light not in p.excluded
            and rule.light not in p.picked
            and p.applies(rule)
        ):
            out.append((rule.item, rule.light))
    return sorted(out, key=lambda pair: (p.scores.get(pair[0], 0), -p.order[pair[0]]))


def swap(p: Pass, item: str, light: str) -> None:
    """``item`` is picked as its light form, in its place; it leaves the lists."""
    p.picked[p.picked.index(item)] = light
    p.order[light] = p.order[item]
    p.light_of[light] = item


def _make_room(p: Pass, spec: SelectSpec, item: str) -> bool:
    """Cut until ``item`` fits, or change nothing; True when it fits."""
    saved = (list(p.picked), list(p.considered), dict(p.light_of))
    for heavy, light in _lights(p, item):
        if shortfall(p, item) <= EPS:
            break
        swap(p, heavy, light)
    for other in spec.give_way:
        if shortfall(p, item) <= EPS:
            break
        if other in p.picked and other not in p.required and other != item:
            p.picked.remove(other)
            p.considered.append((other, "over budget"))
    if shortfall(p, item) <= EPS and p.has_room(item):
        return True
    p.picked, p.considered, p.light_of = saved
    return False


def _essentials(p: Pass, spec: SelectSpec) -> None:
    for rule in spec.essential:
        if not p.applies(rule):
            continue
        item = _target(p, rule)
        if item is None or shortfall(p, item) > spec.slack + EPS:
            continue
        if _make_room(p, spec, item):
            p.considered = [c for c in p.considered if c[0] != item]
            p.picked.append(item)
            p.sort()
            _refill(p)


def _refill(p: Pass) -> None:
    """As the contract's pass goes on to the end: a left-out item that now fits is picked."""
    for item, why_not in list(p.considered):
        if why_not == "over budget" and shortfall(p, item) <= EPS and p.has_room(item):
            p.considered.remove((item, why_not))
            p.picked.append(item)
    p.sort()


def _fill(p: Pass, spec: SelectSpec) -> None:
    """A light form with ``fill`` takes the place of its left-out item when it fits."""
    for rule in spec.light:
        left_out = [c for c in p.considered if c[0] == rule.item]
        if not (rule.fill and left_out and p.applies(rule)):
            continue
        if rule.light in p.excluded or rule.light in p.picked or not p.has_room(rule.light):
            continue
        if shortfall(p, rule.light) > EPS:
            continue
        p.considered.remove(left_out[0])
        p.order[rule.light] = p.order[rule.item]
        p.light_of[rule.light] = rule.item
        p.picked.append(rule.light)
        p.sort()


def served(p: Pass, need: Need) -> bool:
    """Whether the mix holds ``need.count`` picks ``need``'s item serves.

    A pick serves when its group is one of ``groups`` or it is one of ``any``; a light
    form stands for its item, and counts once (it is one place, at another pace).
    """
    serving = [
        i
        for i in p.picked
        if i != need.item
        and (p.tree.items[i].group in need.groups or i in need.any or p.light_of.get(i) in need.any)
    ]
    return len(serving) >= need.count


def _needs(p: Pass, spec: SelectSpec) -> None:
    """An item whose needs the mix does not hold is not picked (required or not).

    Its hours go back to the pass (a left-out item that now fits is picked, and is
    checked in turn); then an item left out so whose needs the final mix holds comes
    back, when it fits (a required one always).
    """
    rules = {n.item: n for n in spec.needs}
    while True:
        unmet = [i for i in p.picked if i in rules and not served(p, rules[i])]
        if not unmet:
            break
        for item in unmet:
            p.picked.remove(item)
            p.unserved.append(item)
        _refill(p)
    for item in list(p.unserved):
        fits = item in p.required or (shortfall(p, item) <= EPS and p.has_room(item))
        if served(p, rules[item]) and fits:
            p.unserved.remove(item)
            p.picked.append(item)
            p.sort()


def extend(p: Pass) -> Pass:
    """The pass with the tree's ``x-select`` applied: essentials, light forms that fill, needs."""
    spec = p.tree.x_select
    if spec is not None:
        _essentials(p, spec)
        _fill(p, spec)
        _needs(p, spec)
    return p


def at_risk(p: Pass) -> list[str]:
    """Essentials that apply and still miss the hours by no more than ``slack`` (the audit's count)."""
    spec = p.tree.x_select
    if spec is None:
        return []
    out = []
    for rule in spec.essential:
        item = _target(p, rule) if p.applies(rule) else None
        if item is not None and shortfall(p, item) <= spec.slack + EPS:
            out.append(item)
    return out
