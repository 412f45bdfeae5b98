"""Autosaving sessions, so a crash, a closed terminal or kill -9 loses nothing.

Each running toolmix keeps one session file per tree in the user's state
folder: ``ID.json``, or ``ID+2.json``, ``ID+3.json`` … when another running
toolmix holds that one. The file is held by an advisory lock on a hidden
``.NAME.lock`` beside it, which the system drops when the process ends, however
it ends; so two windows on one tree never write into each other's file, and a
killed window's file is free for the next start to offer.

The file is in the answers-file format (``toolmix answer`` reads it) with
``x-`` keys of our own, written atomically after every move:

- ``answers``: every answer given, those after the current question included
  (kept when the person went back), so a resumed walk offers them again;
- ``x-path``: the nodes shown, the last one where the person was;
- ``x-read``: info pages read after that point;
- ``x-drafts``: what questions showed but had not been given yet, by node: ticks,
  or the text in a field (toolmix.engine.drafts), so an unfinished question
  comes back as it was left;
- ``x-finished``: whether the walk had reached a result; ``x-saved``: when.

Use (the app, ``toolmix ask``): ``found = claim(folder, tree_id)``; offer
``found.saved`` (see :mod:`toolmix.store.resume`); ``found.autosave.save(session)``
after each move; ``found.autosave.release()`` when done. A file that cannot be
read is renamed aside (never deleted) and named in ``found.problems``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from dataclasses import field
from pathlib import Path
from typing import Any

from toolmix.engine.session import Session
from toolmix.files.atomic import write_text_atomic
from toolmix.load.strict_json import read_json
from toolmix.model.problems import ToolmixError
from toolmix.model.record import record
from toolmix.text.clean import clean_strings
from toolmix.text.i18n import _

#: A saved session is a few kilobytes; anything this big was not written by us.
MAX_SESSION_BYTES = 16 * 1024 * 1024


@record
class Saved:
    """A saved session as read back (see the module docstring for the keys)."""

    answers: dict[str, Any]
    finished: bool
    path: list[str]
    read: list[str]
    #: Node id -> ticks or typed text not given yet (checked on resume).
    drafts: dict[str, Any] = field(default_factory=dict)


class Unreadable(Exception):
    """A session file that holds no session of ours; the message says why."""


class Autosave:
    """One session file, held by this process (see :func:`claim`)."""

    def __init__(
        self, folder: Path, tree_id: str, *, name: str | None = None, lock: int | None = None
    ) -> None:
        """The file ``folder/name`` (``ID.json`` by default); :func:`claim` takes a free one."""
        self.folder = folder
        self.path = folder / (name or f"{tree_id}.json")
        self.tree_id = tree_id
        self._lock = lock

    def save(self, session: Session) -> None:
        """Write the session now; raises :class:`ToolmixError` if the disk refuses."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ToolmixError(
                _("cannot create {folder}: {why}").format(folder=self.folder, why=exc.strerror)
            ) from None
        answers = {n: v for n, v in session.answered_path() if v is not None}
        read: list[str] = []
        for node_id, value in session.remembered.items():
            if value is None:
                read.append(node_id)
            else:
                answers.setdefault(node_id, value)
        data = {
            "format": 1,
            "tree": session.tree.id,
            "tree_version": session.tree.version,
            "answers": answers,
            "x-path": session.path,
            "x-read": read,
            "x-drafts": session.drafts,
            "x-finished": session.finished,
            "x-saved": time.time(),
        }
        import json  # here, not at the top: a start writes nothing

        write_text_atomic(
            self.path, json.dumps(data, indent=1, ensure_ascii=False), overwrite=True, private=True
        )

    def load(self) -> Saved | None:
        """The saved session, or None when there is none or it cannot be read."""
        try:
            return self.read()
        except Unreadable:
            return None

    def read(self) -> Saved | None:
        """The saved session, None when there is none; :class:`Unreadable` if it is bad."""
        if not self.path.exists():
            return None
        try:
            doc = read_json(
                self.path, what="saved session", max_bytes=MAX_SESSION_BYTES, clean=False
            )
        except ToolmixError as exc:
            raise Unreadable(exc.problems[0].message) from None
        data = clean_strings(doc.data)  # every value, answers too
        if data.get("tree") != self.tree_id:
            raise Unreadable(_("it is not a session of tree '{tree}'").format(tree=self.tree_id))
        answers = data.get("answers")
        if not isinstance(answers, dict):
            raise Unreadable(_("it has no 'answers' object"))
        extras = clean_strings(doc.extras)
        return Saved(
            answers=answers,
            finished=extras.get("x-finished") is True,
            path=_ids(extras.get("x-path")),
            read=_ids(extras.get("x-read")),
            drafts=drafts if isinstance(drafts := extras.get("x-drafts"), dict) else {},
        )

    def clear(self) -> None:
        """Delete the saved session (the lock stays held)."""
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)

    def release(self) -> None:
        """Let another toolmix take this file (also done when the process ends)."""
        if self._lock is not None:
            with contextlib.suppress(OSError):
                os.close(self._lock)
            self._lock = None


@record
class Claim:
    """The file this process saves into, what it held, and what went wrong on the way."""

    autosave: Autosave
    saved: Saved | None
    #: Session files that could not be read, each set aside (the message says where).
    problems: list[str]
    #: Session files of this tree held by other running toolmix windows.
    held_elsewhere: int


def claim(folder: Path, tree_id: str, *, resume: bool = True) -> Claim:
    """Take a session file for ``tree_id``: the newest one no other toolmix holds, else a new one.

    With ``resume=False`` a new file is always taken and nothing is offered
    (for a caller whose sessions must stay apart, such as a browser visitor).
    Never raises: a folder that cannot be made gives an unlocked file whose
    first save reports the problem.
    """
    problems: list[str] = []
    held = 0
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Claim(Autosave(folder, tree_id), None, problems, held)
    if resume:
        for path in _session_files(folder, tree_id):
            free, lock = _lock(path)
            if not free:
                held += 1
                continue
            autosave = Autosave(folder, tree_id, name=path.name, lock=lock)
            try:
                return Claim(autosave, autosave.read(), problems, held)
            except Unreadable as exc:
                problems.append(_set_aside(path, str(exc)))
                autosave.release()
    for n in range(1, 10_000):
        path = folder / (f"{tree_id}.json" if n == 1 else f"{tree_id}+{n}.json")
        if os.path.lexists(path):
            continue
        free, lock = _lock(path)
        if free and not os.path.lexists(path):
            return Claim(Autosave(folder, tree_id, name=path.name, lock=lock), None, problems, held)
        held += not free  # a window with no answers yet holds this name
        if lock is not None:
            os.close(lock)
    raise ToolmixError(
        _("too many saved sessions of tree '{tree}' in {folder}").format(
            tree=tree_id, folder=folder
        )
    )


def _session_files(folder: Path, tree_id: str) -> list[Path]:
    """This tree's session files, the most recently written first."""
    found: list[tuple[float, Path]] = []
    names = [f"{tree_id}.json", *(p.name for p in folder.glob(f"{tree_id}+*.json"))]
    for name in names:
        number = name[len(tree_id) + 1 : -len(".json")]
        if name != f"{tree_id}.json" and not number.isdigit():
            continue
        path = folder / name
        try:
            info = path.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
            found.append((info.st_mtime, path))
    return [path for _stamp, path in sorted(found, key=lambda f: f[0], reverse=True)]


def _lock(path: Path) -> tuple[bool, int | None]:
    """Lock ``path``'s lock file: (free, descriptor); (True, None) where locks cannot be had."""
    try:
        import fcntl
    except ImportError:  # no advisory locks on this system: one instance is assumed
        return True, None
    try:
        fd = os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o666)
    except OSError:  # a read-only folder: the file can still be read and offered
        return True, None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return False, None
    return True, fd


def _set_aside(path: Path, why: str) -> str:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.unreadable-{stamp}")
    try:
        os.replace(path, aside)
    except OSError as exc:
        return _("The saved session {path} cannot be read ({why}) nor set aside: {error}.").format(
            path=path, why=why, error=exc.strerror
        )
    return _("The saved session {path} cannot be read ({why}); it was kept as {aside}.").format(
        path=path, why=why, aside=aside.name
    )


def _ids(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []
