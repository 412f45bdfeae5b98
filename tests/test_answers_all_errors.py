"""An answers file with several wrong answers gets every one reported in one run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import HERE, TREES
from toolmix.cli.main import main
from toolmix.load.loader import load_tree

TINY = str(TREES / "tiny.json")
ANSWERS = json.loads((HERE / "tiny-answers.json").read_text())


def write(tmp_path: Path, **answers: object) -> str:
    path = tmp_path / "answers.json"
    data = {**ANSWERS, "answers": {**ANSWERS["answers"], **answers}, "x-expect": {"picked": []}}
    path.write_text(json.dumps(data))
    return str(path)


@pytest.mark.parametrize("command", ["answer", "test"])
def test_every_wrong_answer_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    # The first is wrong, so the walk stops there; the later two are checked all the same.
    path = write(tmp_path, audience="b2x", camera="maybe", hours=99)
    args = ["answer", TINY, "--answers", path] if command == "answer" else ["test", TINY, path]
    assert main(args) == 1
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "'b2x' is not an option" in out
    assert "'maybe' is not an option" in out
    assert "99" in out and "[answers.hours]" in out


def test_a_later_option_shown_by_the_files_own_answers_is_not_blamed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # 'writing' is shown only to b2b; the file says b2b, so only 'camera' is wrong.
    path = write(tmp_path, audience="b2b", formats=["writing"], camera="maybe", hours="four")
    assert main(["answer", TINY, "--answers", path]) == 1
    err = capsys.readouterr().err
    assert "formats" not in err
    assert "[answers.hours]" in err


def test_every_missing_answer_is_reported_with_its_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A partial file reported one missing answer at a time (newuser8 finding 10)."""
    path = tmp_path / "partial.json"
    path.write_text(json.dumps({"format": 1, "tree": "tiny", "answers": {"formats": ["photos"]}}))
    assert main(["answer", TINY, "--answers", str(path)]) == 1
    err = capsys.readouterr().err
    nodes = load_tree(TREES / "tiny.json").tree.nodes
    # audience is the first gap; hours and site come after it on the path; name may be empty.
    for node_id in ("audience", "hours", "site"):
        assert f"question '{node_id}': no answer given" in err
        assert f"“{nodes[node_id].text}”" in err  # type: ignore[union-attr]
    assert "'name'" not in err and "'formats'" not in err
