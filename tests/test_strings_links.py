"""Links are http(s) everywhere: in the Markdown export, read by a CommonMark parser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from conftest import TREES, tiny_data
from strings_strategies import ZERO_WIDTH, assert_safe
from toolmix.engine.answers_file import read_answers, replay
from toolmix.engine.selection import choose
from toolmix.export.markdown import render
from toolmix.load.loader import load_tree
from toolmix.text.markdown_escape import quote_block

FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

schemes = st.sampled_from(
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:x",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "smb://evil.example/share",
        "mailto:someone@example.com",
        "../../secret",
        "/etc/passwd",
        "#anchor",
        "",
        "java\u200bscript:alert(1)",
        "javascript&#58;alert(1)",
        "https://fine.example/a",
        "HTTP://fine.example/b",
        "http://fine.example/c",
    ]
)
spaces = st.sampled_from(["", " ", "\t", "\n", " \n  ", "<", " <"])
closers = st.sampled_from([")", ">)", ' "title")', ""])


@st.composite
def links(draw: st.DrawFn) -> str:
    dest = draw(spaces) + draw(schemes) + draw(closers)
    form = draw(st.sampled_from(["inline", "image", "definition", "autolink", "html"]))
    if form == "inline":
        return f"[text]({dest}"
    if form == "image":
        return f"![alt]({dest}"
    if form == "definition":
        return f"\n[ref]:{dest}\n\n[ref]\n"
    if form == "autolink":
        return f"<{draw(schemes)}>"
    return f'<a href="{draw(schemes)}">x</a>'


markdown_bodies = st.lists(
    links() | st.sampled_from(["word ", "\n\n", "> ", "- ", "`code` ", "**b** ", "[", "]"]),
    max_size=10,
).map("".join)

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
# markdown-it refuses javascript:, vbscript:, file: and data: links by itself;
# renderers that do not must be safe too, so this parser accepts every link.
PARSER.validateLink = lambda url: True  # type: ignore[method-assign]


def destinations(markdown: str) -> list[str]:
    """Every link and image destination a CommonMark renderer would make."""
    out: list[str] = []
    stack = list(PARSER.parse(markdown))
    while stack:
        token = stack.pop()
        stack.extend(token.children or [])
        for attr in ("href", "src"):
            value = token.attrGet(attr)
            if value is not None:
                out.append(str(value))
        if token.type in ("html_inline", "html_block"):
            out.append(f"raw html: {token.content}")
    return out


def web_only(markdown: str) -> None:
    for dest in destinations(markdown):
        assert dest.lower().startswith(("http://", "https://")), dest


@FAST
@given(markdown_bodies)
def test_a_markdown_field_in_the_export_links_only_to_the_web(body: str) -> None:
    web_only(quote_block(body))


@FAST
@given(markdown_bodies)
def test_the_whole_export_links_only_to_the_web(
    tmp_path_factory: pytest.TempPathFactory, body: str
) -> None:
    data = tiny_data()
    data["nodes"]["done"]["body"] = body
    path = tmp_path_factory.mktemp("links") / "tiny.json"
    path.write_text(json.dumps(data))
    loaded = load_tree(path)
    session, _ = replay(loaded, read_answers(TREES.parent / "tiny-answers.json"))
    md = render(choose(loaded.tree, session.answered_path()))
    web_only(md)
    assert_safe(md, "the export")


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ("[site](https://example.com)", "https://example.com"),
        ("[x](javascript:alert(1))", None),
        ("[x](smb://host/share)", None),
        ("[x](file:///etc/passwd)", None),
        ("![x](file:///etc/passwd)", None),
    ],
)
def test_web_links_stay_and_others_go(body: str, kept: str | None) -> None:
    found = destinations(quote_block(body))
    assert found == ([kept] if kept else [])
    assert "javascript" not in body or "javascript" in quote_block(body)  # shown, not dropped


@pytest.mark.parametrize("char", sorted(ZERO_WIDTH))
def test_zero_width_characters_go_on_load(tmp_path: Path, char: int) -> None:
    data: dict[str, Any] = tiny_data()
    data["title"] = f"Ti{chr(char)}ny"
    data["nodes"]["done"]["body"] = f"[x](java{chr(char)}script:alert(1))"
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data))
    tree = load_tree(path).tree
    assert tree.title == "Tiny"
    assert tree.nodes["done"].body == "[x](javascript:alert(1))"  # type: ignore[union-attr]
