"""The autosave and resume, without the app: what is written, what is read back, who holds what."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import TREES, saved_and_restored
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree, load_tree
from toolmix.model.nodes import InfoNode, MultiNode, NumberNode, SingleNode
from toolmix.store.autosave import claim
from toolmix.store.resume import offer_words, restore
from toolmix.store.settings import read_settings

TINY = load_tree(TREES / "tiny.json")
NUMBERS = [3, 1, 0.5, 2, 10]


def step(session: Session, choice: int) -> None:
    """One move forward with a valid answer picked by ``choice``."""
    node = session.node
    if isinstance(node, InfoNode):
        session.proceed()
    elif isinstance(node, SingleNode):
        opts = session.visible_options()
        session.answer(opts[choice % len(opts)].id)
    elif isinstance(node, MultiNode):
        opts = session.visible_options()
        session.answer([opts[choice % len(opts)].id])
    elif isinstance(node, NumberNode):
        session.answer(NUMBERS[choice % len(NUMBERS)])
    else:
        session.answer(f"name {choice}")


def play(loaded: LoadedTree, moves: list[int | None]) -> Session:
    """A walk of answers (ints) and steps back (None)."""
    session = Session(loaded)
    for move in moves:
        if move is None:
            session.back()
        elif not session.finished:
            step(session, move)
    return session


def state(session: Session) -> tuple[Any, ...]:
    ahead = {k: v for k, v in session.remembered.items() if v is not None}
    return session.path, session.answers, ahead, session.finished


@pytest.mark.parametrize("backs", [0, 1, 2, 3, 4, 5])
def test_answers_after_the_question_gone_back_to_are_saved_and_offered(
    tmp_path: Path, backs: int
) -> None:
    """Five answers (name, audience, formats, camera, hours), then back ``backs`` times."""
    live = play(TINY, [0, 1, 0, 0, 0, *[None] * backs])
    assert len(live.answers) + len(live.remembered) >= 5
    back = saved_and_restored(tmp_path, live)
    assert state(back) == state(live)
    assert back.previous_answer() == live.previous_answer()
    saved = json.loads((tmp_path / "tiny.json").read_text())
    assert saved["answers"] == {
        "name": "name 0",
        "audience": "b2c",
        "formats": ["video"],
        "camera": "yes",
        "hours": 3,
    }


@given(st.lists(st.none() | st.integers(0, 20), max_size=25))
def test_any_walk_with_steps_back_resumes_in_the_same_state(moves: list[int | None]) -> None:
    import tempfile

    live = play(TINY, moves)
    with tempfile.TemporaryDirectory() as folder:
        back = saved_and_restored(Path(folder), live)
    assert state(back) == state(live)
    assert back.previous_answer() == live.previous_answer()


def test_a_second_claim_takes_a_file_of_its_own_and_neither_is_lost(tmp_path: Path) -> None:
    a = claim(tmp_path, "tiny")
    a.autosave.save(play(TINY, [0, 1, 0, 0, 0]))
    b = claim(tmp_path, "tiny")
    assert b.autosave.path != a.autosave.path and b.saved is None and b.held_elsewhere == 1
    b.autosave.save(play(TINY, [5]))
    a.autosave.save(play(TINY, [0, 1, 0, 0, 0, 0]))
    b.autosave.clear()  # what 'start over' used to do: only b's own file goes
    first = json.loads(a.autosave.path.read_text())
    assert len(first["answers"]) == 6
    a.autosave.release()
    c = claim(tmp_path, "tiny")
    assert c.autosave.path == a.autosave.path
    assert c.saved is not None and len(c.saved.answers) == 6


def test_a_killed_holder_frees_its_file_for_the_next_start(tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from toolmix.store.autosave import claim; "
            "c = claim(Path(sys.argv[1]), 'tiny'); print(c.autosave.path.name, flush=True); "
            "time.sleep(60)",
            str(tmp_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "tiny.json"
        (tmp_path / "tiny.json").write_text(
            json.dumps(
                {
                    "format": 1,
                    "tree": "tiny",
                    "answers": {"name": "A"},
                    "x-path": ["name", "audience"],
                }
            )
        )
        while_held = claim(tmp_path, "tiny")
        assert while_held.autosave.path.name == "tiny+2.json" and while_held.held_elsewhere == 1
        while_held.autosave.release()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    after = claim(tmp_path, "tiny")
    assert after.autosave.path.name == "tiny.json"
    assert after.saved is not None and after.saved.answers == {"name": "A"}


GOOD = {"format": 1, "tree": "tiny", "answers": {"name": "ACME", "audience": "b2c"}}


@pytest.mark.parametrize(
    "extras",
    [
        {"x-saved": "yesterday"},
        {"x-saved": [1]},
        {"x-saved": True},
        {"x-path": 5},
        {"x-path": [1, None, "audience"]},
        {"x-read": {"a": 1}},
        {"x-finished": "yes"},
    ],
    ids=[
        "x-saved text",
        "x-saved list",
        "x-saved bool",
        "x-path number",
        "x-path mixed",
        "x-read object",
        "x-finished text",
    ],
)
def test_wrong_extra_keys_keep_the_answers(tmp_path: Path, extras: dict[str, Any]) -> None:
    (tmp_path / "tiny.json").write_text(json.dumps({**GOOD, **extras}))
    found = claim(tmp_path, "tiny")
    assert found.problems == [] and found.saved is not None
    restored = restore(TINY, found.saved)
    kept = {**restored.session.answers, **restored.session.remembered}
    assert kept == {"name": "ACME", "audience": "b2c"} and restored.count == 2


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"\xff\xfe",
        b"[1, 2]",
        b"",
        b"[" * 100_000 + b"]" * 100_000,
        json.dumps({**GOOD, "tree": "other"}).encode(),
        json.dumps({**GOOD, "answers": [1]}).encode(),
    ],
    ids=[
        "not JSON",
        "not UTF-8",
        "a list",
        "empty",
        "nested 100,000 deep",
        "another tree",
        "answers a list",
    ],
)
def test_an_unreadable_session_is_set_aside_reported_and_a_new_one_started(
    tmp_path: Path, content: bytes
) -> None:
    (tmp_path / "tiny.json").write_bytes(content)
    found = claim(tmp_path, "tiny")
    kept = list(tmp_path.glob("tiny.json.unreadable-*"))
    assert found.saved is None and len(found.problems) == 1
    assert len(kept) == 1 and kept[0].read_bytes() == content
    assert kept[0].name in found.problems[0] and "cannot be read" in found.problems[0]
    assert found.autosave.path == tmp_path / "tiny.json"


@pytest.mark.parametrize(
    "value",
    [True, None, {"a": 1}, [1, 2], ["b2c"] * 5000],
    ids=[
        "bool",
        "null",
        "object",
        "numbers",
        "5,000 ids",
    ],
)
def test_answers_of_no_kind_a_question_takes_are_dropped_not_fatal(
    tmp_path: Path, value: Any
) -> None:
    answers = {"name": "ACME", "audience": "b2c", "formats": value, "hours": value}
    saved_text = json.dumps({"format": 1, "tree": "tiny", "answers": answers}, allow_nan=True)
    (tmp_path / "tiny.json").write_text(saved_text)
    found = claim(tmp_path, "tiny")
    assert found.saved is not None
    restored = restore(TINY, found.saved)
    assert restored.session.current == "formats" and restored.count == 2
    assert "formats" in restored.dropped


@pytest.mark.parametrize(
    ("key", "number"),
    [
        ("hours", "1e400"),
        ("hours", "1" + "0" * 400),
        ("hours", "-1" + "0" * 18),
        ("x-saved", "1e400"),
    ],
    ids=["1e400", "400 digits", "huge negative", "x-saved 1e400"],
)
def test_numbers_json_allows_but_no_answer_takes(tmp_path: Path, key: str, number: str) -> None:
    """Too big for any question: the answer is dropped, or the file set aside, never a crash."""
    answers = '"name": "A", "audience": "b2c"' + (f', "hours": {number}' if key == "hours" else "")
    extra = f', "x-saved": {number}' if key == "x-saved" else ""
    text = f'{{"format": 1, "tree": "tiny", "answers": {{{answers}}}{extra}}}'
    (tmp_path / "tiny.json").write_text(text)
    found = claim(tmp_path, "tiny")
    if found.saved is None:
        kept = list(tmp_path.glob("tiny.json.unreadable-*"))
        assert len(found.problems) == 1 and [p.read_text() for p in kept] == [text]
    else:
        restored = restore(TINY, found.saved)
        assert restored.count == 2 and restored.dropped == (["hours"] if key == "hours" else [])


def test_the_offer_counts_only_answers_that_still_fit(tmp_path: Path) -> None:
    answers = {"name": "ACME", "audience": "b2c", "formats": ["writing"], "gone": "x", "hours": 3}
    (tmp_path / "tiny.json").write_text(
        json.dumps({"format": 1, "tree": "tiny", "answers": answers})
    )
    found = claim(tmp_path, "tiny")
    assert found.saved is not None
    restored = restore(TINY, found.saved)
    # 'writing' is only offered to businesses; 'gone' is no node of the tree
    assert restored.count == 3 and sorted(restored.dropped) == ["formats", "gone"]
    question, yes, no = offer_words(restored)
    assert "with 3 answers" in question and "2 saved answers no longer fit" in question
    assert (yes, no) == ("Resume", "Start afresh")


def test_a_finished_session_is_offered_as_its_result(tmp_path: Path) -> None:
    finished = play(TINY, [0, 1, 1, 0, 0])
    assert finished.finished
    back = saved_and_restored(tmp_path, finished)
    assert back.finished and back.answers == finished.answers
    question, yes, _no = offer_words(restore(TINY, claim(tmp_path, "tiny").saved))  # type: ignore[arg-type]
    assert (
        "ended with a result: The steady mix (5 answers)" in question and yes == "Show the result"
    )


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dictionaries(
        st.sampled_from(["answers", "x-path", "x-read", "x-saved", "x-finished"]),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
            lambda c: (
                st.lists(c, max_size=4)
                | st.dictionaries(
                    st.sampled_from(["name", "audience", "formats", "hours", "site", "x"]),
                    c,
                    max_size=4,
                )
            ),
            max_leaves=8,
        ),
    )
)
def test_any_saved_content_gives_a_session_or_is_set_aside(extras: dict[str, Any]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        doc = {"format": 1, "tree": "tiny", **extras}
        (folder / "tiny.json").write_text(json.dumps(doc, allow_nan=True))
        found = claim(folder, "tiny")
        if found.saved is None:
            assert len(list(folder.glob("tiny.json.unreadable-*"))) == 1
        else:
            restored = restore(TINY, found.saved)
            assert restored.count <= len(found.saved.answers)


@pytest.mark.parametrize(
    "content",
    [b"[" * 100_000 + b"]" * 100_000, b"{not json", b"\xff", b'"nord"'],
    ids=["nested 100,000 deep", "not JSON", "not UTF-8", "a string"],
)
def test_a_bad_settings_file_is_set_aside_and_reported(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    started = time.monotonic()
    settings, problem = read_settings(path)
    assert time.monotonic() - started < 10
    kept = list(tmp_path.glob("settings.json.unreadable-*"))
    assert settings == {} and problem is not None and not path.exists()
    assert len(kept) == 1 and kept[0].read_bytes() == content and kept[0].name in problem
