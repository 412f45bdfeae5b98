"""What a Pilot app shows, as plain lines of text, read from its screenshot.

The screenshot (Textual's SVG) is what reaches the terminal: every screen
and dialog on top, the key bar and the toasts. Each run of text carries its
line and its x; the columns are put back from the width of a character, so
words on one line keep their spaces.
"""

from __future__ import annotations

import html
import re

from textual.app import App

_RUN = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="([\d.]+)" '
    r'clip-path="url\(#[\w-]+-line-(\d+)\)">([^<]*)</text>'
)


def screen_lines(app: App[object]) -> list[str]:
    """The screen as it is now, one string a terminal line (trailing spaces dropped)."""
    runs = [
        (float(x), float(length), int(line), html.unescape(text).replace("\xa0", " "))
        for x, length, line, text in _RUN.findall(app.export_screenshot())
    ]
    if not runs:
        return []
    cell = next(length / len(text) for _x, length, _line, text in runs if text)
    left = min(x for x, _length, _line, _text in runs)
    rows: dict[int, dict[int, str]] = {}
    for x, _length, line, text in runs:
        start = round((x - left) / cell)
        row = rows.setdefault(line, {})
        for offset, char in enumerate(text):
            row[start + offset] = char
    lines = []
    for line in range(max(rows) + 1):
        row = rows.get(line, {})
        width = max(row, default=-1) + 1
        lines.append("".join(row.get(col, " ") for col in range(width)).rstrip())
    return lines


def screen_text(app: App[object]) -> str:
    return "\n".join(screen_lines(app))
