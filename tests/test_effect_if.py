"""An effect with ``x-if`` counts only when its condition holds on the walk's answers.

A reason for one kind of organisation in one country (a Spanish physio's directories,
Australia's rule on health testimonials) sits on the country's option with an ``x-if``
on the kind; the audit's scorer applies the same rule as ``choose``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import tiny_data
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.outcome import Outcome, Scorer
from toolmix.engine.selection import Mix, Row, choose
from toolmix.load.loader import check_file, load_tree

B2B_ONLY = "Only for businesses with a site."


def tree_with_if(folder: Path, cond: dict[str, Any] | None) -> Path:
    """tiny.json, with (unless ``cond`` is None) a +5 for the newsletter under ``cond``."""
    data = tiny_data()
    if cond is not None:
        yes = next(o for o in data["nodes"]["site"]["options"] if o["id"] == "yes")
        yes["effects"].append({"item": "newsletter", "score": 5, "because": B2B_ONLY, "x-if": cond})
    folder.mkdir(exist_ok=True)
    path = folder / "tiny.json"
    path.write_text(json.dumps(data))
    return path


def mix_for(tree: Path, audience: str) -> tuple[Mix, Outcome]:
    answers = {"name": "A", "audience": audience, "formats": ["photos"], "hours": 3, "site": "yes"}
    file = tree.parent / f"answers-{audience}.json"
    file.write_text(json.dumps({"format": 1, "tree": "tiny", "answers": answers}))
    loaded = load_tree(tree)
    session, _ = replay(loaded, read_answers(file))
    path = session.answered_path()
    return choose(loaded.tree, path), Scorer(loaded.tree).score(path)


def newsletter(mix: Mix) -> Row | None:
    return next((r for r in (*mix.picked, *mix.considered) if r.item_id == "newsletter"), None)


@pytest.mark.parametrize("audience, holds", [("b2b", True), ("b2c", False)])
def test_the_effect_counts_only_where_its_condition_holds(
    tmp_path: Path, audience: str, holds: bool
) -> None:
    mix, out = mix_for(tree_with_if(tmp_path / "if", {"answer": "audience", "is": "b2b"}), audience)
    plain, plain_out = mix_for(tree_with_if(tmp_path / "plain", None), audience)
    at = list(mix.tree.items).index("newsletter")
    assert out.scores[at] - plain_out.scores[at] == (5 if holds else 0)
    row = newsletter(mix)
    assert (row is not None and B2B_ONLY in [r.text for r in row.reasons]) is holds
    if not holds:  # the effect that does not hold leaves the mix as if it were not there
        assert [r.item_id for r in mix.picked] == [r.item_id for r in plain.picked]
    # the audit's scorer agrees with choose
    assert list(out.picked) == [r.item_id for r in mix.picked]
    if row is not None:
        assert out.scores[at] == row.score


def test_a_condition_on_an_unknown_question_is_a_located_error(tmp_path: Path) -> None:
    result = check_file(tree_with_if(tmp_path, {"answer": "audiense", "is": "b2b"}))
    errors = [str(p) for p in result.problems if p.severity == "error"]
    assert any("unknown question 'audiense'" in e and "effects" in e for e in errors), errors


def test_a_condition_naming_an_unknown_option_is_a_located_error(tmp_path: Path) -> None:
    result = check_file(tree_with_if(tmp_path, {"answer": "audience", "is": "b2x"}))
    errors = [str(p) for p in result.problems if p.severity == "error"]
    assert any("no option 'b2x'" in e and "if" in e for e in errors), errors


def test_an_effect_with_a_bare_if_is_an_unknown_key(tmp_path: Path) -> None:
    # TREE-FORMAT.md: unknown keys are errors except x- ones, so the extension is spelled x-if.
    data = tiny_data()
    yes = next(o for o in data["nodes"]["site"]["options"] if o["id"] == "yes")
    yes["effects"].append(
        {"item": "newsletter", "because": B2B_ONLY, "if": {"answer": "audience", "is": "b2b"}}
    )
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(data))
    errors = [str(p) for p in check_file(path).problems if p.severity == "error"]
    assert any("if" in e and "effects" in e for e in errors), errors
