"""A funeral director's plan (issue 17, 8.75.0): the UK price rule, the family's yes, one gentle request.

A practitioner walked the tree as a UK independent funeral director and found three faults: the
CMA's Funerals Market Investigation Order 2021 (a UK rule) makes a funeral director show its
Standardised Price List on its website, and the plan never said so; bereaved families were to be
asked for "a few reviews a week"; funeral notices went on Facebook with no word of the family's yes.
The walks are the audit's (random, seed 0), judged by the answers, so the checks follow the tree
rather than pin its words.
"""

from __future__ import annotations

import json

from conftest import SHIPPED, persona_mix
from toolmix.audit.walks import random_walks
from toolmix.engine.plan import first_steps
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"
TREE = json.loads(MAIN.read_text(encoding="utf-8"))
PAGES = next(n for n in TREE["x-select"]["needs"] if n["item"] == "family_notices")["any"]


def test_the_price_list_is_the_uk_funeral_directors_and_no_family_is_asked_every_week() -> None:
    loaded = load_tree(MAIN)
    funerals = 0
    for walk in random_walks(loaded, 4000, 0):
        path = walk.session.answered_path()
        answers = dict(path)
        mix = choose(loaded.tree, path)
        picked = {r.item_id for r in mix.picked}
        funeral = answers["kind"] == "funeral"
        assert ("price_list" in picked) == (funeral and answers["country"] == "uk"), path
        assert ("family_notices" in picked) == (funeral and bool(picked & set(PAGES))), path
        if funeral:
            funerals += 1
            assert not picked & {"ask_reviews", "weekly_conversation"}, path
            assert "booking" not in answers, path  # a funeral is arranged, not booked online
        else:
            assert not picked & {"price_list", "family_notices", "ask_reviews_once"}, path
    assert funerals > 100


def test_the_uk_funeral_director_puts_its_price_list_online_this_week() -> None:
    mix = persona_mix("funeral-director-uk")
    steps = first_steps(mix)
    this_week = [s.item for s in steps.this_week]
    assert {"price_list", "family_notices", "website"} <= set(this_week)
    site = next(r for r in mix.picked if r.item_id == "website")
    assert any("Standardised Price List" in r.text for r in site.reasons)
    rule = next(r for r in mix.picked if r.item_id == "price_list")
    assert any("UK rule" in r.text and "Ireland" in r.text for r in rule.reasons)


def test_with_no_site_the_page_of_month_2_carries_the_price_list() -> None:
    mix = persona_mix("funeral-director-uk", homebase="neither")
    step = next(s for s in first_steps(mix).in_order() if s.item == "website_later")
    assert "Standardised Price List" in step.text
    assert "price_list" in {s.item for s in first_steps(mix).this_week}


def test_outside_the_uk_no_uk_rule() -> None:
    mix = persona_mix("funeral-director-uk", country="us")
    assert "price_list" not in {r.item_id for r in mix.picked}
    assert not any("CMA" in r.text for row in mix.picked for r in row.reasons)
