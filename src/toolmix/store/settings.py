"""The user's settings (the chosen theme, the last export folder), kept in a small JSON file.

The file is the user's to edit, so it is read defensively: one that cannot be
read as a JSON object (bad UTF-8, bad JSON, nested too deep, too big, not a
regular file) is renamed aside, never deleted, and the defaults are used.
"""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import Any

from toolmix.files.atomic import write_text_atomic
from toolmix.load.strict_json import read_json
from toolmix.model.problems import ToolmixError
from toolmix.text.clean import clean_strings
from toolmix.text.i18n import _

#: A settings file holds a theme name; anything this big was not written by us.
MAX_SETTINGS_BYTES = 1024 * 1024


def read_settings(path: Path) -> tuple[dict[str, Any], str | None]:
    """The settings, and a message for the person when the file was bad and set aside."""
    settings, why = _read(path)
    if why is None:
        return settings, None
    if why.startswith("not a regular file"):
        return {}, _(
            "The settings file {path} is not a regular file; the defaults are used."
        ).format(path=path)
    return {}, _set_aside(path, why)


def load_settings(path: Path) -> dict[str, Any]:
    """The settings, the defaults (``{}``) when the file is missing or bad (left where it is)."""
    return _read(path)[0]


def _read(path: Path) -> tuple[dict[str, Any], str | None]:
    try:
        info = path.stat()
    except OSError:  # missing (the usual first start) or not reachable
        return {}, None
    if not stat.S_ISREG(info.st_mode):
        return {}, "not a regular file"
    try:
        doc = read_json(path, what="settings file", max_bytes=MAX_SETTINGS_BYTES)
    except ToolmixError as exc:
        return {}, exc.problems[0].message
    settings = dict(doc.data)
    clean_strings(settings)  # every value, not only what the tree reader cleans
    return settings, None


def _set_aside(path: Path, why: str) -> str:
    aside = path.with_name(f"{path.name}.unreadable-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, aside)
    except OSError as exc:
        return _("The settings file {path} cannot be read ({why}) nor set aside: {error}.").format(
            path=path, why=why, error=exc.strerror
        )
    return _("The settings file {path} cannot be read ({why}); it was kept as {aside}.").format(
        path=path, why=why, aside=aside.name
    )


def save_settings(path: Path, settings: dict[str, Any]) -> None:
    """Write the settings atomically; a failure raises :class:`ToolmixError`."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ToolmixError(
            _("cannot create {folder}: {why}").format(folder=path.parent, why=exc.strerror)
        ) from None
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
