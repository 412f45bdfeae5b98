"""Writing files atomically: a reader sees the old file or the new one, never half.

The text goes to a temporary file in the same folder, is flushed to disk, then
renamed over the target. On any failure the temporary file is removed and the
previous file is left as it was.

Modes: a new file is created as any program creates one (0666 less the
umask, and the folder's default ACL); an overwritten file keeps its mode.
``private=True`` (autosaves, settings, caches: state of the person's own)
makes it 0600 whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

from toolmix.files.outpath import TargetExists, cannot_write, check_target, shown, why
from toolmix.model.problems import ToolmixError
from toolmix.text.i18n import _
from toolmix.text.output import safe

__all__ = ["TargetExists", "write_bytes_atomic", "write_text_atomic"]


def write_text_atomic(
    path: str | Path, text: str, *, overwrite: bool = False, private: bool = False
) -> Path:
    """Write ``text`` (UTF-8, output-filtered) to ``path`` atomically; ToolmixError on failure."""
    return write_bytes_atomic(
        path, safe(text).encode("utf-8"), overwrite=overwrite, private=private
    )


def write_bytes_atomic(
    path: str | Path, data: bytes, *, overwrite: bool = False, private: bool = False
) -> Path:
    target = Path(path)
    folder = target.parent
    existing = check_target(target, overwrite=overwrite)
    mode = 0o600 if private else 0o666
    fd, tmp = _create_temp(folder, target, mode)
    try:
        if existing is not None and not private:
            os.fchmod(fd, stat.S_IMODE(existing.st_mode))
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise ToolmixError(cannot_write(target, why(exc))) from None
        raise
    _sync_folder(folder)
    return target


def _create_temp(folder: Path, target: Path, mode: int) -> tuple[int, Path]:
    """A new temporary file beside the target, opened for writing.

    Created with ``os.open`` and ``mode`` (not ``tempfile.mkstemp``, always
    0600) so the system applies the umask and default ACLs. The name is cut so
    that a target name near the limit still leaves room for the temporary one.
    """
    stem = os.fsencode(target.name)[:200].decode("utf-8", "ignore")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _attempt in range(100):
        tmp = folder / f".{stem}.{os.urandom(4).hex()}.tmp"  # not secrets: it imports hashlib
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise ToolmixError(cannot_write(target, why(exc))) from None
    reason = _("no free temporary name in {folder}").format(folder=shown(folder))
    raise ToolmixError(cannot_write(target, reason))


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
