"""The weeks of the plan: which pick's first step is done this week, next week, or from month 2.

The first steps are spread over time the way a practitioner would (the tree's
``x-plan`` says how long each step takes, which start something new, which tidy a
place the person runs and which need another pick's place; docs/tree-format.md).
This week starts at most one new place (a page, account or listing needs a few
weeks of steady care before the next); others wait until month 2, one a month.
When the mix keeps no network, the listing the tree puts first leads and the first
new network joins it in week 1 if the hours allow, else next week. What the person
already runs is tidied before any new place is started. A step that needs another
pick's place (asking for reviews needs the listing) never comes before that place.
The week's new place is set up before the quick habits; only the essentials the
tree puts first (replying within a day) come before it, and a note for later
comes last. This week's steps fit the person's hours, setting up counted: a step
that would take the week past them waits until next week, and so does every step
after the week's seventh (or after its fifth that takes real time). Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from toolmix.engine.selection import Mix
from toolmix.model.record import record

#: At most this many new places are started in the first week.
NEW_IN_WEEK_ONE = 1
#: A first step of at most this many hours (six minutes) is quick: it is not counted
#: against this week's five.
QUICK = 0.1
#: This week holds at most this many first steps that take real time (more than a quick
#: one), however many hours there are: more is a setup marathon, and the rest keep a week.
WEEK_ONE_MAX = 5
#: This week holds at most this many first steps in all, quick ones counted: a list
#: longer than this is not read to the end by someone running a business.
WEEK_ONE_STEPS = 7
#: The weeks a first step can fall in, as the JSON result names them.
THIS_WEEK, NEXT_WEEK, MONTH_2 = "this_week", "next_week", "month_2"


@record(frozen=True)
class PlanLine:
    """One line of the plan: the pick's name, what to do, and the hours it takes.

    For a first step the hours are its setting up, once; for a routine, every week.
    ``month`` is the month a first step from month 2 on is done in (2, 3, ...), else 0.
    """

    name: str
    text: str
    hours: float
    item: str = ""
    month: int = 0


@record(frozen=True)
class FirstSteps:
    """Each pick's first step, in the week it is done.

    ``month_two`` holds the new places from month 2, one a month, each followed by
    the steps that need it (of the same month).
    """

    this_week: list[PlanLine]
    next_week: list[PlanLine]
    month_two: list[PlanLine]

    @property
    def setup(self) -> float:
        """The hours this week's steps take."""
        return round(sum(s.hours for s in self.this_week), 6)

    def when(self, item: str) -> tuple[str, int] | None:
        """The week of an item's first step and, from month 2, its month (else 0)."""
        for week, lines in ((THIS_WEEK, self.this_week), (NEXT_WEEK, self.next_week)):
            if any(s.item == item for s in lines):
                return week, 0
        for s in self.month_two:
            if s.item == item:
                return MONTH_2, s.month
        return None


def _new_in_order(mix: Mix, needs: dict[str, list[str]]) -> list[str]:
    """The picks that start a new place, in the order to start them.

    Those the tree's ``first`` names lead, in its order; the rest follow in the
    order of the mix (which puts what the person said first). A new place that
    needs only other new places waits for the first of them.
    """
    spec = mix.tree.x_plan
    if spec is None:
        return []
    new = set(spec.new)
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


def _keeps_network(mix: Mix) -> bool:
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
    if spec is None or first is None or _keeps_network(mix):
        return order
    rest = [i for i in order if i != first]
    lead = rest[:1] if rest and rest[0] in spec.first and order[0] != first else []
    return [*lead, first, *rest[len(lead) :]]


def _week_one_new(mix: Mix, new: list[str]) -> int:
    """How many new places this week may start: one, and the only network after a listing."""
    spec = mix.tree.x_plan
    if spec is None or len(new) < 2 or _keeps_network(mix):
        return NEW_IN_WEEK_ONE
    nets = set(spec.networks)
    led = new[0] in spec.first and new[0] not in nets and new[1] in nets
    return NEW_IN_WEEK_ONE + 1 if led else NEW_IN_WEEK_ONE


def _ordered(
    items: list[str],
    needs: dict[str, list[str]],
    before: Collection[str] = (),
    *,
    new: Collection[str] = (),
    kept: Collection[str] = (),
) -> list[str]:
    """``items`` in the order of the mix, each listed after what it needs in the same week.

    ``before`` are steps done in an earlier week: a step that needs one of them needs
    nothing more here. A new place is listed after the places the person runs.
    """
    out: list[str] = []
    todo = list(items)
    while todo:
        ready = [
            i
            for i in todo
            if (
                not needs[i]
                or set(needs[i]) & (set(out) | set(before))
                or not set(needs[i]) & set(todo)
            )
            and (i not in new or not set(kept) & set(todo))
        ]
        pick = ready[0] if ready else todo[0]  # a circle (refused by the linter): mix order
        out.append(pick)
        todo.remove(pick)
    return out


def _needs(mix: Mix, lines: Collection[str]) -> dict[str, list[str]]:
    """For each pick with a first step, the other picks (with one) whose place it needs."""
    after = mix.tree.x_plan.after if mix.tree.x_plan is not None else {}
    return {i: [d for d in after.get(i, []) if d in lines and d != i] for i in lines}


def first_steps(mix: Mix) -> FirstSteps:
    """Each pick's first step (picks without one left out), spread over the weeks.

    This week's hours are taken in this order: the steps the tree's ``first``
    names that start no place (turning on notifications to reply within a day),
    the places the person already runs (``kept``, and the other required picks
    that are not new), the week's one new place, the other steps in the order of
    the mix, and last the steps the tree marks ``last`` (noting a name for a site
    built later). A step waits until next week when it does not fit, comes after this
    week's seven steps or its five that take real time, or needs a place not set up
    this week; the new place waits while a place the person runs does. A step that
    needs only places started from month 2 on is done in the month the first of
    them starts. Each week lists its steps in that order, a step after what it needs.
    """
    lines = {
        r.item_id: PlanLine(
            name=r.item.name,
            text=r.item.first_step,
            hours=mix.tree.x_plan.setup.get(r.item_id, 0) if mix.tree.x_plan else 0,
            item=r.item_id,
        )
        for r in mix.picked
        if r.item.first_step
    }
    spec = mix.tree.x_plan
    if spec is None:  # a tree without x-plan shows every first step this week, as before
        return FirstSteps(this_week=list(lines.values()), next_week=[], month_two=[])
    needs = _needs(mix, lines)
    new = _new_in_order(mix, needs)
    month = {item: 2 + k for k, item in enumerate(new[_week_one_new(mix, new) :])}
    soon = [i for i in lines if i not in month]
    required = {r.item_id for r in mix.picked if r.required}
    kept = [i for i in soon if i in spec.kept]
    last = [i for i in soon if i in spec.last]
    head = [i for i in soon if i not in last]
    lead = {i: k for k, i in enumerate(spec.first)}  # essentials (replying) before any place
    order = sorted((i for i in head if i in lead and i not in new + kept), key=lambda i: lead[i])
    order += [i for i in head if i not in order and (i in kept or (i in required and i not in new))]
    order += [i for i in new if i in head]
    order += [i for i in head if i not in order] + last
    done = _this_week(mix, order, lines, needs, new=new, kept=kept)
    slot = _slots(soon, done, month, needs)
    later = sorted((i for i in lines if slot[i] >= 2), key=lambda i: (slot[i], i not in month))
    by_month: list[str] = []
    for m in sorted({slot[i] for i in later}):
        by_month += _ordered([i for i in later if slot[i] == m], needs)
    week_one = [i for i in order if slot[i] == 0]
    week_two = [i for i in order if slot[i] == 1]
    return FirstSteps(
        this_week=[lines[i] for i in _ordered(week_one, needs, new=new, kept=kept)],
        next_week=[lines[i] for i in _ordered(week_two, needs, week_one, new=new, kept=kept)],
        month_two=[replace(lines[i], month=slot[i]) for i in by_month],
    )


def _quick(line: PlanLine) -> bool:
    """A step of a few minutes: it does not count against this week's five."""
    return line.hours <= QUICK + 1e-9


def _this_week(
    mix: Mix,
    order: list[str],
    lines: dict[str, PlanLine],
    needs: dict[str, list[str]],
    *,
    new: list[str],
    kept: list[str],
) -> set[str]:
    """The steps done this week, taken in ``order`` while they fit.

    A step that needs a place waits for it; once the place is done, the step takes
    its turn again, so each addition starts again from the top of the order. The
    essentials come first in ``order``, so the week's seven always hold them.
    """
    done: list[str] = []
    used = 0.0
    while len(done) < WEEK_ONE_STEPS:
        full = sum(not _quick(lines[i]) for i in done) >= WEEK_ONE_MAX
        for i in order:
            if i in done or (needs[i] and not set(needs[i]) & set(done)):
                continue
            if full and not _quick(lines[i]):
                continue
            if i in new and (not set(kept) <= set(done) or new[0] not in [*done, i]):
                continue  # what the person runs is tidied first; the first new place leads
            if mix.budget is None or used + lines[i].hours <= mix.budget + 1e-9:
                done.append(i)
                used += lines[i].hours
                break
        else:
            break
    return set(done)


def _slots(
    soon: list[str], done: set[str], month: dict[str, int], needs: dict[str, list[str]]
) -> dict[str, int]:
    """Each step's week: 0 this week, 1 next week, 2 and on its month.

    A waiting step goes to next week, or, when every place it needs starts from
    month 2 on, to the month the first of them starts.
    """
    slot = {i: 0 for i in done} | month
    todo = [i for i in soon if i not in done]
    while todo:
        ready = [i for i in todo if all(d in slot for d in needs[i])] or todo[:1]
        for i in ready:
            known = [slot[d] for d in needs[i] if d in slot]
            slot[i] = max(1, min(known)) if known else 1
            todo.remove(i)
    return slot
