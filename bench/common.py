"""Helpers shared by the benchmark scripts (timers, RSS, a tmux terminal).

Benchmarks print figures; they are not tests and assert nothing about time.
Every figure is a median of several runs measured side by side with its
baseline, so the ratio holds even on a noisy machine.
"""

from __future__ import annotations

import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent
TOOLMIX = str(BIN / "toolmix") if (BIN / "toolmix").exists() else "toolmix"
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def new_tree_cache() -> str:
    """A new, empty cache folder, as a value for XDG_CACHE_HOME: a first run of any tree."""
    return tempfile.mkdtemp(prefix="toolmix-bench-cache-")


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def wall(cmd: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> float:
    """Seconds one command takes, start to exit."""
    start = time.perf_counter()
    subprocess.run(
        list(cmd),
        cwd=cwd,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def rounds(commands: dict[str, Callable[[], float]], runs: int = RUNS) -> dict[str, list[float]]:
    """Every measurement of each command, runs interleaved so drift hits all alike."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, measure in commands.items():
            samples[name].append(measure())
    return samples


def side_by_side(commands: dict[str, Callable[[], float]], runs: int = RUNS) -> dict[str, float]:
    """Median of each measurement, runs interleaved so drift hits all alike."""
    return {name: median(values) for name, values in rounds(commands, runs).items()}


def paired_ratio(samples: dict[str, list[float]], name: str, baseline: str) -> float:
    """The median of the ratios within each round (each run against its own baseline).

    On a machine whose speed drifts from one second to the next, a round's
    two runs see the same machine more nearly than the medians of all runs do.
    """
    return median(round_ratios(samples, name, baseline))


def round_ratios(samples: dict[str, list[float]], name: str, baseline: str) -> list[float]:
    return [a / b for a, b in zip(samples[name], samples[baseline], strict=True)]


def middle_half(values: Sequence[float]) -> str:
    """The interquartile range, e.g. "1.12-1.31x": where half the rounds fell."""
    q1, _, q3 = statistics.quantiles(values, n=4)
    return f"{q1:.2f}-{q3:.2f}x"


def max_rss_kib(cmd: Sequence[str], cwd: Path | None = None) -> tuple[float, int]:
    """(seconds, peak RSS in KiB) of one command, from /usr/bin/time -v."""
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-v", *cmd],
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert match, done.stderr
    return seconds, int(match.group(1))


def cpu_seconds(cmd: Sequence[str]) -> tuple[float, str]:
    """(user + system CPU seconds, stdout) of one command: less moved by a busy machine than wall time."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(list(cmd), capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return used, done.stdout + done.stderr


def compile_bytecode() -> None:
    """Write .pyc files for the project, as a wheel install does.

    An editable install under PYTHONDONTWRITEBYTECODE=1 (as on CI machines)
    would otherwise compile every module on every start.
    """
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", str(ROOT / "src")], check=True, stdout=subprocess.DEVNULL
    )


def report(
    target: str, figure: str, baseline: str, ratio: float | None, goal: str, ok: bool | None
) -> None:
    """One result line (JSON), read by bench/run to print the table; ``ok`` None: no goal."""
    print(
        json.dumps(
            {
                "target": target,
                "figure": figure,
                "baseline": baseline,
                "ratio": None if ratio is None else round(ratio, 2),
                "goal": goal,
                "ok": ok,
            }
        )
    )


class Tmux:
    """A 100x32 tmux window to start programs in and read their screen."""

    def __init__(self, name: str = "toolmix-bench", size: tuple[int, int] = (100, 32)) -> None:
        if shutil.which("tmux") is None:
            raise SystemExit("tmux is needed for this benchmark")
        self.name = name
        self.home = Path(tempfile.mkdtemp(prefix="toolmix-bench-"))
        self.cache = self.home / "cache"
        subprocess.run(["tmux", "kill-session", "-t", name], stderr=subprocess.DEVNULL)
        subprocess.run(
            [
                "tmux",
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                str(size[0]),
                "-y",
                str(size[1]),
                "bash",
                "--norc",
                "--noprofile",
            ],
            check=True,
        )
        env = (
            f"export HOME={self.home} XDG_DATA_HOME={self.home}/d XDG_STATE_HOME={self.home}/s "
            f"XDG_CONFIG_HOME={self.home}/c XDG_CACHE_HOME={self.cache} TERM=xterm-256color "
            "PS1='$ '; clear"
        )
        self.keys(env, "Enter")
        time.sleep(0.3)

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def screen(self) -> str:
        return subprocess.run(
            ["tmux", "capture-pane", "-p", "-t", self.name],
            check=True,
            capture_output=True,
            text=True,
        ).stdout

    def time_until(
        self, command: str, needle: str, stop: Sequence[str], timeout: float = 10
    ) -> float:
        """Seconds from sending ``command`` until ``needle`` is written to the terminal.

        The terminal's output is copied to a file (``tmux pipe-pane``) and that
        file is read as it grows: polling ``tmux capture-pane`` instead would
        start a process every few milliseconds and take a core from the
        program being timed.
        """
        self.keys("clear", "Enter")
        time.sleep(0.2)
        log = self.home / "output.log"
        log.write_bytes(b"")
        subprocess.run(["tmux", "pipe-pane", "-t", self.name, f"cat >> {log}"], check=True)
        wanted = needle.encode()
        seen = b""
        try:
            with log.open("rb") as output:
                start = time.perf_counter()
                self.keys(command, "Enter")
                while time.perf_counter() - start < timeout:
                    chunk = output.read()
                    if chunk:
                        seen = seen[-len(wanted) :] + chunk
                        if wanted in seen:
                            elapsed = time.perf_counter() - start
                            break
                    else:
                        time.sleep(0.001)
                else:
                    raise RuntimeError(f"{needle!r} never appeared:\n{self.screen()}")
        finally:
            subprocess.run(["tmux", "pipe-pane", "-t", self.name], check=True)
        self.keys(*stop)
        self.wait_for_prompt()
        return elapsed

    def wait_for_prompt(self, timeout: float = 5) -> None:
        """Until the shell prompt is back (the program has exited)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            lines = [line for line in self.screen().splitlines() if line.strip()]
            if lines and lines[-1].rstrip() == "$":
                break
            time.sleep(0.05)
        time.sleep(0.2)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], stderr=subprocess.DEVNULL)
        shutil.rmtree(self.home, ignore_errors=True)
