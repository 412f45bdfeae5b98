"""The main tree's words, checked against the practitioner review of 8.4.0 (review 5).

What an ``x-expect`` cannot say: what a mix rules out and shows, and what its plan's
texts promise. Each test names the review's fault it guards.
"""

from __future__ import annotations

import json

import pytest

from conftest import SHIPPED, persona_mix
from toolmix.engine.selection import Mix

TREE = SHIPPED / "social-tool-mix.json"


def test_no_item_name_holds_a_comma_in_english_or_spanish() -> None:
    # Names are listed with commas ("Reply within a day, Your Instagram, kept, ...").
    tree = json.loads(TREE.read_text())
    assert [i for i, item in tree["items"].items() if "," in item["name"]] == []
    side = json.loads((SHIPPED / "social-tool-mix.es.json").read_text())["strings"]
    names = {
        k: v["text"] for k, v in side.items() if k.startswith("items/") and k.endswith("/name")
    }
    assert len(names) == len(tree["items"])
    assert [k for k, text in names.items() if "," in text] == []


@pytest.mark.parametrize(
    "persona", ["cafe-instagram-list", "consultant-linkedin", "choir-recruiting"]
)
def test_ruled_out_shows_nothing_the_person_never_had_or_could_not_use(persona: str) -> None:
    # A UK café was told about Yelp, and people with no channel that their YouTube
    # channel was ruled out; outside the US Yelp is simply not in the running, nor Nextdoor where it
    # was not named.
    mix = persona_mix(persona)
    shown = {row.item_id for row in mix.ruled_out}
    assert shown.isdisjoint({"yelp", "nextdoor", "youtube_kept", "twitch_kept"})
    everywhere = {row.item_id for row in mix.picked + mix.considered}
    assert everywhere.isdisjoint({"yelp", "nextdoor"})


def test_a_channel_left_as_it_is_is_ruled_out_with_its_reason() -> None:
    # The musician runs a YouTube channel; asked, they leave it as it is, or keep it going.
    mix = persona_mix("musician", video="no", **{"channels-no-video": ["youtube"]})
    rows = {row.item_id: row for row in mix.ruled_out}
    assert "youtube_kept" in rows and "twitch_kept" not in rows
    assert "stays up as it is" in rows["youtube_kept"].reasons[0].text
    kept = persona_mix("musician", video="no", **{"channels-no-video": []})
    assert "youtube_kept" in {row.item_id for row in kept.picked}


def test_the_groups_reason_for_no_new_page_holds_when_the_page_is_kept() -> None:
    mix = persona_mix("dog-rescue")
    assert {"facebook_page_kept", "facebook_group_kept"} <= {r.item_id for r in mix.picked}
    page = next(row for row in mix.ruled_out if row.item_id == "facebook_page")
    assert all("keeps to the group" not in reason.text for reason in page.reasons)


def test_no_facebook_event_before_anyone_follows() -> None:
    mix = persona_mix("choir-recruiting")
    assert "facebook_events" in {row.item_id for row in mix.ruled_out}
    picked = {row.item_id: row for row in mix.picked}
    assert "facebook_page" in picked and "signup_form_share" in picked  # the club's twin


def test_the_plans_words_fit_who_reads_them() -> None:
    items = json.loads(TREE.read_text())["items"]
    # Since 8.60.0 the routine says nothing about filming (newuser7 3: "when you film" was
    # said to a club with no video); the Reel is a reason of the answers that will film.
    video = json.loads(TREE.read_text())["nodes"]["video"]["options"]
    for ig in ("instagram", "instagram_kept"):
        assert "film" not in items[ig]["routine"]
        for option in (o for o in video if o["id"] in ("camera", "hands")):
            assert any("Reel" in e["because"] for e in option["effects"] if e["item"] == ig)
    assert "first date" not in items["signup_form"]["routine"]
    assert "buy or book" not in items["pinterest"]["first_step"]
    assert "service times" in items["gbp"]["first_step"]
    assert "No such software yet" in items["booking_practice"]["first_step"]
    assert "current rhythm" in items["newsletter_kept"]["routine"]
    assert not items["ask_reviews"]["first_step"].startswith("Once your Google listing")
    assert "Yelp" not in items["ask_reviews"]["summary"]
    hhs = [i for i, item in items.items() if "hhs.gov" in item.get("url", "")]
    assert hhs == []


def test_us_health_reasons_name_hipaa_and_others_do_not() -> None:
    us = persona_mix("dental-clinic")
    uk = persona_mix("dentist-uk")

    def said(mix: Mix) -> str:
        return " ".join(r.text for row in mix.picked for r in row.reasons)

    assert "HIPAA" in said(us) and "HIPAA" not in said(uk)


def test_linktrees_reason_names_no_network_the_plan_lacks() -> None:
    # The nail tech of review 5: Instagram, TikTok named but not picked, 2 hours.
    mix = persona_mix(
        "salon-madrid", hours=2, gather=["instagram", "tiktok"], **{"gather-top": "instagram"}
    )
    picked = {row.item_id: row for row in mix.picked}
    assert "tiktok" not in picked and "linktree" in picked
    assert all("TikTok" not in reason.text for reason in picked["linktree"].reasons)
