"""Paths the person types for a file to write: expanded, checked, and refused in words.

Every check happens before anything is written, so a bad path (a name too long
for the file system, a folder that cannot be read, ``~nosuchuser``, a folder
where a file name was expected) is a :class:`ToolmixError` with a reason, never
an ``OSError`` from deep inside pathlib.
"""

from __future__ import annotations

import errno
import os
import stat
import unicodedata
from pathlib import Path

from toolmix.model.problems import ToolmixError
from toolmix.text.clean import one_line
from toolmix.text.i18n import _

#: The longest file name (one path component) most file systems allow, in bytes.
NAME_MAX = 255


class TargetExists(ToolmixError):
    """The target exists and overwriting was not asked for."""


def shown(path: str | Path) -> str:
    """A path for a message: on one line, and a very long one cut in the middle."""
    text = one_line(str(path))
    return text if len(text) <= 120 else f"{text[:60]}…{text[-40:]}"


def why(exc: OSError) -> str:
    """An OSError in words."""
    if exc.errno == errno.ENOSPC:
        return _("the disk is full")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return _("permission denied")
    if exc.errno == errno.EROFS:
        return _("the file system is read-only")
    if exc.errno == errno.ENAMETOOLONG:
        return _("the name is too long")
    if exc.errno == errno.ENOTDIR:
        return _("a part of the path is a file, not a folder")
    if exc.errno == errno.ELOOP:
        return _("the path has too many symbolic links")
    return exc.strerror or str(exc)


def cannot_write(path: str | Path, reason: str) -> str:
    """The message of a write that failed: ``cannot write PATH: REASON``."""
    return _("cannot write {path}: {why}").format(path=shown(path), why=reason)


def expand(raw: str) -> Path:
    """A typed path with ``~`` and ``~user`` expanded; an unknown user is refused."""
    path = Path(raw)
    try:
        return path.expanduser()
    except RuntimeError:  # pathlib's word for "no such user" (or no home at all)
        user = raw[1:].split("/", 1)[0].split(os.sep, 1)[0]
        if user:
            raise ToolmixError(
                _("cannot write {path}: there is no user '{user}'").format(
                    path=shown(raw), user=user
                )
            ) from None
        raise ToolmixError(
            _("cannot write {path}: your home folder is not known").format(path=shown(raw))
        ) from None


def _stat(path: Path, target: Path) -> os.stat_result | None:
    """``os.stat``, None when nothing is there; any other failure refused in words."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except ValueError:  # an embedded NUL
        raise ToolmixError(
            _("cannot write {path}: the name holds a character no file name can hold").format(
                path=shown(target)
            )
        ) from None
    except OSError as exc:
        raise ToolmixError(cannot_write(target, why(exc))) from None


def check_target(path: str | Path, *, overwrite: bool) -> os.stat_result | None:
    """Refuse a path that cannot be written; the existing file's status, or None.

    Raises :class:`TargetExists` when a file is there and ``overwrite`` is false.
    """
    target = Path(path)
    folder = target.parent
    size = len(os.fsencode(target.name))
    if size > NAME_MAX:
        raise ToolmixError(
            _("cannot write {path}: the file name is {size} bytes long; at most {most} fit").format(
                path=shown(target), size=size, most=NAME_MAX
            )
        )
    where = _stat(folder, target)
    if where is None:
        raise ToolmixError(
            _("cannot write {path}: the folder {folder} does not exist").format(
                path=shown(target), folder=shown(folder)
            )
        )
    if not stat.S_ISDIR(where.st_mode):
        raise ToolmixError(
            _("cannot write {path}: {folder} is a file, not a folder").format(
                path=shown(target), folder=shown(folder)
            )
        )
    found = _stat(target, target)
    if found is None:
        return None
    if stat.S_ISDIR(found.st_mode):
        raise ToolmixError(_("{path} is a folder; expected a file name").format(path=shown(target)))
    if not overwrite:
        raise TargetExists(
            _("{path} already exists; use --force to overwrite it").format(path=shown(target))
        )
    return found


def slug(text: str) -> str:
    """Text as a file-name part: lower case letters and digits joined by ``-``."""
    folded = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in folded if not unicodedata.combining(c) and c not in "'’")
    words = "".join(c if c.isalnum() else " " for c in kept.lower()).split()
    return "-".join(words)[:60].strip("-")


def export_file_name(tree_id: str, subject: object, suffix: str) -> str:
    """The suggested name of an export: the subject's slug, then the tree's id.

    ``rosies-bakery-social-tool-mix.md`` for the answer "Rosie's Bakery";
    ``social-tool-mix.md`` when the tree has no subject or it was left empty.
    """
    stem = slug(subject) if isinstance(subject, str) else ""
    tree = slug(tree_id) or "toolmix"
    return f"{stem}-{tree}{suffix}" if stem else f"{tree}{suffix}"
