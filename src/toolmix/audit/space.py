"""The audit of a tree's whole answer space (``toolmix audit``, shared/EXPLORE.md).

Walks every combination of answers, or seeded random ones, scores each walk
from the tree's effect tables (:mod:`toolmix.engine.outcome`), and finds what an
author should look at: items never or always picked, results never reached,
questions and options whose answer never changes the result, group limits
that never bind, and, for the Markdown report, how the mixes are spread.

A question or option is shown to matter by one walk where an alternative
changes the result; once shown, it is not tried again. So the cost of the
alternatives falls on what may really be without effect, which is rare.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from toolmix.audit.advice import AdviceTally, read_roles
from toolmix.audit.walks import (
    Walk,
    alternatives,
    count_walks,
    every_walk,
    random_walks,
    replay_with,
)
from toolmix.engine.outcome import Choice, Outcome, Scorer
from toolmix.load.loader import LoadedTree
from toolmix.model.nodes import QUESTION_TYPES, MultiNode, ResultNode, SingleNode

DEFAULT_LIMIT = 200_000
DEFAULT_WALKS = 20_000
#: Outcomes kept for walks met again (an alternative is often another walk).
CACHE_SIZE = 50_000


@dataclass
class Spread:
    """What the Markdown report shows beyond the contract: how the walks are spread."""

    #: Per item: walks that picked it, by result node.
    picked_on: dict[str, Counter[str]] = field(default_factory=dict)
    mix_sizes: Counter[int] = field(default_factory=Counter)
    #: Per budget (hours): the efforts used, one per walk.
    effort_by_budget: dict[float, list[float]] = field(default_factory=dict)
    #: Per required item: walks where it alone takes more than the budget.
    required_over: Counter[str] = field(default_factory=Counter)
    #: Per x-select essential: walks where it still misses the hours by its slack or less.
    essential_short: Counter[str] = field(default_factory=Counter)
    #: (loser, winner): walks where the loser lost to an equal score earlier in the catalogue.
    ties: Counter[tuple[str, str]] = field(default_factory=Counter)
    #: (item, choice): walks that picked an item a choice of the same walk penalised.
    against: Counter[tuple[str, Choice]] = field(default_factory=Counter)
    #: The advice figures, for a tree that declares its roles in ``x-audit``.
    advice: AdviceTally | None = None


@dataclass
class Audit:
    """The findings, in the order and shape of EXPLORE.md's JSON."""

    tree: str
    walks: int
    exhaustive: bool
    seed: int
    items_never_picked: list[str]
    items_always_picked: list[str]
    results_never_reached: list[str]
    questions_without_effect: list[str]
    options_without_effect: list[tuple[str, str]]
    groups_never_full: list[str]
    spread: Spread

    def as_dict(self) -> dict[str, object]:
        return {
            "tree": self.tree,
            "walks": self.walks,
            "exhaustive": self.exhaustive,
            "items_never_picked": self.items_never_picked,
            "items_always_picked": self.items_always_picked,
            "results_never_reached": self.results_never_reached,
            "questions_without_effect": self.questions_without_effect,
            "options_without_effect": [
                {"question": q, "option": o} for q, o in self.options_without_effect
            ],
            "groups_never_full": self.groups_never_full,
        }


class _Tally:
    """Running findings over the walks."""

    def __init__(self, loaded: LoadedTree) -> None:
        self.tree = loaded.tree
        self.scorer = Scorer(loaded.tree)
        self.cache: dict[tuple[object, ...], Outcome] = {}
        self.count = 0
        self.picked: Counter[str] = Counter()
        self.reached: set[str] = set()
        self.full: set[str] = set()
        self.question_matters: set[str] = set()
        self.option_matters: set[tuple[str, str]] = set()
        self.spread = Spread()
        roles = read_roles(loaded)
        if roles is not None:
            self.spread.advice = AdviceTally(loaded.tree, roles)

    def outcome(self, steps: list[tuple[str, object]]) -> Outcome:
        key = tuple((n, tuple(v) if isinstance(v, list) else v) for n, v in steps)
        found = self.cache.get(key)
        if found is None:
            if len(self.cache) >= CACHE_SIZE:  # bound the memory of long audits
                self.cache.clear()
            found = self.cache[key] = self.scorer.score(steps)  # type: ignore[arg-type]
        return found

    def add(self, walk: Walk) -> None:
        steps = walk.steps
        out = self.outcome(steps)  # type: ignore[arg-type]
        self.count += 1
        self.picked.update(out.picked)
        self.reached.add(out.result_node)
        for item, why in out.considered:
            if why == "group full":
                self.full.add(self.tree.items[item].group)
        self._spread(out)
        if self.spread.advice is not None:
            self.spread.advice.add(walk.session.answers, out)
        for node_id, _ in steps:
            if node_id in walk.session.answers:
                self._try_alternatives(walk, node_id, out)

    def _try_alternatives(self, walk: Walk, node_id: str, out: Outcome) -> None:
        node = self.tree.nodes[node_id]
        current = walk.session.answers[node_id]
        if isinstance(node, SingleNode):
            option = (node_id, str(current))
            if option in self.option_matters:
                return
            for _, value in alternatives(walk, node_id):
                if self._differs(walk, node_id, value, out):
                    self.option_matters.add(option)
                    self.question_matters.add(node_id)
                    return
            return
        if isinstance(node, MultiNode):
            if all((node_id, o.id) in self.option_matters for o in node.options):
                return
            for toggled_option, value in alternatives(walk, node_id):
                assert toggled_option is not None
                option = (node_id, toggled_option)
                if option in self.option_matters:
                    continue
                if self._differs(walk, node_id, value, out):
                    self.option_matters.add(option)
                    self.question_matters.add(node_id)
            return
        if node_id in self.question_matters:
            return
        for _, value in alternatives(walk, node_id):
            if self._differs(walk, node_id, value, out):
                self.question_matters.add(node_id)
                return

    def _differs(self, walk: Walk, node_id: str, value: object, out: Outcome) -> bool:
        other = replay_with(walk, node_id, value)  # type: ignore[arg-type]
        if other is None:  # the alternative needs an answer: left out
            return False
        return self.outcome(other.answered_path()).key != out.key  # type: ignore[arg-type]

    def _spread(self, out: Outcome) -> None:
        s = self.spread
        for item in out.picked:
            s.picked_on.setdefault(item, Counter())[out.result_node] += 1
        s.mix_sizes[len(out.picked)] += 1
        s.essential_short.update(out.short)
        if out.budget is not None:
            s.effort_by_budget.setdefault(out.budget, []).append(out.effort)
            for item in out.required:
                if self.tree.items[item].effort > out.budget + 1e-9:
                    s.required_over[item] += 1
        self._ties(out)
        picked = set(out.picked)
        for item, choice in dict.fromkeys(out.penalised):
            if item in picked:
                s.against[(item, choice)] += 1

    def _ties(self, out: Outcome) -> None:
        """Items that lost only because an item of equal score comes first in the file."""
        position = {item: i for i, item in enumerate(self.scorer.ids)}
        items = self.tree.items
        for loser, why in out.considered:
            score = out.scores[position[loser]]
            for winner in out.picked:
                if winner in out.required or out.scores[position[winner]] != score:
                    continue
                if position[winner] > position[loser]:
                    continue
                if why == "group full":
                    wins = items[winner].group == items[loser].group
                else:
                    budget = out.budget or 0.0
                    freed = out.effort - items[winner].effort
                    wins = freed + items[loser].effort <= budget + 1e-9
                if wins:
                    self.spread.ties[(loser, winner)] += 1
                    break


def run_audit(
    loaded: LoadedTree,
    *,
    limit: int = DEFAULT_LIMIT,
    walks: int = DEFAULT_WALKS,
    seed: int = 0,
) -> Audit:
    """Audit a loaded tree: exhaustive up to ``limit`` combinations, else ``walks`` random ones."""
    tree = loaded.tree
    tally = _Tally(loaded)
    total = count_walks(loaded, limit)
    exhaustive = total is not None
    source = every_walk(loaded) if exhaustive else random_walks(loaded, walks, seed)
    for walk in source:
        tally.add(walk)
    n = tally.count
    questions = [q for q, node in tree.nodes.items() if node.type in QUESTION_TYPES]
    options: list[tuple[str, str]] = [
        (q, o.id)
        for q, node in tree.nodes.items()
        if isinstance(node, (SingleNode, MultiNode))
        for o in node.options
    ]
    limited = {g for g, grp in tree.groups.items() if grp.max is not None}
    for node in tree.nodes.values():
        for part in getattr(node, "options", []) + getattr(node, "ranges", []):
            limited.update(part.limits)
    return Audit(
        tree=tree.id,
        walks=n,
        exhaustive=exhaustive,
        seed=seed,
        items_never_picked=[i for i in tree.items if tally.picked[i] == 0],
        items_always_picked=[i for i in tree.items if n and tally.picked[i] == n],
        results_never_reached=[
            r
            for r, node in tree.nodes.items()
            if isinstance(node, ResultNode) and r not in tally.reached
        ],
        questions_without_effect=[q for q in questions if q not in tally.question_matters],
        options_without_effect=[o for o in options if o not in tally.option_matters],
        groups_never_full=[g for g in tree.groups if g in limited and g not in tally.full],
        spread=tally.spread,
    )
