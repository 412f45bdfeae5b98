"""The plainest Markdown read without markdown-it: headings, paragraphs, flat lists, bold.

An intro is usually a heading, a few paragraphs with some bold, maybe a list.
Importing markdown-it and its first parse are a large part of the start when
the intro is the first screen (the figure is in docs/performance.md). Text
that uses only the constructs below is read here, line by line; anything
else (or anything this reader is unsure of) returns None and goes to
markdown-it. For every text it reads, the result is the one
:func:`toolmix.tui.widgets.help_text.simple_content` gives through
markdown-it (tests/test_tui_quick_markdown.py checks that on generated texts).
"""

from __future__ import annotations

import re

from textual.content import Content

from toolmix.tui.safe import literal

#: Characters whose Markdown meaning this reader does not handle: escapes,
#: entities, HTML, links, images, underscores, strikethrough, tables.
_UNSURE = re.compile(r"[\\&<>\[\]_~|!]|https?:|www\.|\t|\r")
_HEADING = re.compile(r"#{1,6} (?=\S)")
_BULLET = re.compile(r"([-+*]) (?=\S)")
_NUMBER = re.compile(r"([0-9]{1,9})\. (?=\S)")
#: Bold, italic or code: a run whose ends touch a word, its inside free of
#: the marker (and of backticks and stars for code and emphasis).
_SPAN = re.compile(
    r"(?<![\w*`])(\*\*(?=\w)([^*`]*?\w)\*\*|\*(?=\w)([^*`]*?\w)\*|`(?=[^`\s])([^`]*?[^`\s])`)(?![\w*`])"
)
_HEADING_STYLE = {1: "bold $accent", 2: "bold $accent"}
#: What could open a heading or a list item, read or not by the patterns above.
_OPENER = re.compile(r"(#|[-+*](\s|$)|[0-9]+[.)](\s|$))")


def quick_content(text: str) -> Content | None:
    """The text as styled literal Content, or None when markdown-it must read it."""
    if _UNSURE.search(text):
        return None
    blocks: list[Content] = []
    items: list[Content] = []  # of the list being read
    marker = ""  # that list's: "-", "+", "*", or "." for numbers
    number = 0
    for block in re.split(r"\n[ ]*\n", text.strip("\n")):
        lines = block.split("\n")
        if not block.strip() or any(_unsure_line(line) for line in lines):
            return None
        first = lines[0]
        bullet, numbered = _BULLET.match(first), _NUMBER.match(first)
        if _OPENER.match(first) and not (bullet or numbered or _HEADING.match(first)):
            return None  # an empty item or heading, a ")" list, "#" without a space
        if bullet or numbered:
            kind = bullet.group(1) if bullet else "."
            if items and kind != marker:
                return None  # a list right after another of another kind
            if not items:
                marker = kind
                number = int(numbered.group(1)) if numbered else 0
            for line in lines:
                found = (_BULLET if bullet else _NUMBER).match(line)
                if found is None or (found.group(1) != kind and bullet):
                    return None
                rest = line[found.end() :]
                body = None if _OPENER.match(rest) or _rule(rest) else _inline(rest, "")
                if body is None:  # a list or heading in the item
                    return None
                label = f"{number}. " if numbered else "• "
                number += 1
                items.append(Content.assemble((label, "$accent"), body))
            continue
        if items:
            blocks.append(Content("\n").join(items))
            items = []
        if _HEADING.match(first):
            level = len(first) - len(first.lstrip("#"))
            if len(lines) > 1 or first.rstrip().endswith("#"):
                return None
            heading = _inline(first[level + 1 :].strip(), _HEADING_STYLE.get(level, "bold"))
            if heading is None:
                return None
            blocks.append(heading)
            continue
        if any(_OPENER.match(line) for line in lines):
            return None  # a heading or a list inside a paragraph
        if any(line.rstrip("=-") == "" for line in lines):
            return None  # setext headings
        paragraph = _inline(" ".join(line.strip() for line in lines), "")
        if paragraph is None:
            return None
        blocks.append(paragraph)
    if items:
        blocks.append(Content("\n").join(items))
    return Content("\n\n").join(blocks)


def _unsure_line(line: str) -> bool:
    """Indented (code, nesting), ending in spaces (breaks), or a rule."""
    return line[:1] == " " or line[-1:] == " " or _rule(line)


def _rule(line: str) -> bool:
    """A thematic break (---, ***): markdown-it draws those."""
    return len(line.replace(" ", "")) >= 3 and set(line.replace(" ", "")) <= {"-"} | {"*"}


def _inline(text: str, base: str) -> Content | None:
    """One line: bold, italic and code spans; None if any star or backtick is left over."""
    parts: list[Content] = []
    at = 0
    for span in _SPAN.finditer(text):
        parts.append(literal(text[at : span.start()], base))
        bold, italic, code = span.group(2), span.group(3), span.group(4)
        if bold is not None:
            parts.append(literal(bold, f"{base} bold".strip()))
        elif italic is not None:
            parts.append(literal(italic, f"{base} italic".strip()))
        else:
            parts.append(literal(code, "bold $accent"))
        at = span.end()
    parts.append(literal(text[at:], base))
    rest = "".join(p.plain for i, p in enumerate(parts) if i % 2 == 0)
    if "*" in rest or "`" in rest:
        return None
    return Content.assemble(*(p for p in parts if p.plain))
