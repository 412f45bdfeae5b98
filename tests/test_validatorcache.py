"""The kept core schema: the same validator as pydantic builds, and never trusted blindly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic_core import SchemaValidator, ValidationError

from conftest import HERE, SHIPPED, TREES
from toolmix.load import validatorcache
from toolmix.load.strict_json import read_json
from toolmix.load.validation import tree_adapter, tree_validator

MALFORMED = sorted((HERE / "malformed").glob("*.json"))


@pytest.fixture
def fresh_validator() -> Iterator[None]:
    """tree_validator() built anew in this test, and again afterwards for the others."""
    tree_validator.cache_clear()
    yield
    tree_validator.cache_clear()


def kept_files() -> list[Path]:
    path = validatorcache._file()
    assert path is not None
    return sorted(path.parent.glob("validator-*.json")) if path.parent.is_dir() else []


def outcome(validator: Any, data: Any) -> Any:
    try:
        return ("ok", validator.validate_python(data))
    except ValidationError as exc:
        return ("errors", exc.errors(include_url=False))


@pytest.mark.parametrize(
    "path",
    [*MALFORMED, SHIPPED / "social-tool-mix.json", TREES / "tiny.json"],
    ids=lambda p: p.stem,
)
def test_the_kept_schema_validates_as_pydantic_does(path: Path) -> None:
    schema = tree_adapter().core_schema
    text = json.dumps(validatorcache.encode(schema))
    from_kept = SchemaValidator(validatorcache.decode(text))
    data = read_json(path).data
    assert outcome(from_kept, data) == outcome(tree_adapter().validator, data)


def test_the_second_build_reads_the_kept_schema(fresh_validator: None, monkeypatch) -> None:
    assert kept_files() == []
    first = tree_validator()
    assert len(kept_files()) == 1
    tree_validator.cache_clear()

    def no_pydantic() -> None:
        raise AssertionError("pydantic's adapter was built although the schema was kept")

    monkeypatch.setattr("toolmix.load.validation.tree_adapter", no_pydantic)
    second = tree_validator()
    data = read_json(SHIPPED / "social-tool-mix.json").data
    assert second.validate_python(data) == first.validate_python(data)


def test_a_new_toolmix_replaces_the_old_file(fresh_validator: None) -> None:
    path = validatorcache._file()
    assert path is not None
    path.parent.mkdir(parents=True)
    old = path.parent / "validator-0123.json"
    old.write_text("{}")
    tree_validator()
    assert kept_files() == [path]


@pytest.mark.parametrize(
    "entry",
    [
        {"$toolmix": "ref", "name": "os.system"},
        {"$toolmix": "ref", "name": "builtins.eval"},
        {"$toolmix": "ref", "name": "toolmix.model.tree.dataclass"},  # imported there
        {"$toolmix": "ref", "name": "toolmix.model.tree.FrozenInstanceError"},  # imported there
        {"$toolmix": "ref", "name": "toolmix.model.tree.MISSING"},  # not a class or function
        {"$toolmix": "partial", "func": "subprocess.run", "args": [["false"]]},
        {"$toolmix": "something-else"},
    ],
    ids=[
        "os.system",
        "eval",
        "an imported function",
        "an imported class",
        "an object",
        "a partial",
        "unknown",
    ],
)
def test_a_tampered_file_is_a_miss(fresh_validator: None, entry: dict[str, Any]) -> None:
    path = validatorcache._file()
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"type": "definitions", "schema": entry, "definitions": []}))
    assert validatorcache.load() is None
    validator = tree_validator()  # rebuilt by pydantic, and kept again
    data = read_json(TREES / "tiny.json").data
    assert outcome(validator, data) == outcome(tree_adapter().validator, data)
    assert validatorcache.load() is not None


@pytest.mark.parametrize(
    "value",
    [
        {"$toolmix": "a key the cache uses"},
        {1: "a key JSON would turn into a string"},
        os.system,
        print,
        lambda v: v,
        Path("/"),
    ],
    ids=["mark", "int key", "os.system", "a builtin", "a lambda", "an object"],
)
def test_what_cannot_be_written_is_not_kept(value: Any) -> None:
    with pytest.raises(validatorcache.Unencodable):
        validatorcache.encode({"type": "any", "x": value})
    validatorcache.store({"type": "any", "x": value})
    assert kept_files() == []


def test_nothing_is_kept_with_the_cache_off(fresh_validator: None, monkeypatch) -> None:
    monkeypatch.setenv("TOOLMIX_NO_CACHE", "1")
    tree_validator()
    monkeypatch.delenv("TOOLMIX_NO_CACHE")
    assert kept_files() == []


CHECK = """
import sys
from toolmix.cli.main import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("BUILT:" + str("pydantic.type_adapter" in sys.modules))
"""


def test_validate_builds_pydantic_schemas_only_on_its_first_run(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    argv = ["validate", str(SHIPPED / "social-tool-mix.json")]
    runs = [
        subprocess.run(
            [sys.executable, "-c", CHECK, *argv],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.splitlines()
        for _ in range(2)
    ]
    assert [r[-1] for r in runs] == ["BUILT:True", "BUILT:False"]
    assert runs[0][:-1] == runs[1][:-1]  # the same report
