"""The built wheel works on its own: shipped trees and stylesheets come from it.

Builds the wheel, installs it in a fresh virtual environment outside the source
tree (dependencies from the package index), and runs the installed command.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import HERE, ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        pytest.fail(f"building the wheel failed:\n{build.stderr[-2000:]}")
    (wheel,) = work.glob("toolmix-*.whl")
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    install = subprocess.run(
        [str(env_dir / "bin" / "pip"), "install", "-q", str(wheel)], capture_output=True, text=True
    )
    if install.returncode != 0:
        pytest.fail(f"installing the wheel failed:\n{install.stderr[-2000:]}")
    return env_dir


def run(env_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(env_dir / "bin" / "toolmix"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_list_and_answer_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    listed = run(installed, "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "social-tool-mix" in listed.stdout and "shipped" in listed.stdout
    assert str(ROOT) not in listed.stdout  # the trees come from the wheel, not this checkout
    persona = HERE / "personas" / "local-bakery.json"
    answered = run(
        installed,
        "answer",
        "social-tool-mix",
        "--answers",
        str(persona),
        "--format",
        "json",
        cwd=tmp_path,
    )
    assert answered.returncode == 0, answered.stderr
    assert '"result_node": "local-connector"' in answered.stdout


def test_the_wheel_carries_the_stylesheets(installed: Path) -> None:
    found = subprocess.run(
        [
            str(installed / "bin" / "python"),
            "-c",
            "import toolmix, pathlib; p = pathlib.Path(toolmix.__file__).parent; "
            "print(sorted(x.name for x in p.rglob('*.tcss'))); "
            "print(sorted(x.name for x in (p / 'trees').glob('*.json')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "walk.tcss" in found and "result.tcss" in found
    assert "social-tool-mix.json" in found and "community-platform.json" in found
