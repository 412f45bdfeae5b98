"""``toolmix audit --format md``: ids in code spans are shown as they are.

Markdown reads no backslash escape inside a code span, so an id escaped as
text (``facebook\\_page``) showed its backslash; toolmix.text.markdown_escape.code
puts the raw id in a fence no backtick inside can close.
"""

from __future__ import annotations

import os
import re

import pytest
from markdown_it import MarkdownIt

from conftest import HERE, TREES
from toolmix.audit.report import render_markdown
from toolmix.audit.space import run_audit
from toolmix.load.loader import load_tree
from toolmix.text.markdown_escape import code

TREE = TREES / "audit" / "underscored-ids.json"
GOLDEN = HERE / "golden" / "audit-underscored-ids.md"


def code_spans(markdown: str) -> list[str]:
    """The text of every code span, as a CommonMark reader shows it."""
    found: list[str] = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        found += [c.content for c in token.children or [] if c.type == "code_inline"]
    return found


def test_the_audit_markdown_matches_its_golden() -> None:
    loaded = load_tree(TREE)
    text = render_markdown(run_audit(loaded), loaded.tree)
    if os.environ.get("TOOLMIX_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), (
        f"regenerate with TOOLMIX_UPDATE_GOLDEN=1 if intended: {GOLDEN}"
    )
    assert "- `social_now` = `facebook_page`: Facebook Page dropped in 0 of 2 walks." in text


def test_every_code_span_of_the_audit_holds_a_raw_id() -> None:
    loaded = load_tree(TREE)
    tree = loaded.tree
    spans = code_spans(render_markdown(run_audit(loaded), tree))
    ids = {*tree.items, *tree.nodes, *tree.groups, "x-audit"}
    ids |= {o.id for n in tree.nodes.values() for o in getattr(n, "options", ())}
    assert {"facebook_page", "social_now", "out_posts", "never_reached", "site_yes"} <= set(spans)
    assert set(spans) <= ids, set(spans) - ids
    assert not [s for s in spans if "\\" in s]


@pytest.mark.parametrize(
    "text",
    ["facebook_page", "a`b", "`x", "x`", "a``b`c", "``", "*not_emphasis*", "a\\_b", "x-audit"],
)
def test_a_code_span_shows_its_text_as_it_is(text: str) -> None:
    span = code(text)
    assert code_spans(f"Before {span} after.") == [text], span
    assert "\n" not in span


def test_a_code_span_is_on_one_line_and_never_empty() -> None:
    assert code("a\nb") == "`a b`"
    assert code_spans(f"- {code('')}") == [" "]
    assert re.fullmatch(r"`+[^`]*`+", code("plain")) is not None
