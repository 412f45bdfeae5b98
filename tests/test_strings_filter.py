"""The one cleaning function and the one output filter, on generated hostile strings."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from strings_strategies import assert_safe, forbidden, hostile_text, ordinary_text
from toolmix.files.atomic import write_text_atomic
from toolmix.text.clean import clean, clean_strings, json_may_need_cleaning
from toolmix.text.output import FilteredStream, json_text, safe

FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

hostile_json = st.recursive(
    st.none() | st.booleans() | st.integers() | hostile_text,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(ordinary_text, children, max_size=4)
    ),
    max_leaves=20,
)


def strings_in(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings_in(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings_in(v)]
    return []


def without_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(c for c in value if not 0xD800 <= ord(c) <= 0xDFFF)
    if isinstance(value, dict):
        return {without_surrogates(k): without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_surrogates(v) for v in value]
    return value


@FAST
@given(hostile_text)
def test_the_filter_leaves_nothing_forbidden_and_is_idempotent(text: str) -> None:
    out = safe(text)
    assert_safe(out)
    assert safe(out) == out


@FAST
@given(st.text())
def test_the_filter_keeps_every_other_character(text: str) -> None:
    kept = "".join(c for c in text if not forbidden(c))
    assert clean(text) == kept


@FAST
@given(hostile_json)
def test_json_output_escapes_what_it_cannot_show_and_keeps_the_rest(value: Any) -> None:
    text = json_text(value)
    assert_safe(text)
    assert json.loads(text) == without_surrogates(value)  # dropped, not escaped


@FAST
@given(hostile_json)
def test_every_string_value_is_cleaned_on_load(value: Any) -> None:
    cleaned = clean_strings(json.loads(json.dumps(value)))
    for s in strings_in(cleaned):
        assert_safe(s, "a loaded string")


@FAST
@given(hostile_text, st.booleans())
def test_the_quick_check_never_misses_a_string_to_clean(text: str, ascii_only: bool) -> None:
    raw = json.dumps({"title": text}, ensure_ascii=ascii_only)
    if clean(text) != text:
        assert json_may_need_cleaning(raw)


def test_raw_del_in_an_ascii_file_is_cleaned(write_json) -> None:  # type: ignore[no-untyped-def]
    from conftest import tiny_data
    from toolmix.load.loader import load_tree

    data = tiny_data()
    data["title"] = "Tiny\u007f"
    path = write_json(data)
    path.write_text(path.read_text().replace("\\u007f", "\x7f"))
    assert load_tree(path).tree.title == "Tiny"


@FAST
@given(hostile_text)
def test_a_filtered_stream_writes_only_safe_text(text: str) -> None:
    sink = io.StringIO()
    FilteredStream(sink).write(text)  # type: ignore[arg-type]
    assert_safe(sink.getvalue())


@FAST
@given(hostile_text)
def test_every_file_written_is_filtered(
    tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    path = tmp_path_factory.mktemp("w") / "out.md"
    write_text_atomic(path, text)
    assert_safe(path.read_bytes().decode("utf-8"))


@pytest.mark.parametrize("char", ["\r", "\b", "\f"])
def test_json_short_escapes_of_controls_are_cleaned(write_json, char: str) -> None:  # type: ignore[no-untyped-def]
    from conftest import tiny_data
    from toolmix.load.loader import load_tree

    data = tiny_data()
    data["title"] = f"Ti{char}ny"  # json.dumps writes it as \r, \b or \f, not \u000d
    assert load_tree(write_json(data)).tree.title == "Tiny"
