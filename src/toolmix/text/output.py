"""The output filter: everything toolmix prints or writes passes :func:`safe`.

Postcondition of every path out (the terminal, through stdout and stderr
while a command runs; every file written, through :mod:`toolmix.files.atomic`; the
app's notifications): no C0 control but newline and tab, no C1 control, no
bidi override or isolate, no lone surrogate, no zero-width character. Text
from files is already cleaned on loading; this filter holds for what is not
(ids quoted in error messages, file names, what was typed on the command
line) and for whatever a later change forgets.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from toolmix.text.clean import clean, unsafe_characters

#: The filter. One function for every way out, the same rule as loading.
safe = clean

# json.dumps already escapes C0 controls; with ensure_ascii=False it writes the
# rest of the class raw. Only strings can hold them, so escaping them in place
# keeps the JSON valid and the data whole. Lone surrogates are dropped instead:
# escaped, a high one followed by a low one would read back as another character.
_JSON_UNSAFE_RE = re.compile(f"[{unsafe_characters()}]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def json_text(value: Any, *, indent: int | None = 2) -> str:
    """``value`` as JSON text, readable Unicode, with the filtered characters escaped."""
    import json

    text = _SURROGATE_RE.sub("", json.dumps(value, indent=indent, ensure_ascii=False))
    return _JSON_UNSAFE_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class FilteredStream(io.TextIOBase):
    """A text stream that passes what is written through :func:`safe`."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        text = safe(text)
        try:
            self.stream.write(text)
        except UnicodeEncodeError:  # a terminal that is not UTF-8: '?' for what it lacks
            encoding = self.encoding
            self.stream.write(text.encode(encoding, "replace").decode(encoding))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", "utf-8")

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.stream, "errors", None)


@contextmanager
def filtered_std_streams() -> Iterator[None]:
    """While it lasts, everything printed to stdout and stderr passes the filter."""
    saved = sys.stdout, sys.stderr
    sys.stdout = FilteredStream(saved[0])
    sys.stderr = FilteredStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved
