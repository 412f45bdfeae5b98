"""The main tree's words, checked against the practitioner review of 8.5.0 (review 6, fault 5).

Each test names the part of fault 5 it guards; the personas are the review's answers files
(tests/personas/accountant-uk, market-stall-uk, local-podcast-au, salon-madrid, choir-recruiting).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import HERE
from toolmix.cli.main import main
from toolmix.text.i18n import use_language


def export(persona: str, capsys: pytest.CaptureFixture[str], *lang: str) -> str:
    path = Path(HERE / "personas" / f"{persona}.json")
    assert main([*lang, "answer", "social-tool-mix", "--answers", str(path)]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(
    "persona", ["accountant-uk", "market-stall-uk", "local-podcast-au", "choir-recruiting"]
)
def test_meetup_is_not_ruled_out_for_people_who_run_no_meetups(
    persona: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # (b) "Meetup: you want free tools only ... your meetups" was in every free plan.
    assert "Meetup" not in export(persona, capsys)


def test_a_podcast_gets_no_shop_words_in_its_first_steps(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # (c) A podcast, a charity, a league were told "photos of your best work" and "hours".
    text = export("local-podcast-au", capsys)
    assert "best work" not in text
    assert "Fill in your page (contact, a cover photo, hours if people visit)" in text


def test_an_online_professional_checks_no_times_on_the_site(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # (d) The site's routine said "check times, prices" to people with no opening times.
    text = export("accountant-uk", capsys)
    assert "check times, prices" not in text
    assert "check the page is still right" in text


def test_etsy_fees_are_said_to_be_us_figures(capsys: pytest.CaptureFixture[str]) -> None:
    # (i) A Bristol stall read US fees with no word that they are US-only.
    text = export("market-stall-uk", capsys)
    assert "In the US (2023 figures): $0.20 a listing" in text
    assert "fees differ by country: check etsy.com/legal/fees for yours" in text


def test_the_spanish_plan_reads_well_for_a_salon(capsys: pytest.CaptureFixture[str]) -> None:
    # (f) A salon's Google step spoke of masses, and "de tus 1 hora y 30 minutos" is not
    # Spanish; "del tiempo que tienes (...)" holds every duration (this salon has 3 hours).
    try:
        text = export("salon-madrid", capsys, "--lang", "es")
    finally:
        use_language(None)
    assert "misas" not in text
    assert "de tus 1 hora" not in text
    assert "del tiempo que tienes (3 horas)" in text


def test_a_uk_facebook_reason_gives_the_uk_figure_and_no_us_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # (e) A UK choir read only US survey figures for its Facebook Page.
    why = [
        line
        for line in export("choir-recruiting", capsys).splitlines()
        if line.startswith("- **Facebook Page**: ")
    ]
    assert len(why) == 1
    assert "93% of online adults (Ofcom Online Nation 2025, UK figures)" in why[0]
    # Review 7 (fault 9): the US figure is shown to US plans only (tests/test_advice_figures.py).
    assert "US figures" not in why[0]


def test_a_recipe_blogger_pins_to_her_own_pages_not_a_booking_page(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # (g) Pinterest's first step offered "your booking page" to a recipe creator.
    steps = [
        line
        for line in export("food-blogger-pause", capsys).splitlines()
        if line.split(". ", 1)[-1].startswith("**Pinterest**: ")
    ]
    assert steps
    assert all("booking" not in line for line in steps)


def test_a_weekly_quiz_is_one_repeating_event(capsys: pytest.CaptureFixture[str]) -> None:
    # (h) A taproom's weekly quiz was told to create each event two to three weeks ahead.
    text = export("brewery-taproom", capsys)
    assert "one event set to repeat, not one a week" in text
    assert "Create each event" not in text


def test_untappd_is_offered_only_to_drink_businesses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # (j) Untappd for brewers: offered where people say their drinkers are, to a business
    # that sells alcohol only (a bakery cannot answer it).
    brewery = export("craft-brewery-untappd", capsys)
    assert "**Your beers on Untappd**" in brewery
    bakery = json.loads((HERE / "personas" / "local-bakery.json").read_text())
    assert bakery["answers"]["kind"] != "drink"
    bakery["answers"]["gather"] = [*bakery["answers"]["gather"], "untappd"]
    path = tmp_path / "bakery.json"
    path.write_text(json.dumps(bakery))
    assert main(["answer", "social-tool-mix", "--answers", str(path)]) != 0
    assert "untappd" in capsys.readouterr().err
