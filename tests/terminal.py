"""A real pseudo-terminal running the installed ``toolmix`` command, read through pyte."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pexpect
import pyte


def toolmix_command() -> str:
    """The console script installed beside this Python (what a user runs)."""
    script = Path(sys.executable).parent / "toolmix"
    return str(script) if script.exists() else "toolmix"


def sessions(home: Path) -> Path:
    """Where the app started by a :class:`Terminal` with this ``home`` autosaves."""
    return home / "state" / "toolmix" / "sessions"


class Terminal:
    def __init__(
        self,
        args: list[str],
        cwd: Path,
        home: Path,
        size: tuple[int, int] = (100, 32),
        env: dict[str, str] | None = None,
    ) -> None:
        cols, rows = size
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = bytearray()
        full_env = {
            "PATH": os.environ.get("PATH", ""),
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "TERM": "xterm-256color",
            "COLORTERM": "truecolor",
            "LANG": "C.UTF-8",
            # A worktree's source (common.md), not the code the venv was installed from.
            **{k: v for k in ["PYTHONPATH"] if (v := os.environ.get(k))},
            **(env or {}),
        }
        self.child = pexpect.spawn(
            toolmix_command(), args, cwd=str(cwd), env=full_env, dimensions=(rows, cols)
        )

    def _read(self, timeout: float) -> None:
        try:
            data = self.child.read_nonblocking(65536, timeout=timeout)
        except (pexpect.TIMEOUT, pexpect.EOF):
            return
        self.raw.extend(data)
        self.stream.feed(data)

    def text(self) -> str:
        return "\n".join(self.screen.display)

    def wait_for(self, needle: str, timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.text():
                return
            self._read(0.1)
        raise AssertionError(f"{needle!r} not on screen after {timeout}s:\n{self.text()}")

    def send(self, keys: str, settle: float = 0.15) -> None:
        self.child.send(keys)
        end = time.monotonic() + settle
        while time.monotonic() < end:
            self._read(0.05)

    def close(self) -> None:
        if self.child.isalive():
            self.child.terminate(force=True)


ENTER = "\r"
ESCAPE = "\x1b"
CTRL_Q = "\x11"
