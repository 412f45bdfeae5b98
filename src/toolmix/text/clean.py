"""The one cleaning rule for text: what no string from a file may hold.

Removed: C0 controls except newline and tab (ESC among them), DEL, C1 controls
(0x80-0x9F, which some terminals treat as CSI/OSC introducers), the bidi
embedding, override and isolate characters (U+202A-U+202E, U+2066-U+2069),
which can make text display in an order other than the one stored, lone
surrogates (U+D800-U+DFFF: no encoder can write them, so printing one
crashes), and the zero-width characters (U+200B-U+200D, U+2060-U+2064,
U+180E, U+FEFF), which hide text or make two different strings look alike.

:func:`clean` is applied to every string a file gives us on loading
(:func:`clean_strings`) and, as the output filter, to everything toolmix
prints or writes (:mod:`toolmix.text.output`).
"""

from __future__ import annotations

import re
from typing import Any

_UNSAFE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u180e\u200b-\u200d\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff"
)
_UNSAFE_RE = re.compile(f"[{_UNSAFE}]")
# The same characters as they may appear inside raw JSON text: literally (raw
# C0 controls are not valid JSON, DEL is) or as a \u escape. Used to skip the
# cleaning walk for the common clean file.
_UNSAFE_RAW_RE = re.compile(
    "[\x7f-\x9f\u180e\u200b-\u200d\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]"
)
# JSON's short escapes \b, \f and \r are C0 controls too.
_UNSAFE_ESCAPE_RE = re.compile(
    r"\\[bfr]|\\u(?:00[01][0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|180[eE]|200[b-dB-D]|202[a-eA-E]"
    r"|206[0-46-9]|[fF][eE][fF][fF]|[dD][89a-fA-F][0-9a-fA-F]{2})"
)

#: Keys whose values the tree format restricts to ids or references to ids.
#: They are kept as written, so that an id holding one of the characters above
#: is refused by the id check instead of being silently turned into another,
#: valid id. Every other string value is cleaned.
ID_KEYS = frozenset(
    {
        "id",
        "start",
        "group",
        "item",
        "next",
        "goto",
        "answer",
        "answered",
        "is",
        "in",
        "has",
        "has_any",
        "has_all",
        "subject",
    }
)


def clean(text: str) -> str:
    """``text`` without the characters no text may hold (see the module's docstring)."""
    if _UNSAFE_RE.search(text) is None:
        return text
    return _UNSAFE_RE.sub("", text)


def escape_unsafe(text: str) -> str:
    """``text`` with each character :func:`clean` removes written as an escape.

    ``\x1b``, ``\x07``, ``\u200b``: for quoting a file's text in a message,
    where dropping them would quote something the file does not hold.
    """
    if _UNSAFE_RE.search(text) is None:
        return text
    return _UNSAFE_RE.sub(lambda m: _escape(m[0]), text)


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def unsafe_strings(
    data: Any, *, keep: frozenset[str] = frozenset()
) -> list[tuple[tuple[str | int, ...], str]]:
    """(path, the characters escaped) of each string :func:`clean_strings` would change.

    The same walk: strings under a key in ``keep`` are not looked at. Paths are
    in document order.
    """
    found: list[tuple[tuple[str | int, ...], str]] = []
    stack: list[tuple[Any, tuple[str | int, ...], bool]] = [(data, (), False)]
    while stack:
        value, path, as_written = stack.pop()
        if isinstance(value, str):
            if not as_written and _UNSAFE_RE.search(value) is not None:
                chars = dict.fromkeys(_UNSAFE_RE.findall(value))
                found.append((path, ", ".join(map(_escape, chars))))
            continue
        if isinstance(value, dict):
            entries = [(k, v, k in keep) for k, v in value.items()]
        elif isinstance(value, list):
            entries = [(i, v, as_written and isinstance(v, str)) for i, v in enumerate(value)]
        else:
            continue
        stack.extend((v, (*path, k), kept) for k, v, kept in reversed(entries))
    return found


def unsafe_characters() -> str:
    """The character class :func:`clean` removes, for escaping it elsewhere (JSON)."""
    return _UNSAFE


def json_may_need_cleaning(raw: str) -> bool:
    """True when raw JSON text may decode to a string that needs cleaning."""
    if (not raw.isascii() or "\x7f" in raw) and _UNSAFE_RAW_RE.search(raw) is not None:
        return True
    return "\\" in raw and _UNSAFE_ESCAPE_RE.search(raw) is not None


def clean_strings(data: Any, *, keep: frozenset[str] = frozenset()) -> Any:
    """Clean every string value in ``data`` in place, at any depth; return ``data``.

    A bare string is returned cleaned. Object keys are not rewritten (a key is
    an id or a keyword, which the reader of the file checks). A string held
    under a key in ``keep``, or in a list held under one, is left as written;
    objects below such a key are walked as usual.
    """
    if isinstance(data, str):
        return clean(data)
    # Each entry: a container, and whether its strings are ids kept as written.
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        value, as_written = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                if isinstance(item, str):
                    if key not in keep:
                        value[key] = clean(item)
                elif isinstance(item, (dict, list)):
                    stack.append((item, key in keep))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, str):
                    if not as_written:
                        value[i] = clean(item)
                elif isinstance(item, (dict, list)):
                    stack.append((item, False))
    return data


def one_line(text: str) -> str:
    """Fold a text onto one line (for table cells, titles and log lines)."""
    return " ".join(text.split())
