"""A file refused for its kind names the kind it expected with the right article:
"expected an answers file", never "expected a answers file" (EN and ES)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolmix.engine.answers_file import read_answers
from toolmix.files.read import read_bytes
from toolmix.model.problems import ToolmixError
from toolmix.text.i18n import use_language


@pytest.mark.parametrize(
    ("lang", "what", "says"),
    [
        ("en", "answers file", "expected an answers file, found a folder"),
        ("en", "tree file", "expected a tree file, found a folder"),
        ("en", "kept result", "expected a kept result, found a folder"),
        ("es", "answers file", "se esperaba un archivo de respuestas y se encontró una carpeta"),
        ("es", "tree file", "se esperaba un archivo de árbol y se encontró una carpeta"),
    ],
)
def test_a_folder_is_refused_with_the_kind_expected(
    tmp_path: Path, lang: str, what: str, says: str
) -> None:
    use_language(lang)  # conftest's autouse fixture speaks English again after the test
    with pytest.raises(ToolmixError) as caught:
        read_bytes(tmp_path, what=what)
    assert caught.value.problems[0].message.startswith(says)


def test_an_answers_file_that_is_a_device(tmp_path: Path) -> None:
    with pytest.raises(ToolmixError) as caught:
        read_answers("/dev/null")
    message = caught.value.problems[0].message
    assert message.startswith("expected an answers file, found a device file")
