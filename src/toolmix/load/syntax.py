"""JSON syntax errors in people's words: what is wrong, where, and the fix.

The standard library's decoder finds the error; its messages describe the
parser ("Expecting property name enclosed in double quotes"). Looking at the
character where it stopped, and the one before, tells the usual mistakes
apart: a trailing or missing comma, an unquoted key, single quotes, an
unterminated string, a comment, Python's ``True`` and ``None``.
"""

from __future__ import annotations

import re

from toolmix.text.i18n import N_, _

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
COMMENT = N_(
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
        return _("trailing comma before '}'; remove the comma after the last entry"), prev
    if c == ",":
        return _("a comma with no entry before it; remove it"), pos
    if c == "'":
        return _('a key in single quotes; JSON keys need double quotes ("key")'), pos
    if c and c in "/#":  # "" (the end of the file) is in every string
        return _(COMMENT), pos
    if c.isalnum() or c == "_":
        word = _word_or_char(text, pos)
        return _('unquoted key {word}; JSON keys need double quotes ("{word}")').format(
            word=word
        ), pos
    if not c:
        return _("the file ends inside an object; expected a key in double quotes or '}'"), pos
    found = _quoted(c)
    return _("found {found} where a key was expected; keys are text in double quotes").format(
        found=found
    ), pos


def _expecting_value(text: str, pos: int, c: str) -> tuple[str, int]:
    prev = _before(text, pos)
    if c in "]}" and c and prev >= 0 and text[prev] == ",":
        return _("trailing comma before '{c}'; remove the comma after the last entry").format(
            c=c
        ), prev
    if c == ",":
        return _("a comma with no value before it; remove it, or add the missing value"), pos
    if c == "'":
        return _('a string in single quotes; JSON strings need double quotes ("text")'), pos
    if c in "/#" and c:
        return _(COMMENT), pos
    if not c:
        return _("the file ends where a value was expected"), pos
    if c.isalpha() or c == "_":
        word = _word_or_char(text, pos)
        if word in _NOT_JSON_WORDS:
            return _("{word} is not JSON; write {json}").format(
                word=word, json=_NOT_JSON_WORDS[word]
            ), pos
        if word in ("NaN", "Infinity"):
            return _("{word} is not JSON; expected a finite number").format(word=word), pos
        return _('unquoted text {word}; a string needs double quotes ("{word}")').format(
            word=word
        ), pos
    if c in ".+":
        return _("a number must start with a digit or '-' (0.5, not .5; 1, not +1)"), pos
    if c == "-":
        return _("'-' is not followed by a number"), pos
    return (
        _(
            "found {found} where a value was expected (text in double quotes, a number, "
            "true, false, null, an object or a list)"
        ).format(found=_quoted(c)),
        pos,
    )


def _expecting_comma(text: str, pos: int, c: str) -> tuple[str, int]:
    prev = text[pos - 1] if pos > 0 else ""
    if not c:
        return _("the file ends before every '{' and '[' is closed"), pos
    if prev.isdigit() and c.isdigit():
        return _("a number cannot start with 0 (write 7, not 07)"), pos - 1
    if prev.isdigit() and c == ".":
        return _("a number needs digits after '.' (write 1 or 1.5)"), pos
    if c in "}]":
        return (
            _(
                "found '{c}', which does not close the bracket open here; "
                "expected ',' or the matching closing bracket"
            ).format(c=c),
            pos,
        )
    if c in "/#":
        return _(COMMENT), pos
    if c == '"' or c.isalnum() or c in "{[-":
        return _("missing comma before this entry; add ',' after the one before"), pos
    found = _quoted(c)
    return _("found {found}; expected ',' between entries, or a closing bracket").format(
        found=found
    ), pos


def _control(c: str) -> str:
    if c == "\n":
        return _("a line break inside a string (is a closing quote missing?); write it as \\n")
    if c == "\t":
        return _("a tab inside a string; write it as \\t")
    return _("the control character {code} inside a string; write it as {escape}").format(
        code=f"U+{ord(c):04X}", escape=f"\\u{ord(c):04x}"
    )


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
        return _("missing ':' between the key and its value"), pos
    if msg.startswith("Unterminated string"):
        return _("unterminated string: no closing double quote after this one"), pos
    if msg.startswith("Invalid control character"):
        return _control(c), pos
    if msg.startswith("Invalid \\escape"):
        bad = text[pos : pos + 2]
        return (
            _(
                "invalid escape {bad} in a string; write \\\\ for a backslash "
                '(JSON escapes: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'
            ).format(bad=repr(bad)),
            pos,
        )
    if msg.startswith("Invalid \\uXXXX"):
        return _("a \\u escape needs four hex digits (like \\u00e9)"), max(pos - 1, 0)
    if msg.startswith("Extra data"):
        if c in "/#":
            return _(COMMENT), pos
        return _("more text after the end of the JSON object; expected the file to end here"), pos
    if msg.startswith("Unexpected UTF-8 BOM"):
        return _("a second byte-order mark (U+FEFF) at the start of the file; remove it"), pos
    return msg[:1].lower() + msg[1:], pos


def line_col(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of the offset ``pos`` in ``text``."""
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


__all__ = ["COMMENT", "describe", "line_col"]
