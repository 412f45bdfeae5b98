"""Session operations: answering, validation, back, jump back, replay, progress."""

from __future__ import annotations

from typing import Any

import pytest

from toolmix.engine.answer_checks import AnswerError
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree

TO_SITE: list[tuple[str, Any]] = [
    ("name", "ACME"),
    ("audience", "b2c"),
    ("formats", ["video", "photos"]),
    ("camera", "yes"),
    ("hours", 4),
]


def walk(session: Session, answers: list[tuple[str, Any]]) -> None:
    for node, value in answers:
        assert session.current == node
        session.answer(value)


def test_a_full_walk(tiny: LoadedTree) -> None:
    s = Session(tiny)
    assert s.current == "name" and not s.finished
    walk(s, [*TO_SITE, ("site", "yes")])
    assert s.finished and s.current == "done"
    assert s.path == ["name", "audience", "formats", "camera", "hours", "site", "done"]
    assert s.answers["formats"] == ["video", "photos"]


def test_routes_see_the_nodes_own_answer(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, [("name", ""), ("audience", "b2c"), ("formats", ["photos"])])
    assert s.current == "hours"  # no video: camera is not asked


def test_option_next_and_range_next(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, [("name", "x"), ("audience", "b2c"), ("formats", ["photos"]), ("hours", 1)])
    assert s.current == "lean"  # the range's next
    s.proceed()
    s.answer("no")
    assert s.current == "starter"  # the option's next


def test_when_hides_options(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, [("name", "x"), ("audience", "b2c")])
    assert [o.id for o in s.visible_options()] == ["video", "photos", "none"]
    with pytest.raises(AnswerError, match="not offered here"):
        s.answer(["writing"])
    s.back()
    s.answer("b2b")
    assert [o.id for o in s.visible_options()] == ["video", "photos", "writing", "none"]


@pytest.mark.parametrize(
    "node_answers, bad, message",
    [
        ([], 5, "expected a text"),
        ([], "x" * 41, "at most 40"),
        ([("name", "x")], "b2x", "not an option"),
        ([("name", "x")], ["b2b"], "takes one option id"),
        ([("name", "x"), ("audience", "b2c")], [], "at least 1"),
        ([("name", "x"), ("audience", "b2c")], ["video", "video"], "listed twice"),
        ([("name", "x"), ("audience", "b2c")], ["none", "video"], "excludes the others"),
        ([("name", "x"), ("audience", "b2c")], "video", "expected a list"),
        ([("name", "x"), ("audience", "b2c"), ("formats", ["photos"])], 41, "out of range"),
        ([("name", "x"), ("audience", "b2c"), ("formats", ["photos"])], -1, "out of range"),
        ([("name", "x"), ("audience", "b2c"), ("formats", ["photos"])], 2.25, "not a step of 0.5"),
        ([("name", "x"), ("audience", "b2c"), ("formats", ["photos"])], "4", "expected a number"),
        ([("name", "x"), ("audience", "b2c"), ("formats", ["photos"])], True, "expected a number"),
    ],
)
def test_bad_answers_are_refused_and_nothing_changes(
    tiny: LoadedTree, node_answers: list[tuple[str, Any]], bad: Any, message: str
) -> None:
    s = Session(tiny)
    walk(s, node_answers)
    before = (list(s.path), dict(s.answers))
    with pytest.raises(AnswerError, match=message):
        s.answer(bad)
    assert (s.path, s.answers) == before


def test_multi_answers_are_kept_in_option_order(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, [("name", "x"), ("audience", "b2c"), ("formats", ["photos", "video"])])
    assert s.answers["formats"] == ["video", "photos"]


def test_whole_numbers_become_int(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, [("name", "x"), ("audience", "b2c"), ("formats", ["photos"]), ("hours", 4.0)])
    assert s.answers["hours"] == 4 and isinstance(s.answers["hours"], int)


def test_text_is_cleaned_and_stripped(tiny: LoadedTree) -> None:
    s = Session(tiny)
    s.answer("  AC\x1b[2JME \u202e ")
    assert s.answers["name"] == "AC[2JME"


def test_back_goes_through_info_nodes(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, [("name", "x"), ("audience", "b2c"), ("formats", ["photos"]), ("hours", 1)])
    s.proceed()
    assert s.current == "site"
    assert s.back() and s.current == "lean"
    assert s.back() and s.current == "hours"
    assert s.previous_answer() == 1
    assert "hours" not in s.answers


def test_back_at_start_does_nothing(tiny: LoadedTree) -> None:
    s = Session(tiny)
    assert not s.can_go_back()
    assert s.back() is False and s.current == "name"


def test_reanswering_the_same_replays_to_where_you_were(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, TO_SITE)
    s.jump_to("audience")
    assert s.current == "audience" and s.previous_answer() == "b2c"
    change = s.answer("b2c")
    assert s.current == "site"
    assert change.kept == ["formats", "camera", "hours"] and change.dropped == []


def test_changing_an_answer_drops_what_no_longer_applies(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, TO_SITE)
    s.jump_to("formats")
    change = s.answer(["photos"])  # no video: camera is off the path
    assert change.dropped == ["camera"]
    assert change.kept == ["hours"]
    assert s.current == "site" and "camera" not in s.answers


def test_changing_an_answer_drops_answers_made_invalid(tiny: LoadedTree) -> None:
    s = Session(tiny)
    walk(s, [("name", "x"), ("audience", "b2b"), ("formats", ["writing"]), ("hours", 4)])
    s.jump_to("audience")
    change = s.answer("b2c")  # 'writing' is only offered to b2b
    assert change.dropped == ["formats"]  # its only tick is no longer offered
    assert s.current == "formats"
    # the later answer is still kept for when the path comes back to it
    s.answer(["photos"])
    assert s.current == "site" and s.answers["hours"] == 4


def test_jump_to_a_node_not_on_the_path(tiny: LoadedTree) -> None:
    s = Session(tiny)
    with pytest.raises(Exception, match="not on the path"):
        s.jump_to("hours")


def test_progress_comes_from_precomputed_tables(tiny: LoadedTree) -> None:
    s = Session(tiny)
    p = s.progress()
    # name, audience, formats, [camera], hours, site
    assert (p.answered, p.fewest_left, p.most_left) == (0, 5, 6)
    walk(s, [("name", "x"), ("audience", "b2c"), ("formats", ["photos"])])
    p = s.progress()
    assert (p.answered, p.fewest_left, p.most_left, p.position) == (3, 2, 2, 4)
    assert p.estimated_total == 5


def test_skipped_node_when_every_option_is_hidden(write_json) -> None:  # type: ignore[no-untyped-def]
    from conftest import make_tree
    from toolmix.load.loader import load_tree

    tree = make_tree(
        {
            "a": {
                "type": "single",
                "text": "A?",
                "options": [{"id": "1", "label": "1"}, {"id": "2", "label": "2"}],
                "next": "b",
            },
            "b": {
                "type": "single",
                "text": "B?",
                "options": [{"id": "x", "label": "X", "when": {"answer": "a", "is": "1"}}],
                "next": "c",
            },
            "c": {"type": "result", "title": "C"},
        }
    )
    s = Session(load_tree(write_json(tree)))
    s.answer("2")
    assert s.current == "c" and s.skipped == ["b"] and s.path == ["a", "c"]
