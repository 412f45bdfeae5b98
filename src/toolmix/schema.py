"""The JSON Schema of the tree format, generated from the models."""

from __future__ import annotations

import json
from typing import Any

from toolmix.validation import tree_adapter

SCHEMA_FILE = "toolmix-tree.schema.json"


def tree_schema() -> dict[str, Any]:
    """Draft 2020-12 schema: editors complete keys and flag wrong ones."""
    schema = tree_adapter().json_schema(by_alias=True, mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "toolmix tree (format 1)",
    }


def schema_text() -> str:
    return json.dumps(tree_schema(), indent=2, ensure_ascii=False) + "\n"
