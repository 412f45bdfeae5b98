"""Escaping untrusted text for Markdown, so no tree can break a document's structure."""

from __future__ import annotations

import re

from toolmix.text.clean import clean, one_line

# Characters with inline meaning in CommonMark / GitHub Flavored Markdown.
_INLINE_RE = re.compile(r"([\\`*_\[\]<>|~&!#])")
_BLOCK_START_RE = re.compile(r"^(\s*)([-+=>]|\d+[.)])")
# What opens a link destination: "](" (inline links, images) and "]:" (reference
# definitions), then optional spaces and one line break at most.
_DESTINATION_RE = re.compile(r"\]([(:])([ \t]*(?:\n[ \t]*)?)")
_WEB_RE = re.compile(r"https?://", re.IGNORECASE)
_BACKTICKS_RE = re.compile(r"`+")


def inline(text: str, *, line_start: bool = False) -> str:
    """Plain text as literal inline Markdown, on one line.

    ``line_start``: the text begins a line, where ``-``, ``+``, ``>`` or ``1.``
    would start a list or a quote, so those are escaped too.
    """
    folded = _INLINE_RE.sub(r"\\\1", one_line(clean(text)))
    if not line_start:
        return folded
    return _BLOCK_START_RE.sub(lambda m: m.group(1) + "\\" + m.group(2), folded)


def code(text: str) -> str:
    """Text as a code span that shows it as it is, on one line (an id, a key).

    Markdown reads no backslash escape inside a code span, so the text goes in
    raw (``facebook_page``, not ``facebook\\_page``). The fence is one backtick
    longer than the longest run of backticks inside, and a space pads each end
    where the text begins or ends with a backtick (CommonMark takes one space
    off each end again). ``one_line`` leaves no space at either end. In a table
    a ``|`` would still end the cell: ids cannot hold one (model.base.ID_PATTERN).
    """
    raw = one_line(clean(text))
    if not raw:
        return "` `"
    fence = "`" * (max(len(run) for run in [*_BACKTICKS_RE.findall(raw), ""]) + 1)
    pad = " " if "`" in (raw[0], raw[-1]) else ""
    return f"{fence}{pad}{raw}{pad}{fence}"


def cell(text: str) -> str:
    """Plain text for a table cell (``|`` and newlines cannot split the row)."""
    return inline(text) or " "


def web_links_only(markdown: str) -> str:
    """Markdown whose links all lead to ``http://`` or ``https://`` addresses.

    Any other destination (``javascript:``, ``file:``, ``smb:``, a relative
    path, ``<...>``) gets a backslash before the ``(`` or ``:`` that would open
    it, so the brackets and the address show as typed and nothing is a link.
    Whatever is not plainly a web address counts as another destination. The
    text must hold no ``<`` (autolinks and raw HTML): :func:`quote_block`
    escapes them first.
    """

    def inert(m: re.Match[str]) -> str:
        if _WEB_RE.match(markdown, m.end()):
            return m.group()
        return f"]\\{m.group(1)}{m.group(2)}"

    return _DESTINATION_RE.sub(inert, markdown)


def quote_block(markdown: str) -> str:
    """A Markdown field as a blockquote: its headings and fences stay inside it.

    Raw HTML is made literal (``<`` escaped) since Markdown fields never render it,
    and only web links stay links (:func:`web_links_only`).
    """
    text = web_links_only(clean(markdown).replace("<", "&lt;")).strip("\n")
    return "\n".join(f"> {line}".rstrip() for line in text.split("\n"))
