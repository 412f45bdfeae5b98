"""One-country figures only in that country's plans (review 7, fault 9).

UK plans read the UK Ofcom figure and then the US Pew one; Australian plans (physio, food truck,
local podcast) read only the US one. Over the audit's walks (random, seed 0), a reason that quotes
a survey of one country is shown only to people who answered that country.
"""

from __future__ import annotations

from conftest import SHIPPED, persona_mix
from toolmix.audit.walks import random_walks
from toolmix.engine.selection import Mix, choose
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"
#: What a reason says when it quotes a survey of one country, and the answer it needs.
MARKS = {
    "US figure": "us",
    "Pew Research": "us",
    "UK figures": "uk",
    "Ofcom": "uk",
    "UK rule": "uk",
}


def test_a_survey_figure_is_shown_only_in_its_own_country() -> None:
    loaded = load_tree(MAIN)
    seen: set[str] = set()
    for walk in random_walks(loaded, 3000, 0):
        path = walk.session.answered_path()
        country = dict(path).get("country")
        mix = choose(loaded.tree, path)
        for row in [*mix.picked, *mix.considered]:
            for reason in row.reasons:
                for mark, where in MARKS.items():
                    if mark in reason.text:
                        seen.add(mark)
                        assert country == where, (row.item_id, reason.text, country)
    assert {"Pew Research", "Ofcom", "UK rule"} <= seen


def _uk_rule(mix: Mix, item: str) -> list[str]:
    """The reasons of ``item``, picked in ``mix``, that say a UK rule."""
    row = next(r for r in mix.picked if r.item_id == item)
    return [r.text for r in row.reasons if r.text.startswith("UK rule")]


def test_a_uk_market_stall_reads_the_uk_rule_for_soap_and_candles_beside_etsy() -> None:
    # Review 7 (market-stall-uk): she will list soap and candles on Etsy.
    rule = _uk_rule(persona_mix("market-stall-uk"), "etsy")
    assert rule and "cosmetics" in rule[0] and "CLP" in rule[0]


def test_a_kept_etsy_shop_reads_the_rule_in_the_uk_and_not_in_spain() -> None:
    runs = ["instagram", "etsy"]
    assert _uk_rule(persona_mix("market-stall-uk", already=runs), "etsy_kept")
    assert not _uk_rule(persona_mix("market-stall-uk", already=runs, country="es"), "etsy_kept")
