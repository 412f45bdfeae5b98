"""Twins (the same place, kept or started new) count for little in what matters most,
and the hours table says why each pick would leave (newuser6 findings 2 and 3)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, KEPT_OR_NEW, RUNS_BOTH, SHIPPED, kept_or_new_file
from toolmix.engine.answers_file import AnswersFile, read_answers, replay
from toolmix.engine.claims import claimed
from toolmix.engine.explore import alternative
from toolmix.engine.selection import choose
from toolmix.engine.sensitivity import (
    Change,
    change_of,
    effect_words,
    hours_leaving,
    hours_table,
    what_matters,
)
from toolmix.engine.swaps import swap_words, twins, why_it_leaves
from toolmix.export.changes import section
from toolmix.load.loader import LoadedTree, load_tree
from toolmix.text.markdown_escape import inline
from toolmix.text.words import format_hours


def walk(loaded: LoadedTree, **changes: Any):  # type: ignore[no-untyped-def]
    session, warnings = replay(loaded, AnswersFile(loaded.id, {**RUNS_BOTH, **changes}))
    assert warnings == []
    return session, choose(loaded.tree, session.answered_path())


def best(loaded: LoadedTree, question: str, **changes: Any) -> Change:
    session, mix = walk(loaded, **changes)
    return next(c for c in what_matters(loaded, session, mix, top=99) if c.question == question)


def change_to(loaded: LoadedTree, question: str, answer: Any, **changes: Any) -> Change:
    """One alternative's change, ranked or not (what if words every alternative)."""
    session, mix = walk(loaded, **changes)
    return change_of(mix, question, alternative(loaded, session, question, answer))


def test_twins_share_a_url_and_one_of_them_is_kept() -> None:
    found = twins(load_tree(KEPT_OR_NEW).tree)
    assert found == {
        "page": {"page_kept"},
        "page_kept": {"page"},
        "chat": {"chat_kept"},
        "chat_kept": {"chat"},
    }
    # Tips and More tips share a url, but neither is a place the person runs.
    assert "tips" not in found


def test_a_tree_without_x_plan_has_no_twins(tmp_path: Path) -> None:
    assert twins(load_tree(kept_or_new_file(tmp_path, x_plan=False)).tree) == {}


@pytest.mark.parametrize(
    ("x_plan", "order"),
    [
        # The swap of both kept places for new ones (4 items) counts nothing: last.
        (True, ["hours", "style", "letter", "already"]),
        # Read without twins it is the largest change and leads.
        (False, ["already", "hours", "style", "letter"]),
    ],
    ids=["with-twins", "without-twins"],
)
def test_a_twin_swap_does_not_lead_what_matters(
    tmp_path: Path, x_plan: bool, order: list[str]
) -> None:
    loaded = load_tree(kept_or_new_file(tmp_path, x_plan=x_plan))
    session, mix = walk(loaded)
    found = what_matters(loaded, session, mix, top=99)
    assert [c.question for c in found] == order
    already = next(c for c in found if c.question == "already")
    assert already.alternative.answer == ["nothing"]
    assert (already.joins, already.leaves) == (["page", "chat"], ["chat_kept", "page_kept"])
    assert already.size == 4
    assert already.weight == (0 if x_plan else 4)
    # The default top three leave the swap out only when twins are read.
    top = [c.question for c in what_matters(loaded, session, mix)]
    assert ("already" in top) is not x_plan


@pytest.mark.parametrize(
    ("answers", "question", "answer", "words"),
    [
        (
            {},
            "already",
            ["nothing"],
            "you would start A Page and A group chat new instead of keeping yours",
        ),
        (
            {"already": ["nothing"]},
            "already",
            ["page"],
            "you would keep Your Page (kept) instead of starting anew",
        ),
        ({}, "style", "more", "More tips would join; Tips would leave"),
        ({}, "hours", 4, "Scheduler would join; Templates would leave"),
    ],
    ids=["kept-to-new", "new-to-kept", "same-url-not-kept", "no-twins"],
)
def test_a_twin_swap_is_said_once(
    answers: dict[str, Any], question: str, answer: Any, words: str
) -> None:
    loaded = load_tree(KEPT_OR_NEW)
    change = change_to(loaded, question, answer, **answers)
    assert effect_words(change) == words
    if question != "already":  # the largest change of its answer is the one ranked
        assert effect_words(best(loaded, question, **answers)) == words


def test_a_real_change_beside_a_swap_still_counts() -> None:
    """An hour, a kept chat, a letter: without the chat (0.1 h), the new one's 0.25
    leaves no time for Tips, which is a change of the advice beside the swap."""
    loaded = load_tree(KEPT_OR_NEW)
    change = best(loaded, "already", already=["chat"], letter="yes", hours=1)
    assert change.alternative.answer == ["nothing"]
    assert change.swaps == [("chat", "chat_kept")]
    assert (change.size, change.weight) == (3, 1)
    assert effect_words(change) == (
        "Tips would leave; you would start A group chat new instead of keeping yours"
    )


def test_what_matters_claims_no_place_the_person_does_not_run() -> None:
    """Review 9 F6: "With *An Etsy or other marketplace shop*: Your Etsy shop would join"
    led a parish council's What would change; no one can choose to have run a place all
    along. Ticking a kept place (x-plan.kept) is still a what if, never ranked."""
    loaded = load_tree(KEPT_OR_NEW)
    session, mix = walk(loaded, already=["nothing"], letter="yes", hours=1)
    ticked = [
        change_to(loaded, "already", a, already=["nothing"], letter="yes", hours=1)
        for a in (["page"], ["chat"])
    ]
    assert [c.alternative.mix and claimed(mix, c.alternative.mix) for c in ticked] == [
        ["page_kept"],
        ["chat_kept"],
    ]
    assert all(c.size for c in ticked)  # each would change the mix
    assert "already" not in [c.question for c in what_matters(loaded, session, mix, top=99)]
    # Unticking a place the person runs claims nothing: it stays rankable.
    session, mix = walk(loaded)
    assert "already" in [c.question for c in what_matters(loaded, session, mix, top=99)]


def test_no_persona_is_offered_a_place_it_does_not_run() -> None:
    """Every shipped persona: no ranked change brings in a place the plan calls the
    person's own ("Your Etsy shop") that they did not say they run, but for a lighter
    form of one they do run (the same place)."""
    for _stem, loaded, session, mix in SHIPPED_WALKS:
        tree = loaded.tree
        assert tree.x_plan is not None
        kept = set(tree.x_plan.kept)
        of = twins(tree)
        picked = {r.item_id for r in mix.picked}
        for change in what_matters(loaded, session, mix, top=99):
            new = change.alternative.mix
            assert new is not None
            for joined in set(change.joins) & kept:
                step = tree.x_plan.kept_steps.get(joined)
                # A LinkedIn profile is new unless the answers say the person has one.
                new_one = step is not None and step.has not in new.answers.get(step.answer, [])
                same_place = of.get(joined, set()) & picked & kept
                assert new_one or same_place, (_stem, change.question, joined)


@pytest.mark.parametrize(
    ("hours", "item", "words"),
    [
        (4, "templates", "Scheduler takes its place (the plan takes one of “Helpers” at a time)"),
        (0, "page_kept", "it needs 30 minutes more a week than your hours leave"),
        (0, "tips", "it needs 6 minutes more a week than your hours leave"),
    ],
)
def test_why_a_pick_would_leave(hours: int, item: str, words: str) -> None:
    loaded = load_tree(KEPT_OR_NEW)
    session, mix = walk(loaded)
    rows = dict(hours_table(loaded, session, mix)) if hours else {}
    if hours:
        change = rows[hours]
        new = change.alternative.mix
        joins = change.joins
    else:
        _session, new = walk(loaded, hours=0)
        now = {r.item_id for r in mix.picked}
        joins = [r.item_id for r in new.picked if r.item_id not in now]
    assert new is not None
    assert item not in {r.item_id for r in new.picked}
    assert why_it_leaves(new, item, joins) == words


def test_ruled_out_or_no_reason_enough() -> None:
    loaded = load_tree(KEPT_OR_NEW)
    _session, new = walk(loaded, style="more")
    assert why_it_leaves(new, "tips", ["more_tips"]) == "More instead."  # the tree's because
    _session, new = walk(loaded, already=["nothing"])
    assert why_it_leaves(new, "chat_kept", []) == (
        "your answers would no longer give it reason enough"
    )


def test_more_hours_say_why_a_tool_leaves() -> None:
    loaded = load_tree(KEPT_OR_NEW)
    session, mix = walk(loaded)
    table = hours_table(loaded, session, mix)
    assert [h for h, c in table if c.leaves] == [4, 5, 6]
    assert hours_leaving(table) == [
        "At 4, 5 and 6 hours, Templates would leave: Scheduler takes its place "
        "(the plan takes one of “Helpers” at a time)."
    ]


def shipped_walks() -> list[tuple[str, LoadedTree, Any, Any]]:
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    walks = []
    for path in sorted((HERE / "personas").glob("*.json")):
        answers = read_answers(path)
        session, _warnings = replay(loaded, answers)
        walks.append((path.stem, loaded, session, choose(loaded.tree, session.answered_path())))
    return walks


SHIPPED_WALKS = shipped_walks()


@pytest.mark.parametrize(
    ("loaded", "session", "mix"),
    [w[1:] for w in SHIPPED_WALKS],
    ids=[w[0] for w in SHIPPED_WALKS],
)
def test_every_persona_ranks_changes_of_the_advice_first(
    loaded: LoadedTree, session: Any, mix: Any
) -> None:
    """For every shipped persona: what matters is ordered by weight (twins counting
    nothing), each swap pairs twins, and each pick that leaves in the hours table
    is given a reason once."""
    found = what_matters(loaded, session, mix, top=99)
    weights = [(c.weight, len(c.swaps)) for c in found]
    assert weights == sorted(weights, reverse=True)
    of = twins(loaded.tree)
    for change in found:
        for joined, left in change.swaps:
            assert joined in change.joins and left in change.leaves and joined in of[left]
        assert change.weight == change.size - 2 * len(change.swaps) >= 0
    table = hours_table(loaded, session, mix)
    said = hours_leaving(table)
    names = {loaded.tree.items[i].name for _h, c in table for i in c.plain_leaves}
    assert len(said) >= len(names)
    assert all(any(f", {name} would leave: " in line for line in said) for name in names)
    # A pick swapped for its twin does not leave (newuser7: said as a join and a leave).
    swapped = {loaded.tree.items[left].name for _h, c in table for _j, left in c.swaps}
    assert not any(f", {name} would leave: " in line for line in said for name in swapped - names)


def test_an_hours_row_says_a_twin_swap_once() -> None:
    """newuser7: at 0.5 h the export's table had "Your Instagram at one post a month"
    joining and "Your Instagram" leaving; it is one place, kept in a lighter form."""
    found = [
        (loaded, session, mix, hours, change)
        for _stem, loaded, session, mix in SHIPPED_WALKS
        for hours, change in hours_table(loaded, session, mix)
        if change.swaps
    ]
    assert found  # the shipped tree has light forms of kept places
    for loaded, session, mix, hours, change in found:
        items = loaded.tree.items
        row = next(
            line
            for line in section(loaded, session, mix)
            if line.startswith(f"| {format_hours(hours)} |")
        )
        _hours, joins, leaves = (c.strip() for c in row.strip("|").split(" | "))
        for joined, left in change.swaps:
            assert items[left].name not in [n.strip() for n in leaves.split(",")]
            words = swap_words(loaded.tree, [(joined, left)], inline)
            assert all(w in joins for w in words)
        assert change.plain_leaves == [
            i for i in change.leaves if i not in dict(change.swaps).values()
        ]


def test_shipped_twins_are_read_from_the_tree() -> None:
    """The shipped tree's twins follow from its urls, x-plan and x-select, not from ids."""
    tree = load_tree(SHIPPED / "social-tool-mix.json").tree
    assert tree.x_plan is not None and tree.x_select is not None
    kept = set(tree.x_plan.kept)
    light = {frozenset((f.item, f.light)) for f in tree.x_select.light}
    for item, others in twins(tree).items():
        for other in others:
            assert frozenset((item, other)) in light or (
                tree.items[item].url == tree.items[other].url and (item in kept or other in kept)
            )
    assert light and all(set(pair) <= set(twins(tree)) for pair in light)


def test_a_light_form_and_its_item_are_twins(tmp_path: Path) -> None:
    """Review 9 F6b: "At 2, 3 and 4 hours, Facebook Page at one post a week would leave:
    your answers would no longer give it reason enough" while Facebook Page joined. An
    item and its x-select light form are one place at another pace, as kept twins are."""
    data = json.loads(KEPT_OR_NEW.read_text())
    data["x-select"] = {"light": [{"item": "tips", "light": "more_tips"}]}
    path = tmp_path / "kept-or-new.json"
    path.write_text(json.dumps(data))
    found = twins(load_tree(path).tree)
    assert found["tips"] == {"more_tips"} and found["more_tips"] == {"tips"}
    change = best(load_tree(path), "style")  # read without the light form: a join and a leave
    assert change.swaps == [("more_tips", "tips")] and change.weight == 0
    assert effect_words(change) == "More tips would take the place of Tips"


def test_no_hours_row_tells_a_light_form_as_a_loss() -> None:
    """Every shipped persona: where the hours table swaps a light form for its item (or
    the other way), the row says it once and no "would leave" line names it."""
    swapped = 0
    for _stem, loaded, session, mix in SHIPPED_WALKS:
        tree = loaded.tree
        assert tree.x_select is not None
        pairs = {(f.item, f.light) for f in tree.x_select.light}
        for hours, change in hours_table(loaded, session, mix):
            said = hours_leaving([(hours, change)])
            for item, light in pairs:
                for joined, left in ((item, light), (light, item)):
                    if joined in change.joins and left in change.leaves:
                        swapped += 1
                        assert (joined, left) in change.swaps, _stem
                        name = tree.items[left].name
                        assert not any(f", {name} would leave: " in line for line in said), _stem
    assert swapped  # physio, church-choir, tutor: Facebook Page for its one-post-a-week form


def test_a_light_form_that_no_longer_fits_says_so() -> None:
    """popup-street-food at one hour less: the Reel repost (a light form that fills spare
    minutes, never considered) leaves for the hours, not for "no reason enough"."""
    found = 0
    for _stem, loaded, session, mix in SHIPPED_WALKS:
        tree = loaded.tree
        assert tree.x_select is not None
        lights = {f.light for f in tree.x_select.light}
        for _hours, change in hours_table(loaded, session, mix):
            new = change.alternative.mix
            assert new is not None and new.budget is not None
            for item in set(change.plain_leaves) & lights:
                if tree.items[item].effort > new.budget - new.picked_effort:
                    found += 1
                    why = why_it_leaves(new, item, change.plain_joins)
                    assert why.startswith("it needs ") and why.endswith(" than your hours leave")
    assert found
