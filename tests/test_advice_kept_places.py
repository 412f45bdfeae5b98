"""Words said of places the person already runs (review 11, F20, at 8.81.0).

Every kept room's routine (a WhatsApp group, a Facebook Group, a Discord, travel listings)
ended "Spare hours are best spent here.": two rooms were each "best", and plans that leave
five minutes or less were told to spend spare hours. The tree cannot say which room a plan
ranks first or how much time it leaves, so the sentence is gone. And the website's cost,
"free to start (WordPress.com has a free plan)", was said to people who have a site and pay
what they pay: it now says "what you pay now" of a site they run, as the kept letter does.
"""

from __future__ import annotations

import datetime as dt

from conftest import persona_mix
from toolmix.export.markdown import render


def test_two_kept_rooms_are_not_each_where_spare_hours_are_best_spent() -> None:
    mix = persona_mix("swim-club-lessons")
    kept = {"whatsapp_community_kept", "facebook_group_kept"}
    assert kept <= {r.item_id for r in mix.picked}
    assert "Spare hours" not in render(mix, today=dt.date(2026, 12, 8), appendix=False)


def test_a_site_the_person_runs_costs_what_they_pay_now() -> None:
    mix = persona_mix("museum-volunteers-ca")  # a museum with its own site
    assert "website" in {r.item_id for r in mix.picked}
    text = " ".join(render(mix, today=dt.date(2026, 12, 8), appendix=False).split())
    assert "Cost: a site you already run: what you pay now" in text
