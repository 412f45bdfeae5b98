"""Issue 14.10: nothing toolmix runs imports code from the current folder.

Each test starts toolmix from a folder holding a hostile ``toolmix/`` package
(a cloned repository of shared trees, say) whose import writes a marker file:
the marker must never appear, and the real toolmix must have run.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import subprocess
from pathlib import Path

import pytest

from conftest import TREES
from terminal import toolmix_command

HOSTILE = """
import pathlib
pathlib.Path({marker!r}).write_text("the toolmix package of the current folder ran")
"""


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A folder holding a toolmix/ package that leaves a marker when imported."""
    folder = tmp_path / "shared-trees"
    package = folder / "toolmix"
    package.mkdir(parents=True)
    code = HOSTILE.format(marker=str(tmp_path / "RAN"))
    for name in ("__init__.py", "__main__.py", "cli.py", "prefetch.py"):
        (package / name).write_text(code)
    (package / "tui").mkdir()
    (package / "tui" / "__init__.py").write_text(code)
    (package / "tui" / "served.py").write_text(code)
    return folder


def env_for(tmp: Path) -> dict[str, str]:
    return {
        **os.environ,
        "XDG_CACHE_HOME": str(tmp / "cache"),  # empty: a first start, as when a helper ran
        "XDG_STATE_HOME": str(tmp / "state"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
    }


def test_headless_commands(hostile: Path) -> None:
    for argv in (["list"], ["validate", str(TREES / "tiny.json")], ["--help"]):
        done = subprocess.run(
            [toolmix_command(), *argv],
            cwd=hostile,
            env=env_for(hostile.parent),
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
    assert not (hostile.parent / "RAN").exists()


def test_the_app_started_on_a_tree_never_seen(hostile: Path) -> None:
    """The start that used to run the prefetch helper (python -c) on a cache miss."""
    app = subprocess.Popen(
        [toolmix_command(), str(TREES / "tiny.json")],
        cwd=hostile,
        env={
            **env_for(hostile.parent),
            "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        cache = hostile.parent / "cache" / "toolmix" / "trees"
        for _ in range(100):  # until the tree is checked and kept: the start is over
            if cache.is_dir() and any(len(p.name) == 64 for p in cache.iterdir()):
                break
            assert app.poll() is None, "the app stopped"
            subprocess.run(["sleep", "0.1"], check=True)
        else:
            raise AssertionError("the app never loaded the tree")
    finally:
        os.killpg(app.pid, signal.SIGKILL)
        app.wait()
    assert not (hostile.parent / "RAN").exists()


def test_the_command_each_browser_connection_runs(hostile: Path) -> None:
    pytest.importorskip("textual_serve", reason="the web extra is not installed")
    from toolmix.tui.web import command

    done = subprocess.run(
        [*command(str(TREES / "tiny.json"), []), "--help"],
        cwd=hostile,
        env=env_for(hostile.parent),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "usage:" in done.stdout, done.stderr
    assert not (hostile.parent / "RAN").exists()


async def test_serve_from_that_folder(hostile: Path) -> None:
    """The real server, started there; a browser connection starts the app."""
    aiohttp = pytest.importorskip("aiohttp", reason="the web extra is not installed")
    from web_server import free_port, start_server, stop

    port = free_port()
    server, lines = start_server(hostile, str(TREES / "tiny.json"), "--port", str(port))
    try:
        token = re.search(r"token=([\w-]+)", "".join(lines))
        assert token, lines
        headers = {
            "Cookie": f"toolmix-token-{port}={token.group(1)}",
            "Origin": f"http://127.0.0.1:{port}",
        }
        async with (
            aiohttp.ClientSession() as client,
            client.ws_connect(
                f"ws://127.0.0.1:{port}/ws?width=80&height=24", headers=headers
            ) as ws,
        ):
            message = await asyncio.wait_for(ws.receive(), 30)  # pings restart its own timeout
            assert message.type == aiohttp.WSMsgType.BINARY  # the app drew its screen
    finally:
        stop(server)
    assert not (hostile.parent / "RAN").exists()
