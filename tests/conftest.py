"""Shared fixtures: the test trees, and helpers to write trees to disk."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.plan_weeks import FirstSteps
from toolmix.engine.selection import Mix, choose
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree, check_file, load_tree
from toolmix.load.translate.side import is_side_file
from toolmix.store.autosave import claim
from toolmix.store.resume import restore
from toolmix.text.i18n import use_language

# CI: a fixed budget and a fixed seed. Locally: TOOLMIX_FUZZ=long for a longer, random run.
# No deadline per example (as docs/reliability.md says): on a loaded 2-core machine a first
# example can take longer than hypothesis's default 200 ms without anything being wrong.
settings.register_profile("ci", max_examples=150, derandomize=True, deadline=None)
settings.register_profile("long", max_examples=5000, deadline=None)
settings.load_profile("long" if os.environ.get("TOOLMIX_FUZZ") == "long" else "ci")

# Trees loaded while tests are collected must not reach the user's cache either.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="toolmix-test-cache-")
os.environ.pop("TOOLMIX_NO_CACHE", None)

HERE = Path(__file__).parent
ROOT = HERE.parent
TREES = HERE / "trees"
SHIPPED = ROOT / "trees"
#: The shipped trees (not the translations beside them, NAME.LANG.json).
SHIPPED_TREES = sorted(p for p in SHIPPED.glob("*.json") if not is_side_file(p))
#: A copy of the default tree as it was when the UI tests were written: a change to the
#: shipped content does not change what they see.
UI_MAIN = TREES / "ui" / "social-tool-mix.json"
GOLDEN = HERE / "golden"
#: A full set of valid answers to tiny.json (video and photos, on camera, 4 hours).
TINY_ANSWERS = {
    "name": "ACME",
    "audience": "b2c",
    "formats": ["video", "photos"],
    "camera": "yes",
    "hours": 4,
    "site": "yes",
}


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never read or write the real user's folders from a test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    # No documents folder (the export offers it first), whatever the real home holds.
    (home / "config").mkdir()
    (home / "config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{home / "none"}"\n')
    monkeypatch.delenv("TOOLMIX_TREES", raising=False)
    # No tree is shown translated unless a test asks (--lang sets TOOLMIX_LANG:
    # set here, so that it is taken away again after each test).
    monkeypatch.setenv("TOOLMIX_LANG", "")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    # The app's own words in English too, whatever an earlier test (or main --lang) chose.
    use_language(None)


def tiny_data() -> dict[str, Any]:
    return json.loads((TREES / "tiny.json").read_text())


def write_tiny(folder: Path, *, intro: str | None = None, **top: Any) -> Path:
    """tiny.json written to ``folder`` with another intro (None: none) and top-level keys."""
    data = {**tiny_data(), **top}
    data.pop("intro")
    if intro is not None:
        data["intro"] = intro
    path = folder / "tiny.json"
    path.write_text(json.dumps(data))
    return path


@pytest.fixture
def tiny() -> LoadedTree:
    return load_tree(TREES / "tiny.json")


@pytest.fixture
def write_json(tmp_path: Path) -> Callable[..., Path]:
    def write(data: Any, name: str = "tree.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, indent=2))
        return path

    return write


def make_tree(
    nodes: dict[str, Any],
    items: dict[str, Any] | None = None,
    groups: dict[str, Any] | None = None,
    **top: Any,
) -> dict[str, Any]:
    """A minimal valid tree around the given nodes (start is the first node)."""
    return {
        "format": 1,
        "id": "t",
        "title": "T",
        "version": "1",
        "start": next(iter(nodes)),
        "groups": groups if groups is not None else {"g": {"title": "G"}},
        "items": items if items is not None else {},
        "nodes": nodes,
        **top,
    }


def check_golden(actual: str, golden: Path) -> None:
    """``actual`` is the golden file's text (``TOOLMIX_UPDATE_GOLDEN=1`` writes it instead)."""
    if os.environ.get("TOOLMIX_UPDATE_GOLDEN"):
        golden.write_text(actual)
    assert actual == golden.read_text(), (
        f"regenerate with TOOLMIX_UPDATE_GOLDEN=1 if intended: {golden}"
    )


def tree_mix(tree: Path, answers: Path) -> Mix:
    """The mix a tree gives the answers of an answers file."""
    loaded = load_tree(tree)
    session, _ = replay(loaded, read_answers(answers))
    return choose(loaded.tree, session.answered_path())


def persona_mix(persona: str, **changes: object) -> Mix:
    """The mix the shipped social-tool-mix tree gives a persona of tests/personas (by file stem),
    with ``changes`` made to its answers (question id: answer)."""
    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    answers = read_answers(HERE / "personas" / f"{persona}.json")
    answers.answers.update(changes)  # type: ignore[arg-type]
    session, _ = replay(loaded, answers)
    return choose(loaded.tree, session.answered_path())


def tiny_with_plan(tmp_path: Path, plan: object) -> Path:
    """tiny.json with ``plan`` as its ``x-plan``, written to ``tmp_path``."""
    data = tiny_data()
    data["x-plan"] = plan
    path = tmp_path / "tiny-plan.json"
    path.write_text(json.dumps(data))
    return path


def tiny_answers_mix(tree: Path, tmp_path: Path, **changes: object) -> Mix:
    """The mix ``tree`` gives tests/tiny-answers.json with ``changes`` made to its answers."""
    case = json.loads((HERE / "tiny-answers.json").read_text())
    case["answers"].update(changes)
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(case))
    return tree_mix(tree, path)


def assert_located_error(tree: Path, message: str, where: str) -> None:
    """Checking ``tree`` finds an error that says ``message`` and names ``where`` (its place)."""
    errors = [p for p in check_file(tree).problems if p.severity == "error"]
    assert errors and any(message in str(p) and where in str(p) for p in errors), errors


#: In :func:`slots`, a month's slot is MONTH_SLOT + its number: after every week of the first.
MONTH_SLOT = 100


def slots(steps: FirstSteps) -> dict[str, tuple[int, int]]:
    """Each step's (week, place in its list): 0 this week, 1 next week, 2 the week after,
    ...; from month 2 on, MONTH_SLOT + its month."""
    at = {s.item: (0, j) for j, s in enumerate(steps.this_week)}
    at |= {s.item: (1, j) for j, s in enumerate(steps.next_week)}
    at |= {s.item: (s.week - 1, j) for j, s in enumerate(steps.later_weeks)}
    return at | {s.item: (MONTH_SLOT + s.month, j) for j, s in enumerate(steps.month_two)}


#: Twins: a Page and a group chat the person runs already (kept) or would start.
KEPT_OR_NEW = TREES / "explore" / "kept-or-new.json"
#: Runs a Page and a group chat (both kept), no letter, 3 hours, plain tips.
RUNS_BOTH: dict[str, Any] = {
    "already": ["page", "chat"],
    "letter": "no",
    "hours": 3,
    "style": "plain",
}


def kept_or_new_file(tmp_path: Path, *, x_plan: bool = True) -> Path:
    """A copy of kept-or-new.json under ``tmp_path``; without its x-plan (no twins) if asked."""
    data = json.loads(KEPT_OR_NEW.read_text())
    if not x_plan:
        del data["x-plan"]
    path = tmp_path / "kept-or-new.json"
    path.write_text(json.dumps(data))
    return path


def saved_and_restored(tmp_path: Path, session: Session) -> Session:
    """A session on tiny.json autosaved under ``tmp_path``, claimed again and restored."""
    found = claim(tmp_path, "tiny")
    found.autosave.save(session)
    found.autosave.release()
    again = claim(tmp_path, "tiny")
    again.autosave.release()
    assert again.saved is not None and again.problems == []
    return restore(load_tree(TREES / "tiny.json"), again.saved).session


def matters_lines(screen: Any) -> list[str]:
    """The result's "What matters most" as plain text: its title, then one line per answer."""
    title, *rows = screen.query_one("#matters").children
    parts = [[title], *(list(row.children) for row in rows)]
    return ["".join(str(part.render()) for part in row) for row in parts]
