"""``x-expect`` ``this_week``: the picks whose first step a test case wants under *This week*.

A practitioner asserts *when* as well as *what*: the directory a translator came
for is this week's job, not next week's. Each id must be picked, have a first
step, and have it under *This week* (docs/authoring.md, "Pin the behaviour with
cases"). Pure: no I/O.
"""

from __future__ import annotations

from typing import Any

from toolmix.engine.plan_lines import NEXT_WEEK, WEEK_3
from toolmix.engine.plan_weeks import first_steps
from toolmix.engine.selection import Mix
from toolmix.text.i18n import _

#: The x-expect key this module checks.
THIS_WEEK_KEY = "this_week"


def compare_this_week(expect: dict[str, Any], mix: Mix) -> list[str]:
    """Each ``this_week`` id whose first step is not under *This week*, and where it is instead."""
    want = expect.get(THIS_WEEK_KEY) or []
    if not want:
        return []
    steps = first_steps(mix)
    picked = {r.item_id: r for r in mix.picked}
    diffs = []
    for item in want:
        when = steps.when(item)
        if item not in picked:
            now = _("it is not picked")
        elif when is None:
            now = _("it has no first step")
        elif when[0] == NEXT_WEEK:
            now = _("it is under Next week")
        elif when[0] == WEEK_3:
            now = _("it is under week {week}").format(week=when[1])
        elif when[1]:
            now = _("it is under From month 2 (month {month})").format(month=when[1])
        else:
            continue
        diffs.append(
            _("expected {item}'s first step this week, but {now}").format(item=item, now=now)
        )
    if diffs:
        diffs.append(
            _("this week: {items}").format(
                items=", ".join(s.item for s in steps.this_week) or _("(nothing)")
            )
        )
    return diffs
