"""Issue 20's leak check for the commands an author runs: ``graph``, ``audit``, ``validate``
and ``test`` in Spanish show none of the app's English words (tests/leak_words.py).

The tree's ids (``goal``, ``open-door``) are its syntax, the same in every language: they
are taken out before looking, as a person's own words are. Short English words the leak
check does not look for (fewer than four letters: "is", "in", "has", "or", "not") are
checked where they would be, in the graph's conditions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from conftest import HERE, SHIPPED, SHIPPED_TREES
from leak_words import leaks
from toolmix.cli.main import main
from toolmix.export.graph import describe
from toolmix.load.loader import load_tree
from toolmix.model.conditions import Condition
from toolmix.model.nodes import MultiNode, SingleNode
from toolmix.text.i18n import use_language

TREE = SHIPPED / "social-tool-mix.json"
PERSONAS = HERE / "personas"


def ids(tree: Path) -> list[str]:
    """Every id of the tree (nodes, options, items, groups): its syntax, not English."""
    loaded = load_tree(tree).tree
    found = [*loaded.nodes, *loaded.items, *loaded.groups]
    for node in loaded.nodes.values():
        if isinstance(node, (SingleNode, MultiNode)):
            found += [o.id for o in node.options]
    return found


def run(capsys: pytest.CaptureFixture[str], *args: str, code: int = 0, lang: str = "es") -> str:
    # English is the app's own: no --lang, which would also ask for an English side file.
    assert main([*(["--lang", lang] if lang != "en" else []), *args]) == code
    out = capsys.readouterr()
    return out.out + out.err


def graph_leaks(capsys: pytest.CaptureFixture[str], fmt: str, lang: str) -> list[str]:
    shown = run(capsys, "graph", str(TREE), "--format", fmt, "--cases", str(PERSONAS), lang=lang)
    # The start's key is the diagram's syntax (its label is the word shown): taken out.
    shown = re.sub(r'(?m)^  start\b|"start \(toolmix\)"', "", shown)
    return without_ids(shown, TREE)


def without_ids(shown: str, tree: Path, verbatim: Iterable[str] = ()) -> list[str]:
    """The leaks in ``shown``, the tree's ids (and the ``verbatim`` texts) aside.

    An id is the tree's syntax, but "other" is an option's id and "other answers" the app's
    words: an id of several words (``open-door``) is taken out of the text, and a find that
    is a one-word id is left out, so the app's words around an id are still looked for.
    """
    shown = shown.replace("\\_", "_")  # an id in Markdown: facebook\\_page
    for text in verbatim:
        shown = shown.replace(text, "")
    syntax = set(ids(tree))
    for name in syntax:
        if re.search(r"[-_.]", name):
            shown = re.sub(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", "", shown)
    found = leaks(shown, tree)
    return [f for f in found if f.split("' (")[0].strip("'") not in syntax]


@pytest.mark.parametrize("fmt", ["mermaid", "dot"])
def test_graph_in_spanish_says_no_english(fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    found = graph_leaks(capsys, fmt, "es")
    assert not found, "English in the Spanish graph:\n" + "\n".join(found)


@pytest.mark.parametrize("fmt", ["mermaid", "dot"])
def test_the_check_finds_the_english_of_a_graph(
    fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    found = graph_leaks(capsys, fmt, "en")
    for english in ("'start' (", "'otherwise' (", "'other answers' (", "'cases' ("):
        assert any(line.startswith(english) for line in found), (english, found)


CONDITIONS: list[dict[str, object]] = [
    {"answer": "goal", "is": "events"},
    {"answer": "kind", "in": ["club", "charity"]},
    {"answer": "formats", "has": "live"},
    {"answer": "formats", "has_any": ["live", "video"]},
    {"answer": "formats", "has_all": ["live", "video"]},
    {"answered": "name"},
    {"all": [{"answered": "name"}, {"not": {"answer": "goal", "is": "sell"}}]},
    {"any": [{"answered": "name"}, {"answer": "hours", "min": 1, "max": 4}]},
]
#: The words toolmix puts between a condition's ids, in English.
CONNECTIVES = re.compile(r"(?<!\w)(is|in|has|any|all|of|answered|and|or|not)(?!\w)")


def condition(spec: dict[str, object]) -> Condition:
    from pydantic import TypeAdapter

    adapter: TypeAdapter[Condition] = TypeAdapter(Condition)
    return adapter.validate_python(spec)


@pytest.mark.parametrize("spec", CONDITIONS, ids=lambda spec: "-".join(spec))
def test_graph_conditions_are_worded_in_spanish(spec: dict[str, object]) -> None:
    cond = condition(spec)
    assert CONNECTIVES.search(describe(cond)), describe(cond)  # the check finds English
    use_language("es")
    words = describe(cond)
    assert not CONNECTIVES.search(words), words
    for name in re.findall(r"[a-z]+", str(spec)):  # every id kept as the tree writes it
        if name not in ("answer", "is", "in", "has", "any", "all", "answered", "not"):
            assert name in words or name in ("min", "max"), (name, words)


def author_notes(tree: Path) -> list[str]:
    """The ``because`` of the tree's ``x-audit`` rules: the author's words, in the tree's own
    language (a side file translates what a person is shown, not an extension key)."""
    spec = load_tree(tree).extras.get("x-audit", {})
    rules = [*spec.get("holds", []), *spec.get("needs", []), *spec.get("prefer", [])]
    return [str(r["because"]) for r in rules if isinstance(r, dict) and "because" in r]


def audit_leaks(capsys: pytest.CaptureFixture[str], tree: Path, lang: str) -> list[str]:
    shown = run(capsys, "audit", str(tree), "--walks", "500", lang=lang)
    if lang == "es":
        assert "## Hallazgos" in shown and "500 recorridos" in shown
    return without_ids(shown, tree, author_notes(tree))


@pytest.mark.parametrize("tree", SHIPPED_TREES, ids=lambda p: p.stem)
def test_audit_in_spanish_says_no_english(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    found = audit_leaks(capsys, tree, "es")
    assert not found, "English in the Spanish audit:\n" + "\n".join(found)


def test_the_check_finds_the_english_of_an_audit(capsys: pytest.CaptureFixture[str]) -> None:
    found = audit_leaks(capsys, TREE, "en")
    for english in ("'The advice, measured (roles from' (", "'before' (", "'walks' ("):
        assert any(line.startswith(english) for line in found), (english, found)


MALFORMED = sorted((HERE / "malformed").glob("*.json"))


def quoted_aside(shown: str) -> str:
    """A problem line without the file's own words: what it quotes ('when', "Bad Id"), the
    ids of a loop (q1 -> hours -> q1), its JSON path ([nodes.q1.next]) and the file's name:
    they are the same in every language."""
    shown = re.sub(r"'[^'\n]*'|\"[^\"\n]*\"|[\w-]+(?: -> [\w-]+)+", "", shown)
    shown = re.sub(r"(?m) \[[^\n]*\]$", "", shown)
    return re.sub(r"(?m)^\S+\.json(:\d+:\d+)?:", "", shown)


def validated(capsys: pytest.CaptureFixture[str], lang: str) -> tuple[str, int]:
    shown = run(capsys, "validate", *map(str, MALFORMED), code=1, lang=lang)
    return shown, len(shown.splitlines())


def test_validate_in_spanish_says_no_english(capsys: pytest.CaptureFixture[str]) -> None:
    shown, count = validated(capsys, "es")
    assert ": aviso: " in shown and ": error: " in shown
    # Parts of a tree set aside still leave the same problems in Spanish (load/partial_lint.py
    # tells a problem that follows from them by the ids it quotes).
    assert count == validated(capsys, "en")[1]
    found = leaks(quoted_aside(shown))
    assert not found, "English in the Spanish validate:\n" + "\n".join(found)


def test_the_check_finds_the_english_of_validate(capsys: pytest.CaptureFixture[str]) -> None:
    found = leaks(quoted_aside(validated(capsys, "en")[0]))
    for english in ("'warning' (", "'expected' ("):
        assert any(line.startswith(english) for line in found), (english, found)


def cases(folder: Path) -> Path:
    """A case that fails, one whose answers are wrong, and one that passes."""
    import json

    bakery = PERSONAS / "local-bakery.json"
    wrong = json.loads(bakery.read_text(encoding="utf-8"))
    wrong["x-expect"] = {"result_node": "creator", "picked": ["tiktok"], "not_picked": ["gbp"]}
    # Written for an older version of the tree: a warning, whatever the shipped personas say.
    wrong["tree_version"] = "1.0.0"
    (folder / "wrong.json").write_text(json.dumps(wrong), encoding="utf-8")
    broken = {"format": 1, "tree": "social-tool-mix", "answers": {"goal": 3}, "x-expect": {}}
    (folder / "broken.json").write_text(json.dumps(broken), encoding="utf-8")
    (folder / "bakery.json").write_bytes(bakery.read_bytes())
    return folder


@pytest.mark.parametrize(
    ("lang", "verdicts"), [("es", ("BIEN", "FALLO")), ("en", ("PASS", "FAIL"))]
)
def test_test_says_each_case_in_the_language_in_one_shape(
    lang: str, verdicts: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = run(capsys, "test", str(TREE), str(cases(tmp_path)), "--diff", code=1, lang=lang)
    *lines, summary = shown.splitlines()
    heads = [line for line in lines if not line.startswith("    ")]
    # One line a case, WORD FILE, its details indented below: the same shape in any language.
    assert [h.split(" ", 1) for h in heads] == [
        [verdicts[name != "bakery.json"], str(tmp_path / name)]
        for name in ("bakery.json", "broken.json", "wrong.json")
    ]
    assert not summary.startswith(" ")
    found = without_ids(quoted_aside(shown), TREE)
    if lang == "es":
        assert not found, "English in the Spanish test:\n" + "\n".join(found)
    else:
        for english in ("'PASS' (", "'FAIL' (", "'warning' (", "'passed' ("):
            assert any(line.startswith(english) for line in found), (english, found)


def test_a_session_refuses_in_spanish() -> None:
    from toolmix.engine.session import Session
    from toolmix.model.problems import ToolmixError

    use_language("es")
    session = Session(load_tree(TREE))
    said = []
    for refused in (session.proceed, lambda: session.jump_to("hours")):
        with pytest.raises(ToolmixError) as exc:
            refused()
        said.append(exc.value.problems[0].message)
    assert said == [
        "el nodo 'name' es un nodo text, no una página informativa",
        "el nodo 'hours' no está en el camino",
    ]
    assert not leaks(quoted_aside("\n".join(said)))


@pytest.mark.parametrize(("top", "said"), [("[1]", "una lista"), ('"x"', 'la cadena "x"')])
def test_a_file_that_is_no_object_is_said_in_spanish(
    top: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "top.json"
    path.write_text(top, encoding="utf-8")
    shown = run(capsys, "validate", str(path), code=1)
    assert f"error: el nivel superior es {said}; se esperaba un objeto JSON" in shown
    assert not leaks(quoted_aside(shown))


def test_a_count_in_a_message_groups_its_thousands_as_spanish_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "digits.json"
    path.write_text('{"format": 1' + "0" * 5000 + "}", encoding="utf-8")
    shown = run(capsys, "validate", str(path), code=1)
    assert "(5 001 cifras) es demasiado grande" in shown  # "5,001" would read as 5.001
    assert not leaks(quoted_aside(shown))


def test_list_json_says_a_broken_trees_problem_as_the_listing_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # `error` is for a person: the line `toolmix list` prints, in the language asked for
    # (a script tells a broken tree by "broken"). Also no pydantic English in it.
    import json

    folder = str(HERE / "malformed")
    assert main(["--lang", "es", "--trees", folder, "list", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    listing = run(capsys, "--trees", folder, "list")
    errors = [r["error"] for r in rows if r["broken"]]
    assert errors
    assert all(e in listing for e in errors), errors
    found = leaks(quoted_aside("\n".join(errors)))
    assert not found, "English in the Spanish list --format json:\n" + "\n".join(found)
    assert not any("Input should be" in e for e in errors)
