"""No import cycles among toolmix's modules, function-local imports included.

A cycle hidden in a function (import it where used, and it "works") still ties two modules
together: neither can be read, tested or moved without the other. grimp reads every import
statement of a module, at any depth, so those count here as they do for ``lint-imports``.
"""

from __future__ import annotations

import graphlib
from pathlib import Path

import grimp
import pytest


def import_cycle(package: str) -> list[str] | None:
    """One import cycle among ``package``'s modules (first module repeated at the end), or None."""
    graph = grimp.build_graph(package, include_external_packages=False, cache_dir=None)
    imports = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    try:
        graphlib.TopologicalSorter(imports).prepare()
    except graphlib.CycleError as exc:
        return list(reversed(exc.args[1]))
    return None


def test_toolmix_has_no_import_cycle() -> None:
    assert import_cycle("toolmix") is None


@pytest.mark.parametrize(
    ("a_body", "b_body"),
    [
        ("import cyclic.b\n", "import cyclic.a\n"),
        ("def f():\n    from cyclic import b\n", "from cyclic.a import f\n"),
        ("def f():\n    import cyclic.b\n", "def g():\n    from cyclic.a import f\n"),
    ],
    ids=["top-level", "one-function-local", "both-function-local"],
)
def test_a_cycle_is_found_wherever_its_imports_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, a_body: str, b_body: str
) -> None:
    package = tmp_path / "cyclic"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text(a_body)
    (package / "b.py").write_text(b_body)
    (package / "c.py").write_text("import cyclic.a\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    cycle = import_cycle("cyclic")
    assert cycle is not None
    assert set(cycle) == {"cyclic.a", "cyclic.b"}
