"""Numbers are finite and bounded: refused where they stand, in every file toolmix reads."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import HERE, TINY_ANSWERS, TREES, tiny_data
from parse_strategies import (
    bad_number_tokens,
    documents,
    good_number_tokens,
    number_anywhere,
    with_token,
)
from toolmix.cli.main import main
from toolmix.engine.answers_file import read_answers
from toolmix.load.loader import check_file
from toolmix.load.strict_json import parse_json
from toolmix.model.problems import ToolmixError
from toolmix.store.autosave import Autosave

FAST = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
ANSWERS = {"format": 1, "tree": "tiny", "tree_version": "1.0.0", "answers": TINY_ANSWERS}


def _refusal(text: str, file: str = "f.json") -> Any:
    with pytest.raises(ToolmixError) as info:
        parse_json(text.encode("utf-8", "surrogatepass"), file=file, clean=False)
    return info.value.problems


@FAST
@given(number_anywhere())
def test_a_bad_number_anywhere_is_refused_where_it_stands(
    case: tuple[str, tuple[Any, ...], tuple[int, int], str],
) -> None:
    text, path, where, token = case
    (problem, *_) = _refusal(text)
    assert problem.path == path  # x- keys too: they are checked before they are set apart
    assert (problem.line, problem.column) == where
    assert problem.file == "f.json"
    assert ("too small" if token.startswith("-") else "too large") in problem.message
    assert problem.message.startswith(token[:12])
    assert len(problem.message) < 200  # a 5,000-digit number is shown shortened


@FAST
@given(documents, st.data())
def test_numbers_inside_the_bound_are_kept_in_any_notation(doc: Any, data: st.DataObject) -> None:
    token = data.draw(good_number_tokens)
    text, _where = with_token(doc, ("v",), token)
    assert parse_json(text.encode("utf-8", "surrogatepass")).data["v"] == json.loads(token)


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_located(token: str) -> None:
    (problem,) = _refusal('{"a": 1,\n "b": [2, ' + token + "]}")
    assert (problem.line, problem.column, problem.path) == (2, 11, ("b", 1))
    assert problem.message == f"{token} is not JSON; expected a finite number"


def test_many_bad_numbers_are_counted_not_all_listed() -> None:
    problems = _refusal(json.dumps({"a": ["@"] * 1000}).replace('"@"', "1e400"))
    assert len(problems) == 21
    assert problems[-1].message == "and 980 more numbers out of range"


# --- in each kind of file -------------------------------------------------------------


@FAST
@given(number_anywhere(st.just(tiny_data())))
def test_a_tree_with_a_bad_number_gets_a_located_error(
    tmp_path: Path, case: tuple[str, tuple[Any, ...], tuple[int, int], str]
) -> None:
    text, path, where, _token = case
    file = tmp_path / "tree.json"
    file.write_text(text)
    result = check_file(file)
    assert result.tree is None
    assert (result.errors[0].path, result.errors[0].line, result.errors[0].column) == (
        path,
        *where,
    )


@FAST
@given(number_anywhere(st.just(ANSWERS)))
def test_an_answers_file_or_autosave_with_a_bad_number_is_refused(
    tmp_path: Path, case: tuple[str, tuple[Any, ...], tuple[int, int], str]
) -> None:
    text, path, where, _token = case
    file = tmp_path / "tiny.json"
    file.write_text(text)
    with pytest.raises(ToolmixError) as info:
        read_answers(file)
    assert (info.value.problems[0].path, info.value.problems[0].line) == (path, where[0])
    assert Autosave(tmp_path, "tiny").load() is None  # refused, not a crash on every start


# --- the commands that crashed ----------------------------------------------------------


def _tiny_with(token: str, old: str) -> str:
    text = (TREES / "tiny.json").read_text()
    assert old in text
    return text.replace(old, old.split(":")[0] + ": " + token, 1)


@pytest.mark.parametrize(
    "old, token, path",
    [
        ('"min": 0', "-1e400", "nodes.hours.min"),  # with a step: validate crashed
        ('"max": 40', "1e400", "nodes.hours.max"),
        ('"effort": 3', "1e309", "items.tiktok.effort"),  # "inf hours", Infinity in JSON
        ('"effort": 3', "9" * 400, "items.tiktok.effort"),
        ('"score": 3', "1" + "0" * 5000, "nodes.audience.options[0].effects[0].score"),
        ('"step": 0.5', "5e-324", None),  # tiny, not large: the step check must not crash
    ],
    ids=[
        "min-1e400",
        "max-1e400",
        "effort-1e309",
        "effort-400-digits",
        "score-5001-digits",
        "step-5e-324",
    ],
)
def test_validate_answer_and_list_never_crash_on_a_tree_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, token: str, path: str | None
) -> None:
    tree = tmp_path / "tiny.json"
    tree.write_text(_tiny_with(token, old))
    code = main(["validate", str(tree)])
    out = capsys.readouterr().out
    if path is None:
        assert code == 1 and "not a multiple of step" in out
        return
    assert code == 1
    assert f"[{path}]" in out and ("too large" in out or "too small" in out)
    assert out.startswith(f"{tree}:")
    assert main(["answer", str(tree), "--answers", str(HERE / "tiny-answers.json")]) == 1
    assert main(["list", "--trees", str(tmp_path)]) == 0
    assert "tiny" in capsys.readouterr().out


@pytest.mark.parametrize(
    "token",
    ["9" * 309, "1e400", "-1e400", "9" * 5000, "1e16"],
    ids=["309-digits", "1e400", "-1e400", "5000-digits", "1e16"],
)
def test_a_huge_answer_is_refused_by_answer_test_and_resume(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], token: str
) -> None:
    answers = tmp_path / "case.json"
    text, _where = with_token({**ANSWERS, "x-expect": {"picked": []}}, ("answers", "hours"), token)
    answers.write_text(text)
    tiny = str(TREES / "tiny.json")
    assert main(["answer", tiny, "--answers", str(answers)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"{answers}:1:") and "[answers.hours]" in err
    assert main(["test", tiny, str(answers)]) == 1
    assert "too " in capsys.readouterr().out
    answers.rename(tmp_path / "tiny.json")
    assert Autosave(tmp_path, "tiny").load() is None


def test_an_autosave_with_a_huge_saved_time_is_refused(tmp_path: Path) -> None:
    (tmp_path / "tiny.json").write_text(json.dumps(ANSWERS)[:-1] + ', "x-saved": 1e400}')
    assert Autosave(tmp_path, "tiny").load() is None


def test_an_autosave_keeps_its_x_keys(tmp_path: Path) -> None:
    (tmp_path / "tiny.json").write_text(
        json.dumps({**ANSWERS, "x-saved": 5.5, "x-finished": True, "x-path": ["name"]})
    )
    saved = Autosave(tmp_path, "tiny").load()
    assert saved is not None and (saved.finished, saved.path) == (True, ["name"])


@FAST
@given(bad_number_tokens)
def test_a_typed_number_out_of_bounds_is_an_answer_error(token: str) -> None:
    from toolmix.engine.answer_checks import AnswerError
    from toolmix.engine.session import Session
    from toolmix.load.loader import load_tree

    session = Session(load_tree(TREES / "tiny.json"))
    for answer in ("ACME", "b2c", ["photos"]):
        session.answer(answer)
    with pytest.raises(AnswerError, match="too large"):
        session.answer(float(token))  # what the app and `ask` make of the typed text
