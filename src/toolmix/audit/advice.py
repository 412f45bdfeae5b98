"""What the audit measures about the advice itself, from roles a tree declares in ``x-audit``.

The tree format knows groups, not what a group is for. A tree that wants its
advice measured says so in a top-level extension key (ignored by the
program, like every ``x-`` key)::

    "x-audit": {
      "home": ["home"],                       # groups that hold a home base
      "channels": ["local", "networks"],      # groups that reach people
      "habits": ["habits"],                   # groups of habits that serve them
      "min_hours": 1,                         # walks with at least this budget count
      "keep": [{"answer": "already", "has": "site", "item": "website"}],  # or "item": [a, b]
      "holds": [{"result": "paid", "any": ["circle", "skool"], "because": "..."}],
      "equivalent": [["threads", "bluesky"]], # ties between these are fine
      "prefer": [{"items": ["gbp", "yelp"], "because": "..."},   # stated tie rules;
                 {"groups": [["local", "networks"], "helpers"], "because": "..."}]
    }

From it the audit counts, over the walks: the share of walks with at least
``min_hours`` that hold a channel and a habit; the walks where an answer in
``keep`` holds and its item is not picked (a home base the person has,
dropped; an ``item`` list is kept when any of them is picked); for each
``holds`` rule, the walks reaching its result that pick none of its items (a
result whose kind needs one of them); and, for every result node, the items its title or body names
that some walk reaching it does not pick. Items are named by their ``name``,
as a whole word in any case.

A ``prefer`` rule is a tie rule the tree states: on equal scores, an item comes
before another listed after it (``items``), or an item of a group before an item
of a group listed after it (``groups``); an entry that is a list is a tier whose
members rank alike. The engine settles ties by catalogue order, so a rule holds
only where the file puts the items in its order; a tie it settles is counted
under the rule, and a tie against it stays one settled by catalogue order alone.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from toolmix.audit.needs import Need, NeedTally, all_needs, render_needs
from toolmix.audit.tie_rules import Preference, read_preferences
from toolmix.engine.answer_checks import AnswerValue
from toolmix.engine.outcome import Outcome
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import ResultNode
from toolmix.model.tree import Tree
from toolmix.text.i18n import _, decimal_separator, ngettext, pgettext, thousands
from toolmix.text.markdown_escape import code, inline
from toolmix.text.words import hours_a_week


@dataclass(frozen=True)
class Roles:
    home: frozenset[str]
    channels: frozenset[str]
    habits: frozenset[str]
    min_hours: float
    #: (answer, option, items): when the answer holds, one of the items is kept.
    keep: tuple[tuple[str, str, tuple[str, ...]], ...]
    equivalent: tuple[frozenset[str], ...]
    prefer: tuple[Preference, ...] = ()
    #: (result node, items, why): every walk reaching the result holds one of the items.
    holds: tuple[tuple[str, tuple[str, ...], str], ...] = ()
    needs: tuple[Need, ...] = ()  # see toolmix.audit.needs


def read_roles(loaded: LoadedTree) -> Roles | None:
    """The tree's ``x-audit`` roles, or None when it declares none."""
    spec = loaded.extras.get("x-audit")
    if not isinstance(spec, dict):
        return None

    def names(key: str) -> frozenset[str]:
        value = spec.get(key, [])
        return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()

    keep: list[tuple[str, str, tuple[str, ...]]] = []
    for rule in spec.get("keep", []):
        if isinstance(rule, dict) and "answer" in rule and "item" in rule:
            option = rule.get("has", rule.get("is"))
            if option is not None:
                keep.append((str(rule["answer"]), str(option), _ids(rule["item"])))
    equivalent = tuple(
        frozenset(str(i) for i in group)
        for group in spec.get("equivalent", [])
        if isinstance(group, list)
    )
    hours = spec.get("min_hours", 1)
    return Roles(
        home=names("home"),
        channels=names("channels"),
        habits=names("habits"),
        min_hours=float(hours) if isinstance(hours, (int, float)) else 1.0,
        keep=tuple(keep),
        equivalent=equivalent,
        prefer=read_preferences(spec),
        holds=_holds(spec),
        needs=all_needs(spec, loaded.tree.x_select),
    )


def _ids(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else (str(value),)


def _holds(spec: dict[str, Any]) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    return tuple(
        (str(rule["result"]), _ids(rule["any"]), str(rule.get("because", "")))
        for rule in spec.get("holds", [])
        if isinstance(rule, dict) and "result" in rule and "any" in rule
    )


def named_items(tree: Tree) -> dict[str, list[str]]:
    """Per result node, the items its title or body names (by item name, any case)."""
    out: dict[str, list[str]] = {}
    for node_id, node in tree.nodes.items():
        if not isinstance(node, ResultNode):
            continue
        text = f"{node.title}\n{node.body or ''}"
        out[node_id] = [
            i
            for i, item in tree.items.items()
            if re.search(rf"(?<!\w){re.escape(item.name)}(?!\w)", text, re.IGNORECASE)
        ]
    return out


@dataclass
class AdviceTally:
    """Running counts of the advice figures over the walks."""

    tree: Tree
    roles: Roles
    named: dict[str, list[str]] = field(default_factory=dict)
    #: Walks with at least ``min_hours``, and those with a channel and a habit.
    with_hours: int = 0
    served: int = 0
    #: Per (answer, option, item) of ``keep``: walks where it held, and where the item was dropped.
    kept_asked: Counter[tuple[str, str, tuple[str, ...]]] = field(default_factory=Counter)
    dropped: Counter[tuple[str, str, tuple[str, ...]]] = field(default_factory=Counter)
    #: Of those drops, the walks where the item was ruled out (its reason is shown).
    ruled_out: Counter[tuple[str, str, tuple[str, ...]]] = field(default_factory=Counter)
    #: Per ``holds`` rule (by result node): walks reaching it, and those holding none.
    reached: Counter[str] = field(default_factory=Counter)
    lacking: Counter[str] = field(default_factory=Counter)
    needs: NeedTally = field(default_factory=NeedTally)
    #: (result node, item named): walks reaching it that do not pick the item.
    promised: Counter[tuple[str, str]] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.named = named_items(self.tree)

    def add(self, answers: dict[str, AnswerValue], out: Outcome) -> None:
        groups = {self.tree.items[i].group for i in out.picked}
        if out.budget is not None and out.budget >= self.roles.min_hours - 1e-9:
            self.with_hours += 1
            if groups & self.roles.channels and groups & self.roles.habits:
                self.served += 1
        for rule in self.roles.keep:
            question, option, items = rule
            value = answers.get(question)
            holds = option in value if isinstance(value, list) else value == option
            if holds:
                self.kept_asked[rule] += 1
                if not set(items) & set(out.picked):
                    self.dropped[rule] += 1
                    considered = {i for i, _why in out.considered}
                    # None of them even considered: ruled out, with the reason shown (a
                    # light form that was never a candidate does not make a drop "explained").
                    if not set(items) & considered:
                        self.ruled_out[rule] += 1
        for result, items, _because in self.roles.holds:
            if out.result_node == result:
                self.reached[result] += 1
                if not set(items) & set(out.picked):
                    self.lacking[result] += 1
        self.needs.add(self.roles.needs, {i: self.tree.items[i].group for i in out.picked})
        for item in self.named.get(out.result_node, []):
            if item not in out.picked:
                self.promised[(out.result_node, item)] += 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "walks_with_hours": self.with_hours,
            "walks_served": self.served,
            "kept": [
                {
                    "answer": q,
                    "option": o,
                    "item": i[0] if len(i) == 1 else list(i),
                    "walks": n,
                    "dropped": self.dropped[(q, o, i)],
                    "ruled_out": self.ruled_out[(q, o, i)],
                }
                for (q, o, i), n in self.kept_asked.items()
            ],
            "holds": [
                {"result": r, "walks": self.reached[r], "lacking": self.lacking[r]}
                for r, _items, _because in self.roles.holds
            ],
            "needs": self.needs.as_list(self.roles.needs),
            "promised_not_held": [
                {"result": r, "item": i, "walks": n} for (r, i), n in self.promised.items()
            ],
        }


def _pct(count: int, total: int) -> str:
    if not total:
        return _("n/a")
    return f"{100 * count / total:.1f}".replace(".", decimal_separator()) + "%"


def _walks(n: int, total: int) -> str:
    """``3 of 40 walks``: the count out of a total, in the language."""
    return ngettext("{n} of {total} walk", "{n} of {total} walks", total).format(
        n=thousands(n), total=thousands(total)
    )


def render_advice(tally: AdviceTally) -> list[str]:
    """The Markdown section of the advice figures."""
    tree, roles = tally.tree, tally.roles
    out = ["## " + _("The advice, measured (roles from {key})").format(key=code("x-audit")), ""]
    served = _(
        "Walks with at least {hours} that hold a way to reach people and a habit: "
        "{served} of {walks} ({share})."
    ).format(
        hours=inline(hours_a_week(roles.min_hours)),
        served=thousands(tally.served),
        walks=thousands(tally.with_hours),
        share=_pct(tally.served, tally.with_hours),
    )
    out.append("- " + served)
    either = " " + pgettext("one of these items", "or") + " "
    for (question, option, items), asked in tally.kept_asked.items():
        dropped = tally.dropped[(question, option, items)]
        kept = either.join(inline(tree.items[i].name) for i in items)
        ruled = tally.ruled_out[(question, option, items)]
        why = ""
        if ruled:
            why = (
                " ("
                + _("{n} of them ruled out, with the reason shown").format(n=thousands(ruled))
                + ")"
            )
        # TRANSLATORS: {items} is one item's name or several joined by "or"; {walks} "3 of 40 walks".
        line = _("{answer} = {option}: {items} dropped in {walks}{why}.").format(
            answer=code(question),
            option=code(option),
            items=kept,
            walks=_walks(dropped, asked),
            why=why,
        )
        out.append("- " + line)
    for result, items, because in roles.holds:
        held = ", ".join(inline(tree.items[i].name) for i in items)
        line = _(
            "The result {result} holds one of {items} ({because}): missing in {walks} reaching it."
        ).format(
            result=code(result),
            items=held,
            because=inline(because),
            walks=_walks(tally.lacking[result], tally.reached[result]),
        )
        out.append("- " + line)
    out += render_needs(tree, roles.needs, tally.needs, _walks)
    promised = sorted(tally.promised.items(), key=lambda kv: -kv[1])
    if not promised:
        out.append("- " + _("No result text names an item that a walk reaching it does not hold."))
    for (result, item), n in promised:
        line = ngettext(
            "The result {result} names {item}, missing in {n} walk that reaches it.",
            "The result {result} names {item}, missing in {n} walks that reach it.",
            n,
        ).format(result=code(result), item=inline(tree.items[item].name), n=thousands(n))
        out.append("- " + line)
    return [*out, ""]


def equivalent(tally: AdviceTally | None, a: str, b: str) -> bool:
    """True when the tree declares items ``a`` and ``b`` equivalent (a tie between them is fine)."""
    if tally is None:
        return False
    return any(a in group and b in group for group in tally.roles.equivalent)


def preference(tally: AdviceTally | None, winner: str, loser: str) -> Preference | None:
    """The stated tie rule that puts ``winner`` before ``loser``, if the tree has one."""
    if tally is None:
        return None
    for rule in tally.roles.prefer:
        if rule.settles(tally.tree, winner, loser):
            return rule
    return None
