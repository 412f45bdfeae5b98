"""Tree translations (issue 20): side files, --lang and the locale, templates and the check.

tests/trees/translated/tiny.es.json translates tiny.json into Spanish, with
three faults planted: ``nodes/lean/title`` is missing, ``nodes/camera/text``
was translated from an older wording (stale), and ``nodes/gone/text`` names
no string of the tree (unknown).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import HERE, TREES
from toolmix.cli.main import main
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.selection import choose
from toolmix.load.discovery import resolve
from toolmix.load.loader import load_tree
from toolmix.load.translate.check import check_translation, template
from toolmix.load.translate.side import is_side_file, side_file, translated
from toolmix.load.translate.strings import source_hash, tree_strings

FOLDER = TREES / "translated"
TREE = FOLDER / "tiny.json"
SPANISH = FOLDER / "tiny.es.json"
ANSWERS = str(HERE / "tiny-answers.json")


def test_the_check_reports_missing_stale_and_unknown_strings_where_they_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["translate", "--check", str(TREE)]) == 1
    lines = capsys.readouterr().err.splitlines()
    text = SPANISH.read_text().splitlines()
    stale_line = next(i for i, line in enumerate(text, 1) if '"nodes/camera/text"' in line)
    unknown_line = next(i for i, line in enumerate(text, 1) if '"nodes/gone/text"' in line)
    strings_line = next(i for i, line in enumerate(text, 1) if '"strings"' in line)
    assert lines[0].startswith(f"{SPANISH}:{strings_line}:13: error: missing: 'nodes/lean/title'")
    assert lines[1].startswith(f"{SPANISH}:{stale_line}:")
    assert "stale: the tree's text of 'nodes/camera/text' changed" in lines[1]
    column = text[stale_line - 1].index('"3d4f2a9c1b7e"') + 1  # the old hash
    assert lines[1].startswith(f"{SPANISH}:{stale_line}:{column}: ")
    assert lines[2].startswith(f"{SPANISH}:{unknown_line}:3: error: unknown: 'nodes/gone/text'")
    assert lines[3] == "toolmix: 1 translation file checked, 3 problems"


def test_a_complete_translation_passes_and_an_empty_string_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tree = Path(shutil.copy(TREE, tmp_path / "tiny.json"))
    loaded = load_tree(tree)
    doc = json.loads(template(loaded, "fr"))
    for key, entry in doc["strings"].items():
        entry["text"] = f"fr:{key}"
    (tmp_path / "tiny.fr.json").write_text(json.dumps(doc))
    assert main(["translate", "--check", str(tree)]) == 0
    assert "1 translation file checked, 0 problems" in capsys.readouterr().err
    doc["strings"]["title"]["text"] = ""
    (tmp_path / "tiny.fr.json").write_text(json.dumps(doc))
    problems = check_translation(loaded, tmp_path / "tiny.fr.json")
    assert [p.message for p in problems] == ["missing: 'title' is not translated"]
    assert problems[0].line > 0 and problems[0].file.endswith("tiny.fr.json")


@pytest.mark.parametrize(
    "content, expected",
    [
        ("[]", "expected a JSON object"),
        ('{"format": 1, "tree": "tiny", "strings": {"title": "x"}}', 'expected {"source"'),
        ('{"format": 2, "tree": "tiny", "strings": {}}', "expected 1"),
        ('{"format": 1, "tree": "tiny", "strings": {}', "invalid JSON"),
    ],
)
def test_a_broken_side_file_is_reported_and_never_used(
    tmp_path: Path, content: str, expected: str
) -> None:
    tree = Path(shutil.copy(TREE, tmp_path / "tiny.json"))
    (tmp_path / "tiny.es.json").write_text(content)
    loaded = load_tree(tree)
    problems = check_translation(loaded, tmp_path / "tiny.es.json")
    assert any(expected in str(p) for p in problems), problems
    assert all(p.line > 0 for p in problems)
    said: list[str] = []
    assert translated_with(loaded, "es", said).tree == loaded.tree  # the tree's own text
    assert len(said) == 1
    assert "own text" in said[0] or "toolmix translate --check" in said[0]


def translated_with(loaded, lang: str, said: list[str]):  # type: ignore[no-untyped-def]
    mp = pytest.MonkeyPatch()
    mp.setenv("TOOLMIX_LANG", lang)
    try:
        return translated(loaded, said.append)
    finally:
        mp.undo()


def test_answer_with_lang_uses_the_translation(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answer", str(TREE), "--lang", "es", "--answers", ANSWERS]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# ACME: La mezcla constante")
    assert "Publique tres fotos de su mejor trabajo." in out
    assert "**Responder en menos de un día**" in out
    assert "1 sin traducir y 1 desfasado de 62 textos" in err  # the app's words, in Spanish


@pytest.mark.parametrize(
    "env, title",
    [
        ({"LANG": "es_ES.UTF-8"}, "La mezcla constante"),
        ({"LC_ALL": "es_MX", "LANG": "en_GB.UTF-8"}, "La mezcla constante"),
        ({"LANG": "C.UTF-8"}, "The steady mix"),
        ({"LANG": "de_DE.UTF-8"}, "The steady mix"),  # no German file: no word about it
    ],
)
def test_the_locale_chooses_the_language(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    env: dict[str, str],
    title: str,
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert main(["answer", str(TREE), "--answers", ANSWERS]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"# ACME: {title}")
    assert ("German" not in err) and ("translation of this tree" not in err)


def test_a_language_asked_for_by_name_and_missing_is_said(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--lang", "fr", "answer", str(TREE), "--answers", ANSWERS]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# ACME: The steady mix")
    assert "no 'fr' translation of this tree (tiny.fr.json)" in err
    assert main(["answer", str(TREE), "--lang", "../x", "--answers", ANSWERS]) == 2


@pytest.mark.parametrize("lang", ["en", "en-GB"])
def test_english_asked_for_by_name_is_the_trees_own_text(
    lang: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # The trees are written in English: --lang en needs no tiny.en.json, so no warning.
    assert main(["--lang", lang, "answer", str(TREE), "--answers", ANSWERS]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# ACME: The steady mix")
    assert err == ""


def test_a_translation_changes_only_what_is_read() -> None:
    loaded = load_tree(TREE)
    spanish = translated_with(loaded, "es", [])
    answers = read_answers(ANSWERS)
    mixes = [choose(t.tree, replay(t, answers)[0].answered_path()) for t in (loaded, spanish)]
    assert [(r.item_id, r.score) for r in mixes[0].picked] == [
        (r.item_id, r.score) for r in mixes[1].picked
    ]
    strings = tree_strings(spanish.tree)
    entries = json.loads(SPANISH.read_text())["strings"]
    assert strings["nodes/camera/text"] == entries["nodes/camera/text"]["text"]  # stale, still used
    assert strings["nodes/lean/title"] == "Keep it small"  # missing: the tree's own
    assert spanish.tree.nodes["camera"].next == loaded.tree.nodes["camera"].next  # type: ignore[union-attr]


def test_the_template_has_every_string_and_keeps_what_is_still_current(tmp_path: Path) -> None:
    tree = Path(shutil.copy(TREE, tmp_path / "tiny.json"))
    shutil.copy(SPANISH, tmp_path / "tiny.es.json")
    assert main(["translate", str(tree), "--lang", "es", "-o", str(tmp_path / "new.json")]) == 0
    doc = json.loads((tmp_path / "new.json").read_text())
    sources = tree_strings(load_tree(tree).tree)
    assert list(doc["strings"]) == list(sources)
    for key, entry in doc["strings"].items():
        assert entry["source"] == sources[key] and entry["hash"] == source_hash(sources[key])
    assert doc["strings"]["title"]["text"] == "Árbol de prueba mínimo"  # current: kept
    camera = doc["strings"]["nodes/camera/text"]  # stale: to do again, from the old one
    assert camera["text"] == "" and camera["was"] == "¿Se siente a gusto ante la cámara?"
    assert doc["strings"]["nodes/lean/title"]["text"] == ""
    assert main(["translate", str(tree), "--lang", "es"]) == 1  # the side file exists


def test_a_side_file_is_no_tree_to_the_picker_or_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert is_side_file(SPANISH) and not is_side_file(TREE)
    assert side_file(TREE, "es") == SPANISH
    assert main(["list", "--trees", str(FOLDER), "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert not any("tiny.es.json" in json.dumps(entry) for entry in listed)


def test_the_cache_never_holds_a_translated_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TOOLMIX_LANG", "es")
    assert resolve(str(TREE)).tree.title == "Árbol de prueba mínimo"
    monkeypatch.setenv("TOOLMIX_LANG", "")
    assert resolve(str(TREE)).tree.title == "Tiny test tree"


def test_validate_of_a_folder_checks_its_trees_not_their_translations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["validate", str(FOLDER)]) == 0
    out = capsys.readouterr().out
    assert "tiny.json: ok" in out and "tiny.es.json" not in out
