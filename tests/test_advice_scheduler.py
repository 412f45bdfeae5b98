"""A scheduler is picked only beside two networks it can post to, and Reddit is never one (F11).

Buffer posts to Facebook, Instagram, LinkedIn, X, TikTok, Threads, Bluesky, YouTube, Pinterest,
Mastodon and Google Business Profile, not Reddit: until 8.68.0 a translator at 4.5 hours with her
LinkedIn profile and Reddit was given Buffer "With two networks". The tree's own list of what a
scheduler posts to is its ``x-plan.after`` (the places its first step waits for); the walks are the
audit's (random, seed 0), so the checks follow the tree rather than pin its words.
"""

from __future__ import annotations

import json

import pytest

from conftest import SHIPPED, persona_mix
from toolmix.audit.walks import random_walks
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"
TREE = json.loads(MAIN.read_text(encoding="utf-8"))
SCHEDULERS = ("buffer", "metricool")
NEEDS = {n["item"]: n for n in TREE["x-select"]["needs"]}


@pytest.mark.parametrize("scheduler", SCHEDULERS)
def test_reddit_is_not_a_network_a_scheduler_posts_to(scheduler: str) -> None:
    posts_to = TREE["x-plan"]["after"][scheduler]
    assert "reddit" not in posts_to
    assert NEEDS[scheduler]["any"] == posts_to and NEEDS[scheduler]["count"] == 2


def test_a_scheduler_is_picked_only_beside_two_networks_it_posts_to() -> None:
    loaded = load_tree(MAIN)
    seen = 0
    for walk in random_walks(loaded, 3000, 0):
        mix = choose(loaded.tree, walk.session.answered_path())
        picked = [r.item_id for r in mix.picked]
        for scheduler in SCHEDULERS:
            if scheduler in picked:
                seen += 1
                posts_to = set(TREE["x-plan"]["after"][scheduler])
                assert len(posts_to.intersection(picked)) >= 2, picked
    assert seen > 50  # the walks reach schedulers


def test_linkedin_and_reddit_are_one_network_for_buffer() -> None:
    # The freelance translator at 4.5 hours: her LinkedIn profile and Reddit are picked,
    # and Buffer, which cannot post to Reddit, is ruled out with its need's reason.
    mix = persona_mix("freelance-translator", hours=4.5)
    picked = {r.item_id for r in mix.picked}
    assert {"linkedin_profile", "reddit"} <= picked
    assert "buffer" not in picked
    out = next(r for r in mix.ruled_out if r.item_id == "buffer")
    assert [r.text for r in out.reasons] == [NEEDS["buffer"]["because"]]
