"""Reading the files toolmix is given: regular files only, never past a cap.

A tree, an answers file, an autosave, the settings and the cache entries are
all read here. A named pipe would block the read forever, and a device such
as ``/dev/zero`` reports a size of 0 and never ends; so the kind of file is
checked before it is opened and again on the open descriptor (it may have
been swapped in between), it is opened without blocking, and it is read in
chunks that stop at the cap whatever size the file claims.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from toolmix.model.problems import Problem, ToolmixError
from toolmix.text.i18n import N_, _, thousands

#: Large enough for a generated tree of 100,000 questions (about 85 MB), the
#: biggest the benchmarks use; see docs/reliability.md for every limit.
MAX_BYTES = 128 * 1024 * 1024
_CHUNK = 1024 * 1024
#: The kinds of file the callers read (their ``what``), named here so each is translated,
#: each also with its article, as "expected an answers file" says it.
FILE_KINDS = {
    N_("file"): N_("a file"),
    N_("tree file"): N_("a tree file"),
    N_("answers file"): N_("an answers file"),
    N_("translation file"): N_("a translation file"),
    N_("settings file"): N_("a settings file"),
    N_("kept result"): N_("a kept result"),
    N_("saved session"): N_("a saved session"),
}


def _a(what: str) -> str:
    """``what`` with its article, in the person's language ("an answers file")."""
    return _(FILE_KINDS[what]) if what in FILE_KINDS else _("a {what}").format(what=_(what))


# Opening a FIFO for reading waits for a writer unless O_NONBLOCK is given;
# O_NOCTTY keeps a terminal device from becoming ours. Not every OS has them.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_BINARY", 0)
)


def _kind(mode: int) -> str | None:
    """What a file that is not a regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device file")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("something that is not a file")


def _refuse(file: str, message: str) -> ToolmixError:
    return ToolmixError([Problem("error", message, file=file)])


def too_big(what: str, size: str, max_bytes: int) -> str:
    """The message for a file over its limit: ``the tree file is 9,000 bytes; expected …``."""
    return _("the {what} is {size} bytes; expected at most {most} bytes").format(
        what=_(what), size=size, most=thousands(max_bytes)
    )


def _too_big(file: str, what: str, size: str, max_bytes: int) -> ToolmixError:
    return _refuse(file, too_big(what, size, max_bytes))


def _open_regular(path: str | Path, what: str) -> tuple[int, int]:
    """An open descriptor of ``path`` and the size it claims; refuses anything but a file."""
    file = str(path)
    kind = _kind(os.stat(path).st_mode)
    if kind is None:
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)
            kind = _kind(info.st_mode)
            if kind is None:
                return fd, info.st_size
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)
    raise _refuse(
        file,
        _("expected {a_what}, found {kind}; only regular files are read").format(
            a_what=_a(what), kind=kind
        ),
    )


def _read_at_most(fd: int, limit: int, size_hint: int) -> bytes:
    """Up to ``limit`` + 1 bytes from ``fd`` (one more than allowed tells it is too long)."""
    first = os.read(fd, min(size_hint, limit) + 1)
    if not first:
        return first
    chunks = [first]
    total = len(first)
    while total <= limit:
        chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def read_bytes(path: str | Path, *, what: str = "file", max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes of the regular file ``path``, or :class:`ToolmixError` saying why not."""
    file = str(path)
    try:
        fd, size = _open_regular(path, what)
        try:
            if size > max_bytes:
                raise _too_big(file, what, thousands(size), max_bytes)
            raw = _read_at_most(fd, max_bytes, size)
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise _refuse(
            file, _("expected {a_what}, found a folder").format(a_what=_a(what))
        ) from None
    except FileNotFoundError:
        raise _refuse(file, _("no such {what}").format(what=_(what))) from None
    except PermissionError:
        message = _("cannot read the {what}: permission denied").format(what=_(what))
        raise _refuse(file, message) from None
    except OSError as exc:
        message = _("cannot read the {what}: {why}").format(what=_(what), why=exc.strerror or exc)
        raise _refuse(file, message) from None
    if len(raw) > max_bytes:
        more = _("more than {n}").format(n=thousands(max_bytes))
        raise _too_big(file, what, more, max_bytes)
    return raw


def read_head(path: str | Path, limit: int) -> bytes | None:
    """At most the first ``limit`` bytes of the regular file ``path``; None if it cannot be read."""
    try:
        fd, size = _open_regular(path, "file")
        try:
            return _read_at_most(fd, limit - 1, size)
        finally:
            os.close(fd)
    except (OSError, ToolmixError):
        return None


__all__ = ["MAX_BYTES", "read_bytes", "read_head"]
