"""Numbers and values in words (text/words.py): one wording for every front end."""

from __future__ import annotations

from typing import Any

import pytest

from toolmix.text.words import (
    format_hours,
    format_number,
    hours_a_week,
    hours_text,
    json_kind,
    more_hours,
    whole,
    with_unit,
)


@pytest.mark.parametrize(
    ("value", "words"),
    [(4, "4"), (4.0, "4"), (2.5, "2.5"), (0.1, "0.1"), (-3, "-3")],
)
def test_numbers_without_a_needless_decimal_point(value: float, words: str) -> None:
    assert format_number(value) == words


@pytest.mark.parametrize(("value", "words"), [(2.254, "2.25"), (0.999, "1"), (1.5, "1.5")])
def test_hours_are_rounded_to_the_hundredth(value: float, words: str) -> None:
    assert format_hours(value) == words


@pytest.mark.parametrize(
    ("value", "unit", "words"),
    [
        (1, "hours a week", "1 hour a week"),
        (1.0, "hours", "1 hour"),
        (2, "hours a week", "2 hours a week"),
        (1, "people", "1 people"),  # only the units it knows are made singular
        (3, None, "3"),
        (1, "minutes", "1 minute"),
    ],
)
def test_a_unit_after_exactly_one_is_singular(value: float, unit: str | None, words: str) -> None:
    assert with_unit(value, unit) == words


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (1, "1 hour a week"),
        (1.004, "1 hour a week"),
        (4, "4 hours a week"),
        (2.5, "2.5 hours a week"),
    ],
)
def test_hours_a_week_never_says_1_hours(value: float, words: str) -> None:
    assert hours_a_week(value) == words


@pytest.mark.parametrize(("value", "words"), [(1.004, "1 hour"), (0.5, "0.5 hours")])
def test_hours_text_never_says_1_hours(value: float, words: str) -> None:
    assert hours_text(value) == words


@pytest.mark.parametrize(
    ("hours", "words"), [(1 / 60, "1 more minute"), (0.1, "6 more minutes"), (1, "1 more hour")]
)
def test_more_hours(hours: float, words: str) -> None:
    assert more_hours(hours) == words


@pytest.mark.parametrize(("value", "shown"), [(4.0, 4), (4.5, 4.5), (3, 3)])
def test_whole_numbers_become_int(value: float, shown: float) -> None:
    assert whole(value) == shown and type(whole(value)) is type(shown)


@pytest.mark.parametrize(
    ("value", "kind"),
    [
        (None, "null"),
        (True, "true"),
        (3, "the number 3"),
        ("abc", 'the string "abc"'),
        ("x" * 50, 'the string "' + "x" * 38 + "…"),
        ([1], "a list"),
        ({}, "an object"),
    ],
)
def test_json_kind(value: Any, kind: str) -> None:
    assert json_kind(value) == kind
