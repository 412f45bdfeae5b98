"""Hypothesis strategies for hostile strings, and the output filter's postcondition.

The postcondition is written out here on its own, code point by code point,
rather than by calling toolmix's filter: a test must not trust the code it
checks. The strategies follow the profile loaded in conftest.py, so
``TOOLMIX_FUZZ=long`` runs each of them 5,000 times.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

ZERO_WIDTH = frozenset(
    {0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF}
)


def forbidden(c: str) -> bool:
    """Whether no output may hold the character ``c``."""
    o = ord(c)
    return (
        (o < 0x20 and c not in "\n\t")
        or 0x7F <= o <= 0x9F  # DEL and C1
        or 0x202A <= o <= 0x202E  # bidi embeddings and overrides
        or 0x2066 <= o <= 0x2069  # bidi isolates
        or 0xD800 <= o <= 0xDFFF  # lone surrogates
        or o in ZERO_WIDTH
    )


def violations(text: str) -> list[str]:
    """The forbidden characters in ``text``, as ``U+XXXX`` (empty when it is safe)."""
    return [f"U+{ord(c):04X}" for c in text if forbidden(c)]


def assert_safe(text: str, where: str = "output") -> None:
    bad = violations(text)
    assert not bad, f"{where} holds {', '.join(dict.fromkeys(bad))}: {text!r:.300}"


#: One code point of each kind the rule is about.
forbidden_chars = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x1F).filter(lambda c: c not in "\n\t"),
    st.characters(min_codepoint=0x7F, max_codepoint=0x9F),
    st.sampled_from([chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]),
    st.sampled_from([chr(c) for c in sorted(ZERO_WIDTH)]),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"]),
)

#: Whole sequences a terminal acts on: OSC 0 (title), OSC 8 (link), OSC 52
#: (clipboard), CSI 2J (clear), DCS, C1 CSI, and the same with BEL or ST.
escape_sequences = st.sampled_from(
    [
        "\x1b]0;pwned\x07",
        "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\",
        "\x1b]52;c;cHduZWQ=\x07",
        "\x1b[2J\x1b[H",
        "\x1b[31m",
        "\x1bP+q544e\x1b\\",
        "\x9b2J",
        "\x9d0;title\x9c",
        "\u202eevil\u202c",
        "\u2066x\u2069",
        "java\u200bscript:",
        "\ufeff",
        "\ud800",
        "\udcff\udcfe",
    ]
)

#: Ordinary text, including what must survive: newline, tab, accents, emoji.
ordinary_text = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cc", "Cs", "Cf"]) | st.sampled_from("\n\t"),
    max_size=12,
)

#: Text made of ordinary runs, forbidden characters and escape sequences.
hostile_text = st.lists(ordinary_text | forbidden_chars | escape_sequences, max_size=8).map("".join)

#: Hostile text that is never empty once cleaned (for fields that need some text).
_short_hostile = st.lists(ordinary_text | forbidden_chars | escape_sequences, max_size=3).map(
    "".join
)
hostile_words = st.tuples(_short_hostile, st.sampled_from(["a", "Zé", "x 1"]), _short_hostile).map(
    "".join
)

#: What may follow ``https://host/`` in a url: no whitespace but what cleaning removes.
url_tails = st.lists(
    forbidden_chars | escape_sequences | st.sampled_from(["x", "/a", "?q=1", "#f"]), max_size=6
).map("".join)

#: Hostile file names: no "/" and no NUL, and encodable as a file name here.
hostile_file_names = hostile_words.map(
    lambda s: s.replace("/", "").replace("\x00", "").replace("\\", "")
).filter(lambda s: _encodable(s) and s not in (".", ".."))


def _encodable(name: str) -> bool:
    import os

    try:
        os.fsencode(name + ".json")
    except UnicodeError:
        return False
    return len(os.fsencode(name)) < 200


#: Where tests/trees/tiny.json holds text a person reads (Markdown fields too).
TINY_TEXT_PATHS: list[tuple[str | int, ...]] = [
    ("title",),
    ("version",),
    ("description",),
    ("intro",),
    ("groups", "home", "title"),
    ("groups", "outposts", "description"),
    ("items", "site", "name"),
    ("items", "site", "summary"),
    ("items", "site", "cost"),
    ("nodes", "name", "placeholder"),
    ("nodes", "audience", "text"),
    ("nodes", "audience", "help"),
    ("nodes", "audience", "options", 1, "label"),
    ("nodes", "audience", "options", 1, "effects", 0, "because"),
    ("nodes", "hours", "unit"),
    ("nodes", "hours", "ranges", 1, "label"),
    ("nodes", "done", "title"),
    ("nodes", "done", "body"),
]


def put(data: Any, path: tuple[str | int, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


@st.composite
def hostile_tiny(draw: st.DrawFn) -> dict[str, Any]:
    """tests/trees/tiny.json with hostile text in every text field and its item's url."""
    from conftest import tiny_data

    data = tiny_data()
    for path in TINY_TEXT_PATHS:
        put(data, path, draw(hostile_words))
    # A version is at most 64 characters: one sequence among forbidden characters.
    around = st.lists(forbidden_chars, max_size=4).map("".join)
    put(data, ("version",), f"1.{draw(around)}{draw(escape_sequences)}{draw(around)}")
    put(data, ("items", "site", "url"), "https://example.com/" + draw(url_tails))
    return data
