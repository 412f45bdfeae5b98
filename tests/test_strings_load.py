"""Every string a file gives us is cleaned on loading: trees, answers, autosaves, settings."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from strings_strategies import assert_safe, hostile_file_names, hostile_text, hostile_tiny
from toolmix.engine.answers_file import read_answers
from toolmix.load.discovery import discover
from toolmix.load.loader import check_file
from toolmix.store.autosave import Autosave
from toolmix.store.settings import load_settings

FAST = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def strings_in(value: Any) -> list[str]:
    """Every string reachable from ``value``: model fields, dict keys and values, lists."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*strings_in(k), *strings_in(v))]
    if isinstance(value, (list, tuple)):
        return [s for v in value for s in strings_in(v)]
    if dataclasses.is_dataclass(value):
        return [s for f in dataclasses.fields(value) for s in strings_in(getattr(value, f.name))]
    return []


@FAST
@given(tree=hostile_tiny())
def test_a_loaded_tree_holds_no_forbidden_character(
    tmp_path_factory: pytest.TempPathFactory, tree: dict[str, Any]
) -> None:
    path = tmp_path_factory.mktemp("load") / "tiny.json"
    path.write_text(json.dumps(tree))
    result = check_file(path)
    assert result.tree is not None, [str(p) for p in result.problems]
    strings = strings_in(result.tree.tree)
    assert "tiny" in strings
    for s in strings:
        assert_safe(s, "a string of the loaded tree")


@FAST
@given(text=hostile_text)
def test_answers_files_autosaves_and_settings_are_cleaned(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    folder = tmp_path_factory.mktemp("files")
    answers = {
        "format": 1,
        "tree": "tiny",
        "tree_version": text,
        "answers": {"name": text, "formats": [text]},
        "x-expect": {"picked": [text]},
        "x-path": [text],
        "x-saved": 1.0,
    }
    (folder / "tiny.json").write_text(json.dumps(answers))
    read = read_answers(folder / "tiny.json")
    for s in strings_in([read.tree, read.tree_version, read.answers, read.extras]):
        assert_safe(s, "an answers-file string")
    saved = Autosave(folder, "tiny").load()
    assert saved is not None
    for s in strings_in([saved.answers, saved.path]):
        assert_safe(s, "an autosaved string")
    (folder / "settings.json").write_text(json.dumps({"theme": text, "more": [text]}))
    for s in strings_in(load_settings(folder / "settings.json")):
        assert_safe(s, "a setting")


@FAST
@given(name=hostile_file_names)
def test_a_broken_tree_is_named_by_its_cleaned_file_name(
    tmp_path_factory: pytest.TempPathFactory, name: str
) -> None:
    folder = tmp_path_factory.mktemp("trees")
    (folder / f"{name}.json").write_text("{")
    (found,) = [f for f in discover([folder]).trees if f.where == str(folder)]
    assert_safe(found.id, "the id of a broken tree")
