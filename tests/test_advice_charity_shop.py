"""Charity shops sell donations online, never on Etsy (issue 17, 8.65.0).

8.54.0 offered the marketplace answers only to kinds that sell goods, which left a charity shop no
way to say it sells online. A charity is asked again, and its answer brings its own line, *Your
best donations sold online* (eBay, Vinted or Depop, or its charity's own online shop), since Etsy
takes handmade, vintage and craft supplies, not donated goods. The walks are the audit's (random,
seed 0), judged by which kind answered, so the checks follow the tree rather than pin its words.
"""

from __future__ import annotations

from conftest import SHIPPED, persona_mix
from toolmix.audit.walks import random_walks
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"
ETSY = {"etsy", "etsy_kept"}
DONATIONS = {"donations_online", "donations_online_kept"}


def test_only_a_charity_sells_donations_and_a_charity_never_opens_an_etsy_shop() -> None:
    loaded = load_tree(MAIN)
    charity_named = 0
    for walk in random_walks(loaded, 3000, 0):
        path = walk.session.answered_path()
        mix = choose(loaded.tree, path)
        picked = {r.item_id for r in mix.picked}
        scored = picked | {r.item_id for r in mix.considered}
        charity = ("kind", "charity") in path
        answers = dict(path)
        if charity:
            assert not picked & ETSY, path
        else:
            assert not scored & DONATIONS, path
            assert not {r.item_id for r in mix.ruled_out} & DONATIONS, path
        runs = "etsy" in answers.get("already", [])  # type: ignore[operator]
        if charity and runs:
            # what the charity runs is kept (or, with no hours for it, considered): never a new account
            assert "donations_online" not in picked, path
        # a museum's visitors are no buyers of donations (8.71.0): the line is for a charity's shop
        shop = answers.get("local") != "visitors"
        if charity and shop and "etsy" in answers.get("gather", []) and not runs:  # type: ignore[operator]
            charity_named += 1
            assert "donations_online" in scored, path
    assert charity_named > 20  # the walks reach the case


def test_the_charity_shop_that_sells_online_keeps_it_and_is_not_told_it_runs_etsy() -> None:
    mix = persona_mix("charity-shop-marketplace", already=["facebook_page", "etsy"])
    assert "donations_online_kept" in {r.item_id for r in mix.picked}
    ruled_out = {r.item_id for r in mix.ruled_out}
    assert "etsy" not in ruled_out  # "You already run one" is an Etsy seller's reason, not hers


def test_the_charity_shop_that_names_marketplaces_is_told_where_donations_sell() -> None:
    mix = persona_mix("charity-shop-marketplace")
    row = next(r for r in mix.picked if r.item_id == "donations_online")
    assert "Vinted" in (row.item.first_step or "")
    assert not {r.item_id for r in mix.picked} & ETSY
