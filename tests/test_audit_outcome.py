"""The audit's scorer agrees with the engine's ``choose`` on every walk it is given."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import SHIPPED, TREES
from toolmix.audit.walks import random_walks
from toolmix.engine.outcome import Scorer
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

TREE_FILES = [
    SHIPPED / "social-tool-mix.json",
    SHIPPED / "community-platform.json",
    TREES / "tiny.json",
    TREES / "essentials.json",
    TREES / "needs.json",
]
LOADED = {path.stem: load_tree(path) for path in TREE_FILES}


@pytest.mark.parametrize("name", sorted(LOADED))
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_scorer_agrees_with_choose(name: str, seed: int) -> None:
    loaded = LOADED[name]
    scorer = Scorer(loaded.tree)
    for walk in random_walks(loaded, 5, seed):
        steps = walk.steps
        mix = choose(loaded.tree, steps)
        out = scorer.score(steps)
        assert out.result_node == mix.result_node
        assert list(out.picked) == [r.item_id for r in mix.picked]
        assert list(out.considered) == [(r.item_id, r.why_not) for r in mix.considered]
        assert out.budget == mix.budget
        assert out.effort == pytest.approx(mix.picked_effort)
        assert out.required == {r.item_id for r in mix.picked if r.required}
