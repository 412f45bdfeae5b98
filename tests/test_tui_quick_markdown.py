"""The quick Markdown reader gives what markdown-it gives, for every text it reads."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import TREES
from toolmix.tui.widgets.help_text import markdown_content
from toolmix.tui.widgets.quick_markdown import quick_content

ROOT_TREES = TREES.parent.parent / "trees"

#: Pieces that the quick reader reads or must refuse, run together at random.
PIECES = [
    "# ",
    "## ",
    "### ",
    "#",
    "- ",
    "+ ",
    "* ",
    "1. ",
    "2. ",
    "10. ",
    "1) ",
    "   ",
    " ",
    "\n",
    "\n\n",
    "**",
    "*",
    "`",
    "word",
    "two words",
    "x",
    ",",
    ".",
    "'",
    "(",
    ")",
    ":",
    "---",
    "===",
    "  \n",
    "-",
    "_",
    "[a](b)",
    "&amp;",
    "<b>",
    "\\*",
    "1",
    "# x #",
]


def texts_read_by_both() -> list[str]:
    found = []
    for path in sorted(ROOT_TREES.glob("*.json")) + sorted(TREES.glob("*.json")):
        tree = json.loads(path.read_text())
        found.append(tree.get("intro") or "")
        for node in tree.get("nodes", {}).values():
            found.append(node.get("help") or node.get("body") or "")
            for option in node.get("options", []):
                found.append(option.get("help") or "")
    return [t for t in found if t]


def same(quick: object, slow: object) -> bool:
    """The same text in the same styles, however the spans are cut."""
    assert quick is not None and slow is not None

    def cells(content):  # type: ignore[no-untyped-def]
        return [
            (c, str(s))
            for seg in content.render_segments()
            for c, s in ((ch, seg.style) for ch in seg.text)
        ]

    return bool(cells(quick) == cells(slow))


@pytest.mark.parametrize(
    "text",
    [
        "# Your mix\n\nYou're told to be **everywhere**. You *shouldn't* be.\n\n- one\n- two",
        "## Steps\n\n1. first `code`\n2. second\n\n3. third",
        "Plain words,\nover two lines.",
    ],
)
def test_the_usual_intro_is_read_quickly_and_the_same(text: str) -> None:
    quick = quick_content(text)
    assert quick is not None and same(quick, markdown_content(text))


@pytest.mark.parametrize(
    "text", ["a [link](x)", "> quoted", "    code", "- a\nlazy", "# x\nmore", "1) a"]
)
def test_what_it_does_not_read_goes_to_markdown_it(text: str) -> None:
    assert quick_content(text) is None


def test_the_trees_texts_read_quickly_are_the_same() -> None:
    read = [t for t in texts_read_by_both() if quick_content(t) is not None]
    assert read  # the shipped intros are among them
    for text in read:
        assert same(quick_content(text), markdown_content(text)), text


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
def test_generated_texts_read_quickly_are_the_same(text: str) -> None:
    quick = quick_content(text)
    if quick is not None:
        assert same(quick, markdown_content(text)), repr(text)
    assert quick is None or isinstance(quick.plain, str)
