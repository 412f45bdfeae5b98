"""What a file in a trees folder is, told cheaply: the ids in its head, whether it is a tree."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from toolmix.model.problems import ToolmixError

_ID_IN_FILE = re.compile(rb'"id"\s*:\s*"([a-z0-9][a-z0-9-]{0,63})"')

#: Top-level keys only a tree has; a JSON object with none of them is not a tree,
#: however broken (a file holding only ``$schema``, an editor's settings).
TREE_KEYS = frozenset({"format", "id", "start", "nodes", "groups", "items"})


def ids_in_head(path: Path) -> list[str]:
    """Every ``"id"`` value in the file's head, found without parsing it."""
    return [i.decode() for i in _ID_IN_FILE.findall(_read_head(path))]


def may_hold(path: Path, name: str, ids: Sequence[str] | None = None) -> bool:
    """Whether the file may be the tree with id ``name``: by its name or an id in its head.

    Only a candidate: its top-level id is checked once it is loaded.
    """
    return path.stem == name or name in (ids_in_head(path) if ids is None else ids)


def not_a_tree(path: Path) -> bool:
    """Whether a file that failed to load as a tree was never meant to be one.

    A JSON Schema (its ``$schema`` names json-schema.org, like the one
    ``toolmix schema --write`` puts beside one's trees) and a JSON object with
    none of a tree's own keys are not trees. Anything else that fails, invalid
    JSON included, is a broken tree and is reported as one.
    """
    import json  # only for files that failed: the usual start needs no json

    from toolmix.load.strict_json import read_bytes

    try:
        data = json.loads(read_bytes(path, what="tree file"))
    except (ToolmixError, ValueError, RecursionError):
        return False
    if not isinstance(data, dict):
        return False
    schema = data.get("$schema")
    if isinstance(schema, str) and "json-schema.org/" in schema:
        return True
    return not (TREE_KEYS & data.keys())


def _read_head(path: Path, limit: int = 65536) -> bytes:
    from toolmix.files.read import read_head  # regular files only: a FIFO would block

    return read_head(path, limit) or b""
