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
import tomllib


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


ROOT = Path(__file__).resolve().parent.parent


def test_the_contracts_name_every_part_of_the_package() -> None:
    """A new top-level module or package is forbidden Textual (unless it is the app) and layered:
    one left out of the lists would be checked by neither contract."""
    src = ROOT / "src" / "toolmix"
    parts = {p.stem for p in src.glob("*.py") if p.stem != "__init__"}
    parts |= {p.name for p in src.iterdir() if (p / "__init__.py").is_file()}
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
    forbidden = next(c for c in contracts if c["type"] == "forbidden")
    assert {m.removeprefix("toolmix.") for m in forbidden["source_modules"]} == parts - {"tui"}
    layers = next(c for c in contracts if c["type"] == "layers")
    layered = {name.strip() for layer in layers["layers"] for name in layer.split("|")}
    assert layered == parts - {"__main__"}  # python -m toolmix: only the entry point


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
