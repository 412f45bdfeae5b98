"""Numbers and values in words (text/words.py): one wording for every front end."""

from __future__ import annotations

from typing import Any

import pytest

from toolmix.text.i18n import use_language
from toolmix.text.words import (
    duration,
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
        (2.5, "2 hours 30 minutes a week"),
        (0.75, "45 minutes a week"),
    ],
)
def test_hours_a_week_never_says_1_hours(value: float, words: str) -> None:
    assert hours_a_week(value) == words


@pytest.mark.parametrize(("value", "words"), [(1.004, "1 hour"), (0.5, "30 minutes")])
def test_hours_text_never_says_1_hours(value: float, words: str) -> None:
    assert hours_text(value) == words


@pytest.mark.parametrize(
    ("hours", "words"), [(1 / 60, "1 minute more"), (0.1, "6 minutes more"), (1, "1 hour more")]
)
def test_more_hours(hours: float, words: str) -> None:
    assert more_hours(hours) == words


@pytest.mark.parametrize(
    ("hours", "words"),
    [
        (0.1, "6 minutes"),
        (0.95, "57 minutes"),
        (1, "1 hour"),
        (1 + 1 / 60, "1 hour 1 minute"),
        (1.45, "1 hour 27 minutes"),  # never "1.45", which a person reads as 1 h 45
        (2, "2 hours"),
        (2.5, "2 hours 30 minutes"),
        (0, "0 hours"),
    ],
)
def test_a_duration_is_minutes_under_an_hour_then_hours_and_minutes(
    hours: float, words: str
) -> None:
    assert duration(hours) == words


@pytest.mark.parametrize(
    ("hours", "words"),
    [
        (0.95, "55 minutes"),
        (1.05, "1 hour 5 minutes"),
        (1.45, "1 hour 25 minutes"),
        (0.02, "5 minutes"),  # some time is never "0 minutes"
        (1.99, "2 hours"),
    ],
)
def test_an_estimate_is_rounded_to_five_minutes(hours: float, words: str) -> None:
    assert duration(hours, estimate=True) == words


def test_a_duration_in_spanish() -> None:
    use_language("es")
    try:
        assert duration(1.45, estimate=True) == "1 hora y 25 minutos"
        assert duration(1) == "1 hora"
        assert duration(0.95) == "57 minutos"
        assert hours_a_week(1.5) == "1 hora y 30 minutos a la semana"
    finally:
        use_language(None)


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
