"""No module of the package passes 300 lines (issue 18; ../shared/STYLE.md: small modules)."""

from __future__ import annotations

from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "toolmix"
MODULES = sorted(SRC.rglob("*.py"))
LIMIT = 300


def test_the_package_has_modules() -> None:
    assert len(MODULES) > 50


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(SRC)))
def test_a_module_stays_under_the_limit(module: Path) -> None:
    lines = len(module.read_text(encoding="utf-8").splitlines())
    assert lines <= LIMIT, f"{module.relative_to(SRC)} has {lines} lines (at most {LIMIT})"
