"""The main tree's places to be found, checked against practitioner review 7 (7 Dec 2026).

Section 4 of the review: a UK groomer wanted to answer that her neighbours use Nextdoor, and
the tree said "option 'nextdoor' is not offered here", though Nextdoor runs in the UK.
"""

from __future__ import annotations

import pytest

from test_advice_review5 import mix_of
from toolmix.model.problems import ToolmixError

GROOMER = "mobile-groomer-nextdoor-uk"


@pytest.mark.parametrize("country", ["us", "ca", "uk", "es", "europe", "au"])
def test_nextdoor_can_be_named_where_it_runs(country: str) -> None:
    mix = mix_of(GROOMER, country=country)
    assert "nextdoor" in {row.item_id for row in mix.picked + mix.considered}


@pytest.mark.parametrize("country", ["latam", "other", "many"])
def test_nextdoor_is_not_offered_where_it_does_not_run(country: str) -> None:
    with pytest.raises(ToolmixError, match="nextdoor"):
        mix_of(GROOMER, country=country)


def test_named_nextdoor_joins_once_the_hours_hold_a_second_place_nearby() -> None:
    one_hour = mix_of(GROOMER)
    considered = {row.item_id: row for row in one_hour.considered}
    assert "nextdoor" in considered and "nextdoor" not in {r.item_id for r in one_hour.picked}
    assert "gbp_area" in {row.item_id for row in one_hour.picked}
    assert "nextdoor" in {row.item_id for row in mix_of(GROOMER, hours=2).picked}
