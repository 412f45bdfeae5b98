"""Every way the headless commands print or write passes the output filter.

Trees, answers files, case files and file names are generated with hostile
strings; whatever each command prints to stdout and stderr, and whatever it
writes, must meet the postcondition (strings_strategies.assert_safe), and no
command may end in a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strings_strategies import (
    assert_safe,
    forbidden,
    hostile_file_names,
    hostile_text,
    hostile_tiny,
    hostile_words,
)
from toolmix.cli.main import main

# Each example runs whole commands (tens of milliseconds): a fifth of the
# profile's examples, so 30 in CI and 1,000 under TOOLMIX_FUZZ=long. The filter
# itself gets the full count in test_strings_filter.py.
FAST = settings(
    deadline=None,
    max_examples=max(20, settings.default.max_examples // 5),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """The exit code and everything printed (stdout then stderr), checked safe."""
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert_safe(out, f"stdout of {argv[0]}")
    assert_safe(err, f"stderr of {argv[0]}")
    return code, out + err


def answers_for(text: str, version: str) -> dict[str, Any]:
    return {
        "format": 1,
        "tree": "tiny",
        "tree_version": version,
        "answers": {
            "name": text,
            "audience": "b2c",
            "formats": ["video", "photos"],
            "camera": "yes",
            "hours": 4,
            "site": "yes",
        },
        "x-expect": {"picked": ["site", text], "result_node": text},
    }


@FAST
@given(tree=hostile_tiny(), name=hostile_file_names)
def test_list_prints_only_safe_text(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    tree: dict[str, Any],
    name: str,
) -> None:
    folder = tmp_path_factory.mktemp("trees")
    (folder / "tiny.json").write_text(json.dumps(tree))
    (folder / f"{name}.json").write_text('{"format": 1, "id": ')  # broken: listed by name
    for fmt in ("text", "json"):
        code, out = run(["list", "--trees", str(folder), "--format", fmt], capsys)
        assert code == 0 and "tiny" in out


@FAST
@given(tree=hostile_tiny(), name=hostile_file_names, start=hostile_words, key=hostile_words)
def test_validate_prints_only_safe_text(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    tree: dict[str, Any],
    name: str,
    start: str,
    key: str,
) -> None:
    folder = tmp_path_factory.mktemp("validate")
    good = folder / f"{name}.json"
    good.write_text(json.dumps(tree))
    bad = folder / "bad.json"
    bad.write_text(json.dumps({**tree, "start": start, key: 1}))  # messages quote both
    for fmt in ("text", "json"):
        code, _out = run(["validate", "--format", fmt, str(good), str(bad)], capsys)
        assert code == 1


@FAST
@given(tree=hostile_tiny(), text=hostile_words, version=hostile_text)
def test_answer_and_test_print_and_write_only_safe_text(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    tree: dict[str, Any],
    text: str,
    version: str,
) -> None:
    folder = tmp_path_factory.mktemp("answer")
    tree_file = folder / "tiny.json"
    tree_file.write_text(json.dumps(tree))
    answers = folder / "answers.json"
    answers.write_text(json.dumps(answers_for(text, version)))
    for fmt in ("md", "json"):
        run(["answer", str(tree_file), "--answers", str(answers), "--format", fmt], capsys)
        out = folder / f"mix.{fmt}"
        code, _ = run(
            ["answer", str(tree_file), "--answers", str(answers), "--format", fmt, "-o", str(out)],
            capsys,
        )
        if code == 0:
            assert_safe(out.read_text(), f"the {fmt} export")
    run(["test", str(tree_file), str(answers)], capsys)
    for fmt in ("mermaid", "dot"):
        run(["graph", str(tree_file), "--format", fmt], capsys)


def _argv_can_hold(word: str) -> bool:
    """A real command line is bytes: only what decodes from bytes can be in sys.argv."""
    import os

    try:
        os.fsencode(word)
    except UnicodeError:
        return False
    return True


@FAST
@given(word=hostile_words.filter(_argv_can_hold))
def test_what_was_typed_on_the_command_line_is_shown_safely(
    capsys: pytest.CaptureFixture[str], word: str
) -> None:
    assert run(["answer", word, "--answers", word], capsys)[0] in (1, 2)
    assert run(["list", "--format", word], capsys)[0] == 2


@pytest.mark.parametrize(
    "version",
    ["1\x1b]0;pwned\x07\x1b[2J", "1\x9b2J", "1\u202egnp.exe", "1\ud800", "1\u200b\ufeff"],
)
def test_a_hostile_version_is_listed_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str
) -> None:
    from conftest import tiny_data

    (tmp_path / "tiny.json").write_text(json.dumps({**tiny_data(), "version": version}))
    expected = "".join(c for c in version if not forbidden(c))
    code, out = run(["list", "--trees", str(tmp_path)], capsys)
    assert code == 0 and f"(v{expected}, " in out
    code, out = run(["list", "--trees", str(tmp_path), "--format", "json"], capsys)
    assert code == 0 and {r["id"]: r.get("version") for r in json.loads(out)}["tiny"] == expected


def test_a_url_cannot_carry_a_clipboard_write_into_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from conftest import TREES, tiny_data

    data = tiny_data()
    data["items"]["site"]["url"] = "https://example.com/\x1b]52;c;cHduZWQ=\x07\x9b"
    (tmp_path / "t.json").write_text(json.dumps(data))
    code, out = run(
        ["answer", str(tmp_path / "t.json"), "--answers", str(TREES.parent / "tiny-answers.json")],
        capsys,
    )
    assert code == 0 and "<https://example.com/]52;c;cHduZWQ=>" in out


@pytest.mark.parametrize("where", ["title", "answer"])
def test_a_lone_surrogate_is_no_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    from conftest import tiny_data

    data = tiny_data()
    if where == "title":
        data["title"] = "Tiny\ud800"
    (tmp_path / "t.json").write_text(json.dumps(data))
    answers = answers_for("AC\ud800ME" if where == "answer" else "ACME", "1.0.0")
    (tmp_path / "a.json").write_text(json.dumps(answers))
    code, _ = run(["validate", str(tmp_path / "t.json")], capsys)
    assert code == 0
    code, out = run(
        ["answer", str(tmp_path / "t.json"), "--answers", str(tmp_path / "a.json")], capsys
    )
    assert code == 0 and ("# Tiny" in out or "# ACME" in out)


def test_json_output_escapes_what_the_filter_removes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b\x9bad\u202e.json").write_text("{")
    code, out = run(["list", "--trees", str(tmp_path), "--format", "json"], capsys)
    assert code == 0 and "b\\u009bad\\u202e.json" in out
    assert any(row["path"].endswith("b\x9bad\u202e.json") for row in json.loads(out))


@FAST
@given(st.binary(min_size=1, max_size=8))
def test_ask_writes_its_file_after_any_bytes_typed(
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    typed: bytes,
) -> None:
    import io

    from conftest import TREES

    # "A" first: a reply of "b" or "?" alone would go back or ask for help.
    raw = b"A" + typed.replace(b"\n", b"").replace(b"\r", b"") + b"\n1\n1\n1\n4\n1\n"
    stdin = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors="surrogateescape")
    monkeypatch.setattr("sys.stdin", stdin)
    out = tmp_path_factory.mktemp("ask") / "mix.md"
    code, _ = run(["ask", str(TREES / "tiny.json"), "-o", str(out)], capsys)
    assert code == 0
    assert_safe(out.read_text(), "the file ask wrote")
