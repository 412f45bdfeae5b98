"""Every algorithm on tree and answer input is near-linear: doubling the input at
most multiplies the work by GROWTH (counted in lines run and comparisons, not
seconds). Hypothesis picks the sizes and the shapes."""

from __future__ import annotations

import json
import tracemalloc
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import make_tree
from scale_work import GROWTH, Counted, work
from toolmix.engine.answer_checks import AnswerError
from toolmix.engine.session import Session
from toolmix.load.index import build_index
from toolmix.load.lint import lint
from toolmix.load.loader import LoadedTree
from toolmix.load.strict_json import parse_text
from toolmix.load.validation import validate_tree
from toolmix.model.problems import Problem

# Each example runs the code under a tracer, twice: far fewer examples than
# the profile's (150 in CI: 5 here; TOOLMIX_FUZZ=long: 166).
SCALING = settings(max_examples=max(5, settings.default.max_examples // 30), deadline=None)


def loaded(data: dict[str, Any]) -> LoadedTree:
    tree = validate_tree(data)
    return LoadedTree(tree, build_index(tree), "<test>", [])


def lint_work(data: dict[str, Any]) -> int:
    tree = validate_tree(data)
    index = build_index(tree)
    return work(lambda: lint(tree, index))


# --- a multi answer -----------------------------------------------------------------


def multi_tree(options: int) -> LoadedTree:
    return loaded(
        make_tree(
            {
                "m": {
                    "type": "multi",
                    "text": "Pick",
                    "options": [{"id": f"o{i}", "label": f"O{i}"} for i in range(options)],
                    "next": "end",
                },
                "end": {"type": "result", "title": "Done"},
            }
        )
    )


def answer_work(size: int, repeats: int) -> int:
    """An answer of ``size`` ids, each option named ``repeats`` times (1: a valid answer)."""
    options = size // repeats
    session = Session(multi_tree(options))
    value = [Counted(f"o{i % options}") for i in range(size)]

    def run() -> None:
        try:
            session.answer(value)
        except AnswerError as exc:
            assert "listed twice" in exc.message and repeats > 1
        else:
            assert repeats == 1 and session.finished

    return work(run)


@SCALING
@given(size=st.integers(200, 600), repeats=st.sampled_from([1, 2, 5, 200]))
def test_a_multi_answer_costs_linear_work_in_its_length(size: int, repeats: int) -> None:
    small, large = answer_work(size, repeats), answer_work(2 * size, repeats)
    assert large <= GROWTH * small, (small, large)


# --- did you mean -------------------------------------------------------------------


def broken_chain(size: int, typo: int) -> dict[str, Any]:
    """``size`` questions; every fourth ``next`` misspells the next question's id."""

    def misspelled(name: str) -> str:
        at = typo % len(name)
        return name[:at] + "x" + name[at + 1 :]

    nodes: dict[str, Any] = {
        f"question-{i}": {
            "type": "single",
            "text": f"Q{i}?",
            "options": [{"id": "a", "label": "A"}],
            "next": "end"
            if i + 1 == size
            else misspelled(f"question-{i + 1}")
            if i % 4 == 0
            else f"question-{i + 1}",
        }
        for i in range(size)
    }
    nodes["end"] = {"type": "result", "title": "Done"}
    return make_tree(nodes)


@SCALING
@given(size=st.integers(110, 200), typo=st.integers(0, 20))
def test_suggestions_for_broken_references_cost_linear_work(size: int, typo: int) -> None:
    small, large = lint_work(broken_chain(size, typo)), lint_work(broken_chain(2 * size, typo))
    assert large <= GROWTH * small, (small, large)


# --- dominators ---------------------------------------------------------------------


def comb(size: int, results: int, every: int) -> dict[str, Any]:
    """A chain of questions, each of which may also leave for a result; some
    routes read an earlier answer, so the "answered on every path" check runs."""
    nodes: dict[str, Any] = {}
    for i in range(size):
        nxt = f"q{i + 1}" if i + 1 < size else "end0"
        go: Any = nxt
        if i % every == every - 1:
            go = [{"if": {"answer": f"q{i // 2}", "is": "a"}, "goto": nxt}, {"goto": nxt}]
        nodes[f"q{i}"] = {
            "type": "single",
            "text": f"Q{i}?",
            "options": [
                {"id": "a", "label": "On", "next": go},
                {"id": "b", "label": "Stop", "next": f"end{i % results}"},
            ],
        }
    for r in range(results):
        nodes[f"end{r}"] = {"type": "result", "title": f"Done {r}"}
    return make_tree(nodes)


@SCALING
@given(size=st.integers(150, 400), results=st.integers(1, 3), every=st.integers(1, 10))
def test_the_answered_on_every_path_check_costs_near_linear_work(
    size: int, results: int, every: int
) -> None:
    small = lint_work(comb(size, results, every))
    large = lint_work(comb(2 * size, results, every))
    assert large <= GROWTH * small, (small, large)


# --- locating -----------------------------------------------------------------------


def located_peak(text: str, path: tuple[str | int, ...]) -> int:
    doc = parse_text(text)
    tracemalloc.start()
    try:
        [found] = doc.locate([Problem("error", "m", path)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert found.line > 0
    return peak


@SCALING
@given(length=st.integers(20_000, 200_000), escapes=st.integers(0, 50))
def test_locating_after_a_long_string_needs_little_memory(length: int, escapes: int) -> None:
    body = ("x" * (length // (escapes + 1)) + '\\"') * escapes + "y" * (length // (escapes + 1))
    text = '{"long": "' + body + '", "after": {"here": 1}}'
    assert json.loads(text)["after"] == {"here": 1}
    peak = located_peak(text, ("after", "here"))
    assert peak < length // 4 + 64_000, peak  # it was about 170 bytes per character
