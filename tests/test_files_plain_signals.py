"""Ctrl-C in the line-by-line walk (``toolmix ask``, and the fallback without a terminal)."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import time
from pathlib import Path

import pytest

from conftest import TREES
from terminal import toolmix_command

TINY = str(TREES / "tiny.json")


def read_until(proc: subprocess.Popen[bytes], marker: bytes, timeout: float = 30) -> bytes:
    assert proc.stdout is not None
    seen = b""
    end = time.monotonic() + timeout
    while marker not in seen:
        left = end - time.monotonic()
        assert left > 0, seen
        ready, _, _ = select.select([proc.stdout], [], [], left)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 4096)
            assert chunk, seen
            seen += chunk
    return seen


@pytest.mark.parametrize("args", [[TINY], ["ask", TINY]], ids=["fallback", "ask"])
def test_ctrl_c_exits_130_without_a_traceback(tmp_path: Path, args: list[str]) -> None:
    proc = subprocess.Popen(
        [toolmix_command(), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        # A run started in the background (nohup ... &) inherits SIGINT ignored, and a
        # Python started so never turns ctrl+c into KeyboardInterrupt: give the child
        # the default a terminal gives it.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdin is not None
    read_until(proc, b"Your answer")
    proc.stdin.write(b"ACME\n")
    proc.stdin.flush()
    read_until(proc, b"Question 2")
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=30)  # stdin still open, as a terminal keeps it
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    assert b"stopped before the last question; your answers are saved" in err
    again = subprocess.run(
        [toolmix_command(), *args], input=b"\n", capture_output=True, cwd=tmp_path, timeout=60
    )
    assert b"You have an unfinished session with 1 answer. Resume it?" in again.stdout
