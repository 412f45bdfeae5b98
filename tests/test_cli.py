"""The headless CLI: exit codes, output, files written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import HERE, TREES
from toolmix.cli.main import main

TINY = str(TREES / "tiny.json")
ANSWERS = str(HERE / "tiny-answers.json")


def test_validate_ok_and_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", TINY]) == 0
    assert "ok" in capsys.readouterr().out
    bad = str(HERE / "malformed" / "unknown-start.json")
    assert main(["validate", TINY, bad]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:6:12: error: unknown start node 'q0'" in out


def test_validate_strict_turns_warnings_into_errors(capsys: pytest.CaptureFixture[str]) -> None:
    warn = str(HERE / "malformed" / "unreachable-node.json")
    assert main(["validate", warn]) == 0
    assert main(["validate", "--strict", warn]) == 1


def test_validate_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    bad = str(HERE / "malformed" / "cycle.json")
    assert main(["validate", "--format", "json", bad]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is False
    assert {"file", "line", "column", "severity", "message", "path"} <= set(data["problems"][0])


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["validate"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["answer", TINY, "--format", "xml", "--answers", ANSWERS])
    assert info.value.code == 2


def test_answer_prints_json_and_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answer", TINY, "--answers", ANSWERS, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["item"] for p in data["picked"]] == ["instagram", "site", "reply"]
    assert main(["answer", TINY, "--answers", ANSWERS]) == 0
    assert capsys.readouterr().out.startswith("# ACME: The steady mix")


def test_answer_errors_exit_1_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": 1, "tree": "tiny", "answers": {"name": "x", "audience": "nope"}}')
    assert main(["answer", TINY, "--answers", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "question 'audience': 'nope' is not an option" in err
    assert "Traceback" not in err


def test_answer_by_tree_id_from_a_trees_folder(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(["answer", "tiny", "--trees", str(TREES), "--answers", ANSWERS, "--format", "json"])
        == 0
    )
    assert main(["answer", "tinny", "--trees", str(TREES), "--answers", ANSWERS]) == 1
    assert "did you mean 'tiny'" in capsys.readouterr().err


def test_output_file_is_written_and_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "mix.md"
    assert main(["answer", TINY, "--answers", ANSWERS, "-o", str(out)]) == 0
    assert out.read_text().startswith("# ACME")
    out.write_text("keep me")
    assert main(["answer", TINY, "--answers", ANSWERS, "-o", str(out)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "keep me"
    assert main(["answer", TINY, "--answers", ANSWERS, "-o", str(out), "--force"]) == 0
    assert out.read_text().startswith("# ACME")
    assert [p.name for p in tmp_path.iterdir()] == ["mix.md"]


def test_output_into_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answer", TINY, "--answers", ANSWERS, "-o", str(tmp_path / "no" / "mix.md")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_list_shows_trees_and_broken_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.json").write_text("{ nope")
    assert main(["list", "--trees", str(TREES), "--trees", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "tiny" in out and "BROKEN" in out and "invalid JSON" in out
    assert main(["list", "--format", "json", "--trees", str(tmp_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert any(r["broken"] for r in rows)


def test_same_id_later_folder_wins_with_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads(Path(TINY).read_text())
    data["title"] = "My own tiny"
    (tmp_path / "tiny.json").write_text(json.dumps(data))
    assert main(["list", "--trees", str(TREES), "--trees", str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert "My own tiny" in captured.out and "is used instead of" in captured.err


def test_user_trees_folder_is_searched(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from toolmix.load.discovery import user_trees_dir

    folder = user_trees_dir()
    folder.mkdir(parents=True)
    (folder / "tiny.json").write_text(Path(TINY).read_text())
    assert main(["list"]) == 0
    assert "user" in capsys.readouterr().out


def test_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["$schema"].endswith("2020-12/schema")
    assert {"format", "id", "nodes"} <= set(schema["properties"])
    assert main(["schema", "--write", str(tmp_path)]) == 0
    assert json.loads((tmp_path / "toolmix-tree.schema.json").read_text()) == schema


def test_graph_mermaid_and_dot(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", TINY]) == 0
    out = capsys.readouterr().out
    assert out.startswith("flowchart TD") and "formats has video" in out
    assert main(["graph", TINY, "--format", "dot"]) == 0
    out = capsys.readouterr().out
    assert out.startswith('digraph "tiny"') and "->" in out


def test_graph_escapes_labels(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(TREES / "hostile.json"), "--format", "dot"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    for line in out.splitlines():
        if "label=" in line:
            label = line.split('label="', 1)[1].rsplit('"', 1)[0]
            assert '"' not in label.replace('\\"', "")


def test_test_command_reports_pass_and_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = json.loads(Path(ANSWERS).read_text())
    good = {
        **answers,
        "x-expect": {
            "picked": ["instagram", "site", "reply"],
            "not_picked": ["tiktok"],
            "result_node": "done",
        },
    }
    bad = {**answers, "x-expect": {"picked": ["tiktok"], "result_node": "starter"}}
    (tmp_path / "good.json").write_text(json.dumps(good))
    (tmp_path / "bad.json").write_text(json.dumps(bad))
    assert main(["test", TINY, str(tmp_path / "good.json")]) == 0
    assert main(["test", TINY, str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "FAIL" in out and "expected picked but not: tiktok" in out
    assert "expected result node 'starter', got 'done'" in out
    assert "1 passed, 1 failed" in out


def test_version_and_paths(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert "toolmix" in capsys.readouterr().out
    assert main(["paths"]) == 0
    out = capsys.readouterr().out
    assert "sessions:" in out and "settings:" in out and "cache of checked trees:" in out
    assert "last results:" in out


def test_a_broken_tree_named_by_id_reports_its_own_problems(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "broken.json").write_text('{"format": 1, "id": "broken",')
    assert main(["answer", "broken", "--trees", str(tmp_path), "--answers", ANSWERS]) == 1
    err = capsys.readouterr().err
    assert "broken.json:1:" in err and "invalid JSON" in err and "no tree with id" not in err
