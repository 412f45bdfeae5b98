"""The JSON Schema names the key that is wrong or missing, as an editor's validator sees it.

Checked with check-jsonschema (the jsonschema library, draft 2020-12) on files of the
malformed corpus and on a few more typos: the message must name the key, and must not
blame a key of another node type (as "max_length" was blamed for a missing "next").
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import HERE, ROOT, tiny_data

SCHEMA = ROOT / "docs" / "toolmix-tree.schema.json"
MALFORMED = HERE / "malformed"


def check(path: Path) -> tuple[int, str]:
    tool = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    done = subprocess.run(
        [tool, "--schemafile", str(SCHEMA), str(path)], capture_output=True, text=True
    )
    return done.returncode, done.stdout + done.stderr


def best_match(output: str) -> str:
    """The line check-jsonschema leads with: its one message for the file."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    found = next((line for line in lines if "::$" in line), "")
    if "is not valid under any of the given schemas" in found:
        at = lines.index("Best Match:") if "Best Match:" in lines else -1
        return lines[at + 1] if at >= 0 else found
    return found


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("unknown-node-key", "'optoins'"),
        ("unknown-top-level-key", "'nodez'"),
        ("missing-node-type", "'type' is a required property"),
        (
            "unknown-node-type",
            "is not one of ['single', 'multi', 'number', 'text', 'info', 'result']",
        ),
        ("missing-title", "'title' is a required property"),
        ("effect-without-because", "'because' is a required property"),
        ("info-without-body", "'body' is a required property"),
    ],
)
def test_malformed_corpus_messages_name_the_key(name: str, key: str) -> None:
    code, out = check(MALFORMED / f"{name}.json")
    assert code == 1
    assert key in best_match(out), out


def with_node(node_id: str, change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    data = tiny_data()
    change(data["nodes"][node_id])
    return data


@pytest.mark.parametrize(
    ("data", "key", "not_blamed"),
    [
        # A multi question without its 'next': blamed on 'next', not on a text node's max_length.
        (
            with_node("formats", lambda n: n.pop("next")),
            "'next' is a required property",
            "max_length",
        ),
        # A typo in a condition's form names the typo.
        (
            with_node(
                "formats",
                lambda n: n["options"][2].update(when={"answer": "audience", "iss": "b2b"}),
            ),
            "'iss'",
            "'has'",
        ),
        # A number question with a text's key.
        (with_node("hours", lambda n: n.update(placeholder="3")), "'placeholder'", "'options'"),
    ],
)
def test_typos_and_missing_keys_are_named(
    tmp_path: Path, data: dict[str, Any], key: str, not_blamed: str
) -> None:
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(data))
    code, out = check(path)
    message = best_match(out)
    assert code == 1
    assert key in message, out
    assert not_blamed not in message


def test_a_valid_tree_passes(tmp_path: Path) -> None:
    path = tmp_path / "tree.json"
    path.write_text(json.dumps(tiny_data()))
    assert check(path)[0] == 0
