"""``x-audit`` ``needs`` rules: an item that is only advice beside something it serves.

A habit such as posting on fixed days means nothing in a mix with nowhere to
post. The tree format cannot make an item depend on another's pick, so the tree
keeps the rule with conditions and the audit checks it: a rule names the item
and what serves it (``groups`` and ``any`` items), and the audit counts the
walks that pick the item with fewer of them than its ``count`` (one, unless the rule says: a
scheduler needs two networks it posts to), one rule per item: rules are counted by item.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from toolmix.model.tree import SelectSpec, Tree
from toolmix.text.i18n import _
from toolmix.text.markdown_escape import inline


@dataclass(frozen=True)
class Need:
    item: str
    groups: frozenset[str]
    items: frozenset[str]
    because: str
    count: int = 1


def _ids(value: object) -> frozenset[str]:
    return frozenset(str(v) for v in value) if isinstance(value, list) else frozenset()


def read_needs(spec: dict[str, Any]) -> tuple[Need, ...]:
    """The ``needs`` rules of an ``x-audit`` object (malformed entries are left out)."""
    rules = spec.get("needs", [])
    return tuple(
        Need(
            str(r["item"]),
            _ids(r.get("groups")),
            _ids(r.get("any")),
            str(r.get("because", "")),
            r["count"] if isinstance(r.get("count"), int) else 1,
        )
        for r in (rules if isinstance(rules, list) else [])
        if isinstance(r, dict) and "item" in r
    )


def all_needs(spec: dict[str, Any], select: SelectSpec | None) -> tuple[Need, ...]:
    """``x-audit``'s needs, then ``x-select``'s (the engine's rule, measured too), one per item.

    ``x-select``'s come from the loaded tree, so their reasons are in the reader's language.
    """
    own = read_needs(spec)
    more = tuple(
        Need(n.item, frozenset(n.groups), frozenset(n.any), n.because, n.count)
        for n in (select.needs if select else [])
    )
    return own + tuple(n for n in more if n.item not in {m.item for m in own})


@dataclass
class NeedTally:
    """Per rule (by item): the walks picking it, and those with nothing it serves."""

    needing: Counter[str] = field(default_factory=Counter)
    unserved: Counter[str] = field(default_factory=Counter)

    def add(self, needs: tuple[Need, ...], group_of: Mapping[str, str]) -> None:
        """Count one walk, whose picks are ``group_of``'s keys (item id: its group)."""
        for need in needs:
            if need.item in group_of:
                self.needing[need.item] += 1
                serving = [
                    i
                    for i, group in group_of.items()
                    if i != need.item and (group in need.groups or i in need.items)
                ]
                if len(serving) < need.count:
                    self.unserved[need.item] += 1

    def as_list(self, needs: tuple[Need, ...]) -> list[dict[str, object]]:
        return [
            {"item": n.item, "walks": self.needing[n.item], "unserved": self.unserved[n.item]}
            for n in needs
        ]


def render_needs(tree: Tree, needs: tuple[Need, ...], tally: NeedTally, walks: Any) -> list[str]:
    """One Markdown line per rule; ``walks(n, total)`` words "3 of 40 walks"."""
    out = []
    for need in needs:
        line = _(
            "{item} comes with something it serves ({because}): missing in {walks} picking it."
        )
        out.append(
            "- "
            + line.format(
                item=inline(tree.items[need.item].name),
                because=inline(need.because),
                walks=walks(tally.unserved[need.item], tally.needing[need.item]),
            )
        )
    return out
