"""Booking pages that name Fresha say its fee per new client (review 7, hair-salon notes).

Fresha has no subscription for one person, so a cost line of "free plans" alone hides its one-off
fee on each new client its marketplace brings; and a booking made through the salon's own link in
Google's listing pays none. Persona: tests/personas/hair-salon.json; walks: the audit's (seed 0).
"""

from __future__ import annotations

from pathlib import Path

from conftest import HERE, SHIPPED
from toolmix.audit.walks import random_walks
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

MAIN = SHIPPED / "social-tool-mix.json"


def test_a_booking_page_naming_fresha_says_its_fee_per_new_client() -> None:
    loaded = load_tree(MAIN)
    seen = 0
    for walk in random_walks(loaded, 2000, 0):
        mix = choose(loaded.tree, walk.session.answered_path())
        for row in mix.picked:
            if (
                "Fresha" in (row.item.cost or "")
                and dict(walk.session.answered_path()).get("booking") == "appointments"
            ):
                seen += 1
                reasons = " ".join(r.text for r in row.reasons)
                assert "fee" in reasons and "booking link" in reasons, reasons
    assert seen > 0


def test_the_salon_links_its_own_booking_page_from_its_google_listing() -> None:
    loaded = load_tree(MAIN)
    session, _ = replay(loaded, read_answers(Path(HERE / "personas" / "hair-salon.json")))
    mix = choose(loaded.tree, session.answered_path())
    picked = {r.item_id: r for r in mix.picked}
    assert {"booking_page", "gbp"} <= set(picked)
    reasons = " ".join(r.text for r in picked["booking_page"].reasons)
    assert "Google listing" in reasons and "20%" in reasons
