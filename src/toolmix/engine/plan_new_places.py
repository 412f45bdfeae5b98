"""Which new places a plan starts, in what order, and how many of them in week 1.

A new place (a page, account or listing, the tree's ``x-plan.new``) needs a few
weeks of steady care before the next, so week 1 starts one; the others wait until
month 2, one a month. When the mix keeps no network, the listing the tree puts
first leads and the first new network joins it (docs/tree-format.md, *The plan's
weeks*, rule 1). A new place whose routine takes a few minutes a week (a profile in a
directory, checked once a month) needs no such care: it is no new place here, and
is done in its turn like a habit. An answer can put picks first (``lead``: the
ticket page when the goal is filling events): then the first new network leads,
and the place the tree puts first follows it. Pure: no I/O.
"""

from __future__ import annotations

from toolmix.engine.essentials import lookup_for
from toolmix.engine.selection import Mix

#: At most this many new places are started in the first week.
NEW_IN_WEEK_ONE = 1
#: A new place whose routine takes at most this many hours a week (six minutes) is light:
#: it needs no few weeks of steady care, so it is not counted as a new place.
LIGHT = 0.1


def counts_as_new(mix: Mix, item: str) -> bool:
    """Whether a pick starts a new place that needs weeks of care: in ``new``, and not light."""
    spec = mix.tree.x_plan
    return spec is not None and item in spec.new and mix.tree.items[item].effort > LIGHT + 1e-9


def leading(mix: Mix) -> list[str]:
    """The picks with a first step that a ``lead`` rule puts first this week, in mix order."""
    spec = mix.tree.x_plan
    if spec is None or not spec.lead:
        return []
    lookup = lookup_for(mix.tree, mix.answers)
    items = {i for rule in spec.lead if rule.if_.holds(lookup) for i in rule.items}
    return [r.item_id for r in mix.picked if r.item_id in items and r.item.first_step]


def new_in_order(mix: Mix, needs: dict[str, list[str]]) -> list[str]:
    """The picks that start a new place, in the order to start them.

    Those the tree's ``first`` names lead, in its order; the rest follow in the
    order of the mix (which puts what the person said first). A new place that
    needs only other new places waits for the first of them.
    """
    spec = mix.tree.x_plan
    if spec is None:
        return []
    new = {i for i in spec.new if counts_as_new(mix, i)}
    picked = [r.item_id for r in mix.picked if r.item_id in new and r.item.first_step]
    rank = {item: i for i, item in enumerate(spec.first)}
    ranked = sorted(picked, key=lambda i: rank.get(i, len(rank)))  # stable: mix order after
    order: list[str] = []
    waiting: list[str] = []
    for item in ranked:
        if needs[item] and set(needs[item]) <= new and not set(needs[item]) & set(order):
            waiting.append(item)
            continue
        order.append(item)
        released = True
        while released:
            released = False
            for w in waiting:
                if set(needs[w]) & set(order):
                    waiting.remove(w)
                    order.append(w)
                    released = True
                    break
    return _network_ahead(mix, order + waiting)


def keeps_network(mix: Mix) -> bool:
    """Whether the mix keeps a place to post (``networks``) that is not new."""
    spec = mix.tree.x_plan
    return spec is not None and any(
        r.item_id in spec.networks and r.item_id not in spec.new for r in mix.picked
    )


def _network_ahead(mix: Mix, order: list[str]) -> list[str]:
    """``order`` with its first network after the leading listing (or first) when none is kept.

    Posting days need a place to post, but where people search (Google's listing
    for a trade) is the first job: the only network comes right after it.
    """
    spec = mix.tree.x_plan
    first = next((i for i in order if spec and i in spec.networks), None)
    if spec is None or first is None or keeps_network(mix):
        return order
    rest = [i for i in order if i != first]
    if leading(mix):  # the event is shared where its audience is: that network leads
        return [first, *rest]
    lead = rest[:1] if rest and rest[0] in spec.first and order[0] != first else []
    return [*lead, first, *rest[len(lead) :]]


def week_one_new(mix: Mix, new: list[str]) -> int:
    """How many new places this week may start: one, and the only network after a listing.

    With a ``lead`` pick (the event) the network leads and the listing (or podcast) may follow it.
    """
    spec = mix.tree.x_plan
    if spec is None or len(new) < 2 or keeps_network(mix):
        return NEW_IN_WEEK_ONE
    nets = set(spec.networks)
    led = new[0] in spec.first and new[0] not in nets and new[1] in nets
    led = led or (bool(leading(mix)) and new[0] in nets and new[1] in set(spec.first) - nets)
    return NEW_IN_WEEK_ONE + 1 if led else NEW_IN_WEEK_ONE
