"""Cleaning untrusted text so no tree or answer can reach a terminal raw.

Removed: C0 controls except newline and tab (ESC among them), DEL, C1 controls
(0x80-0x9F, which some terminals treat as CSI/OSC introducers) and the bidi
embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069),
which can make text display in an order other than the one stored.
"""

from __future__ import annotations

import re

_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE_RE = re.compile(f"[{_UNSAFE}]")
# The same characters as they may appear inside raw JSON text: either literally
# or as a \\u escape. Used to skip the cleaning walk for the common clean file.
_UNSAFE_RAW_RE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_ESCAPE_RE = re.compile(
    r"\\u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|202[a-eA-E]|206[6-9])"
)

#: Keys whose string values are text a person reads (plain text or Markdown).
TEXT_KEYS = frozenset(
    {
        "title",
        "description",
        "text",
        "label",
        "name",
        "summary",
        "cost",
        "unit",
        "placeholder",
        "because",
        "intro",
        "help",
        "body",
    }
)


def clean(text: str) -> str:
    """Return ``text`` without control, escape and bidi-override characters."""
    if _UNSAFE_RE.search(text) is None:
        return text
    return _UNSAFE_RE.sub("", text)


def has_unsafe(text: str) -> bool:
    """True when ``text`` holds a character :func:`clean` would remove."""
    return _UNSAFE_RE.search(text) is not None


def json_may_need_cleaning(raw: str) -> bool:
    """True when raw JSON text may decode to a string that needs cleaning."""
    if not raw.isascii() and _UNSAFE_RAW_RE.search(raw) is not None:
        return True
    return "\\u" in raw and _UNSAFE_ESCAPE_RE.search(raw) is not None


def clean_text_fields(data: object) -> None:
    """Clean, in place, every string value held under a text key, at any depth.

    Ids and references are left alone on purpose: an id holding a control
    character must fail validation, not be silently rewritten into a valid one.
    """
    stack: list[object] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str):
                    if key in TEXT_KEYS:
                        value[key] = clean(item)
                elif isinstance(item, (dict, list)):
                    stack.append(item)
        elif isinstance(value, list):
            stack.extend(v for v in value if isinstance(v, (dict, list)))


def one_line(text: str) -> str:
    """Fold a text onto one line (for table cells, titles and log lines)."""
    return " ".join(text.split())
