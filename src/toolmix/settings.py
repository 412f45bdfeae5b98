"""The user's settings (the chosen theme, the last export folder), kept in a small JSON file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from toolmix.atomic import write_text_atomic
from toolmix.problems import ToolmixError

#: A theme name needs a few bytes; more is not a settings file of ours.
MAX_SETTINGS_BYTES = 1024 * 1024


def load_settings(path: Path) -> dict[str, Any]:
    from toolmix.jsonload import read_json

    try:
        data: dict[str, Any] = read_json(
            path, what="settings file", max_bytes=MAX_SETTINGS_BYTES
        ).data
    except ToolmixError:  # missing, unreadable, not a file, not UTF-8, not JSON
        return {}
    return data


def save_settings(path: Path, settings: dict[str, Any]) -> None:
    """Write the settings atomically; a failure raises :class:`ToolmixError`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ToolmixError(f"cannot create {path.parent}: {exc.strerror}") from None
    import json

    write_text_atomic(path, json.dumps(settings, indent=1) + "\n", overwrite=True, private=True)


def export_folder(path: Path) -> Path | None:
    """The folder of the last export, if the settings name one that is still there."""
    import os

    folder = load_settings(path).get("export_folder")
    if isinstance(folder, str) and folder and os.path.isdir(folder):
        return Path(folder)
    return None


def remember_export_folder(path: Path, folder: Path) -> None:
    """Keep ``folder`` as the one the next export starts in; raises :class:`ToolmixError`."""
    settings = load_settings(path)
    if settings.get("export_folder") != str(folder):
        settings["export_folder"] = str(folder)
        save_settings(path, settings)
