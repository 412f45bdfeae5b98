"""The weeks after the first: each fitted to the hours the routines already running leave.

Once a pick's first step is done, its routine runs from the next week on (week 1's
time goes to the first steps, so every routine of what is done or needs no step
runs from week 2). A later week holds what the hours leave beside those routines,
taken in the plan's order while they fit; the rest wait a week more (docs/tree-format.md,
*The plan's weeks*, rule 7). A step that fits no week beside the routines (opening a
shop that takes the whole of the person's hours) is given a week, with the next steps
while they all fit the hours, and the routines get what they leave that week (nothing,
when they take all the hours): a week
with fewer posts does less harm than a shop put off while every routine that starts
leaves it less room; a step that needs such a week joins the week before when that week
can take it within the hours (that week is given instead: one week of fewer posts, not
two). A step longer than the hours takes as many whole weeks as it needs,
and the next step waits for them. Pure: no I/O.
"""

from __future__ import annotations

import math
from collections.abc import Collection

from toolmix.engine.plan_lines import Needs, PlanLine
from toolmix.engine.plan_week_one import WEEK_ONE_MAX, WEEK_ONE_STEPS, quick
from toolmix.engine.selection import Mix


def later_weeks(
    mix: Mix,
    waiting: list[str],
    lines: dict[str, PlanLine],
    needs: Needs,
    *,
    done: Collection[str],
    later: Collection[str],
    new: list[str],
    kept: list[str],
) -> tuple[dict[str, int], set[int]]:
    """Each waiting step's week (1 next week, 2 the week after, ...) and the weeks that pause.

    ``waiting`` are the steps that did not fit this week (``done``) and need no place
    from month 2 on, in the order they take a week; ``later`` are the picks whose
    first step is from month 2 on (their routines do not run yet). A week takes them
    in that order while the hours the routines leave allow, at most seven steps (five
    that take real time) as this week; a step waits for what it needs as in this week
    (and for every place it needs that waits too: they were one week before they were
    fitted, and its words may name them), and a new place for the places the person runs. Without hours every step is next week.
    """
    if mix.budget is None:
        return {i: 1 for i in waiting}, set()
    effort = {r.item_id: r.item.effort for r in mix.picked}
    week: dict[str, int] = {}
    paused: set[int] = set()
    number = 1
    while len(week) < len(waiting):
        idle = [i for i in waiting if i not in week] + [i for i in later if i in effort]
        left = mix.budget - (sum(effort.values()) - sum(effort.get(i, 0.0) for i in idle))
        before = [*done, *week]
        head = _fill(waiting, lines, needs, before, None, new=new, kept=kept)
        head = head or [next(i for i in waiting if i not in week)]  # a circle: mix order
        prior = [i for i in week if week[i] == number - 1]
        if lines[head[0]].hours > left + 1e-9 and prior and number - 1 not in paused:
            # It needs a week given to it: the week before, which it may join within the
            # whole hours, is given instead (one week of fewer posts, not two; no week
            # given to a five-minute habit that could have been done the week before).
            past = [*done, *(i for i in week if week[i] < number - 1)]
            more = _fill(waiting, lines, needs, past, mix.budget, new=new, kept=kept, start=prior)
            if head[0] in more:
                week |= {i: number - 1 for i in more}
                paused.add(number - 1)
                continue
        if lines[head[0]].hours > left + 1e-9:
            # The next step fits no week beside the routines (each one that starts leaves
            # less room): the week is given to it, and the routines get what is left. The
            # week then takes the next steps while all of them fit the whole hours (the
            # Page's posting days beside the Page), not a week of its own for each.
            left = mix.budget
            paused.add(number)
        # A step longer than the hours has its whole weeks to itself.
        alone = number in paused and lines[head[0]].hours > mix.budget + 1e-9
        taken = head if alone else _fill(waiting, lines, needs, before, left, new=new, kept=kept)
        taken = taken or head
        week |= {i: number for i in taken}
        number += weeks_of(lines[taken[0]].hours, mix.budget) if number in paused else 1
    return week, paused


def weeks_of(hours: float, budget: float) -> int:
    """How many weeks a step given whole weeks takes: more than the hours, two or more."""
    return max(1, math.ceil(hours / budget - 1e-9)) if budget > 0 else 1


def _fill(
    order: list[str],
    lines: dict[str, PlanLine],
    needs: Needs,
    before: list[str],
    hours: float | None,
    *,
    new: list[str],
    kept: list[str],
    start: Collection[str] = (),
) -> list[str]:
    """The steps of one week, taken in ``order`` while they fit ``hours`` (None: no limit),
    after the steps ``start`` the week already holds."""
    taken: list[str] = list(start)
    used = sum(lines[i].hours for i in taken)
    while len(taken) < WEEK_ONE_STEPS:
        full = sum(not quick(lines[i]) for i in taken) >= WEEK_ONE_MAX
        now = [*before, *taken]
        for i in order:
            if i in now or not needs.met(i, now) or (full and not quick(lines[i])):
                continue
            if any(d in order and d not in now for d in needs[i]):
                continue  # never ahead of a place it needs that waits too (it may name it)
            if i in new and (not set(kept) <= set(now) or new[0] not in [*now, i]):
                continue  # what the person runs is tidied first; the first new place leads
            if hours is None or used + lines[i].hours <= hours + 1e-9:
                taken.append(i)
                used += lines[i].hours
                break
        else:
            break
        if hours is None:
            break
    return taken
