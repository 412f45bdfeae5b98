"""The main tree's places to be found, checked against practitioner review 7 (7 Dec 2026).

Section 4 of the review: a UK groomer wanted to answer that her neighbours use Nextdoor, and
the tree said "option 'nextdoor' is not offered here", though Nextdoor runs in the UK; and
professionals found in their profession's directories had no directory to be found in.
"""

from __future__ import annotations

import pytest

from conftest import persona_mix
from toolmix.engine.plan import this_week
from toolmix.model.problems import ToolmixError

GROOMER = "mobile-groomer-nextdoor-uk"


@pytest.mark.parametrize("country", ["us", "ca", "uk", "es", "europe", "au"])
def test_nextdoor_can_be_named_where_it_runs(country: str) -> None:
    mix = persona_mix(GROOMER, country=country)
    assert "nextdoor" in {row.item_id for row in mix.picked + mix.considered}


@pytest.mark.parametrize("country", ["latam", "other", "many"])
def test_nextdoor_is_not_offered_where_it_does_not_run(country: str) -> None:
    with pytest.raises(ToolmixError, match="nextdoor"):
        persona_mix(GROOMER, country=country)


def test_named_nextdoor_joins_once_the_hours_hold_a_second_place_nearby() -> None:
    one_hour = persona_mix(GROOMER)
    considered = {row.item_id: row for row in one_hour.considered}
    assert "nextdoor" in considered and "nextdoor" not in {r.item_id for r in one_hour.picked}
    assert "gbp_area" in {row.item_id for row in one_hour.picked}
    assert "nextdoor" in {row.item_id for row in persona_mix(GROOMER, hours=2).picked}


# Section 4 and section 3 of the review: agencies and law firms find translators, and UK clients
# therapists, in their profession's directories, and the catalogue had none.
TRANSLATOR = "freelance-translator"


def test_a_named_directory_is_offered_to_professionals_only() -> None:
    assert "directory_profile" in {r.item_id for r in persona_mix(TRANSLATOR).picked}
    assert "directory_profile" in {r.item_id for r in persona_mix(TRANSLATOR, kind="health").picked}
    with pytest.raises(ToolmixError, match="directories"):
        persona_mix(TRANSLATOR, kind="creator")


def test_the_translators_directory_profile_starts_this_week_instead_of_a_new_letter() -> None:
    mix = persona_mix(TRANSLATOR)
    week = [line.item for line in this_week(mix)]
    assert "directory_profile" in week and "linkedin_profile" in week  # her profile still leads
    assert "newsletter" in {row.item_id for row in mix.ruled_out}
    kept = persona_mix(TRANSLATOR, homebase="both")  # a list she already writes to stays
    assert "newsletter_kept" in {row.item_id for row in kept.picked}


def test_no_directory_for_those_who_did_not_name_one() -> None:
    mix = persona_mix(TRANSLATOR, gather=["linkedin", "reddit"])
    rows = mix.picked + mix.considered + mix.ruled_out
    assert "directory_profile" not in {row.item_id for row in rows}
