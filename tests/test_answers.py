"""The answers file: errors that name the node, warnings, save and replay round trips."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import TINY_ANSWERS
from toolmix.engine.answers_file import read_answers, replay, to_dict
from toolmix.engine.session import Session
from toolmix.load.loader import LoadedTree
from toolmix.model.problems import ToolmixError


def write(tmp_path: Path, answers: dict[str, Any], **top: Any) -> Path:
    data = {"format": 1, "tree": "tiny", "tree_version": "1.0.0", "answers": answers, **top}
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(data, indent=1))
    return path


def test_good_answers_replay_to_a_result(tiny: LoadedTree, tmp_path: Path) -> None:
    session, warnings = replay(tiny, read_answers(write(tmp_path, TINY_ANSWERS)))
    assert session.finished and warnings == []


@pytest.mark.parametrize(
    "change, message",
    [
        (
            {"audience": None},
            "question 'audience': no answer given; expected one option id of 'b2b', 'b2c'",
        ),
        (
            {"audience": "b2x"},
            "'b2x' is not an option of this question; expected one of 'b2b', 'b2c'",
        ),
        ({"formats": ["writing"]}, "option 'writing' is not offered here"),
        ({"formats": "video"}, "expected a list of option ids"),
        ({"hours": 100}, "question 'hours': 100 is out of range; expected a number from 0 to 40"),
        ({"hours": "four"}, "expected a number"),
        ({"name": 7}, "question 'name': got the number 7; expected a text"),
    ],
)
def test_answer_errors_name_node_given_and_allowed(
    tiny: LoadedTree, tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    answers = {**TINY_ANSWERS, **change}
    answers = {k: v for k, v in answers.items() if v is not None}
    with pytest.raises(ToolmixError) as info:
        replay(tiny, read_answers(write(tmp_path, answers)))
    problem = info.value.problems[0]
    assert message in problem.message
    assert problem.file.endswith("answers.json") and problem.line > 0


def test_optional_text_may_be_missing(tiny: LoadedTree, tmp_path: Path) -> None:
    answers = {k: v for k, v in TINY_ANSWERS.items() if k != "name"}
    session, _ = replay(tiny, read_answers(write(tmp_path, answers)))
    assert session.answers["name"] == ""


def test_unreached_and_unknown_answers_warn(tiny: LoadedTree, tmp_path: Path) -> None:
    answers = {**TINY_ANSWERS, "formats": ["photos"], "camera": "yes", "bogus": 1}
    _, warnings = replay(tiny, read_answers(write(tmp_path, answers)))
    assert any("'camera' is ignored: the path does not reach it" in w for w in warnings)
    assert any("'bogus' is ignored: the tree has no such node" in w for w in warnings)


def test_other_tree_is_an_error_and_other_version_a_warning(
    tiny: LoadedTree, tmp_path: Path
) -> None:
    with pytest.raises(ToolmixError, match="for tree 'other', not 'tiny'"):
        replay(tiny, read_answers(write(tmp_path, TINY_ANSWERS, tree="other")))
    _, warnings = replay(tiny, read_answers(write(tmp_path, TINY_ANSWERS, tree_version="0.9")))
    assert any("version 0.9" in w for w in warnings)


@pytest.mark.parametrize(
    "data, message",
    [
        ({"format": 2, "tree": "tiny", "answers": {}}, "found format 2; expected 1"),
        ({"format": True, "tree": "tiny", "answers": {}}, "found format true; expected 1"),
        ({"format": None, "tree": "tiny", "answers": {}}, "found format null; expected 1"),
        # newuser6 #10: a missing key was "found format null".
        ({"tree": "tiny", "answers": {}}, "missing key 'format'; an answers file starts with"),
        ({"format": 1, "answers": {}}, "missing key 'tree'"),
        ({"format": 1, "tree": "tiny"}, "missing key 'answers'"),
        ({"format": 1, "tree": 3, "answers": {}}, "found the number 3 as 'tree'"),
        ({"format": 1, "tree": "tiny", "answers": []}, "found a list as 'answers'"),
        ({"format": 1, "tree": "tiny", "answers": {}, "answer": {}}, "did you mean 'answers'"),
    ],
)
def test_answers_file_shape(tmp_path: Path, data: dict[str, Any], message: str) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps(data))
    with pytest.raises(ToolmixError, match=message):
        read_answers(path)


def test_x_keys_are_kept_as_extras(tmp_path: Path) -> None:
    path = write(tmp_path, TINY_ANSWERS, **{"x-expect": {"picked": ["site"]}})
    assert read_answers(path).extras == {"x-expect": {"picked": ["site"]}}


def test_save_and_replay_round_trip(tiny: LoadedTree, tmp_path: Path) -> None:
    s = Session(tiny)
    for value in ["ACME", "b2c", ["video", "photos"], "yes", 4, "yes"]:
        s.answer(value)
    saved = to_dict(s)
    assert saved["answers"] == TINY_ANSWERS
    path = tmp_path / "saved.json"
    path.write_text(json.dumps(saved))
    again, _ = replay(tiny, read_answers(path))
    assert again.answered_path() == s.answered_path()
