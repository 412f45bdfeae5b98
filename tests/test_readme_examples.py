"""The answers files and the output shown in README.md and docs/quickstart.md are true.

newuser5 #6: README's answers example failed ("question 'kind': no answer given",
"'age': got a list") and its sample output named version 1.0.0. These tests run
each example through `toolmix answer`, so a change to the tree that makes one
wrong fails here (update the example to today's tree: `toolmix graph
social-tool-mix` has every id).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import HERE, ROOT, SHIPPED
from toolmix.cli.main import main

DOCS = {"README.md": ROOT / "README.md", "quickstart.md": ROOT / "docs" / "quickstart.md"}
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)
DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
VERSION = re.compile(r"version (\d+)\.\d+\.\d+")


def _blocks(doc: Path, kind: str) -> list[str]:
    return [text for lang, text in BLOCK.findall(doc.read_text()) if lang == kind]


def _answers_examples() -> list[tuple[str, str]]:
    return [
        (name, text)
        for name, doc in DOCS.items()
        for text in _blocks(doc, "json")
        if '"answers"' in text
    ]


def _console(command: str) -> list[str]:
    """README's console block that starts with ``$ COMMAND``, as its lines after it."""
    for text in _blocks(DOCS["README.md"], "console"):
        first, *rest = text.rstrip("\n").split("\n")
        if first == "$ " + command:
            return rest
    raise AssertionError(f"README.md shows no '$ {command}'")


def test_the_docs_have_answers_examples() -> None:
    assert {name for name, _text in _answers_examples()} == set(DOCS)


@pytest.mark.parametrize(("doc", "text"), _answers_examples())
def test_each_answers_example_reaches_a_result_with_no_warning(
    doc: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "example.json"
    path.write_text(text)
    tree = json.loads(text)["tree"]
    assert main(["answer", tree, "--answers", str(path)]) == 0, capsys.readouterr().err
    out, err = capsys.readouterr()
    assert err == "", f"{doc}'s example warns: {err}"
    assert out.startswith("# ")


def test_the_sample_output_is_what_the_command_prints(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    command = "toolmix answer social-tool-mix --answers tests/personas/local-bakery.json"
    shown = _console(command)
    monkeypatch.chdir(ROOT)
    assert main(command.split()[1:]) == 0
    printed = DAY.sub("DAY", capsys.readouterr().out).split("\n")
    tree = json.loads((SHIPPED / "social-tool-mix.json").read_text())
    for line in shown:
        if line in ("", "..."):
            continue
        major = VERSION.search(line)
        if major:  # the sample need not follow each minor version, only the major one
            assert major.group(1) == tree["version"].split(".")[0], line
            line = VERSION.sub("version " + tree["version"], line)
        assert DAY.sub("DAY", line) in printed, f"README's sample line is not printed: {line}"


def test_the_bad_answer_example_is_the_error_printed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (said,) = _console("toolmix answer social-tool-mix --answers bad.json")
    example = next(text for name, text in _answers_examples() if name == "README.md")
    assert '"local": "local"' in example
    (tmp_path / "bad.json").write_text(example.replace('"local": "local"', '"local": "nearby"'))
    monkeypatch.chdir(tmp_path)
    assert main(["answer", "social-tool-mix", "--answers", "bad.json"]) == 1
    assert capsys.readouterr().err.strip() == said


def test_an_unknown_answer_is_named_with_its_file_beside_the_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    persona = json.loads((HERE / "personas" / "local-bakery.json").read_text())
    answers = dict(persona["answers"], b2="b2c")
    path = tmp_path / "old.json"
    path.write_text(json.dumps({"format": 1, "tree": "social-tool-mix", "answers": answers}))
    assert main(["answer", "social-tool-mix", "--answers", str(path)]) == 0
    err = capsys.readouterr().err
    assert re.search(rf"{re.escape(str(path))}:1:\d+: the answer for 'b2' is ignored", err), err
    del answers["kind"]  # an error too: the unknown key is said with it
    path.write_text(json.dumps({"format": 1, "tree": "social-tool-mix", "answers": answers}))
    assert main(["answer", "social-tool-mix", "--answers", str(path)]) == 1
    err = capsys.readouterr().err
    assert "question 'kind': no answer given" in err
    assert "warning: the answer for 'b2' is ignored: the tree has no such node" in err


def test_the_readme_counts_the_main_tree_as_it_is() -> None:
    # The table of shipped trees: its questions range, items and kinds of plan.
    from toolmix.engine.estimate import tree_range
    from toolmix.load.loader import load_tree

    loaded = load_tree(SHIPPED / "social-tool-mix.json")
    row = next(
        line
        for line in DOCS["README.md"].read_text().splitlines()
        if line.startswith("| `social-tool-mix`")
    )
    fewest, most = tree_range(loaded)
    results = [n for n in loaded.tree.nodes.values() if n.type == "result"]
    said = (
        f"{fewest}–{most} questions, {len(loaded.tree.items)} items, {len(results)} kinds of plan"
    )
    assert said in row, f"README.md's table: {row!r}; today: {said!r}"
