"""The app's words as the screens show them: sentences with tree text inside, key descriptions.

A sentence is one translated message with named fields
(``_("because you answered “{answer}” to “{question}”")``), so a language puts
the fields where its word order wants them; the fields are Content made by
toolmix.tui.safe (tree text, literal). A binding's description is made when
its module is imported, before the language is chosen: marked with ``N_``
there, it is translated where the key bar and the palette show it.
"""

from __future__ import annotations

import re

from textual.content import Content

from toolmix.text.i18n import _

_FIELD = re.compile(r"\{(\w+)\}")


def sentence(words: str, style: str = "", **fields: Content) -> Content:
    """``words`` (translated, with ``{name}`` fields) in ``style``, each field as given."""
    parts: list[Content] = []
    for n, piece in enumerate(_FIELD.split(words)):
        if n % 2:
            parts.append(fields[piece])
        elif piece:
            parts.append(Content(piece).stylize(style) if style else Content(piece))
    return Content.assemble(*parts)


def described(description: str) -> str:
    """A binding's description, translated (an empty one stays empty: gettext's "" is its header)."""
    return _(description) if description else ""
