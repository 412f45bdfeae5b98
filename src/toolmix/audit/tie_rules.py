"""Tie rules a tree states in ``x-audit`` ``prefer``, which the audit counts apart from file order.

A rule says which of two items with equal scores should win: an item before the
items listed after it (``items``), or an item of a group before an item of a group
listed after it (``groups``); an entry that is a list is a tier whose members rank
alike. The engine settles ties by catalogue order (TREE-FORMAT.md), so a rule
holds only where the file lists the items in its order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from toolmix.model.tree import Tree
from toolmix.text.i18n import pgettext


@dataclass(frozen=True)
class Preference:
    """A tie rule the tree states: an earlier tier of ``order`` wins a tie (items, or groups)."""

    by_group: bool
    #: Tiers, first wins; a tier of several ids ranks them alike (the rule does not settle them).
    order: tuple[frozenset[str], ...]
    because: str

    def rank(self, tree: Tree, item: str) -> int | None:
        key = tree.items[item].group if self.by_group else item
        return next((n for n, tier in enumerate(self.order) if key in tier), None)

    def settles(self, tree: Tree, winner: str, loser: str) -> bool:
        """True when this rule puts ``winner`` before ``loser``."""
        won, lost = self.rank(tree, winner), self.rank(tree, loser)
        return won is not None and lost is not None and won < lost

    def words(self) -> str:
        """``gbp before yelp``: the ids as the tree writes them, the words in the language."""
        # TRANSLATORS: a tie rule's order of item or group ids: "gbp or yelp before nextdoor".
        before = " " + pgettext("tie rule", "before") + " "
        either = " " + pgettext("tie rule", "or") + " "
        return before.join(either.join(sorted(tier)) for tier in self.order)


def read_preferences(spec: dict[str, Any]) -> tuple[Preference, ...]:
    out: list[Preference] = []
    for rule in spec.get("prefer", []):
        if not isinstance(rule, dict):
            continue
        for key in ("items", "groups"):
            order = rule.get(key)
            if isinstance(order, list):
                tiers = tuple(
                    frozenset(str(v) for v in (tier if isinstance(tier, list) else [tier]))
                    for tier in order
                )
                out.append(Preference(key == "groups", tiers, str(rule.get("because", ""))))
    return tuple(out)
