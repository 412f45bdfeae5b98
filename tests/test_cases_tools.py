"""``toolmix test`` catches mistakes in cases, shows warnings, explains and updates failures."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, TREES
from toolmix.cli.main import main

TINY = str(TREES / "tiny.json")
ANSWERS: dict[str, Any] = json.loads((HERE / "tiny-answers.json").read_text())
GOOD = {"picked": ["instagram", "site", "reply"], "not_picked": ["tiktok"], "result_node": "done"}


def case(tmp_path: Path, expect: object, name: str = "case.json", **answers: Any) -> Path:
    path = tmp_path / name
    data = {**ANSWERS, "answers": {**ANSWERS["answers"], **answers}, "x-expect": expect}
    path.write_text(json.dumps(data))
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["test", TINY, *args])
    return code, capsys.readouterr().out


@pytest.mark.parametrize(
    ("expect", "message"),
    [
        (
            {"picked": ["instagramm"]},
            "x-expect 'picked' names 'instagramm', which is not an item of the tree (did you mean 'instagram'?)",
        ),
        ({"not_picked": ["nothing"]}, "x-expect 'not_picked' names 'nothing'"),
        ({"result_node": "dne"}, "x-expect 'result_node' is 'dne', which is not a result node"),
        # A question is not a result.
        ({"result_node": "hours"}, "'hours', which is not a result node"),
        ({"picked": 5}, "x-expect 'picked' must be a list of item ids"),
        ({"result_node": ["done"]}, "x-expect 'result_node' must be the id of a result node"),
        (
            {"picked": ["site"], "pickd": []},
            "unknown x-expect key 'pickd' (did you mean 'picked'?)",
        ),
    ],
)
def test_mistakes_in_x_expect_fail_the_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], expect: object, message: str
) -> None:
    code, out = run(capsys, str(case(tmp_path, expect)))
    assert code == 1
    assert f"FAIL {tmp_path / 'case.json'}" in out
    assert message in out


def test_every_mistake_is_reported_at_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, str(case(tmp_path, {"picked": ["a1", "a2"], "result_node": "r"})))
    assert code == 1
    assert "'a1'" in out and "'a2'" in out and "'r'" in out


def test_warnings_are_shown_and_strict_fails_on_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'nosuch' is no question of the tree: replay ignores it with a warning.
    path = case(tmp_path, GOOD, nosuch="x")
    code, out = run(capsys, str(path))
    assert code == 0
    assert "PASS" in out
    assert "case.json:1:" in out and ": the answer for 'nosuch' is ignored" in out
    code, out = run(capsys, str(path), "--strict")
    assert code == 1
    assert "FAIL" in out and "0 passed, 1 failed" in out


def test_diff_explains_each_difference(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expect = {"picked": ["tiktok", "site"], "not_picked": ["instagram"], "result_node": "starter"}
    code, out = run(capsys, str(case(tmp_path, expect)), "--diff")
    assert code == 1
    lines = [line.strip() for line in out.splitlines()]
    tiktok = next(line for line in lines if line.startswith("- tiktok:"))
    assert tiktok.startswith("- tiktok: expected picked; now considered, over budget, score ")
    assert "3 h/week" in tiktok
    assert any(
        line.startswith("+ instagram: expected not picked; picked, score 4") for line in lines
    )
    assert any(line.startswith("+ reply: not expected; picked") for line in lines)
    assert "~ result: expected 'starter', now 'done'" in lines
    assert any(
        line.startswith("the mix now takes 3 hours 30 minutes of 4 hours a week") for line in lines
    )


def test_update_rewrites_the_expectation_and_keeps_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    expect = {
        "picked": ["tiktok"],
        "not_picked": ["instagram", "linkedin"],
        "result_node": "starter",
    }
    path = case(tmp_path, expect)
    data = json.loads(path.read_text())
    data["x-persona"] = "kept"
    path.write_text(json.dumps(data))
    code, out = run(capsys, str(path), "--update")
    assert code == 0
    assert "- tiktok: expected picked" in out  # the diff is shown first
    assert "0 passed, 0 failed, 1 updated" in out
    after = json.loads(path.read_text())
    assert after["x-expect"] == {
        "picked": ["instagram", "site", "reply"],
        "not_picked": ["linkedin"],  # instagram is picked now: no longer expected out
        "result_node": "done",
    }
    assert after["x-persona"] == "kept" and after["answers"] == data["answers"]
    assert run(capsys, str(path))[0] == 0


def test_update_leaves_broken_cases_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = case(tmp_path, {"picked": ["nope"]})
    before = path.read_text()
    code, out = run(capsys, str(path), "--update")
    assert code == 1
    assert path.read_text() == before
    assert "0 passed, 1 failed, 0 updated" in out
