"""Exploring a result headless, to the contract: --what-if, --why-not and compare (EXPLORE.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, TREES
from toolmix.cli.main import main

TINY = str(TREES / "tiny.json")
BASE: dict[str, Any] = json.loads((HERE / "tiny-answers.json").read_text())
# ACME: people (b2c), video and photos, fine on camera, 4 hours, has a site.
# The mix: instagram, site, reply (3.5 h); tiktok considered, over budget.


def answers(tmp_path: Path, name: str = "a.json", **changes: Any) -> str:
    path = tmp_path / name
    path.write_text(json.dumps({**BASE, "answers": {**BASE["answers"], **changes}}))
    return str(path)


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    assert main([*args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def fails(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 1
    return capsys.readouterr().err


def test_what_if_single(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = run(capsys, "answer", TINY, "--answers", answers(tmp_path), "--what-if", "audience")
    assert found == {
        "question": "audience",
        "current": "b2c",
        "alternatives": [
            {
                "answer": "b2b",
                "result_node": "done",
                # LinkedIn (1.5 h) and Instagram (2 h) leave no room for the site (1 h) in 4 hours.
                "effort": 4,
                "added": ["linkedin"],
                "removed": ["site"],
                "dropped": [],
                "needs": None,
            }
        ],
    }


def test_what_if_multi_toggles_drop_and_need(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = run(capsys, "answer", TINY, "--answers", answers(tmp_path), "--what-if", "formats")
    by_answer = {tuple(a["answer"]): a for a in found["alternatives"]}
    # Without video, camera is not asked: dropped. 'writing' is hidden (b2b only): not tried.
    assert list(by_answer) == [("photos",), ("video",), ("none",)]
    assert by_answer[("photos",)]["dropped"] == ["camera"]
    assert by_answer[("video",)]["dropped"] == []
    # "None of these" rules TikTok out, which was not picked anyway: the same mix.
    assert (by_answer[("none",)]["added"], by_answer[("none",)]["removed"]) == ([], [])


def test_what_if_needs_an_answer_not_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = answers(tmp_path, formats=["photos"])
    data = json.loads(Path(path).read_text())
    del data["answers"]["camera"]
    Path(path).write_text(json.dumps(data))
    found = run(capsys, "answer", TINY, "--answers", path, "--what-if", "formats")
    video = next(a for a in found["alternatives"] if a["answer"] == ["video", "photos"])
    assert video == {
        "answer": ["video", "photos"],
        "result_node": None,
        "effort": None,
        "added": None,
        "removed": None,
        "dropped": [],
        "needs": "camera",
    }


def test_what_if_number_and_given_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = run(capsys, "answer", TINY, "--answers", answers(tmp_path), "--what-if", "hours")
    # The other range's smallest allowed value.
    assert [a["answer"] for a in found["alternatives"]] == [0]
    given = run(capsys, "answer", TINY, "--answers", answers(tmp_path), "--what-if", "hours=1.5,8")
    assert [a["answer"] for a in given["alternatives"]] == [1.5, 8]
    assert given["alternatives"][1]["added"] == ["tiktok"]


@pytest.mark.parametrize(
    ("what_if", "message"),
    [
        ("hours=1.3", "--what-if hours=1.3"),
        ("hours=lots", "'lots' is not a number"),
        ("audience=zz", "'zz' is not an option"),
        ("nosuch", "the tree has no question 'nosuch'"),
        ("formats=video", "values can be given for single and number questions"),
    ],
)
def test_what_if_refuses_what_is_not_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], what_if: str, message: str
) -> None:
    err = fails(capsys, "answer", TINY, "--answers", answers(tmp_path), "--what-if", what_if)
    assert message in err
    assert "Traceback" not in err


def test_why_not_considered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = run(capsys, "answer", TINY, "--answers", answers(tmp_path), "--why-not", "tiktok")
    assert found["status"] == "considered"
    assert found["why_not"] == "over budget"
    assert found["score"] == 3
    assert found["reasons"] == ["Short video reaches people.", "You can make video."]
    # More hours (the other range's smallest is 0: fewer) would not do; no single option does.
    assert all(c["question"] != "hours" or c["answer"] > 4 for c in found["changes"])


def test_why_not_ruled_out_and_not_candidate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    found = run(
        capsys,
        "answer",
        TINY,
        "--answers",
        answers(tmp_path, formats=["none"]),
        "--why-not",
        "tiktok",
    )
    assert (found["status"], found["why_not"], found["score"]) == ("ruled_out", None, None)
    linkedin = run(capsys, "answer", TINY, "--answers", answers(tmp_path), "--why-not", "linkedin")
    assert (linkedin["status"], linkedin["score"], linkedin["reasons"]) == ("not_candidate", 0, [])
    assert linkedin["changes"] == [
        {"question": "audience", "answer": "b2b", "result_node": "done", "effort": 4}
    ]


def test_why_not_unknown_item(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = fails(capsys, "answer", TINY, "--answers", answers(tmp_path), "--why-not", "tiktk")
    assert "unknown item 'tiktk' (did you mean 'tiktok'?)" in err


def test_compare_two_files_and_a_result_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = answers(tmp_path)
    b = answers(tmp_path, "b.json", audience="b2b")
    found = run(capsys, "compare", TINY, a, b)
    assert found == {
        "a": {"result_node": "done", "effort": 3.5, "picked": ["instagram", "site", "reply"]},
        "b": {"result_node": "done", "effort": 4, "picked": ["linkedin", "instagram", "reply"]},
        "only_a": ["site"],
        "only_b": ["linkedin"],
        "both": ["instagram", "reply"],
        "answers_differ": ["audience"],
    }
    result = tmp_path / "result.json"
    assert main(["answer", TINY, "--answers", b, "--format", "json", "-o", str(result)]) == 0
    capsys.readouterr()
    same = run(capsys, "compare", TINY, b, str(result))
    assert same["only_a"] == same["only_b"] == same["answers_differ"] == []
    several = run(capsys, "compare", TINY, a, b, str(result))
    assert [f["only_b"] for f in several] == [["linkedin"], ["linkedin"]]


def test_markdown_reports_read_as_sentences(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["answer", TINY, "--answers", answers(tmp_path), "--what-if", "audience"]) == 0
    out = capsys.readouterr().out
    assert "You answered: People." in out
    assert "- **Businesses**" in out and "in: LinkedIn" in out and "out: Website" in out
    assert main(["answer", TINY, "--answers", answers(tmp_path), "--why-not", "tiktok"]) == 0
    said = capsys.readouterr().out
    assert "It was considered, but it needs " in said and "than your hours leave." in said


def test_the_markdown_result_says_what_would_change_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["answer", TINY, "--answers", answers(tmp_path)]) == 0
    out = capsys.readouterr().out
    section = out.split("## What would change this plan")[1].split("\n## ")[0]
    assert "**Who buys from you?** With *Businesses*: LinkedIn would join" in section
    assert "| 3 | — | Reply within a day |" in section


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_comma_separates_values_in_every_language_and_spanish_is_told(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    """newuser7: in Spanish, where 2,5 is two and a half, hours=2,5 is still 2 and 5
    (EXPLORE.md's Q=V,V...), and a warning says how to write 2.5."""
    args = ["--lang", lang, "answer", TINY, "--answers", answers(tmp_path), "--what-if"]
    found = run(capsys, *args, "hours=2,5")
    assert [a["answer"] for a in found["alternatives"]] == [2, 5]
    assert main([*args, "hours=2,5"]) == 0
    err = capsys.readouterr().err
    if lang == "es":
        assert "2,5" in err and "2.5" in err
    else:
        assert err == ""
    run(capsys, *args, "hours=2.5")  # a point: no warning, in either language
    assert main([*args, "hours=2.5", "--format", "json"]) == 0
    assert capsys.readouterr().err == ""
    assert main([*args, "audience=b2c,b2b"]) == 0  # option ids: nothing to say
    assert capsys.readouterr().err == ""
