"""Writing files atomically: a reader sees the old file or the new one, never half.

The text goes to a temporary file in the same folder, is flushed to disk, then
renamed over the target. On any failure the temporary file is removed and the
previous file is left as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from toolmix.problems import ToolmixError


class TargetExists(ToolmixError):
    """The target exists and overwriting was not asked for."""


def _why(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    return exc.strerror or str(exc)


def write_text_atomic(path: str | Path, text: str, *, overwrite: bool = False) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically; raise :class:`ToolmixError` on failure."""
    return write_bytes_atomic(path, text.encode("utf-8"), overwrite=overwrite)


def write_bytes_atomic(path: str | Path, data: bytes, *, overwrite: bool = False) -> Path:
    target = Path(path)
    folder = target.parent
    if target.is_dir():
        raise ToolmixError(f"{target} is a folder; expected a file name")
    if not folder.is_dir():
        raise ToolmixError(f"cannot write {target}: the folder {folder} does not exist")
    if target.exists() and not overwrite:
        raise TargetExists(f"{target} already exists; use --force to overwrite it")
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise ToolmixError(f"cannot write {target}: {_why(exc)}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ToolmixError(f"cannot write {target}: {_why(exc)}") from None
        raise
    _sync_folder(folder)
    return target


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
