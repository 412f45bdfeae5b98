"""Which changes of a mix are the same place in another form, and why a pick would leave.

**Twins** (docs/explore.md, "Readings where the contract is silent"): two items
are the same place, one kept and one started new (or kept another way), when
they have the same ``url`` (what the item is) and at least one of them is in
the tree's ``x-plan`` ``kept`` (a place the person already runs); and an item
and its light form (``x-select`` ``light``: "Facebook Page at one post a week"
is "Facebook Page" at less time a week) are the same place at another pace. A
tree with neither has no twins. "Your Facebook Page (kept)" leaving as
"Facebook Page" joins is then not a change of the advice: the person would
start anew what they run now; "Facebook Page at one post a week" leaving as
"Facebook Page" joins is the same Page, posted to more often.

**Why a pick would leave** with another answer (the hours table's rows): read
off the other mix, where the item stands there (another pick of its group
takes its place, the hours run out, it is ruled out, or the answers no longer
give it reason enough).
"""

from __future__ import annotations

from collections.abc import Callable

from toolmix.engine.plan import group_rule, why_not
from toolmix.engine.selection import Mix, Row
from toolmix.model.tree import Tree
from toolmix.text.i18n import _, ngettext
from toolmix.text.words import and_list, format_hours, more_hours

#: Pairs of (the item that would join, its twin that would leave).
Swaps = list[tuple[str, str]]


#: The last tree's twins: asked once per alternative of a walk, for the same tree.
_last: list[tuple[Tree, dict[str, set[str]]]] = []


def twins(tree: Tree) -> dict[str, set[str]]:
    """Each item that has twins, with them (the relation is symmetric)."""
    if _last and _last[0][0] is tree:
        return _last[0][1]
    found = _twins(tree)
    _last[:] = [(tree, found)]
    return found


def _twins(tree: Tree) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for form in tree.x_select.light if tree.x_select is not None else []:
        found.setdefault(form.item, set()).add(form.light)
        found.setdefault(form.light, set()).add(form.item)
    kept = set(tree.x_plan.kept) if tree.x_plan is not None else set()
    if not kept:
        return found
    by_url: dict[str, list[str]] = {}
    for item_id, item in tree.items.items():
        if item.url:
            by_url.setdefault(item.url, []).append(item_id)
    for same in by_url.values():
        for a in same:
            for b in same:
                if a != b and (a in kept or b in kept):
                    found.setdefault(a, set()).add(b)
    return found


def swaps(tree: Tree, joins: list[str], leaves: list[str]) -> Swaps:
    """The items that would join paired with a twin that would leave, each used once:
    in the order of ``joins``, each one's first twin among ``leaves`` not yet paired."""
    of = twins(tree)
    paired: Swaps = []
    taken: set[str] = set()
    for joined in joins:
        twin = next((i for i in leaves if i not in taken and i in of.get(joined, ())), None)
        if twin is not None:
            taken.add(twin)
            paired.append((joined, twin))
    return paired


def split(tree: Tree, joins: list[str], leaves: list[str]) -> tuple[list[str], list[str], Swaps]:
    """The items that would join and leave, but for the twin swaps, and the swaps:
    what every front end says (a swap once, in :func:`swap_words`; the rest as
    joins and leaves), each list in the order given."""
    pairs = swaps(tree, joins, leaves)
    swapped = {i for pair in pairs for i in pair}
    return (
        [i for i in joins if i not in swapped],
        [i for i in leaves if i not in swapped],
        pairs,
    )


def swap_words(tree: Tree, pairs: Swaps, name: Callable[[str], str] = str) -> list[str]:
    """What the swaps would do, as clauses of a change's words: "you would start
    Facebook Page new instead of keeping yours" (kept leaving, new joining), "you
    would keep Your Instagram (kept) instead of starting anew" (the other way), or
    "X would take the place of Y" (both kept: the same place kept another way)."""
    kept = set(tree.x_plan.kept) if tree.x_plan is not None else set()
    anew = [j for j, left in pairs if left in kept and j not in kept]
    keep = [j for j, left in pairs if j in kept and left not in kept]
    other = [(j, left) for j, left in pairs if (j in kept) == (left in kept)]
    items = tree.items
    out = []
    if anew:
        names = and_list([name(items[i].name) for i in anew])
        out.append(_("you would start {names} new instead of keeping yours").format(names=names))
    if keep:
        names = and_list([name(items[i].name) for i in keep])
        out.append(_("you would keep {names} instead of starting anew").format(names=names))
    for joined, left in other:
        out.append(
            _("{joined} would take the place of {left}").format(
                joined=name(items[joined].name), left=name(items[left].name)
            )
        )
    return out


def why_it_leaves(new: Mix, item: str, joins: list[str]) -> str:
    """Why ``item``, picked now, is not picked in the ``new`` mix, in the person's words.

    ``joins``: the items that join with it. When one of them, in the item's group,
    takes the place the group has room for: "Buffer takes its place (the plan takes
    one of “Helpers” at a time)", the group's rule as why not says it.
    """
    tree = new.tree
    row = next((r for r in new.considered if r.item_id == item), None)
    if row is not None:
        if row.why_not == "group full":
            rivals = [j for j in joins if tree.items[j].group == row.group]
            picked = sum(1 for r in new.picked if r.group == row.group)
            if rivals and picked:
                names = and_list([tree.items[j].name for j in rivals])
                return ngettext(
                    "{names} takes its place ({room})",
                    "{names} take its place ({room})",
                    len(rivals),
                ).format(names=names, room=group_rule(new, row.group, picked))
        if row.why_not == "over budget" and new.budget is not None:
            order = _candidate_order(new)
            first = [j for j in joins if order.get(j, 0) < order.get(item, 0)]
            if first:
                need = row.item.effort - max(new.budget - new.picked_effort, 0.0)
                return ngettext(
                    "the hours go to {names} first (it needs {more} a week than they leave)",
                    "the hours go to {names} first (it needs {more} a week than they leave)",
                    len(first),
                ).format(names=and_list([tree.items[j].name for j in first]), more=more_hours(need))
        return why_not(new, row)
    out: Row | None = next((r for r in new.ruled_out if r.item_id == item), None)
    if out is not None and out.reasons:
        return out.reasons[0].text
    light = any(f.light == item for f in tree.x_select.light) if tree.x_select else False
    left = None if new.budget is None else max(new.budget - new.picked_effort, 0.0)
    if light and left is not None and tree.items[item].effort > left:
        # A light form is never considered: it comes in when it fits (x-select's fill).
        need = tree.items[item].effort - left
        return _("it needs {more} a week than your hours leave").format(more=more_hours(need))
    return _("your answers would no longer give it reason enough")


def _candidate_order(mix: Mix) -> dict[str, int]:
    """Where each candidate came in the selection's pass (required first, then by score)."""
    catalogue = {item_id: i for i, item_id in enumerate(mix.tree.items)}
    rows = sorted(
        mix.picked + mix.considered, key=lambda r: (not r.required, -r.score, catalogue[r.item_id])
    )
    return {r.item_id: i for i, r in enumerate(rows)}


def leaving_words(
    rows: list[tuple[float, Mix, list[str], list[str]]], name: Callable[[str], str] = str
) -> list[str]:
    """Why each pick would leave, for the rows of the hours table (each: the hours, the
    mix then, the items that would join and leave), said once for the hours it holds at:
    "At 4, 5 and 6 hours, Canva would leave: Buffer takes its place (the plan takes
    one of “Helpers” at a time)". ``name`` renders an item's name as the caller shows text."""
    found: dict[tuple[str, str], list[float]] = {}
    for hours, new, joins, leaves in rows:
        for item in leaves:
            found.setdefault((item, why_it_leaves(new, item, joins)), []).append(hours)
    items = rows[0][1].tree.items if rows else {}
    said = []
    for (item, why), held in found.items():
        at = and_list([format_hours(h) for h in held])
        said.append(
            ngettext(
                "At {hours} hour, {name} would leave: {why}",
                "At {hours} hours, {name} would leave: {why}",
                1 if held == [1] else 2,
            ).format(hours=at, name=name(items[item].name), why=why)
            + ("" if why.endswith((".", "!", "?")) else ".")
        )
    return said


def ruled_out_to_list(mix: Mix) -> list[Row]:
    """The ruled-out rows an export lists: not one whose twin is picked.

    "Facebook Page: You already run one" under *Ruled out*, beside "Your Facebook
    Page" in the plan, reads as if the place were ruled out (review 9, F5): the
    plan holds the place, in its kept form, and says why. When the twin is not
    picked (the hours left it out), the line stays: it is why no new one is started.
    """
    of = twins(mix.tree)
    picked = {r.item_id for r in mix.picked}
    return [r for r in mix.ruled_out if not of.get(r.item_id, set()) & picked]
