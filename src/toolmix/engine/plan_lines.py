"""The plan's lines and weeks as data: a step or routine line, and each pick's first step by week.

Built by :mod:`toolmix.engine.plan_weeks`; shown by the plan, the export and the JSON
result. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import field

from toolmix.model.record import record

#: The weeks a first step can fall in, as the JSON result names them (``week_3``: week 3
#: and on, with the week's number; ``month_2``: month 2 and on, with the month's).
THIS_WEEK, NEXT_WEEK, WEEK_3, MONTH_2 = "this_week", "next_week", "week_3", "month_2"


@record(frozen=True)
class PlanLine:
    """One line of the plan: the pick's name, what to do, and the hours it takes.

    For a first step the hours are its setting up, once; for a routine, every week.
    ``month`` is the month a first step from month 2 on is done in (2, 3, ...), else 0;
    ``week`` the week of the first month a first step from week 3 on is done in (3, 4, ...).
    """

    name: str
    text: str
    hours: float
    item: str = ""
    month: int = 0
    week: int = 0


@record(frozen=True)
class FirstSteps:
    """Each pick's first step, in the week it is done.

    ``later_weeks`` holds what did not fit next week beside the routines then
    running, by week (3, 4, ...); ``paused`` the weeks (2, 3, ...) whose one step takes
    the hours the routines would, so they pause. ``month_two`` holds the new places
    from month 2, one a month, each followed by the steps that need it (of the same month).
    """

    this_week: list[PlanLine]
    next_week: list[PlanLine]
    month_two: list[PlanLine]
    later_weeks: list[PlanLine] = field(default_factory=list)
    paused: tuple[int, ...] = ()

    @property
    def setup(self) -> float:
        """The hours this week's steps take."""
        return round(sum(s.hours for s in self.this_week), 6)

    def step(self, item: str) -> PlanLine | None:
        """An item's first step, in whichever week it falls."""
        return next((s for s in self.in_order() if s.item == item), None)

    def in_order(self) -> list[PlanLine]:
        """Every first step, week by week and then month by month."""
        return self.this_week + self.next_week + self.later_weeks + self.month_two

    def week(self, number: int) -> list[PlanLine]:
        """The steps of the first month's week ``number`` (1 this week, 2 next week, ...)."""
        if number <= 2:
            return self.this_week if number == 1 else self.next_week
        return [s for s in self.later_weeks if s.week == number]

    @property
    def weeks(self) -> int:
        """How many weeks of the first month hold a step (the last one's number)."""
        return max([s.week for s in self.later_weeks] + [2 if self.next_week else 1])

    def runs_by(self, item: str, number: int) -> bool:
        """Whether a pick's routine runs in week ``number``: its first step was done in an
        earlier week of the first month, or it has none (a step from month 2 on: not yet)."""
        when = self.when(item)
        if when is None:
            return True
        week, later = when
        if week == MONTH_2:
            return False
        return {THIS_WEEK: 1, NEXT_WEEK: 2}.get(week, later) < number

    def when(self, item: str) -> tuple[str, int] | None:
        """The week of an item's first step and, from week 3, its week or, from month 2, its
        month (else 0)."""
        for week, lines in ((THIS_WEEK, self.this_week), (NEXT_WEEK, self.next_week)):
            if any(s.item == item for s in lines):
                return week, 0
        for s in self.later_weeks:
            if s.item == item:
                return WEEK_3, s.week
        for s in self.month_two:
            if s.item == item:
                return MONTH_2, s.month
        return None


class Needs(dict[str, list[str]]):
    """For each step, the picks whose place it needs, and how many of them (``x-plan.after_count``).

    A step needs one of its places (asking for reviews needs the listing), or, with a
    count, that many of them, or all it has when fewer are picked (a scheduler is set
    up once a second network is: ``after_count`` 2).
    """

    def __init__(self, places: dict[str, list[str]], count: dict[str, int]) -> None:
        super().__init__(places)
        self.count = count

    def wanted(self, item: str) -> int:
        """How many of its places the step waits for: 0 when it needs none."""
        return min(self.count.get(item, 1), len(self[item]))

    def met(self, item: str, done: Collection[str]) -> bool:
        """Whether enough of the places the step needs are among ``done``."""
        return len(set(self[item]) & set(done)) >= self.wanted(item)
