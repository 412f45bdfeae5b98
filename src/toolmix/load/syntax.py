"""JSON syntax errors in people's words: what is wrong, where, and the fix.

The standard library's decoder finds the error; its messages describe the
parser ("Expecting property name enclosed in double quotes"). Looking at the
character where it stopped, and the one before, tells the usual mistakes
apart: a trailing or missing comma, an unquoted key, single quotes, an
unterminated string, a comment, Python's ``True`` and ``None``.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SPACE = " \t\r\n"
_NOT_JSON_WORDS = {
    "True": "true",
    "False": "false",
    "None": "null",
    "Null": "null",
    "NULL": "null",
    "nil": "null",
    "undefined": "null",
}
COMMENT = (
    "comments are not allowed in JSON; remove the comment, or keep notes in a key "
    "starting with 'x-'"
)


def _before(text: str, pos: int) -> int:
    """The index of the last character before ``pos`` that is not white space (-1 if none)."""
    i = pos - 1
    while i >= 0 and text[i] in _SPACE:
        i -= 1
    return i


def _quoted(c: str) -> str:
    return repr(c) if c.isprintable() else f"U+{ord(c):04X}"


def _word_or_char(text: str, pos: int) -> str:
    m = _WORD.match(text, pos)
    word = m.group() if m else text[pos]
    return word if len(word) <= 40 else word[:39] + "…"


def _expecting_key(text: str, pos: int, c: str) -> tuple[str, int]:
    prev = _before(text, pos)
    if c == "}" and prev >= 0 and text[prev] == ",":
        return "trailing comma before '}'; remove the comma after the last entry", prev
    if c == ",":
        return "a comma with no entry before it; remove it", pos
    if c == "'":
        return 'a key in single quotes; JSON keys need double quotes ("key")', pos
    if c in "/#":
        return COMMENT, pos
    if c.isalnum() or c == "_":
        word = _word_or_char(text, pos)
        return f'unquoted key {word}; JSON keys need double quotes ("{word}")', pos
    if not c:
        return "the file ends inside an object; expected a key in double quotes or '}'", pos
    return f"found {_quoted(c)} where a key was expected; keys are text in double quotes", pos


def _expecting_value(text: str, pos: int, c: str) -> tuple[str, int]:
    prev = _before(text, pos)
    if c in "]}" and c and prev >= 0 and text[prev] == ",":
        return f"trailing comma before '{c}'; remove the comma after the last entry", prev
    if c == ",":
        return "a comma with no value before it; remove it, or add the missing value", pos
    if c == "'":
        return 'a string in single quotes; JSON strings need double quotes ("text")', pos
    if c in "/#" and c:
        return COMMENT, pos
    if not c:
        return "the file ends where a value was expected", pos
    if c.isalpha() or c == "_":
        word = _word_or_char(text, pos)
        if word in _NOT_JSON_WORDS:
            return f"{word} is not JSON; write {_NOT_JSON_WORDS[word]}", pos
        if word in ("NaN", "Infinity"):
            return f"{word} is not JSON; expected a finite number", pos
        return f'unquoted text {word}; a string needs double quotes ("{word}")', pos
    if c in ".+":
        return "a number must start with a digit or '-' (0.5, not .5; 1, not +1)", pos
    if c == "-":
        return "'-' is not followed by a number", pos
    return (
        f"found {_quoted(c)} where a value was expected (text in double quotes, a number, "
        "true, false, null, an object or a list)",
        pos,
    )


def _expecting_comma(text: str, pos: int, c: str) -> tuple[str, int]:
    prev = text[pos - 1] if pos > 0 else ""
    if not c:
        return "the file ends before every '{' and '[' is closed", pos
    if prev.isdigit() and c.isdigit():
        return "a number cannot start with 0 (write 7, not 07)", pos - 1
    if prev.isdigit() and c == ".":
        return "a number needs digits after '.' (write 1 or 1.5)", pos
    if c in "}]":
        return (
            f"found '{c}', which does not close the bracket open here; "
            "expected ',' or the matching closing bracket",
            pos,
        )
    if c in "/#":
        return COMMENT, pos
    if c == '"' or c.isalnum() or c in "{[-":
        return "missing comma before this entry; add ',' after the one before", pos
    return f"found {_quoted(c)}; expected ',' between entries, or a closing bracket", pos


def _control(c: str) -> str:
    if c == "\n":
        return "a line break inside a string (is a closing quote missing?); write it as \\n"
    if c == "\t":
        return "a tab inside a string; write it as \\t"
    return f"the control character U+{ord(c):04X} inside a string; write it as \\u{ord(c):04x}"


def describe(msg: str, text: str, pos: int) -> tuple[str, int]:
    """A message for the decoder's ``msg`` at ``pos`` of ``text``, and the offset to point at."""
    c = text[pos] if pos < len(text) else ""
    if msg.startswith("Expecting property name"):
        return _expecting_key(text, pos, c)
    if msg == "Expecting value":
        return _expecting_value(text, pos, c)
    if msg == "Expecting ',' delimiter":
        return _expecting_comma(text, pos, c)
    if msg == "Expecting ':' delimiter":
        return "missing ':' between the key and its value", pos
    if msg.startswith("Unterminated string"):
        return "unterminated string: no closing double quote after this one", pos
    if msg.startswith("Invalid control character"):
        return _control(c), pos
    if msg.startswith("Invalid \\escape"):
        bad = text[pos : pos + 2]
        return (
            f"invalid escape {bad!r} in a string; write \\\\ for a backslash "
            '(JSON escapes: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
            pos,
        )
    if msg.startswith("Invalid \\uXXXX"):
        return "a \\u escape needs four hex digits (like \\u00e9)", max(pos - 1, 0)
    if msg.startswith("Extra data"):
        if c in "/#":
            return COMMENT, pos
        return "more text after the end of the JSON object; expected the file to end here", pos
    if msg.startswith("Unexpected UTF-8 BOM"):
        return "a second byte-order mark (U+FEFF) at the start of the file; remove it", pos
    return msg[:1].lower() + msg[1:], pos


def line_col(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of the offset ``pos`` in ``text``."""
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


__all__ = ["COMMENT", "describe", "line_col"]
