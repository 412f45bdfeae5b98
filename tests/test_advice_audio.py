"""Audio and podcasts in the social tool mix (issue 17, session 6: the review-6 podcast persona).

A show that is sound gets its place in the podcast apps first, Instagram only if it will make
pictures or clips, and a podcast the person already publishes is kept rather than started again
(tests/personas/local-podcast-au, interview-podcast-hobby, church-talks-audio).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE
from toolmix.cli.main import main


def result(answers: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Any:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps({"format": 1, "tree": "social-tool-mix", "answers": answers}))
    assert main(["answer", "social-tool-mix", "--answers", str(path), "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def persona(name: str) -> dict[str, Any]:
    answers: dict[str, Any] = json.loads((HERE / "personas" / f"{name}.json").read_text())[
        "answers"
    ]
    return answers


def test_instagram_comes_only_with_pictures_or_clips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = persona("local-podcast-au")
    assert "instagram" in answers["gather"]
    answers["audio-clips"] = "no"
    without = result(answers, tmp_path, capsys)
    assert "instagram" in [row["item"] for row in without["ruled_out"]]
    answers["audio-clips"] = "clips"
    clips = result(answers, tmp_path, capsys)
    assert "instagram" not in [row["item"] for row in clips["ruled_out"]]
    assert "repurpose" in [row["item"] for row in clips["picked"] + clips["considered"]]


def test_the_clips_question_is_asked_only_of_audio_makers_who_name_instagram(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = persona("local-podcast-au")
    assert "audio-clips" in result(answers, tmp_path, capsys)["path"]
    answers["formats"] = [f for f in answers["formats"] if f != "audio"]
    del answers["audio-clips"]
    assert "audio-clips" not in result(answers, tmp_path, capsys)["path"]


def test_a_new_show_goes_into_the_apps_in_week_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    picked = {
        row["item"]: row for row in result(persona("local-podcast-au"), tmp_path, capsys)["picked"]
    }
    assert picked["podcast_apps"]["when"] == "this_week"


def test_a_podcast_already_published_is_kept_not_started_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = persona("interview-podcast-hobby")
    assert "podcast" in answers["already"]
    out = result(answers, tmp_path, capsys)
    assert "podcast_kept" in [row["item"] for row in out["picked"]]
    assert "podcast_apps" in [row["item"] for row in out["ruled_out"]]


def test_a_new_show_keeps_its_listing_at_one_hour(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # At 30 minutes a week for the listing, the podcast at one hour had a Facebook Page and
    # a letter but no show in the apps; the show comes before a new network now.
    answers = persona("local-podcast-au")
    answers["hours"] = 1
    picked = [row["item"] for row in result(answers, tmp_path, capsys)["picked"]]
    assert "podcast_apps" in picked
    assert picked.index("podcast_apps") < picked.index("facebook_page")
