"""Numbers and values in words: the one wording the engine, exporters, screens and CLI use.

Numbers are shown as people write them (4, not 4.0; 2.5, not 2.50), hours
rounded to the hundredth, a unit after exactly 1 in the singular ("1 hour a
week", never "1 hours"), and a JSON value by what it is ("the string
\"abc\"", "a list") when a message says what was found instead.
"""

from __future__ import annotations

from typing import Any

#: Units whose first word reads wrong after exactly 1 ("1 hours a week").
_SINGULAR = {"hours": "hour", "minutes": "minute", "days": "day", "weeks": "week"}


def format_number(value: float) -> str:
    """``4``, ``2.5``, ``0.1``: whole numbers without a decimal point."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def format_hours(value: float) -> str:
    """Hours as people read them: 0.5, 1, 2.25 (rounded to the hundredth)."""
    return format_number(round(value, 2))


def with_unit(value: float, unit: str | None, shown: str | None = None) -> str:
    """``value`` then ``unit``, its first word singular after exactly 1: ``1 hour a week``.

    ``shown`` is the number as already worded (e.g. by :func:`format_hours`).
    """
    number = format_number(value) if shown is None else shown
    if not unit:
        return number
    first, _, rest = unit.partition(" ")
    if number == "1" and first in _SINGULAR:
        unit = " ".join(w for w in (_SINGULAR[first], rest) if w)
    return f"{number} {unit}"


def hours_text(value: float, after: str = "") -> str:
    """``1 hour``, ``2.5 hours``; ``after`` follows the unit (``a week``, ``more``)."""
    return with_unit(round(value, 2), " ".join(w for w in ("hours", after) if w))


def hours_phrase(hours: float) -> str:
    """Hours in plain words: "15 minutes", "1 hour", "2.5 hours", never "1 hours"."""
    if hours <= 0:
        return "no extra time"
    if hours < 1:
        return f"{round(hours * 60)} minutes"
    return hours_text(hours)


def more_hours(hours: float) -> str:
    """ "1.5 more hours", "1 more hour", "6 more minutes"."""
    if hours < 1:
        return f"{max(round(hours * 60), 1)} more minutes"
    shown = format_hours(hours)
    return f"{shown} more hour" if shown == "1" else f"{shown} more hours"


def count_text(count: int, noun: str, plural: str | None = None) -> str:
    """``1 answer``, ``3 answers``."""
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def whole(value: float) -> int | float:
    """Whole numbers as int (so JSON shows 4, not 4.0)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def short(value: Any, limit: int = 40) -> str:
    """A JSON value as JSON text, cut to ``limit`` characters."""
    import json  # only a refusal needs it; the usual start does not import json

    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def json_kind(value: Any) -> str:
    """What a JSON value is, for a message that says what was found instead."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, str):
        return f"the string {short(value)}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
