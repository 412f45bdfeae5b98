"""The user's settings (the chosen theme), kept in a small JSON file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from toolmix.atomic import write_text_atomic
from toolmix.problems import ToolmixError


def load_settings(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):  # missing, unreadable, not UTF-8
        return {}
    import json  # here: most starts have no settings file

    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def save_settings(path: Path, settings: dict[str, Any]) -> None:
    """Write the settings atomically; a failure raises :class:`ToolmixError`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ToolmixError(f"cannot create {path.parent}: {exc.strerror}") from None
    import json

    write_text_atomic(path, json.dumps(settings, indent=1) + "\n", overwrite=True)
