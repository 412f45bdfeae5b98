"""Plain output wrapped at the terminal's width, for ``toolmix ask``.

A terminal cuts a long line wherever the width ends, inside a word; wrapped
here, a line breaks between words, and a list item or a numbered option goes
on under its own text, past its marker. Words longer than the line (an
address) are left whole.
"""

from __future__ import annotations

import os
import re
import textwrap
from typing import TextIO

#: The width when the output is no terminal and COLUMNS does not say one.
DEFAULT_WIDTH = 80

# Leading spaces, then a list marker ("- ", "• ", "1. ", "12) "), if any.
_MARKER = re.compile(r"\s*(?:[-*•]\s+|\d+[.)]\s+)?")


def output_width(stream: TextIO) -> int:
    """The columns of the terminal ``stream`` writes to; COLUMNS first, then 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        if stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns or DEFAULT_WIDTH
    except (AttributeError, OSError, ValueError):
        pass  # a stream with no file behind it (a pipe's wrapper, a test's buffer)
    return DEFAULT_WIDTH


def wrap_line(line: str, width: int) -> list[str]:
    """One line as lines of at most ``width`` columns, continued under its text."""
    if len(line) <= width or not line.strip():
        return [line]
    marker = _MARKER.match(line)
    indent = " " * (marker.end() if marker else 0)
    if len(indent) > width // 2:
        indent = ""
    return textwrap.wrap(
        line,
        width,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [line]


def wrap_text(text: str, width: int) -> str:
    """Each line of ``text`` wrapped; blank lines and line ends kept."""
    return "\n".join("\n".join(wrap_line(line, width)) for line in text.split("\n"))


def wrap_prompt(prompt: str, width: int) -> str:
    """A prompt wrapped, its last line keeping the space the answer is typed after."""
    lines = wrap_line(prompt.rstrip(), width)
    tail = prompt[len(prompt.rstrip()) :]
    return "\n".join(lines) + tail
