"""The core and the headless commands never import Textual or Rich."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from conftest import HERE, TREES

CHECK = """
import sys, runpy
sys.argv = {argv!r}
try:
    from toolmix.cli.main import main
    main(sys.argv[1:])
except SystemExit:
    pass
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich') or m.startswith('toolmix.tui'))
print('LOADED:' + ','.join(bad))
"""

COMMANDS = [
    ["toolmix", "--help"],
    ["toolmix", "validate", str(TREES / "tiny.json")],
    ["toolmix", "schema"],
    ["toolmix", "list"],
    [
        "toolmix",
        "answer",
        str(TREES / "tiny.json"),
        "--answers",
        str(HERE / "tiny-answers.json"),
        "--format",
        "json",
    ],
    ["toolmix", "answer", str(TREES / "tiny.json"), "--answers", str(HERE / "tiny-answers.json")],
    ["toolmix", "graph", str(TREES / "tiny.json")],
    ["toolmix", "test", str(TREES / "tiny.json"), str(HERE / "tiny-answers.json")],
    ["toolmix", "paths"],
    ["toolmix", "completion", "bash"],
]


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a[1:3]))
def test_headless_commands_do_not_import_the_tui(argv: list[str]) -> None:
    out = subprocess.run(
        [sys.executable, "-c", CHECK.format(argv=argv)], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "LOADED:"


def test_core_modules_do_not_import_the_tui() -> None:
    code = (
        "import sys, pkgutil, importlib, toolmix\n"
        "for m in pkgutil.iter_modules(toolmix.__path__):\n"
        "    if m.name not in ('tui', '__main__'):\n"
        "        importlib.import_module('toolmix.' + m.name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_test_module_imports_another() -> None:
    """Shared helpers live in conftest.py or pilot_walks.py: importing a test module runs
    (and collects) its tests twice, and a helper removed from it broke collection (0820bb2)."""
    tests = {path.stem for path in HERE.glob("test_*.py")}
    found = []
    for path in sorted(HERE.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            found += [f"{path.name} imports {name}" for name in names if name in tests]
    assert found == []
