"""Bookings for classes (review 7, fault 11): places, a class list and a waiting list.

The booking page's cost line (Square Appointments, Fresha, Calendly) and routine ("block
the hours you're away") are for one-to-one appointments, and went to a dance school and
two yoga classes. Classes now get a class-booking tool; a person who already takes
bookings online keeps the booking they have. Judged over the audit's walks (random,
seed 0) and on the personas (tests/personas/yoga-church-hall.json, dance-school-children).
"""

from __future__ import annotations

from conftest import SHIPPED, persona_mix
from toolmix.audit.walks import random_walks
from toolmix.engine.plan import first_steps
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

# A winery's tastings and tours (8.71.0) are a booking system too: one is enough.
BOOKINGS = {
    "booking_page",
    "class_booking",
    "table_booking",
    "tasting_booking",
    "booking_practice",
    "booking_kept",
}


def test_over_random_walks_classes_never_get_the_appointment_page() -> None:
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    classes = kept = with_tool = 0
    for walk in random_walks(loaded, 2000, 0):
        path = walk.session.answered_path()
        picked = {r.item_id for r in choose(loaded.tree, path).picked}
        answers = dict(path)
        has_booking = "booking" in (answers.get("already") or [])
        if has_booking:
            kept += 1
            # The booking they run is kept, and no second system is started beside it.
            assert "booking_kept" in picked, path
            assert not picked & (BOOKINGS - {"booking_kept", "booking_practice"}), path
        elif answers.get("events-how") == "classes":
            classes += 1
            # Whatever booking they get is for places in a class (or a café's tables).
            assert not picked & {"booking_page", "booking_kept"}, path
            with_tool += "class_booking" in picked
    assert classes > 20 and kept > 20 and with_tool > classes / 2


def test_a_class_in_a_hired_hall_gets_a_class_tool_with_its_waiting_list() -> None:
    mix = persona_mix("yoga-church-hall")
    row = next(r for r in mix.picked if r.item_id == "class_booking")
    assert "waiting list" in (row.item.routine or "")
    assert "Eventbrite or Luma" in (row.item.first_step or "")
    assert all(r.item_id != "booking_page" for r in mix.picked)


def test_a_school_whose_parents_already_book_online_links_that_booking() -> None:
    mix = persona_mix("dance-school-children")
    picked = [r.item_id for r in mix.picked]
    assert "booking_kept" in picked and "class_booking" not in picked
    step = next(s for s in first_steps(mix).this_week if s.item == "booking_kept")
    assert step.text.startswith("Link the booking you already have")
