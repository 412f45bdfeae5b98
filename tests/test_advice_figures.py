"""One-country figures only in that country's plans (review 7, fault 9).

UK plans read the UK Ofcom figure and then the US Pew one; Australian plans (physio, food truck,
local podcast) read only the US one. Over the audit's walks (random, seed 0), a reason that quotes
a survey of one country is shown only to people who answered that country.
"""

from __future__ import annotations

from conftest import SHIPPED
from toolmix.audit.walks import random_walks
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"
#: What a reason says when it quotes a survey of one country, and the answer it needs.
MARKS = {"US figure": "us", "Pew Research": "us", "UK figures": "uk", "Ofcom": "uk"}


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
    assert {"Pew Research", "Ofcom"} <= seen
