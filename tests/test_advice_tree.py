"""The main tree's advice, measured by the audit (issue 17's "Done when" figures)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHIPPED, TREES
from toolmix.audit.advice import named_items, read_roles
from toolmix.audit.space import Audit, run_audit
from toolmix.load.loader import load_tree


@pytest.fixture(scope="module")
def audit() -> Audit:
    return run_audit(load_tree(SHIPPED / "social-tool-mix.json"))


def test_walks_with_an_hour_hold_a_channel_and_a_habit(audit: Audit) -> None:
    advice = audit.spread.advice
    assert advice is not None and advice.with_hours > 10_000
    assert advice.served / advice.with_hours >= 0.97


def test_no_walk_drops_a_home_base_the_person_has(audit: Audit) -> None:
    advice = audit.spread.advice
    assert advice is not None
    home = [rule for rule in advice.kept_asked if rule[0] == "homebase"]
    assert len(home) == 4 and all(advice.kept_asked[r] > 0 for r in home)
    assert [advice.dropped[r] for r in home] == [0, 0, 0, 0]


def test_no_pick_against_a_stated_constraint_and_no_empty_promise(audit: Audit) -> None:
    advice = audit.spread.advice
    assert advice is not None
    assert audit.spread.against == {}
    assert advice.promised == {}
    assert audit.items_never_picked == []


def test_a_result_naming_an_item_is_found() -> None:
    loaded = load_tree(TREES / "tiny.json")
    named = named_items(loaded.tree)
    # "The steady mix" names no item; the word "Website" inside another word would not count.
    assert named["done"] == []
    assert read_roles(loaded) is None  # tiny declares no x-audit: no advice section


def test_the_roles_are_read_from_the_loaded_tree_not_from_the_file_again(tmp_path: Path) -> None:
    path = tmp_path / "social-tool-mix.json"
    path.write_bytes((SHIPPED / "social-tool-mix.json").read_bytes())
    loaded = load_tree(path)
    declared = json.loads(path.read_text())["x-audit"]
    path.unlink()  # gone after the load: the roles came with the tree
    roles = read_roles(loaded)
    assert roles is not None
    assert roles.home == frozenset(declared["home"]) and roles.habits == frozenset(
        declared["habits"]
    )
