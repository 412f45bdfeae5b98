"""Autosaving sessions, so a crash or a closed terminal loses at most one answer.

One file per tree in the user's state folder, in the answers-file format (plus
``x-`` keys of our own), written atomically after every answer.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from toolmix.answers import to_dict
from toolmix.atomic import write_text_atomic
from toolmix.jsonload import read_json
from toolmix.problems import ToolmixError
from toolmix.records import record
from toolmix.session import Session


@record
class Saved:
    """An autosaved session: its answers and whether it had reached a result."""

    answers: dict[str, Any]
    finished: bool
    saved_at: float
    path: list[str]


class Autosave:
    """Saves and finds the unfinished session of one tree."""

    def __init__(self, folder: Path, tree_id: str) -> None:
        self.folder = folder
        self.path = folder / f"{tree_id}.json"
        self.tree_id = tree_id

    def save(self, session: Session) -> None:
        """Write the session now; raises :class:`ToolmixError` if the disk refuses."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ToolmixError(f"cannot create {self.folder}: {exc.strerror}") from None
        extras = {"x-finished": session.finished, "x-saved": time.time(), "x-path": session.path}
        data = to_dict(session, **extras)
        import json  # here, not at the top: a start writes nothing

        write_text_atomic(
            self.path, json.dumps(data, indent=1, ensure_ascii=False), overwrite=True, private=True
        )

    def load(self) -> Saved | None:
        """The saved session, or None when there is none (or it cannot be read)."""
        if not self.path.is_file():
            return None
        try:
            doc = read_json(self.path, what="saved session", clean=False)
        except ToolmixError:
            return None
        data = doc.data
        answers = data.get("answers")
        if data.get("tree") != self.tree_id or not isinstance(answers, dict):
            return None
        raw = doc.extras
        path = raw.get("x-path")
        seen = [p for p in path if isinstance(p, str)] if isinstance(path, list) else []
        return Saved(answers, bool(raw.get("x-finished")), float(raw.get("x-saved") or 0), seen)

    def unfinished(self) -> Saved | None:
        """A saved session worth offering to resume: not finished, with answers."""
        saved = self.load()
        if saved is None or saved.finished or not saved.answers:
            return None
        return saved

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
