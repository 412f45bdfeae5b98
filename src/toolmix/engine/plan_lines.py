"""The plan's lines and weeks as data: a step or routine line, and each pick's first step by week.

Built by :mod:`toolmix.engine.plan_weeks`; shown by the plan, the export and the JSON
result. Pure: no I/O.
"""

from __future__ import annotations

from collections.abc import Collection

from toolmix.model.record import record

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

    def step(self, item: str) -> PlanLine | None:
        """An item's first step, in whichever week it falls."""
        return next(
            (s for s in self.this_week + self.next_week + self.month_two if s.item == item), None
        )

    def when(self, item: str) -> tuple[str, int] | None:
        """The week of an item's first step and, from month 2, its month (else 0)."""
        for week, lines in ((THIS_WEEK, self.this_week), (NEXT_WEEK, self.next_week)):
            if any(s.item == item for s in lines):
                return week, 0
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
