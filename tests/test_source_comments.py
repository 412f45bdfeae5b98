"""The source's comments say why, once: timings live in docs/performance.md, not in the code."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

from conftest import ROOT

SOURCES = sorted((ROOT / "src" / "toolmix").rglob("*.py"))
#: A duration such as "8 ms", "0.3ms" or "12 µs": a benchmark's figure, which goes stale.
TIMING = re.compile(r"\b\d[\d.,]*\s?(?:ms|µs)\b")


def commentary(path: Path) -> list[tuple[int, str]]:
    """Every comment and docstring of a module, with its line."""
    text = path.read_text(encoding="utf-8")
    found = [
        (tok.start[0], tok.string)
        for tok in tokenize.generate_tokens(io.StringIO(text).readline)
        if tok.type == tokenize.COMMENT
    ]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            doc = ast.get_docstring(node, clean=False)
            if doc is not None:
                found.append((node.body[0].lineno, doc))
    return found


def test_the_sources_are_found() -> None:
    assert len(SOURCES) > 50


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT / "src")))
def test_no_timing_figure_in_comments_or_docstrings(path: Path) -> None:
    figures = [(line, m.group()) for line, text in commentary(path) for m in TIMING.finditer(text)]
    assert figures == [], f"{path.name}: say why in words; the figure goes in docs/performance.md"


@pytest.mark.parametrize(
    "text", ["# about 0.3 ms each", '"""It cost 8 ms of the first frame."""', "# 12 µs a call"]
)
def test_a_timing_figure_is_caught(tmp_path: Path, text: str) -> None:
    module = tmp_path / "m.py"
    module.write_text(text + "\n", encoding="utf-8")
    assert [figure for _, t in commentary(module) for figure in TIMING.findall(t)]
