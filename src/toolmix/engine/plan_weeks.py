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
after the week's seventh (or after its fifth that takes real time). An answer
can put picks first (``x-plan.lead``: the ticket page when the goal is filling
events): they come after the essentials and what the person runs. Which new
places start when is in :mod:`toolmix.engine.plan_new_places`, how this week is
filled in :mod:`toolmix.engine.plan_week_one`, the lines themselves in
:mod:`toolmix.engine.plan_lines`. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace

from toolmix.engine.plan_later_weeks import later_weeks
from toolmix.engine.plan_lines import (
    MONTH_2,
    NEXT_WEEK,
    THIS_WEEK,
    WEEK_3,
    FirstSteps,
    Needs,
    PlanLine,
)
from toolmix.engine.plan_new_places import NEW_IN_WEEK_ONE, leading, new_in_order, week_one_new
from toolmix.engine.plan_week_one import (
    QUICK,
    WEEK_ONE_MAX,
    WEEK_ONE_STEPS,
    this_week_steps,
)
from toolmix.engine.selection import Mix, Row

__all__ = [
    "MONTH_2",
    "NEW_IN_WEEK_ONE",
    "NEXT_WEEK",
    "QUICK",
    "THIS_WEEK",
    "WEEK_3",
    "WEEK_ONE_MAX",
    "WEEK_ONE_STEPS",
    "FirstSteps",
    "PlanLine",
    "first_steps",
]


def _ordered(
    items: list[str],
    needs: Needs,
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
            if (needs.met(i, [*out, *before]) or not set(needs[i]) & set(todo))
            and (i not in new or not set(kept) & set(todo))
        ]
        pick = ready[0] if ready else todo[0]  # a circle (refused by the linter): mix order
        out.append(pick)
        todo.remove(pick)
    return out


def _needs(mix: Mix, lines: Collection[str]) -> Needs:
    """For each pick with a first step, the other picks (with one) whose place it needs."""
    spec = mix.tree.x_plan
    after = spec.after if spec is not None else {}
    places = {i: [d for d in after.get(i, []) if d in lines and d != i] for i in lines}
    return Needs(places, dict(spec.after_count) if spec is not None else {})


def _after_kept(mix: Mix, rest: list[str], new: list[str]) -> list[str]:
    """The steps after the essentials and what the person runs, in the order they take the week.

    The week's new places, then the other steps in the order of the mix. With a
    ``lead`` pick (the ticket page, for a goal of filling events), the network it is
    shared on and the pick come first, the other steps next, and the other new
    places (a podcast listing) last: they take what the hours leave.
    """
    leads = [i for i in leading(mix) if i in rest]
    if not leads:
        return [i for i in new if i in rest] + [i for i in rest if i not in new]
    spec = mix.tree.x_plan
    net = [i for i in new[:1] if i in rest and spec is not None and i in spec.networks]
    first = net + leads
    return (
        first
        + [i for i in rest if i not in first and i not in new]
        + [i for i in new if i in rest and i not in first]
    )


def _line(mix: Mix, row: Row) -> PlanLine:
    """A pick's first step and its hours: the tree's ``kept_steps`` one when the person runs it.

    Else its first ``with_steps`` one whose ``with`` items the mix picks one of.
    """
    spec = mix.tree.x_plan
    text, hours = row.item.first_step or "", spec.setup.get(row.item_id, 0) if spec else 0
    kept = spec.kept_steps.get(row.item_id) if spec else None
    picked = {r.item_id for r in mix.picked}
    beside = spec.with_steps_for(row.item_id) if spec else []
    holds = next((step for step in beside if picked & set(step.with_)), None)
    answer = mix.answers.get(kept.answer) if kept else None
    if kept is not None and isinstance(answer, list) and kept.has in answer:
        text, hours = kept.first_step, kept.setup
    elif holds is not None:
        text, hours = holds.first_step, hours if holds.setup is None else holds.setup
    return PlanLine(name=row.item.name, text=text, hours=hours, item=row.item_id)


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
    lines = {r.item_id: _line(mix, r) for r in mix.picked if r.item.first_step}
    spec = mix.tree.x_plan
    if spec is None:  # a tree without x-plan shows every first step this week, as before
        return FirstSteps(this_week=list(lines.values()), next_week=[], month_two=[])
    needs = _needs(mix, lines)
    new = new_in_order(mix, needs)
    month = {item: 2 + k for k, item in enumerate(new[week_one_new(mix, new) :])}
    soon = [i for i in lines if i not in month]
    required = {r.item_id for r in mix.picked if r.required}
    kept = [i for i in soon if i in spec.kept]
    last = [i for i in soon if i in spec.last]
    head = [i for i in soon if i not in last]
    lead = {i: k for k, i in enumerate(spec.first)}  # essentials (replying) before any place
    order = sorted((i for i in head if i in lead and i not in new + kept), key=lambda i: lead[i])
    if leading(mix):  # a light new place (a directory profile) waits for the event
        order = [i for i in order if i not in spec.new]
    order += [i for i in head if i not in order and (i in kept or (i in required and i not in new))]
    order += _after_kept(mix, [i for i in head if i not in order], new)
    order += last
    done = this_week_steps(mix, order, lines, needs, new=new, kept=kept)
    slot = _slots(soon, done, month, needs)
    later = sorted((i for i in lines if slot[i] >= 2), key=lambda i: (slot[i], i not in month))
    by_month: list[str] = []
    for m in sorted({slot[i] for i in later}):
        by_month += _ordered([i for i in later if slot[i] == m], needs)
    week_one = [i for i in order if slot[i] == 0]
    wait = [i for i in order if slot[i] == 1]
    week, paused = later_weeks(mix, wait, lines, needs, done=done, later=later, new=new, kept=kept)
    weeks = [week_one]
    for number in range(1, max(week.values(), default=0) + 1):
        weeks.append([i for i in wait if week[i] == number])
    listed = [
        _ordered(w, needs, [i for e in weeks[:k] for i in e], new=new, kept=kept)
        for k, w in enumerate(weeks)
    ]
    return FirstSteps(
        this_week=[lines[i] for i in listed[0]],
        next_week=[lines[i] for i in (listed[1] if len(listed) > 1 else [])],
        month_two=[replace(lines[i], month=slot[i]) for i in by_month],
        later_weeks=[
            replace(lines[i], week=k + 1) for k, w in enumerate(listed) if k >= 2 for i in w
        ],
        paused=tuple(sorted(n + 1 for n in paused)),
    )


def _slots(soon: list[str], done: set[str], month: dict[str, int], needs: Needs) -> dict[str, int]:
    """Each step's week: 0 this week, 1 next week, 2 and on its month.

    A waiting step goes to next week, or, when the places it needs start from
    month 2 on, to the month the first of them starts (with ``after_count``, the
    month the last it waits for does: a scheduler, the month of the second network).
    """
    slot = {i: 0 for i in done} | month
    todo = [i for i in soon if i not in done]
    while todo:
        ready = [i for i in todo if all(d in slot for d in needs[i])] or todo[:1]
        for i in ready:
            known = sorted(slot[d] for d in needs[i] if d in slot)
            slot[i] = max(1, known[min(needs.wanted(i), len(known)) - 1]) if known else 1
            todo.remove(i)
    return slot
