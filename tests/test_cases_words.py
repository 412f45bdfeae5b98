"""``x-expect`` ``says`` / ``never_says``: words a plan must say, or must never say."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, TREES
from toolmix.cli.main import main
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.cases import plan_texts
from toolmix.engine.selection import choose
from toolmix.load.loader import load_tree

TINY = TREES / "tiny.json"
ANSWERS: dict[str, Any] = json.loads((HERE / "tiny-answers.json").read_text())


def case(tmp_path: Path, expect: object) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps({**ANSWERS, "x-expect": expect}))
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["test", str(TINY), *args])
    return code, capsys.readouterr().out


def said(tmp_path: Path) -> list[tuple[str, str]]:
    """What the tiny tree's plan says for these answers, from the engine."""
    loaded = load_tree(TINY)
    session, _warnings = replay(loaded, read_answers(case(tmp_path, {})))
    return plan_texts(choose(loaded.tree, session.answered_path()))


def test_the_plan_texts_are_the_picks_steps_routines_and_reasons(tmp_path: Path) -> None:
    loaded = load_tree(TINY)
    session, _warnings = replay(loaded, read_answers(case(tmp_path, {})))
    mix = choose(loaded.tree, session.answered_path())
    texts = [t for _where, t in plan_texts(mix)]
    for row in mix.picked:
        for text in (row.item.first_step, row.item.routine, *(r.text for r in row.reasons)):
            assert not text or text in texts
    for row in mix.considered + mix.ruled_out:
        assert (row.item_id, row.item.first_step) not in plan_texts(mix)


def test_never_says_fails_on_words_the_plan_says_case_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    where, text = said(tmp_path)[0]
    words = " ".join(text.split()[1:3]).upper()
    code, out = run(capsys, str(case(tmp_path, {"never_says": [words, "zqx nowhere"]})))
    assert code == 1
    assert f"says '{words}', which it must not (in {where})" in out
    assert "zqx nowhere" not in out


def test_says_passes_on_the_plans_words_and_fails_on_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = [" ".join(text.split()[:2]) for _where, text in said(tmp_path)]
    code, out = run(capsys, str(case(tmp_path, {"says": words, "never_says": ["zqx nowhere"]})))
    assert (code, out.count("PASS")) == (0, 1)
    code, out = run(capsys, str(case(tmp_path, {"says": [*words, "zqx nowhere"]})))
    assert code == 1
    assert "does not say 'zqx nowhere'" in out


def test_diff_shows_the_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _where, text = said(tmp_path)[0]
    code, out = run(capsys, "--diff", str(case(tmp_path, {"never_says": [text]})))
    assert code == 1
    assert f"! says '{text}'" in out


@pytest.mark.parametrize("words", ["counter", [""], [3], ["  "]])
def test_words_must_be_a_list_of_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: object
) -> None:
    for key in ("says", "never_says"):
        code, out = run(capsys, str(case(tmp_path, {key: words})))
        assert code == 1
        assert f"x-expect '{key}' must be a list of words" in out


def test_words_are_whole_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """'league' is not said by 'colleagues': a part of a word the plan says is not said."""
    texts = " ".join(t for _where, t in said(tmp_path))
    word = max(re.findall(r"\w+", texts), key=len)
    part = word[1:]
    assert not re.search(rf"(?<!\w){part}(?!\w)", texts, re.IGNORECASE)
    code, out = run(capsys, str(case(tmp_path, {"never_says": [part], "says": [word.upper()]})))
    assert (code, out.count("PASS")) == (0, 1)


def test_never_says_reads_what_ruled_out_tells_the_person_and_says_does_not(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Review 10: a council's plan put up its first page this week while *Ruled out*
    # said "one page of your own comes in month 2"; never_says read only the plan.
    answers = {**ANSWERS["answers"], "formats": ["none"]}
    path = tmp_path / "case.json"
    expect = {"never_says": ["TikTok is NOT"], "says": ["TikTok is not"]}
    path.write_text(json.dumps({**ANSWERS, "answers": answers, "x-expect": expect}))
    code, out = run(capsys, str(path))
    assert code == 1
    assert "says 'TikTok is NOT', which it must not (in tiktok (ruled out))" in out
    assert "does not say 'TikTok is not'" in out  # says wants the words in the plan itself
