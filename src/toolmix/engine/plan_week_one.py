"""This week's steps: taken in order while they fit the hours, at most seven (five that take time).

A business owner does not do thirteen things in a week, however many hours they
have (docs/tree-format.md, *The plan's weeks*, rule 4). Pure: no I/O.
"""

from __future__ import annotations

from toolmix.engine.plan_lines import Needs, PlanLine
from toolmix.engine.selection import Mix

#: A first step of at most this many hours (six minutes) is quick: it is not counted
#: against this week's five.
QUICK = 0.1
#: This week holds at most this many first steps that take real time (more than a quick
#: one), however many hours there are: more is a setup marathon, and the rest keep a week.
WEEK_ONE_MAX = 5
#: This week holds at most this many first steps in all, quick ones counted: a list
#: longer than this is not read to the end by someone running a business.
WEEK_ONE_STEPS = 7


def quick(line: PlanLine) -> bool:
    """A step of a few minutes: it does not count against this week's five."""
    return line.hours <= QUICK + 1e-9


def this_week_steps(
    mix: Mix,
    order: list[str],
    lines: dict[str, PlanLine],
    needs: Needs,
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
        full = sum(not quick(lines[i]) for i in done) >= WEEK_ONE_MAX
        for i in order:
            if i in done or not needs.met(i, done):
                continue
            if full and not quick(lines[i]):
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
