"""``toolmix serve`` run as a user runs it: a free port, the server started and stopped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from pathlib import Path

from terminal import toolmix_command


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(
    tmp: Path, *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.Popen[str], list[str]]:
    """``toolmix serve ARGS`` (with ``--port``) in ``tmp``, its folders there, ``env`` added;
    once it listens: the server and the lines it printed (the address with its token)."""
    server = subprocess.Popen(
        [toolmix_command(), "serve", *args],
        cwd=tmp,
        env={
            **os.environ,
            "XDG_STATE_HOME": str(tmp / "state"),
            "XDG_CONFIG_HOME": str(tmp / "config"),
            "XDG_CACHE_HOME": str(tmp / "cache"),
            **(env or {}),
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert server.stderr is not None
    lines: list[str] = []
    for line in server.stderr:  # up to the line that says it is ready
        lines.append(line)
        if "Ctrl+C" in line:
            break
    wait_for_port(int(args[args.index("--port") + 1]))  # printed just before it listens
    return server, lines


def wait_for_port(port: int, host: str = "127.0.0.1", timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex((host, port)) == 0:
                return
        time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


def stop(server: subprocess.Popen[str]) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
