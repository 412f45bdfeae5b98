"""The built packages work on their own: installed by pip, pipx and uv, away from this checkout.

Builds the sdist and, from it, the wheel, as a release does (``python -m build``),
installs each in a fresh virtual environment outside the source tree
(dependencies from the package index), installs the wheel as a tool with
``pipx install`` and ``uv tool install``, and runs each installed command.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from conftest import HERE, ROOT


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sdist, and the wheel built from the sdist (so the sdist is shown to be complete)."""
    work = tmp_path_factory.mktemp("dist")
    build = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(work), str(ROOT)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        pytest.fail(f"building the sdist and the wheel failed:\n{build.stderr[-2000:]}")
    (sdist,) = work.glob("toolmix-*.tar.gz")
    (wheel,) = work.glob("toolmix-*.whl")
    return {"sdist": sdist, "wheel": wheel}


def fresh_venv(where: Path, *packages: str) -> Path:
    """A new virtual environment with ``packages`` installed by pip; its bin folder."""
    venv.create(where, with_pip=True)
    install = subprocess.run(
        [str(where / "bin" / "pip"), "install", "-q", *packages], capture_output=True, text=True
    )
    if install.returncode != 0:
        pytest.fail(f"installing {' '.join(packages)} failed:\n{install.stderr[-2000:]}")
    return where / "bin"


@pytest.fixture(scope="module")
def installed(built: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fresh_venv(tmp_path_factory.mktemp("wheel") / "venv", str(built["wheel"]))


def run(bin_dir: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bin_dir / "toolmix"), *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def check_works(bin_dir: Path, cwd: Path) -> None:
    """The installed command lists the shipped trees from its own copy and walks one."""
    listed = run(bin_dir, "list", cwd=cwd)
    assert listed.returncode == 0, listed.stderr
    assert "social-tool-mix" in listed.stdout and "shipped" in listed.stdout
    assert str(ROOT) not in listed.stdout  # the trees come from the package, not this checkout
    persona = HERE / "personas" / "local-bakery.json"
    answered = run(
        bin_dir,
        "answer",
        "social-tool-mix",
        "--answers",
        str(persona),
        "--format",
        "json",
        cwd=cwd,
    )
    assert answered.returncode == 0, answered.stderr
    assert '"result_node": "local-connector"' in answered.stdout


def test_list_and_answer_from_the_wheel(installed: Path, tmp_path: Path) -> None:
    check_works(installed, tmp_path)


def test_the_version_is_bumped_in_both_places(built: dict[str, Path], installed: Path) -> None:
    """pyproject.toml names the wheel, toolmix.__version__ is what --version says: the same."""
    from_pyproject = built["wheel"].name.split("-")[1]
    said = subprocess.run(
        [str(installed / "toolmix"), "--version"], capture_output=True, text=True, check=True
    )
    assert said.stdout.strip() == f"toolmix {from_pyproject}"


def test_the_sdist_installs_and_works(built: dict[str, Path], tmp_path: Path) -> None:
    bin_dir = fresh_venv(tmp_path / "venv", str(built["sdist"]))
    check_works(bin_dir, tmp_path)


def test_the_wheel_carries_the_stylesheets(installed: Path) -> None:
    found = subprocess.run(
        [
            str(installed / "python"),
            "-c",
            "import toolmix, pathlib; p = pathlib.Path(toolmix.__file__).parent; "
            "print(sorted(x.name for x in p.rglob('*.tcss'))); "
            "print(sorted(x.name for x in (p / 'trees').glob('*.json')))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "question.tcss" in found and "result.tcss" in found
    assert "social-tool-mix.json" in found and "community-platform.json" in found


@pytest.fixture(scope="module")
def installers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """pipx and uv: the ones on PATH, or else installed by pip into a venv of their own."""
    found = {name: shutil.which(name) for name in ("pipx", "uv")}
    missing = [name for name, path in found.items() if path is None]
    if missing:
        where = tmp_path_factory.mktemp("installers") / "venv"
        venv.create(where, with_pip=True)
        install = subprocess.run(
            [str(where / "bin" / "pip"), "install", "-q", *missing], capture_output=True, text=True
        )
        if install.returncode != 0:
            pytest.skip(f"{' and '.join(missing)} could not be installed: {install.stderr[-500:]}")
        found.update({name: str(where / "bin" / name) for name in missing})
    return {name: str(path) for name, path in found.items()}


@pytest.mark.parametrize("tool", ["pipx", "uv"])
def test_installed_as_a_tool(
    tool: str, installers: dict[str, str], built: dict[str, Path], tmp_path: Path
) -> None:
    bin_dir = tmp_path / "bin"
    env = {
        **os.environ,
        # Everything the installer keeps goes under tmp_path, never the user's own folders.
        "PIPX_HOME": str(tmp_path / "pipx"),
        "PIPX_BIN_DIR": str(bin_dir),
        "UV_TOOL_DIR": str(tmp_path / "uv-tools"),
        "UV_TOOL_BIN_DIR": str(bin_dir),
        "UV_PYTHON_DOWNLOADS": "never",
    }
    wheel = str(built["wheel"])
    command = {
        "pipx": [installers["pipx"], "install", wheel],
        "uv": [installers["uv"], "tool", "install", "--python", sys.executable, wheel],
    }[tool]
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    check_works(bin_dir, tmp_path)
    script = run(bin_dir, "completion", "bash", cwd=tmp_path)
    assert script.returncode == 0 and "complete " in script.stdout
